// one shape at one size in a fresh process: warm up on a short text, then time one extract.
// prints one JSON line. usage: child.mjs TEXT_FILE
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { createExtractor } = createRequire(import.meta.url)('../../dist/index.cjs');
const text = readFileSync(process.argv[2], 'utf8');
const extractor = createExtractor({ maxLength: Math.max(text.length, 1) });
// the model loads and the JIT warms on a news sentence, so the timing is the shape's alone
extractor.extract('“We will win,” Prime Minister Benjamin Netanyahu told reporters in Washington.');
const t0 = performance.now();
const result = extractor.extract(text);
const ms = performance.now() - t0;
let outChars;
try {
  outChars = JSON.stringify(result).length;
} catch {
  outChars = -1; // longer than a string can be
}
console.log(JSON.stringify({ ms, outChars, heapMiB: process.memoryUsage().heapUsed / 2 ** 20 }));
