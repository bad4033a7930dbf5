import { NOT_SPEAKERS } from '../lexicon/speech';
import type { QuoteSpan } from './spans';
import { tokenRange, type Attribution, type QuoteContext } from './context';
import { wordCount } from './kind';

/** fewest words of a loose fragment that reads as an actor's words: one word in marks is the classic scare quote */
const ACTOR_PHRASE_MIN_WORDS = 2;

/** the first word of the quote is lowercase: title case is a name (`“The Walking Dead”`), not a phrase someone uttered */
function opensLowercase(ctx: QuoteContext, q: QuoteSpan): boolean {
  const t = ctx.doc.tokens;
  const [a, b] = tokenRange(t, q);
  let k = a;
  while (k < b && !t[k].low && !t[k].cap) k++;
  return k < b && t[k].low;
}

/**
 * `Clinton supports “appropriate pay raises,”`, `Cruz coached Trump to “breathe, breathe, breathe.”`:
 * a lowercase phrase no cue governs, in a sentence whose subject is a person, an organisation or a
 * pronoun, is that actor's words, not the writer's distance from a term; the clause-subject sieve
 * reads the actor, so switching that sieve off switches this rule off too
 */
export function actorsPhrase(ctx: QuoteContext, i: number, done: ReadonlyArray<Attribution | null>): Attribution | null {
  const q = ctx.spans[i];
  if (wordCount(ctx.doc.text.slice(q.start, q.end)) < ACTOR_PHRASE_MIN_WORDS || !opensLowercase(ctx, q)) return null;
  const sieve = ctx.sieves.find((s) => s.name === 'clause-subject');
  const found = sieve?.apply(ctx, i, done) ?? null;
  // `It turns out even “basic honesty” …`: a pronoun that names no actor
  if (!found || (found.speaker.form === 'pronoun' && NOT_SPEAKERS.has(found.speaker.mention?.text.toLowerCase() ?? ''))) return null;
  return found;
}
