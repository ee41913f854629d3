import { defineConfig } from 'tsup';

// ESM: one file per source module (every module an entry, shared code split into chunks), so that
// a bundler that imports one function keeps only the modules it needs ("sideEffects": false);
// scripts/check-treeshake.mjs proves it. CJS: one bundled file (CommonJS is not tree-shaken).
// Types: one declaration file per format (index.d.ts, index.d.cts), from src/index.ts.
const common = {
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
} as const;

export default defineConfig([
  {
    ...common,
    entry: ['src/**/*.ts'],
    format: ['esm'],
    splitting: true,
    dts: { entry: 'src/index.ts' },
    clean: true,
  },
  {
    ...common,
    entry: ['src/index.ts'],
    format: ['cjs'],
    splitting: false,
    dts: { entry: 'src/index.ts' },
    clean: false,
  },
]);
