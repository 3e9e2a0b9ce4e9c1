import { ensureSourceText } from '../store/datasetStore.ts';
import { recordLoader } from './recordLoader.ts';

/** Waits for the record check, then the article text. */
export async function sourceLoader(args: { params: { id?: string } }) {
  await recordLoader('source')(args);
  await ensureSourceText(args.params.id ?? '');
  return null;
}

export function SourcePage() {
  return <h1>SourcePage</h1>;
}
