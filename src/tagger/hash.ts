// 32-bit hashing for features: integer-only (Math.imul), so every JS engine gives the same bits
// bound once: a global lookup per call costs in the hot loop (and far more under jest's sandbox)
const imul = Math.imul;

/** FNV-1a over UTF-16 code units, signed 32-bit as feature ids are (fmix) */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h;
}

/**
 * murmur3 finaliser. Feature ids are signed 32-bit: on 64-bit Node every int32 is a small integer
 * to V8, so a call that is not inlined returns it without allocating, where an id of 2^31 or more
 * would be boxed (engines with 31-bit small integers, as browsers, still box the largest); every
 * consumer stores them in a Uint32Array (the same bits) or mixes them with ^ and imul
 */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** a feature id from a template number and one value hash */
export function f1(template: number, a: number): number {
  return fmix((imul(template, 0x9e3779b1) ^ a) + 0x7f4a7c15);
}

/** a feature id from a template number and two value hashes */
export function f2(template: number, a: number, b: number): number {
  return fmix(f1(template, a) ^ imul(b ^ 0x5bd1e995, 0x1b873593));
}

/** a feature id from a template number and three value hashes */
export function f3(template: number, a: number, b: number, c: number): number {
  return fmix(f2(template, a, b) ^ imul(c ^ 0x27d4eb2f, 0x165667b1));
}
