// the machine's own ceiling for the pool bench: extract in a loop in one process, no pool, no
// threads; pool.mjs runs one alone and two at once. usage: solo.mjs CORPUS.json ROUNDS
import { readFileSync } from 'node:fs';
import { extract } from '../../dist/index.js';

const [corpusFile, rounds] = [process.argv[2], Number(process.argv[3] ?? 1)];
const texts = JSON.parse(readFileSync(corpusFile, 'utf8'));
extract(texts[0]);
const half = Math.max(1, Math.floor((texts.length * rounds) / 2));
const t0 = performance.now();
let halfway = 0;
let n = 0;
for (let r = 0; r < rounds; r++) {
  for (const t of texts) {
    extract(t);
    if (++n === half) halfway = performance.now();
  }
}
const end = performance.now();
// warm = over the second half only, as many.mjs measures it
console.log(JSON.stringify({ articlesPerSecond: n / ((end - t0) / 1000), warm: (n - half) / ((end - halfway) / 1000) }));
