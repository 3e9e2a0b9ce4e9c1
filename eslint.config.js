import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One import direction: domain → store → components → routes → app.
 * A layer may import from the layers before it, never from those after it.
 */
const layers = ['domain', 'store', 'components', 'routes', 'app'];
const forbidLaterLayers = (layer) => {
  const later = layers.slice(layers.indexOf(layer) + 1);
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
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
          ],
        },
      ],
    },
  },
);
