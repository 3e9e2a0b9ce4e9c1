import type { Figure } from './types.ts';

const qualifierWords: Record<Figure['qualifier'], string> = {
  exactly: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  about: 'about ',
  nearly: 'nearly ',
};

/** A stated figure worded as the text hedges it: "more than 30 Finnish enterprises". */
export function formatFigure(figure: Figure): string {
  return `${qualifierWords[figure.qualifier]}${figure.value.toLocaleString('en')} ${figure.counts}`;
}
