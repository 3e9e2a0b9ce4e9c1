/**
 * When each record last changed, from the git history of the data files: every commit on the current
 * branch's first-parent line (a merge counts when it lands, so parallel branches do not interleave) that touched
 * data/<file>.json is read (git show), oldest first, and compared record by record
 * (lastChangeTimes). A record whose working-tree JSON differs from the last commit (an uncommitted
 * edit) gets the file's modification time.
 *
 * Without full history (no git, data outside the repository, or a shallow clone whose history
 * is cut off) there is no honest per-record answer: then every record gets its data file's
 * modification time, and the feeds' subtitle says so.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { datasetFileNames } from '../../domain/records/index.ts';
import { kindFiles } from '../kindFiles.ts';
import { historyKey, lastChangeTimes, type DataFileVersion, type RecordChangeTimes } from '../../domain/publish/feeds/index.ts';

export interface RecordHistory {
  changeTimes: RecordChangeTimes;
  /** The newest change time of all, for a feed with no entries. */
  latest: string;
  /** How the times were found, in one sentence for the feeds' subtitle. */
  basis: string;
  fromGit: boolean;
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

type Records = Array<{ id: string }>;

/** "events.json", …: the file names history keys use. */
const dataFiles = datasetFileNames.map((name) => `${name}.json`);

const isoOf = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');

function readRecords(text: string): Records {
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? (parsed as Records).filter((r) => typeof r?.id === 'string') : [];
}

function fileTimesOnly(dataDir: string, basis: string): RecordHistory {
  const changeTimes: RecordChangeTimes = new Map();
  let latest = '';
  for (const name of datasetFileNames) {
    // A kind split into parts (kindFiles.ts): each record gets its own part's time, under the kind's key.
    for (const file of kindFiles(dataDir, name).files) {
      const time = isoOf(fs.statSync(file).mtimeMs);
      if (time > latest) latest = time;
      for (const record of readRecords(fs.readFileSync(file, 'utf8'))) changeTimes.set(historyKey(`${name}.json`, record.id), time);
    }
  }
  return { changeTimes, latest: latest || isoOf(Date.now()), basis, fromGit: false };
}

function* gitVersions(repo: string, dataDir: string): Generator<DataFileVersion> {
  for (const name of dataFiles) {
    const file = path.relative(repo, path.resolve(dataDir, name)).split(path.sep).join('/');
    const log = git(repo, ['log', '--first-parent', '--reverse', '--format=%H %cI', '--', file]).trim();
    for (const line of log ? log.split('\n') : []) {
      const [commit, time] = line.split(' ') as [string, string];
      let text: string;
      try {
        text = git(repo, ['show', `${commit}:${file}`]);
      } catch {
        // The commit deleted the file: its records are gone until a later version brings them back.
        text = '[]';
      }
      yield { time: new Date(time).toISOString().replace(/\.000Z$/, 'Z'), file: name, records: readRecords(text) };
    }
  }
}

export function recordHistory(dataDir: string): RecordHistory {
  const fallbackBasis =
    'Entry dates are when the data file holding the record was last written: the git history of the data was not available to this build.';
  let repo: string;
  try {
    repo = git(path.resolve(dataDir), ['rev-parse', '--show-toplevel']).trim();
    if (git(repo, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return fileTimesOnly(dataDir, fallbackBasis.replace('was not available', 'is cut short (a shallow clone) in'));
  } catch {
    return fileTimesOnly(dataDir, fallbackBasis);
  }
  const changeTimes = lastChangeTimes(gitVersions(repo, dataDir));
  // Uncommitted edits: the working tree's record differs from its last committed version.
  const committed = new Map<string, string>();
  for (const name of dataFiles) {
    const file = path.join(dataDir, name);
    if (!fs.existsSync(file)) continue;
    const relative = path.relative(repo, path.resolve(file)).split(path.sep).join('/');
    let headText = '[]';
    try {
      headText = git(repo, ['show', `HEAD:${relative}`]);
    } catch {
      // Not committed at all yet.
    }
    for (const record of readRecords(headText)) committed.set(historyKey(name, record.id), JSON.stringify(record));
    const mtime = isoOf(fs.statSync(file).mtimeMs);
    for (const record of readRecords(fs.readFileSync(file, 'utf8'))) {
      const key = historyKey(name, record.id);
      if (committed.get(key) !== JSON.stringify(record)) changeTimes.set(key, mtime);
    }
  }
  const latest = [...changeTimes.values()].reduce((a, b) => (b > a ? b : a), '');
  return {
    changeTimes,
    latest: latest || isoOf(Date.now()),
    basis: 'Entry dates are when each record last changed in the data, read from the git history of the data files.',
    fromGit: true,
  };
}
