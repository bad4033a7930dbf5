import fc from 'fast-check';

// text generators for the property test (test/property.test.ts) and the long fuzz run (scripts/fuzz.ts):
// one home, so both hunt with the same weapons

const FIRST = ['Joe', 'Angela', 'Gideon', 'Xi', 'Emmanuel', 'Kamala', 'Ronen', 'Ban', 'Jane', 'Mohammed', 'Ursula', 'José', 'Zoë', 'Nguyễn', 'Владимир', 'J.', 'Mary-Jane'];
const LAST = ['Biden', 'Merkel', "Sa'ar", 'Sa’ar', 'Jinping', 'Macron', 'Harris', 'Bar', 'Ki-moon', 'Doe', 'bin Salman', 'von der Leyen', "O'Neill", 'McDonald', 'Путин', 'Smith Jr.', 'Schwabl', 'Zorc'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Deputy', 'Secretary General', 'Mr.', 'Mrs.', 'Dr.', 'Sen.', 'Gen.', 'Chancellor', 'spokesman', 'the minister', 'former', 'acting', 'Chief Executive', 'Rep.', 'King', 'Pope'];
const ORGS = ['Hamas', 'United Nations', 'Reuters', 'the European Union', 'NATO', 'Israel Defense Forces', 'Apple Inc.', 'U.S. Department of Agriculture', 'Borussia Dortmund', 'FC Barcelona', 'the Senate', 'IDF'];
const PLACES = ['Gaza', 'Berlin', 'London', 'New York', 'Qatar', 'northern Gaza', 'Washington', 'Tel Aviv', 'Munich', 'Denmark', 'U.S.', 'the Philadelphi corridor', 'Southern Indiana', '北京'];
const VERBS = ['said', 'told reporters', 'added', 'says', 'according to', 'asked', 'warned', 'told', 'wrote', 'insisted', 'said on Tuesday'];
const PRONOUNS = ['he', 'she', 'they', 'He', 'She', 'I', 'we', 'a source', 'the minister', 'officials'];
const FILLER = ['the', 'talks', 'on', 'a', 'deal', 'in', 'and', 'was', 'of', 'to', 'with', 'but', 'will', 'not', 'it', 'there', 'yesterday', 'percent', '1860', '38th', '3', '(', ')', '—', '-', ',', ';', ':', '&', '%', '$5', 'who', 'that', 'I', 'constructor', 'Constructor', 'toString', '__proto__', 'hasOwnProperty'];
const TRAIL = ['', '', '', '.', '..', '...', '…', ',', '!', '?', '?!', ':', ';', '=', "'s", '’s', ')', '-', '.”', ',"', "'", '.)'];

/** quotation marks of every style, each an [open, close] pair; mixing them gives mismatched pairs */
export const QUOTE_PAIRS: Array<[string, string]> = [
  ['“', '”'], ['‘', '’'], ['«', '»'], ['»', '«'], ['„', '“'], ['‚', '‘'], ['"', '"'], ["'", "'"],
  ['``', "''"], ["''", "''"], ['「', '」'], ['『', '』'], ['‹', '›'], ['”', '”'], ['"', '”'], ['“', '"'], ['〝', '〞'], ['＂', '＂'],
];
const MARKS = [...new Set(QUOTE_PAIRS.flat())];

/** characters from every corner of unicode, lone surrogates included */
const ODD_CHARS = [
  '\u0301', '\u0308', '\u20dd', '\u0e49', // combining marks
  'ש', 'م', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', // right-to-left and bidi controls
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', // zero-width
  '\u00a0', '\u2009', '\u202f', '\u3000', '\u2028', '\u2029', '\u0085', '\u000b', '\f', '\r', // spaces and breaks
  '𝒳', '𠜎', '😀', '🇺🇸', '👨‍👩‍👧', '🏳️‍🌈', '👍🏽', '\ufe0f', '𓀀', // astral, zwj sequences, modifiers
  '\ud800', '\udbff', '\udc00', '\udfff', // lone surrogates
  '\u0000', '\u0007', '\u001b', '\ufffd', '\ufffe', '\uffff', 'ǅ', 'ß', 'İ', 'ﬁ', // controls, specials, odd casing
];

const pick = (xs: string[]) => fc.constantFrom(...xs);
const join = (sep: string) => (parts: string[]) => parts.join(sep);

/** a word never seen before: new tokens for wink's token cache, with punctuation glued on */
export const novelWord = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), pick(TRAIL))
  .map(([w, t]) => w + t);

export const oddChar = fc.oneof({ arbitrary: pick(ODD_CHARS), weight: 3 }, { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 });

/** unicode of every plane, lone surrogates, combining marks, RTL, zero-width */
export const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.array(oddChar, { maxLength: 24 }).map(join('')),
  fc.tuple(pick(FIRST), fc.array(oddChar, { minLength: 1, maxLength: 40 }), pick([' said hi.', ' ', '', ' Smith'])).map(([a, b, c]) => a + b.join('') + c),
  fc.tuple(pick(['J', 'Joe ', '“', 'x']), pick(ODD_CHARS), fc.integer({ min: 1, max: 64 }), pick([' said hi.', ' Biden said.', '”'])).map(([a, c, n, z]) => a + c.repeat(n) + z),
);

export const name = fc.oneof(
  { arbitrary: fc.tuple(pick(FIRST), pick(LAST)).map(join(' ')), weight: 3 },
  { arbitrary: pick(LAST), weight: 1 },
  { arbitrary: fc.tuple(pick(TITLES), pick(FIRST), pick(LAST)).map(join(' ')), weight: 2 },
  { arbitrary: fc.stringMatching(/^[A-Z][a-z]{2,9}( [A-Z][a-z]{2,11})?$/), weight: 2 },
  { arbitrary: fc.array(pick(TITLES), { minLength: 2, maxLength: 8 }).map(join(' ')), weight: 1 },
);

const word = fc.oneof(
  { arbitrary: pick(FILLER), weight: 8 },
  { arbitrary: name, weight: 3 },
  { arbitrary: pick(ORGS), weight: 1 },
  { arbitrary: pick(PLACES), weight: 1 },
  { arbitrary: pick(PRONOUNS), weight: 1 },
  { arbitrary: pick(VERBS), weight: 1 },
  { arbitrary: novelWord, weight: 2 },
  { arbitrary: oddChar, weight: 1 },
  { arbitrary: pick(MARKS), weight: 1 },
);

/** a news-like sentence of names, titles, places and filler */
export const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 18 }), pick(['.', '.', '?', '!', '', '...', ':', ';']))
  .map(([ws, end]) => ws.join(' ') + end);

const mark = fc.oneof(
  { arbitrary: pick(QUOTE_PAIRS.map(([o, c]) => `${o}\u0000${c}`)), weight: 4 },
  { arbitrary: fc.tuple(pick(MARKS), pick(['', ...MARKS])).map(([o, c]) => `${o}\u0000${c}`), weight: 1 },
  { arbitrary: fc.tuple(pick(MARKS), pick(MARKS)).map(([o, c]) => `${o}\u0000${c}`), weight: 1 },
);
const wrap = (m: string, body: string) => m.replace('\u0000', () => body);

/** a quotation, nested quotations inside it; pairs may mismatch or lack a side */
export const quoted: fc.Arbitrary<string> = fc.letrec<{ q: string }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(mark, sentence).map(([m, s]) => wrap(m, s)),
    fc.tuple(mark, sentence, tie('q'), sentence).map(([m, a, q, b]) => wrap(m, `${a} ${q} ${b}`)),
    fc.tuple(mark, tie('q')).map(([m, q]) => wrap(m, q)),
  ),
})).q;

/** quotes with their speakers, the way news attributes them */
export const quoteStatement = fc.oneof(
  fc.tuple(quoted, name, pick(VERBS)).map(([q, n, v]) => `${q} ${n} ${v}.`),
  fc.tuple(quoted, pick(VERBS), name).map(([q, v, n]) => `${q} ${v} ${n}.`),
  fc.tuple(name, pick(VERBS), quoted).map(([n, v, q]) => `${n} ${v}: ${q}`),
  fc.tuple(pick(PRONOUNS), pick(VERBS), quoted).map(([n, v, q]) => `${n} ${v} ${q}.`),
  fc.tuple(quoted, pick(PRONOUNS), pick(VERBS), quoted).map(([a, n, v, b]) => `${a} ${n} ${v}. ${b}`),
);

/** a football results line, the shape of a known crash */
export const resultsLine = fc
  .tuple(name, fc.nat(9), name, fc.nat(120), name, fc.nat(9), pick(['', ')', ', ']))
  .map(([a, x, s, m, b, y, tail]) => `${a} ${x} (${s} ${m}${m % 2 ? 'th' : ''}) ${b} ${y} (${s.split(' ')[0]}${tail}`);

const RUN_CHARS = ['a', 'Z', '9', '.', '-', '_', '/', '=', '“', '”', '"', "'", '(', ')', '𠜎', '😀', '\u0301', '\u200b', 'é', '#', ':'];

/** a run of 64 to `max` characters without a space: a pasted hash, a URL, a stripped table */
export function longToken(max = 5000): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(fc.array(pick(RUN_CHARS), { minLength: 1, maxLength: 12 }), fc.integer({ min: 64, max })).map(([unit, n]) => {
      const u = unit.join('');
      return u.repeat(Math.ceil(n / u.length)).slice(0, n);
    }),
    // units from fixed pools, not all of unicode: a counterexample of hundreds of units then shrinks in few steps
    fc.string({ unit: fc.oneof(pick(RUN_CHARS), pick(ODD_CHARS.filter((c) => !/\s/.test(c)))), minLength: 64, maxLength: Math.min(max, 400) }),
  );
}

const HTML = ['<p>', '</p>', '<br/>', '<br>', '<div class="story">', '</div>', '<a href="https://example.com/a?b=c&amp;d=e">', '</a>', '<script>var q = "“x”";</script>', '<!-- comment -->', '&nbsp;', '&ldquo;', '&rdquo;', '&#8220;', '&#x201D;', '&amp;', '<blockquote>', '</blockquote>', '<em>', '</em>', '<img src="a.png" alt="Joe Biden">', '<![CDATA[ x ]]>', '<', '>', '</'];
const MARKDOWN = ['# ', '## ', '**', '__', '*', '_', '> ', '- ', '1. ', '`', '```\n', '[link](https://example.com)', '![alt](img.png)', '| a | b |', '|---|---|', '---', '\\', '~~', '[^1]'];

/** fragments of HTML and markdown around news words */
export const markup = fc
  .array(fc.oneof({ arbitrary: pick(HTML), weight: 2 }, { arbitrary: pick(MARKDOWN), weight: 2 }, { arbitrary: sentence, weight: 1 }, { arbitrary: name, weight: 1 }), { minLength: 1, maxLength: 12 })
  .map(join(''));

const SEPARATORS = [' ', ' ', '\n', '\n\n', '', '\r\n', '\t', '\u2029', '  ', '\n\n\n'];

export interface TextOptions {
  /** most pieces in one text */
  maxPieces?: number;
  /** longest run without a space (64–5000 in the long fuzz run) */
  maxRun?: number;
}

/** a text mixing every kind of piece: news, quotes, unicode, long tokens, markup */
export function articleText({ maxPieces = 12, maxRun = 5000 }: TextOptions = {}): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { arbitrary: sentence, weight: 6 },
    { arbitrary: quoteStatement, weight: 5 },
    { arbitrary: quoted, weight: 2 },
    { arbitrary: unicodeText, weight: 2 },
    { arbitrary: markup, weight: 1 },
    { arbitrary: resultsLine, weight: 1 },
    { arbitrary: longToken(maxRun), weight: 1 },
    { arbitrary: novelWord, weight: 1 },
  );
  // the edges of a text are where offsets break: open and close it with an odd token now and then
  const edge = fc.option(fc.oneof(novelWord, oddChar, pick(MARKS), longToken(maxRun)), { freq: 2 }).map((e) => e ?? '');
  return fc
    .tuple(edge, fc.array(fc.tuple(piece, pick(SEPARATORS)), { maxLength: maxPieces }), edge)
    .map(([head, xs, tail]) => head + xs.map(([p, s]) => p + s).join('') + tail);
}
