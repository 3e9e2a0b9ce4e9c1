/**
 * A plain static file server for the built site, with no rewrite rules: what most static
 * hosts do. A path with no file gets the nearest 404.html up its folders with status 404, as
 * Cloudflare Pages does (so /zh/… gets the Chinese zh/404.html, anything else 404.html); vite
 * preview, by contrast, answers every path with index.html, which would hide a missing page. Responses are
 * compressed when the browser accepts it, as hosts do (and Lighthouse expects).
 *
 *   tsx src/tools/testing/staticServer.ts [--port 4174] [--dir dist] [--base /]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { parseFlags } from '../cliArgs.ts';

const flags = parseFlags(
  process.argv.slice(2),
  { port: { type: 'string' }, dir: { type: 'string' }, base: { type: 'string' } },
  'usage: tsx src/tools/testing/staticServer.ts [--port 4174] [--dir dist] [--base /]',
);
const port = Number(flags.port ?? 4174);
const dir = path.resolve(flags.dir ?? 'dist');
const base = flags.base ?? process.env.BASE_PATH ?? '/';
const serveFiles = sirv(dir, { dev: false, etag: true, dotfiles: false });
const compress = compression();

/** The 404.html nearest to a site path (relative to the base), walking up its folders to the root. */
function notFoundPageFor(sitePath: string): string | null {
  const folders = sitePath.split('/').filter(Boolean);
  for (let depth = folders.length; depth >= 0; depth -= 1) {
    const candidate = path.join(dir, ...folders.slice(0, depth), '404.html');
    if (candidate.startsWith(dir) && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  const [pathname, query] = url.split(/\?(.*)/s);
  const notFound = () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    let sitePath = '';
    try {
      sitePath = pathname!.startsWith(base) ? decodeURIComponent(pathname!.slice(base.length)) : '';
    } catch {
      // A malformed escape: the root's page.
    }
    const page = notFoundPageFor(sitePath);
    res.end(page ? fs.readFileSync(page) : 'Not found');
  };
  if (base !== '/' && pathname === base.replace(/\/$/, '')) {
    res.writeHead(301, { Location: `${base}${query ? `?${query}` : ''}` });
    res.end();
    return;
  }
  if (!url.startsWith(base)) return notFound();
  // Mount the folder at the base path, as a host serving the site under a sub-path would.
  req.url = `/${url.slice(base.length)}`;
  compress(req as never, res as never, () => serveFiles(req, res, notFound));
});

server.listen(port, '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
