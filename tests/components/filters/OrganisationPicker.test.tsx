import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OrganisationPicker } from '../../../src/components/filters/OrganisationPicker.tsx';
import { LocaleProvider } from '../../../src/components/i18n/index.ts';
import { loadCatalogue, type Locale } from '../../../src/domain/i18n/index.ts';
import type { Organisation } from '../../../src/domain/records/index.ts';

function organisation(id: string, name: string, chinese: string): Organisation {
  return { id, name, names: { en: name, 'zh-Hant': chinese }, nameBasis: 'printed', aliases: [], kind: 'company', country: 'CN', sectors: [], summary: '', evidence: [] } as unknown as Organisation;
}

// Equal record counts, so the names decide: Alpha before Beta in English; 一汽 (U+4E00) before 萬科 in Chinese.
const organisations = [organisation('alpha', 'Alpha Group', '萬科'), organisation('beta', 'Beta Motors', '一汽')];

async function suggestions(locale: Locale): Promise<string[]> {
  await loadCatalogue(locale);
  render(
    <LocaleProvider locale={locale}>
      <OrganisationPicker
        organisations={organisations}
        organisationsById={new Map(organisations.map((o) => [o.id, o]))}
        selected={[]}
        counts={new Map([['alpha', 2], ['beta', 2]])}
        onToggle={() => {}}
      />
    </LocaleProvider>,
  );
  return within(screen.getByRole('list')).getAllByRole('checkbox').map((box) => box.closest('label')!.textContent!.replace(/\d+$/, '').trim());
}

describe('OrganisationPicker', () => {
  it('orders suggestions with equal counts by their English names in English', async () => {
    expect(await suggestions('en')).toEqual([expect.stringContaining('Alpha Group'), expect.stringContaining('Beta Motors')]);
  });

  it('orders them by the names it shows in Chinese, in the Chinese order', async () => {
    const shown = await suggestions('zh-Hans');
    expect(shown[0]).toContain('一汽');
    expect(shown[1]).toMatch(/[萬万]科/);
  });
});
