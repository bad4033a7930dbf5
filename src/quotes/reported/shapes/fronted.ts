import { isVerbal } from '../../../core/tokens';
import type { Token } from '../../../core/types';
import { POSSESSIVE_DETERMINERS } from '../../../lexicon/function-words';
import { LISTENER_FIRST } from '../../../lexicon/reported';
import type { QuoteContext } from '../../context';
import type { Cue } from '../../cues';
import { listenerAfter, phraseAfter, phraseBefore } from '../../phrase';
import { clauseEnd, hasVerb, trimmed } from '../content';
import { isDash, isMark, isStop, type Shape, TAIL } from './shape';
import { startsWhen } from './when';

/** the first token of the reporting clause around the cue at `j` (`officials said`, `said X`), and its last */
function reportingClause(ctx: QuoteContext, j: number, cue: Cue, floor: number, ceil: number): [number, number] | null {
  const t = ctx.doc.tokens;
  const after = j + cue.length;
  // `…, said Jane Doe`; with no phrase after it (`…, Smith, an economist, said.`) the comma closes an appositive, and the subject comes before;
  // a time after it names no one (`The plan, announced last week, would …`: a participle's)
  const inverted = cue.inverts && t[j - 1]?.text === ',' && !startsWhen(t, after) ? phraseAfter(ctx, after, ceil) : null;
  if (inverted) return [j, inverted[1]];
  const subject = phraseBefore(ctx, j, floor);
  if (!subject) return null;
  // `…, her friend said`: a possessive pronoun opens the phrase the reader stops before
  const start = subject[0] > floor && POSSESSIVE_DETERMINERS.has(t[subject[0] - 1].lower) ? subject[0] - 1 : subject[0];
  return [start, after];
}

/**
 * what may follow a reporting clause after the content: a preposition, an adverb or a time (`in a
 * statement`, `later`, `last week`), or its end; a noun phrase there is the cue's object, the content
 * (`In Washington, Johnson said aid for Ukraine, Israel and …`: the comma after it a list's)
 */
const opensTail = (t: readonly Token[], p: number): boolean =>
  !t[p] || isStop(t[p].text) || t[p].text === ',' || isDash(t[p].text) || t[p].pos === 'ADP' || t[p].pos === 'ADV' || startsWhen(t, p);

/** `The talks stalled, officials said.` / `The talks, officials said, stalled.`: the content before the reporting clause, and after it when it breaks the content */
export const fronted: Shape = {
  name: 'fronted',
  reason: 'a reporting clause set off by a comma after the content, or inside it',
  read(ctx, j, cue, floor, ceil) {
    if (cue.frame !== 'finite') return null;
    const t = ctx.doc.tokens;
    // `…, Smith told reporters.`: the listener is part of the reporting clause
    const listener = LISTENER_FIRST.has(t[j].lower) ? listenerAfter(ctx, j + cue.length, ceil) : null;
    const after = listener?.[1] ?? j + cue.length;
    // verbs of saying, or any cue closing its sentence (`…, a new poll shows.`): `praised Trump, stating …` names its object, not a speaker of what went before;
    // any cue set off by commas inside the content (`Such efforts, they believe, will fail`) breaks it before its predicate
    const predicate = t[after + 1];
    const breaking = t[after]?.text === ',' && !!predicate && isVerbal(predicate) && !predicate.lower.endsWith('ing') && !ctx.quoted[after + 1];
    // after a listener, the clause may go on saying when or where (`…, Smith told reporters on Monday.`), as the tail below reads
    if (!cue.inverts && after < ceil && !isStop(t[after].text) && !breaking && !(listener && opensTail(t, after))) return null;
    const reading = reportingClause(ctx, j, cue, floor, ceil);
    if (!reading) return null;
    const clause: [number, number] = [reading[0], Math.max(reading[1], after)];
    let m = clause[0] - 1;
    while (m >= floor && isMark(t[m])) m--;
    if (m <= floor || (t[m].text !== ',' && !isDash(t[m].text))) return null;
    const before = trimmed(t, [floor, clause[0]]);
    let e = clause[1];
    // the clause's tail says when and where (`in a statement Monday`); an object or a verb there makes the words after the cue its content
    // (a day the tagger calls a name, `officials said Wednesday.`, says when)
    if (clause[1] < ceil && !opensTail(t, clause[1])) return null;
    while (e < ceil && e < clause[1] + TAIL && t[e].text !== ',' && !isDash(t[e].text) && !isStop(t[e].text)) {
      if (t[e].lower === 'that' || isVerbal(t[e])) return null;
      e++;
    }
    if (e >= ceil || isStop(t[e].text)) return { pieces: [before], speakerCeil: ceil };
    if (t[e].text !== ',' && !isDash(t[e].text)) return null;
    // after a whole clause, `…, said Jane Doe, a professor at …` goes on naming the source, `…, Cruz explained, recalling …` adds the reporter's words
    const next = t[e + 1];
    const inverted = reading[0] === j && hasVerb(ctx, before[0], before[1]) && next && !isVerbal(next);
    if (inverted || (next && next.lower !== 'including' && next.pos === 'VERB' && next.lower.endsWith('ing'))) return { pieces: [before], speakerCeil: ceil };
    const rest = trimmed(t, [e + 1, clauseEnd(ctx, e + 1, ceil)]);
    return { pieces: rest[1] - rest[0] >= 2 ? [before, rest] : [before], speakerCeil: ceil };
  },
};
