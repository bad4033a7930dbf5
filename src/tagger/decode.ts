// greedy left-to-right BILOU decoding with valid transitions only; shared by training and run time
import * as F from './features';
import type { TokenInfo } from './features';

// module-local copies: hot loops must not go through import bindings (some loaders make them getters)
const NUM_TAGS: number = F.NUM_TAGS;
const MAX_DYNAMIC: number = F.MAX_DYNAMIC;
const dynamicFeatures = F.dynamicFeatures;
const tagType = (tag: number): number => (tag === 0 ? -1 : (tag - 1) >> 2);
const tagPart = (tag: number): number => (tag - 1) & 3;

/** the tag value standing for "before the sentence" in the previous-tag features */
export const BOS_TAG = NUM_TAGS;
/** history value for a capitalised word last tagged O */
const HIST_O = 5;

export interface Scorer {
  /** add the weights of feature `feat` (a hash) to `scores` */
  add(feat: number, scores: Float64Array): void;
  /**
   * read where the weights of feats[from, to) are, all at once, before they are added one by one: a
   * hint that changes no score. The memory reads of a run of independent lookups overlap, where each
   * `add`, branching on what it read, waits for its own (decoding a document after the rest of the
   * pipeline has pushed the weights out of the CPU's caches took a third less time); returns what it
   * read, which callers ignore
   */
  prefetch?(feats: Uint32Array, from: number, to: number): number;
}

/** called after each prediction during training; returns nothing, may update weights */
export type Learner = (i: number, dyn: Uint32Array, dynCount: number, predicted: number) => void;

/**
 * best tag after `prev` (BILOU): an open entity may continue (I, L of its type) or be closed
 * retroactively by anything that may start after a closed one (O, B, U); `last` = final token of
 * its sentence, where nothing may stay open
 */
function bestAllowed(scores: Float64Array, prev: number, last: boolean): number {
  let best = 0;
  let bestScore = scores[0];
  const open = prev !== BOS_TAG && prev !== 0 && tagPart(prev) <= 1;
  const openType = open ? tagType(prev) : -1;
  for (let t = 1; t < NUM_TAGS; t++) {
    const part = tagPart(t);
    if (part === 1 || part === 2) {
      if (tagType(t) !== openType) continue;
      if (part === 1 && last) continue;
    } else if (part === 0 && last) continue;
    if (scores[t] > bestScore) {
      best = t;
      bestScore = scores[t];
    }
  }
  return best;
}

/** B → U, I → L: close an entity the next tag did not continue */
function closeTag(tag: number): number {
  const part = tagPart(tag);
  return part === 0 ? tag + 3 : part === 1 ? tag + 1 : tag;
}

// a document's scratch, made once: decoding runs to its end before another starts
const scores = new Float64Array(NUM_TAGS);
const dyn = new Uint32Array(MAX_DYNAMIC);

/** the best tag of every token; with `margins`, each tag's lead in score over O (none) written there too */
export function decode(info: TokenInfo, scorer: Scorer, learn?: Learner, margins?: Float64Array): Uint8Array {
  const { n, feats, offsets, sentEnd, cap, lowH, rows, rowOf } = info;
  const tags = new Uint8Array(n);
  const history = new Map<number, number>();
  let p1 = BOS_TAG;
  let p2 = BOS_TAG;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sentEnd[i - 1] !== sentEnd[i]) {
      p1 = BOS_TAG;
      p2 = BOS_TAG;
    }
    if (rows && rowOf) {
      // the token's own features' weights, summed once a word (words.ts)
      const r = rowOf[i] * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) scores[t] = rows[r + t];
    } else scores.fill(0);
    scorer.prefetch?.(feats, offsets[i], offsets[i + 1]);
    for (let k = offsets[i]; k < offsets[i + 1]; k++) scorer.add(feats[k], scores);
    const hist = cap[i] ? (history.get(lowH[i]) ?? 0) : 0;
    const dn = dynamicFeatures(info, i, p1, p2, hist, dyn);
    scorer.prefetch?.(dyn, 0, dn);
    for (let k = 0; k < dn; k++) scorer.add(dyn[k], scores);
    const tag = bestAllowed(scores, p1, i === sentEnd[i] - 1);
    tags[i] = tag;
    if (margins) margins[i] = scores[tag] - scores[0];
    if (i > 0 && p1 !== BOS_TAG && p1 !== 0 && tagPart(p1) <= 1 && (tag === 0 || tagPart(tag) === 0 || tagPart(tag) === 3)) {
      p1 = closeTag(p1);
      tags[i - 1] = p1;
    }
    if (learn) learn(i, dyn, dn, tag);
    if (cap[i]) history.set(lowH[i], tag === 0 ? HIST_O : tagType(tag) + 1);
    p2 = p1;
    p1 = tag;
  }
  return tags;
}

export interface TagSpan {
  /** first and last token, inclusive */
  first: number;
  last: number;
  type: number;
}

/** entity spans from a BILOU tag sequence (tolerates broken sequences) */
export function spansOf(tags: Uint8Array): TagSpan[] {
  const out: TagSpan[] = [];
  let open = -1;
  let openType = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) {
      open = -1;
      continue;
    }
    const type = tagType(t);
    const part = tagPart(t);
    if (part === 3) {
      out.push({ first: i, last: i, type });
      open = -1;
    } else if (part === 0) {
      open = i;
      openType = type;
    } else if (open >= 0 && openType === type) {
      if (part === 2) {
        out.push({ first: open, last: i, type });
        open = -1;
      }
    } else {
      open = -1;
    }
  }
  return out;
}
