// where the words a cue reports start, and where a phrase a verb of stance reports ends
import { isVerbal } from '../../../core/tokens';
import { ADJUNCT_PREPOSITIONS, SUBORDINATORS } from '../../../lexicon/function-words';
import { ASIDE_OPENERS, CONTENT_OPENERS, MEASURE_BOUNDS, MEASURES, RELATIVES } from '../../../lexicon/reported';
import type { QuoteContext } from '../../context';
import { listGoesOn, subjectAndVerb } from '../content';
import { isDash, isMark } from './shape';
import { startsWhen } from './when';

/**
 * token `k` may open what the cue reports: not another cue (`reports claimed …`: the first was a
 * noun), not a quotation (the statement is the quote itself), and after a verb of saying not a preposition (`said in a statement issued …`, `quoted by
 * the outlet`) but `to` before a verb; a verb of stance takes one (`called for a ban`)
 */
export function opensContent(ctx: QuoteContext, k: number, saying: boolean): boolean {
  const t = ctx.doc.tokens;
  if (ctx.cues[k] || ctx.quoted[k]) return false;
  if (!saying || t[k].pos !== 'ADP' || (CONTENT_OPENERS.has(t[k].lower) && t[k].lower !== 'to')) return true;
  // `said down-ballot races …`, `said off-year turnout …`: a preposition hyphened into a compound is no preposition
  if (t[k + 1]?.text === '-' && t[k + 1].start === t[k].end && t[k + 2]?.start === t[k + 1].end) return true;
  // `said about half of …`, `said over 100 …`: a measure's preposition before a number opens the subject (not `in 2010`)
  // `vowed to “take our fight” to …`: the verb may open a quotation
  const v = t[k + 1] && isMark(t[k + 1]) ? k + 2 : k + 1;
  // `said at least 12 fighters were killed`, `said up to 300 homes …`: a number's two-word bound does too
  const bound = MEASURE_BOUNDS.get(t[k].lower) === t[k + 1]?.lower && t[k + 2]?.pos === 'NUM';
  return (t[k].lower === 'to' && t[v]?.pos === 'VERB') || bound || (MEASURES.has(t[k].lower) && (t[k + 1]?.pos === 'NUM' || t[k + 1]?.lower === 'half'));
}

/**
 * where the phrase a verb of stance reports ends, before `e`: a phrase has no verb of its own, so a
 * verb coordinated after it is its reporter's (`praised the plan and said …`, `called it “crazy” and
 * vowed …`); a clause (`hoped the deal would hold and …`) runs on. after a verb of looking ahead
 * a time is the phrase's own (`expect a cut in June`)
 */
export function phraseEnd(ctx: QuoteContext, k: number, e: number, ahead = false): number {
  const t = ctx.doc.tokens;
  // `endorsed Cruz last week`, `backed Clinton in February`: when it was said is the reporter's, no part of the phrase
  let when = -1;
  // whether the words [k, p) are names or pronouns only, kept as p moves (one pass, not one a preposition)
  let names = true;
  for (let p = k + 1; p < e; p++) {
    names &&= isNameWord(ctx, p - 1);
    if (ctx.quoted[p]) continue;
    // `endorsed Cruz after his win`, `backed Clinton in Georgia`: an adverbial clause, or a setting after a bare name, is the reporter's
    if (SUBORDINATORS.has(t[p].lower) || (ADJUNCT_PREPOSITIONS.has(t[p].lower) && names)) return when < 0 ? p : when;
    if (isVerbal(t[p])) return e;
    if (asideOpens(ctx, p)) return when < 0 ? p : when;
    // `Sanders, who on Tuesday endorsed Clinton, said …`: a cue after a comma is the reporter's next one, no part of the phrase
    if (t[p].text === ',' && ctx.cues[p + 1] && !ctx.quoted[p + 1]) return when < 0 ? p : when;
    if (!ahead && when < 0 && startsWhen(t, p)) when = p;
    // `asked for the records, and the answers were …`: a clause of the reporter's after the comma
    if (t[p].text === ',' && subjectAndVerb(ctx, p, e)) return when < 0 ? p : when;
    if (t[p].lower !== 'and' && t[p].lower !== 'but') continue;
    let v = p + 1;
    while (v < e && t[v].pos === 'ADV') v++;
    if (v < e && isVerbal(t[v]) && !t[v].lower.endsWith('ing') && !ctx.quoted[v]) return when < 0 ? p : when;
  }
  return when < 0 ? e : when;
}

/** token `q` is part of a name or a pronoun (`Clinton`, `him`, `Sen. Ted Cruz`), which a setting does not modify */
function isNameWord(ctx: QuoteContext, q: number): boolean {
  const t = ctx.doc.tokens[q];
  return t.pos === 'PROPN' || t.pos === 'PRON' || ctx.owner[q] !== undefined || t.text === '.';
}

/** `cited the case of X, an individual who …`, `the example of Indiana, which …`, `his unpopularity - his negatives …`: a comma before an apposition, a relative or `but`, or a dash set off by spaces, closes a phrase */
function asideOpens(ctx: QuoteContext, p: number): boolean {
  const t = ctx.doc.tokens;
  const next = t[p + 1];
  if (!next || ctx.quoted[p + 1]) return false;
  if (isDash(t[p].text)) return t[p - 1].end < t[p].start && t[p].end < next.start;
  if (t[p].text !== ',') return false;
  return RELATIVES.has(next.lower) || next.lower === 'but' || (ASIDE_OPENERS.has(next.lower) && !listGoesOn(ctx, p + 1));
}
