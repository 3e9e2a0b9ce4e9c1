/**
 * Message extraction and the catalogue check. Every `t('…')` and `msg('…')` call in src/ with a literal
 * message is an interface message (src/domain/i18n/messages.ts). src/domain/i18n/messages.en.json must list exactly
 * those, and messages.zh-Hans.json must translate exactly those, each with the same placeholders.
 *
 *   npm run i18n:extract        rewrites en.json, and adds an empty entry to zh-Hans.json for each new
 *                               message (and drops the unused ones), then reports what is left to do
 *   tsx src/tools/check/messageCatalogues.ts --check     only reports; exits 1 on any problem
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { compileMessage } from '@lingui/message-utils/compileMessage';

export const catalogueDir = 'src/domain/i18n';
const translatedLocales = ['zh-Hans'] as const;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'tools' && dir === 'src' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

export interface ExtractedMessage {
  message: string;
  /** file:line of each use. */
  origins: string[];
}

/** Every literal message passed to t() or msg() in the files under `root` (src/tools excluded). */
export function extractMessages(root = 'src'): Map<string, ExtractedMessage> {
  const found = new Map<string, ExtractedMessage>();
  for (const file of sourceFiles(root)) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/\b(?:t|msg)\(/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && (node.expression.text === 't' || node.expression.text === 'msg')) {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          const entry = found.get(first.text) ?? { message: first.text, origins: [] };
          entry.origins.push(`${file}:${line}`);
          found.set(first.text, entry);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The argument names an ICU message uses ("{count, plural, …}" → count). */
export function messageArguments(message: string): string[] {
  const names = new Set<string>();
  // Compiled: a list of text and [name] or [name, type, { case: compiled }] elements.
  const walk = (compiled: unknown) => {
    if (!Array.isArray(compiled)) return;
    for (const element of compiled) {
      if (!Array.isArray(element)) continue;
      if (typeof element[0] === 'string') names.add(element[0]);
      const cases = element[2] as Record<string, unknown> | undefined;
      if (cases && typeof cases === 'object') for (const value of Object.values(cases)) walk(value);
    }
  };
  walk(compileMessage(message));
  return [...names].sort();
}

const readCatalogue = (locale: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(catalogueDir, `messages.${locale}.json`), 'utf8')) as Record<string, string>;

const writeCatalogue = (locale: string, messages: Record<string, string>) =>
  fs.writeFileSync(path.join(catalogueDir, `messages.${locale}.json`), `${JSON.stringify(messages, null, 2)}\n`);

/** Problems with the catalogues against the messages in the code; empty when all is well. */
export function catalogueProblems(extracted = extractMessages(), read = readCatalogue): string[] {
  const problems: string[] = [];
  const english = read('en');
  for (const [message, { origins }] of extracted) {
    if (!(message in english)) problems.push(`messages.en.json is missing "${message}" (used at ${origins[0]}): run npm run i18n:extract`);
    try {
      messageArguments(message);
    } catch (error) {
      problems.push(`"${message}" (${origins[0]}) is not valid ICU MessageFormat: ${(error as Error).message}`);
    }
  }
  for (const message of Object.keys(english)) {
    if (!extracted.has(message)) problems.push(`messages.en.json has "${message}", which no code uses: run npm run i18n:extract`);
  }
  for (const locale of translatedLocales) {
    const catalogue = read(locale);
    for (const message of extracted.keys()) {
      const translation = catalogue[message];
      if (translation === undefined || translation.trim() === '') {
        problems.push(`messages.${locale}.json has no translation of "${message}"`);
        continue;
      }
      try {
        const expected = messageArguments(message).join(', ');
        const actual = messageArguments(translation).join(', ');
        if (expected !== actual) problems.push(`messages.${locale}.json: "${message}" has placeholders {${expected}}, its translation {${actual}}`);
      } catch (error) {
        problems.push(`messages.${locale}.json: the translation of "${message}" is not valid ICU MessageFormat: ${(error as Error).message}`);
      }
    }
    for (const message of Object.keys(catalogue)) {
      if (!extracted.has(message)) problems.push(`messages.${locale}.json translates "${message}", which no code uses`);
    }
  }
  return problems;
}

/** Rewrites en.json from the code; adds empty entries for new messages to each translation and drops unused ones. */
export function writeCatalogues(extracted = extractMessages()): void {
  const messages = [...extracted.keys()].sort();
  writeCatalogue('en', Object.fromEntries(messages.map((m) => [m, m])));
  for (const locale of translatedLocales) {
    const old = readCatalogue(locale);
    writeCatalogue(locale, Object.fromEntries(messages.map((m) => [m, old[m] ?? ''])));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!process.argv.includes('--check')) writeCatalogues();
  const problems = catalogueProblems();
  for (const problem of problems) console.log(`  ${problem}`);
  console.log(problems.length === 0 ? 'message catalogues: complete' : `message catalogues: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
