// shared by scripts/train.ts and scripts/cv-gum.ts: data loading, GUM projection, training runs
import { resolve } from 'node:path';
import { extractFeatures, NUM_TAGS, makeTag, type Gazetteer } from '../../src/tagger/features';
import { decodeModel, type Model } from '../../src/tagger/model';
import { tagWithModel } from '../../src/tagger/perceptron';
import type { Doc } from '../../src/core/types';
import { readJsonl, prepare, TYPE_INDEX, type Prepared, type GoldEntity } from './data';
import { Trainer, prng, shuffle, type TrainDoc } from './perceptron';
import { encodeModel } from './encode';
import { emptyScores, scoreDoc, type Scores, type Counts } from './score';

export const SEED = Number(process.env.SEED ?? 0x5eed);

/** how GUM joins training; shared by train.ts and cv-gum.ts so the CV measures what ships */
export function gumOptions(): { weight: number; proj: string; silver: string } {
  return {
    weight: Number(process.env.GUM_WEIGHT ?? 3),
    proj: process.env.GUM_PROJ ?? 'inner-notitle',
    silver: process.env.GUM_SILVER ?? 'per',
  };
}

/** GUM_SILVER: none | per | all → tag types */
export function silverTypeSet(s: string): Set<number> {
  return new Set(s === 'none' ? [] : s === 'per' ? [0] : [0, 1, 2, 3]);
}

/**
 * GUM gold → tags in CoNLL's convention, so the two corpora do not teach conflicting boundaries:
 * nested mentions win ("U.S." inside "U.S. President Donald Trump"), an outer mention keeps only the
 * uncovered stretch around its head, and leading title words are dropped when a name follows
 * ("President Donald Trump" → "Donald Trump"); a title alone ("the President") stays as it is.
 */
export function projectGum(doc: Doc, entities: GoldEntity[], titles: Set<string>, mode: string): Uint8Array {
  const tags = new Uint8Array(doc.tokens.length);
  const toks = doc.tokens;
  const sorted = entities
    .map((e, k) => ({ e, k }))
    .sort((a, b) => a.e.end - a.e.start - (b.e.end - b.e.start) || a.e.start - b.e.start || a.k - b.k)
    .map((x) => x.e);
  const sentOf = new Int32Array(toks.length);
  doc.sentences.forEach((s, si) => sentOf.fill(si, s.tokenStart, s.tokenEnd));
  for (const e of sorted) {
    const idx: number[] = [];
    for (const t of toks) {
      if (t.end <= e.start) continue;
      if (t.start >= e.end) break;
      idx.push(t.index);
    }
    if (!idx.length) continue;
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
    }
    // trailing / leading punctuation left behind by a nested mention
    while (a < b && !/[\p{L}\p{N}]/u.test(toks[a].view)) a++;
    while (b > a && !/[\p{L}\p{N}]/u.test(toks[b].view)) b--;
    const type = TYPE_INDEX[e.type];
    if (a === b) tags[a] = makeTag(type, 3);
    else for (let i = a; i <= b; i++) tags[i] = makeTag(type, i === a ? 0 : i === b ? 2 : 1);
  }
  return tags;
}

export interface Corpora {
  conll: Prepared[];
  dev: Prepared[];
  gum: Prepared[];
}

export function loadCorpora(dataDir: string): Corpora | null {
  const train = readJsonl(resolve(dataDir, 'conll2003-train.jsonl'));
  if (!train) return null;
  const dev = readJsonl(resolve(dataDir, 'conll2003-dev.jsonl')) ?? [];
  const gum = readJsonl(resolve(dataDir, 'gum-news.jsonl')) ?? [];
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
    else idx.forEach((i, k) => (tags[i] = makeTag(type, k === 0 ? 0 : k === idx.length - 1 ? 2 : 1)));
    added++;
  }
  return added;
}

export function gumTrainDocs(
  gum: Prepared[], gaz: Gazetteer, titles: Set<string>, mode: string,
  silver?: { model: Model; types: Set<number> },
): TrainDoc[] {
  return gum.map((p) => {
    const gold = mode === 'outer' ? p.tags.slice() : projectGum(p.doc, p.gold.entities, titles, mode);
    if (silver) fillSilver(p, gold, silver.model, silver.types);
    return { info: extractFeatures(p.doc, gaz), gold };
  });
}

/**
 * averaged perceptron over `base` plus `extra` repeated `weight` times per epoch (deterministic);
 * returns the encoded model
 */
export function trainModel(
  base: TrainDoc[],
  extra: TrainDoc[],
  weight: number,
  opt: { epochs: number; prune: number; log?: (s: string) => void },
): { base64: string; features: number; weights: number } {
  const trainer = new Trainer();
  const docs = base.slice();
  for (let w = 0; w < weight; w++) docs.push(...extra);
  const rnd = prng(SEED);
  for (let e = 1; e <= opt.epochs; e++) {
    const errors = trainer.epoch(shuffle(docs, rnd));
    opt.log?.(`epoch ${e}: ${errors} token errors, ${trainer.hashes.length} features`);
  }
  return encodeModel(trainer.hashes, trainer.averaged(), { prune: opt.prune });
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
