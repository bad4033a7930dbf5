import { isVerbal } from '../core/tokens';
import { ARTICLES } from '../lexicon/function-words';
import { BE_FORMS, CALENDAR, CHARACTERISING, INVERTING_VERBS, NOT_CHARACTERISING, SPEECH_NOUNS } from '../lexicon/speech';
import { sentenceWindow, tokenRange, type QuoteContext } from './context';
import type { QuoteSpan } from './spans';
import { phraseAfter, phraseBefore } from './phrase';
import { cueStarting } from './cues';

/** how far before `as` the characterising verb may stand (`pounding Trump as a “con artist”`) */
const REACH = 6;
/** how many tokens a sentence may run on after a governing reporting clause (`…, Smith said in a statement.`) */
const CLAUSE_TAIL = 8;

/** `blasted Clinton as a “disgrace”`: the verb a characterising `as` before the quote hangs on, or -1 */
export function characterisingVerb(ctx: QuoteContext, q: QuoteSpan): number {
  const t = ctx.doc.tokens;
  const [a] = tokenRange(t, q);
  const { from } = sentenceWindow(ctx, q);
  let k = a - 1;
  if (k >= from && ARTICLES.has(t[k].lower)) k--;
  if (k < from || !CHARACTERISING.has(t[k].lower)) return -1;
  // the verb and its object only: `such as`, `known as` and far verbs name things, not words
  for (let j = k - 1; j >= from && j >= k - REACH; j--) {
    if (NOT_CHARACTERISING.has(t[j].lower)) return -1;
    if (ctx.quoted[j] || /^[.;:!?]$/.test(t[j].text)) return -1;
    if (t[j].pos === 'VERB') return j;
  }
  return -1;
}

/** the first reporting cue of the quote's sentence after the quote (`A cashier who “steals” is held accountable, Warren said`), or -1 */
export function cueLater(ctx: QuoteContext, q: QuoteSpan): number {
  const t = ctx.doc.tokens;
  const [, b] = tokenRange(t, q);
  const { to } = sentenceWindow(ctx, q);
  for (let j = b; j < to && t[j]?.paragraph === t[b - 1]?.paragraph; j++) {
    const cue = cueStarting(ctx, j);
    if (!cue || cue.participle) continue;
    // a reporting clause set off by a comma: `…, Warren said` / `…, said Warren` / `…, according to X`
    const clause = t[j - 1]?.text === ',' ? j : (phraseBefore(ctx, j, b)?.[0] ?? j);
    // and closing the sentence: `…, Warren said Monday.`, not `after Buffett, the investor, complained that …`
    const closes = (to - j <= CLAUSE_TAIL && !cue.clausal) || invertedClause(ctx, j, to);
    if (!closes) return -1;
    return t[clause - 1]?.text === ',' || asClause(ctx, q, b, j) ? j : -1;
  }
  return -1;
}

/**
 * `…, said Lee Epstein, who teaches constitutional law at …`: an inverted reporting clause set off
 * by a comma closes the sentence however long the appositive after its speaker runs
 */
function invertedClause(ctx: QuoteContext, j: number, to: number): boolean {
  const t = ctx.doc.tokens;
  if (t[j - 1]?.text !== ',' || !INVERTING_VERBS.has(t[j].lower)) return false;
  const p = phraseAfter(ctx, j + 1, to);
  if (!p || !t[p[0]].cap) return false;
  const next = t[p[1]];
  return !next || p[1] >= to || next.text === ',' || /^[.!?]$/.test(next.text);
}

/** `“a lawful source of income,” as a Homeland Security memo put it`: an `as` clause set off by a comma reports the quote */
function asClause(ctx: QuoteContext, q: QuoteSpan, b: number, j: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = j - 1; k >= b; k--) {
    if (/^\p{P}+$/u.test(t[k].text)) return false;
    if (t[k].lower !== 'as') continue;
    return t[k - 1]?.text === ',' || (k === b && /,\P{L}*$/u.test(ctx.doc.text.slice(q.start, q.end)));
  }
  return false;
}

/**
 * a reporting cue anywhere in the quote's sentence before it (`announcing that the statement was
 * “true.”`); with `finite`, none when the clause the quote sits in is an infinitive: `claimed that
 * they set a deadline for Hamas to respond to a “final” draft` reports the deadline, not words
 * inside the infinitive (`said his refusal to use the words was a “manufactured” issue` still does)
 */
export function cueEarlier(ctx: QuoteContext, q: QuoteSpan, finite = false): boolean {
  const t = ctx.doc.tokens;
  const [a] = tokenRange(t, q);
  const { from } = sentenceWindow(ctx, q);
  let headed = false;
  for (let j = a - 1; j >= from; j--) {
    if (finite && isVerbal(t[j])) {
      // the nearest verb before the quote heads its clause: an infinitive there ends the search
      if (!headed && t[j - 1]?.lower === 'to') return false;
      headed = true;
    }
    const cue = cueStarting(ctx, j);
    if (cue && !cue.loose && !cue.negated) return true;
  }
  return false;
}

/** how far before the quote a speech noun may stand (`Trump’s claim that there have been “…”`) */
const NOUN_REACH = 5;

/** `Trump’s claim that there have been “thousands of shootings”`: the speech noun governing the quote, or -1 */
export function speechNoun(ctx: QuoteContext, q: QuoteSpan): number {
  const t = ctx.doc.tokens;
  const [a] = tokenRange(t, q);
  const { from } = sentenceWindow(ctx, q);
  // `Clinton’s response was: “…”`: a colon or comma after a copula sets off what the noun was
  const setOff = /^[:,]$/.test(t[a - 1]?.text ?? '') && BE_FORMS.has(t[a - 2]?.lower ?? '') ? a - 1 : -1;
  for (let j = a - 1; j >= from && j >= a - NOUN_REACH; j--) {
    if (ctx.quoted[j] || (j !== setOff && /^[.;:!?,]$/.test(t[j].text))) return -1;
    if (SPEECH_NOUNS.has(t[j].lower) && t[j].pos === 'NOUN') return j;
  }
  return -1;
}

/** someone's words by the sentence they sit in: a cue before or after them, a speech noun, or a characterising `as` */
export function isGoverned(ctx: QuoteContext, q: QuoteSpan): boolean {
  return characterisingVerb(ctx, q) >= 0 || speechNoun(ctx, q) >= 0 || cueEarlier(ctx, q) || cueLater(ctx, q) >= 0;
}

/** a calendar word after the quote ends the phrase: `as a “disgrace” Wednesday` modifies nothing */
export const isCalendar = (word: string | undefined) => word !== undefined && CALENDAR.has(word);
