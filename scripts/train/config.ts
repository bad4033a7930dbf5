// the training config: scripts/train/config.json, the one file `npm run train` reads. Environment
// variables override its training settings for experiments (EPOCHS, SEED, RUNS, MIN_COUNT, PRUNE,
// CONLL_WEIGHT, EXCERPTS, CLUSTERS, GUM_WEIGHT, GUM_PROJ, GUM_SILVER, AUGMENT="wikigold,uner-ewt" or "none"; EXTRA_WEIGHTS="wikigold=2,uner-ewt=0" for the extra sets;
// MIN_LEAD for the decoding's least lead);
// meta.json records the settings a model was trained with
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { augmentedCorpora } from './domains';

export interface DataSet {
  file: string;
  name: string;
  source: string;
  licence: string;
}

/**
 * a labelled corpus trained on besides CoNLL and GUM news: `gum` projects GUM's nested mentions
 * into CoNLL's convention as GUM news is (scripts/train/run.ts projectGum), `gold` takes the spans
 * as they are (flat, CoNLL conventions); `weight` copies of it per epoch (0: not trained on)
 */
export interface ExtraSet extends DataSet {
  key: string;
  projection: 'gum' | 'gold';
  weight: number;
}

export interface TrainingSettings {
  epochs: number;
  /** mulberry32 seed of the shuffles; run r uses seed + r */
  seed: number;
  /** perceptrons over different shuffles, averaged into one model (parameter mixing) */
  runs: number;
  /** static features seen fewer times in CoNLL train are left out (1: none) */
  minCount: number;
  /** weights of smaller magnitude are dropped before quantisation */
  prune: number;
  /** word clusters file (scripts/clusters.ts output, relative to the repository), "" for none */
  clusters: string;
  /** CoNLL train: copies per epoch (1: once) */
  conllWeight: number;
  /**
   * CoNLL train cut into its lines (sentences), each line a document of its own, as short excerpts
   * give them: copies per epoch, a fraction drawing a seeded share every epoch (0: none). A whole
   * article lets the tagger lean on a word's other mentions; a line alone gives it only the words
   * around the name, as a news excerpt or a headline does
   */
  excerpts: number;
  /** GUM news: copies per epoch (0: CoNLL only), span projection, silver tags (scripts/train/run.ts) */
  gum: { weight: number; projection: string; silver: string };
  /**
   * the corpora (`conll`, `gum-news`, or an extra set's key) whose documents also train a private copy
   * of every feature, which the model does not ship (feature augmentation: scripts/train/perceptron.ts)
   */
  augment: string[];
}

/**
 * how the trained model is read at run time, written to its meta.json. `minLead`: the least lead
 * over "no name" (O) every tag of a span must hold for the span to count (src/tagger/perceptron.ts),
 * in the model's score units, so it is chosen again with every retraining. A tag the model barely
 * prefers is mostly a false name on text unlike its training (web text, other genres): of the model
 * of 2026-11's spans with a lead under 10, a gold name (span and type) is 15 in 100 on UNER EWT dev
 * (of 121), 17 on GUM genres (441), 18 on Wikigold (175), 37 on CoNLL dev (76), and no gold name
 * touches 63, 33, 19 and 21 in 100 of them. 10 rather than 0 moved the leave-one-corpus-out strict F1
 * from 74.03 to 74.41: CoNLL dev 93.58 → 93.65, GUM news 68.67 → 69.02, GUM genres 69.82 → 70.07,
 * Wikigold 72.63 → 72.72, UNER 65.47 → 66.60 (lenient precision 66.5 → 69.5). It also filters the
 * silver tags' CoNLL-only model (scripts/train/run.ts), so it is part of the training's inputs
 */
export interface Decoding {
  minLead: number;
}

export interface TrainConfig {
  model: { name: string; version: string; description: string };
  decoding: Decoding;
  data: { dir: string; train: DataSet; gum: DataSet; dev: DataSet; extra: ExtraSet[] };
  gazetteerSources: Array<{ package: string; what: string; licence: string }>;
  training: TrainingSettings;
}

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const CONFIG_FILE = resolve(here, 'config.json');

export function loadConfig(file = CONFIG_FILE, env: Record<string, string | undefined> = process.env): TrainConfig {
  const config = JSON.parse(readFileSync(file, 'utf8')) as TrainConfig;
  const t = config.training;
  const num = (name: string, value: number) => (env[name] === undefined ? value : Number(env[name]));
  config.training = {
    epochs: num('EPOCHS', t.epochs),
    seed: num('SEED', t.seed),
    runs: num('RUNS', t.runs),
    minCount: num('MIN_COUNT', t.minCount),
    prune: num('PRUNE', t.prune),
    conllWeight: num('CONLL_WEIGHT', t.conllWeight ?? 1),
    excerpts: num('EXCERPTS', t.excerpts ?? 0),
    clusters: env.CLUSTERS === undefined ? (t.clusters ?? '') : env.CLUSTERS === 'none' ? '' : env.CLUSTERS,
    gum: {
      weight: num('GUM_WEIGHT', t.gum.weight),
      projection: env.GUM_PROJ ?? t.gum.projection,
      silver: env.GUM_SILVER ?? t.gum.silver,
    },
    augment: augmentedCorpora(config, env.AUGMENT ?? t.augment ?? [], file),
  };
  const weights = new Map(
    (env.EXTRA_WEIGHTS ?? '')
      .split(',')
      .filter(Boolean)
      .map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])] as const),
  );
  for (const key of weights.keys()) if (!config.data.extra.some((x) => x.key === key)) throw new Error(`EXTRA_WEIGHTS: no extra set "${key}" in ${file}`);
  config.data.extra = config.data.extra.map((x) => ({ ...x, weight: weights.get(x.key) ?? x.weight }));
  config.decoding = { minLead: num('MIN_LEAD', config.decoding.minLead) };
  return config;
}

/**
 * the word clusters a model is trained with (`training.clusters`: a file `npm run clusters` wrote,
 * relative to the repository; "" for none; env CLUSTERS overrides, "none" for none). A file named
 * but absent is an error, not a model silently trained without
 */
export function clustersText(config: TrainConfig): string {
  const path = config.training.clusters;
  if (!path) return '';
  const file = resolve(ROOT, path);
  if (!existsSync(file)) throw new Error(`training.clusters names ${file}, which does not exist: run \`npm run clusters\` first`);
  return readFileSync(file, 'utf8');
}

/** a data set's file, from the config's `dir` (relative to the repository) */
export const dataPath = (config: TrainConfig, set: DataSet): string => resolve(ROOT, config.data.dir, set.file);

export interface Provenance {
  /** the library version that trained the model */
  dramatis: string;
  gazetteerSources: Array<TrainConfig['gazetteerSources'][number] & { version: string }>;
}

/** versions as npm installed them (package.json, package-lock.json) */
export function provenance(config: TrainConfig): Provenance {
  const version = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  return {
    dramatis: version(resolve(ROOT, 'package.json')),
    gazetteerSources: config.gazetteerSources.map((s) => ({ ...s, version: version(resolve(ROOT, 'node_modules', s.package, 'package.json')) })),
  };
}
