import { CONTENT_OPENERS, QUESTION_VERBS } from '../../../lexicon/reported';
import { DATE_WORDS } from '../../../lexicon/speech';
import { askedBy, inAdjunct, phraseAfter } from '../../phrase';
import { clauseEnd, trimmed } from '../content';
import type { Shape } from './shape';

/**
 * `Asked about the vote, Smith said …`, `when asked whether …`, `Smith was asked to name …`: a question
 * put to someone, in an adjunct or in the passive, reports what was asked (to the adjunct's comma) and
 * names nobody who said it but an agent after `by`: the one asked answers in the next statement
 */
export const question: Shape = {
  name: 'question',
  reason: 'a question in an adjunct or in the passive reports what was asked',
  read(ctx, j, cue, floor, ceil) {
    const t = ctx.doc.tokens;
    if (!QUESTION_VERBS.has(t[j].lower)) return null;
    const adjunct = inAdjunct(t, j, floor);
    if (!adjunct && cue.frame !== 'passive') return null;
    let k = j + cue.length;
    // `Asked on Fox News who …`, `asked by a reporter whether …`: who asked, where and when come first
    for (let round = 0; round < 3 && k < ceil; round++) {
      while (k < ceil && (t[k].pos === 'ADV' || DATE_WORDS.has(t[k].lower))) k++;
      if (k >= ceil || t[k].pos !== 'ADP' || CONTENT_OPENERS.has(t[k].lower) || t[k].lower === 'about') break;
      k = phraseAfter(ctx, k + 1, ceil)?.[1] ?? k + 1;
    }
    if (t[k]?.lower === 'about') k++;
    let e = clauseEnd(ctx, k, ceil);
    if (adjunct) for (let c = k; c < e; c++) if (t[c].text === ',' && !ctx.quoted[c]) e = c;
    // `asked by a reporter whether …`: who asks is named after `by`, before what is asked (quotes/cue-speaker.ts reads it)
    const by = askedBy(t, j, cue.length);
    return { pieces: [trimmed(t, [k, e])], speakerCeil: by ? k : j, phrase: true, speakerless: !by };
  },
};
