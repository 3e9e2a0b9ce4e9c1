import type { ArticleBlock, ArticlePiece, Highlight } from '../../domain/sources/index.ts';
import { CitationRefs } from './CitationRefs.tsx';
import './SourcePage.css';
import { useLocale, useT } from '../i18n/index.ts';

export interface ArticleTextProps {
  blocks: readonly ArticleBlock[];
  highlights: readonly Highlight[];
  /** Reference number of each citing record, by citingRecordKey. */
  numbers: ReadonlyMap<string, number>;
  lang?: string;
  /** The highlight the URL points at. */
  activeHighlight?: number;
}

function Piece({ piece, highlights, numbers, active }: { piece: ArticlePiece; highlights: readonly Highlight[]; numbers: ReadonlyMap<string, number>; active: boolean }) {
  if (piece.type === 'text') return piece.text;
  if (piece.type === 'anchor') return <span id={piece.id} className="quote-anchor" />;
  const highlight = highlights[piece.highlight];
  return (
    <>
      <mark id={piece.id} className={active ? 'quote-mark is-active' : 'quote-mark'} data-highlight={piece.highlight} tabIndex={-1}>
        {piece.parts.map((part, i) =>
          part.type === 'text' ? part.text : <span key={`${part.id}-${i}`} id={part.id} className="quote-anchor" />,
        )}
      </mark>
      {piece.closes && highlight && <CitationRefs records={highlight.records} numbers={numbers} />}
    </>
  );
}

/** The article line by line, its supporting passages highlighted and linked to their records. */
export function ArticleText({ blocks, highlights, numbers, lang, activeHighlight }: ArticleTextProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="article-text" lang={lang}>
      {blocks.map((block) =>
        block.type === 'images' ? (
          <p key={block.line} className="article-text__image" lang={locale}>
            {t('{count, plural, one {[image]} other {[# images]}}', { count: block.count })}
          </p>
        ) : (
          <p key={block.line} lang={block.lang}>
            {block.pieces.map((piece, i) => (
              <Piece
                key={i}
                piece={piece}
                highlights={highlights}
                numbers={numbers}
                active={piece.type === 'mark' && piece.highlight === activeHighlight}
              />
            ))}
          </p>
        ),
      )}
    </div>
  );
}
