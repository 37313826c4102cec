// Lint rules, including the import arrows of the house:
// app → ui → map → state → worker → data → domain (worker: the thread edge, its protocols and codecs).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layers = ['domain', 'data', 'worker', 'state', 'map', 'ui', 'app'];
const external = {
  domain: ['react', 'react-dom', 'maplibre-gl', '@deck.gl/*', 'zustand', 'zustand/*'],
  data: ['react', 'react-dom', 'maplibre-gl', '@deck.gl/*', 'zustand', 'zustand/*'],
  worker: ['react', 'react-dom', 'maplibre-gl', '@deck.gl/*', 'zustand', 'zustand/*'],
  state: ['maplibre-gl', '@deck.gl/*'],
  map: [],
  ui: [],
  app: [],
};

/** Each layer may import itself and the layers below it, never the ones above. */
const boundaryRules = layers.map((layer, index) => {
  const above = layers.slice(index + 1);
  const patterns = above.map((name) => ({
    group: [`**/${name}/*`, `**/${name}`],
    message: `src/${layer} must not import from src/${name} (house arrows: app → ui → map → state → worker → data → domain).`,
  }));
  const forbiddenPackages = external[layer].map((name) => ({
    group: [name],
    message: `src/${layer} stays free of ${name}.`,
  }));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...patterns, ...forbiddenPackages] }],
    },
  };
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'bench/.out', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  ...boundaryRules,
);
