import { Link } from 'react-router';
import type { FlowLine, FlowSortKey } from '../../domain/flows/index.ts';
import { CountryLabel } from '../ui/index.ts';
import './FlowsTable.css';

export interface FlowsTableProps {
  lines: readonly FlowLine[];
  sort: FlowSortKey;
  /** The URL of the view sorted by a column (the order lives in the URL). */
  sortHref: (by: FlowSortKey) => string;
  pairHref: (line: FlowLine) => string;
  caption: string;
}

const columns: Array<[FlowSortKey, string]> = [
  ['origin', 'Origin'],
  ['host', 'Host'],
  ['delegation', 'Delegations'],
  ['event', 'Events'],
  ['agreement', 'Agreements'],
  ['total', 'Total'],
];

/** The flows as a table: the same facts as the arcs, for keyboards, screen readers and copying. */
export function FlowsTable({ lines, sort, sortHref, pairHref, caption }: FlowsTableProps) {
  return (
    <div className="flows-table__scroll">
      <table className="flows-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map(([key, label]) => (
              <th key={key} scope="col" aria-sort={sort === key ? (key === 'origin' || key === 'host' ? 'ascending' : 'descending') : undefined} className={key === 'origin' || key === 'host' ? undefined : 'flows-table__number'}>
                <Link to={sortHref(key)} preventScrollReset title={`Sort by ${label.toLowerCase()}`}>
                  {label}
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
                <Link to={pairHref(line)} aria-label={`${line.total} records, open on the timeline`}>
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
