import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { WorldMap, mapArcLimit } from '../../../src/components/map/index.ts';
import type { FlowLine, MapGeometry } from '../../../src/domain/flows/index.ts';

/** A toy geometry: n countries in a row, each a small square. */
function geometry(codes: string[]): MapGeometry {
  return {
    width: 1000,
    height: 500,
    attribution: 'Test geometry',
    places: {},
    countries: codes.map((code, i) => ({ code, x: 10 + i, y: 10 + (i % 7), d: `M${i},0h1v1h-1z` })),
  };
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b)).slice(0, 30);

function lines(count: number): FlowLine[] {
  const out: FlowLine[] = [];
  for (const origin of codes)
    for (const host of codes) {
      if (origin === host || out.length === count) continue;
      const total = 1 + (out.length % 50);
      out.push({ origin, host, delegation: total, event: 0, agreement: 0, total });
    }
  return out;
}

function renderMap(flowLines: FlowLine[]) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <WorldMap geometry={geometry(codes)} shading={new Map()} lines={flowLines} places={new Map()} arcHref={() => '/'} countryHref={() => '/'} label="Test map" />,
      },
    ],
    { initialEntries: ['/'] },
  );
  return render(<RouterProvider router={router} />);
}

describe('WorldMap', () => {
  it('draws every flow while there are few', () => {
    renderMap(lines(12));
    expect(within(screen.getByRole('group', { name: 'Test map' })).getAllByRole('link')).toHaveLength(12);
    expect(screen.queryByText(/largest of/)).not.toBeInTheDocument();
  });

  it(`draws only the ${mapArcLimit} largest flows of many, and says so`, () => {
    const many = lines(mapArcLimit + 150);
    renderMap(many);
    const arcs = within(screen.getByRole('group', { name: 'Test map' })).getAllByRole('link');
    expect(arcs).toHaveLength(mapArcLimit);
    const smallestDrawn = Math.min(...arcs.map((arc) => Number(/\((\d+) records?\)/.exec(arc.getAttribute('aria-label')!)![1])));
    const left = [...many].sort((a, b) => b.total - a.total).slice(mapArcLimit);
    expect(Math.max(...left.map((l) => l.total))).toBeLessThanOrEqual(smallestDrawn);
    expect(screen.getByText(`The map draws the ${mapArcLimit} largest of ${many.length} country pairs; the table lists them all.`)).toBeInTheDocument();
  });
});
