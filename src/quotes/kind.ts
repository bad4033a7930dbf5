import { AUTHOR_CREDITS, TITLE_CUES, WORK_NOUNS } from '../lexicon/works';
import { COORDINATORS, DASHES, PRONOUNS, QUOTE_DETERMINERS } from '../lexicon/function-words';
import type { QuoteKind } from '../schema';
import { sentenceWindow, tokenRange, type QuoteContext } from './context';
import type { QuoteSpan } from './spans';
import { characterisingVerb, cueEarlier, isCalendar, isGoverned, speechNoun } from './govern';
import { NAMING_VERBS } from '../lexicon/speech';
import { cueAt } from './cues';
import { markAt } from './marks';
import { firstLetterCapital, opensCapital } from '../lexicon/name-forms';
import { nicknameAt } from './nickname';
import { isTitleCase } from './title-case';

/** longest fragment that still reads as a scare quote when no cue governs it */
const SCARE_MAX_WORDS = 6;
/** longest quote that can modify a noun as a scare quote ("a “final” draft") */
const MODIFIER_MAX_WORDS = 3;
/** a quote that ends in punctuation inside its marks (`a “rant,”`) closes its phrase: it modifies nothing after it */
const closesPhrase = (text: string) => /[,.;:!?]\P{L}*$/u.test(text);

export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

/**
 * a quotation whose words end in a comma, a question or exclamation mark or a dash before its closing
 * mark, which is one character or the doubled ASCII mark of LDC/NYT text (`,''`), after a nested
 * quote's closing mark if any: a reporting clause may follow it (`“…,” Smith said`, `''…,'' Mr.
 * Smith said`, `"… 'I'm the one,'" Green said`)
 */
export const isSetOff = (ctx: QuoteContext, q: QuoteSpan): boolean => /[,?!\u2014-][\s'"‘’“”]*$/u.test(ctx.doc.view.slice(q.start, q.end));

/** the words of a reporting clause that interrupts a quotation (`said Sen. Joe Manchin, D-W.Va.,`) */
const INTERRUPTION_REACH = 10;

/** what sets a reporting clause off from the quotation it interrupts: a comma or a dash */
const isBreak = (text: string) => text === ',' || DASHES.has(text);

/**
 * the quote starts a clause of its own: at the sentence start, after a colon, right after a cue
 * (`Manchin said, “…”`), or as the rest of a quotation its reporting clause interrupts, whatever
 * the clause's order (`“…,” said Senator Joe Manchin, “but we need to pay for it.”`, `“…” — said
 * one trader — “…”`)
 */
export function opensClause(ctx: QuoteContext, q: QuoteSpan): boolean {
  const t = ctx.doc.tokens;
  const [a] = tokenRange(t, q);
  const { from, start } = sentenceWindow(ctx, q);
  if (a <= start || q.continues) return true;
  const prev = t[a - 1];
  if (prev.text === ':' || ctx.quoted[a - 1]) return true;
  const k = prev.text === ',' ? a - 2 : a - 1;
  if (k >= from && cueAt(ctx, k) > 0) return true;
  return isBreak(prev.text) && resumesQuote(ctx, a - 1, Math.max(from, a - 1 - INTERRUPTION_REACH));
}

/** what ends a quotation's words when a reporting clause breaks into it (`“…,” said`, `“…?” asked`) */
const SET_OFF_ENDS = new Set([',', '?', '!', ...DASHES]);

/**
 * the words between a quotation and the comma or dash at `sep` hold a cue: they are its reporting
 * clause, when the quotation is set off by punctuation inside its marks or by a break after them (a
 * scare quote before them, `the “rigged” system, said`, is none), no semicolon ends them and no
 * conjunction opens them (`”, and told the police, “…”`)
 */
function resumesQuote(ctx: QuoteContext, sep: number, floor: number): boolean {
  const t = ctx.doc.tokens;
  let cue = false;
  for (let j = sep - 1; j >= floor; j--) {
    if (t[j].text === ';') return false;
    if (!ctx.quoted[j]) {
      cue ||= cueAt(ctx, j) > 0;
      continue;
    }
    // `j` closes the quotation before: the clause runs from after it (and its break) to `sep`
    if (!cue || j === sep - 1) return false;
    const broken = isBreak(t[j + 1].text);
    return (broken || SET_OFF_ENDS.has(t[j - 1]?.text ?? '')) && !COORDINATORS.has(t[broken ? j + 2 : j + 1].lower);
  }
  return false;
}

/** a short quote used as a modifier of the noun after it: `a “final” draft proposal` */
export function isModifier(ctx: QuoteContext, q: QuoteSpan): boolean {
  const t = ctx.doc.tokens;
  const [a, b] = tokenRange(t, q);
  if (wordCount(ctx.doc.text.slice(q.start, q.end)) > MODIFIER_MAX_WORDS) return false;
  const prev = t[a - 1];
  const next = t[b];
  if (!next || !prev || isCalendar(next.lower) || closesPhrase(ctx.doc.text.slice(q.start, q.end)) || characterisingVerb(ctx, q) >= 0) return false;
  const nounNext = next.pos === 'NOUN' || next.pos === 'PROPN';
  if (QUOTE_DETERMINERS.has(prev.lower)) return nounNext || next.lower === 'by';
  // `promoting “quack” medical cures`: one word between a verb or preposition and the noun it qualifies
  const adjNoun = next.pos === 'ADJ' && t[b + 1]?.pos === 'NOUN';
  return b - a === 3 && (prev.pos === 'VERB' || prev.pos === 'ADP') && !cueAt(ctx, a - 1) && (nounNext || adjNoun);
}

/**
 * `Trump has argued that the committee ran a “rigged” process` / `He said her attempt was a
 * “criminal” one`: a modifier in a clause a reporting cue governs is the speaker's word, not the
 * writer's, whatever verb governs it (`what they call the “fraudulent” nomination`), unless an
 * infinitive stands between them (see `cueEarlier`)
 */
export function isReportedModifier(ctx: QuoteContext, q: QuoteSpan): boolean {
  // a determiner before it: `for promoting “quack” medical cures` names a thing, it does not report a word
  const det = ctx.doc.tokens[tokenRange(ctx.doc.tokens, q)[0] - 1];
  return !!det && QUOTE_DETERMINERS.has(det.lower) && cueEarlier(ctx, q, true);
}

/**
 * the name of a work in quotation marks: after a title cue (`MSNBC’s “Morning Joe”`, `a spot
 * titled “Arrogant”`), as an appositive of a work noun (`his book, “Make Your Kid a Millionaire,”`),
 * or alone on its line as a subheading (`‘All Bets Are Off.’`)
 */
export function isTitle(ctx: QuoteContext, q: QuoteSpan): boolean {
  // `chants of “Bobby!”`, `the slogan “Make America Great Again”`: a speech noun makes it words
  if (!isTitleCase(ctx, q) || speechNoun(ctx, q) >= 0) return false;
  const t = ctx.doc.tokens;
  const [a, b] = tokenRange(t, q);
  const prev = t[a - 1];
  if (prev && TITLE_CUES.has(prev.lower)) return true;
  if (prev && isNamedThing(ctx, q, a, b)) return true;
  if (prev?.text === ',' && WORK_NOUNS.has(t[a - 2]?.lower ?? '')) return true;
  return fillsParagraph(ctx, q, t[a]?.paragraph ?? -1);
}

/** the quotation is all that paragraph `paragraph` holds, past its spaces: a line of its own (`‘All Bets Are Off.’`) */
function fillsParagraph(ctx: QuoteContext, q: QuoteSpan, paragraph: number): boolean {
  const para = ctx.doc.paragraphs[paragraph];
  return !!para && ctx.doc.text.slice(para.start, para.end).trim() === ctx.doc.text.slice(q.start, q.end);
}

/** the family of the mark that opens a quotation */
const familyOf = (ctx: QuoteContext, q: QuoteSpan) => markAt(ctx.doc.view, q.start)?.family;

/**
 * `‘A fight from start to finish.’` alone on its line in a story that quotes in double marks: a
 * subheading, set in the single marks headlines take, that echoes the story's words rather than
 * reporting them (a text that quotes in single marks throughout keeps such a line a quote)
 */
export function isSingleMarkedSubheading(ctx: QuoteContext, q: QuoteSpan): boolean {
  if (q.continues || q.unclosed || familyOf(ctx, q) !== 'single') return false;
  return fillsParagraph(ctx, q, q.paragraph) && quotesInDouble(ctx);
}

/** whether the text quotes in double marks anywhere, read once a text: every quote asking would cost the square of their number */
const doubleQuoted = new WeakMap<QuoteContext, boolean>();
function quotesInDouble(ctx: QuoteContext): boolean {
  let found = doubleQuoted.get(ctx);
  if (found === undefined) doubleQuoted.set(ctx, (found = ctx.spans.some((s) => familyOf(ctx, s) === 'double')));
  return found;
}

/** the most characters after a credited title's comma, its closing marks and spaces: read at the quote's end only */
const CREDIT_TAIL = 8;
const CREDIT_END = new RegExp(`,\\P{L}{0,${CREDIT_TAIL}}$`, 'u');

/**
 * `“Sam Mendes leaves the show,” by Times’ Michael Paulson`, `''This Kind of War,'' by T.R.
 * Fehrenbach`: a capitalised title closed by a comma inside its marks and credited to a named
 * author is a work cited, not words said; a passive agent takes no comma (`called “a disgrace” by Smith`)
 */
export function isCreditedWork(ctx: QuoteContext, q: QuoteSpan): boolean {
  const text = ctx.doc.text.slice(q.start, q.end);
  if (!CREDIT_END.test(text.slice(-CREDIT_TAIL - 1)) || !firstLetterCapital(text)) return false;
  const t = ctx.doc.tokens;
  const [, b] = tokenRange(t, q);
  return !!t[b + 1] && AUTHOR_CREDITS.has(t[b].lower) && opensCapital(t[b + 1].text) && t[b + 1].sentence === t[b].sentence;
}

/** the words after a title-case quote read for a reporting clause's verb (`, the document states`) */
const CLAUSE_REACH = 3;

/**
 * `''The Big Short'' was nominated for an Oscar`, `“Broad City” star Arturo Castro`: a title-case
 * name that opens the writer's sentence and runs on into it (a lowercase word, no full stop inside
 * its marks) is the sentence's subject or modifier, a work named, not words said; asked only when
 * no cue governs it, so `“Absolutely,” he said` stays a quote, and never before a pronoun
 */
export function isTitleSubject(ctx: QuoteContext, q: QuoteSpan): boolean {
  if (q.continues || !isTitleCase(ctx, q) || /[.!?]\P{L}*$/u.test(ctx.doc.text.slice(q.start, q.end))) return false;
  const t = ctx.doc.tokens;
  const [a, b] = tokenRange(t, q);
  const next = t[b];
  if (a > sentenceWindow(ctx, q).start || !next || next.sentence !== t[b - 1].sentence || !next.low || PRONOUNS.has(next.lower)) return false;
  // `"Family Medical Leave," the document states, …`: a reporting clause follows it after all
  for (let k = b; k < b + CLAUSE_REACH && k < t.length; k++) if (cueAt(ctx, k)) return false;
  return true;
}

/** words just before a determiner that make the quote someone's name for a thing: `called it a “Total Disaster”` */
const NAMING_REACH = 3;

/** `during a “Commander-in-Chief Forum” sponsored by NBC`: a title-case name of several words after an article */
function isNamedThing(ctx: QuoteContext, q: QuoteSpan, a: number, b: number): boolean {
  const t = ctx.doc.tokens;
  const text = ctx.doc.text.slice(q.start, q.end);
  if (!QUOTE_DETERMINERS.has(t[a - 1].lower) || wordCount(text) < 2 || closesPhrase(text) || (t[b] && cueAt(ctx, b))) return false;
  for (let j = a - 2; j >= 0 && j >= a - 1 - NAMING_REACH; j--) if (NAMING_VERBS.has(t[j].lower)) return false;
  return true;
}

/** `Marcia “Cia” Price`: a one-word quote between a first and a last name is a nickname */
export const isNickname = (ctx: QuoteContext, q: QuoteSpan): boolean => nicknameAt(ctx.doc.tokens, ctx.quoted, q);

/** a fragment no cue governs, too short to be a statement of its own */
export function isLooseFragment(ctx: QuoteContext, q: QuoteSpan): boolean {
  return !opensClause(ctx, q) && wordCount(ctx.doc.text.slice(q.start, q.end)) <= SCARE_MAX_WORDS && !isGoverned(ctx, q);
}

export function kindOf(ctx: QuoteContext, q: QuoteSpan, scare: boolean): QuoteKind {
  if (scare) return 'scare';
  return opensClause(ctx, q) ? 'direct' : 'partial';
}
