// honest GUM figures for a tagger trained on CoNLL-2003 train + GUM: k-fold cross-validation by
// document over gum-news.jsonl (doc i is in fold i mod K). Each fold's model is trained on all of
// CoNLL train plus the other folds (repeated GUM weight times), quantised as shipped, and scored on
// the held-out fold; counts are summed over folds. Also prints each fold model's conll2003-dev score.
// Settings: scripts/train/config.json, as `npm run train` reads it (the same environment overrides).
//   npx tsx scripts/cv-gum.ts [--errors N]
//   env: FOLDS (5), CV_SAVE (directory for the fold models), EPOCHS, GUM_WEIGHT, GUM_PROJ
//   (inner-notitle | nested | conll | inner | outer), GUM_SILVER (per | all | none), PRUNE, SEED, RUNS
import { resolve } from 'node:path';
import { extractFeatures, type Gazetteer } from '../src/tagger/features';
import { parseClusters } from '../src/tagger/clusters';
import { parseGazetteer } from '../src/lexicon/phrase-classes';
import { decodeModel } from '../src/tagger/model';
import { tagWithModel } from '../src/tagger/perceptron';
import { buildGazetteerText, titleWords } from './train/gazetteer';
import {
  loadCorpora,
  gumTrainDocs,
  trainModel,
  scoreSet,
  addScores,
  silverTypeSet,
  CONFIG,
  RUNS,
  extraTrainDocs,
  weightedExtras,
  silverModel,
  inDomain,
} from './train/run';
import { emptyScores, formatScores, f1 } from './train/score';
import { modelFiles, usedData, writeModel } from './train/write';
import { clustersText, dataPath, provenance } from './train/config';
import type { TrainDoc } from './train/perceptron';

const FOLDS = Number(process.env.FOLDS ?? 5);
const {
  epochs: EPOCHS,
  prune: PRUNE,
  gum: { weight: WEIGHT, projection: PROJ, silver: SILVER },
} = CONFIG.training;
/** CV_SAVE=dir writes each fold's model to dir/foldK (weights.bin, gazetteer.txt, meta.json), for scoring the whole pipeline per fold (scripts/cv-pipeline.ts) */
const SAVE = process.env.CV_SAVE;
const args = process.argv.slice(2);
const ei = args.indexOf('--errors');
const showErrors = ei >= 0 ? Number(args[ei + 1]) : 0;

const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(1)}s`;
const corpora = loadCorpora();
if (!corpora?.gum.length) {
  console.log(`no CoNLL train or gum-news data at ${CONFIG.data.dir}; nothing to do`);
  process.exit(0);
}
const gazText = buildGazetteerText();
const clusters = clustersText(CONFIG);
const gaz: Gazetteer = { ...parseGazetteer(gazText.text), clusters: parseClusters(clusters) };
const conll: TrainDoc[] = inDomain(
  corpora.conll.map((p) => ({ info: extractFeatures(p.doc, gaz), gold: p.tags })),
  'conll',
);
// silver tags for names GUM leaves unannotated come from a CoNLL-only model (no GUM in it)
const silverTypes = silverTypeSet(SILVER);
const silver = silverTypes.size ? { model: silverModel(conll, gazText.text, clusters), types: silverTypes } : undefined;
const gumDocs = inDomain(gumTrainDocs(corpora.gum, gaz, titleWords(gaz), PROJ, silver), 'gum-news');
const extraSets = extraTrainDocs(gaz, titleWords(gaz), silver);
if (extraSets.some((x) => !Number.isInteger(x.set.weight))) throw new Error('cv-gum trains whole extra-set weights only');
const extraDocs = weightedExtras(extraSets);
console.log(
  `cv-gum: ${FOLDS} folds over ${corpora.gum.length} GUM docs, GUM weight ×${WEIGHT}, projection ${PROJ}, silver ${SILVER}, ${EPOCHS} epochs, ${RUNS} run(s) mixed (${secs()})`,
);

const gumAcc = emptyScores();
const devAcc = emptyScores();
const errors: string[] = [];
for (let k = 0; k < FOLDS; k++) {
  const inFold = (i: number) => i % FOLDS === k;
  // the other folds, GUM_WEIGHT times, then the config's extra sets as train.ts weighs them
  const extra: TrainDoc[] = [];
  for (let w = 0; w < WEIGHT; w++) extra.push(...gumDocs.filter((_, i) => !inFold(i)));
  extra.push(...extraDocs);
  const enc = trainModel(conll, extra, 1, { epochs: EPOCHS, prune: PRUNE });
  const model = decodeModel(enc.bytes, gazText.text, clusters, CONFIG.decoding.minLead);
  const held = corpora.gum.filter((_, i) => inFold(i));
  const s = scoreSet(model, held);
  addScores(gumAcc, s);
  const d = scoreSet(model, corpora.dev);
  addScores(devAcc, d);
  if (SAVE) {
    const name = `${CONFIG.model.name}-cv${FOLDS}-fold${k}`;
    const config = { ...CONFIG, model: { ...CONFIG.model, name, description: `fold ${k} of ${FOLDS}: ${CONFIG.model.description}` } };
    const { train, gum, dev } = CONFIG.data;
    const data = [
      usedData('train', train, dataPath(CONFIG, train)),
      usedData(`train, but for fold ${k}`, gum, dataPath(CONFIG, gum)),
      usedData('dev', dev, dataPath(CONFIG, dev)),
    ];
    writeModel(
      resolve(SAVE, `fold${k}`),
      modelFiles({
        config,
        provenance: provenance(CONFIG),
        model: enc,
        gazetteer: gazText,
        clusters,
        data,
        scores: { 'gum-news (held-out fold)': s, 'conll2003-dev': d },
      }),
    );
  }
  console.log(
    `fold ${k + 1}: ${held.length} held-out docs, lenient F1 ${f1(s.lenient.all).toFixed(2)} strict ${f1(s.strict.all).toFixed(2)}; conll dev strict ${f1(d.strict.all).toFixed(2)} (${secs()})`,
  );
  if (showErrors) {
    for (const p of held) {
      const pred = tagWithModel(p.doc, model);
      const gold = p.gold.entities.filter((e) => e.type !== 'other');
      const other = p.gold.entities.filter((e) => e.type === 'other');
      const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
      const head = (g: (typeof gold)[number]) => (g.head ? { start: g.head[0], end: g.head[1] } : g);
      const ctx = (x: { start: number; end: number }) => p.gold.text.slice(Math.max(0, x.start - 40), x.end + 40).replace(/\n/g, ' ');
      for (const q of pred) {
        if (gold.some((g) => g.type === q.type && ov(q, head(g)))) {
          const g = gold.find((g) => g.type === q.type && g.start === q.start && g.end === q.end);
          if (!g) {
            const o = gold.find((g) => g.type === q.type && ov(q, head(g)))!;
            errors.push(`  boundary ${q.type}: "${p.gold.text.slice(q.start, q.end)}" vs gold "${p.gold.text.slice(o.start, o.end)}"`);
          }
          continue;
        }
        const o = [...gold, ...other].find((g) => ov(g, q));
        if (o?.type === 'other' && !gold.some((g) => ov(g, q))) continue;
        errors.push(
          `  false ${q.type}: "${p.gold.text.slice(q.start, q.end)}"${o ? ` (gold ${o.type}: "${p.gold.text.slice(o.start, o.end)}")` : ''}  …${ctx(q)}…`,
        );
      }
      for (const g of gold)
        if (!pred.some((q) => q.type === g.type && ov(q, head(g)))) errors.push(`  missed ${g.type}: "${p.gold.text.slice(g.start, g.end)}"  …${ctx(g)}…`);
    }
  }
}
console.log(formatScores(`gum-news, ${FOLDS}-fold cross-validated by document (held-out folds summed)`, gumAcc));
console.log(`conll2003-dev, mean over the ${FOLDS} fold models: strict F1 ${f1(devAcc.strict.all).toFixed(2)}`);
console.log(`cv-gum done (${secs()})`);
for (const e of errors.slice(0, showErrors)) console.log(e);
