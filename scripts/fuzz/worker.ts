import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { articleText } from '../../test/arbitraries';
import { checkText, encode, firstDifference, problem, run, type Kind, type Lib, type Violation } from '../../test/invariants';

// one fuzz worker: runs chunks of the property on the built bundle, in a process that lives long
// (so wink-nlp's token cache fills up, as in a server), and shrinks the first failure of each kind

export interface Job {
  chunk: number;
  seed: number;
  numRuns: number;
  /** the number of the chunk's first run in the whole fuzz run, for sampling */
  firstRun: number;
  /** the kinds still worth shrinking */
  shrink: Kind[];
}

export interface Found {
  kind: Kind;
  /** replays with fc.check({ seed, path }) */
  seed: number;
  path: string;
  text: string;
  detail: string;
  shrunk: boolean;
}

export interface Done {
  chunk: number;
  runs: number;
  counts: Partial<Record<Kind, number>>;
  found: Found[];
  /** texts sampled for the fresh-process check, with their outcome here */
  samples: Array<{ text: string; outcome: string }>;
}

const { dist, freshEvery } = workerData as { dist: string; freshEvery: number };
// strict: an error inside a stage throws instead of becoming a warning, so the fuzz sees every bug
const loaded = createRequire(import.meta.url)(dist) as Lib & { extract(text: string, options: { strict: boolean }): unknown };
const lib: Lib = { ...loaded, extract: (text) => loaded.extract(text, { strict: true }) };
const fuzzText = articleText();

/** replays the failing run and shrinks it with a property of that kind alone */
function shrink(job: Job, kind: Exclude<Kind, 'fresh'>, index: number, first: Found): Found {
  const property = fc.property(fuzzText, (t) => problem(lib, t, kind) === null);
  const d = fc.check(property, { seed: job.seed, numRuns: job.numRuns, path: String(index) });
  if (!d.failed || !d.counterexample) return first;
  const text = d.counterexample[0];
  return { kind, seed: job.seed, path: d.counterexamplePath ?? String(index), text, detail: problem(lib, text, kind) ?? first.detail, shrunk: true };
}

/** every fourth run, the text of LAG runs ago runs again (unless its second call already differed): the same answer after other texts ran */
const LAG = 8;

function runChunk(job: Job): Done {
  const first = new Map<Kind, { index: number; found: Found }>();
  const counts: Partial<Record<Kind, number>> = {};
  const samples: Done['samples'] = [];
  const recent: Array<{ index: number; text: string; outcome: string; repeated: boolean }> = [];
  let index = 0;
  const note = (i: number, t: string, v: Violation) => {
    counts[v.kind] = (counts[v.kind] ?? 0) + 1;
    if (!first.has(v.kind)) first.set(v.kind, { index: i, found: { kind: v.kind, seed: job.seed, path: String(i), text: t, detail: v.detail, shrunk: false } });
  };
  const property = fc.property(fuzzText, (t) => {
    const i = index++;
    const { outcome, violations } = checkText(lib, t);
    for (const v of violations) note(i, t, v);
    const encoded = encode(outcome);
    if (freshEvery > 0 && (job.firstRun + i) % freshEvery === 0) samples.push({ text: t, outcome: encoded });
    recent.push({ index: i, text: t, outcome: encoded, repeated: violations.some((v) => v.kind === 'repeat') });
    if (recent.length > LAG) {
      const old = recent.shift()!;
      const diff = i % 4 === 0 && !old.repeated ? firstDifference(old.outcome, encode(run(lib, old.text))) : null;
      if (diff) note(old.index, old.text, { kind: 'repeat', detail: `the same text again after ${LAG} other texts: ${diff}` });
    }
    return true;
  });
  fc.check(property, { seed: job.seed, numRuns: job.numRuns });
  // a repeat failure depends on what the cache held: replayed here it would not fail, so the parent shrinks it in new workers
  const found = [...first.values()].map(({ index: i, found: f }) =>
    f.kind !== 'repeat' && f.kind !== 'fresh' && job.shrink.includes(f.kind) ? shrink(job, f.kind, i, f) : f,
  );
  return { chunk: job.chunk, runs: index, counts, found, samples };
}

parentPort?.on('message', (job: Job) => parentPort?.postMessage(runChunk(job)));
