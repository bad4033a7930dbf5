// 32-bit hashing for features: integer-only (Math.imul), so every JS engine gives the same bits
// bound once: a global lookup per call costs in the hot loop (and far more under jest's sandbox)
const imul = Math.imul;

/** FNV-1a over UTF-16 code units */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3 finaliser */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
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
