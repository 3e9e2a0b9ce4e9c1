import { Link } from 'react-router';
import type { FlowLine, FlowSortKey } from '../../domain/flows/index.ts';
import { CountryLabel } from '../ui/index.ts';
import './FlowsTable.css';
import { useT } from '../i18n/index.ts';

export interface FlowsTableProps {
  lines: readonly FlowLine[];
  sort: FlowSortKey;
  /** The URL of the view sorted by a column (the order lives in the URL). */
  sortHref: (by: FlowSortKey) => string;
  pairHref: (line: FlowLine) => string;
  caption: string;
}

const columnKeys: readonly FlowSortKey[] = ['origin', 'host', 'delegation', 'event', 'agreement', 'total'];

/** The flows as a table: the same facts as the arcs, for keyboards, screen readers and copying. */
export function FlowsTable({ lines, sort, sortHref, pairHref, caption }: FlowsTableProps) {
  const t = useT();
  const labels: Record<FlowSortKey, [label: string, sortTitle: string]> = {
    origin: [t('Origin'), t('Sort by origin')],
    host: [t('Host'), t('Sort by host')],
    delegation: [t('Delegations'), t('Sort by delegations')],
    event: [t('Events'), t('Sort by events')],
    agreement: [t('Agreements'), t('Sort by agreements')],
    total: [t('Total'), t('Sort by total')],
  };
  return (
    <div className="flows-table__scroll">
      <table className="flows-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columnKeys.map((key) => (
              <th key={key} scope="col" aria-sort={sort === key ? (key === 'origin' || key === 'host' ? 'ascending' : 'descending') : undefined} className={key === 'origin' || key === 'host' ? undefined : 'flows-table__number'}>
                <Link to={sortHref(key)} preventScrollReset title={labels[key][1]}>
                  {labels[key][0]}
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
