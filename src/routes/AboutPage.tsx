import { Link, useLoaderData } from 'react-router';
import { listInWords, type CoverageFile } from '../domain/dataset/index.ts';
import { agreementStatusExplanations, agreementStatuses, recordStatusExplanations } from '../domain/records/index.ts';
import { sourceKindLabels } from '../domain/records/index.ts';
import { Localised, useLocale, usePaths, usePhrase, useSourceTitle, useT, useVocabulary } from '../components/i18n/index.ts';
import './AboutPage.css';

/**
 * Scope and method: what the atlas covers (counted from the data at build time, loaded from
 * data/coverage.json by aboutLoader), how it is made, and how far to trust it.
 */
export function AboutPage() {
  const { coverage, sources } = useLoaderData() as CoverageFile;
  const t = useT();
  const locale = useLocale();
  const paths = usePaths();
  const words = useVocabulary();
  const phrase = usePhrase();
  const sourceTitle = useSourceTitle();
  const { records, years } = coverage;
  // English lists read "A, B and C"; Chinese lists use the enumeration comma.
  const list = (items: readonly string[]) => (locale === 'en' ? listInWords(items) : items.join('、'));
  // Between two whole sentences: a space in English, none after a Chinese full stop.
  const betweenSentences = locale === 'en' ? ' ' : '';
  return (
    <article className="about-page">
      <title>{t('{title} · Trade Mission Atlas', { title: t('About: scope and method') })}</title>
      <header className="page-header">
        <h1>{t('About: scope and method')}</h1>
        <p className="page-header__lede">
          {t('What the atlas covers, how its records are made and checked, and what its words mean, so you can judge how far to trust a record before you cite it.')}
        </p>
      </header>

      <section aria-labelledby="about-coverage">
        <h2 id="about-coverage">{t('What the atlas covers')}</h2>
        <p>{t('These figures are counted from the data each time the site is built.')}</p>
        <dl className="about-page__figures">
          <div>
            <dt>{t('Articles')}</dt>
            <dd>
              {t('{count, plural, one {# article} other {# articles}}, in {languages}.', { count: coverage.articles, languages: list(coverage.languages.map(words.language)) })}{' '}
              <Link to={paths.sources()}>{t('See every source')}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('Records')}</dt>
            <dd>
              {t(
                '{events, plural, one {# event} other {# events}}, {delegations, plural, one {# delegation} other {# delegations}} and {agreements, plural, one {# agreement} other {# agreements}}, naming {organisations, plural, one {# organisation} other {# organisations}}.',
                { events: records.events, delegations: records.delegations, agreements: records.agreements, organisations: coverage.organisations },
              )}
            </dd>
          </div>
          <div>
            <dt>{t('Years')}</dt>
            <dd>
              {years === null
                ? t('No record states a year.')
                : years.first === years.last
                  ? t('{year}.', { year: String(years.first) })
                  : t('{first} to {last}.', { first: String(years.first), last: String(years.last) })}
              {coverage.undated > 0 && betweenSentences}
              {coverage.undated > 0 &&
                t(
                  '{count, plural, one {For # record the source does not state the year.} other {For # records the sources do not state the year.}}',
                  { count: coverage.undated },
                )}
            </dd>
          </div>
          <div>
            <dt>{t('Places')}</dt>
            <dd>
              {coverage.placeCities.length > 0
                ? t('Records took place in {countries}, in the cities of {cities}. Participants came from more countries than these.', {
                    countries: list(coverage.placeCountries.map(words.country)),
                    cities: list(coverage.placeCities.map((city) => phrase(city).text)),
                  })
                : t('Records took place in {countries}. Participants came from more countries than these.', { countries: list(coverage.placeCountries.map(words.country)) })}
            </dd>
          </div>
        </dl>
        <p>
          {t('The atlas is only as wide as its articles: a mission no article reports is not here, and the counts say nothing about trade missions in general.')}
        </p>
      </section>

      <section aria-labelledby="about-method">
        <h2 id="about-method">{t('How records are extracted and checked')}</h2>
        <p>
          {t('People read each article and write down the events, delegations, agreements, organisations and people it reports. Every record carries the exact words of the article it rests on: its evidence quotes. A record never says more than its quotes: summaries are ours, written in English, and say when only one language version of a bilingual article states something. The Chinese pages show our translation of that English, marked as a translation; the quotes stay in their own language.')}
        </p>
        <p>
          {t('A program checks the data every time the site is built: each quote must occur character for character in the stored article; ids, references, dates and country codes must be valid; each translation must have been made from the English as it reads now. A person reviews what a program cannot see, such as whether a status is worded no stronger than the text.')}
        </p>
      </section>

      <section aria-labelledby="about-statuses">
        <h2 id="about-statuses">{t('What each status means')}</h2>
        <h3>{t('Events and delegations')}</h3>
        <ul>
          <li>{t(recordStatusExplanations['took-place'])}</li>
          <li>
            {t(recordStatusExplanations.planned)}
            {betweenSentences}
            {t('It stays planned until a source reports that it happened.')}
          </li>
        </ul>
        <h3>{t('Agreements, strongest first')}</h3>
        <ul>
          {agreementStatuses.map((status) => (
            <li key={status}>{t(agreementStatusExplanations[status])}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-inferred">
        <h2 id="about-inferred">{t('What “inferred” means')}</h2>
        <p>
          {t('An organisation’s country is marked inferred when we deduced it rather than read it: a municipal bureau in Chengdu is in China although the article does not say “China”. Where an article states the country, it is not marked. Inferred countries are left out of the data other sites read from our pages.')}
        </p>
        <p>
          {t('Names work the same way: a name is printed in the article, or marked as our translation or our transliteration when the article gives it only in another script.')}
        </p>
      </section>

      <section aria-labelledby="about-dates">
        <h2 id="about-dates">{t('How dates are known')}</h2>
        <p>
          {t('A date is shown at the precision the article gives it, no finer: “4 Dec 2025”, “Sep 2025” or “2019”. When the article does not state the date in full next to the fact, the record says how we know it, quoting the text: the dateline, a year stated for a related event, or arithmetic the text invites. We never take a year from outside the article or from today’s date.')}
        </p>
        <p>
          {t('When no year is stated, the record says so (“March — year not stated”) and is listed after all dated records. A date range leaves such records out and says how many; you can choose to include them.')}
        </p>
      </section>

      <section aria-labelledby="about-sources">
        <h2 id="about-sources">{t('The kinds of source')}</h2>
        <p>
          {t('Not every source is a news report. Some are press releases carried by a wire service, some are uploads to a platform by one of its users, and some name no outlet at all. Each source’s page says what it is, who published it where the text says so, and when.')}
        </p>
        <ul className="about-page__sources">
          {sources.map((source) => (
            <li key={source.id}>
              <Link to={paths.source(source.id)}>
                <Localised value={sourceTitle(source)} />
              </Link>
              <span className="muted">
                {' '}
                —{' '}
                {t('{kind}; {outlet}; {languages}; {published}', {
                  kind: t(sourceKindLabels[source.kind]),
                  outlet: source.outlet ? phrase(source.outlet).text : t('no outlet named'),
                  languages: locale === 'en' ? source.languages.map(words.language).join(' and ') : source.languages.map(words.language).join('、'),
                  published: source.published.date ? t('published {date}', { date: words.partialDate(source.published.date) }) : t('date not stated'),
                })}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-limits">
        <h2 id="about-limits">{t('Known limits')}</h2>
        <ul>
          <li>
            {t('{count, plural, one {# article cannot show trends} other {# articles cannot show trends}}: a busy year in the atlas may only mean a long article about that year.', {
              count: coverage.articles,
            })}
          </li>
          <li>{t('An article reports what its publisher chose to report; press releases speak for those who issued them.')}</li>
          <li>{t('A record counts for the country it took place in and for the countries its participants came from. The origin and host filters ask each question on its own.')}</li>
          <li>{t('Planned events stay planned until an article reports them as held, even when their date has passed.')}</li>
          <li>
            {t('Some Chinese text carries pinyin readings left by a converter, such as 醫(yī)院; quotes keep them as printed and a cleaned reading is shown beside them.')}
          </li>
        </ul>
      </section>

      <section aria-labelledby="about-errors">
        <h2 id="about-errors">{t('How to report an error')}</h2>
        <p>
          {t('If a record says something its article does not, or misses something it does, tell the team that publishes this atlas. Send the link to the record (the Copy link button gives it), the quote concerned, and what the article says instead. A correction changes the data and its quotes, never the article, which is stored unchanged.')}
        </p>
      </section>
    </article>
  );
}
