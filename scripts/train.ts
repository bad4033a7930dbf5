// npm run train: trains the NER tagger on CoNLL-2003 train plus GUM news and the config's extra
// labelled sets at their weights (../shared/data; a set is skipped cleanly when its file is
// absent) as scripts/train/config.json says, and writes the model: weights.bin, clusters.txt and
// meta.json into src/tagger, the gazetteer.txt its features read into src/lexicon (scripts/train/write.ts).
// Deterministic: same data and config → byte-identical files. GUM is also our GUM dev set, so the
// gum-news figure printed here is in-sample; the honest one comes from `npx tsx scripts/cv-gum.ts`
// (k-fold cross-validation by document with the same settings).
//   env: OUT (one directory to write all four files to instead), EVAL_EVERY (dev F1 every n epochs),
//        SILVER_CACHE (a directory keeping the CoNLL-only silver model between runs: npm run loco), and
//        the overrides of the config's training settings listed in scripts/train/config.ts
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { extractFeatures, NUM_TAGS, type Gazetteer } from '../src/tagger/features';
import { parseClusters } from '../src/tagger/clusters';
import { parseGazetteer } from '../src/lexicon/phrase-classes';
import { decodeModel } from '../src/tagger/model';
import { candidatesFromTags, tagWithModel } from '../src/tagger/perceptron';
import { decode, type Scorer } from '../src/tagger/decode';
import { readJsonl, prepare, type Prepared } from './train/data';
import { linesOf } from './excerpt-lines';
import { buildGazetteerText } from './train/gazetteer';
import { Trainer, prng, shuffle, type TrainDoc } from './train/perceptron';
import { encodeModel, type Encoded } from './train/encode';
import { emptyScores, scoreDoc, formatScores, f1, type Scores } from './train/score';
import {
  CONFIG,
  extraTrainDocs,
  gumTrainDocs,
  inDomain,
  partialExtras,
  silverModel,
  silverTypeSet,
  trainModel,
  weightedExtras,
  type ExtraDocs,
} from './train/run';
import { titleWords } from './train/gazetteer';
import { clustersText, dataPath, provenance, ROOT } from './train/config';
import { modelFiles, shippedHomes, usedData, writeModel, MODEL_FILES, type UsedData } from './train/write';

const OUT = process.env.OUT ? resolve(process.env.OUT) : shippedHomes(ROOT);
const { epochs: EPOCHS, minCount: MIN_COUNT, prune: PRUNE, seed: SEED, runs: RUNS, gum: GUM } = CONFIG.training;
const EVAL_EVERY = Number(process.env.EVAL_EVERY ?? 0);

const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(1)}s`;
console.log(`${CONFIG.model.name} ${CONFIG.model.version}: ${JSON.stringify(CONFIG.training)}`);

const { train: TRAIN, gum: GUM_SET, dev: DEV } = CONFIG.data;
const train = readJsonl(dataPath(CONFIG, TRAIN));
if (!train) {
  console.log(`no training data at ${dataPath(CONFIG, TRAIN)}; nothing to do`);
  process.exit(0);
}
const dev = readJsonl(dataPath(CONFIG, DEV)) ?? [];
const gum = readJsonl(dataPath(CONFIG, GUM_SET)) ?? [];

const gazText = buildGazetteerText();
const clusters = clustersText(CONFIG);
const gaz: Gazetteer = { ...parseGazetteer(gazText.text), clusters: parseClusters(clusters) };
console.log(`gazetteer: ${gazText.phrases} phrases; clusters: ${gaz.clusters.size} words (${secs()})`);

const tr = prepare(train);
console.log(
  `train: ${train.length} docs, ${tr.prepared.reduce((n, p) => n + p.doc.tokens.length, 0)} tokens, ${tr.spans} gold spans, ${tr.misaligned} not on token boundaries, ${tr.overlapping} overlapping (${secs()})`,
);
const dv = prepare(dev);
console.log(`dev: ${dev.length} docs, ${dv.spans} gold spans, ${dv.misaligned} not on token boundaries (${secs()})`);
const gm = prepare(gum);

const trainDocs: TrainDoc[] = inDomain(
  tr.prepared.map((p) => ({ info: extractFeatures(p.doc, gaz), gold: p.tags })),
  'conll',
);
// GUM news, repeated GUM_WEIGHT times per epoch, in CoNLL's span convention (scripts/train/run.ts)
let gumDocs: TrainDoc[] = [];
let extras: ExtraDocs[] = [];
const silverTypes = silverTypeSet(GUM.silver);
const needSilver = silverTypes.size > 0 && ((gm.prepared.length && GUM.weight > 0) || CONFIG.data.extra.some((x) => x.projection === 'gum' && x.weight > 0));
const silver = needSilver ? { model: silverModel(trainDocs, gazText.text, clusters), types: silverTypes } : undefined;
if (silver) console.log(`silver tags for GUM-annotated sets: a CoNLL-only model (${secs()})`);
if (gm.prepared.length && GUM.weight > 0) {
  gumDocs = inDomain(gumTrainDocs(gm.prepared, gaz, titleWords(gaz), GUM.projection, silver), 'gum-news');
  console.log(`gum-news: ${gum.length} docs ×${GUM.weight}, projection ${GUM.projection}, silver ${GUM.silver} (${secs()})`);
} else console.log(gum.length ? 'gum-news: not trained on (GUM_WEIGHT=0)' : 'gum-news: absent, CoNLL only');
extras = extraTrainDocs(gaz, titleWords(gaz), silver);
for (const x of extras)
  console.log(
    `${x.set.key}: ${x.docs.length} docs ×${x.set.weight}, ${x.set.projection === 'gum' ? `GUM projection ${GUM.projection}` : 'spans as given'} (${secs()})`,
  );
for (const x of CONFIG.data.extra)
  if (!extras.some((e) => e.set.key === x.key)) console.log(`${x.key}: not trained on (${x.weight > 0 ? 'absent' : 'weight 0'})`);
// CoNLL train cut into its lines, each a document of its own (training.excerpts)
const EXCERPTS = CONFIG.training.excerpts;
const excerptDocs: TrainDoc[] =
  EXCERPTS > 0
    ? inDomain(
        prepare(train.flatMap((d) => linesOf(d))).prepared.map((p) => ({ info: extractFeatures(p.doc, gaz), gold: p.tags })),
        'conll',
      )
    : [];
if (EXCERPTS > 0) console.log(`conll excerpts: ${excerptDocs.length} lines ×${EXCERPTS} (${secs()})`);
// GUM news and the extra sets, each repeated its weight's number of times per epoch
const mixed: TrainDoc[] = [];
for (let w = 0; w < Math.floor(EXCERPTS); w++) mixed.push(...excerptDocs);
for (let w = 0; w < GUM.weight; w++) mixed.push(...gumDocs);
mixed.push(...weightedExtras(extras));
// CoNLL train, repeated its weight's number of times per epoch: the news it ships for
for (let w = 1; w < CONFIG.training.conllWeight; w++) mixed.push(...trainDocs);
const allDocs = trainDocs.concat(mixed);
const devInfos = dv.prepared.map((p) => extractFeatures(p.doc, gaz));
console.log(`features extracted (${secs()})`);

const trainer = new Trainer();
if (MIN_COUNT > 1) {
  const counts = new Map<number, number>();
  for (const d of trainDocs) for (const h of d.info.feats) counts.set(h, (counts.get(h) ?? 0) + 1);
  trainer.allowed = new Set<number>();
  for (const [h, c] of counts) if (c >= MIN_COUNT) trainer.allowed.add(h);
  // dynamic features are always allowed: mark by absence from counts
  const allowed = trainer.allowed;
  trainer.allowed = { has: (h: number) => allowed.has(h) || !counts.has(h) } as Set<number>;
}

function denseScorer(avg: Float64Array): Scorer {
  return {
    add(feat, scores) {
      const i = trainer.index.get(feat);
      if (i === undefined) return;
      const b = i * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) scores[t] += avg[b + t];
    },
  };
}

function evalDev(scorer: Scorer): number {
  const acc = emptyScores();
  dv.prepared.forEach((p: Prepared, k) => {
    scoreDoc(acc, p.gold, candidatesFromTags(p.doc, decode(devInfos[k], scorer)));
  });
  return f1(acc.strict.all);
}

// the fractional part of training.excerpts: a seeded share of the lines drawn afresh each epoch
const excerptShare = EXCERPTS - Math.floor(EXCERPTS);
const drawExcerpts = (rnd: () => number) => (excerptShare > 0 ? shuffle(excerptDocs, rnd).slice(0, Math.round(excerptShare * excerptDocs.length)) : []);

let enc: Encoded;
if (RUNS > 1) {
  if (extras.some((x) => !Number.isInteger(x.set.weight))) throw new Error('fractional extra-set weights train with runs: 1 only');
  // parameter mixing over RUNS shuffles (scripts/train/run.ts); the silver model above uses it too
  enc = trainModel(trainDocs, mixed, 1, { epochs: EPOCHS, prune: PRUNE, log: (l) => console.log(`${l} (${secs()})`), draw: drawExcerpts });
} else {
  const rnd = prng(SEED);
  const partial = partialExtras(extras);
  for (let e = 1; e <= EPOCHS; e++) {
    const drawn = partial(rnd).concat(drawExcerpts(rnd));
    const errors = trainer.epoch(shuffle(drawn.length ? allDocs.concat(drawn) : allDocs, rnd));
    let line = `epoch ${e}: ${errors} token errors, ${trainer.hashes.length} features (${secs()})`;
    if (EVAL_EVERY && e % EVAL_EVERY === 0) line += `  dev strict F1 ${evalDev(denseScorer(trainer.averaged())).toFixed(2)}`;
    console.log(line);
  }
  const avg = trainer.averaged();
  if (EVAL_EVERY) console.log(`averaged float model: dev strict F1 ${evalDev(denseScorer(avg)).toFixed(2)}`);
  enc = encodeModel(trainer.hashes, avg, { prune: PRUNE });
}
const trainSeconds = (performance.now() - t0) / 1000;
console.log(`training time ${trainSeconds.toFixed(1)}s; model ${enc.features} features, ${enc.weights} weights`);

const l0 = performance.now();
const model = decodeModel(enc.bytes, gazText.text, clusters, CONFIG.decoding.minLead);
console.log(`decode (load) time ${(performance.now() - l0).toFixed(1)} ms`);
const scores: Record<string, Scores> = {};
for (const [name, label, prep] of [
  ['conll2003-dev', 'conll2003-dev', dv.prepared],
  ['gum-news (in-sample)', gumDocs.length ? 'gum-news IN-SAMPLE (trained on; honest figure: scripts/cv-gum.ts)' : 'gum-news', gm.prepared],
] as const) {
  if (!prep.length) continue;
  const acc = emptyScores();
  const s0 = performance.now();
  for (const p of prep) scoreDoc(acc, p.gold, tagWithModel(p.doc, model));
  const ms = performance.now() - s0;
  const kb = prep.reduce((n, p) => n + p.gold.text.length, 0) / 1024;
  console.log(formatScores(`${label} (shipped model; tagging ${(ms / prep.length).toFixed(2)} ms/doc, ${(ms / kb).toFixed(3)} ms/KiB)`, acc));
  scores[gumDocs.length ? name : name.replace(' (in-sample)', '')] = acc;
}

const data: UsedData[] = [usedData('train', TRAIN, dataPath(CONFIG, TRAIN))];
if (gum.length) data.push(usedData(gumDocs.length ? 'train' : 'dev', GUM_SET, dataPath(CONFIG, GUM_SET)));
for (const x of extras) {
  const { key: _key, projection: _projection, weight: _weight, ...set } = x.set;
  data.push(usedData('train', set, dataPath(CONFIG, x.set)));
}
if (dev.length) data.push(usedData('dev', DEV, dataPath(CONFIG, DEV)));
const files = modelFiles({ config: CONFIG, provenance: provenance(CONFIG), model: enc, gazetteer: gazText, clusters, data, scores });
const written = writeModel(OUT, files);
MODEL_FILES.forEach((name, k) => {
  const size = typeof files[name] === 'string' ? Buffer.byteLength(files[name]) : files[name].length;
  console.log(`wrote ${written[k]}: ${size} bytes, gzipped ${gzipSync(files[name], { level: 9 }).length}`);
});
