import { expect, openPage, test } from './fixtures.ts';

test('a mistyped event id gets status 404 and close matches; a suggestion opens that event', async ({ appPage: page }) => {
  const response = await openPage(page, '/events/chengdu-finland-dialog');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No event “chengdu-finland-dialog”');
  await expect(page).toHaveTitle('No event “chengdu-finland-dialog” · Trade Mission Atlas');
  await expect(page.getByText('There is no event with the id “chengdu-finland-dialog” in the atlas.')).toBeVisible();

  const suggestions = page.getByRole('list').filter({ has: page.getByRole('link', { name: /Finland–Chengdu Cooperation Session/ }) });
  const suggestion = suggestions.getByRole('link', { name: /Finland–Chengdu Cooperation Session/ });
  await expect(suggestion).toHaveAttribute('href', '/events/chengdu-finland-dialogue-2025-12-04');
  await suggestion.click();
  await expect(page).toHaveURL('/events/chengdu-finland-dialogue-2025-12-04');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Chengdu–Europe Industrial Dialogue: Finland–Chengdu Cooperation Session/);
  await expect(page.getByRole('region', { name: 'Evidence from the sources' })).toBeVisible();
});

test('a mistyped organisation id suggests the organisation, which opens from the suggestion', async ({ appPage: page }) => {
  const response = await openPage(page, '/organisations/vasteras');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No organisation “vasteras”');
  await page.getByRole('link', { name: 'Västerås Science Park' }).click();
  await expect(page).toHaveURL('/organisations/vasteras-science-park');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Västerås Science Park');
});

for (const [path, kind] of [
  ['/delegations/no-such-trip', 'delegation'],
  ['/agreements/no-such-deal', 'agreement'],
  ['/sources/no-such-article', 'source'],
] as const) {
  test(`an unknown ${kind} id gets a 404 page that names it and leads back`, async ({ appPage: page }) => {
    const id = path.split('/').pop()!;
    const response = await openPage(page, path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`No ${kind} “${id}”`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await page.getByRole('link', { name: 'All organisations' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisations');
  });
}

test('a link inside the app to a missing record shows the not-found page without a reload', async ({ appPage: page }) => {
  await openPage(page, '/');
  // A client-side navigation, as an outdated in-app link would make.
  await page.evaluate(() => {
    history.pushState(null, '', '/events/gone-missing');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No event “gone-missing”');
  await page.getByRole('link', { name: 'Back to the timeline' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
});
