import { isVerbal } from '../../../core/tokens';
import type { Token } from '../../../core/types';
import { ASIDE_OPENERS, RELATIVES, SENTENCE_OPENERS } from '../../../lexicon/reported';
import type { QuoteContext } from '../../context';
import { phraseAfter } from '../../phrase';
import { clauseEnd, hasVerb, type Piece, subjectAndVerb, trimmed } from '../content';
import { isStop, type Shape, TAIL } from './shape';

/**
 * the source set off after `before` breaks the content, which goes on at `a` after its comma: with the predicate
 * (`Fundraising, according to the campaign, has surged`), with the main clause after an adjunct (`The next day,
 * according to Roffman, Trump made further demands`, `…, according to X, the talks stalled`), or with the object of
 * a verb it cut off (`G4S receives, according to one report, $234 million …`); not with what describes the source
 * (`…, according to Smith, a professor at …`, `…, according to Politico, which first reported it`)
 */
function breaks(ctx: QuoteContext, before: Piece, a: number, ceil: number): boolean {
  const t = ctx.doc.tokens;
  if (isVerbal(t[a])) return true;
  // `…, a pollster who ran it`: a relative inside the words after the comma describes the source
  for (let c = a; c < ceil && c < a + TAIL && !isVerbal(t[c]) && !t[c].punct; c++) if (RELATIVES.has(t[c].lower)) return false;
  const last = t[before[1] - 1];
  const cutObject = last.pos === 'VERB' && !ctx.cues[before[1] - 1] && !ASIDE_OPENERS.has(t[a].lower);
  return cutObject || subjectAndVerb(ctx, a - 1, ceil) || !hasVerb(ctx, before[0], before[1]);
}

/**
 * how many tokens the source after `according to` may run before its comma: `According to early results of the exit poll
 * conducted by Edison Research for the Associated Press and Television Networks, Clinton led …` (17 tokens)
 */
const SOURCE_REACH = TAIL * 3;

/** `according to X, …` / `…, according to X`: the source follows the cue, the content is the rest of the sentence */
export const accordingTo: Shape = {
  name: 'according-to',
  reason: 'a source-first cue reports the clause it opens or closes',
  read(ctx, j, cue, floor, ceil) {
    if (cue.frame !== 'source-first') return null;
    const t = ctx.doc.tokens;
    let k = j - 1;
    while (k >= floor && (t[k].punct || SENTENCE_OPENERS.has(t[k].lower))) k--;
    // the content starts after the comma that closes the source
    const source = phraseAfter(ctx, j + cue.length, ceil);
    let a = source ? source[1] : j + cue.length;
    let comma = false;
    for (let c = j + cue.length; c < ceil && c < j + cue.length + SOURCE_REACH; c++) {
      if (isStop(t[c].text)) break;
      if (t[c].text === ',') {
        a = c + 1;
        comma = true;
        break;
      }
    }
    // `In a new poll, conducted in May, most voters …`: a participle set off after the source still describes it, and so does
    // a relative (`According to a person familiar with the talks, who spoke on condition of anonymity, the deal …`)
    const describes = (w: Token) => (w.pos === 'VERB' && /(?:ed|ing)$/.test(w.lower)) || RELATIVES.has(w.lower);
    if (comma && a < ceil && describes(t[a]) && !ctx.cues[a])
      for (let c = a + 1; c < ceil && c < a + TAIL * 2 && !isStop(t[c].text); c++)
        if (t[c].text === ',') {
          a = c + 1;
          break;
        }
    if (k < floor) return { pieces: [trimmed(t, [a, clauseEnd(ctx, a, ceil)])], speakerCeil: ceil };
    const before = trimmed(t, [floor, j]);
    // `Fundraising, according to the campaign, has surged`: set off inside the content, the source breaks it when the predicate
    // follows (an apposition there, `…, head of the center`, still names the source)
    if (!comma || t[j - 1]?.text !== ',' || a >= ceil || ctx.quoted[a] || !breaks(ctx, before, a, ceil)) return { pieces: [before], speakerCeil: ceil };
    const rest = trimmed(t, [a, clauseEnd(ctx, a, ceil)]);
    return { pieces: rest[1] - rest[0] >= 2 ? [before, rest] : [before], speakerCeil: ceil };
  },
};
