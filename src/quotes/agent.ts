import { ARTICLES } from '../lexicon/function-words';
import { BE_FORMS, NAMING_VERBS, SPEECH_VERBS } from '../lexicon/speech';
import { cueOf, tokenRange, type Attribution, type QuoteContext } from './context';
import type { QuoteSpan } from './spans';
import { phraseAfter } from './phrase';
import { readSpeaker } from './speaker';
import type { SieveName } from '../schema';

/** how many tokens a passive's auxiliaries, adverbs and the words before a quoted complement may take (`has often been called a`) */
const REACH = 5;

/** a participle of a verb news uses for speech, or of naming (`written`, `called`, `labeled`); not the rarer verbs of saying (`tapped`) */
const isSayingParticiple = (w: string) => /(?:ed|en|wn)$/.test(w) && (SPEECH_VERBS.has(w) || NAMING_VERBS.has(w));

/** the actor after `by` at token k (a comma before it allowed), as a speaker: a person or organisation only */
function agentAt(ctx: QuoteContext, k: number, anchor: number, sieve: SieveName): Omit<Attribution, 'cue'> | null {
  const t = ctx.doc.tokens;
  const by = t[k]?.text === ',' ? k + 1 : k;
  if (t[by]?.lower !== 'by' || ctx.quoted[by]) return null;
  const p = phraseAfter(ctx, by + 1, Math.min(t.length, by + 1 + 3 * REACH));
  const found = p ? readSpeaker(ctx, p, anchor, sieve) : null;
  return found?.entity && found.entity.type !== 'location' && found.speaker.form === 'name' ? found : null;
}

/**
 * `“American Skin” was written by Springsteen`, `The phrase ''tax reform'' was uttered once, by Mr.
 * Cruz`: a quotation that is the subject of a passive verb of saying or naming was said by the
 * verb's agent after `by`; null when no such passive follows the quotation
 */
export function agentAfter(ctx: QuoteContext, q: QuoteSpan, sieve: SieveName): Attribution | null {
  const t = ctx.doc.tokens;
  const [, b] = tokenRange(t, q);
  if (!BE_FORMS.has(t[b]?.lower ?? '') || ctx.quoted[b]) return null;
  for (let j = b + 1; j < t.length && j <= b + REACH && t[j].sentence === t[b].sentence && !ctx.quoted[j]; j++) {
    if (!isSayingParticiple(t[j].lower)) continue;
    let k = j + 1;
    while (k < t.length && t[k].pos === 'ADV' && k <= j + REACH) k++;
    const found = agentAt(ctx, k, q.start, sieve);
    return found ? { ...found, cue: cueOf(ctx.doc, t[j], t[j]) } : null;
  }
  return null;
}

/**
 * `has been called ''strategic ambiguity'' by Joshua Hendrick`, `labeled as a “witch hunt” by
 * Democrats`: a quotation between a participle of saying or naming and `by` is the agent's words
 */
export function agentAround(ctx: QuoteContext, q: QuoteSpan, sieve: SieveName): Attribution | null {
  const t = ctx.doc.tokens;
  const [a, b] = tokenRange(t, q);
  // a quote whose marks hold no token (`“́.”`) has no token `a`
  if (!t[a]) return null;
  for (let j = a - 1; j >= 0 && j >= a - REACH && t[j].sentence === t[a].sentence && !ctx.quoted[j]; j--) {
    if (!isSayingParticiple(t[j].lower)) continue;
    // only articles and `as` between the participle and the quotation: `called a “…”`, `labeled as a “…”`
    if (t.slice(j + 1, a).some((w) => w.lower !== 'as' && !ARTICLES.has(w.lower))) return null;
    const found = agentAt(ctx, b, q.start, sieve);
    return found ? { ...found, cue: cueOf(ctx.doc, t[j], t[j]) } : null;
  }
  return null;
}
