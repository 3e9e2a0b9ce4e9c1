import { expect, openPage, test } from './fixtures.ts';
import { pageTypes } from './pageTypes.ts';
import { expectResults, facetCount, tickFacet } from './timelinePage.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('on a phone the filters open in a drawer, apply, and the drawer closes to the results', async ({ appPage: page }) => {
  await openPage(page, '/');
  // No sidebar on a phone: the filters wait behind a button.
  await expect(page.getByRole('complementary', { name: 'Filters' })).toHaveCount(0);
  const open = page.getByRole('button', { name: 'Filters', exact: true });
  await open.click();

  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const finland = await facetCount(page, 'Country: took part or took place', 'Finland');
  await tickFacet(page, 'Country: took part or took place', 'Finland');
  await expect(page).toHaveURL(/\/\?country=FI$/);
  const done = drawer.getByRole('button', { name: `Show ${finland} records` });
  await expect(done).toBeVisible();
  await done.click();

  await expect(drawer).toBeHidden();
  const reopen = page.getByRole('button', { name: 'Filters, 1 active' });
  await expect(reopen).toBeFocused();
  await expect(reopen).toHaveAttribute('aria-expanded', 'false');
  await expectResults(page, finland);
  await expect(page.getByRole('button', { name: 'Remove filter: Country Finland' })).toBeVisible();

  // Escape closes it too, and the filters stay as they were.
  await reopen.click();
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(reopen).toBeFocused();
  await expect(page).toHaveURL(/\/\?country=FI$/);
});

test('while the drawer is open, Tab never reaches the page behind it', async ({ appPage: page }) => {
  await openPage(page, '/');
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  for (const key of ['Shift+Tab', 'Tab']) {
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press(key);
      // Inside the drawer, or out to the browser's own controls (the body), as a modal <dialog> allows.
      const where = await drawer.evaluate((dialog) =>
        dialog.contains(document.activeElement) ? 'drawer' : document.activeElement === document.body ? 'browser' : document.activeElement?.outerHTML,
      );
      expect(['drawer', 'browser']).toContain(where);
    }
  }
});

for (const { name, path } of pageTypes) {
  test(`${name} (${path}) has no horizontal scroll on a 390 px wide phone`, async ({ appPage: page }) => {
    await openPage(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
}

test('the open filter drawer does not scroll sideways either', async ({ appPage: page }) => {
  await openPage(page, '/?country=FI');
  await page.getByRole('button', { name: 'Filters, 1 active' }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  await drawer.getByRole('button', { name: /^Show all \d+ countries$/ }).click();
  const overflow = await drawer.evaluate((dialog) => {
    // Boxes that scroll sideways (visually hidden text, 1 px wide by design, aside).
    const wide = [...dialog.querySelectorAll('*')].filter(
      (el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible',
    );
    return { dialog: dialog.getBoundingClientRect().right, innerWidth: window.innerWidth, wide: wide.map((el) => el.className) };
  });
  expect(overflow.dialog).toBeLessThanOrEqual(overflow.innerWidth);
  expect(overflow.wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
