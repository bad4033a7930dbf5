import type { Entity } from '../../core/types';
import { BE_FORMS, INVERTING_VERBS, SOURCE_FIRST_CUES, SPEECH_VERBS, SURE_VERBS } from '../../lexicon/speech';
import { cueOf, type Attribution, type QuoteContext } from '../context';
import { phraseAfter, phraseBefore } from '../phrase';
import { readSpeaker } from '../speaker';

/** prepositions after which `claims`, `reports`, `calls` are nouns (not `to` or `for`: `calls for calm` is a verb) */
const NOUN_PREPOSITIONS = new Set(['as', 'of', 'about', 'from', 'in', 'on', 'by', 'at', 'with', 'against']);

/** the length of a reporting cue starting at token `j` (1 for "said", 2 for "according to"), 0 if none */
export function cueAt(ctx: QuoteContext, j: number): number {
  const t = ctx.doc.tokens;
  if (ctx.quoted[j]) return 0;
  for (const words of SOURCE_FIRST_CUES) {
    if (words.every((w, k) => t[j + k]?.lower === w)) return words.length;
  }
  const tok = t[j];
    // a capitalised word mid-sentence is a name ("United States"), not a verb
  if (!SPEECH_VERBS.has(tok.lower) || (/^\p{Lu}/u.test(tok.text) && t[j - 1]?.sentence === tok.sentence)) return 0;
  // "reports", "claims" and "calls" are nouns as often as verbs: trust the tagger, or a name just before
  const before = t[j - 1];
  // `Republican claims as “false”`, `reports of`: a noun with a preposition after it names things said, nobody saying
  const nounPhrase = tok.pos === 'NOUN' && NOUN_PREPOSITIONS.has(t[j + 1]?.lower ?? '');
  const subject = before && !nounPhrase && (ctx.owner[j - 1] !== undefined || before.pos === 'PROPN' || before.pos === 'PRON');
  // `is promising “jobs, jobs, jobs”`: an -ing form after an auxiliary is a verb whatever the tagger says
  const progressive = tok.lower.endsWith('ing') && before !== undefined && BE_FORMS.has(before.lower);
  // `the website states that …`: a reporting word taking a that-clause, with no article or possessive before it
  const clausal = t[j + 1]?.lower === 'that' && before !== undefined && before.pos !== 'DET' && before.pos !== 'ADJ' && !/^(?:'s|’s)$/.test(before.lower);
  return tok.pos === 'VERB' || tok.pos === 'AUX' || SURE_VERBS.has(tok.lower) || subject || progressive || clausal ? 1 : 0;
}

/** the first person or organisation the sentence names before token `j`: the subject a participle leans on */
export function actorBefore(ctx: QuoteContext, j: number, floor: number): [number, number] | null {
  for (let k = floor; k < j; k++) {
    const e: Entity | undefined = ctx.owner[k];
    if (e && e.type !== 'location' && !ctx.quoted[k]) {
      let b = k;
      while (b + 1 < j && ctx.owner[b + 1] === e) b++;
      return [k, b + 1];
    }
  }
  return null;
}

/**
 * the speaker of the cue at token `j` (`n` tokens long): its subject before it, the source after
 * "according to" or an inverted "said X", the sentence's actor for a participle ("claiming")
 */
export function speakerOfCue(ctx: QuoteContext, j: number, n: number, floor: number, ceil: number, anchor: number, sieve: string): Attribution | null {
  const t = ctx.doc.tokens;
  const cue = cueOf(ctx.doc, t[j], t[j + n - 1]);
  const read = (p: [number, number] | null) => (p ? readSpeaker(ctx, p, anchor, sieve) : null);
  let found;
  // `was described by some as …`: a passive verb's subject is spoken of; its agent after `by` speaks
  if (n === 1 && BE_FORMS.has(t[j - 1]?.lower ?? '') && !t[j].lower.endsWith('ing')) found = t[j + 1]?.lower === 'by' ? read(phraseAfter(ctx, j + 2, ceil)) : null;
  else if (n > 1) found = read(phraseAfter(ctx, j + n, ceil));
  // a participle or an infinitive (`took to Twitter to accuse …`) leans on the sentence's actor
  else if (t[j].lower.endsWith('ing') || t[j - 1]?.lower === 'to') found = read(actorBefore(ctx, j, floor)) ?? read(phraseBefore(ctx, j, floor, true));
  // only verbs of saying invert (`said Sa'ar`); after `described`, `blasted` or `told` comes who is spoken of
  else found = read(phraseBefore(ctx, j, floor, true)) ?? (INVERTING_VERBS.has(t[j].lower) ? read(phraseAfter(ctx, j + 1, ceil)) : null);
  return found ? { ...found, cue } : null;
}
