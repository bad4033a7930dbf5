// writes src/document/wink-core.txt: the core of wink's English model (wink-eng-lite-web-model's
// eng-core-web-model.json: its lexicon of 87,593 words and their packed properties), the same
// numbers in a form that compresses. The package keeps the packed lexicon as base64 of 4 × 32-bit
// words a word, which gzip cannot see into (535 KB of the edge bundle's gzip); here each property
// is its own column of small numbers, the word list is front-coded, and the prefix and suffix
// columns, which are the word's first and last letters looked up in their lists, are left to be
// recomputed. src/document/wink-core.ts decodes it into the object wink's own loader makes, and
// test/wink-core.test.ts checks the two are equal for the installed model.
//
//   node scripts/build-wink-core.mjs
//
// `npm run build` runs it first (so `npm ci` does, through `prepare`): the file is made from the
// installed package, which package.json pins to one version, and is not committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { asciiOnly } from './ascii.mjs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const PKG = 'wink-eng-lite-web-model';
const { version } = require(`${PKG}/package.json`);
const model = JSON.parse(readFileSync(require.resolve(`${PKG}/dist/languages/cur/models/eng-core-web-model.json`), 'utf8'));
const OUT = new URL('../src/document/wink-core.txt', import.meta.url);

// numbers as characters of a 64-letter alphabet with no JSON or JS escapes: 5 bits a letter, the
// upper 32 letters saying more follow (src/document/wink-core.ts reads them back)
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
function varints(values) {
  let s = '';
  for (let v of values) {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`not a natural number: ${v}`);
    while (v >= 32) {
      s += ALPHABET[32 + (v % 32)];
      v = Math.floor(v / 32);
    }
    s += ALPHABET[v];
  }
  return s;
}
const zigzag = (x) => (x >= 0 ? 2 * x : -2 * x - 1);
const gz = (s) => gzipSync(s, { level: 9 }).length;
const words = (base64) => {
  const b = Buffer.from(base64, 'base64');
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
};

// the columns. A property of at most 12 bits is written with a fixed number of letters a word,
// 6 bits each; properties of one or two bits share letters (the eight flags and two 2-bit
// properties fill two letters a word). A wider one (the lemma, a pointer to another word) is
// written as varints, in whichever of three codings gzips smallest: plain values, the difference
// from the word before, or the difference from the word's own index
const lexicon = words(model.lexicon);
const size = model.packing.size;
const n = lexicon.length / size;
const list = model.features.lexeme.list;
if (list.length !== n) throw new Error(`${list.length} words but ${n} lexicon entries`);
const derive = { prefix: (w, k) => w.slice(0, k), suffix: (w, k) => w.slice(-k) };
const LETTER_BITS = 6;
const FIXED_BITS = 12;
/** each property of the layout with its value for every word and the bits its largest value needs, read once */
const properties = Object.entries(model.packing.layout).map(([field, [word, mask, shift]]) => {
  const values = Array.from({ length: n }, (_, i) => (lexicon[i * size + word] & mask) >>> shift);
  const largest = values.reduce((a, b) => Math.max(a, b), 0);
  return { field, values, bits: Math.max(1, Math.ceil(Math.log2(largest + 1))) };
});
const columns = [];
/** properties of 1–2 bits waiting for a letter to share */
let small = [];
const fixed = (props) => {
  const widths = props.map((p) => p.bits);
  const letters = Math.ceil(widths.reduce((a, b) => a + b, 0) / LETTER_BITS);
  let data = '';
  for (let i = 0; i < n; i += 1) {
    let v = 0;
    let at = 0;
    props.forEach((p, j) => {
      v += p.values[i] * 2 ** at;
      at += widths[j];
    });
    for (let k = 0; k < letters; k += 1) {
      data += ALPHABET[v % 64];
      v = Math.floor(v / 64);
    }
  }
  columns.push({ fields: props.map((p) => p.field), widths, letters, data });
};
for (const prop of properties) {
  const { field, values, bits } = prop;
  if (field in derive) {
    // recomputed from the word; the few words whose value is not (the out-of-vocabulary entry) listed
    const index = new Map(model.features[field].list.map((x, i) => [x, i]));
    const except = {};
    values.forEach((v, i) => {
      if (index.get(derive[field](list[i], model.packing.config[field])) !== v) except[i] = v;
    });
    columns.push({ derive: field, length: model.packing.config[field], except });
  } else if (bits <= 2) {
    if (small.reduce((a, p) => a + p.bits, 0) + bits > FIXED_BITS) {
      fixed(small);
      small = [];
    }
    small.push(prop);
  } else if (bits <= FIXED_BITS) fixed([prop]);
  else {
    // gzip each coding once, and keep the smallest
    const codings = [
      ['plain', varints(values)],
      ['previous', varints(values.map((v, i) => zigzag(v - (i > 0 ? values[i - 1] : 0))))],
      ['self', varints(values.map((v, i) => zigzag(v - i)))],
    ].map(([code, data]) => ({ code, data, bytes: gz(data) }));
    const { code, data } = codings.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    columns.push({ field, code, data });
  }
}
if (small.length > 0) fixed(small);
// no bit outside the layout's fields, or the columns would not give the lexicon back
const rebuilt = new Uint32Array(lexicon.length);
for (const [word, mask, shift] of Object.values(model.packing.layout))
  for (let i = 0; i < n; i += 1) rebuilt[i * size + word] |= (((lexicon[i * size + word] & mask) >>> shift) << shift) & mask;
if (rebuilt.some((v, i) => v !== lexicon[i])) throw new Error('the lexicon has bits outside its layout');

// the word list front-coded: the letter of how many characters a word shares with the one before
// (at most 63), then the rest of it
const fronted = list.map((w, i) => {
  const before = i > 0 ? list[i - 1] : '';
  let k = 0;
  while (k < 63 && k < w.length && k < before.length && w[k] === before[k]) k += 1;
  return ALPHABET[k] + w.slice(k);
});

const rest = { ...model, lexicon: null, xpansions: null, features: { ...model.features, lexeme: { ...model.features.lexeme, list: null } } };
const out = {
  format: 'dramatis-wink-core/2',
  source: `${PKG}@${version} dist/languages/cur/models/eng-core-web-model.json (MIT)`,
  words: n,
  model: rest,
  lexemes: fronted,
  columns,
  xpansions: varints(words(model.xpansions)),
};
// written with ASCII only (JSON's \u escapes): the bundle embeds this text as a string, and one
// character beyond Latin-1 (wink's lists hold '’' and emoji) makes V8 keep all 1.7 M of it two bytes a character
const text = `${asciiOnly(JSON.stringify(out))}\n`;
writeFileSync(OUT, text);
const before = gz(JSON.stringify(model));
console.log(`wrote ${OUT.pathname}: ${n} words, ${text.length} characters, gzip ${gz(text)} B (the package's JSON: ${before} B)`);
