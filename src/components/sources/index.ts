/**
 * The articles: source cards and facts, the article text with cited passages, evidence lists and the records
 * citing a source. Other folders import from this file only.
 */
export { ArticleText } from './ArticleText.tsx';
export { CitingRecordsList } from './CitingRecordsList.tsx';
export { EvidenceList } from './EvidenceList.tsx';
export { SourceCard } from './SourceCard.tsx';
export { SourceFacts } from './SourceFacts.tsx';
