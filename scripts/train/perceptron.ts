// averaged perceptron training over the shared greedy decoder
import { decode, type Scorer } from '../../src/tagger/decode';
import { NUM_TAGS, type TokenInfo } from '../../src/tagger/features';

/** mulberry32: small deterministic PRNG */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainDoc {
  info: TokenInfo;
  gold: Uint8Array;
  /** the corpus whose private copy of every feature this document also trains (0 or absent: none) */
  domain?: number;
}

/**
 * feature `h`'s copy private to corpus `domain` (feature augmentation, Daumé III 2007, "Frustratingly
 * easy domain adaptation"): a document of that corpus scores and updates both, so what only that
 * corpus teaches (its annotation conventions, its genre) can settle in the copy and what the corpora
 * share in the feature itself. Copies are live weights only: the model ships the shared features
 */
export const domainCopy = (h: number, domain: number): number => Math.imul(h ^ Math.imul(domain, 0x9e3779b1), 0x85ebca77) >>> 0;

export class Trainer {
  index = new Map<number, number>();
  hashes: number[] = [];
  w = new Float64Array(1 << 20);
  u = new Float64Array(1 << 20);
  c = 1;
  /** features allowed into the model (static ones seen at least minCount times); null = all */
  allowed: Set<number> | null = null;
  /** the corpora's private copies of features (domainCopy → live weights by tag), never averaged or shipped */
  private copies = new Map<number, Float64Array>();

  private slot(h: number, create: boolean): number {
    let i = this.index.get(h);
    if (i !== undefined) return i;
    if (!create) return -1;
    if (this.allowed && !this.allowed.has(h)) return -1;
    i = this.hashes.length;
    this.index.set(h, i);
    this.hashes.push(h);
    if ((i + 1) * NUM_TAGS > this.w.length) {
      const w = new Float64Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
    }
    return i;
  }

  private update(h: number, gold: number, pred: number, domain: number): void {
    const i = this.slot(h, true);
    if (i < 0) return;
    const b = i * NUM_TAGS;
    this.w[b + gold] += 1;
    this.u[b + gold] += this.c;
    this.w[b + pred] -= 1;
    this.u[b + pred] -= this.c;
    if (!domain) return;
    const key = domainCopy(h, domain);
    let row = this.copies.get(key);
    if (!row) this.copies.set(key, (row = new Float64Array(NUM_TAGS)));
    row[gold] += 1;
    row[pred] -= 1;
  }

  /** live (non-averaged) weights; with a `domain`, that corpus's copies added to them */
  scorer(domain = 0): Scorer {
    return {
      add: (feat, scores) => {
        const i = this.index.get(feat);
        if (i === undefined) return;
        const b = i * NUM_TAGS;
        for (let t = 0; t < NUM_TAGS; t++) scores[t] += this.w[b + t];
        if (!domain) return;
        const row = this.copies.get(domainCopy(feat, domain));
        if (row) for (let t = 0; t < NUM_TAGS; t++) scores[t] += row[t];
      },
    };
  }

  /** one pass over the documents; returns token errors */
  epoch(docs: TrainDoc[]): number {
    let errors = 0;
    const scorers = new Map<number, Scorer>();
    for (const d of docs) {
      const { feats, offsets } = d.info;
      const domain = d.domain ?? 0;
      let sc = scorers.get(domain);
      if (!sc) scorers.set(domain, (sc = this.scorer(domain)));
      decode(d.info, sc, (i, dyn, dn, pred) => {
        const gold = d.gold[i];
        if (pred !== gold) {
          errors++;
          for (let k = offsets[i]; k < offsets[i + 1]; k++) this.update(feats[k], gold, pred, domain);
          for (let k = 0; k < dn; k++) this.update(dyn[k], gold, pred, domain);
        }
        this.c++;
      });
    }
    return errors;
  }

  /** averaged weights, dense: feature i, tag t at [i * NUM_TAGS + t] */
  averaged(): Float64Array {
    const n = this.hashes.length * NUM_TAGS;
    const avg = new Float64Array(n);
    for (let k = 0; k < n; k++) avg[k] = this.w[k] - this.u[k] / this.c;
    return avg;
  }
}

export function shuffle<T>(xs: T[], rnd: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
