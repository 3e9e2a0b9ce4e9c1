import { formatFigure } from '../domain/figures.ts';
import type { Figure } from '../domain/types.ts';

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
