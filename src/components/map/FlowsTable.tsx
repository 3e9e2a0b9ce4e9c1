import { Link } from 'react-router';
import type { FlowLine, FlowSortKey } from '../../domain/flows/index.ts';
import { CountryLabel } from '../ui/index.ts';
import './FlowsTable.css';
import { msg } from '../../domain/i18n/index.ts';
import { useT } from '../i18n/index.ts';

export interface FlowsTableProps {
  lines: readonly FlowLine[];
  sort: FlowSortKey;
  /** The URL of the view sorted by a column (the order lives in the URL). */
  sortHref: (by: FlowSortKey) => string;
  pairHref: (line: FlowLine) => string;
  caption: string;
}

/** Each column's heading and the title of its sort link. */
const columns: Array<[FlowSortKey, string, string]> = [
  ['origin', msg('Origin'), msg('Sort by origin')],
  ['host', msg('Host'), msg('Sort by host')],
  ['delegation', msg('Delegations'), msg('Sort by delegations')],
  ['event', msg('Events'), msg('Sort by events')],
  ['agreement', msg('Agreements'), msg('Sort by agreements')],
  ['total', msg('Total'), msg('Sort by total')],
];

/** The flows as a table: the same facts as the arcs, for keyboards, screen readers and copying. */
export function FlowsTable({ lines, sort, sortHref, pairHref, caption }: FlowsTableProps) {
  const t = useT();
  return (
    <div className="flows-table__scroll">
      <table className="flows-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map(([key, label, sortTitle]) => (
              <th key={key} scope="col" aria-sort={sort === key ? (key === 'origin' || key === 'host' ? 'ascending' : 'descending') : undefined} className={key === 'origin' || key === 'host' ? undefined : 'flows-table__number'}>
                <Link to={sortHref(key)} preventScrollReset title={t(sortTitle)}>
                  {t(label)}
                  {sort === key && <span aria-hidden="true">{key === 'origin' || key === 'host' ? ' ▲' : ' ▼'}</span>}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={`${line.origin}>${line.host}`}>
              <td>
                <CountryLabel code={line.origin} />
              </td>
              <td>
                <CountryLabel code={line.host} />
              </td>
              <td className="flows-table__number">{line.delegation}</td>
              <td className="flows-table__number">{line.event}</td>
              <td className="flows-table__number">{line.agreement}</td>
              <td className="flows-table__number">
                <Link to={pairHref(line)} aria-label={t('{count, plural, one {# record} other {# records}}, open on the timeline', { count: line.total })}>
                  {line.total}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
