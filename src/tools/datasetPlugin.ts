/**
 * Ships the data as static files next to the app rather than inside the JS bundle:
 * `data/dataset.json` (all records, validated) and `data/sources/<id>.txt` (article texts).
 * The dev server answers the same URLs from the data folder, so dev and build behave alike.
 */
import type { Plugin } from 'vite';
import { formatValidationError } from '../domain/validate.ts';
import { validateDataDir } from './readDataDir.ts';

export const datasetUrlPath = 'data/dataset.json';
export const sourceTextUrlPath = (id: string) => `data/sources/${id}.txt`;

function loadValidated(dataDir: string) {
  const { errors, dataset, content } = validateDataDir(dataDir);
  const problems = [...content.readErrors, ...errors.map(formatValidationError)];
  if (problems.length > 0) {
    throw new Error(`Data in ${dataDir}/ is invalid (run npm run data:check):\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
  return { dataset, sourceTexts: content.sourceTexts };
}

export function datasetPlugin({ dataDir }: { dataDir: string }): Plugin {
  let base = '/';
  return {
    name: 'trade-mission-atlas:dataset',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(`${base}data/`)) return next();
        const rest = url.slice(base.length);
        try {
          const { dataset, sourceTexts } = loadValidated(dataDir);
          if (rest === datasetUrlPath) {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify(dataset));
            return;
          }
          const match = /^data\/sources\/([a-z0-9-]+)\.txt$/.exec(rest);
          const text = match ? sourceTexts.get(match[1]!) : undefined;
          if (text !== undefined) {
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(text);
            return;
          }
          res.statusCode = 404;
          res.end('Not found');
        } catch (error) {
          res.statusCode = 500;
          res.end((error as Error).message);
        }
      });
    },
    generateBundle() {
      const { dataset, sourceTexts } = loadValidated(dataDir);
      this.emitFile({ type: 'asset', fileName: datasetUrlPath, source: JSON.stringify(dataset) });
      for (const [id, text] of sourceTexts) {
        this.emitFile({ type: 'asset', fileName: sourceTextUrlPath(id), source: text });
      }
    },
  };
}
