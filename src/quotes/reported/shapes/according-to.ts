import { isVerbal } from '../../../core/tokens';
import { SENTENCE_OPENERS } from '../../../lexicon/reported';
import { phraseAfter } from '../../phrase';
import { clauseEnd, trimmed } from '../content';
import { isStop, type Shape, TAIL } from './shape';

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
    for (let c = j + cue.length; c < ceil && c < j + cue.length + TAIL * 2; c++) {
      if (isStop(t[c].text)) break;
      if (t[c].text === ',') {
        a = c + 1;
        comma = true;
        break;
      }
    }
    // `In a new poll, conducted in May, most voters …`: a participle set off after the source still describes it
    if (comma && a < ceil && t[a].pos === 'VERB' && /(?:ed|ing)$/.test(t[a].lower) && !ctx.cues[a])
      for (let c = a + 1; c < ceil && c < a + TAIL * 2 && !isStop(t[c].text); c++)
        if (t[c].text === ',') {
          a = c + 1;
          break;
        }
    if (k < floor) return { pieces: [trimmed(t, [a, clauseEnd(ctx, a, ceil)])], speakerCeil: ceil };
    const before = trimmed(t, [floor, j]);
    // `Fundraising, according to the campaign, has surged`: set off inside the content, the source breaks it when the predicate
    // follows (an apposition there, `…, head of the center`, still names the source)
    if (!comma || t[j - 1]?.text !== ',' || a >= ceil || ctx.quoted[a] || !isVerbal(t[a])) return { pieces: [before], speakerCeil: ceil };
    const rest = trimmed(t, [a, clauseEnd(ctx, a, ceil)]);
    return { pieces: rest[1] - rest[0] >= 2 ? [before, rest] : [before], speakerCeil: ceil };
  },
};
