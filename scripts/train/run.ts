// shared by scripts/train.ts and scripts/cv-gum.ts: data loading, GUM projection, training runs
import { extractFeatures, NUM_TAGS, makeTag, type Gazetteer } from '../../src/tagger/features';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { featureFingerprint } from '../../src/tagger/fingerprint';
import { decodeModel, MODEL_FORMAT, MU, type Model } from '../../src/tagger/model';
import { tagWithModel } from '../../src/tagger/perceptron';
import type { Doc } from '../../src/core/types';
import { readJsonl, prepare, TYPE_INDEX, type Prepared, type GoldEntity } from './data';
import { Trainer, prng, shuffle, type TrainDoc } from './perceptron';
import { encodeModel, type Encoded } from './encode';
import { trainingCodeHash } from './code-hash';
import { loadConfig, dataPath, type ExtraSet } from './config';
import { domainOf } from './domains';
import { emptyScores, scoreDoc, type Scores, type Counts } from './score';

/** scripts/train/config.json with its environment overrides; shared by train.ts and cv-gum.ts so the CV measures what ships */
export const CONFIG = loadConfig();
export const SEED = CONFIG.training.seed;
/** perceptrons trained over different shuffles and averaged into one model */
export const RUNS = CONFIG.training.runs;

/** GUM_SILVER: none | per | all → tag types */
export function silverTypeSet(s: string): Set<number> {
  return new Set(s === 'none' ? [] : s === 'per' ? [0] : [0, 1, 2, 3]);
}

const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/**
 * GUM gold → tags in CoNLL's convention, so the two corpora do not teach conflicting boundaries.
 * GUM nests mentions and puts titles inside person spans; CoNLL does neither. Mode `conll`:
 * - organisations and locations first, outer span winning ("University of Sheffield", not
 *   "University" + "Sheffield"), as CoNLL tags "Bank of England";
 * - then persons on the tokens left free, the stretch around the head, with every word up to the
 *   last title word dropped ("U.S. President Donald Trump" → "U.S." LOC + "Donald Trump" PER,
 *   "Prime Minister Rishi Sunak" → "Rishi Sunak"); a title alone ("the President") stays as it is;
 * - then `other` as MISC where it is wholly free, capitalised and not a day or month name (GUM's
 *   `other` also covers dates, which CoNLL leaves untagged).
 * Mode `inner-notitle` (the default; best in cross-validation): nested mentions first for every
 * type, then each outer mention keeps the free stretch around its head, minus leading title words.
 * Mode `nested`: the same, dropping everything up to the last title word and `other` dates.
 * Modes `inner` (no title dropping) and `outer` (outer span wins, GUM as is) for comparison.
 */
export function projectGum(doc: Doc, entities: GoldEntity[], titles: Set<string>, mode: string): Uint8Array {
  const tags = new Uint8Array(doc.tokens.length);
  const toks = doc.tokens;
  const len = (e: GoldEntity) => e.end - e.start;
  const indexed = entities.map((e, k) => ({ e, k }));
  const byLen = (dir: number) => (a: { e: GoldEntity; k: number }, b: { e: GoldEntity; k: number }) =>
    dir * (len(a.e) - len(b.e)) || a.e.start - b.e.start || a.k - b.k;
  let sorted: GoldEntity[];
  if (mode === 'conll') {
    const rank = (t: string) => (t === 'organization' || t === 'location' ? 0 : t === 'person' ? 1 : 2);
    sorted = indexed.sort((a, b) => rank(a.e.type) - rank(b.e.type) || (rank(a.e.type) === 1 ? byLen(1)(a, b) : byLen(-1)(a, b))).map((x) => x.e);
  } else sorted = indexed.sort(byLen(1)).map((x) => x.e);
  const sentOf = new Int32Array(toks.length);
  for (const [si, s] of doc.sentences.entries()) sentOf.fill(si, s.tokenStart, s.tokenEnd);
  const put = (a: number, b: number, type: number) => {
    if (a === b) tags[a] = makeTag(type, 3);
    else for (let i = a; i <= b; i++) tags[i] = makeTag(type, i === a ? 0 : i === b ? 2 : 1);
  };
  for (const e of sorted) {
    const idx: number[] = [];
    for (const t of toks) {
      if (t.end <= e.start) continue;
      if (t.start >= e.end) break;
      idx.push(t.index);
    }
    if (!idx.length) continue;
    const type = TYPE_INDEX[e.type];
    if (mode === 'conll' && e.type !== 'person') {
      if (idx.some((i) => tags[i]) || sentOf[idx[0]] !== sentOf[idx[idx.length - 1]]) continue;
      if (e.type === 'other' && (!/^\p{Lu}/u.test(toks[idx[0]].view) || idx.every((i) => CALENDAR.has(toks[i].lower)))) continue;
      put(idx[0], idx[idx.length - 1], type);
      continue;
    }
    if (mode === 'nested' && e.type === 'other' && (!/^\p{Lu}/u.test(toks[idx[0]].view) || idx.every((i) => CALENDAR.has(toks[i].lower)))) continue;
    const hs = e.head ? e.head[0] : e.start;
    let h = idx.find((i) => toks[i].end > hs) ?? idx[0];
    if (tags[h]) {
      // head already inside a nested mention: take the first free token
      const free = idx.find((i) => !tags[i]);
      if (free === undefined) continue;
      h = free;
    }
    let a = h;
    let b = h;
    while (a - 1 >= idx[0] && !tags[a - 1] && sentOf[a - 1] === sentOf[h]) a--;
    while (b + 1 <= idx[idx.length - 1] && !tags[b + 1] && sentOf[b + 1] === sentOf[h]) b++;
    if (mode === 'inner-notitle') {
      while (a < b && titles.has(toks[a].lower)) a++;
    } else if (mode === 'conll' || mode === 'nested') {
      for (let k = b - 1; k >= a; k--)
        if (titles.has(toks[k].lower)) {
          a = k + 1;
          break;
        }
    }
    // punctuation and joiners left at an edge by a nested mention or a dropped title
    while (a < b && (!/[\p{L}\p{N}]/u.test(toks[a].view) || /^(of|the|for|and)$/.test(toks[a].lower))) a++;
    while (b > a && !/[\p{L}\p{N}]/u.test(toks[b].view)) b--;
    put(a, b, type);
  }
  return tags;
}

export interface Corpora {
  conll: Prepared[];
  dev: Prepared[];
  gum: Prepared[];
}

export function loadCorpora(): Corpora | null {
  const train = readJsonl(dataPath(CONFIG, CONFIG.data.train));
  if (!train) return null;
  const dev = readJsonl(dataPath(CONFIG, CONFIG.data.dev)) ?? [];
  const gum = readJsonl(dataPath(CONFIG, CONFIG.data.gum)) ?? [];
  return { conll: prepare(train).prepared, dev: prepare(dev).prepared, gum: prepare(gum).prepared };
}

/**
 * GUM leaves a name after a common-noun role unannotated ("English captain Harry Kane", "team member
 * Rodaba Noori": the mention's head is the role noun, so it is not a named mention). Taught as O,
 * those would train the tagger to skip real people; instead the spans a CoNLL-only model finds there
 * (of the listed types, overlapping no gold mention at all, `other` included) are kept as silver tags.
 */
export function fillSilver(p: Prepared, tags: Uint8Array, silver: Model, types: Set<number>): number {
  let added = 0;
  const tt = tagWithModel(p.doc, silver);
  for (const c of tt) {
    const type = TYPE_INDEX[c.type];
    if (!types.has(type)) continue;
    if (p.gold.entities.some((e) => e.start < c.end && c.start < e.end)) continue;
    const idx = p.doc.tokens.filter((t) => t.start >= c.start && t.end <= c.end).map((t) => t.index);
    if (!idx.length || idx.some((i) => tags[i])) continue;
    if (idx.length === 1) tags[idx[0]] = makeTag(type, 3);
    else for (const [k, i] of idx.entries()) tags[i] = makeTag(type, k === 0 ? 0 : k === idx.length - 1 ? 2 : 1);
    added++;
  }
  return added;
}

export function gumTrainDocs(gum: Prepared[], gaz: Gazetteer, titles: Set<string>, mode: string, silver?: { model: Model; types: Set<number> }): TrainDoc[] {
  return gum.map((p) => {
    const gold = mode === 'outer' ? p.tags.slice() : projectGum(p.doc, p.gold.entities, titles, mode);
    if (silver) fillSilver(p, gold, silver.model, silver.types);
    return { info: extractFeatures(p.doc, gaz), gold };
  });
}

/**
 * the CoNLL-only model whose spans fill GUM's silver tags (trained with the config's epochs and
 * pruning, one run); with SILVER_CACHE (a directory) it is kept there between runs of the same
 * inputs, as npm run loco trains many models with the same one
 */
export function silverModel(conll: TrainDoc[], gazetteer: string, clusters: string): Model {
  const { epochs, prune, seed } = CONFIG.training;
  // the plain CoNLL-only model, whatever the config augments
  const plain = conll.map(({ info, gold }) => ({ info, gold }));
  const train = () => trainModel(plain, [], 0, { epochs, prune, runs: 1 }).bytes;
  const dir = process.env.SILVER_CACHE;
  let bytes: Uint8Array;
  if (!dir) bytes = train();
  else {
    const key = createHash('sha256')
      .update(JSON.stringify([epochs, prune, seed, featureFingerprint(), MODEL_FORMAT, MU, trainingCodeHash()]))
      .update(readFileSync(dataPath(CONFIG, CONFIG.data.train)))
      .update(gazetteer)
      .update(clusters)
      .digest('hex')
      .slice(0, 16);
    const file = resolve(dir, `silver-${key}.bin`);
    if (existsSync(file)) bytes = new Uint8Array(readFileSync(file));
    else {
      bytes = train();
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, bytes);
    }
  }
  return decodeModel(bytes, gazetteer, clusters, CONFIG.decoding.minLead);
}

/** a corpus's documents, marked with its private copy of the features when the config augments it */
export function inDomain(docs: TrainDoc[], key: string): TrainDoc[] {
  const domain = domainOf(CONFIG, key);
  return domain ? docs.map((d) => ({ ...d, domain })) : docs;
}

/** an extra labelled corpus, its documents read and tagged in CoNLL's convention */
export interface ExtraDocs {
  set: ExtraSet;
  prepared: Prepared[];
  docs: TrainDoc[];
}

/**
 * the extra sets of the config (gum-genres, wikigold, uner-ewt, …) with a weight above 0 and a
 * file present; GUM-annotated sets are projected as GUM news is, with the same silver tags
 */
export function extraTrainDocs(gaz: Gazetteer, titles: Set<string>, silver?: { model: Model; types: Set<number> }): ExtraDocs[] {
  const out: ExtraDocs[] = [];
  for (const set of CONFIG.data.extra) {
    if (!(set.weight > 0)) continue;
    const gold = readJsonl(dataPath(CONFIG, set));
    if (!gold) continue;
    const { prepared } = prepare(gold);
    const docs =
      set.projection === 'gum'
        ? gumTrainDocs(prepared, gaz, titles, CONFIG.training.gum.projection, silver)
        : prepared.map((p) => ({ info: extractFeatures(p.doc, gaz), gold: p.tags }));
    out.push({ set, prepared, docs: inDomain(docs, set.key) });
  }
  return out;
}

/** every extra set's documents, each repeated the whole part of its weight */
export function weightedExtras(extras: ExtraDocs[]): TrainDoc[] {
  const docs: TrainDoc[] = [];
  for (const x of extras) for (let w = 0; w < Math.floor(x.set.weight); w++) docs.push(...x.docs);
  return docs;
}

/**
 * the fractional part of each extra set's weight, drawn afresh every epoch: weight 0.3 trains on
 * a seeded 30 % of the set's documents per epoch, so a set can count for less than CoNLL without
 * the same documents always left out. No draw (and no change to the shuffles) when every weight is whole
 */
export function partialExtras(extras: ExtraDocs[]): (rnd: () => number) => TrainDoc[] {
  const parts = extras.map((x) => ({ docs: x.docs, share: x.set.weight - Math.floor(x.set.weight) })).filter((p) => p.share > 0);
  return (rnd) => parts.flatMap((p) => shuffle(p.docs, rnd).slice(0, Math.round(p.share * p.docs.length)));
}

/**
 * averaged perceptron over `base` plus `extra` repeated `weight` times per epoch, and what `draw`
 * draws afresh each epoch (deterministic); returns the encoded model
 */
export function trainModel(
  base: TrainDoc[],
  extra: TrainDoc[],
  weight: number,
  opt: { epochs: number; prune: number; runs?: number; log?: (s: string) => void; draw?: (rnd: () => number) => TrainDoc[] },
): Encoded {
  const docs = base.slice();
  for (let w = 0; w < weight; w++) docs.push(...extra);
  const runs = opt.runs ?? RUNS;
  // parameter mixing: `runs` perceptrons over different shuffles, their averaged weights averaged
  const sum = new Map<number, Float64Array>();
  for (let r = 0; r < runs; r++) {
    const trainer = new Trainer();
    const rnd = prng(SEED + r);
    for (let e = 1; e <= opt.epochs; e++) {
      const drawn = opt.draw?.(rnd) ?? [];
      const errors = trainer.epoch(shuffle(drawn.length ? docs.concat(drawn) : docs, rnd));
      opt.log?.(`run ${r + 1} epoch ${e}: ${errors} token errors, ${trainer.hashes.length} features`);
    }
    if (runs === 1) return encodeModel(trainer.hashes, trainer.averaged(), { prune: opt.prune });
    const avg = trainer.averaged();
    trainer.hashes.forEach((h, i) => {
      let row = sum.get(h);
      if (!row) sum.set(h, (row = new Float64Array(NUM_TAGS)));
      for (let t = 0; t < NUM_TAGS; t++) row[t] += avg[i * NUM_TAGS + t] / runs;
    });
  }
  const hashes = [...sum.keys()].sort((a, b) => a - b);
  const avg = new Float64Array(hashes.length * NUM_TAGS);
  for (const [i, h] of hashes.entries()) avg.set(sum.get(h)!, i * NUM_TAGS);
  return encodeModel(hashes, avg, { prune: opt.prune });
}

export function scoreSet(model: Model, prep: Prepared[], acc: Scores = emptyScores()): Scores {
  for (const p of prep) scoreDoc(acc, p.gold, tagWithModel(p.doc, model));
  return acc;
}

export function addScores(a: Scores, b: Scores): void {
  for (const m of ['strict', 'lenient'] as const)
    for (const t of Object.keys(a[m])) for (const k of ['tp', 'pred', 'gold'] as (keyof Counts)[]) a[m][t][k] += b[m][t][k];
}

export { decodeModel, NUM_TAGS };
