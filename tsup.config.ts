import { defineConfig } from 'tsup';

// the tagger's model files (src/tagger/shipped.ts) go into the bundle as strings: weights.bin as
// base64, decoded on first use rather than at import; jest and tsx embed them alike (scripts/embed.cjs)
const loader = { '.bin': 'base64', '.txt': 'text' } as const;

// dramatis/node, its worker and dramatis/html import the package's main bundle of their own format
// rather than a copy of it: one copy of the library (and of DramatisError) in a user's node_modules
const mainBundle = (ext: 'js' | 'cjs') => ({
  name: 'dramatis-main-bundle',
  setup(build: { onResolve: (o: { filter: RegExp }, f: (a: { importer: string }) => object | undefined) => void }) {
    build.onResolve({ filter: /^\.\.\/index$/ }, ({ importer }) =>
      /src[\\/](node|html)[\\/]/.test(importer) ? { path: `./index.${ext}`, external: true } : undefined,
    );
  },
});

const nodeEntry = (format: 'esm' | 'cjs', ext: 'js' | 'cjs') => ({
  entry: { node: 'src/node/index.ts', 'node-worker': 'src/node/worker.ts' },
  format: [format],
  platform: 'node' as const,
  target: 'node20',
  dts: { entry: { node: 'src/node/index.ts' } },
  shims: true,
  define: { __NODE_WORKER__: JSON.stringify(`./node-worker.${ext}`) },
  esbuildPlugins: [mainBundle(ext)],
});

// the HTML view is platform-neutral, as the main entry is
const htmlEntry = (format: 'esm' | 'cjs', ext: 'js' | 'cjs') => ({
  entry: { html: 'src/html/index.ts' },
  format: [format],
  platform: 'neutral' as const,
  target: 'es2022',
  dts: true,
  esbuildPlugins: [mainBundle(ext)],
});

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
    // node-only command line entry
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    loader,
    // --threads runs dramatis/node's worker, which the build writes beside cli.js
    define: { __VERSION__: JSON.stringify(process.env.npm_package_version ?? 'dev'), __NODE_WORKER__: JSON.stringify('./node-worker.js') },
  },
  nodeEntry('esm', 'js'),
  nodeEntry('cjs', 'cjs'),
  htmlEntry('esm', 'js'),
  htmlEntry('cjs', 'cjs'),
]);
