// the shipped model: base64 weights + gazetteer text (weights.ts), decoded on first use
import * as F from './features';
import type { Gazetteer } from './features';

const NUM_TAGS: number = F.NUM_TAGS;
import type { Scorer } from './decode';

export const MODEL_MAGIC = 0x31545244; // "DRT1" little-endian

export interface Model extends Scorer {
  gazetteer: Gazetteer;
  features: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Decode(s: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < 64; i++) lookup[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const v =
      (lookup[s.charCodeAt(i)] << 18) |
      (lookup[s.charCodeAt(i + 1)] << 12) |
      (lookup[s.charCodeAt(i + 2)] << 6) |
      lookup[s.charCodeAt(i + 3)];
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 255;
    out[o++] = v & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const v = (lookup[s.charCodeAt(i)] << 18) | (lookup[s.charCodeAt(i + 1)] << 12) |
      (rest === 3 ? lookup[s.charCodeAt(i + 2)] << 6 : 0);
    out[o++] = v >> 16;
    if (rest === 3) out[o++] = (v >> 8) & 255;
  }
  return out;
}

/** gazetteer text: one line per class in GAZ_CLASSES order, phrases separated by '|' */
export function parseGazetteer(text: string): Gazetteer {
  const phrases = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxLen = 1;
  text.split('\n').forEach((line, c) => {
    if (c >= F.GAZ_CLASSES.length || !line) return;
    for (const p of line.split('|')) {
      if (!p) continue;
      phrases.set(p, (phrases.get(p) ?? 0) | (1 << c));
      let words = 1;
      for (let k = 0; k < p.length; k++) {
        if (p.charCodeAt(k) !== 32) continue;
        words++;
        prefixes.add(p.slice(0, k));
      }
      if (words > maxLen) maxLen = words;
    }
  });
  return { phrases, maxLen, prefixes };
}

/** weights are quantised to 8 bits on a mu-law curve: fine steps near zero, coarse for big weights */
export const MU = 255;
export function muLawValue(q: number, max: number): number {
  const m = Math.abs(q);
  const v = (max * (Math.pow(1 + MU, m / 127) - 1)) / MU;
  return q < 0 ? -v : v;
}
export function muLawCode(v: number, max: number): number {
  const q = Math.round((127 * Math.log(1 + (MU * Math.min(Math.abs(v), max)) / max)) / Math.log(1 + MU));
  return v < 0 ? -q : q;
}

/**
 * binary layout: u32 magic, u32 N, f32 largest |weight|, N varint deltas of the sorted feature hashes,
 * N u8 counts of non-zero tags, then per non-zero weight u8 tag + i8 mu-law code
 */
export function decodeModel(weights: string, gazetteer: string): Model {
  const bytes = base64Decode(weights);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || view.getUint32(0, true) !== MODEL_MAGIC) throw new Error('dramatis tagger: bad model');
  const n = view.getUint32(4, true);
  const scale = view.getFloat32(8, true);
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
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
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
  for (let i = 0; i < n; i++) {
    for (let k = counts[i]; k > 0; k--) {
      const t = bytes[p++];
      const v = values[bytes[p++]];
      if (t < NUM_TAGS) rows[i * NUM_TAGS + t] = v;
    }
  }
  const gaz = parseGazetteer(gazetteer);
  return {
    gazetteer: gaz,
    features: n,
    add(feat: number, scores: Float64Array): void {
      const key = feat | 0;
      let slot = (Math.imul(feat, 0x9e3779b1) >>> 0) & mask;
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
