import { buildSync } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

// the main entry must run where there is no Node: bundle it for the browser and run it in a bare
// V8 context that has only the web globals an edge worker offers (no require, process, Buffer, fs)
const ENTRY = join(__dirname, '..', 'dist', 'index.js');

beforeAll(() => {
  if (!existsSync(ENTRY)) throw new Error('dist/ is missing: run `npm run build` first (npm run check does)');
});

it('extracts inside a bare V8 context with web globals only', () => {
  const { outputFiles } = buildSync({
    stdin: {
      contents: `import { extract } from ${JSON.stringify(ENTRY)};
        globalThis.RESULT = extract('Prime Minister Benjamin Netanyahu flew to Doha. “We will,” he said.');`,
      resolveDir: __dirname,
      loader: 'js',
    },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    logLevel: 'silent',
  });
  const sandbox: Record<string, unknown> = { atob, btoa, TextEncoder, TextDecoder };
  runInContext(outputFiles[0].text, createContext(sandbox));
  const r = sandbox.RESULT as { actors: Array<{ name: string }>; locations: Array<{ name: string }>; quotes: unknown[] };
  expect(r.actors.map((a) => a.name)).toContain('Benjamin Netanyahu');
  expect(r.locations.map((l) => l.name)).toContain('Doha');
  expect(r.quotes).toHaveLength(1);
});
