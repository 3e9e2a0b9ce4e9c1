/**
 * `npm run data:check`: validate a data folder (default `data/`, or DATA_DIR) and list every error,
 * including those of its translations (`translations/<lang>.json`: orphan, missing or stale entries).
 */
import { formatValidationError } from '../../domain/records/index.ts';
import { validateDataDir } from '../readDataDir.ts';
import { checkTranslationsDir } from './translationCheck.ts';

const dataDir = process.argv[2] ?? process.env.DATA_DIR ?? 'data';
const { errors, dataset, content } = validateDataDir(dataDir);
const translations = checkTranslationsDir(dataDir, dataset);
const problems = [...content.readErrors, ...errors.map(formatValidationError), ...translations.flatMap((check) => check.problems)];

if (problems.length > 0) {
  console.error(`data:check found ${problems.length} error(s) in ${dataDir}/:`);
  for (const line of problems) console.error(`  ${line}`);
  process.exit(1);
}

const counts = Object.entries(dataset)
  .map(([name, items]) => `${(items as unknown[]).length} ${name}`)
  .join(', ');
const translated = translations.map((check) => `; ${check.label}: ${check.upToDate} fields up to date`).join('');
console.log(`data:check ok (${dataDir}/): ${counts}${translated}`);
