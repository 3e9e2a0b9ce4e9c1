import { Link, useParams } from 'react-router';
import { CopyLinkButton } from '../components/export/index.ts';
import { CountryLabel } from '../components/ui/index.ts';
import { EvidenceList } from '../components/sources/index.ts';
import { ExportMenu } from '../components/export/index.ts';
import { FigureList } from '../components/records/index.ts';
import { OrganisationLink } from '../components/organisations/index.ts';
import { RecordTimeline, rolesMap } from '../components/timeline/index.ts';
import { SectorTags } from '../components/facts/index.ts';
import { organisationKindLabels } from '../domain/records/index.ts';
import { coParticipants, unitsOf } from '../domain/query/index.ts';
import { paths } from '../domain/paths.ts';
import { useDatasetIndex } from '../store/datasetStore.ts';
import '../components/organisations/OrganisationProfile.css';

const maxCoParticipants = 12;

export function OrganisationPage() {
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
      <title>{`${organisation.name} · Trade Mission Atlas`}</title>
      <header className="page-header">
        <p className="page-header__eyebrow">{organisationKindLabels[organisation.kind]}</p>
        <h1>{organisation.name}</h1>
        {organisation.nameBasis !== 'printed' && (
          <p className="organisation__name-basis">
            {organisation.nameBasis === 'our-translation'
              ? 'This English name is our translation: the articles do not print it.'
              : 'This name is our transliteration: the articles do not print it.'}
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
        <p className="page-header__lede">{organisation.summary}</p>
        <div className="button-row">
          <Link className="button button--primary" to={paths.timeline({ orgs: [id] })}>
            Show on timeline
          </Link>
          <CopyLinkButton />
          {records.length > 0 && <ExportMenu records={records} view={{ kind: 'organisation', organisation }} />}
        </div>
      </header>

      <div className="detail-grid">
        <div>
          <section aria-labelledby="records-heading">
            <h2 id="records-heading">
              Records <span className="muted">({links.length})</span>
            </h2>
            {links.length === 0 ? (
              <p className="muted">The articles name this organisation without linking it to a dated event, delegation or agreement.</p>
            ) : (
              <RecordTimeline records={records} rolesByRecord={rolesMap(links)} groupHeadingLevel={3} />
            )}
          </section>
          <EvidenceList evidence={organisation.evidence} heading="What the sources say" />
        </div>

        <aside className="organisation__aside" aria-label="Details">
          <section className="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">Details</h2>
            <dl className="facts">
              <dt>Country</dt>
              <dd>
                {organisation.country ? (
                  <CountryLabel code={organisation.country} inferred={organisation.countryInferred} />
                ) : (
                  'Not stated'
                )}
              </dd>
              <dt>Kind</dt>
              <dd>{organisationKindLabels[organisation.kind]}</dd>
              {organisation.aliases.length > 0 && (
                <>
                  <dt>Also written</dt>
                  <dd>{organisation.aliases.join('; ')}</dd>
                </>
              )}
              {organisation.parent && (
                <>
                  <dt>Part of</dt>
                  <dd>
                    <OrganisationLink id={organisation.parent} />
                  </dd>
                </>
              )}
              {units.length > 0 && (
                <>
                  <dt>Units</dt>
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
                <h3 className="organisation__subheading">Sectors</h3>
                <SectorTags ids={organisation.sectors} />
              </>
            )}
          </section>

          {organisation.figures && organisation.figures.length > 0 && (
            <section className="card" aria-labelledby="figures-heading">
              <h2 id="figures-heading">Figures stated in the sources</h2>
              <FigureList figures={organisation.figures} />
            </section>
          )}

          {people.length > 0 && (
            <section className="card" aria-labelledby="people-heading">
              <h2 id="people-heading">People</h2>
              <ul className="plain-list">
                {people.map((person) => (
                  <li key={person.id}>
                    <strong>{person.name}</strong>
                    {Object.entries(person.names)
                      .filter(([, n]) => n !== person.name)
                      .map(([lang, n]) => (
                        <span key={lang} lang={lang} className="native-name">
                          {' '}
                          {n}
                        </span>
                      ))}
                    {person.transliteration && (
                      <span className="muted"> ({person.transliteration}, transliteration added by the atlas)</span>
                    )}
                    {person.role && <div className="muted">{person.role}</div>}
                  </li>
                ))}
              </ul>
            </section>
          )}

          {partners.length > 0 && (
            <section className="card" aria-labelledby="partners-heading">
              <h2 id="partners-heading">Appeared with</h2>
              <ul className="plain-list">
                {partners.slice(0, maxCoParticipants).map((partner) => (
                  <li key={partner.id} className="organisation__partner">
                    <OrganisationLink id={partner.id} />
                    <span className="muted">
                      {partner.count} {partner.count === 1 ? 'record' : 'records'}
                    </span>
                  </li>
                ))}
              </ul>
              {partners.length > maxCoParticipants && (
                <p className="muted">and {partners.length - maxCoParticipants} more in its records</p>
              )}
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
