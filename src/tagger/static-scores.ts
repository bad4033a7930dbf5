// run time: every token's static features' scores, summed before decoding. A word's own features
// (TokenInfo.own: bias, word, lower, shapes, length, prefixes, suffixes) are the same wherever it
// stands, so their sum is read once a document, and kept a while across documents: a word met
// before costs one read where its own features cost a dozen lookups in a table of megabytes, each
// likely a cache miss. The order of adding changes no score: a weight is an 8-bit mu-law code of
// one scale (model.ts), a float32 that is a whole multiple of 2^-36 of that scale and under 2^37
// of them, so a float64 sums thousands of them exactly, in any order
import { NUM_TAGS, type TokenInfo } from './features';
import type { Model } from './model';

/** the words whose own sums are kept across documents; past it the store starts afresh */
const WORDS = 1 << 14;

interface OwnSums {
  row: Map<string, number>;
  sums: Float64Array;
}

/** each model's store (a script may swap models: scripts/cv-pipeline.ts) */
const stores = new WeakMap<Model, OwnSums>();

function storeOf(model: Model): OwnSums {
  let store = stores.get(model);
  if (!store) stores.set(model, (store = { row: new Map(), sums: new Float64Array(WORDS * NUM_TAGS) }));
  return store;
}

/** adds the weights of feats[from, to) to `scores` */
function addRange(model: Model, feats: Uint32Array, from: number, to: number, scores: Float64Array): void {
  model.prefetch?.(feats, from, to);
  for (let k = from; k < to; k++) model.add(feats[k], scores);
}

/** the sum of token i's own features (its word's first token's), into `scores` */
function ownSum(views: readonly string[], info: TokenInfo, model: Model, store: OwnSums, i: number, scores: Float64Array): void {
  const { feats, offsets, own } = info as Required<TokenInfo>;
  const at = store.row.get(views[i]);
  if (at !== undefined) {
    for (let t = 0; t < NUM_TAGS; t++) scores[t] = store.sums[at + t];
    return;
  }
  scores.fill(0);
  addRange(model, feats, offsets[i], own[3 * i], scores);
  addRange(model, feats, own[3 * i + 1], own[3 * i + 2], scores);
  if (store.row.size === WORDS) store.row.clear();
  const row = store.row.size * NUM_TAGS;
  store.row.set(views[i], row);
  store.sums.set(scores, row);
}

/** each token's static scores, NUM_TAGS a token: what decode would add one feature at a time */
export function staticScores(views: readonly string[], info: TokenInfo, model: Model): Float64Array {
  const { n, feats, offsets, own, first } = info;
  const out = new Float64Array(n * NUM_TAGS);
  const scores = new Float64Array(NUM_TAGS);
  if (!own || !first) {
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      addRange(model, feats, offsets[i], offsets[i + 1], scores);
      out.set(scores, i * NUM_TAGS);
    }
    return out;
  }
  const store = storeOf(model);
  // each word's own sum, at the row of its first token
  const owned = new Float64Array(n * NUM_TAGS);
  for (let i = 0; i < n; i++) {
    const f = first[i];
    if (f === i) {
      ownSum(views, info, model, store, i, scores);
      owned.set(scores, i * NUM_TAGS);
    } else for (let t = 0, at = f * NUM_TAGS; t < NUM_TAGS; t++) scores[t] = owned[at + t];
    addRange(model, feats, own[3 * i], own[3 * i + 1], scores);
    addRange(model, feats, own[3 * i + 2], offsets[i + 1], scores);
    out.set(scores, i * NUM_TAGS);
  }
  return out;
}
