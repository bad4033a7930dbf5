// one run of dramatis/node's extractMany in a fresh process: THREADS workers over the corpus, repeated
// ROUNDS times as one stream. steady = articles a second from the first result to the last (worker
// start-up left out); warm = over the second half of the results only, when every worker has compiled
// its hot code (each thread warms its own JIT: what a long batch runs at); wall = from the call to the
// last result; CPU = every thread's, per article. usage: many.mjs THREADS CORPUS.json ROUNDS
import { readFileSync } from 'node:fs';
import { extractMany } from '../../dist/node.js';

const [threads, corpusFile, rounds] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4] ?? 1)];
const corpus = JSON.parse(readFileSync(corpusFile, 'utf8'));
function* stream() {
  for (let r = 0; r < rounds; r++) yield* corpus;
}
const t0 = performance.now();
let first = 0;
let n = 0;
// at least one result before the halfway mark, so a run of one or two articles still reads a rate
const half = Math.max(1, Math.floor((corpus.length * rounds) / 2));
let halfway = 0;
for await (const r of extractMany(stream(), { threads })) {
  if (r.error) throw new Error(r.error.message);
  if (n++ === 0) first = performance.now();
  if (n === half) halfway = performance.now();
}
const end = performance.now();
// the whole process's CPU, every thread's: what the articles cost, whatever else the machine runs
const { userCPUTime, systemCPUTime } = process.resourceUsage();
const cpuMs = (userCPUTime + systemCPUTime) / 1000;
console.log(
  JSON.stringify({
    threads,
    articles: n,
    steady: (n - 1) / ((end - first) / 1000),
    warm: (n - half) / ((end - halfway) / 1000),
    wall: n / ((end - t0) / 1000),
    cpuMsPerArticle: cpuMs / n,
    cpuPercent: (100 * cpuMs) / (end - t0),
  }),
);
