/**
 * Compiles the interface message catalogues (src/domain/i18n/messages.<locale>.json, ICU MessageFormat)
 * into Lingui's compiled form when Vite loads them, for the build, the prerenderer, the dev server
 * and the tests alike: the browser then needs no message parser. An English message that compiles
 * to its own text is left out (the runtime shows the id itself).
 */
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const cataloguePattern = /[\\/]src[\\/]domain[\\/]i18n[\\/]messages\.([A-Za-z-]+)\.json(?:\?.*)?$/;

export function compileCatalogue(locale: string, messages: Record<string, string>): Record<string, unknown> {
  const compiled: Record<string, unknown> = {};
  for (const [id, message] of Object.entries(messages)) {
    const value = compileMessage(message);
    // Plain text compiles to ["text"]: keep it as a string, which the runtime shows as it is.
    const plain = Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : undefined;
    if (locale === 'en' && plain === id) continue;
    compiled[id] = plain ?? value;
  }
  return compiled;
}

export function messageCataloguePlugin(): Plugin {
  return {
    name: 'trade-mission-atlas:message-catalogues',
    // Before Vite's JSON plugin, which then turns the compiled JSON into a module.
    enforce: 'pre',
    transform(code, id) {
      const match = cataloguePattern.exec(id);
      if (!match) return undefined;
      return { code: JSON.stringify(compileCatalogue(match[1]!, JSON.parse(code) as Record<string, string>)), map: null };
    },
  };
}
