/**
 * Serves a built site with the project's own static server (src/tools/testing/staticServer.ts: sirv, no
 * rewrites, 404.html for unknown paths) on a private port from 4273 up (4173/4174 are the e2e
 * suite's), as a child process that the benchmark stops when done.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const firstBenchPort = 4273;

const staticServerScript = fileURLToPath(new URL('../testing/staticServer.ts', import.meta.url));

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The first free port at or above `from` (127.0.0.1), skipping those already handed out. */
export async function freePort(from: number, taken: ReadonlySet<number> = new Set()): Promise<number> {
  for (let port = from; port < from + 100; port += 1) {
    if (!taken.has(port) && (await portIsFree(port))) return port;
  }
  throw new Error(`No free port in ${from}–${from + 99} on 127.0.0.1.`);
}

export interface RunningServer {
  origin: string;
  port: number;
  stop: () => Promise<void>;
}

/** Starts the static server for `dir` on `port` and resolves once it answers. */
export function serveSite(dir: string, port: number): Promise<RunningServer> {
  // Node with tsx's loader directly (not the tsx CLI), so there is one process to stop.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', staticServerScript, '--port', String(port), '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The static server for ${dir} did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Serving ')) {
        clearTimeout(timer);
        resolve({ origin: `http://127.0.0.1:${port}`, port, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The static server for ${dir} exited (code ${code}):\n${output}`));
    });
  });
}
