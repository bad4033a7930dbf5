import { defineConfig } from 'tsup';

// the tagger's model files (src/tagger/shipped.ts) go into the bundle as strings: weights.bin as
// base64, decoded on first use rather than at import; jest and tsx embed them alike (scripts/embed.cjs)
const loader = { '.bin': 'base64', '.txt': 'text' } as const;

export default defineConfig([
  {
    // platform-neutral library: no node built-ins, runs in browsers, Deno and edge workers
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: false,
    clean: true,
    splitting: false,
    treeshake: true,
    loader,
  },
  {
    // the compromise plugin: the library by its package name and compromise stay imports, so the
    // plugin is a few hundred bytes over the one copy of dramatis the caller already has
    entry: { compromise: 'src/compromise/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    external: ['dramatis', 'compromise'],
  },
  {
    // node-only command line entry
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    loader,
    define: { __VERSION__: JSON.stringify(process.env.npm_package_version ?? 'dev') },
  },
]);
