// npm run fuzz -- --runs 1000000 [--seed N] [--workers 2] [--resume]: the long property run on the
// built bundle (dist/index.cjs, what users install). the invariants and the generators are the
// ones test/property.test.ts runs (test/invariants.ts, test/arbitraries.ts). see README, Robustness.
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { articleText } from '../test/arbitraries';
import { firstDifference, problem, type Kind, type Lib } from '../test/invariants';
import { inFreshWorker } from './fuzz/fresh';
import { buildHash, loadState, newState, record, saveState, type State } from './fuzz/state';
import type { Done, Found, Job } from './fuzz/worker';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist', 'index.cjs');
const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    chunk: { type: 'string', default: '250' },
    'fresh-every': { type: 'string', default: '1000' },
    'shrink-seconds': { type: 'string', default: '120' },
    resume: { type: 'boolean', default: false },
    bail: { type: 'boolean', default: false },
    replay: { type: 'string' },
  },
});

const text = articleText();
// non-negative, so a --replay value never reads as an option
const chunkSeed = (seed: number, chunk: number) => (seed ^ Math.imul(chunk + 1, 0x9e3779b1)) >>> 0;

/** a repeat failure shrunk in new workers: the text run twice in a process that has run nothing before */
async function shrinkRepeat(f: Found, seconds: number): Promise<Found> {
  const property = fc.asyncProperty(text, async (t) => {
    const [a, b] = await inFreshWorker(DIST, [t, t]);
    return a === b;
  });
  const runs = Number(f.path.split(':')[0]) + 1;
  const d = await fc.check(property, { seed: f.seed, numRuns: runs, path: f.path, interruptAfterTimeLimit: seconds * 1000 });
  if (!d.failed || !d.counterexample) return f;
  const t = d.counterexample[0];
  const [a, b] = await inFreshWorker(DIST, [t, t]);
  return { ...f, path: d.counterexamplePath ?? f.path, text: t, shrunk: true, detail: `the same text twice in a new process: ${firstDifference(a, b)}` };
}

/** --replay SEED:PATH:KIND reruns one counterexample the report printed */
async function replay(spec: string): Promise<number> {
  const [seed, path, kind] = [Number(spec.split(':')[0]), spec.split(':').slice(1, -1).join(':'), spec.split(':').at(-1) as Kind];
  const runs = Number(path.split(':')[0]) + 1;
  if (kind === 'repeat' || kind === 'fresh') {
    const f = await shrinkRepeat({ kind, seed, path, text: '', detail: 'did not fail again in a new process', shrunk: false }, 60);
    console.log(`${JSON.stringify(f.text)}\n${f.detail}`);
    return f.shrunk ? 1 : 0;
  }
  const lib = createRequire(import.meta.url)(DIST) as Lib;
  const d = fc.check(
    fc.property(text, (t) => problem(lib, t, kind) === null),
    { seed, numRuns: runs, path },
  );
  if (!d.failed || !d.counterexample) {
    console.log('passes now');
    return 0;
  }
  console.log(`${JSON.stringify(d.counterexample[0])}\n${problem(lib, d.counterexample[0], kind)}`);
  return 1;
}

function report(state: State, file: string): void {
  const secs = state.elapsedMs / 1000;
  const kinds =
    Object.entries(state.counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  console.log(
    `\nseed ${state.seed} · ${state.runsDone.toLocaleString('en')} runs in ${secs.toFixed(0)} s (${(state.runsDone / secs).toFixed(0)}/s) · failing runs by kind: ${kinds}`,
  );
  console.log(
    `fresh-process check: ${state.fresh.checked} sampled texts rerun in new workers, ${state.fresh.differ} differ (${state.fresh.dropped} samples dropped: queue full, or a worker that could not start)`,
  );
  for (const f of state.failures) {
    console.log(`\n✗ ${f.kind}${f.shrunk ? ' (shrunk)' : ''}: ${JSON.stringify(f.text)}`);
    console.log(`  ${f.detail.split('\n').join('\n  ')}`);
    if (f.kind !== 'fresh') console.log(`  replay: npm run fuzz -- --replay ${f.seed}:${f.path}:${f.kind}`);
  }
  console.log(`\nstate: ${file}`);
}

async function main(): Promise<number> {
  if (opt.replay) return replay(opt.replay);
  const seed = opt.seed === undefined ? randomInt(2 ** 31) : Number(opt.seed);
  const [runs, chunk, workers] = [Number(opt.runs), Number(opt.chunk), Number(opt.workers)];
  const file = join(ROOT, 'scratch', 'fuzz', `seed-${seed}-runs-${runs}-chunk-${chunk}.json`);
  const build = buildHash(DIST);
  const saved = opt.resume ? loadState(file) : null;
  const state = saved ?? newState(seed, runs, chunk, build);
  if (saved && saved.build !== build) console.log(`note: resuming a run begun on another build (${saved.build}, now ${build})`);
  const chunks = Math.ceil(runs / chunk);
  const done = new Set(state.done);
  const todo = Array.from({ length: chunks }, (_, i) => i).filter((i) => !done.has(i));
  console.log(
    `fuzz: seed ${seed}, ${runs.toLocaleString('en')} runs in ${chunks} chunks of ${chunk}, ${workers} workers${saved ? `, resuming (${done.size} chunks done)` : ''}`,
  );

  const started = performance.now() - state.elapsedMs;
  const shrinkBudget = new Map<Kind, number>(
    (['throws', 'span', 'schema', 'repeat'] as Kind[]).map((k) => [k, 2 - state.failures.filter((f) => f.kind === k && f.shrunk).length]),
  );
  const background: Array<Promise<void>> = [];
  const freshQueue: Done['samples'] = [];
  let stopping = false;
  let fresh: Promise<void> | null = null;

  const drainFresh = async () => {
    for (let s = freshQueue.shift(); s; s = freshQueue.shift()) {
      let alone: string;
      try {
        [alone] = await inFreshWorker(DIST, [s.text]);
      } catch (e) {
        // a new worker that cannot even load the bundle (dist rebuilt under a running fuzz) says
        // nothing of the library: count it and go on, rather than stop every later check
        state.fresh.dropped++;
        console.error(`fuzz: a fresh worker failed to start (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
      state.fresh.checked++;
      const diff = firstDifference(alone, s.outcome);
      if (diff) {
        state.fresh.differ++;
        state.counts.fresh = (state.counts.fresh ?? 0) + 1;
        record(state, {
          kind: 'fresh',
          seed,
          path: '',
          text: s.text,
          detail: `a new worker (first) and a worker that had run many texts (second): ${diff}`,
          shrunk: false,
        });
      }
    }
  };
  // one new worker at a time, beside the fuzz workers. `fresh` is cleared when the drain settles,
  // never inside it: an empty queue finishes drainFresh synchronously, before `??=` would assign,
  // and left a settled promise in `fresh` that stopped every later check (0 checked in 404,250 runs)
  const freshCheck = () =>
    (fresh ??= drainFresh().finally(() => {
      fresh = null;
    }));

  const accept = (d: Done) => {
    state.done.push(d.chunk);
    state.runsDone += d.runs;
    for (const [k, n] of Object.entries(d.counts)) state.counts[k as Kind] = (state.counts[k as Kind] ?? 0) + n;
    for (const f of d.found) {
      const budget = shrinkBudget.get(f.kind) ?? 0;
      if (f.shrunk) shrinkBudget.set(f.kind, budget - 1);
      if (f.kind === 'repeat' && budget > 0) {
        shrinkBudget.set(f.kind, budget - 1);
        background.push(shrinkRepeat(f, Number(opt['shrink-seconds'])).then((s) => record(state, s)));
      } else record(state, f);
    }
    for (const s of d.samples) freshQueue.length < 50 ? freshQueue.push(s) : state.fresh.dropped++;
    void freshCheck();
    state.elapsedMs = performance.now() - started;
    saveState(file, state);
    if (opt.bail && Object.keys(state.counts).length) stopping = true;
  };

  process.once('SIGINT', () => {
    stopping = true;
    console.log(`\ninterrupted: finishing the chunks in hand; resume with npm run fuzz -- --seed ${seed} --runs ${runs} --chunk ${chunk} --resume`);
  });
  const progress = setInterval(() => {
    const secs = (performance.now() - started) / 1000;
    const kinds =
      Object.entries(state.counts)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none';
    const rate = state.runsDone / secs;
    console.log(
      `[${((100 * state.runsDone) / runs).toFixed(1).padStart(5)}%] ${state.runsDone.toLocaleString('en')}/${runs.toLocaleString('en')} runs · ${rate.toFixed(0)}/s · eta ${((runs - state.runsDone) / rate / 60).toFixed(0)} min · failing runs: ${kinds} · fresh ${state.fresh.checked}/${state.fresh.differ} differ`,
    );
  }, 15000);

  const worker = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(new URL('./fuzz/boot.mjs', import.meta.url), { workerData: { dist: DIST, freshEvery: Number(opt['fresh-every']) } });
      const next = () => {
        const i = stopping ? undefined : todo.shift();
        if (i === undefined) return void w.terminate().then(() => resolve());
        const job: Job = {
          chunk: i,
          seed: chunkSeed(seed, i),
          numRuns: Math.min(chunk, runs - i * chunk),
          firstRun: i * chunk,
          shrink: [...shrinkBudget].filter(([, n]) => n > 0).map(([k]) => k),
        };
        w.postMessage(job);
      };
      w.on('message', (d: Done) => {
        accept(d);
        next();
      });
      w.once('error', reject);
      next();
    });
  await Promise.all(Array.from({ length: workers }, worker));
  clearInterval(progress);
  await Promise.all(background);
  await freshCheck();
  state.elapsedMs = performance.now() - started;
  saveState(file, state);
  report(state, file);
  return Object.keys(state.counts).length ? 1 : stopping && state.runsDone < runs ? 130 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
