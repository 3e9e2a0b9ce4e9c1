/**
 * A plain static file server for the built site, with no rewrite rules: what most static
 * hosts do. A path with no file gets dist/404.html with status 404 (vite preview, by contrast,
 * answers every path with index.html, which would hide a missing page). Responses are
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
const notFoundPage = path.join(dir, '404.html');
const compress = compression();

const server = http.createServer((req, res) => {
  const notFound = () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(fs.existsSync(notFoundPage) ? fs.readFileSync(notFoundPage) : 'Not found');
  };
  const url = req.url ?? '/';
  const [pathname, query] = url.split(/\?(.*)/s);
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
