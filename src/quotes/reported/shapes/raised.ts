import { isVerbal } from '../../../core/tokens';
import { RAISING_PASSIVES, RAISING_VERBS, RELATIVES, REPORTING_ADVERBS } from '../../../lexicon/reported';
import { BE_FORMS } from '../../../lexicon/speech';
import type { QuoteContext } from '../../context';
import { phraseBefore } from '../../phrase';
import { clauseEnd, type Piece, trimmed } from '../content';
import { isDash, type Shape } from './shape';

/** where what seems, starting at `k`, ends: it is one clause, and a comma, a dash or a subordinate clause after it is the reporter's */
function oneClause(ctx: QuoteContext, k: number, ceil: number): number {
  const t = ctx.doc.tokens;
  let e = clauseEnd(ctx, k, ceil);
  for (let c = k + 1; c < e; c++) if (!ctx.quoted[c] && (t[c].text === ',' || isDash(t[c].text) || (t[c].pos === 'SCONJ' && t[c].lower !== 'that'))) e = c;
  return e;
}

/** `…, which is widely expected to …`, `voters who are expected to …`: a relative pronoun before the passive at `j` is its subject */
function relativeBefore(ctx: QuoteContext, j: number, floor: number): Piece | null {
  const t = ctx.doc.tokens;
  let p = j - 1;
  while (p >= floor && (t[p].pos === 'ADV' || t[p].pos === 'AUX')) p--;
  return p >= floor && RELATIVES.has(t[p].lower) && t[p].pos === 'PRON' && !ctx.quoted[p] ? [p, p + 1] : null;
}

/** parts of speech that go on a clause after an adjective: `it seems many believe …` */
const CLAUSE_POS = new Set(['NOUN', 'PROPN', 'PRON', 'VERB', 'AUX', 'DET', 'NUM']);

/**
 * `The deal appears to be dead`, `Trump is expected to win`: a verb of seeming, or a passive of belief,
 * reports its subject with what follows, and names no source (`appeared on Fox News` reports nothing)
 */
export const raised: Shape = {
  name: 'raised',
  reason: 'a verb of seeming or a passive of belief reports its own subject and the words after it',
  read(ctx, j, cue, floor, ceil) {
    const t = ctx.doc.tokens;
    // `was originally expected to …`: an adverb may stand between the form of `be` and the participle
    let b = j - 1;
    while (b > floor && t[b].pos === 'ADV') b--;
    const passive = RAISING_PASSIVES.has(t[j].lower) && (cue.frame === 'passive' || (b < j - 1 && BE_FORMS.has(t[b].lower)));
    // `the group is reportedly spending …`: an adverb of report stands between the subject and its predicate
    const adverb = REPORTING_ADVERBS.has(t[j].lower);
    if (!passive && !adverb && !RAISING_VERBS.has(t[j].lower)) return null;
    let k = j + cue.length;
    while (k < ceil && t[k].pos === 'ADV') k++;
    if (k + 1 >= ceil) return null;
    if (adverb) {
      const subject = phraseBefore(ctx, j, floor);
      return subject && isVerbal(t[k]) ? { pieces: [subject, trimmed(t, [k, oneClause(ctx, k, ceil)])], speakerCeil: j, speakerless: true } : null;
    }
    // `is expected to again pass on …`: an adverb may split the infinitive
    let v = k + 1;
    while (v < ceil && t[k].lower === 'to' && t[v].pos === 'ADV') v++;
    const infinitive = t[k].lower === 'to' && v < ceil && isVerbal(t[v]);
    // `it seems like the talks have stalled`, `this seemed like a turning point`: a likeness seen
    const like = !passive && t[k].lower === 'like';
    // a state (`seemed pleased with …`), not a determiner's (`it seems many believe …`: `many` opens a clause)
    if (!infinitive && !like && (passive || t[k].pos !== 'ADJ' || CLAUSE_POS.has(t[k + 1].pos))) return null;
    // `he appeared to suggest that …`: a reporting verb after `to` is the statement's cue, its subject the source; not after a
    // passive of belief (`voters are expected to support her`), which reports the whole
    if (infinitive && ctx.cues[v] && !passive) return null;
    // `talks that appear to be nearing a deal`: what a relative says seems is its antecedent's look, rarely a statement
    // (PolNeAR-train marks 6 of 22 such); a passive of belief after one is (11 of 14: `which is widely expected to …`)
    const subject = phraseBefore(ctx, j, floor) ?? (passive ? relativeBefore(ctx, j, floor) : null);
    if (!subject) return null;
    const e = oneClause(ctx, k, ceil);
    // `it seems inevitable that …`: an empty subject is no part of what seems
    const empty = subject[1] - subject[0] === 1 && t[subject[0]].lower === 'it';
    return { pieces: empty ? [trimmed(t, [k, e])] : [subject, trimmed(t, [k, e])], speakerCeil: j, phrase: !infinitive, speakerless: true };
  },
};
