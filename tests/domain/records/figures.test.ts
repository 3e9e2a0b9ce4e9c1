import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../../src/domain/records/figures.ts';

describe('formatFigure', () => {
  it('keeps the hedge the source puts on a number', () => {
    expect(formatFigure({ value: 30, qualifier: 'more-than', counts: 'Finnish enterprises' })).toBe('more than 30 Finnish enterprises');
    expect(formatFigure({ value: 3, qualifier: 'at-least', counts: 'counterparts' })).toBe('at least 3 counterparts');
    expect(formatFigure({ value: 40, qualifier: 'about', counts: 'agreements' })).toBe('about 40 agreements');
    expect(formatFigure({ value: 20, qualifier: 'nearly', counts: 'countries' })).toBe('nearly 20 countries');
  });

  it('states an exact figure plainly, with thousands separated', () => {
    expect(formatFigure({ value: 156, qualifier: 'exactly', counts: 'Chengdu enterprises' })).toBe('156 Chengdu enterprises');
    expect(formatFigure({ value: 12000, qualifier: 'exactly', counts: 'visitors' })).toBe('12,000 visitors');
  });
});
