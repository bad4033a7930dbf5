import { defineConfig } from 'tsup';

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
  },
  {
    // node-only command line entry
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(process.env.npm_package_version ?? 'dev') },
  },
]);
