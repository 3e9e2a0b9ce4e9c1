import { Link } from 'react-router';
import { quoteAnchor } from '../../domain/sources/index.ts';
import type { Evidence } from '../../domain/records/index.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { usePaths } from '../i18n/index.ts';

/** The verbatim quotes a record rests on, each linked to its place in the article. */
export function EvidenceList({ evidence, heading = 'Evidence' }: { evidence: readonly Evidence[]; heading?: string }) {
  const paths = usePaths();
  const sourcesById = useDatasetStore((s) => s.index?.sourcesById);
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{heading}</h2>
      <ol className="evidence__list">
        {evidence.map((item, i) => (
          <li key={`${item.source}-${i}`} className="evidence__item">
            <blockquote className="evidence__quote" lang={/[\u3400-\u9fff]/.test(item.quote) ? 'zh-Hant' : undefined}>
              {item.quote}
            </blockquote>
            {item.note && <p className="evidence__note">{item.note}</p>}
            <p className="evidence__source">
              <Link to={paths.source(item.source, quoteAnchor(item.quote))}>
                {sourcesById?.get(item.source)?.title.en ?? item.source}
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
