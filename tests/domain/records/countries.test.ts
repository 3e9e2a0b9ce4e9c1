import { describe, expect, it, vi } from 'vitest';
import { countryFlag, countryName, isKnownCountryCode } from '../../../src/domain/records/countries.ts';

describe('country names', () => {
  it('names ISO 3166-1 codes in English', () => {
    expect(countryName('FI')).toBe('Finland');
    expect(countryName('CN')).toBe('China');
    expect(countryName('SE')).toBe('Sweden');
    expect(countryName('AX')).toBe('Åland Islands');
  });

  it('gives the same name whatever the platform’s ICU data says, so prerendered pages hydrate', async () => {
    vi.resetModules();
    const spy = vi.spyOn(Intl, 'DisplayNames').mockImplementation(function () {
      return { of: () => 'Something else' } as unknown as Intl.DisplayNames;
    });
    try {
      const fresh = await import('../../../src/domain/records/countries.ts');
      expect(fresh.countryName('HK')).toBe('Hong Kong SAR China');
      expect(fresh.countryName('FI')).toBe('Finland');
    } finally {
      spy.mockRestore();
    }
  });

  it('rejects user-assigned, grouping and malformed codes, and keeps the code as the name', () => {
    for (const code of ['EU', 'UN', 'XK', 'ZZ', 'QO', 'XX', 'fi', 'FIN', '']) {
      expect(isKnownCountryCode(code)).toBe(false);
      expect(countryName(code)).toBe(code);
    }
  });

  it('builds the flag from regional indicator symbols', () => {
    expect(countryFlag('FI')).toBe('🇫🇮');
    expect(countryFlag('x')).toBe('');
  });
});
