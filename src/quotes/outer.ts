import type { Token } from '../core/types';
import { OUTLET_VERBS } from '../lexicon/speech';
import { cueOf, tokenRange, type Attribution, type QuoteContext } from './context';
import { cueStarting } from './cues';
import { ADJUNCT_POS, phraseAfter, phraseBefore, withPostmodifier } from './phrase';
import { readSpeaker } from './speaker';

/** the name this pass gives the sources it finds, as a sieve would */
export const OUTER = 'outer-source';

/** how far past the quote's sentence start the outer source is looked for, in tokens (a run-on text stays linear) */
const REACH = 80;

/**
 * `“…,” Sanders said, according to CNN.`, `According to ProPublica, Clinton praised her “…”`,
 * `“…,” said Kristen Day, reports USA Today.`: words the sentence gives through another's account
 * are that account's to vouch for; the source that reports the speaker is the quote's source
 * (PolNeAR marks the outer attribution: 34 of 37 such quotes in its train split). Its own cue, the
 * speaker's phrase and the quotation aside, the first `according to` or outlet's `reported` set off
 * by a comma in the sentence gives it; `null` when there is none
 */
export function outerSource(ctx: QuoteContext, i: number, inner: Attribution): Attribution | null {
  const t = ctx.doc.tokens;
  const q = ctx.spans[i];
  const [a, b] = tokenRange(t, q);
  if (!t[a] || !inner.cue) return null;
  const s = t[a].sentence;
  const cueEnd = inner.cue.end;
  let from = a;
  while (from > 0 && from > a - REACH && t[from - 1].sentence === s) from--;
  // the sentence of the quote's cue, when the cue follows the quote (`“…,” Sanders said, according to CNN.`)
  const innerEnd = tokenRange(t, { start: cueEnd - 1, end: cueEnd })[0];
  const last = t[innerEnd]?.sentence ?? s;
  for (let j = from; j < t.length && j < b + REACH && t[j].sentence <= Math.max(s, last); j++) {
    const cue = cueStarting(ctx, j);
    if (!cue || t[j].start === inner.cue.start) continue;
    const found = sourceAt(ctx, j, cue.length, from, q.start, innerEnd);
    if (found) return { ...found, speaker: { ...found.speaker, sieve: OUTER }, cue: cueOf(ctx.doc, t[j], t[j + cue.length - 1]) };
  }
  return null;
}

/** a comma, or the sentence's start, right before token k */
const setOff = (t: readonly Token[], k: number) => k === 0 || t[k - 1].text === ',' || t[k - 1].sentence !== t[k].sentence;

/** how many words of a phrase may stand between a cue and an `according to` that needs no comma */
const CUE_PHRASE_REACH = 6;

/**
 * `Ware said in a statement according to The Blaze`: right after the speaker's own cue and a phrase
 * of where or how it was said, `according to` gives the account with no comma; token `cue` is the
 * inner cue's last
 */
const afterCue = (t: readonly Token[], cue: number, k: number) =>
  cue >= 0 && k > cue && k - cue <= CUE_PHRASE_REACH && t.slice(cue + 1, k).every((w) => ADJUNCT_POS.has(w.pos) && !w.cap);

/**
 * the source of `according to X` or of an outlet's `, X reported` / `, reported X` at token j, set
 * off by a comma, or null; an outlet is an organisation (`, the official reported` is a speaker's own cue)
 */
function sourceAt(ctx: QuoteContext, j: number, n: number, floor: number, anchor: number, cue: number): Omit<Attribution, 'cue'> | null {
  const t = ctx.doc.tokens;
  const sentenceEnd = (k: number) => {
    let e = k;
    while (e < t.length && t[e].sentence === t[k].sentence && e < k + REACH) e++;
    return e;
  };
  if (ctx.cues[j]?.frame === 'source-first') {
    if (!setOff(t, j) && !afterCue(t, cue, j)) return null;
    const end = sentenceEnd(j);
    const p = phraseAfter(ctx, j + n, end);
    return p ? readSpeaker(ctx, withPostmodifier(ctx, p, end), anchor, OUTER) : null;
  }
  if (!OUTLET_VERBS.has(t[j].lower)) return null;
  let p = setOff(t, j) ? phraseAfter(ctx, j + 1, sentenceEnd(j)) : null;
  if (!p) {
    p = phraseBefore(ctx, j, floor);
    if (p && !setOff(t, p[0])) p = null;
  }
  const found = p ? readSpeaker(ctx, p, anchor, OUTER) : null;
  return found?.entity?.type === 'organization' ? found : null;
}
