import { guessLanguage, type TradeEvent } from '../../domain/records/index.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { OrganisationLink } from '../organisations/index.ts';
import { Localised, usePhrase, useRecordText, useT } from '../i18n/index.ts';

type PersonRole = TradeEvent['people'][number];

/** People named at an event: their name as written, native names, organisation and role. */
export function PeopleWithRoles({ people }: { people: readonly PersonRole[] }) {
  const t = useT();
  const phrase = usePhrase();
  const recordText = useRecordText();
  const peopleById = useDatasetStore((s) => s.index?.peopleById);
  return (
    <ul className="people-list">
      {people.map(({ person: id, role }) => {
        const person = peopleById?.get(id);
        if (!person) return <li key={id}>{id}</li>;
        const native = Object.entries(person.names).filter(([, name]) => name !== person.name);
        return (
          <li key={id} className="person">
            <p className="person__name">
              <strong lang={Object.entries(person.names).find(([, n]) => n === person.name)?.[0] ?? guessLanguage(person.name) ?? 'en'}>{person.name}</strong>
              {native.map(([tag, name]) => (
                <span key={tag} lang={tag} className="native-name">
                  {' '}
                  {name}
                </span>
              ))}
              {person.transliteration && (
                <span className="person__transliteration">
                  {' '}
                  ({person.transliteration}
                  <span className="muted"> {t('— transliteration added by the atlas, not in the source')}</span>)
                </span>
              )}
            </p>
            <p className="person__role">
              <span className="person__label">{t('Role here:')} </span>
              <Localised value={phrase(role)} />
            </p>
            {(person.organisation || person.role) && (
              <p className="person__org muted">
                {person.role && person.role !== role ? <Localised value={recordText('people', person.id, 'role', person.role)} /> : null}
                {person.organisation && (
                  <>
                    {person.role && person.role !== role ? ' · ' : ''}
                    <OrganisationLink id={person.organisation} />
                  </>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
