/**
 * Where a kind's records live in a data folder: one file, `<kind>.json`, or a folder of parts,
 * `<kind>/part-0001.json`, `<kind>/part-0002.json`, … (each a JSON array; the kind's records are the
 * parts' arrays one after the other, in file-name order). Parts exist because V8 cannot hold a
 * string over ~512 MB: at a million records one events.json could be neither written nor read.
 * Every part is read and parsed on its own, so no string ever holds more than one part.
 */
import fs from 'node:fs';
import path from 'node:path';

/** `part-0001.json`: four or more digits, so parts sort by name in the order they were written. */
export const partFilePattern = /^part-\d{4,}\.json$/;

export const partFileName = (n: number) => `part-${String(n).padStart(4, '0')}.json`;

/** Records per part that `data:synth` writes (a kind with no more than this stays one file). */
export const defaultPartSize = 50_000;

export interface KindFiles {
  /** Paths of the kind's files, in reading order; empty when the kind has none. */
  files: string[];
  /** Set when the folder holds both layouts for the kind: neither is read. */
  conflict?: string;
}

export function kindFiles(dataDir: string, name: string): KindFiles {
  const single = path.join(dataDir, `${name}.json`);
  const folder = path.join(dataDir, name);
  const hasSingle = fs.existsSync(single);
  const parts = fs.existsSync(folder) && fs.statSync(folder).isDirectory()
    ? fs.readdirSync(folder).filter((file) => partFilePattern.test(file)).sort().map((file) => path.join(folder, file))
    : [];
  if (hasSingle && parts.length > 0) {
    return { files: [], conflict: `${name}.json and ${name}/part-*.json both exist: keep one of the two layouts` };
  }
  return { files: hasSingle ? [single] : parts };
}

export interface ReadKind {
  /** The records, or undefined when the kind has no file (or its files cannot be read). */
  items?: unknown[];
  errors: string[];
}

/** Reads one kind, part by part; errors name the file (`events/part-0003.json: not valid JSON …`). */
export function readKind(dataDir: string, name: string): ReadKind {
  const { files, conflict } = kindFiles(dataDir, name);
  if (conflict) return { errors: [conflict] };
  if (files.length === 0) return { errors: [] };
  const errors: string[] = [];
  let items: unknown[] | undefined;
  for (const file of files) {
    const label = path.relative(dataDir, file).split(path.sep).join('/');
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push(`${label}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (files.length === 1) return { items: parsed as unknown[], errors };
    if (!Array.isArray(parsed)) {
      errors.push(`${label}: must be a JSON array`);
      continue;
    }
    items ??= [];
    // A loop, not push(...parsed): spreading 50,000 arguments can overflow the stack.
    for (const item of parsed) items.push(item);
  }
  return errors.length > 0 ? { errors } : { items, errors };
}

/** Removes a folder's part files only: `sources/` also holds the article texts. */
function removeParts(folder: string): void {
  if (!fs.existsSync(folder)) return;
  for (const file of fs.readdirSync(folder)) if (partFilePattern.test(file)) fs.rmSync(path.join(folder, file));
  if (fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
}

/**
 * Writes one kind as `<kind>.json` when it has at most `partSize` records, else as parts of
 * `partSize` records; removes the other layout's files so the folder never holds both.
 */
export function writeKind(dataDir: string, name: string, items: readonly unknown[], options: { partSize?: number; pretty?: boolean } = {}): void {
  const partSize = options.partSize ?? defaultPartSize;
  const stringify = (value: unknown) => `${options.pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
  const single = path.join(dataDir, `${name}.json`);
  const folder = path.join(dataDir, name);
  removeParts(folder);
  if (items.length <= partSize) {
    fs.writeFileSync(single, stringify(items));
    return;
  }
  fs.rmSync(single, { force: true });
  fs.mkdirSync(folder, { recursive: true });
  for (let start = 0, n = 1; start < items.length; start += partSize, n += 1) {
    fs.writeFileSync(path.join(folder, partFileName(n)), stringify(items.slice(start, start + partSize)));
  }
}
