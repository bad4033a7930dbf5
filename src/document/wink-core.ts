// the core of wink's English model (its lexicon of words and their packed properties), read from
// wink-core.txt, which scripts/build-wink-core.mjs writes from wink-eng-lite-web-model's own JSON
// in a form a third its gzip size. loadCore returns the object the package's load-core-model.js
// returns (test/wink-core.test.ts holds them equal): a fresh one on every call, because wink-nlp
// grows the tables of the model it is given.
/// <reference path="../core/files.d.ts" />
import text from './wink-core.txt';

type Layout = [word: number, mask: number, shift: number, shared: number, extractable: number, extra: number];

interface ValueTable {
  list: string[];
  hash?: Record<string, number>;
  index?: number;
  intrinsicSize?: number;
  maxIndex?: number;
}

/** how the writer coded a column (scripts/build-wink-core.mjs) */
type Column =
  /** properties of at most 12 bits together: `letters` letters a word of 6 bits each, the first property in the lowest bits */
  | { fields: string[]; widths: number[]; letters: number; data: string }
  /** one wide property as varints: the value, its difference from the word before's, or from the word's index */
  | { field: string; code: 'plain' | 'previous' | 'self'; data: string }
  /** the word's first or last `length` characters, looked up in the property's list; `except` the words where that is not the value */
  | { derive: 'prefix' | 'suffix'; length: number; except: Record<string, number> };

interface Encoded {
  format: string;
  words: number;
  model: {
    packing: { size: number; layout: Record<string, Layout>; efList?: string[] };
    features: Record<string, ValueTable>;
    pos: { hash: Record<string, number> };
    [part: string]: unknown;
  };
  lexemes: string[];
  columns: Column[];
  xpansions: string;
}

const FORMAT = 'dramatis-wink-core/2';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const LETTER = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) LETTER[ALPHABET.charCodeAt(i)] = i;

/** the numbers of a run of varint letters (see the writer: 5 bits a letter, least significant first, the upper 32 letters saying more follow) */
function readNumbers(data: string, count: number): Float64Array {
  const out = new Float64Array(count);
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    let letter = LETTER[data.charCodeAt(at++)] ?? -1;
    let value = letter & 31;
    for (let scale = 32; letter >= 32; scale *= 32) {
      letter = LETTER[data.charCodeAt(at++)] ?? -1;
      value += (letter & 31) * scale;
    }
    if (letter < 0) throw new Error(`wink-core.txt: a column ends or breaks at letter ${at - 1}`);
    out[i] = value;
  }
  if (at !== data.length) throw new Error('wink-core.txt: a column holds more numbers than the lexicon has words');
  return out;
}

/** how many numbers a run of varint letters holds: one per letter of the lower 32 */
function countNumbers(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i += 1) if ((LETTER[data.charCodeAt(i)] ?? -1) < 32) n += 1;
  return n;
}

/** a piece of up to 3 UTF-16 code units as one number: each unit + 1 a digit of this base (65,537³ < 2⁵³) */
const PIECE_BASE = 65_537;

const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

/** one column of every word, written into the bits of the packed lexicon its properties own */
function readColumn(
  column: Column,
  layout: Record<string, Layout>,
  words: string[],
  features: Record<string, ValueTable>,
  lexicon: Uint32Array,
  size: number,
): void {
  const n = words.length;
  const placeOf = (field: string): Layout => {
    const place = layout[field];
    if (!place) throw new Error(`wink-core.txt has a column for ${field}, which the layout does not have`);
    return place;
  };
  if ('fields' in column) {
    const { data, letters } = column;
    if (data.length !== n * letters) throw new Error(`wink-core.txt: the column of ${column.fields.join(', ')} has ${data.length} letters, not ${n * letters}`);
    const places = column.fields.map(placeOf);
    const m = places.length;
    // the layout as typed arrays: this loop runs once a word for each of the 87,593 words
    const at = Int32Array.from(places, (p) => p[0]);
    const mask = Int32Array.from(places, (p) => p[1]);
    const shift = Int32Array.from(places, (p) => p[2]);
    const width = Int32Array.from(column.widths);
    for (let i = 0, c = 0; i < n; i += 1) {
      let v = 0;
      for (let k = 0; k < letters; k += 1) v |= (LETTER[data.charCodeAt(c++)] as number) << (6 * k);
      const row = i * size;
      for (let j = 0; j < m; j += 1) {
        const w = width[j] as number;
        lexicon[row + (at[j] as number)] |= ((v & ((1 << w) - 1)) << (shift[j] as number)) & (mask[j] as number);
        v >>>= w;
      }
    }
    return;
  }
  const [word, mask, shift] = placeOf('derive' in column ? column.derive : column.field);
  if ('derive' in column) {
    // the pieces looked up by number, not by string: no string made for each of 87,593 words
    const k = column.length;
    if (k > 3) throw new Error(`wink-core.txt derives ${column.derive} from ${k} characters; pieces of at most 3 have a number`);
    const prefix = column.derive === 'prefix';
    const pieceKey = (w: string): number => {
      const from = prefix ? 0 : Math.max(0, w.length - k);
      const to = prefix ? Math.min(k, w.length) : w.length;
      let key = 0;
      for (let c = from; c < to; c += 1) key = key * PIECE_BASE + w.charCodeAt(c) + 1;
      return key;
    };
    const index = new Map<number, number>();
    (features[column.derive]?.list ?? []).forEach((piece, i) => {
      if (piece.length <= k) index.set(pieceKey(piece), i);
    });
    for (let i = 0; i < n; i += 1) {
      const value = column.except[i] ?? index.get(pieceKey(words[i] as string)) ?? 0;
      lexicon[i * size + word] |= (value << shift) & mask;
    }
    return;
  }
  const values = readNumbers(column.data, n);
  if (column.code === 'plain') for (let i = 0; i < n; i += 1) lexicon[i * size + word] |= ((values[i] as number) << shift) & mask;
  else if (column.code === 'self') for (let i = 0; i < n; i += 1) lexicon[i * size + word] |= ((unzigzag(values[i] as number) + i) << shift) & mask;
  else
    for (let i = 0, value = 0; i < n; i += 1) {
      value += unzigzag(values[i] as number);
      lexicon[i * size + word] |= (value << shift) & mask;
    }
}

interface Decoded {
  /** the model's small parts, as wink's JSON has them */
  model: Encoded['model'];
  words: string[];
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

let decoded: Decoded | undefined;

/** the text decoded once a process: the word list, the packed lexicon and the expansions */
function decode(): Decoded {
  if (decoded) return decoded;
  const encoded = JSON.parse(text) as Encoded;
  if (encoded.format !== FORMAT) throw new Error(`wink-core.txt is ${encoded.format}, this code reads ${FORMAT}`);
  // the header's count against the word list: a file cut short fails here, not as a shifted column
  if (encoded.lexemes.length !== encoded.words) throw new Error(`wink-core.txt lists ${encoded.lexemes.length} words, its header says ${encoded.words}`);
  const words: string[] = new Array(encoded.lexemes.length);
  let before = '';
  for (let i = 0; i < encoded.lexemes.length; i += 1) {
    const fronted = encoded.lexemes[i] as string;
    before = before.slice(0, LETTER[fronted.charCodeAt(0)]) + fronted.slice(1);
    words[i] = before;
  }
  const { size, layout } = encoded.model.packing;
  const lexicon = new Uint32Array(words.length * size);
  const written = new Set<string>();
  for (const column of encoded.columns) {
    readColumn(column, layout, words, encoded.model.features, lexicon, size);
    for (const f of 'fields' in column ? column.fields : ['derive' in column ? column.derive : column.field]) written.add(f);
  }
  const missing = Object.keys(layout).filter((f) => !written.has(f));
  if (missing.length > 0) throw new Error(`wink-core.txt has no column for ${missing.join(', ')}`);
  const xpansions = Uint32Array.from(readNumbers(encoded.xpansions, countNumbers(encoded.xpansions)));
  // the letters are dropped: only what each call copies is kept
  decoded = { model: encoded.model, words, lexicon, xpansions };
  return decoded;
}

const hashOf = (list: string[]): Record<string, number> => {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  return hash;
};

/** each word of `list` to its index, without an entry array a word */
function mapOf(list: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k += 1) map.set(list[k] as string, k);
  return map;
}

/** the model's own words by index: built once a process, read by every session, never written */
let modelWords: Map<string, number> | undefined;

/**
 * the lexeme table's hash, which wink reads (`hash[word]`), grows (`hash[word] = index`) and we
 * prune (`delete`, wink.ts). Its own keys start empty: a word the model knows is found in
 * `modelWords` through the prototype, on its first reading in a session, and then kept as an own
 * key, so later readings cost what they did. The 87,593 words are not made object keys up front:
 * a Map takes them in less than half the time (no interning), and a new session (wink.ts starts
 * one when a table fills) reuses it. Keys and values are what hashOf(words) gives: a word absent
 * from both reads as undefined, `__proto__` and `constructor` included (no Object.prototype on the chain)
 */
function lexemeHash(words: string[]): Record<string, number> {
  const known = (modelWords ??= mapOf(words));
  const fallback = new Proxy(Object.create(null) as Record<string, number>, {
    get(_target, key, receiver) {
      if (typeof key !== 'string') return undefined;
      const index = known.get(key);
      if (index !== undefined) Reflect.defineProperty(receiver, key, { value: index, writable: true, enumerable: true, configurable: true });
      return index;
    },
  });
  return Object.create(fallback) as Record<string, number>;
}

/** a fresh core model, as wink-eng-lite-web-model/dist/load-core-model.js makes it */
export function loadCore(): unknown {
  const decodedModel = decode();
  const { words, lexicon, xpansions } = decodedModel;
  const model = structuredCloneJson(decodedModel.model);
  const { packing, features, pos } = model;
  (features.lexeme as ValueTable).list = words.slice();
  model.lexicon = lexicon.slice();
  model.xpansions = xpansions.slice();
  // read-core-model.js: the value tables' hashes, and the part-of-speech clusters as sets
  for (const f in packing.layout) if ((packing.layout[f] as Layout)[3] === 0) (features[f] as ValueTable).hash = hashOf((features[f] as ValueTable).list);
  const lexeme = features.lexeme as ValueTable;
  lexeme.hash = lexemeHash(words);
  const clusters = (features.posClusters as ValueTable).list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js: the sizes wink grows the tables from, and the features it can extract
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as Layout;
    if (layout[3] === 0) {
      const table = features[f] as ValueTable;
      table.intrinsicSize = table.list.length;
      table.index = table.list.length;
      table.maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** a deep copy of plain JSON data (the small tables wink mutates) */
const structuredCloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
