import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { filterRecords, parseTimelineFilters } from '../../../src/domain/query/index.ts';
import { indexDataset } from '../../../src/domain/dataset/index.ts';
import { realData } from '../../support/realData.ts';
import { renderRoute } from '../../support/renderRoute.tsx';

const index = indexDataset(realData().dataset);

describe('the embed views', () => {
  it('/embed?… lists the filtered timeline without the site chrome, every link opening the atlas in a new tab', async () => {
    renderRoute('/embed?country=SE');
    const expected = filterRecords(index.records, parseTimelineFilters('country=SE').filters);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(`${expected.length} records: Sweden`);
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(expected.length);
    const first = within(items[0]!).getByRole('link');
    expect(first).toHaveAttribute('href', `/${expected[0]!.type}s/${expected[0]!.id}`);
    for (const link of screen.getAllByRole('link')) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener');
    }
    expect(screen.getByRole('link', { name: /Open this view in the atlas/ })).toHaveAttribute('href', '/?country=SE');
  });

  it('/embed/organisations/:id shows the organisation and its records', async () => {
    renderRoute('/embed/organisations/business-finland');
    expect(await screen.findByRole('heading', { level: 1, name: 'Business Finland' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(index.recordsByOrganisation.get('business-finland')!.length);
    expect(screen.getByRole('link', { name: /Open in the atlas/ })).toHaveAttribute('href', '/organisations/business-finland');
  });

  it('answers an unknown organisation as the full site does: not found, with close matches', async () => {
    renderRoute('/embed/organisations/chengdu-foreign-affair-office', { data: 'fetch' });
    expect(await screen.findByRole('heading', { level: 1, name: 'No organisation “chengdu-foreign-affair-office”' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Foreign Affairs Office of the Chengdu/ })).toBeInTheDocument();
  });
});

describe('Follow and Embed on the timeline and organisation pages', () => {
  it('the timeline narrowed to a country offers that country’s feed, and says what a feed reader does', async () => {
    renderRoute('/?country=FI&q=health');
    await userEvent.click(await screen.findByRole('button', { name: 'Follow' }));
    expect(await screen.findByText(/feed reader/)).toBeInTheDocument();
    expect(screen.getByLabelText('Feed of records involving Finland')).toHaveValue(`${window.location.origin}/feeds/countries/fi.xml`);
    expect(screen.getByText(/search words, types and dates do not narrow them/)).toBeInTheDocument();
  });

  it('the unfiltered timeline offers the feed of all records', async () => {
    renderRoute('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Follow' }));
    expect(await screen.findByLabelText('Feed of all records')).toHaveValue(`${window.location.origin}/feeds/all.xml`);
  });

  it('Embed gives an iframe snippet of the same view', async () => {
    renderRoute('/organisations/business-finland');
    await userEvent.click(await screen.findByRole('button', { name: 'Embed' }));
    // The panel's code loads when it first opens.
    const snippet = ((await screen.findByLabelText('Embed code')) as HTMLTextAreaElement).value;
    expect(snippet).toBe(
      `<iframe src="${window.location.origin}/embed/organisations/business-finland" title="Business Finland in the Trade Mission Atlas" width="100%" height="560" loading="lazy" style="border: 1px solid #d0d5dd; border-radius: 8px;"></iframe>`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Follow' }));
    expect(await screen.findByLabelText('Feed of records involving Business Finland')).toHaveValue(`${window.location.origin}/feeds/organisations/business-finland.xml`);
  });
});
