/**
 * Builds the site a second time as it would be hosted under a sub-path (/atlas/), into
 * dist-subpath/, so the end-to-end tests can check that every link, asset and data file
 * follows BASE_PATH.
 */
import { spawnSync } from 'node:child_process';

export const subpathBase = '/atlas/';
export const subpathOutDir = 'dist-subpath';

const env = { ...process.env, BASE_PATH: subpathBase, OUT_DIR: subpathOutDir };
for (const [command, args] of [
  ['npx', ['vite', 'build', '--outDir', subpathOutDir, '--emptyOutDir', '--logLevel', 'warn']],
  ['npx', ['tsx', 'src/tools/build/prerender.ts']],
] as const) {
  const result = spawnSync(command, [...args], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
