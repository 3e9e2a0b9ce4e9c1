import { expect, openPage, test } from './fixtures.ts';

const eventPath = '/events/chengdu-finland-dialogue-2025-12-04';
const eventTitle =
  'Chengdu–Europe Industrial Dialogue: Finland–Chengdu Cooperation Session (Opening-Chengdu Cooperation and Sharing Session – Finland Special Session)';
const sourceTitle =
  'Chengdu–Finland Cooperation Dialogue: from the September Northern Europe tour to the 4 December "Opening-Chengdu" Finland Special Session in Chengdu';

test('an event page shows its organisations by role, its people and the quotes it rests on', async ({ appPage: page }) => {
  await openPage(page, eventPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(eventTitle);

  const roles = page.getByRole('region', { name: 'Organisations by role' });
  await expect(roles.getByRole('heading', { level: 3, name: 'Hosts' })).toBeVisible();
  await expect(roles.getByRole('link', { name: /^Embassy of Finland in China/ })).toHaveAttribute('href', '/organisations/embassy-of-finland-in-china');
  await expect(roles.getByRole('heading', { level: 3, name: 'Presenters' })).toBeVisible();
  await expect(roles.getByRole('link', { name: /^KONE/ })).toHaveAttribute('href', '/organisations/kone');

  await expect(page.getByRole('region', { name: 'People' }).getByText('Lauri Tammi')).toBeVisible();

  const evidence = page.getByRole('region', { name: 'Evidence from the sources' });
  const quote = evidence.getByRole('listitem').filter({ hasText: 'Three months later, this commitment was honored.' });
  await expect(quote.getByRole('blockquote')).toHaveText('Three months later, this commitment was honored.');
  await expect(quote.getByRole('link', { name: sourceTitle })).toHaveAttribute('href', /^\/sources\/chengdu-finland-dialogue-2025#q-[0-9a-z]+$/);
});

test('an evidence link opens the article with that passage highlighted, in view and focused', async ({ appPage: page }) => {
  await openPage(page, eventPath);
  const passage = 'Three months later, this commitment was honored.';
  const item = page.getByRole('region', { name: 'Evidence from the sources' }).getByRole('listitem').filter({ hasText: passage });
  const href = await item.getByRole('link').getAttribute('href');
  await item.getByRole('link', { name: sourceTitle }).click();

  await expect(page).toHaveURL(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sourceTitle);
  const active = page.locator('mark.is-active');
  await expect(active).toHaveCount(1);
  await expect(active).toContainText(passage);
  await expect(active).toBeFocused();
  await expect(active).toBeInViewport();
  // Other passages of the article stay highlighted, but not as the active one.
  expect(await page.locator('mark.quote-mark').count()).toBeGreaterThan(1);

  // The same link opened directly (a shared link) lands on the same passage.
  await openPage(page, href!);
  await expect(page.locator('mark.is-active')).toContainText(passage);
  await expect(page.locator('mark.is-active')).toBeFocused();
  await expect(page.locator('mark.is-active')).toBeInViewport();
});

test('a source page links its highlighted passages back to the records they support', async ({ appPage: page }) => {
  await openPage(page, '/sources/sme2go-shandong-trip');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/SME2GO/);
  const text = page.getByRole('region', { name: 'Full text' });
  expect(await text.locator('mark.quote-mark').count()).toBeGreaterThan(5);

  // The list of citing records numbers them; the same numbers follow the passages.
  const citing = page.getByRole('region', { name: 'Records citing this article' });
  const delegation = citing.getByRole('listitem').filter({ hasText: 'SME2GO networking trip to Shandong' });
  const number = (await delegation.locator('.citing__number').textContent())!.replace(/\D/g, '');
  const reference = text.getByRole('link', { name: `${number}: Delegation: SME2GO networking trip to Shandong (Weifang, Zhucheng, Rizhao)` }).first();
  await expect(reference).toHaveText(number);

  // "N passages" goes to the record's first passage on this page.
  await delegation.getByRole('link', { name: /passages for SME2GO networking trip/ }).click();
  await expect(page).toHaveURL(/\/sources\/sme2go-shandong-trip#q-[0-9a-z]+$/);
  await expect(page.locator('mark.is-active')).toBeFocused();
  await expect(page.locator('mark.is-active')).toBeInViewport();

  // A reference number after a passage leads to the record.
  await reference.click();
  await expect(page).toHaveURL('/delegations/sme2go-shandong-networking-trip');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SME2GO networking trip to Shandong (Weifang, Zhucheng, Rizhao)');
  // ...whose evidence links lead back to the article.
  await page.getByRole('region', { name: 'Evidence from the sources' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/sources\/sme2go-shandong-trip#q-[0-9a-z]+$/);
  await expect(page.locator('mark.is-active')).toBeFocused();
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`“Jump to the full text” lands below the sticky header at ${viewport.width} px`, async ({ appPage: page }) => {
    await page.setViewportSize(viewport);
    await openPage(page, '/sources/sme2go-shandong-trip');
    await page.getByRole('link', { name: 'Jump to the full text' }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Full text' });
    await expect(heading).toBeInViewport();
    const header = (await page.getByRole('banner').boundingBox())!;
    const target = (await heading.boundingBox())!;
    expect(target.y).toBeGreaterThanOrEqual(header.y + header.height);
  });
}
