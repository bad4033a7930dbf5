// one benchmark run in a fresh process: cold start (import + first extract), then throughput
// (after an untimed warm-up pass) and peak memory over the corpus. prints one JSON line. usage: child.mjs dramatis|compromise CORPUS.json
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [lib, corpusFile, roundsArg] = process.argv.slice(2);
const t0 = performance.now();
const require = createRequire(import.meta.url);

const LIBS = {
  async dramatis() {
    const { extract } = await import('../../dist/index.js');
    return (text) => extract(text);
  },
  async compromise() {
    const nlp = require('compromise');
    // what plain compromise offers for the same job: people, places, organisations, quotations
    return (text) => {
      const doc = nlp(text);
      return [doc.people().json(), doc.places().json(), doc.organizations().json(), doc.quotations().json()];
    };
  },
};

const corpus = JSON.parse(readFileSync(corpusFile, 'utf8'));
const run = await LIBS[lib]();
run(corpus[0]);
const coldMs = performance.now() - t0;

const rounds = Number(roundsArg ?? 1);
const chars = corpus.reduce((n, t) => n + t.length, 0);
// untimed warm-up passes (at least one, for half a second), for both libraries alike:
// throughput is the steady state; cold start is measured above
const t0pass = performance.now();
for (const text of corpus) run(text);
const firstPassSeconds = (performance.now() - t0pass) / 1000;
const warmUntil = performance.now() + 500;
while (performance.now() < warmUntil) for (const text of corpus) run(text);
const t1 = performance.now();
for (let r = 0; r < rounds; r++) for (const text of corpus) run(text);
const seconds = (performance.now() - t1) / 1000;
console.log(
  JSON.stringify({
    lib,
    coldMs,
    articlesPerSecond: (corpus.length * rounds) / seconds,
    kibPerSecond: (chars * rounds) / 1024 / seconds,
    firstPassKibPerSecond: chars / 1024 / firstPassSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
