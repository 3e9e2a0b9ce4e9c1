import { axeViolations, expect, openPage, test } from './fixtures.ts';
import { pageTypes } from './pageTypes.ts';

const schemes = ['light', 'dark'] as const;

for (const colorScheme of schemes) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const { name, path } of pageTypes) {
      test(`axe finds no violations on the ${name} page (${path})`, async ({ appPage: page }) => {
        await page.emulateMedia({ colorScheme });
        await openPage(page, path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('axe finds no violations on a source page with a passage made active by an evidence link', async ({ appPage: page }) => {
      await page.emulateMedia({ colorScheme });
      await openPage(page, '/events/chengdu-finland-dialogue-2025-12-04');
      await page
        .getByRole('region', { name: 'Evidence from the sources' })
        .getByRole('listitem')
        .filter({ hasText: 'Three months later, this commitment was honored.' })
        .getByRole('link')
        .click();
      await expect(page.locator('mark.is-active')).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 } });

      test('axe finds no violations with the filter drawer open', async ({ appPage: page }) => {
        await page.emulateMedia({ colorScheme });
        await openPage(page, '/?country=FI');
        await page.getByRole('button', { name: 'Filters, 1 active' }).click();
        await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });

      test('axe finds no violations on the timeline', async ({ appPage: page }) => {
        await page.emulateMedia({ colorScheme });
        await openPage(page, '/?country=FI');
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  });
}
