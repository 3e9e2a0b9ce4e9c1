import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { TimelineCard } from '../../domain/timelineCards/index.ts';
import { CountryLabel } from '../ui/index.ts';
import { OrganisationLink } from '../organisations/index.ts';
import { RecordBadges } from '../facts/index.ts';
import { RecordDateText } from '../facts/index.ts';
import { SectorTags } from '../facts/index.ts';
import { Localised, usePaths, usePlaceLine, useRecordText, useT, useVocabulary } from '../i18n/index.ts';

const mainRoles = ['host', 'co-host', 'organiser', 'party', 'presenter', 'visited'];
const maxOrganisations = 4;

/**
 * The organisations a reader filtered by first (they are why the card is here), then hosts, organisers and
 * parties: they say most about who was behind a record.
 */
export function mainOrganisations(record: Pick<TimelineCard, 'organisations'>, lead: readonly string[] = []): string[] {
  const rank = (o: { id: string; role: string }) => {
    if (lead.includes(o.id)) return -1;
    const r = mainRoles.indexOf(o.role);
    return r === -1 ? 99 : r;
  };
  const ranked = [...record.organisations].sort((a, b) => rank(a) - rank(b));
  return [...new Set(ranked.map((o) => o.id))];
}

export interface RecordCardProps {
  /** A timeline record, or a card from the timeline's shards: what a card shows of it. */
  record: TimelineCard;
  /** On an organisation's page: its role(s) in this record. */
  roles?: readonly string[];
  headingLevel?: 3 | 4;
  /** Organisations the timeline is filtered by: listed first on the card, marked. */
  leadOrganisations?: readonly string[];
}

export function RecordCard({ record, roles, headingLevel = 3, leadOrganisations = [] }: RecordCardProps) {
  const Heading = `h${headingLevel}` as const;
  const placeLine = usePlaceLine();
  const t = useT();
  const paths = usePaths();
  const words = useVocabulary();
  const title = useRecordText()(`${record.type}s`, record.id, 'title', record.title);
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const organisations = mainOrganisations(record, leadOrganisations);
  const shown = expanded ? organisations : organisations.slice(0, maxOrganisations);
  const more = organisations.length - Math.min(organisations.length, maxOrganisations);
  return (
    <article className={`record-card record-card--${record.type}${record.status === 'planned' ? ' record-card--planned' : ''}`}>
      <div className="record-card__meta">
        <span className="record-card__date">
          <RecordDateText date={record.date} />
        </span>
        <RecordBadges record={record} />
      </div>
      <Heading className="record-card__title">
        <Link to={paths.record(record.type, record.id)}>
          <Localised value={title} />
        </Link>
      </Heading>
      {roles && roles.length > 0 && (
        <p className="record-card__roles">
          {t('Role:')} <strong>{roles.map(words.role).join(t(', '))}</strong>
        </p>
      )}
      <p className="record-card__place">
        {record.online ? t('Online') : record.place && <Localised value={placeLine(record.place)} />}
        {(record.online || record.place) && record.countries.length > 0 && <span aria-hidden="true"> · </span>}
        {record.countries.length > 0 && (
          <span className="record-card__countries">
            {record.countries.map((code) => (
              <CountryLabel key={code} code={code} />
            ))}
          </span>
        )}
      </p>
      {shown.length > 0 && (
        <p className="record-card__orgs" id={listId}>
          {shown.map((id, i) => (
            <span key={id} className={leadOrganisations.includes(id) ? 'record-card__org--lead' : undefined}>
              {i > 0 && ' · '}
              <OrganisationLink id={id} />
            </span>
          ))}
          {more > 0 && (
            <>
              {' '}
              <button
                type="button"
                className="record-card__more"
                aria-expanded={expanded}
                aria-controls={listId}
                onClick={() => setExpanded(!expanded)}
              >
                {expanded ? t('Show fewer') : t('and {count} more', { count: more })}
              </button>
            </>
          )}
        </p>
      )}
      <SectorTags ids={record.sectors} />
    </article>
  );
}
