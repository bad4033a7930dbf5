import { firstWhere } from '../core/search';
import type { Doc, Token } from '../core/types';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import type { Quote } from '../schema';

/** longest stretch between a speaker's name and its cue read for an appositive, in characters */
const APPOSITIVE_CHARS = 240;

/** a label in brackets right after the name, opening with a capital: `Sen. Lindsey Graham (R-SC) said`, `Sen. Angus King (Maine)`; not `A video (above) shows` */
const BRACKET_LABEL = /^\s*\(\p{Lu}[^()\n]{0,39}\)/u;

/**
 * `, a junior from Las Vegas,`, `, 21, a junior …,`, `, vice chairwoman for Clinton’s campaign,`, `, R-Ill., who faces …,`:
 * words between commas with no stop, colon, bracket or quotation mark inside (a place's state after a comma, an age
 * before, a relative clause after may hold one more), the closing comma right before the cue; group 1 is the first word
 */
const APPOSITIVE = /^,\s+(?:\d+,\s+)?(\p{L}[\p{L}’'-]*)[^,;:()“”"\n]*(?:,\s+\p{Lu}[^,;:()“”"\n]*)?(?:,\s+who\b[^;:()“”"\n]*)?,(?=\s*$)/u;

/** parts of speech that open a noun phrase after a name's comma */
const PHRASE_OPENERS = new Set(['NOUN', 'PROPN', 'DET', 'NUM']);
/** parts of speech an adjective opening a noun phrase goes on with (`former deputy`, `longtime Republican`) */
const NOUN_PHRASE_WORDS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * the appositive's first word opens a noun phrase: a determiner, a possessive, a noun, a capital, or an adjective before
 * a noun (`former`, `longtime`); not an adverb, a preposition or a participle (`, for his part,`, `, meanwhile,`, `,
 * speaking at a rally,`, `, clad in a red cape,`), nor an adjective with its own complement (`, eager all evening to jab,`)
 */
function opensNounPhrase(t: readonly Token[], k: number): boolean {
  const w = t[k];
  if (ARTICLES.has(w.lower) || POSSESSIVE_DETERMINERS.has(w.lower) || w.cap) return true;
  if (w.pos === 'ADJ') return NOUN_PHRASE_WORDS.has(t[k + 1]?.pos ?? '');
  return PHRASE_OPENERS.has(w.pos) && !/(?:ing|ed)$/.test(w.lower);
}

/** where the words naming a speaker end when they take in what sits between them and the cue after them; `end` otherwise */
function extentBeforeCue(doc: Doc, end: number, cue: number): number {
  if (cue < end || cue - end > APPOSITIVE_CHARS) return end;
  const between = doc.text.slice(end, cue);
  const bracket = BRACKET_LABEL.exec(between);
  if (bracket) return end + bracket[0].length;
  const apposed = APPOSITIVE.exec(between);
  if (!apposed) return end;
  const first = end + apposed[0].indexOf(apposed[1], 1);
  const k = firstWhere(doc.tokens, (w) => w.start >= first);
  return doc.tokens[k]?.start === first && opensNounPhrase(doc.tokens, k) ? end + apposed[0].length : end;
}

/**
 * `Huma Abedin, vice chairwoman for Clinton’s campaign, wrote`, `Sen. Lindsey Graham (R-SC) said`: a speaker's words run
 * over the appositive or the bracketed label between the name and the cue after it, closing comma and all, as news
 * annotation (PARC, PolNeAR) marks a source; words that are no noun phrase (`, for his part,`, `, speaking at a rally,`,
 * `, 69,`) and a relative clause alone (`, who runs the campaign,`) stay out
 */
export function withAppositiveMentions(doc: Doc, quotes: Quote[]): Quote[] {
  return quotes.map((q) => {
    const mention = q.speaker?.mention;
    if (!q.speaker || !mention || !q.cue) return q;
    const end = extentBeforeCue(doc, mention.end, q.cue.start);
    if (end === mention.end) return q;
    return { ...q, speaker: { ...q.speaker, mention: { start: mention.start, end, text: doc.text.slice(mention.start, end) } } };
  });
}
