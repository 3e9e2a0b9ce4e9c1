import type { Page } from '@playwright/test';
import { expect, openPage, test } from './fixtures.ts';

interface FocusStop {
  name: string;
  /** Drawn focus indicator: an outline at least 2 px wide, or a box shadow. */
  indicated: boolean;
  /** The outline is not cut off by a scrolling or clipping ancestor (by more than 1 px). */
  unclipped: boolean;
  /** The focused element is what is on top at its own centre (not under a sticky header). */
  uncovered: boolean;
  inViewport: boolean;
  /** Comes after the previous stop in document order. */
  forward: boolean;
}

async function press(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<FocusStop> {
  await page.keyboard.press(key);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const w = window as unknown as { previousStop?: Element };
    const previous = w.previousStop;
    w.previousStop = el;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const x = rect.left + Math.min(rect.width / 2, 8);
    const y = rect.top + rect.height / 2;
    const top = document.elementFromPoint(x, y);
    // How far the outline reaches outside the element (an inset one, negative offset, not at all).
    const ring = Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
    let unclipped = true;
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      const boxStyle = getComputedStyle(box);
      if (boxStyle.overflowX === 'visible' && boxStyle.overflowY === 'visible') continue;
      const clip = box.getBoundingClientRect();
      const outside = Math.max(clip.left - (rect.left - ring), rect.right + ring - clip.right, clip.top - (rect.top - ring), rect.bottom + ring - clip.bottom);
      if (outside > 1) unclipped = false;
    }
    return {
      // The body: focus has gone out to the browser's own controls.
      name: el === document.body ? '' : (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
      unclipped,
      uncovered: top !== null && (top === el || el.contains(top) || top.contains(el)),
      inViewport: rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
      forward: !previous || Boolean(previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
}

test('tabbing through the timeline goes in reading order with the focus always visible', async ({ appPage: page }) => {
  // The filters now have more controls (status, origin and host, leave-out toggles): 160 stops take a while.
  test.setTimeout(60_000);
  await openPage(page, '/');
  const stops: FocusStop[] = [];
  for (let i = 0; i < 160; i += 1) stops.push(await press(page, 'Tab'));

  // Skip links first, then the header, the filters in panel order, the toolbar, the strip, the records.
  const names = stops.map((s) => s.name);
  expect(names.slice(0, 11)).toEqual([
    'Skip to content',
    'Trade Mission Atlas',
    'Timeline',
    'Map',
    'Organisations',
    'Sources',
    'About',
    '简体中文',
    'Scope and method',
    'Skip to results',
    'Search',
  ]);
  const position = (pattern: RegExp) => names.findIndex((n) => pattern.test(n));
  const order = [/^Events, /, /^Finland, /, /^Show all \d+ countries$/, /^Show all \d+ sectors$/, /^Copy link$/, /^Oldest first$/, /^2025: /];
  const positions = order.map(position);
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);

  const problems = stops.filter((s) => !s.indicated || !s.unclipped || !s.uncovered || !s.inViewport || !s.forward);
  expect(problems).toEqual([]);
});

test('Shift+Tab back up the timeline never leaves focus under the sticky header or month headings', async ({ appPage: page }) => {
  await openPage(page, '/');
  await page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLElement>('#timeline-results article a')];
    links[Math.floor(links.length / 2)]!.focus();
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < 40; i += 1) stops.push(await press(page, 'Shift+Tab'));
  expect(stops.filter((s) => !s.uncovered || !s.inViewport)).toEqual([]);
});

test('“Skip to results” moves focus past the filters to the results', async ({ appPage: page }) => {
  await openPage(page, '/');
  // Skip to content, the brand, the five navigation links and the language switch come first.
  const skip = page.getByRole('link', { name: 'Skip to results' });
  for (let i = 0; i < 12 && !(await skip.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('tabbing through the open filter drawer keeps the focus visible and inside its scroll box', async ({ appPage: page }) => {
    await openPage(page, '/');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
    const stops: FocusStop[] = [];
    for (let i = 0; i < 40; i += 1) stops.push(await press(page, 'Tab'));
    const inDrawer = stops.filter((s) => s.name !== '');
    expect(inDrawer.every((s) => s.name !== 'Skip to content')).toBe(true);
    expect(inDrawer.length).toBeGreaterThan(30);
    expect(inDrawer.filter((s) => !s.indicated || !s.unclipped || !s.uncovered || !s.inViewport)).toEqual([]);
  });
});
