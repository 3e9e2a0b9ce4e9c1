import { Link } from 'react-router';
import { CopyLinkButton } from '../../components/export/index.ts';
import { NativeNames } from '../../components/facts/index.ts';
import { FigureList } from '../../components/records/index.ts';
import { EvidenceList } from '../../components/sources/index.ts';
import { RecordTimeline } from '../../components/timeline/index.ts';
import { seriesEditions } from '../../domain/dataset/index.ts';
import { Localised } from '../../components/i18n/index.ts';
import { useRecordPage } from '../../components/records/index.ts';

/** A recurring series (the Culture Season, the Industrial Dialogue): what the texts say of it, and its editions in order. */
export function SeriesPage() {
  const page = useRecordPage('series');
  if (!page) return null;
  const { record: series, id, index, paths, t, words, field } = page;
  const editions = seriesEditions(index, id);

  return (
    <article className="series">
      <title>{t('{title} · Trade Mission Atlas', { title: field('title', series.title).text })}</title>
      <header className="page-header">
        <p className="page-header__eyebrow">{t('Series of events')}</p>
        <h1>
          <Localised value={field('title', series.title)} />
        </h1>
        <NativeNames names={series.names} title={series.title} />
        {series.since && (
          <p className="series__since">
            {t('Held since {date}, as the source states.', { date: words.partialDate(series.since) })}
          </p>
        )}
        <Localised as="p" className="page-header__lede" value={field('summary', series.summary)} />
        <div className="button-row">
          <Link className="button button--primary" to={paths.timeline({ q: series.title })}>
            {t('Search the timeline for it')}
          </Link>
          <CopyLinkButton />
        </div>
      </header>
      <div className="detail-grid">
        <div>
          <section aria-labelledby="editions-heading">
            <h2 id="editions-heading">
              {t('Editions in the atlas')} <span className="muted">{t('({count}, oldest first)', { count: editions.length })}</span>
            </h2>
            <RecordTimeline records={editions} groupHeadingLevel={3} />
          </section>
          <EvidenceList evidence={series.evidence} heading={t('What the sources say')} />
        </div>
        {series.figures && series.figures.length > 0 && (
          <aside aria-label={t('Figures')}>
            <section className="card" aria-labelledby="figures-heading">
              <h2 id="figures-heading">{t('Figures stated in the source')}</h2>
              <FigureList figures={series.figures} />
            </section>
          </aside>
        )}
      </div>
    </article>
  );
}
