// feature extraction shared by training (scripts/train.ts) and run time: same code, same bits
import type { Doc } from '../core/types';
import { GAZ_CLASSES, type PhraseTable } from '../lexicon/phrase-classes';
import { NAME_RUN_JOINERS } from '../lexicon/function-words';
import { clusterAt, clusterKey } from './clusters';
import * as H from './hash';
import { type Arrays, freshArrays } from './arrays';
import type { WordTable } from './words';
// bound once: a global lookup per call costs in the hot loop (and far more under jest's sandbox)
const imul = Math.imul;

// module-local copies: hot loops must not go through import bindings (some loaders make them getters)
const f1 = H.f1;
const f2 = H.f2;
const f3 = H.f3;
const hashString = H.hashString;
const GAZ_COUNT = GAZ_CLASSES.length;

/** the lexicon's phrase table, with the word clusters the model was trained with */
export interface Gazetteer extends PhraseTable {
  /** word clusters learned from unlabelled text (clusters.txt): clusterKey(lower) → cluster id; empty for none */
  clusters: Map<string, number>;
}

/** tags: 0 = O, then B I L U for each type */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const NUM_TAGS = 1 + 4 * TYPES.length;
export const tagType = (tag: number): number => (tag === 0 ? -1 : (tag - 1) >> 2);
/** 0 B, 1 I, 2 L, 3 U */
export const tagPart = (tag: number): number => (tag - 1) & 3;
export const makeTag = (type: number, part: number): number => 1 + type * 4 + part;
/** tag names by number, as meta.json lists them: O, then B-PER I-PER L-PER U-PER, B-ORG … */
export const TAGS: readonly string[] = ['O', ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

/**
 * template numbers: part of the model format (meta.json lists them; fingerprint.ts checks them).
 * 27 to 29 were part-of-speech templates, no longer extracted
 */
export const TEMPLATES = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  pre: 5,
  suf: 9,
  lowPrev: 13,
  lowNext: 14,
  lowPrev2: 15,
  lowNext2: 16,
  shPrev: 17,
  shNext: 18,
  shPrev2: 19,
  shNext2: 20,
  biPrev: 21,
  biNext: 22,
  sh3: 23,
  firstSh: 24,
  capsSent: 25,
  capsLow: 26,
  gaz: 30,
  gazPrev: 31,
  gazNext: 32,
  docCase: 33,
  altShape: 34,
  longShape: 35,
  len: 36,
  shLowNext: 37,
  lowPrevSh: 38,
  paraFirst: 39,
  gazSh: 40,
  docCaseLow: 41,
  shPrevNext: 42,
  wordPrevSh: 43,
  // the word's cluster at each level of the tree (clusters.ts), its neighbours' at the middle one
  clu1: 60,
  clu2: 61,
  clu3: 62,
  cluPrev: 63,
  cluNext: 64,
  cluSh: 65,
  // dynamic (depend on earlier predictions)
  runLast: 48,
  runFirst: 49,
  runLen: 58,
  runAfter: 59,
  aggPrev: 44,
  aggNext: 45,
  aggPrevGaz: 46,
  aggNextGaz: 47,
  p1: 50,
  p2p1: 51,
  p1low: 52,
  p1sh: 53,
  hist: 54,
  histSh: 55,
  histLow: 56,
  p1shNext: 57,
} as const;
const T = TEMPLATES;

const H_BOS = hashString('<s>');
const H_EOS = hashString('</s>');
const H_BOS2 = hashString('<s2>');
const H_EOS2 = hashString('</s2>');

/** word shape: X upper, x lower, d digit, other characters kept; runs collapsed (long: capped at 3) */
export function shapes(word: string): [string, string] {
  let short = '';
  let long = '';
  let prev = '';
  let run = 0;
  const n = Math.min(word.length, 24);
  for (let i = 0; i < n; i++) {
    const ch = word[i];
    const c = word.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c < 128) k = ch;
    else {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lo !== up) k = ch === up ? 'X' : 'x';
      else k = '*';
    }
    if (k === prev) run++;
    else run = 1;
    if (run === 1) short += k;
    if (run <= 3) long += k;
    prev = k;
  }
  if (word.length > n) long += '~';
  return [short, long];
}

/** bit 1: the word has a lower-case letter (upper-casing changes it), bit 2: an upper-case one */
const LOWER = 1;
const UPPER = 2;
/**
 * the word's case bits. ASCII and general punctuation (U+2000–U+206F: curly quotes, dashes, which no
 * case mapping changes) are read by their codes; a word with any other character as case mapping sees it
 */
function caseBits(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2000 && c <= 0x206f) continue;
    if (c >= 128) return (s !== s.toUpperCase() ? LOWER : 0) | (s !== s.toLowerCase() ? UPPER : 0);
    if (c >= 97 && c <= 122) bits |= LOWER;
    else if (c >= 65 && c <= 90) bits |= UPPER;
  }
  return bits;
}
/** whether the word's first character is an upper-case letter */
function capFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = s[0];
  return first !== first.toLowerCase();
}
/** 1 when the word starts with an upper-case letter */
const capOf = (view: string): number => (view.length && capFirst(view) ? 1 : 0);

/** the columns of a word's own values, by token (extractFeatures) or by word (words.ts WordTable) */
export interface WordColumns {
  lowH: Int32Array;
  wordH: Int32Array;
  shH: Int32Array;
  cap: Uint8Array;
  cases: Uint8Array;
  /** cluster id + 1, 0 for a word with none */
  clu: Int32Array;
}

/**
 * a word's own values written at `k` of `cols`: the hashes of its lowercase, its form and its short shape, its
 * case and its cluster; returns the hash of its long shape, which only its features read
 */
export function writeWord(view: string, lower: string, gaz: Gazetteer, cols: WordColumns, k: number): number {
  const [sh, lsh] = shapes(view);
  cols.lowH[k] = hashString(lower);
  cols.wordH[k] = hashString(view);
  cols.shH[k] = hashString(sh);
  cols.cap[k] = capOf(view);
  cols.cases[k] = caseBits(view);
  if (gaz.clusters.size) cols.clu[k] = (gaz.clusters.get(clusterKey(lower)) ?? -1) + 1;
  return hashString(lsh);
}

/** the most features ownFeatures and affixFeatures write for one word */
export const MAX_OWN_FEATURES = 14;

/** the features of the word alone that come before its context's (their order is the fingerprint's), into out from k; returns the new count */
export function ownFeatures(wordH: number, L: number, S: number, lshH: number, out: Uint32Array, k: number): number {
  out[k++] = f1(T.bias, 0);
  out[k++] = f1(T.word, wordH);
  out[k++] = f1(T.lower, L);
  out[k++] = f1(T.shape, S);
  out[k++] = f1(T.longShape, lshH);
  return k;
}

/** the word's length, prefixes and suffixes, which come after its context's features, into out from k; returns the new count */
export function affixFeatures(lw: string, out: Uint32Array, k: number): number {
  out[k++] = f1(T.len, Math.min(lw.length, 12));
  // prefix k: FNV-1a state after k characters; suffix k: the same over the last k, backwards
  let hp = 0x811c9dc5;
  let hs = 0x811c9dc5;
  for (let j = 1; j <= 4 && j < lw.length; j++) {
    hp = imul(hp ^ lw.charCodeAt(j - 1), 0x01000193);
    hs = imul(hs ^ lw.charCodeAt(lw.length - j), 0x01000193);
    out[k++] = f1(T.pre + j - 1, hp);
    out[k++] = f1(T.suf + j - 1, hs);
  }
  return k;
}

export interface TokenInfo {
  n: number;
  /** hashes of lower / shape, per token, for the dynamic features */
  lowH: Int32Array;
  shH: Int32Array;
  /** whether the token starts with an upper-case letter (document history is kept for these) */
  cap: Uint8Array;
  /** sentence index of each token and end token of its sentence */
  sentEnd: Int32Array;
  /** static feature ids, flattened; token i owns feats[offsets[i] .. offsets[i + 1]) */
  feats: Uint32Array;
  offsets: Int32Array;
  /**
   * with a word table (run time): the summed weights of each token's own features, NUM_TAGS a row,
   * token i's at rowOf[i] * NUM_TAGS; those features are then left out of `feats`
   */
  rows?: Float64Array;
  rowOf?: Int32Array;
}

// not frozen: for-of over a frozen array leaves V8's fast path (an iterator object a loop); only `at` below writes, after replacing it
const NO_MATCHES: readonly number[] = [];
/** the longest word the gazetteer is asked about */
export const GAZ_WORD_MAX = 40;

/**
 * gazetteer matches: per token, codes class * 4 + part (0 B, 1 I, 2 L, 3 U); read-only. `first`:
 * per token the class mask of its word alone (-1 none) and whether a phrase goes on from it (bit 31
 * clear), as the word table knows them
 */
function gazMatches(doc: Doc, gaz: Gazetteer, first?: { mask: Int32Array; more: Uint8Array; rowOf: Int32Array }): number[][] {
  const toks = doc.tokens;
  // most tokens match nothing: they share one empty list, a token's own list is made at its first match
  const out: number[][] = new Array(toks.length).fill(NO_MATCHES);
  const at = (k: number): number[] => (out[k] === NO_MATCHES ? (out[k] = []) : out[k]);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      let key = '';
      const maxEnd = Math.min(s.tokenEnd, i + gaz.maxLen);
      for (let j = i; j < maxEnd; j++) {
        let mask: number | undefined;
        let more: boolean;
        if (j === i && first) {
          const r = first.rowOf[i];
          mask = first.mask[r] < 0 ? undefined : first.mask[r];
          more = j + 1 < maxEnd && first.more[r] === 1;
          if (more) key = toks[j].lower;
        } else {
          const lw = toks[j].lower;
          if (lw.length > GAZ_WORD_MAX) break;
          key = j === i ? lw : `${key} ${lw}`;
          mask = gaz.phrases.get(key);
          more = j + 1 < maxEnd && gaz.prefixes.has(key);
        }
        if (mask === undefined) {
          if (more) continue;
          break;
        }
        for (let c = 0; c < GAZ_COUNT; c++) {
          if (!(mask & (1 << c))) continue;
          if (j === i) at(i).push(c * 4 + 3);
          else {
            at(i).push(c * 4);
            for (let k = i + 1; k < j; k++) at(k).push(c * 4 + 1);
            at(j).push(c * 4 + 2);
          }
        }
        if (!more) break;
      }
    }
  }
  return out;
}

/**
 * static features of every token in the document; with `words` (run time), a token's own features
 * are scored once a word by the table (words.ts) and only its context's are listed
 */
export function extractFeatures(doc: Doc, gaz: Gazetteer, words?: WordTable, arrays: Arrays = freshArrays): TokenInfo {
  const toks = doc.tokens;
  const n = toks.length;
  const lowH = arrays.int32(n);
  const shH = arrays.int32(n);
  const lshH = arrays.int32(n);
  const wordH = arrays.int32(n);
  const cap = arrays.uint8(n);
  const sentEnd = arrays.int32(n);
  const sentStart = arrays.int32(n);
  const capsSentence = arrays.uint8(n);
  const paraFirst = arrays.uint8(n);
  const cases = arrays.uint8(n);
  /** cluster id + 1 per token, 0 for a word with none */
  const clu = arrays.int32(n);
  const rowOf = words ? arrays.int32(n) : undefined;

  // a word's own values are the same wherever it stands: each distinct word is read once a document,
  // or once a process with a word table
  if (words && rowOf) {
    words.reserve(n);
    for (let i = 0; i < n; i++) {
      const k = words.of(toks[i].view, toks[i].lower);
      rowOf[i] = k;
      lowH[i] = words.lowH[k];
      wordH[i] = words.wordH[k];
      shH[i] = words.shH[k];
      cap[i] = words.cap[k];
      cases[i] = words.cases[k];
      clu[i] = words.clu[k];
    }
  }
  const firstOf = new Map<string, number>();
  const columns: WordColumns = { lowH, wordH, shH, cap, cases, clu };
  for (let i = 0; i < n && !words; i++) {
    const t = toks[i];
    const k = firstOf.get(t.view);
    if (k !== undefined) {
      lowH[i] = lowH[k];
      wordH[i] = wordH[k];
      shH[i] = shH[k];
      lshH[i] = lshH[k];
      cap[i] = cap[k];
      cases[i] = cases[k];
      clu[i] = clu[k];
      continue;
    }
    firstOf.set(t.view, i);
    lshH[i] = writeWord(t.view, t.lower, gaz, columns, i);
  }
  let lastPara = -1;
  for (const s of doc.sentences) {
    let letters = 0;
    let upper = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      sentEnd[i] = s.tokenEnd;
      sentStart[i] = s.tokenStart;
      if (toks[i].view.length >= 2 && cases[i]) {
        letters++;
        if (!(cases[i] & LOWER)) upper++;
      }
    }
    const caps = letters >= 2 && upper >= 0.7 * letters ? 1 : 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) capsSentence[i] = caps;
    if (s.paragraph !== lastPara && s.tokenStart < n) paraFirst[s.tokenStart] = 1;
    lastPara = s.paragraph;
  }

  // document case profile of each lowercase form: how it is written mid-sentence in normal text
  const titleMid = new Map<string, number>();
  const lowerMid = new Map<string, number>();
  /** the hash of the short shape of the form's first mid-sentence writing */
  const shapeMid = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (capsSentence[i] || i === sentStart[i]) continue;
    const t = toks[i];
    if (!cases[i]) continue;
    if (cap[i]) titleMid.set(t.lower, (titleMid.get(t.lower) ?? 0) + 1);
    else lowerMid.set(t.lower, (lowerMid.get(t.lower) ?? 0) + 1);
    if (!shapeMid.has(t.lower)) shapeMid.set(t.lower, shH[i]);
  }

  const gz = gazMatches(doc, gaz, words && rowOf ? { mask: words.gazMask, more: words.gazMore, rowOf } : undefined);

  // runs of capitalised words (joined by "of", "and", "for", "&", "de" when a capital follows):
  // every word of a run sees the run's last word, first word, length and the word after it,
  // so "World" in "World Health Organization" already knows about "Organization"
  const runStart = arrays.int32(n).fill(-1);
  const runEnd = arrays.int32(n).fill(-1);
  for (let i = 0; i < n; ) {
    if (!cap[i] || capsSentence[i]) {
      i++;
      continue;
    }
    const b = sentEnd[i];
    let j = i;
    while (j + 1 < b) {
      if (cap[j + 1]) j++;
      else if (j + 2 < b && cap[j + 2] && NAME_RUN_JOINERS.has(toks[j + 1].lower)) j += 2;
      else break;
    }
    for (let k = i; k <= j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j + 1;
  }

  // context aggregation (Ratinov & Roth): the words around every occurrence of a capitalised word
  // anywhere in the document, and the gazetteer classes of those words
  const AGG_MAX = 6;
  const agg = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!cap[i] || capsSentence[i]) continue;
    const a = sentStart[i];
    const b = sentEnd[i];
    let list = agg.get(lowH[i]);
    if (!list) agg.set(lowH[i], (list = []));
    if (list.length >= 4 * AGG_MAX) continue;
    const prev = i - 1 >= a ? lowH[i - 1] : H_BOS;
    const next = i + 1 < b ? lowH[i + 1] : H_EOS;
    const fp = f1(T.aggPrev, prev);
    const fn = f1(T.aggNext, next);
    if (!list.includes(fp)) list.push(fp);
    if (!list.includes(fn)) list.push(fn);
    if (i - 1 >= a)
      for (const g of gz[i - 1])
        if ((g & 3) === 3) {
          const x = f1(T.aggPrevGaz, g);
          if (!list.includes(x)) list.push(x);
        }
    if (i + 1 < b)
      for (const g of gz[i + 1])
        if ((g & 3) === 3) {
          const x = f1(T.aggNextGaz, g);
          if (!list.includes(x)) list.push(x);
        }
  }
  // some 30 a token: room for 32, grown by doubling for a document of many long capitalised runs
  let feats = arrays.uint32(Math.max(64, n * 32));
  let nf = 0;
  const room = (k: number) => {
    if (nf + k <= feats.length) return;
    const bigger = new Uint32Array(Math.max(feats.length * 2, nf + k));
    bigger.set(feats);
    feats = bigger;
  };
  const push = (x: number) => {
    if (nf === feats.length) room(1);
    feats[nf++] = x;
  };
  const offsets = arrays.int32(n + 1);
  const low = (j: number, a: number, b: number, edge: number) => (j < a || j >= b ? edge : lowH[j]);
  const shp = (j: number, a: number, b: number, edge: number) => (j < a || j >= b ? edge : shH[j]);

  for (let i = 0; i < n; i++) {
    offsets[i] = nf;
    const t = toks[i];
    const a = sentStart[i];
    const b = sentEnd[i];
    const lw = t.lower;
    const L = lowH[i];
    const S = shH[i];
    const lp = low(i - 1, a, b, H_BOS);
    const ln = low(i + 1, a, b, H_EOS);
    const sp = shp(i - 1, a, b, H_BOS);
    const sn = shp(i + 1, a, b, H_EOS);
    // the fixed features, pushed one by one (no array a token)
    if (!words) {
      room(MAX_OWN_FEATURES);
      nf = ownFeatures(wordH[i], L, S, lshH[i], feats, nf);
    }
    push(f1(T.lowPrev, lp));
    push(f1(T.lowNext, ln));
    push(f1(T.lowPrev2, low(i - 2, a, b, i - 1 < a ? H_BOS2 : H_BOS)));
    push(f1(T.lowNext2, low(i + 2, a, b, i + 1 >= b ? H_EOS2 : H_EOS)));
    push(f1(T.shPrev, sp));
    push(f1(T.shNext, sn));
    push(f1(T.shPrev2, shp(i - 2, a, b, i - 1 < a ? H_BOS2 : H_BOS)));
    push(f1(T.shNext2, shp(i + 2, a, b, i + 1 >= b ? H_EOS2 : H_EOS)));
    push(f2(T.biPrev, lp, L));
    push(f2(T.biNext, L, ln));
    push(f3(T.sh3, sp, S, sn));
    push(f2(T.shLowNext, S, ln));
    push(f2(T.lowPrevSh, lp, S));
    push(f2(T.shPrevNext, sp, sn));
    if (!words) {
      room(MAX_OWN_FEATURES);
      nf = affixFeatures(lw, feats, nf);
    }
    if (i === a) push(f1(T.firstSh, S));
    if (paraFirst[i]) push(f1(T.paraFirst, S));
    if (capsSentence[i]) {
      push(f1(T.capsSent, 1));
      push(f1(T.capsLow, L));
    }
    const firstOrCaps = i === a || capsSentence[i] === 1 || !(cases[i] & LOWER);
    const tm = titleMid.get(lw) ?? 0;
    const lm = lowerMid.get(lw) ?? 0;
    const dc = tm && lm ? 3 : tm ? 1 : lm ? 2 : 0;
    push(f2(T.docCase, dc, firstOrCaps ? 1 : 0));
    if (firstOrCaps) {
      const alt = shapeMid.get(lw);
      if (alt !== undefined) push(f1(T.altShape, alt));
      if (dc === 1) push(f2(T.docCaseLow, L, 1));
    }
    for (const g of gz[i]) {
      push(f1(T.gaz, g));
      push(f2(T.gazSh, g, S));
    }
    if (i - 1 >= a) for (const g of gz[i - 1]) push(f1(T.gazPrev, g));
    if (i + 1 < b) for (const g of gz[i + 1]) push(f1(T.gazNext, g));
    if (i - 1 >= a) push(f2(T.wordPrevSh, wordH[i - 1], S));
    if (runStart[i] >= 0 && runEnd[i] > runStart[i]) {
      const r0 = runStart[i];
      const r1 = runEnd[i];
      push(f2(T.runLast, lowH[r1], i === r1 ? 1 : 0));
      push(f1(T.runFirst, lowH[r0]));
      push(f2(T.runLen, Math.min(r1 - r0 + 1, 5), Math.min(i - r0, 3)));
      push(f1(T.runAfter, r1 + 1 < b ? lowH[r1 + 1] : H_EOS));
    }
    if (clu[i]) {
      const id = clu[i] - 1;
      push(f1(T.clu1, clusterAt(id, 1)));
      push(f1(T.clu2, clusterAt(id, 2)));
      push(f1(T.clu3, id));
      push(f2(T.cluSh, clusterAt(id, 2), S));
    }
    if (i - 1 >= a && clu[i - 1]) push(f1(T.cluPrev, clusterAt(clu[i - 1] - 1, 2)));
    if (i + 1 < b && clu[i + 1]) push(f1(T.cluNext, clusterAt(clu[i + 1] - 1, 2)));
    if (cap[i]) {
      const list = agg.get(L);
      if (list) for (const x of list) push(x);
    }
  }
  offsets[n] = nf;
  return { n, lowH, shH, cap, sentEnd, feats: feats.subarray(0, nf), offsets, ...(words ? { rows: words.rows, rowOf } : {}) };
}

/**
 * features that depend on earlier predictions: the previous two tags and what the same word was
 * tagged earlier in the document (`hist`: 0 none, 1 + type of the last entity tag it received)
 */
export function dynamicFeatures(info: TokenInfo, i: number, p1: number, p2: number, hist: number, out: Uint32Array): number {
  const L = info.lowH[i];
  const S = info.shH[i];
  let k = 0;
  out[k++] = f1(T.p1, p1);
  out[k++] = f2(T.p2p1, p2, p1);
  out[k++] = f2(T.p1low, p1, L);
  out[k++] = f2(T.p1sh, p1, S);
  const sn = i + 1 < info.sentEnd[i] ? info.shH[i + 1] : H_EOS;
  out[k++] = f3(T.p1shNext, p1, S, sn);
  out[k++] = f1(T.hist, hist);
  if (hist) {
    out[k++] = f2(T.histSh, hist, S);
    out[k++] = f2(T.histLow, hist, L);
  }
  return k;
}

export const MAX_DYNAMIC = 8;
