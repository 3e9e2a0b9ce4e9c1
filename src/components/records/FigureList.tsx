import { usePhrase, useVocabulary } from '../i18n/index.ts';
import type { Figure } from '../../domain/records/index.ts';

/** The numbers the source states, hedged as it hedges them. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  const words = useVocabulary();
  const phrase = usePhrase();
  return (
    <ul className="figure-list">
      {figures.map((figure, i) => (
        <li key={`${figure.counts}-${i}`}>{words.figure({ ...figure, counts: phrase(figure.counts).text })}</li>
      ))}
    </ul>
  );
}
