import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordHistory } from '../../../src/tools/build/gitRecordHistory.ts';
import { fixtureDataset } from '../../fixtures/dataset.ts';
import { writeDataDir } from '../../fixtures/writeDataDir.ts';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

describe('recordHistory', () => {
  it('dates each record by the last commit that changed it, and an uncommitted edit by the file time', () => {
    const dataset = fixtureDataset();
    const dir = writeDataDir(dataset);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e.org', 'commit', '-qm', 'first'], { cwd: dir, env: { ...process.env, GIT_COMMITTER_DATE: '2025-01-01T10:00:00Z', GIT_AUTHOR_DATE: '2025-01-01T10:00:00Z' } });
    const [first, second] = dataset.events as Array<{ id: string; summary: string }>;
    first!.summary = 'Changed in the second commit.';
    fs.writeFileSync(path.join(dir, 'events.json'), JSON.stringify(dataset.events, null, 2));
    git(dir, 'add', '.');
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e.org', 'commit', '-qm', 'second'], { cwd: dir, env: { ...process.env, GIT_COMMITTER_DATE: '2025-03-01T10:00:00Z', GIT_AUTHOR_DATE: '2025-03-01T10:00:00Z' } });

    let history = recordHistory(dir);
    expect(history.fromGit).toBe(true);
    expect(history.changeTimes.get(`events.json:${first!.id}`)).toBe('2025-03-01T10:00:00Z');
    expect(history.changeTimes.get(`events.json:${second!.id}`)).toBe('2025-01-01T10:00:00Z');
    expect(history.changeTimes.get(`organisations.json:${dataset.organisations[0]!.id}`)).toBe('2025-01-01T10:00:00Z');

    second!.summary = 'Edited, not committed.';
    fs.writeFileSync(path.join(dir, 'events.json'), JSON.stringify(dataset.events, null, 2));
    const mtime = new Date(Math.floor(fs.statSync(path.join(dir, 'events.json')).mtimeMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    history = recordHistory(dir);
    expect(history.changeTimes.get(`events.json:${second!.id}`)).toBe(mtime);
    expect(history.changeTimes.get(`events.json:${first!.id}`)).toBe('2025-03-01T10:00:00Z');
  });

  it('falls back to the data files’ times without git history, and says so', () => {
    const dir = writeDataDir();
    const history = recordHistory(dir);
    expect(history.fromGit).toBe(false);
    expect(history.basis).toMatch(/git history of the data was not available/);
    const mtime = new Date(Math.floor(fs.statSync(path.join(dir, 'events.json')).mtimeMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    expect(history.changeTimes.get(`events.json:${fixtureDataset().events[0]!.id}`)).toBe(mtime);
  });
});
