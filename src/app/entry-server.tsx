/**
 * Server rendering for the prerenderer (src/tools/build/prerender.ts): renders one URL of the real
 * route tree with React Router's static APIs, from the data that page's client will load.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { RawDataset } from '../domain/records/index.ts';
import { loadScriptConverter, type Translations } from '../domain/i18n/index.ts';
import type { MapData } from '../domain/flows/index.ts';
import type { CountryPageData } from '../domain/publish/index.ts';
import { resetDatasetStore, useDatasetStore } from '../store/datasetStore.ts';
import { resetTimelineQueries, setTimelineFileSource } from '../store/timelineQueries.ts';
import { routes, type PageHandle } from './routes.tsx';
import { loadLazyComponents, takeRenderedLazyModules } from '../components/ui/index.ts';

export interface PageData {
  /** The whole dataset, or the slice the page's loader fetches. */
  dataset: RawDataset;
  whole: boolean;
  /** The slice key ("organisation:kone") when `whole` is false. */
  sliceKey?: string;
  sourceTexts?: Record<string, string>;
  /** Our translations of the data's English, for a page in another language. */
  translations?: Translations | undefined;
  /** The map's geometry and counts (map and country pages). */
  mapData?: MapData;
  /** A country page's counts and latest records (its `dataset` is their slice). */
  countryPage?: CountryPageData;
  /** The timeline's columnar index, by path (data/timeline/…): its engine reads them here, not over HTTP. */
  timelineFiles?: ReadonlyMap<string, Uint8Array>;
}

export interface RenderedPage {
  status: number;
  /** Elements React hoists to <head> (the page's <title>). */
  head: string;
  body: string;
  /** The router's inline hydration script, or '' when the page is not to be hydrated. */
  hydrationScript: string;
  /** Source paths of the lazily loaded page modules and components this page rendered, whose chunks the browser needs before hydrating. */
  pageModules: string[];
}

const hydrationScriptPattern = /<script>window\.__staticRouterHydrationData = [\s\S]*?<\/script>/;
const leadingHoistables = /^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)+/;

export async function renderPage(pathWithBase: string, data: PageData, options: { basename: string; hydrate: boolean }): Promise<RenderedPage> {
  // The search index folds Traditional and Simplified: the converter must be there before indexing.
  await loadScriptConverter();
  resetDatasetStore();
  resetTimelineQueries();
  const files = data.timelineFiles;
  setTimelineFileSource(
    files
      ? async (file) => {
          const bytes = files.get(file);
          if (!bytes) throw new Error(`The build wrote no ${file}.`);
          return bytes;
        }
      : null,
  );
  const store = useDatasetStore.getState();
  if (data.whole) store.setDataset(data.dataset);
  else store.addSlice(data.sliceKey ?? 'prerender', data.dataset);
  for (const [id, text] of Object.entries(data.sourceTexts ?? {})) store.setSourceText(id, text);
  if (data.translations) useDatasetStore.setState({ translations: data.translations });
  if (data.mapData) useDatasetStore.setState({ mapData: data.mapData });
  if (data.countryPage) useDatasetStore.setState({ countryPages: { [data.countryPage.code]: data.countryPage } });

  const handler = createStaticHandler(routes, { basename: options.basename });
  const context = await handler.query(new Request(new URL(pathWithBase, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`Unexpected redirect while prerendering ${pathWithBase}`);
  // A matched route whose lazy parts are not loaded would render as the loading screen.
  const unloaded = context.matches.find(({ route }) => route.lazy);
  if (unloaded) throw new Error(`Route ${unloaded.route.id} of ${pathWithBase} still has lazy parts to load after the static handler ran.`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // renderToString cannot wait for code: load the on-demand components (the windowed lists) first.
  await loadLazyComponents();
  takeRenderedLazyModules();
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={options.hydrate} />
    </StrictMode>,
  );
  const head = leadingHoistables.exec(html)?.[0] ?? '';
  let body = html.slice(head.length);
  const hydrationScript = hydrationScriptPattern.exec(body)?.[0] ?? '';
  body = body.replace(hydrationScript, '');
  // The page's route modules, and the on-demand components it rendered: the browser needs their code to hydrate.
  const pageModules = [...context.matches.flatMap(({ route }) => (route.handle as PageHandle | undefined)?.module ?? []), ...takeRenderedLazyModules()];
  return { status: context.statusCode, head, body, hydrationScript, pageModules };
}
