/**
 * The translators' to-do list: `npx tsx src/tools/translations.ts [dataDir] [--lang zh-Hans] [--json]`
 * lists every required field of every record that has no translation yet, and every translation whose
 * English has changed since (stale), with the English text and the `from` hash a new entry must carry.
 * `--json` prints the same as a JSON array, ready to fill in. Exits 1 when anything is listed.
 */
import { parseArgs } from 'node:util';
import { formatValidationError } from '../../domain/records/index.ts';
import { validateDataDir } from '../readDataDir.ts';
import { checkTranslationsDir } from './translationCheck.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const dataDir = positionals[0] ?? process.env.DATA_DIR ?? 'data';
const { errors, dataset } = validateDataDir(dataDir);
if (errors.length > 0) {
  console.error(`The records have ${errors.length} error(s); fix them first (npm run data:check). First: ${formatValidationError(errors[0]!)}`);
}
const checks = checkTranslationsDir(dataDir, dataset).filter((check) => values.lang === undefined || check.lang === values.lang);
if (checks.length === 0) {
  console.error(`No translations${values.lang ? ` for ${values.lang}` : ''} in ${dataDir}/translations/.`);
  process.exit(1);
}

let listed = 0;
for (const check of checks) {
  if (values.json) {
    console.log(JSON.stringify({ file: check.label, todo: check.todo }, null, 2));
  } else {
    console.log(`${check.label}: ${check.upToDate} up to date, ${check.todo.filter((t) => t.state === 'missing').length} missing, ${check.todo.filter((t) => t.state === 'stale').length} stale`);
    for (const item of check.todo) {
      console.log(`  ${item.state} ${item.file}/${item.id} ${item.field} (from ${item.hash}): ${JSON.stringify(item.english)}`);
      if (item.current !== undefined) console.log(`    current: ${item.current}`);
    }
    const other = check.problems.filter((line) => !/: (missing translation|stale \(English changed\))$/.test(line));
    for (const line of other) console.log(`  problem: ${line}`);
  }
  listed += check.todo.length + check.problems.length;
}
process.exit(listed > 0 ? 1 : 0);
