// leave one corpus out: for each labelled corpus, a tagger trained as `npm run train` trains it
// but without that corpus scores it through the whole pipeline (extract, then the shared scorer).
// CoNLL-2003 dev is never trained on, so the model of the full mix scores it.
//   npm run loco [-- --only wikigold,gum-news] [--keep]
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
import { CONFIG_FILE, clustersText, loadConfig, ROOT } from './train/config';
import { readModel } from './train/write';

const { values: opt } = parseArgs({ options: { only: { type: 'string' }, keep: { type: 'boolean', default: false } } });
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

/** the training of `overrides` on top of the environment's, once per distinct setting (cached in DIR) */
function trainWithout(overrides: Record<string, string>): string {
  const env: Record<string, string | undefined> = { ...process.env, EXTRA_WEIGHTS: extraWeights(null), ...overrides };
  const effective = loadConfig(CONFIG_FILE, env);
  const key = createHash('sha256')
    .update(JSON.stringify([effective.training, effective.data, effective.decoding, MODEL_FORMAT, MU, featureFingerprint()]))
    .update(clustersText(effective))
    .digest('hex')
    .slice(0, 12);
  const out = resolve(DIR, `model-${key}`);
  if (opt.keep && existsSync(resolve(out, 'meta.json'))) return out;
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
    useModel(readModel(trainWithout(held.leaveOut)));
    const lines = readFileSync(gold, 'utf8').split('\n').filter(Boolean);
    const results = lines.map((l) => {
      const d = JSON.parse(l) as { id: string; text: string };
      return JSON.stringify({ id: d.id, ...extract(d.text) });
    });
    const file = resolve(DIR, `${held.name}.jsonl`);
    writeFileSync(file, `${results.join('\n')}\n`);
    const json = resolve(DIR, `${held.name}.scores.json`);
    const s = spawnSync('node', [SCORER, '--cmd', `cat ${file}`, '--json', json, gold], { encoding: 'utf8' });
    if (s.status !== 0) throw new Error(`scorer failed: ${s.stderr}`);
    const m = Object.values(JSON.parse(readFileSync(json, 'utf8')) as Metrics)[0]?.ner ?? { strict: {}, lenient: {} };
    const f = (x?: Prf) => (x ? (100 * x.f).toFixed(1) : '-');
    const st = m.strict ?? {};
    const le = m.lenient?.all;
    rows.push(
      `${held.name.padEnd(14)} strict F1 per ${f(st.person)} org ${f(st.organization)} loc ${f(st.location)} all ${f(st.all)}  ·  lenient P ${le ? (100 * le.p).toFixed(1) : '-'} R ${le ? (100 * le.r).toFixed(1) : '-'} F1 ${f(le)}`,
    );
    console.error(rows.at(-1));
  }
  console.log(`\nleave one corpus out, whole pipeline (${process.env.EXTRA_WEIGHTS ? `EXTRA_WEIGHTS=${process.env.EXTRA_WEIGHTS}` : 'the shipped mix'}):`);
  for (const r of rows) console.log(`  ${r}`);
}

main();
