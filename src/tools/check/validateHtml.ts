/**
 * Every prerendered HTML file must be valid: html-validate (pure JavaScript, always), and the
 * W3C Nu checker (vnu.jar from the vnu-jar package) wherever Java is installed, as in CI.
 *
 *   tsx src/tools/check/validateHtml.ts [dir=dist]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'dist';

function htmlFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' || entry.name === 'assets' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const files = htmlFiles(dir);
if (files.length === 0) {
  console.error(`No HTML files in ${dir}/: run the build first.`);
  process.exit(1);
}

let failed = false;

const htmlValidate = spawnSync(path.join('node_modules', '.bin', 'html-validate'), ['--formatter', 'codeframe', ...files], { stdio: 'inherit' });
if (htmlValidate.status !== 0) failed = true;
else console.log(`html-validate: ${files.length} files, no errors`);

const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
if (java.error || java.status !== 0) {
  if (process.env.CI) {
    console.error('The W3C Nu checker needs Java, which CI must have (apt-get install default-jre-headless).');
    failed = true;
  } else {
    console.log('vnu: skipped, no Java on this machine (CI runs it)');
  }
} else {
  const jar = path.join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  const vnu = spawnSync('java', ['-jar', jar, '--errors-only', '--exit-zero-always', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // The JSON report goes to stderr: { messages: [{ type, url, lastLine, message }] }.
  type NuMessage = { type: string; url?: string; lastLine?: number; message: string };
  let messages: NuMessage[] | null = null;
  try {
    messages = (JSON.parse(vnu.stderr || vnu.stdout) as { messages: NuMessage[] }).messages;
  } catch {
    messages = null;
  }
  const errors = (messages ?? []).filter((m) => m.type === 'error' || m.type === 'non-document-error');
  if (vnu.status !== 0 || messages === null || errors.length > 0) {
    for (const m of errors) console.error(`${m.url ?? ''}:${m.lastLine ?? ''}: ${m.message}`);
    if (messages === null) console.error(`vnu gave no report (exit ${vnu.status}): ${vnu.stderr || vnu.stdout}`);
    failed = true;
  } else {
    console.log(`vnu (W3C Nu checker): ${files.length} files, no errors`);
  }
}

process.exit(failed ? 1 : 0);
