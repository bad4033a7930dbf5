import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';

// the tagger's model files (src/tagger/shipped.ts) go into the bundle as strings: weights.bin
// deflated and in base64, decoded on first use rather than at import, the .txt files as text; jest
// and tsx embed them alike, by the same code (scripts/embed.cjs)
const { embedPlugin } = createRequire(import.meta.url)('./scripts/embed.cjs');
const esbuildPlugins = [embedPlugin];

// dramatis/node (with its worker) and dramatis/html import the library by its package name, kept as
// an import as the compromise entry does: one copy of the library (and of DramatisError) in a
// user's node_modules. The worker is written beside the entry in the same format.
const nodeEntry = (format: 'esm' | 'cjs', ext: 'js' | 'cjs') => ({
  entry: { node: 'src/node/index.ts', 'node-worker': 'src/node/worker.ts' },
  format: [format],
  platform: 'node' as const,
  target: 'node20',
  dts: { entry: { node: 'src/node/index.ts' } },
  shims: true,
  external: ['dramatis'],
  define: { __NODE_WORKER__: JSON.stringify(`./node-worker.${ext}`) },
});

// the HTML view is platform-neutral, as the main entry is
const htmlEntry = {
  entry: { html: 'src/html/index.ts' },
  format: ['esm' as const, 'cjs' as const],
  platform: 'neutral' as const,
  target: 'es2022',
  dts: true,
  external: ['dramatis'],
};

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
    esbuildPlugins,
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
    esbuildPlugins,
    // --threads runs dramatis/node's worker, which the build writes beside cli.js
    define: { __VERSION__: JSON.stringify(process.env.npm_package_version ?? 'dev'), __NODE_WORKER__: JSON.stringify('./node-worker.js') },
  },
  nodeEntry('esm', 'js'),
  nodeEntry('cjs', 'cjs'),
  htmlEntry,
]);
