import { formatFigure } from '../../domain/records/index.ts';
import type { Figure } from '../../domain/records/index.ts';

/** The numbers the source states, hedged as it hedges them. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  return (
    <ul className="figure-list">
      {figures.map((figure, i) => (
        <li key={`${figure.counts}-${i}`}>{formatFigure(figure)}</li>
      ))}
    </ul>
  );
}
