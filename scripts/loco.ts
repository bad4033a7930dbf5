// leave one corpus out: for each labelled corpus, a tagger trained as `npm run train` trains it
// but without that corpus scores it through the whole pipeline (extract, then the shared scorer).
// CoNLL-2003 dev is never trained on, so the model of the full mix scores it.
//   npm run loco [-- --only wikigold,gum-news] [--keep] [--seeds 24301,1,2]
// --seeds trains every held-out model once per seed and prints each corpus's mean and range: one
// seed against another moves a corpus by up to 2.8 points, so one training shows no smaller gain.
// --keep reuses a model trained before when its config, data files and training code are today's
//   env: the training overrides of scripts/train/config.ts, passed to every training
//   (EXTRA_WEIGHTS="gum-genres=1,wikigold=1,uner-ewt=1" measures the mix with the extra sets, which
//   the config has at 0; CLUSTERS=scratch/clusters.txt with word clusters); LOCO_DIR (scratch/loco)
// Prints one line a corpus: strict F1 (person / organisation / location / all), lenient P/R/F1.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../src/index';
import { featureFingerprint } from '../src/tagger/fingerprint';
import { useModel } from '../src/tagger/index';
import { MODEL_FORMAT, MU } from '../src/tagger/model';
import { trainingCodeHash } from './train/code-hash';
import { CONFIG_FILE, clustersText, dataPath, loadConfig, ROOT, type TrainConfig } from './train/config';
import { readModel } from './train/write';

const { values: opt } = parseArgs({ options: { only: { type: 'string' }, keep: { type: 'boolean', default: false }, seeds: { type: 'string' } } });
/** the training seeds to average over: --seeds, else the config's one */
const SEEDS = opt.seeds ? opt.seeds.split(',').map((x) => x.trim()) : [undefined];
if (SEEDS.some((x) => x !== undefined && !/^\d+$/.test(x))) throw new Error(`--seeds takes whole numbers separated by commas, got ${opt.seeds}`);
const DIR = resolve(ROOT, process.env.LOCO_DIR ?? 'scratch/loco');
const SCORER = resolve(ROOT, '../shared/eval/score.mjs');
const config = loadConfig();

/** a labelled corpus, and the training overrides that leave it out */
interface Held {
  name: string;
  file: string;
  leaveOut: Record<string, string>;
}

const extraWeights = (key: string | null) => config.data.extra.map((x) => `${x.key}=${x.key === key ? 0 : x.weight}`).join(',');
const CORPORA: Held[] = [
  { name: 'conll2003-dev', file: config.data.dev.file, leaveOut: {} },
  { name: 'gum-news', file: config.data.gum.file, leaveOut: { GUM_WEIGHT: '0' } },
  ...config.data.extra.map((x) => ({ name: x.key, file: x.file, leaveOut: { EXTRA_WEIGHTS: extraWeights(x.key) } })),
];

/** the models this run trained: corpora the mix leaves out anyway share one */
const trainedNow = new Set<string>();

/** the contents of the data files a training of `config` reads (absent ones as their name) */
function dataHash(config: TrainConfig): string {
  const hash = createHash('sha256');
  const sets = [config.data.train, ...(config.training.gum.weight > 0 ? [config.data.gum] : []), ...config.data.extra.filter((x) => x.weight > 0)];
  for (const set of sets) {
    const file = dataPath(config, set);
    hash.update(set.file).update(existsSync(file) ? readFileSync(file) : 'absent');
  }
  return hash.digest('hex');
}

/**
 * the training of `overrides` on top of the environment's, once per distinct setting: cached in DIR
 * under a key of the effective config, the data files' contents and the training's code, so --keep
 * reuses a model only when a training now would give the same one
 */
function trainWithout(overrides: Record<string, string>): string {
  const env: Record<string, string | undefined> = { ...process.env, EXTRA_WEIGHTS: extraWeights(null), ...overrides };
  const effective = loadConfig(CONFIG_FILE, env);
  const key = createHash('sha256')
    .update(JSON.stringify([effective.training, effective.data, effective.decoding, MODEL_FORMAT, MU, featureFingerprint(), trainingCodeHash()]))
    .update(clustersText(effective))
    .update(dataHash(effective))
    .digest('hex')
    .slice(0, 12);
  const out = resolve(DIR, `model-${key}`);
  if ((opt.keep || trainedNow.has(key)) && existsSync(resolve(out, 'meta.json'))) return out;
  trainedNow.add(key);
  const t0 = performance.now();
  const r = spawnSync('npx', ['tsx', '--import', './scripts/embed.mjs', 'scripts/train.ts'], {
    cwd: ROOT,
    env: { ...env, OUT: out, SILVER_CACHE: resolve(DIR, 'silver') },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`training failed:\n${r.stdout}\n${r.stderr}`);
  console.error(`  trained ${JSON.stringify(overrides)} in ${((performance.now() - t0) / 1000).toFixed(0)} s → ${out}`);
  return out;
}

interface Prf {
  p: number;
  r: number;
  f: number;
}
type Metrics = Record<string, { ner?: { strict: Record<string, Prf>; lenient: Record<string, Prf> } }>;

/** one corpus scored through the whole pipeline by the model trained without it (with `seed`, when given) */
function scoreHeld(held: Held, gold: string, seed: string | undefined): { st: Record<string, Prf>; le?: Prf } {
  useModel(readModel(trainWithout(seed ? { ...held.leaveOut, SEED: seed } : held.leaveOut)));
  const lines = readFileSync(gold, 'utf8').split('\n').filter(Boolean);
  const results = lines.map((l) => {
    const d = JSON.parse(l) as { id: string; text: string };
    return JSON.stringify({ id: d.id, ...extract(d.text) });
  });
  const name = seed ? `${held.name}-seed${seed}` : held.name;
  const file = resolve(DIR, `${name}.jsonl`);
  writeFileSync(file, `${results.join('\n')}\n`);
  const json = resolve(DIR, `${name}.scores.json`);
  const s = spawnSync('node', [SCORER, '--cmd', `cat ${file}`, '--json', json, gold], { encoding: 'utf8' });
  if (s.status !== 0) throw new Error(`scorer failed: ${s.stderr}`);
  const m = Object.values(JSON.parse(readFileSync(json, 'utf8')) as Metrics)[0]?.ner ?? { strict: {}, lenient: {} };
  return { st: m.strict ?? {}, le: m.lenient?.all };
}

const pct = (x?: number) => (x === undefined ? '-' : (100 * x).toFixed(1));

/** one line of figures: strict F1 by type and in all, lenient P/R/F1 */
const line = ({ st, le }: { st: Record<string, Prf>; le?: Prf }) =>
  `strict F1 per ${pct(st.person?.f)} org ${pct(st.organization?.f)} loc ${pct(st.location?.f)} all ${pct(st.all?.f)}  ·  lenient P ${pct(le?.p)} R ${pct(le?.r)} F1 ${pct(le?.f)}`;

/** the mean of some figures and their range: "68.1 (67.0–68.9)" */
function spread(xs: Array<number | undefined>): string {
  const v = xs.filter((x): x is number => x !== undefined).map((x) => 100 * x);
  if (!v.length) return '-';
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  return `${mean.toFixed(1)} (${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)})`;
}

function main(): void {
  if (!existsSync(SCORER)) {
    console.log(`no scorer at ${SCORER}; nothing to do`);
    return;
  }
  mkdirSync(DIR, { recursive: true });
  const only = opt.only?.split(',');
  const rows: string[] = [];
  for (const held of CORPORA) {
    if (only && !only.includes(held.name)) continue;
    const gold = resolve(ROOT, config.data.dir, held.file);
    if (!existsSync(gold)) {
      rows.push(`${held.name.padEnd(14)} absent (${gold})`);
      continue;
    }
    const runs = SEEDS.map((seed) => {
      const r = scoreHeld(held, gold, seed);
      console.error(`${held.name.padEnd(14)} ${seed ? `seed ${seed.padEnd(6)} ` : ''}${line(r)}`);
      return r;
    });
    if (runs.length === 1) rows.push(`${held.name.padEnd(14)} ${line(runs[0])}`);
    else
      rows.push(
        `${held.name.padEnd(14)} strict F1 all ${spread(runs.map((r) => r.st.all?.f))}  ·  lenient P ${spread(runs.map((r) => r.le?.p))} F1 ${spread(runs.map((r) => r.le?.f))}`,
      );
  }
  const mix = process.env.EXTRA_WEIGHTS ? `EXTRA_WEIGHTS=${process.env.EXTRA_WEIGHTS}` : 'the shipped mix';
  const seeds = SEEDS[0] === undefined ? '' : `; mean (range) over seeds ${SEEDS.join(', ')}`;
  console.log(`\nleave one corpus out, whole pipeline (${mix}${seeds}):`);
  for (const r of rows) console.log(`  ${r}`);
}

main();
