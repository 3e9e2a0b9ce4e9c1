import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { cleanConverterResidue, hasConverterResidue } from '../../../src/domain/sources/converterResidue.ts';
import { glossFor } from '../../../src/domain/sources/glosses.ts';
import { renderRoute } from '../../support/renderRoute.tsx';
import { realData } from '../../support/realData.ts';

describe('EvidenceList: the standing of the source and a gloss beside every quote', () => {
  const index = indexDataset(realData().dataset);
  const eventId = 'chengdu-finland-dialogue-2025-12-04';
  const event = index.eventsById.get(eventId)!;

  it('shows outlet, kind, date and language beside each quote, the labelled gloss, and a cleaned reading for converter residue', async () => {
    renderRoute(`/events/${eventId}`);
    const section = await screen.findByRole('region', { name: 'Evidence from the sources' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(event.evidence.length);
    // The residue is explained once for the list.
    expect(within(section).getAllByText(/a script converter left in the article/)).toHaveLength(1);
    event.evidence.forEach((evidence, i) => {
      const item = items[i]!;
      // The verbatim quote stays; the gloss sits beside it, never in its place.
      expect(within(item).getByText(evidence.quote, { selector: 'blockquote' })).toBeInTheDocument();
      const source = index.sourcesById.get(evidence.source)!;
      const standing = item.querySelector('.evidence__standing')!.textContent!;
      expect(standing).toContain(source.outlet ?? 'No outlet named');
      expect(standing).toMatch(source.published.date ? /Published / : /Date not stated/);
      expect(standing).toMatch(/(Chinese|English|Swedish)$/);
      const gloss = glossFor(index, evidence.source, evidence.quote);
      if (gloss) {
        const label = gloss.basis === 'parallel-text' ? 'English text of the same article:' : 'Our translation:';
        expect(within(item).getByText(label).parentElement).toHaveTextContent(gloss.gloss);
      }
      if (hasConverterResidue(evidence.quote)) {
        expect(within(item).getByText('Cleaned reading:').parentElement).toHaveTextContent(cleanConverterResidue(evidence.quote));
      }
    });
    expect(event.evidence.some((e) => hasConverterResidue(e.quote))).toBe(true);
    expect(event.evidence.some((e) => glossFor(index, e.source, e.quote)?.basis === 'parallel-text')).toBe(true);
  });

  it('labels our own translation of a Chinese-only quote as ours', async () => {
    const withOurs = index.raw.agreements.find((a) => a.evidence.some((e) => glossFor(index, e.source, e.quote)?.basis === 'our-translation'))!;
    renderRoute(`/agreements/${withOurs.id}`);
    const section = await screen.findByRole('region', { name: 'Evidence from the sources' });
    expect(within(section).getAllByText('Our translation:').length).toBeGreaterThan(0);
    expect(within(section).getAllByText(/Upload by a platform user|Press release on a wire service|Kind of publication not stated|News report/).length).toBeGreaterThan(0);
  });
});
