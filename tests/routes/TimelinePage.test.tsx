import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/dataset/dataset.ts';
import { facetCounts, filterRecords } from '../../src/domain/query/filterRecords.ts';
import { defaultFilters, type TimelineFilters } from '../../src/domain/query/filters.ts';
import { renderRoute, requestedDataFiles } from '../support/renderRoute.tsx';
import { realData } from '../support/realData.ts';

const index = indexDataset(realData().dataset);
const matching = (overrides: Partial<TimelineFilters>) => filterRecords(index.records, { ...defaultFilters, ...overrides });
const phrase = (n: number) => `${n} ${n === 1 ? 'record matches' : 'records match'}`;
const cardTitles = () => screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent);
// Re-rendering the whole real timeline in jsdom can take seconds when test files run in parallel.
configure({ asyncUtilTimeout: 10000 });
const slow = { timeout: 10000 };
const findCount = (n: number) => screen.findByText(phrase(n), {}, slow);
// Country names are also in the From and In-or-to groups: a name means the Country group's box when it has one.
const checkbox = (name: string) => {
  const pattern = new RegExp(`^${name}, \\d+ records?$`);
  return within(screen.getByRole('group', { name: 'Country: took part or took place' })).queryByRole('checkbox', { name: pattern }) ?? screen.getByRole('checkbox', { name: pattern });
};
const countryGroup = async () => within(await screen.findByRole('group', { name: 'Country: took part or took place' }, slow));

describe('TimelinePage', { timeout: 30000 }, () => {
  it('shows every record, newest first, with a title, one h1 and the result count', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(document.title).toBe('Timeline · Trade Mission Atlas');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(`All ${index.records.length} records`)).toHaveAttribute('role', 'status');
    expect(screen.getAllByRole('article')).toHaveLength(index.records.length);
    expect(cardTitles()[0]).toBe(index.records[0]!.title);
  });

  it('in Chinese, says what the timeline holds in one sentence, numbers spaced as elsewhere and no space after the colon', async () => {
    renderRoute('/zh/');
    const lede = (await screen.findByRole('heading', { level: 1, name: '时间线' }, slow)).parentElement!.querySelector('.page-header__lede')!;
    const articles = realData().dataset.sources.length;
    expect(lede.textContent).toBe(`贸易代表团、商务代表团、对接活动和协议，每条都有所依据的引文支持：来自 ${articles} 篇文章的 ${index.records.length} 条记录。 范围与方法`);
  });

  it('keeps records with no known year, in their own group at the end', async () => {
    renderRoute('/');
    const unknown = index.records.filter((r) => r.date.start === null);
    expect(unknown.length).toBeGreaterThan(0);
    const groups = await screen.findAllByRole('heading', { level: 2, name: /\d{4}|Year not stated/ });
    expect(groups.at(-1)).toHaveTextContent('Year not stated');
    const section = groups.at(-1)!.closest('section')!;
    expect(within(section).getAllByRole('article')).toHaveLength(unknown.length);
  });

  it('filters by a country checkbox: pushes the URL, updates the list, the count and the other facets', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    const finland = matching({ countries: ['FI'] });
    const delegationsBefore = checkbox('Delegations');
    expect(delegationsBefore).toHaveAccessibleName(`Delegations, ${facetCounts(index.records, defaultFilters).types.get('delegation')} records`);

    await user.click(checkbox('Finland'));
    expect(router.state.location.search).toBe('?country=FI');
    expect(router.state.historyAction).toBe('PUSH');
    expect(await findCount(finland.length)).toBeInTheDocument();
    expect(checkbox('Finland')).toBeChecked();
    expect(screen.getAllByRole('article')).toHaveLength(finland.length);
    expect(cardTitles()).toEqual(finland.map((r) => r.title));

    const delegationsInFinland = finland.filter((r) => r.type === 'delegation').length;
    expect(checkbox('Delegations')).toHaveAccessibleName(`Delegations, ${delegationsInFinland} records`);
    expect(screen.getByRole('button', { name: 'Remove filter: Country Finland' })).toBeInTheDocument();
  });

  it('ORs values within a facet and ANDs across facets', async () => {
    const { user, router } = renderRoute('/?country=FI');
    await user.click((await countryGroup()).getByRole('checkbox', { name: /^Sweden, / }));
    expect(router.state.location.search).toBe('?country=FI&country=SE');
    expect(await findCount(matching({ countries: ['FI', 'SE'] }).length)).toBeInTheDocument();

    await user.click(checkbox('Agreements'));
    expect(router.state.location.search).toBe('?type=agreement&country=FI&country=SE');
    const both = matching({ countries: ['FI', 'SE'], types: ['agreement'] });
    expect(await findCount(both.length)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(both.length);
  });

  it('goes Back to the exact previous view', async () => {
    const { user, router } = renderRoute('/?sort=oldest');
    await user.click((await countryGroup()).getByRole('checkbox', { name: /^Finland, / }));
    await findCount(matching({ countries: ['FI'] }).length);
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?sort=oldest');
    expect(await screen.findByText(`All ${index.records.length} records`, {}, slow)).toBeInTheDocument();
    expect(checkbox('Finland')).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Oldest first' })).toHaveAttribute('aria-pressed', 'true');
    await act(() => router.navigate(1));
    expect((await countryGroup()).getByRole('checkbox', { name: /^Finland, / })).toBeChecked();
  });

  it('replaces the history entry while typing a search, and finds KONE by 通力', async () => {
    const { user, router } = renderRoute('/');
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    await user.type(search, '通力');
    await waitFor(() => expect(router.state.location.search).toBe(`?q=${encodeURIComponent('通力')}`));
    expect(router.state.historyAction).toBe('REPLACE');
    const kone = matching({ q: '通力' });
    expect(kone.length).toBeGreaterThan(0);
    expect(await findCount(kone.length)).toBeInTheDocument();
    expect(cardTitles()).toEqual(kone.map((r) => r.title));
    expect(search).toHaveValue('通力');

    await user.click(checkbox('Events'));
    expect(router.state.historyAction).toBe('PUSH');
    expect(search).toHaveValue('通力');
  });

  it('makes a whole typed search one history entry, so one Back undoes it', async () => {
    const { user, router } = renderRoute('/?country=FI');
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    await user.type(search, 'kone');
    await waitFor(() => expect(router.state.location.search).toBe('?q=kone&country=FI'));
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?country=FI');
    await waitFor(() => expect(search).toHaveValue(''));
  });

  it('takes the search box’s text from the URL when a chip clears it', async () => {
    const { user, router } = renderRoute('/?q=kone');
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    expect(search).toHaveValue('kone');
    await user.click(screen.getByRole('button', { name: 'Remove filter: Search “kone”' }));
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(search).toHaveValue(''));
  });

  it('removes filters with chips, moving focus to the next chip, and clears them all', async () => {
    const { user, router } = renderRoute('/?type=event&country=FI&sector=healthcare');
    await user.click(await screen.findByRole('button', { name: 'Remove filter: Country Finland' }));
    expect(router.state.location.search).toBe('?type=event&sector=healthcare');
    const next = await screen.findByRole('button', { name: 'Remove filter: Sector Healthcare and wellness' });
    await waitFor(() => expect(next).toHaveFocus());
    expect(await findCount(matching({ types: ['event'], sectors: ['healthcare'] }).length)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByText(`All ${index.records.length} records`, {}, slow)).toHaveFocus();
  });

  it('shows an empty state with the chips that lead out of it', async () => {
    const { user, router } = renderRoute('/?q=zzqqxx&country=FI');
    expect(await screen.findByText('No records match — remove a filter', {}, slow)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { name: 'No records match' })).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Remove filter: Search “zzqqxx”' }));
    expect(router.state.location.search).toBe('?country=FI');
    expect(await findCount(matching({ countries: ['FI'] }).length)).toBeInTheDocument();
  });

  it('says which one filter to drop to get records back, and how many', async () => {
    const { user, router } = renderRoute('/?type=delegation&org=kone');
    expect(await screen.findByRole('heading', { name: 'No records match' }, slow)).toBeInTheDocument();
    const withoutType = matching({ orgs: ['kone'] }).length;
    const withoutOrg = matching({ types: ['delegation'] }).length;
    expect(screen.getByRole('button', { name: `Without type Delegation: ${withoutType} ${withoutType === 1 ? 'record' : 'records'}` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Without organisation KONE: ${withoutOrg} records` }));
    expect(router.state.location.search).toBe('?type=delegation');
    expect(await findCount(withoutOrg)).toBeInTheDocument();
  });

  it('lists what a garbled link contained instead of failing, and can tidy the link', async () => {
    const { user, router } = renderRoute('/?country=XX&country=FI&from=last-year&type=meetings&utm=1');
    const notice = await screen.findByText(/parts of this link were not understood/, {}, slow);
    const box = notice.closest('[role="status"]') as HTMLElement;
    expect(box).toHaveTextContent('country=XX — not an ISO 3166-1 alpha-2 country code');
    expect(box).toHaveTextContent('from=last-year — not a year (YYYY) or month (YYYY-MM)');
    expect(box).toHaveTextContent('type=meetings — not a record type');
    expect(box).toHaveTextContent('utm=1 — unknown parameter');
    // The valid part still applies.
    expect(screen.getByText(phrase(matching({ countries: ['FI'] }).length))).toBeInTheDocument();

    await user.click(within(box).getByRole('button', { name: 'Remove them from the link' }));
    expect(router.state.location.search).toBe('?country=FI');
    expect(router.state.historyAction).toBe('REPLACE');
    await waitFor(() => expect(screen.queryByText(/not understood/)).not.toBeInTheDocument());
  });

  it('sorts oldest first with the toggle', async () => {
    const { user, router } = renderRoute('/');
    await user.click(await screen.findByRole('button', { name: 'Oldest first' }));
    expect(router.state.location.search).toBe('?sort=oldest');
    expect(router.state.historyAction).toBe('PUSH');
    const oldest = matching({ sort: 'oldest' });
    await waitFor(() => expect(cardTitles()[0]).toBe(oldest[0]!.title));
    expect(screen.getByRole('button', { name: 'Oldest first' })).toHaveAttribute('aria-pressed', 'true');
    // Unknown dates stay at the end either way.
    expect(cardTitles().at(-1)).toBe(oldest.at(-1)!.title);
    expect(oldest.at(-1)!.date.start).toBeNull();
  });

  it('narrows to a year, then a month, with the density bars', async () => {
    const { user, router } = renderRoute('/');
    const in2024 = matching({ from: '2024', to: '2024' });
    const bar = await screen.findByRole('button', { name: `2024: ${in2024.length} records` });
    await user.click(bar);
    expect(router.state.location.search).toBe('?from=2024&to=2024');
    expect(await screen.findByRole('heading', { name: 'Records per month in 2024' })).toBeInTheDocument();
    expect(screen.getByText(phrase(in2024.length))).toBeInTheDocument();

    const november = matching({ from: '2024-11', to: '2024-11' });
    await user.click(screen.getByRole('button', { name: /^November 2024: \d+ records?$/ }));
    expect(router.state.location.search).toBe('?from=2024-11&to=2024-11');
    expect(await findCount(november.length)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^November 2024: / })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: /All years/ }));
    expect(router.state.location.search).toBe('');
  });

  it('sets the date range with the year and month pickers', async () => {
    const { user, router } = renderRoute('/');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'From' }), '2024');
    expect(router.state.location.search).toBe('?from=2024');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'From month' })).toBeEnabled(), slow);
    await user.selectOptions(screen.getByRole('combobox', { name: 'From month' }), '11');
    expect(router.state.location.search).toBe('?from=2024-11');
    await screen.findByRole('button', { name: 'Remove filter: From Nov 2024' }, slow);
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), '2024');
    expect(router.state.location.search).toBe('?from=2024-11&to=2024');
    expect(await findCount(matching({ from: '2024-11', to: '2024' }).length)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter: Date Nov 2024 – 2024' })).toBeInTheDocument();
  });

  it('picks an organisation by a name in any script', async () => {
    const { user, router } = renderRoute('/');
    await user.type(await screen.findByRole('searchbox', { name: 'Find an organisation' }), '通力');
    await user.click(await screen.findByRole('checkbox', { name: /^KONE.*通力, \d+ records?$/ }));
    expect(router.state.location.search).toBe('?org=kone');
    const kone = matching({ orgs: ['kone'] });
    expect(await findCount(kone.length)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter: Organisation KONE' })).toBeInTheDocument();
  });

  it('mutes facet values with no matching records but keeps them visible', async () => {
    renderRoute('/?org=kone');
    await screen.findByRole('heading', { level: 1 });
    const counts = facetCounts(index.records, { ...defaultFilters, orgs: ['kone'] });
    const zeroType = (['event', 'delegation', 'agreement'] as const).find((t) => !counts.types.get(t));
    expect(zeroType).toBeDefined();
    const label = { event: 'Events', delegation: 'Delegations', agreement: 'Agreements' }[zeroType!];
    expect(screen.getByRole('checkbox', { name: `${label}, 0 records` })).toBeDisabled();
  });

  it('loads its page data, its index and card shards, never the whole dataset, and downloads all records only for an export', async () => {
    const { user } = renderRoute('/?country=FI', { data: 'fetch' });
    const requested = () => requestedDataFiles.splice(0);
    expect(await findCount(matching({ countries: ['FI'] }).length)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(matching({ countries: ['FI'] }).length);
    const shown = requested();
    expect(shown).toContain('data/timeline/page.json');
    expect(shown.some((path) => /^data\/timeline\/cards-0\.[0-9a-f]{12}\.json$/.test(path))).toBe(true);
    expect(shown).not.toContain('data/dataset.json');
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByRole('button', { name: 'Download CSV' }, slow)).toBeEnabled();
    expect(requested()).toContain('data/dataset.json');
  });
});
