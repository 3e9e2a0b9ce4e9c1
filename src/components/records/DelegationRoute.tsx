import { Link } from 'react-router';
import { countryName } from '../../domain/records/index.ts';
import type { Delegation } from '../../domain/records/index.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { Badge } from '../ui/index.ts';
import { DateWithBasis } from '../facts/index.ts';
import { OrganisationLink } from '../organisations/index.ts';
import { PlaceText } from '../facts/index.ts';
import { Localised, usePhrase, usePaths, useRecordText, useT, useVocabulary } from '../i18n/index.ts';
import { stopDateBasisField } from '../../domain/i18n/index.ts';

/** A delegation's stops in the order the data gives them, each with what happened there. */
export function DelegationRoute({ delegationId, stops }: { delegationId: string; stops: Delegation['stops'] }) {
  const paths = usePaths();
  const t = useT();
  const phrase = usePhrase();
  const recordText = useRecordText();
  const words = useVocabulary();
  const eventsById = useDatasetStore((s) => s.index?.eventsById);
  if (stops.length === 0) return <p className="muted">{t('The source names no stops.')}</p>;
  return (
    <ol className="route">
      {stops.map((stop, i) => {
        const event = stop.event ? eventsById?.get(stop.event) : undefined;
        // The place line repeats nothing the stop's name already says ("Finland", "Finland").
        const placeDetail = {
          city: stop.city !== stop.place ? stop.city : null,
          region: stop.region !== stop.place ? stop.region : null,
          country: stop.country && countryName(stop.country) !== stop.place && words.country(stop.country) !== stop.place ? stop.country : null,
        };
        const hasPlace = Boolean(placeDetail.city || placeDetail.region || placeDetail.country);
        return (
          <li key={`${stop.place}-${i}`} className="route__stop">
            <span className="route__number" aria-hidden="true">
              {i + 1}
            </span>
            <div className="route__body">
              <h3 className="route__place">
                <span className="visually-hidden">{t('Stop {number}:', { number: i + 1 })} </span>
                <Localised value={phrase(stop.place)} />
              </h3>
              {hasPlace && (
                <p className="route__where">
                  <PlaceText place={placeDetail} />
                </p>
              )}
              {stop.date && (
                <div className="route__date">
                  <DateWithBasis
                    date={stop.date}
                    collapsible
                    basis={stop.date.basis ? recordText('delegations', delegationId, stopDateBasisField(i), stop.date.basis) : undefined}
                  />
                </div>
              )}
              {stop.organisations.length > 0 && (
                <p className="route__orgs">
                  <span className="route__label">{t('Visited:')} </span>
                  {stop.organisations.map((id, j) => (
                    <span key={id}>
                      {j > 0 && t(', ')}
                      <OrganisationLink id={id} />
                    </span>
                  ))}
                </p>
              )}
              {stop.note && <Localised as="p" className="route__note" value={phrase(stop.note)} />}
              {event && (
                <p className="route__event">
                  <span className="route__label">{t('Event:')} </span>
                  <Link to={paths.event(event.id)}>
                    <Localised value={recordText('events', event.id, 'title', event.title)} />
                  </Link>
                  {event.status === 'planned' && (
                    <>
                      {' '}
                      <Badge tone="planned">{t('Planned')}</Badge>
                    </>
                  )}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
