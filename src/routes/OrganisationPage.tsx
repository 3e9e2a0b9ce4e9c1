import { Link, useParams } from 'react-router';
import { CopyLinkButton } from '../components/export/index.ts';
import { CountryLabel } from '../components/ui/index.ts';
import { EvidenceList } from '../components/sources/index.ts';
import { EmbedMenu, ExportMenu, FollowMenu } from '../components/export/index.ts';
import { FigureList } from '../components/records/index.ts';
import { OrganisationLink } from '../components/organisations/index.ts';
import { RecordTimeline, rolesMap } from '../components/timeline/index.ts';
import { SectorTags } from '../components/facts/index.ts';
import { coParticipants, unitsOf } from '../domain/query/index.ts';
import { useDatasetIndex } from '../store/datasetStore.ts';
import { guessLanguage } from '../domain/records/index.ts';
import '../components/organisations/OrganisationProfile.css';
import { usePaths, useT } from '../components/i18n/index.ts';
import { Localised, useOrganisationName, useRecordText, useVocabulary } from '../components/i18n/index.ts';

const maxCoParticipants = 12;

export function OrganisationPage() {
  const paths = usePaths();
  const t = useT();
  const words = useVocabulary();
  const text = useRecordText();
  const nameOf = useOrganisationName();
  const { id = '' } = useParams();
  const index = useDatasetIndex();
  // The route loader has already answered 404 for unknown ids.
  const organisation = index.organisationsById.get(id)!;
  const links = index.recordsByOrganisation.get(id) ?? [];
  const records = links.map((l) => l.record);
  const partners = coParticipants(index, id);
  const units = unitsOf(index, id);
  const people = index.peopleByOrganisation.get(id) ?? [];
  const nativeNames = Object.entries(organisation.names).filter(([, name]) => name !== organisation.name);

  return (
    <article className="organisation">
      <title>{t('{title} · Trade Mission Atlas', { title: nameOf(organisation).text })}</title>
      <header className="page-header">
        <p className="page-header__eyebrow">{words.organisationKind(organisation.kind)}</p>
        <h1>
          <Localised value={nameOf(organisation)} />
        </h1>
        {organisation.nameBasis !== 'printed' && (
          <p className="organisation__name-basis">
            {organisation.nameBasis === 'our-translation'
              ? t('This English name is our translation: the articles do not print it.')
              : t('This name is our transliteration: the articles do not print it.')}
          </p>
        )}
        {nativeNames.length > 0 && (
          <p className="organisation__native">
            {nativeNames.map(([lang, name]) => (
              <span key={lang} lang={lang}>
                {name}
              </span>
            ))}
          </p>
        )}
        <Localised as="p" className="page-header__lede" value={text('organisations', organisation.id, 'summary', organisation.summary)} />
        <div className="button-row">
          <Link className="button button--primary" to={paths.timeline({ orgs: [id] })}>
            {t('Show on timeline')}
          </Link>
          <CopyLinkButton />
          {records.length > 0 && <FollowMenu scopes={[{ kind: 'organisation', id }]} />}
          <EmbedMenu embedPath={paths.embedOrganisation(id)} title={t('{name} in the Trade Mission Atlas', { name: nameOf(organisation).text })} />
          {records.length > 0 && <ExportMenu records={records} view={{ kind: 'organisation', organisation }} />}
        </div>
      </header>

      <div className="detail-grid">
        <div>
          <section aria-labelledby="records-heading">
            <h2 id="records-heading">
              {t('Records')} <span className="muted">({links.length})</span>
            </h2>
            {links.length === 0 ? (
              <p className="muted">{t('The articles name this organisation without linking it to a dated event, delegation or agreement.')}</p>
            ) : (
              <RecordTimeline records={records} rolesByRecord={rolesMap(links)} groupHeadingLevel={3} leadOrganisations={[id]} />
            )}
          </section>
          <EvidenceList evidence={organisation.evidence} heading={t('What the sources say')} />
        </div>

        <aside className="organisation__aside" aria-label={t('Details')}>
          <section className="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t('Details')}</h2>
            <dl className="facts">
              <dt>{t('Country')}</dt>
              <dd>
                {organisation.country ? (
                  <CountryLabel code={organisation.country} inferred={organisation.countryInferred} />
                ) : (
                  t('Not stated')
                )}
              </dd>
              <dt>{t('Kind')}</dt>
              <dd>{words.organisationKind(organisation.kind)}</dd>
              {organisation.aliases.length > 0 && (
                <>
                  <dt>{t('Also written')}</dt>
                  <dd>{organisation.aliases.join('; ')}</dd>
                </>
              )}
              {organisation.parent && (
                <>
                  <dt>{t('Part of')}</dt>
                  <dd>
                    <OrganisationLink id={organisation.parent} />
                  </dd>
                </>
              )}
              {units.length > 0 && (
                <>
                  <dt>{t('Units')}</dt>
                  <dd>
                    <ul className="plain-list">
                      {units.map((unit) => (
                        <li key={unit.id}>
                          <OrganisationLink id={unit.id} />
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>
            {organisation.sectors.length > 0 && (
              <>
                <h3 className="organisation__subheading">{t('Sectors')}</h3>
                <SectorTags ids={organisation.sectors} />
              </>
            )}
          </section>

          {organisation.figures && organisation.figures.length > 0 && (
            <section className="card" aria-labelledby="figures-heading">
              <h2 id="figures-heading">{t('Figures stated in the sources')}</h2>
              <FigureList figures={organisation.figures} />
            </section>
          )}

          {people.length > 0 && (
            <section className="card" aria-labelledby="people-heading">
              <h2 id="people-heading">{t('People')}</h2>
              <ul className="plain-list">
                {people.map((person) => (
                  <li key={person.id}>
                    <strong className="organisation__people-name" lang={Object.entries(person.names).find(([, n]) => n === person.name)?.[0] ?? guessLanguage(person.name) ?? 'en'}>{person.name}</strong>
                    {Object.entries(person.names)
                      .filter(([, n]) => n !== person.name)
                      .map(([lang, n]) => (
                        <span key={lang} lang={lang} className="native-name">
                          {' '}
                          {n}
                        </span>
                      ))}
                    {person.transliteration && (
                      <span className="muted">
                        {' '}
                        {t('({transliteration}, transliteration added by the atlas)', { transliteration: person.transliteration })}
                      </span>
                    )}
                    {person.role && <Localised as="div" className="muted" value={text('people', person.id, 'role', person.role)} />}
                  </li>
                ))}
              </ul>
            </section>
          )}

          {partners.length > 0 && (
            <section className="card" aria-labelledby="partners-heading">
              <h2 id="partners-heading">{t('Appeared with')}</h2>
              <ul className="plain-list">
                {partners.slice(0, maxCoParticipants).map((partner) => (
                  <li key={partner.id} className="organisation__partner">
                    <OrganisationLink id={partner.id} />
                    <span className="muted">{t('{count, plural, one {# record} other {# records}}', { count: partner.count })}</span>
                  </li>
                ))}
              </ul>
              {partners.length > maxCoParticipants && (
                <p className="muted">{t('and {count} more in its records', { count: partners.length - maxCoParticipants })}</p>
              )}
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
