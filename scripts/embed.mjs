// `tsx --import ./scripts/embed.mjs script.ts` (or node --import): lets a script import the library's
// sources, whose tagger and lexicon import weights.bin and gazetteer.txt as the build embeds them (scripts/embed.cjs)
import { createRequire, register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

const { embeddedValue } = createRequire(import.meta.url)('./embed.cjs');

export async function load(url, context, next) {
  const value = url.startsWith('file:') ? embeddedValue(fileURLToPath(url)) : undefined;
  if (value === undefined) return next(url, context);
  return { format: 'module', source: `export default ${JSON.stringify(value)};`, shortCircuit: true };
}

// module hooks run in their own thread, where this file is loaded again
if (isMainThread) register(import.meta.url);
