// a word's own share of the tagging, worked out once a process, not once a token: the hashes of
// its forms, its case, its cluster and the summed weights of the features that read the word
// alone (features.ts ownFeatures, affixFeatures). A weight is a float32 of one mu-law scale
// (model.ts), so any sum of a token's weights is exact in a float64 whatever its order: a
// word's row added at once scores what its features added one by one did
import type { Scorer } from './decode';
import * as F from './features';
import type { Gazetteer } from './features';

const NUM_TAGS: number = F.NUM_TAGS;

/**
 * words a table holds before it starts afresh (at a document's start, never inside one): the
 * common words of many articles, some 2.5 MB, which a server reading new names for weeks keeps
 */
const WORD_LIMIT = 1 << 14;

export class WordTable {
  private readonly index = new Map<string, number>();
  private capacity = 0;
  lowH = new Int32Array(0);
  wordH = new Int32Array(0);
  shH = new Int32Array(0);
  cap = new Uint8Array(0);
  cases = new Uint8Array(0);
  /** cluster id + 1, 0 for a word with none */
  clu = new Int32Array(0);
  /** the gazetteer's class mask of the word alone (-1: none) and whether a phrase goes on from it (1) */
  gazMask = new Int32Array(0);
  gazMore = new Uint8Array(0);
  /** NUM_TAGS summed weights a word, row k at k * NUM_TAGS */
  rows = new Float64Array(0);
  private readonly feats = new Uint32Array(F.MAX_OWN_FEATURES);
  private readonly scores = new Float64Array(NUM_TAGS);

  constructor(
    private readonly scorer: Scorer,
    private readonly gaz: Gazetteer,
  ) {}

  /**
   * at a document's start, `n` tokens long: room for its words. A table past WORD_LIMIT words starts afresh, and one
   * a long document grew past WORD_LIMIT's room shrinks back to it, so a 1 MB text's hundred megabytes of rows are
   * not kept for the next (a row is read by its index only while its document is tagged, so growing moves nothing
   * a reader holds)
   */
  reserve(n: number): void {
    if (this.index.size + n > WORD_LIMIT) {
      this.index.clear();
      if (this.capacity > WORD_LIMIT) this.resize(WORD_LIMIT);
    }
    const need = Math.min(WORD_LIMIT, this.index.size + n);
    if (need > this.capacity) this.resize(Math.max(need, Math.min(WORD_LIMIT, this.capacity * 2 || 1024)));
  }

  /** every column made `size` rows long, the words held kept */
  private resize(size: number): void {
    const held = Math.min(this.index.size, size);
    const grow = <A extends Int32Array | Uint8Array | Float64Array>(a: A, make: (k: number) => A, per = 1): A => {
      const b = make(size * per);
      b.set(a.subarray(0, held * per));
      return b;
    };
    this.lowH = grow(this.lowH, (k) => new Int32Array(k));
    this.wordH = grow(this.wordH, (k) => new Int32Array(k));
    this.shH = grow(this.shH, (k) => new Int32Array(k));
    this.cap = grow(this.cap, (k) => new Uint8Array(k));
    this.cases = grow(this.cases, (k) => new Uint8Array(k));
    this.clu = grow(this.clu, (k) => new Int32Array(k));
    this.gazMask = grow(this.gazMask, (k) => new Int32Array(k));
    this.gazMore = grow(this.gazMore, (k) => new Uint8Array(k));
    this.rows = grow(this.rows, (k) => new Float64Array(k), NUM_TAGS);
    this.capacity = size;
  }

  /** the word's row (after reserve), read the first time it is met */
  of(view: string, lower: string): number {
    const known = this.index.get(view);
    if (known !== undefined) return known;
    const k = this.index.size;
    // a document of more distinct words than the room made at its start: twice the room, the rows kept
    if (k >= this.capacity) this.resize(2 * this.capacity || 1024);
    this.index.set(view, k);
    const lsh = F.writeWord(view, lower, this.gaz, this, k);
    const asked = lower.length <= F.GAZ_WORD_MAX;
    this.gazMask[k] = asked ? (this.gaz.phrases.get(lower) ?? -1) : -1;
    this.gazMore[k] = asked && this.gaz.prefixes.has(lower) ? 1 : 0;
    const feats = this.feats;
    const m = F.affixFeatures(lower, feats, F.ownFeatures(this.wordH[k], this.lowH[k], this.shH[k], lsh, feats, 0));
    const scores = this.scores;
    scores.fill(0);
    for (let j = 0; j < m; j++) this.scorer.add(feats[j], scores);
    this.rows.set(scores, k * NUM_TAGS);
    return k;
  }
}
