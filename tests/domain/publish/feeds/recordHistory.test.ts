import { describe, expect, it } from 'vitest';
import { lastChangeTimes } from '../../../../src/domain/publish/feeds/recordHistory.ts';

describe('lastChangeTimes', () => {
  it('keeps the time of the version that last changed each record, not of later untouched versions', () => {
    const times = lastChangeTimes([
      { time: '2025-01-01T00:00:00Z', file: 'events.json', records: [{ id: 'a', title: 'A' } as { id: string }, { id: 'b', title: 'B' } as { id: string }] },
      { time: '2025-02-01T00:00:00Z', file: 'events.json', records: [{ id: 'a', title: 'A2' } as { id: string }, { id: 'b', title: 'B' } as { id: string }] },
      { time: '2025-03-01T00:00:00Z', file: 'events.json', records: [{ id: 'a', title: 'A2' } as { id: string }, { id: 'b', title: 'B' } as { id: string }, { id: 'c' }] },
    ]);
    expect(times.get('events.json:a')).toBe('2025-02-01T00:00:00Z');
    expect(times.get('events.json:b')).toBe('2025-01-01T00:00:00Z');
    expect(times.get('events.json:c')).toBe('2025-03-01T00:00:00Z');
  });

  it('keys records by file, so an event and an organisation with one id are told apart', () => {
    const times = lastChangeTimes([
      { time: '2025-01-01T00:00:00Z', file: 'events.json', records: [{ id: 'x' }] },
      { time: '2025-05-01T00:00:00Z', file: 'organisations.json', records: [{ id: 'x' }] },
    ]);
    expect(times.get('events.json:x')).toBe('2025-01-01T00:00:00Z');
    expect(times.get('organisations.json:x')).toBe('2025-05-01T00:00:00Z');
  });

  it('counts a record that was removed and came back unchanged as changed when it came back', () => {
    const times = lastChangeTimes([
      { time: '2025-01-01T00:00:00Z', file: 'events.json', records: [{ id: 'a' }] },
      { time: '2025-02-01T00:00:00Z', file: 'events.json', records: [] },
      { time: '2025-03-01T00:00:00Z', file: 'events.json', records: [{ id: 'a' }] },
    ]);
    expect(times.get('events.json:a')).toBe('2025-03-01T00:00:00Z');
  });
});
