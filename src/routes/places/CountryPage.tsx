import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { flowLines, partnerLines, type FlowLine } from '../../domain/flows/index.ts';
import { countryPageRecordLimit } from '../../domain/publish/index.ts';
import { countryFlag } from '../../domain/records/index.ts';
import { defaultFilters } from '../../domain/query/index.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { WorldMap } from '../../components/map/index.ts';
import { RecordTimeline } from '../../components/timeline/index.ts';
import { CountryLabel } from '../../components/ui/index.ts';
import './CountryPage.css';
import { useOrganisationName, usePaths, useT, useVocabulary } from '../../components/i18n/index.ts';

const all = { types: [], excludedTypes: [], first: null, last: null };

/** Everything the atlas has on one country: its records, its flows by partner, its organisations, the map. */
export function CountryPage() {
  const paths = usePaths();
  const t = useT();
  const words = useVocabulary();
  const organisationName = useOrganisationName();
  const code = (useParams().code ?? '').toUpperCase();
  const page = useDatasetStore((s) => s.countryPages[code])!;
  const mapData = useDatasetStore((s) => s.mapData)!;
  const index = useDatasetStore((s) => s.index)!;
  const records = useMemo(() => index.records.filter((r) => r.countries.includes(code)).slice(0, countryPageRecordLimit), [index, code]);
  const lines = useMemo(() => flowLines(mapData.aggregate.flows, all, true).filter((l) => l.origin === code || l.host === code), [mapData, code]);
  const partners = partnerLines(lines, code);
  const name = words.country(code);
  const pairHref = (line: FlowLine) => paths.timeline({ ...defaultFilters, origins: [line.origin], hosts: [line.host] });

  return (
    <div className="country-page">
      <title>{t('{title} · Trade Mission Atlas', { title: name })}</title>
      <header className="page-header">
        <h1>
          <span aria-hidden="true">{countryFlag(code)}</span> {name}
        </h1>
        {page.recordCount > 0 ? (
          <p className="page-header__lede">
            {t('{count, plural, one {# record involves {country}} other {# records involve {country}}}: people or organisations from it took part, or it happened there.', {
              count: page.recordCount,
              country: name,
            })}{' '}
            <Link to={paths.timeline({ countries: [code] })}>{t('See them all on the timeline.')}</Link>{' '}
            <Link to={paths.map({ countries: [code] })}>{t('See them on the map.')}</Link>
          </p>
        ) : (
          <p className="page-header__lede">
            {t('No record in the atlas involves {country}. The articles name organisations from it, listed below.', { country: name })}
          </p>
        )}
      </header>

      <div className="country-page__layout">
        <section aria-labelledby="country-flows">
          <h2 id="country-flows">{t('Flows by partner country')}</h2>
          {partners.length === 0 ? (
            <p>{t('No record links {country} with another country.', { country: name })}</p>
          ) : (
            <table className="country-page__table">
              <thead>
                <tr>
                  <th scope="col">{t('Partner')}</th>
                  <th scope="col" className="country-page__number">
                    {t('From {country}', { country: name })}
                  </th>
                  <th scope="col" className="country-page__number">
                    {t('To {country}', { country: name })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {partners.map((p) => (
                  <tr key={p.partner}>
                    <td>
                      <CountryLabel code={p.partner} />
                    </td>
                    <td className="country-page__number">
                      {p.out > 0 ? <Link to={paths.timeline({ origins: [code], hosts: [p.partner] })}>{p.out}</Link> : 0}
                    </td>
                    <td className="country-page__number">
                      {p.in > 0 ? <Link to={paths.timeline({ origins: [p.partner], hosts: [code] })}>{p.in}</Link> : 0}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2 id="country-organisations">{t('Organisations from {country}', { country: name })}</h2>
          {page.organisations.length === 0 ? (
            <p>{t('The articles name no organisation from {country}.', { country: name })}</p>
          ) : (
            <ol className="country-page__organisations">
              {page.organisations.slice(0, 100).map(([id, count]) => {
                const organisation = index.organisationsById.get(id);
                return (
                  <li key={id}>
                    <Link to={paths.organisation(id)}>{organisation ? organisationName(organisation).text : id}</Link>{' '}
                    <span className="country-page__count">
                      {count === 0 ? t('in no record') : t('{count, plural, one {# record} other {# records}}', { count })}
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <section aria-labelledby="country-map">
          <h2 id="country-map">{t('On the map')}</h2>
          <WorldMap
            geometry={mapData.geometry}
            shading={new Map(lines.flatMap((l) => [[l.origin === code ? l.host : l.origin, l.total] as [string, number]]))}
            lines={lines}
            places={new Map()}
            focus={code}
            arcHref={pairHref}
            countryHref={paths.country}
            label={t('World map of the flows to and from {country}', { country: name })}
          />
        </section>
      </div>

      {records.length > 0 && (
        <section aria-labelledby="country-records">
          <h2 id="country-records">
            {page.recordCount > records.length ? t('The latest {shown} of {total} records', { shown: records.length, total: page.recordCount }) : t('Records')}
          </h2>
          <RecordTimeline records={records} />
        </section>
      )}
    </div>
  );
}
