// the weights' binary format (weights.bin): read into one hash table whose slots hold the weights
import { phraseTable } from '../lexicon/phrase-classes';
import * as F from './features';
import type { Gazetteer } from './features';
import type { Scorer } from './decode';
import { parseClusters } from './clusters';
// bound once: a global lookup per call costs in the hot loop (and far more under jest's sandbox)
const imul = Math.imul;

const NUM_TAGS: number = F.NUM_TAGS;
/** set bits of a tag mask */
function popcount(m: number): number {
  let c = 0;
  for (; m; m &= m - 1) c++;
  return c;
}

/** weights a feature keeps in its hash slot; more go to the overflow arrays */
const INLINE = 4;

/** the format's name, as meta.json gives it, and its magic: "DRT2" little-endian */
export const MODEL_FORMAT = 'DRT2';
export const MODEL_MAGIC = 0x32545244;
/** bytes of a feature's tag mask: one bit a tag */
export const MASK_BYTES = 3;

export interface Model extends Scorer {
  gazetteer: Gazetteer;
  /** rows in the table: features with at least one non-zero weight */
  features: number;
  /** non-zero weights over all rows */
  weights: number;
  /**
   * the least lead over "no name" (O) every tag of a span must hold for the span to count at run
   * time, in this model's score units (meta.json decoding.minLead; 0: every span counts)
   */
  minLead: number;
}

/** weights are quantised to 8 bits on a mu-law curve: fine steps near zero, coarse for big weights */
export const MU = 255;
export function muLawValue(q: number, max: number): number {
  const m = Math.abs(q);
  const v = (max * ((1 + MU) ** (m / 127) - 1)) / MU;
  return q < 0 ? -v : v;
}
export function muLawCode(v: number, max: number): number {
  const q = Math.round((127 * Math.log(1 + (MU * Math.min(Math.abs(v), max)) / max)) / Math.log(1 + MU));
  return v < 0 ? -q : q;
}

/** the header: u32 magic, u32 N (features), f32 largest |weight|; null if the magic is wrong */
export function readHeader(bytes: Uint8Array): { features: number; scale: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || view.getUint32(0, true) !== MODEL_MAGIC) return null;
  return { features: view.getUint32(4, true), scale: view.getFloat32(8, true) };
}

/**
 * binary layout, column by column so that each compresses well: the header, N varint deltas of
 * the sorted feature hashes, N little-endian masks of MASK_BYTES (bit t set: the feature has a
 * weight for tag t), then the i8 mu-law codes of every feature's weights, tags ascending.
 * Unchecked: the shipped model goes through loadModel (meta.ts), which first compares its
 * meta.json with this code
 */
export function decodeModel(bytes: Uint8Array, gazetteer: string, clusters = '', minLead = 0): Model {
  const header = readHeader(bytes);
  if (!header) throw new Error(`dramatis tagger: weights do not start with the ${MODEL_FORMAT} magic`);
  const { features: n, scale } = header;
  let p = 12;
  const size = 1 << Math.ceil(Math.log2(Math.max(2, n * 2)));
  const mask = size - 1;
  // open addressing, 16-byte slots: [hash, meta, pairs 0-1, pairs 2-3]. meta = 0 for an empty slot,
  // else count | overflow << 5; a pair is tag << 8 | mu-law code in 16 bits. A feature's weights sit
  // in its slot when it has at most INLINE of them (83 % of features), so a lookup costs one memory
  // access where a separate row costs two; the rest live in the overflow arrays
  const table = new Int32Array(size * 4);
  const slotOf = new Uint32Array(n);
  let h = 0;
  for (let i = 0; i < n; i++) {
    // the place value grows by multiplying, not by `2 ** shift`: this loop runs cold, once a process,
    // and a power a byte took the first call's decoding from 45 to 62 ms
    let d = 0;
    let place = 1;
    let b: number;
    do {
      b = bytes[p++];
      d += (b & 127) * place;
      place *= 128;
    } while (b & 128);
    h = (h + d) >>> 0;
    let slot = (imul(h, 0x9e3779b1) >>> 0) & mask;
    while (table[slot * 4 + 1] !== 0) slot = (slot + 1) & mask;
    table[slot * 4] = h | 0;
    table[slot * 4 + 1] = 1; // occupied; the count and overflow are written below
    slotOf[i] = slot * 4;
  }
  const masks = bytes.subarray(p, p + n * MASK_BYTES);
  p += n * MASK_BYTES;
  const values = new Float32Array(256);
  for (let q = -127; q <= 127; q++) values[q & 255] = muLawValue(q, scale);
  const maskAt = (i: number) => masks[i * MASK_BYTES] | (masks[i * MASK_BYTES + 1] << 8) | (masks[i * MASK_BYTES + 2] << 16);
  let weights = 0;
  for (let i = 0; i < n; i++) {
    const c = popcount(maskAt(i));
    if (c > INLINE) weights += c;
  }
  // a pair as in a slot, tag << 8 | code: one array, so a feature's weights are one memory read away, not two
  const overPairs = new Uint16Array(weights);
  weights = 0;
  let over = 0;
  for (let i = 0; i < n; i++) {
    const m = maskAt(i);
    const c = popcount(m);
    const s = slotOf[i];
    weights += c;
    table[s + 1] = c > INLINE ? c | (over << 5) : c | 0x10000000; // never 0: a feature with no weights still occupies
    for (let t = 0, k = 0; k < c; t++) {
      if (!(m & (1 << t))) continue;
      // a tag this code does not know (never written by train.ts) adds nothing
      const code = t < NUM_TAGS ? bytes[p] : 0;
      const tag = t < NUM_TAGS ? t : 0;
      p++;
      if (c > INLINE) overPairs[over++] = (tag << 8) | code;
      else table[s + 2 + (k >> 1)] |= ((tag << 8) | code) << ((k & 1) * 16);
      k++;
    }
  }
  if (p !== bytes.length) throw new Error(`dramatis tagger: weights are ${bytes.length} bytes, their header and tag masks say ${p}`);
  /** where a feature's probe starts: the index of its first slot's hash */
  const firstSlot = (feat: number) => ((imul(feat, 0x9e3779b1) >>> 0) & mask) * 4;
  return {
    gazetteer: { ...phraseTable(gazetteer), clusters: parseClusters(clusters) },
    features: n,
    weights,
    minLead,
    add(feat: number, scores: Float64Array): void {
      const key = feat | 0;
      let slot = firstSlot(feat);
      for (;;) {
        const meta = table[slot + 1];
        if (meta === 0) return;
        if (table[slot] === key) {
          const c = meta & 31;
          if (c > INLINE) {
            for (let k = meta >>> 5, e = k + c; k < e; k++) scores[overPairs[k] >>> 8] += values[overPairs[k] & 255];
            return;
          }
          for (let k = 0; k < c; k++) {
            const pair = table[slot + 2 + (k >> 1)] >>> ((k & 1) * 16);
            scores[(pair >>> 8) & 255] += values[pair & 255];
          }
          return;
        }
        slot = (slot + 4) & (mask * 4 + 3);
      }
    },
    prefetch(feats: Uint32Array, from: number, to: number): number {
      let read = 0;
      for (let k = from; k < to; k++) read |= table[firstSlot(feats[k]) + 1];
      return read;
    },
  };
}
