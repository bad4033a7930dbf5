// the machine's own ceiling for the pool bench: extract in a loop in one process, no pool, no
// threads; pool.mjs runs one alone and two at once. usage: solo.mjs CORPUS.json ROUNDS
import { readFileSync } from 'node:fs';
import { extract } from '../../dist/index.js';

const [corpusFile, rounds] = [process.argv[2], Number(process.argv[3] ?? 1)];
const texts = JSON.parse(readFileSync(corpusFile, 'utf8'));
extract(texts[0]);
const t0 = performance.now();
let n = 0;
for (let r = 0; r < rounds; r++) for (const t of texts) extract(t), n++;
console.log(JSON.stringify({ articlesPerSecond: n / ((performance.now() - t0) / 1000) }));
