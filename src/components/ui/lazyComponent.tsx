import { use, type ComponentType } from 'react';

/** Components made by lazyComponent, for the prerenderer: it loads them all before rendering a page. */
const registry: Array<{ module: string; load: () => Promise<unknown> }> = [];
/** Modules of lazy components rendered since the last takeRenderedLazyModules(). */
const rendered = new Set<string>();

/**
 * A component whose code is its own chunk, loaded the first time it renders (for code only some pages
 * need, such as the windowing library for long lists). Render it inside a <Suspense> boundary: in the
 * browser a first render suspends until the chunk is there, and hydration leaves the prerendered markup
 * of that boundary in place until then. Once loaded it renders synchronously, which the prerenderer's
 * renderToString needs (it calls loadLazyComponents() first).
 *
 * `module` is the loaded file's path from the project root: it names the chunk in Vite's build manifest,
 * so the prerenderer can preload it on the pages that render it.
 */
export function lazyComponent<P extends object>(module: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  registry.push({ module, load: start });
  function Lazy(props: P) {
    rendered.add(module);
    const Component = loaded ?? use(start());
    return <Component {...props} />;
  }
  Lazy.displayName = `Lazy(${module})`;
  return Lazy;
}

/** For the prerenderer: load every lazy component defined so far, so none suspends in renderToString. */
export async function loadLazyComponents(): Promise<void> {
  await Promise.all(registry.map((entry) => entry.load()));
}

/** For the prerenderer: the modules of the lazy components rendered since the last call (the page's extra chunks). */
export function takeRenderedLazyModules(): string[] {
  const modules = [...rendered];
  rendered.clear();
  return modules;
}
