// averaged weights → pruned, int8-quantised binary: weights.bin (format: src/tagger/model.ts)
import { MASK_BYTES, MODEL_MAGIC, muLawCode } from '../../src/tagger/model';
import { NUM_TAGS } from '../../src/tagger/features';

export interface EncodeOptions {
  /** drop weights whose magnitude is below this */
  prune: number;
}

export interface Encoded {
  bytes: Uint8Array;
  /** rows kept: features with a non-zero weight */
  features: number;
  /** non-zero weights kept */
  weights: number;
}

/** a feature's hash and its non-zero weights as [tag, mu-law code], tags ascending */
export interface Row {
  h: number;
  entries: Array<[number, number]>;
}

export function encodeModel(hashes: number[], avg: Float64Array, opt: EncodeOptions): Encoded {
  let top = 0;
  for (let k = 0; k < avg.length; k++) top = Math.max(top, Math.abs(avg[k]));
  const scale = Math.fround(top || 1);
  const order = hashes.map((_h, i) => i).sort((a, b) => hashes[a] - hashes[b]);
  const kept: Row[] = [];
  for (const i of order) {
    const entries: Array<[number, number]> = [];
    for (let t = 0; t < NUM_TAGS; t++) {
      const v = avg[i * NUM_TAGS + t];
      if (Math.abs(v) < opt.prune) continue;
      const q = muLawCode(v, scale);
      if (q !== 0) entries.push([t, q]);
    }
    if (entries.length) kept.push({ h: hashes[i], entries });
  }
  return writeRows(kept, scale);
}

/** the binary of quantised rows sorted by hash, with the scale their codes are relative to */
export function writeRows(kept: readonly Row[], scale: number): Encoded {
  if (NUM_TAGS > MASK_BYTES * 8) throw new Error(`weights.bin: ${NUM_TAGS} tags do not fit a ${MASK_BYTES}-byte mask`);
  const bytes: number[] = [];
  const u32 = (x: number) => bytes.push(x & 255, (x >>> 8) & 255, (x >>> 16) & 255, (x >>> 24) & 255);
  u32(MODEL_MAGIC);
  u32(kept.length);
  const f = new DataView(new ArrayBuffer(4));
  f.setFloat32(0, scale, true);
  bytes.push(f.getUint8(0), f.getUint8(1), f.getUint8(2), f.getUint8(3));
  let prev = 0;
  for (const k of kept) {
    let d = k.h - prev;
    prev = k.h;
    do {
      const b = d % 128;
      d = Math.floor(d / 128);
      bytes.push(d > 0 ? b | 128 : b);
    } while (d > 0);
  }
  for (const k of kept) {
    let mask = 0;
    for (const [t] of k.entries) mask |= 1 << t;
    for (let b = 0; b < MASK_BYTES; b++) bytes.push((mask >>> (8 * b)) & 255);
  }
  let weights = 0;
  for (const k of kept)
    for (const [, q] of [...k.entries].sort((a, b) => a[0] - b[0])) {
      bytes.push(q & 255);
      weights++;
    }
  return { bytes: Uint8Array.from(bytes), features: kept.length, weights };
}
