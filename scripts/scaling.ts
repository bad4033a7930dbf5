// npm run scaling [-- --units 200 --seed 1 --limit 6]: random units drawn from the fuzz's own
// generators (test/arbitraries.ts: short mixes of sentences, quotes, markup, unicode, and short runs
// without a space), each repeated to 8 K and 32 K characters and timed in one process on the built
// bundle (CPU time, the better of two reads). A unit whose time grows more than `limit` × from 8 K to
// 32 K (linear is 4) is timed again at 128 K; it is flagged when it grows more than `limit` × from
// 32 K to 128 K too, and printed as JSON to add to test/pathological.ts. Exits 1 when any is flagged.
// Where `npm run shapes` times shapes someone thought of, this finds the ones nobody did (it found
// quotes nested in quotes spoken by pronouns; a colon before each of many quotes showed among the slowest fuzz texts).
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { articleText, longToken } from '../test/arbitraries';

const { values: opt } = parseArgs({
  options: {
    units: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    limit: { type: 'string', default: '6' },
  },
});
const limit = Number(opt.limit);
const lib = createRequire(import.meta.url)(new URL('../dist/index.cjs', import.meta.url).pathname) as { extract(text: string, options: object): unknown };
const SIZES = [8_000, 32_000, 128_000];

// a unit: a text of up to three pieces, or a run of 3 to 22 characters without a space
const unit = fc.oneof(
  articleText({ maxPieces: 3, maxRun: 100 }),
  longToken(100).map((s) => s.slice(0, 3 + (s.length % 20))),
);
const units = fc.sample(unit, { seed: Number(opt.seed), numRuns: Number(opt.units) }).filter((u) => u.length >= 3);

const repeated = (u: string, n: number) => u.repeat(Math.ceil(n / u.length)).slice(0, n);
/** CPU milliseconds of one extract, the better of two (a GC or another process lands in one of them) */
function cpuMs(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 2; r++) {
    const before = process.cpuUsage();
    lib.extract(text, { maxLength: text.length });
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

lib.extract('“We will win,” he said.', {});
const flagged: Array<{ ratio: number; unit: string }> = [];
const started = Date.now();
for (const [n, u] of units.entries()) {
  // a floor of 5 ms: a unit that costs next to nothing at 8 K has no ratio worth reading
  const [t8, t32] = [cpuMs(repeated(u, SIZES[0])), cpuMs(repeated(u, SIZES[1]))];
  if (t32 / Math.max(t8, 5) <= limit) continue;
  const t128 = cpuMs(repeated(u, SIZES[2]));
  const ratio = t128 / Math.max(t32, 5);
  console.log(
    `unit ${n}: ${t8.toFixed(0)} / ${t32.toFixed(0)} / ${t128.toFixed(0)} ms at 8 K / 32 K / 128 K (×${ratio.toFixed(1)} last) ${JSON.stringify(u.slice(0, 120))}`,
  );
  if (ratio > limit) flagged.push({ ratio, unit: u });
}
console.log(
  `\n${units.length} units of seed ${opt.seed} in ${((Date.now() - started) / 1000).toFixed(0)} s; ${flagged.length} grow over ${limit}× from 32 K to 128 K characters`,
);
for (const f of flagged) console.log(`FLAGGED ×${f.ratio.toFixed(1)} ${JSON.stringify(f.unit)}`);
process.exitCode = flagged.length ? 1 : 0;
