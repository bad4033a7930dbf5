// the weights' binary format (weights.bin): read into a hash table of dense rows, one per feature
import { phraseTable } from '../lexicon/phrase-classes';
import * as F from './features';
import type { Gazetteer } from './features';
import type { Scorer } from './decode';
import { parseClusters } from './clusters';
// bound once: a global lookup per call costs in the hot loop (and far more under jest's sandbox)
const imul = Math.imul;

const NUM_TAGS: number = F.NUM_TAGS;

/** the format's name, as meta.json gives it, and its magic: "DRT1" little-endian */
export const MODEL_FORMAT = 'DRT1';
export const MODEL_MAGIC = 0x31545244;

export interface Model extends Scorer {
  gazetteer: Gazetteer;
  /** rows in the table: features with at least one non-zero weight */
  features: number;
  /** non-zero weights over all rows */
  weights: number;
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
 * binary layout: the header, N varint deltas of the sorted feature hashes, N u8 counts of non-zero
 * tags, then per non-zero weight u8 tag + i8 mu-law code. Unchecked: the shipped model goes through
 * loadModel (meta.ts), which first compares its meta.json with this code
 */
export function decodeModel(bytes: Uint8Array, gazetteer: string, clusters = ''): Model {
  const header = readHeader(bytes);
  if (!header) throw new Error(`dramatis tagger: weights do not start with the ${MODEL_FORMAT} magic`);
  const { features: n, scale } = header;
  let p = 12;
  const size = 1 << Math.ceil(Math.log2(Math.max(2, n * 2)));
  const mask = size - 1;
  // open addressing, slot = [hash, row + 1] (0 = empty)
  const table = new Int32Array(size * 2);
  let h = 0;
  for (let i = 0; i < n; i++) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[p++];
      d += (b & 127) * 2 ** shift;
      shift += 7;
    } while (b & 128);
    h = (h + d) >>> 0;
    let slot = (imul(h, 0x9e3779b1) >>> 0) & mask;
    while (table[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    table[slot * 2] = h | 0;
    table[slot * 2 + 1] = i + 1;
  }
  const counts = bytes.subarray(p, p + n);
  p += n;
  const values = new Float32Array(256);
  for (let q = -127; q <= 127; q++) values[q & 255] = muLawValue(q, scale);
  // dense rows of NUM_TAGS weights: one memory access per feature at tagging time
  const rows = new Float32Array(n * NUM_TAGS);
  let weights = 0;
  for (let i = 0; i < n; i++) {
    weights += counts[i];
    for (let k = counts[i]; k > 0; k--) {
      const t = bytes[p++];
      const v = values[bytes[p++]];
      if (t < NUM_TAGS) rows[i * NUM_TAGS + t] = v;
    }
  }
  if (p !== bytes.length) throw new Error(`dramatis tagger: weights are ${bytes.length} bytes, their header and counts say ${p}`);
  return {
    gazetteer: { ...phraseTable(gazetteer), clusters: parseClusters(clusters) },
    features: n,
    weights,
    add(feat: number, scores: Float64Array): void {
      const key = feat | 0;
      let slot = (imul(feat, 0x9e3779b1) >>> 0) & mask;
      for (;;) {
        const row = table[slot * 2 + 1];
        if (row === 0) return;
        if (table[slot * 2] === key) {
          const o = (row - 1) * NUM_TAGS;
          for (let t = 0; t < NUM_TAGS; t++) scores[t] += rows[o + t];
          return;
        }
        slot = (slot + 1) & mask;
      }
    },
  };
}
