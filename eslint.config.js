import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import fs from 'node:fs';

/**
 * One import direction: domain → store → components → routes → app.
 * A layer may import from the layers before it, never from those after it, and none imports src/tools.
 */
const layers = ['domain', 'store', 'components', 'routes', 'app'];

/**
 * Inside domain and components, each folder's index.ts is its public surface: from outside a folder,
 * import its index, never a file inside it (a folder's own files import each other directly).
 */
const subfolders = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => [e.name, ...subfolders(`${dir}/${e.name}`)]);
const roomNames = [...new Set([...subfolders('src/domain'), ...subfolders('src/components')])];
const noReachingIn = {
  // Climbs out of the importing folder, then names a file inside one of the rooms that is not its index
  // (stylesheets excepted: a page may take a component folder's styles).
  regex: `^\\.\\.?(/\\.\\.)*/(.*/)?(${roomNames.join('|')})/(?!index\\.tsx?$)[^/]+(?<!\\.css)$`,
  message: "Import another folder's public surface (its index.ts), not a file inside it.",
};
const noTools = { regex: '(^|/)tools/', message: 'Application code in src/ never imports from src/tools (Node-side tooling).' };

const forbidLaterLayers = (layer) => {
  const later = layers.slice(layers.indexOf(layer) + 1);
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noReachingIn,
            noTools,
            ...later.map((target) => ({
              regex: `(^|/)${target}/`,
              message: `src/${layer} must not import from src/${target} (import direction: ${layers.join(' → ')}).`,
            })),
            ...(layer === 'domain'
              ? [{ regex: '^(react|react-dom|react-router|zustand)(/|$)', message: 'src/domain is plain TypeScript: no React, router or store.' }]
              : []),
          ],
        },
      ],
    },
  };
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-subpath/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layers.map(forbidLaterLayers),
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Node-side tooling may use domain code, never the UI layers; the prerenderer also
    // loads the app's server entry (through Vite), so it may name that module's types.
    files: ['src/tools/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(store|components|routes)/|(^|/)app/(?!entry-server\\.tsx$)', message: 'src/tools may only import src/domain (and the types of src/app/entry-server.tsx).' },
            { ...noReachingIn, regex: `(^|/)domain/(.*/)?(${roomNames.join('|')})/(?!index\\.tsx?$)[^/]+$` },
          ],
        },
      ],
    },
  },
);
