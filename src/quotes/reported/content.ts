import { endsInS, isVerbal, NOUN_PHRASE_WORD_POS, tokenOf } from '../../core/tokens';
import type { Token } from '../../core/types';
import { readDateline } from '../../document/dateline';
import { BELIEF_VERBS } from '../../lexicon/belief';
import { PRONOUNS } from '../../lexicon/function-words';
import { ADVERBIAL_OPENERS, ASIDE_OPENERS, CONTENT_OPENERS, QUESTION_VERBS, RELATIVES } from '../../lexicon/reported';
import type { QuoteContext } from '../context';
import { reportsClause } from '../phrase';
import { isStop } from './shapes/shape';

/** how far from its cue a reported statement's words may reach, in tokens: a run-on text stays linear */
export const REACH = 80;

/** a token range `[a, b)` of a statement's words */
export type Piece = [number, number];

/** the tokens of the sentence around the cue at `j`, at most REACH either side */
export function sentenceAround(ctx: QuoteContext, j: number): { floor: number; ceil: number } {
  const s = ctx.doc.sentences[ctx.doc.tokens[j].sentence];
  return { floor: Math.max(s.tokenStart, j - REACH), ceil: Math.min(s.tokenEnd, j + REACH) };
}

const EDGE = /^[.,;:!?\u2014\u2013-]+$/;

/** `[a, b)` without punctuation at either edge (quotation marks stay: they belong to the quote inside) */
export function trimmed(t: readonly Token[], [a, b]: Piece): Piece {
  // "LONDON, March 3 (Reuters) - Britain's economy shrank …, the ONS said": the dateline is the story's, not the statement's
  const dateline = readDateline(t, a);
  if (dateline && dateline.end < b) a = dateline.end;
  while (a < b && EDGE.test(t[a].text)) a++;
  while (b > a && EDGE.test(t[b - 1].text)) b--;
  return [a, b];
}

const isWord = (tok: Token) => !tok.punct;

/** parts of speech that open an object: `yields a bump`, `marks his return`, `costs 10 dollars` */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NUM']);

/** the shortest word ending in `-ed` read as a past verb: `deserved`, `signed`, not `bed`, `shed` or `seed` */
const PAST_FORM_LENGTH = 6;

/**
 * `the family deserved better`: a word ending in `-ed` (not `-eed`) the tagger calls a noun right after a noun
 * or a name, no possessive, is the clause's verb in the past
 */
const misreadPast = (w: Token, before: Token | undefined): boolean =>
  w.pos === 'NOUN' &&
  w.lower.length >= PAST_FORM_LENGTH &&
  w.lower.endsWith('ed') &&
  !w.lower.endsWith('eed') &&
  !!before &&
  (before.pos === 'NOUN' || before.pos === 'PROPN') &&
  !before.possessive;

/**
 * `each year of education yields a bump`, `The job marks his return`: a plural noun (as the tagger reads
 * it) right after a singular noun and before an object's first word is the clause's verb in the present
 */
function misreadVerb(t: readonly Token[], k: number): boolean {
  const w = t[k];
  const before = t[k - 1];
  if (misreadPast(w, before)) return true;
  if (w.pos !== 'NOUN' || !before || before.pos !== 'NOUN' || before.possessive) return false;
  // `most staffers sign a pledge`: a bare noun right after a plural noun and before an object's first word is its verb
  if (!endsInS(w)) return endsInS(before) && OBJECT_OPENERS.has(t[k + 1]?.pos ?? '');
  return !before.lower.endsWith('s') && OBJECT_OPENERS.has(t[k + 1]?.pos ?? '');
}

/** parts of speech that open a gerund's object: `reported hearing gunshots`, `recalled seeing the smoke`, `reported spending $6 million` */
const GERUND_OBJECT_POS = new Set(['DET', 'PRON', 'NUM', 'NOUN', 'ADJ', 'SYM']);

/**
 * `Witnesses reported hearing gunshots`: a word ending in `-ing` the tagger calls a noun right after a cue, with an
 * object after it, is a gerund: the verb of the clause the cue reports (PolNeAR-train marks 30 of 35 such `reported`,
 * `recalled`, `acknowledged`, `proposed` + gerund)
 */
function gerundAfterCue(ctx: QuoteContext, k: number): boolean {
  const t = ctx.doc.tokens;
  const w = t[k];
  return (
    w.pos === 'NOUN' &&
    w.lower.endsWith('ing') &&
    !!ctx.cues[k - 1] &&
    !ctx.quoted[k - 1] &&
    GERUND_OBJECT_POS.has(t[k + 1]?.pos ?? '') &&
    t[k + 1].sentence === w.sentence
  );
}

/** how many reporting cues one statement's words may hold (`officials said Trump claimed …` holds one) */
const NESTED = 2;

/**
 * words someone holds: at least two words outside quotation marks (a statement all in quotation marks
 * is the direct quote itself), and a verb among them that is no cue, unless `phrase` content will do
 */
export function isContent(ctx: QuoteContext, pieces: readonly Piece[], phrase = false): boolean {
  const t = ctx.doc.tokens;
  let words = 0;
  let verb = false;
  let cued = false;
  let cues = 0;
  let afterCue = 0;
  let gap = 0;
  let name = false;
  for (const [a, b] of pieces) {
    for (let k = a; k < b; k++) {
      if (!isWord(t[k])) continue;
      // `said the loss really “accelerated”`: the verb of a quotation inside the words is theirs, the quoted words are not counted
      if (ctx.quoted[k]) {
        verb ||= isVerbal(t[k]);
        continue;
      }
      words++;
      name ||= t[k].pos === 'PROPN' || ctx.owner[k] !== undefined;
      // `he understands the position of supporting Trump`: a cue in its non-finite form is no clause of its own
      const cue = ctx.cues[k]?.frame === 'non-finite' ? undefined : ctx.cues[k];
      if (cue && ++cues === 2) gap = afterCue;
      afterCue = cue ? 0 : afterCue + 1;
      const isVerb = isVerbal(t[k]) || misreadVerb(t, k) || (k === a && gerundAfterCue(ctx, k));
      // a verb of its own: `Jones told Brown said …` is a chain of cues, no content
      verb ||= isVerb && !cue;
      // a cue after its subject is a clause's verb too (`she supported it`, `Sharpton asked for the meeting`)
      cued ||= isVerb && !!cue && words > 1;
    }
  }
  // a phrase (`called for a ban`) holds no cue, a clause one, or two with a clause's words between them and after the
  // last (`her family asked for privacy as they sought answers`): `Jones told Brown said Smith` is a chain of cues
  // `praised Putin`: a phrase of one name will do
  if (phrase && words === 1 && name && cues === 0) return true;
  return words >= 2 && (verb || (cued && (cues === 1 || (cues <= NESTED && gap >= 2 && afterCue > 0))) || (phrase && cues === 0));
}

/** how far past a coordinating `and` a following reporting verb may stand (`, and more than 4 in 10 said`) */
const NEXT_CLAUSE_REACH = 8;

/** `…, and more than 4 in 10 said …`: a reporting clause coordinated after the content at `e` ends it */
function nextReport(ctx: QuoteContext, e: number, ceil: number): boolean {
  const t = ctx.doc.tokens;
  if (t[e].text !== ',' && t[e].lower !== 'and' && t[e].lower !== 'but') return false;
  const from = t[e + 1]?.lower === 'and' || t[e + 1]?.lower === 'but' ? e + 2 : e + 1;
  // `said she appreciated the apology and that she wanted to move forward`: a second that-clause is
  // the same cue's (PolNeAR train's gold contents hold `and that` 74 times, end before it 3 times)
  if (t[from]?.lower === 'that' && t[from - 1]?.lower !== ',') return false;
  for (let k = from; k < ceil && k < from + NEXT_CLAUSE_REACH; k++) {
    // `, and three-quarters said`: a hyphen joining a word's halves is no clause's edge
    const joining = t[k].text === '-' && t[k - 1]?.end === t[k].start && t[k + 1]?.start === t[k].end;
    if ((t[k].punct && !joining) || ctx.quoted[k]) return false;
    const cue = ctx.cues[k];
    // `, but cautioned …`: a reporting verb coordinated with the first
    // `Smith, citing data from the department, said that …`: a cue taking its that-clause right after the comma is the main verb
    // `…, who refused to endorse Trump, said the family was right`: so is one taking a clause of its own
    if (cue && cue.frame === 'finite') return k > from || from > e + 1 || reportsClause(ctx, k + 1);
    if (isVerbal(t[k])) return false;
  }
  return false;
}

/** `announced that X and vowed to Y`, `acknowledging X but warning Y`: a reporting verb coordinated at `e` (no comma) shares the subject and opens a statement of its own */
function coordinatedCue(ctx: QuoteContext, e: number, ceil: number, reporter = -1): boolean {
  const t = ctx.doc.tokens;
  if ((t[e].lower !== 'and' && t[e].lower !== 'but') || ctx.quoted[e]) return false;
  let v = e + 1;
  while (v < ceil && (t[v].pos === 'ADV' || t[v].pos === 'AUX' || t[v].pos === 'PART') && !ctx.cues[v]) v++;
  const cue = v < ceil ? ctx.cues[v] : undefined;
  // a verb of belief there is more often the inner subject's (`said he was proud and expects to win`); one that asks a
  // question opening with its word is an act (`said the plan failed and questioned how it was paid for`)
  if (!cue || ctx.quoted[v]) return false;
  const believes = BELIEF_VERBS.has(t[v].lower) && !(QUESTION_VERBS.has(t[v].lower) && CONTENT_OPENERS.has(t[v + 1]?.lower ?? '') && t[v + 1].lower !== 'to');
  return !believes && (cue.frame === 'finite' || cue.frame === 'non-finite') && sameForm(t, reporter, v);
}

/** `…, adding that …`, `…, but would not offer details`, `…, even though …`: the comma at `e` closes the content */
function closesContent(ctx: QuoteContext, e: number, reporter = -1): boolean {
  const t = ctx.doc.tokens;
  const next = t[e + 1];
  if (!next || ctx.quoted[e + 1]) return false;
  // `…, including …` lists what the content names: it goes on
  if (next.lower === 'including') return false;
  if (ADVERBIAL_OPENERS.has(next.lower) || (next.pos === 'VERB' && next.lower.endsWith('ing'))) return true;
  // a verb sharing the reporting clause's subject
  let v = e + 2;
  while (t[v]?.pos === 'ADV') v++;
  return (next.lower === 'and' || next.lower === 'but') && isVerbal(t[v]) && !ctx.quoted[v] && sameForm(t, reporter, v);
}

/**
 * `Kasich says he'd sit Putin down and tell him …`, `Clinton says Obama had a super PAC, and took …`: a verb coordinated
 * after the content shares the reporting verb's subject only in the reporting verb's form; in another it is the content's
 * (PolNeAR-train: 7 statements matched that were not, 4 lost; dev 1 and 1)
 */
function sameForm(t: readonly Token[], reporter: number, v: number): boolean {
  if (reporter < 0) return true;
  // a present third person ends in `-s` (`says`, `wants`), no other finite form does (`said`, `tell`)
  return endsInS(t[reporter]) === endsInS(t[v]);
}

/** the reporting verb a content starting at `k` follows: the nearest cue before it in its sentence, or -1 (none, or a content past the text's end: "asked ") */
function reporterOf(ctx: QuoteContext, k: number): number {
  const t = ctx.doc.tokens;
  const sentence = tokenOf(t, k).sentence;
  for (let p = k - 1; p >= 0 && p >= k - REACH && t[p].sentence === sentence; p--) if (ctx.cues[p] && ctx.cues[p]?.length === 1) return p;
  return -1;
}

/** a verb (no cue) among the tokens `[a, b)` outside quotation marks: the content is a whole clause already */
export function hasVerb(ctx: QuoteContext, a: number, b: number): boolean {
  const t = ctx.doc.tokens;
  for (let p = a; p < b; p++) if (isVerbal(t[p]) && !ctx.cues[p] && !ctx.quoted[p]) return true;
  return false;
}

/** how many words a listed phrase may run before the next comma or `and`: `the plan, the budget and the bridge` */
const LISTED_PHRASE = 4;

/**
 * after the article at `a`, a short phrase and a comma, or a conjunction before another article: one more item of a list
 * (`the plan, the budget and the bridge`), no apposition (`a former governor and ambassador`)
 */
export function listGoesOn(ctx: QuoteContext, a: number): boolean {
  const t = ctx.doc.tokens;
  for (let q = a + 1; q < t.length && q <= a + LISTED_PHRASE; q++) {
    if (t[q].text === ',') return true;
    if (t[q].lower === 'and' || t[q].lower === 'or') return t[q + 1]?.pos === 'DET';
    if (isVerbal(t[q]) || t[q].punct) return false;
  }
  return false;
}

/**
 * `…, which votes on March 1`, `…, a swipe at his rivals`: after a whole clause, a comma before a
 * relative word or an article opens what the reporter adds, not more of the statement
 */
function asideAfter(ctx: QuoteContext, k: number, e: number): boolean {
  const next = ctx.doc.tokens[e + 1];
  if (!next || ctx.quoted[e + 1]) return false;
  // `that by imposing strict rules, the city is …`: the comma closing an opening adverbial, whose verbs are no clause of its own
  if (closesOpeningAdverbial(ctx.doc.tokens, k, e)) return false;
  // `differ on Israel, the Iranian deal and the court`: one more item of a list is the statement's
  return ASIDE_OPENERS.has(next.lower) && hasVerb(ctx, k, e) && !listGoesOn(ctx, e + 1);
}

/** the content from `k` opens with an adverbial (`that if elected`, `that despite the divisions`), its main clause still to come */
function opensAdverbial(t: readonly Token[], k: number, e: number): boolean {
  let a = k;
  while (a < e && (t[a].lower === 'that' || t[a].punct)) a++;
  return t[a].pos === 'SCONJ' || ADVERBIAL_OPENERS.has(t[a].lower) || t[a].pos === 'ADP';
}

/** the comma at `e` is the content's first and closes its opening adverbial */
function closesOpeningAdverbial(t: readonly Token[], k: number, e: number): boolean {
  for (let c = k + 1; c < e; c++) if (t[c].text === ',') return false;
  return opensAdverbial(t, k, e);
}

/** how many words a new clause's subject may run after a comma: `…, the Democratic base has shown …` */
const SUBJECT_REACH = 5;

/**
 * `X did not mention Rubio by name, he made it clear …`: after a whole clause, a comma before a subject
 * and its verb opens a clause of the reporter's; not after an opening adverbial clause (`that if
 * elected, he would …`), whose main clause is still to come
 */
function newClause(ctx: QuoteContext, k: number, e: number, ceil: number): boolean {
  const t = ctx.doc.tokens;
  if (opensAdverbial(t, k, e)) return false;
  // `…, which would include …` is a relative clause, the statement's own
  return hasVerb(ctx, k, e) && subjectAndVerb(ctx, e, ceil);
}

/** after the comma at `e`, a subject and its verb (`, the crowd cheered`, `, but his battles with Trump have …`) */
export function subjectAndVerb(ctx: QuoteContext, e: number, ceil: number): boolean {
  const t = ctx.doc.tokens;
  if (RELATIVES.has(t[e + 1]?.lower ?? '')) return false;
  // a conjunction may open the new clause
  const from = t[e + 1]?.lower === 'and' || t[e + 1]?.lower === 'but' ? e + 2 : e + 1;
  let v = from;
  while (v < ceil && v <= from + SUBJECT_REACH && NOUN_PHRASE_WORD_POS.has(t[v].pos) && !ctx.quoted[v] && !ctx.cues[v]) v++;
  return v > from && v < ceil && isVerbal(t[v]) && !t[v].lower.endsWith('ing') && !ctx.quoted[v];
}

/** how many tokens a phrase set off between a clause's subject and its verb may run: `Millennials, numbering 75.3 million, surpassed …` */
const INTERRUPTER_REACH = 12;

/**
 * `said Trump, despite his wealth, is better placed`, `says Millennials, numbering 75.3 million, surpassed …`: after a subject
 * with no verb yet, the comma at `e` opens a phrase set off before the verb; the comma closing it, or -1
 */
function interrupterEnd(ctx: QuoteContext, e: number, ceil: number): number {
  const t = ctx.doc.tokens;
  for (let c = e + 1; c < ceil && c <= e + INTERRUPTER_REACH; c++) {
    if (ctx.quoted[c] || isStop(t[c].text)) return -1;
    if (t[c].text !== ',') continue;
    const verb = t[c + 1];
    return c > e + 1 && verb && isVerbal(verb) && !verb.lower.endsWith('ing') && !ctx.cues[c + 1] && !ctx.quoted[c + 1] ? c : -1;
  }
  return -1;
}

/**
 * `that, given the partisan divide, instituting …`, `how, growing up, Rafael turned …`, `voters who, even with Trump
 * running, describe …`: the comma at `e` closes a phrase set off right after the content's opening word or a relative
 * pronoun, whose clause goes on after it
 */
function setOffAfterOpener(t: readonly Token[], k: number, e: number): boolean {
  if (RELATIVES.has(t[e - 1]?.lower ?? '')) return true;
  if (t[k + 1]?.text !== ',' || NOUN_PHRASE_WORD_POS.has(t[k].pos)) return false;
  for (let c = k + 2; c < e; c++) if (t[c].text === ',') return false;
  return e > k + 2;
}

/** where content starting at `k` ends: the sentence end, a semicolon, a trailing `, according to` or another reporting clause */
export function clauseEnd(ctx: QuoteContext, k: number, ceil: number): number {
  const t = ctx.doc.tokens;
  // `praised Putin, saying …`: a one-word object is whole before its comma (`that, if elected, …` is not)
  const first = k + (NOUN_PHRASE_WORD_POS.has(t[k]?.pos ?? '') && t[k].lower !== 'that' ? 0 : 1);
  let nested = 0;
  const reporter = reporterOf(ctx, k);
  for (let e = k; e < ceil; e++) {
    // statements nest (`officials said Trump claimed …`), but not without end: a run-on text's output stays linear
    if (ctx.cues[e] && ++nested > NESTED) return e;
    if (t[e].text === ';') return e;
    // `stressed the need for drive: “Change the world …,” she said`: a colon before a quotation opens the quotation, a statement of its own
    if (e > k && t[e].text === ':' && !ctx.quoted[e] && ctx.quoted[e + 1]) return e;
    if (t[e].text === ',' && ctx.cues[e + 1]?.frame === 'source-first') return e;
    // a subject without its verb yet: a phrase set off by commas before the verb is still the content's
    const skip = t[e].text === ',' && e > k && !ctx.quoted[e] && !hasVerb(ctx, k, e) ? interrupterEnd(ctx, e, ceil) : -1;
    if (skip > 0) {
      e = skip;
      continue;
    }
    if (
      e > first &&
      t[e].text === ',' &&
      !setOffAfterOpener(t, k, e) &&
      (closesContent(ctx, e, reporter) || asideAfter(ctx, k, e) || newClause(ctx, k, e, ceil))
    )
      return e;
    // `… by Cleveland,” referring to …`: a comma inside a closing quotation mark closes the content too, the mark with it
    if (e > k + 1 && t[e].text === ',' && ctx.quoted[e] && ctx.quoted[e + 1] && !ctx.quoted[e + 2] && t[e + 1].punct) {
      if (ctx.cues[e + 2]?.frame === 'source-first' || closesContent(ctx, e + 1, reporter)) return e + 2;
    }
    // `said that for one, there appeared to be …`: the comma closing an opening adverbial leads to the content's main clause, not another report
    const opening = t[e].text === ',' && t[k].lower === 'that' && closesOpeningAdverbial(t, k, e);
    if (e > k && ((!opening && nextReport(ctx, e, ceil)) || coordinatedCue(ctx, e, ceil, reporter))) return e;
    if (e > k && questionReported(ctx, e)) return e + 1;
  }
  return ceil;
}

/**
 * `— “why wouldn’t you …?” asked Dunn, …`, `“Why not!” he shouted`: a question or exclamation closing
 * at the quotation mark `e`, with a cue right after it or after a pronoun: what follows is that
 * quotation's own reporting clause, so the content ends with the mark
 */
function questionReported(ctx: QuoteContext, e: number): boolean {
  const t = ctx.doc.tokens;
  if (!ctx.quoted[e] || ctx.quoted[e + 1] || !/^[?!]$/.test(t[e - 1]?.text ?? '')) return false;
  return !!ctx.cues[e + 1] || (PRONOUNS.has(t[e + 1]?.lower ?? '') && !!ctx.cues[e + 2]);
}
