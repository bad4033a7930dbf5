import { ANONYMOUS_HEADS } from '../../lexicon/speech';
import { TITLE_HEADS } from '../../lexicon/titles';
import { sentenceWindow, tokenRange, type Attribution } from '../context';
import type { Sieve } from './sieve';
import { cueAt, frameCueAt } from '../cues';
import { speakerOfCue } from '../cue-speaker';

/**
 * `said the recent spate of shootings and protests demands that …`: a thing, not a person, an
 * unnamed source or a title, is the subject of a verb inside what someone else said
 */
function isThing(found: Attribution): boolean {
  if (found.entity || found.speaker.form !== 'nominal') return false;
  const head = found.speaker.name.toLowerCase().split(/\s+/).at(-1) ?? '';
  return !ANONYMOUS_HEADS.has(head) && !TITLE_HEADS.has(head);
}

/**
 * `Sa'ar said: “…”` / `X said that they share “…”` / `according to X, “…”`: the nearest cue before
 * the quote in its sentence, unless its subject is a thing and an earlier cue there has a speaker
 */
export const cueBefore: Sieve = {
  name: 'cue-before',
  stage: 'cue',
  reason: 'a reporting verb earlier in the sentence governs the quotation',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const [a] = tokenRange(t, q);
    const { from } = sentenceWindow(ctx, q);
    let thing: Attribution | null = null;
    for (let j = a - 1; j >= from; j--) {
      // `Ramos lamented that the “danger” came from …`: any verb of saying taking a that-clause
      const n = cueAt(ctx, j) || (frameCueAt(ctx, j) && t[j + 1]?.lower === 'that' ? 1 : 0);
      if (!n) continue;
      const found = speakerOfCue(ctx, j, n, from, a, q.start, this.name);
      if (!found) continue;
      if (!isThing(found)) return found;
      thing ??= found;
    }
    // `Trump interjected: “…”`: any verb of saying right before the colon or comma that opens the quotation
    const mark = t[a - 1]?.text;
    if (!thing && (mark === ':' || mark === ',') && a - 2 >= from && frameCueAt(ctx, a - 2)) return speakerOfCue(ctx, a - 2, 1, from, a, q.start, this.name);
    return thing;
  },
};
