import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Reading and driving the timeline page the way a person does: by labels, not by state. */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the filter panel is: the sidebar on wide screens, the open drawer on phones. */
export function filterPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Filters' }).or(page.getByRole('dialog', { name: 'Filters' }));
}

/** A facet's checkbox, by its group ("Country") and value ("Finland"); its name ends with the count. */
export function facetCheckbox(page: Page, group: string, value: string): Locator {
  return filterPanel(page).getByRole('group', { name: group, exact: true }).getByRole('checkbox', { name: valueName(value) });
}

function valueName(value: string): RegExp {
  return new RegExp(`^${escapeRegExp(value)}, \\d+ records?$`);
}

/** Long facets show their first values only; show them all when the one asked for is hidden. */
async function revealValue(page: Page, group: string, value: string): Promise<void> {
  if ((await facetCheckbox(page, group, value).count()) > 0) return;
  await filterPanel(page).getByRole('group', { name: group, exact: true }).getByRole('button', { name: /^Show all/ }).click();
}

/** The count badge shown next to a facet value, checked against the checkbox's accessible name. */
export async function facetCount(page: Page, group: string, value: string): Promise<number> {
  await revealValue(page, group, value);
  const checkbox = facetCheckbox(page, group, value);
  const badge = filterPanel(page)
    .getByRole('group', { name: group, exact: true })
    .locator('label')
    .filter({ has: page.getByRole('checkbox', { name: valueName(value) }) })
    .locator('.facet__count');
  const shown = Number(await badge.textContent());
  await expect(checkbox).toHaveAccessibleName(`${value}, ${shown} ${shown === 1 ? 'record' : 'records'}`);
  return shown;
}

export async function tickFacet(page: Page, group: string, value: string): Promise<void> {
  await revealValue(page, group, value);
  const checkbox = facetCheckbox(page, group, value);
  await checkbox.check();
  await expect(checkbox).toBeChecked();
}

/** The names of every ticked facet value in the panel, e.g. ["Finland, 11 records"]. */
export async function tickedValues(page: Page): Promise<string[]> {
  const ticked = filterPanel(page).getByRole('checkbox', { checked: true });
  return ticked.evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''));
}

export function resultSummary(page: Page): Locator {
  return page.locator('.results-toolbar__summary');
}

/** The number the summary states ("All 70 records", "11 records match", "No records match"). */
export async function resultCount(page: Page): Promise<number> {
  const text = (await resultSummary(page).textContent()) ?? '';
  if (text.startsWith('No records')) return 0;
  const match = /(\d+) records?/.exec(text);
  if (!match) throw new Error(`No count in the result summary: "${text}"`);
  return Number(match[1]);
}

export function recordCards(page: Page): Locator {
  return page.locator('#timeline-results').getByRole('article');
}

/** Titles of the listed records, in the order shown. */
export async function recordTitles(page: Page): Promise<string[]> {
  return recordCards(page).getByRole('heading').allTextContents();
}

/** Waits until the summary and the list agree on `count` records. */
export async function expectResults(page: Page, count: number): Promise<void> {
  await expect.poll(() => resultCount(page)).toBe(count);
  await expect(recordCards(page)).toHaveCount(count);
}
