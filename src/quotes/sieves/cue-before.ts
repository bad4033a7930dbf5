import type { SieveName } from '../../schema';
import { IRREALIS, SUBORDINATORS } from '../../lexicon/function-words';
import { ANONYMOUS_HEADS, ANSWER_PARTICLES, INVERTING_VERBS } from '../../lexicon/speech';
import { TITLE_HEADS } from '../../lexicon/titles';
import { sentenceWindow, tokenRange, type Attribution, type QuoteContext } from '../context';
import type { Sieve } from './sieve';
import { answerVerbAt, cueAt, frameCueAt, mannerVerbAt } from '../cues';
import { speakerOfCue } from '../cue-speaker';
import { agentAround } from '../agent';

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
 * `Paul Ryan worried that the safety net was becoming “a hammock …”`: with no cue in the sentence, a
 * person who thinks, fears or hopes that … holds the quoted words (news attributes beliefs too)
 */
function thatClause(ctx: QuoteContext, from: number, a: number, anchor: number, sieve: SieveName): Attribution | null {
  const t = ctx.doc.tokens;
  for (let j = a - 2; j >= from; j--) {
    if (t[j + 1].lower !== 'that' || !mannerVerbAt(ctx, j)) continue;
    const found = speakerOfCue(ctx, j, 1, from, a, anchor, sieve);
    return found?.entity?.type === 'person' || found?.speaker.form === 'pronoun' ? found : null;
  }
  return null;
}

/**
 * the cue at `j` stands in an adverbial clause (`When Rubio said …`, `…, and when Rubio thanked Miami and said …`, `As
 * the crowd cheered …`) that a comma before the later cue at `k` closes; the clause may open anywhere after a comma
 * (reported/shapes/clause-after.ts `inOpeningClause` asks it of a clause opening the sentence, by its own list)
 */
function inAdverbialClause(ctx: QuoteContext, from: number, j: number, k: number): boolean {
  const t = ctx.doc.tokens;
  const opens = (c: number) => SUBORDINATORS.has(t[c].lower) || t[c].lower === 'as';
  let opener = j - 1;
  while (opener >= from && t[opener].text !== ',' && !ctx.quoted[opener] && !opens(opener)) opener--;
  if (opener < from || !opens(opener)) return false;
  for (let c = j + 1; c < k; c++) if (t[c].text === ',' && !ctx.quoted[c]) return true;
  return false;
}

/**
 * `Obama said he expected that Americans will say “no”`, `Yepez said Perez was right to urge leaders
 * “to stand up”`: a cue under a modal or an infinitive, inside the clause an earlier verb of saying
 * reports, tells of nothing said; the quoted words are the reporter's (`Jones said Smith once
 * described …` keeps Smith: he did describe it)
 */
function outerSpeaker(ctx: QuoteContext, from: number, j: number, inner: Attribution, anchor: number, sieve: SieveName): Attribution | null {
  const t = ctx.doc.tokens;
  let m = j - 1;
  while (m >= from && t[m].pos === 'ADV') m--;
  if (m < from || !IRREALIS.has(t[m].lower)) return null;
  for (let k = j - 1; k >= from; k--) {
    // the inner cue must sit in the clause reported: no comma, colon or mark, no `after` or `while` between
    if (ctx.quoted[k] || /^[,;:“”"‘’\u2014\u2015-]$/.test(t[k].text) || t[k].text === "''" || t[k].text === '``') return null;
    if (SUBORDINATORS.has(t[k].lower)) return null;
    const cue = ctx.cues[k];
    if (!cue || !INVERTING_VERBS.has(t[k].lower) || cue.frame !== 'finite') continue;
    const found = speakerOfCue(ctx, k, cue.length, from, j, anchor, sieve);
    if (!found || found.entity === inner.entity) return null;
    return found.entity?.type === 'person' || found.speaker.form === 'pronoun' ? found : null;
  }
  return null;
}

/** how many adverbs may follow an answer verb's particle before the quotation opens */
const MANNER_ADVERBS = 2;

/**
 * `Hillary shot back, “…”`, `Kerry fired back: “…”`: a verb (or what the tagger calls a noun) and a
 * particle of answering right before the colon or comma that opens the quotation, its subject an actor
 */
function answerAt(ctx: QuoteContext, j: number, from: number, anchor: number, sieve: SieveName): Attribution | null {
  if (!answerVerbAt(ctx, j)) return null;
  const found = speakerOfCue(ctx, j, 1, from, j + 2, anchor, sieve);
  return found && (found.entity || found.speaker.form === 'pronoun') ? found : null;
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
    // `has been called ''strategic ambiguity'' by Joshua Hendrick`: a passive's agent after the quotation
    const around = agentAround(ctx, q, this.name);
    if (around) return around;
    const mark = t[a - 1]?.text;
    const opens = mark === ':' || mark === ',';
    // the verb right at the quotation is the nearest cue, an adverb or two after its particle (`fired back forcefully:`)
    let v = a - 3;
    while (v > a - 3 - MANNER_ADVERBS && v - 1 >= from && !ANSWER_PARTICLES.has(t[v + 1].lower) && t[v + 1].pos === 'ADV') v--;
    const answer = opens && v >= from ? answerAt(ctx, v, from, q.start, this.name) : null;
    if (answer) return answer;
    let thing: Attribution | null = null;
    let thingAt = -1;
    for (let j = a - 1; j >= from; j--) {
      // `Ramos lamented that the “danger” came from …`: any verb of saying taking a that-clause
      const cue = cueAt(ctx, j);
      const n = cue || (frameCueAt(ctx, j) && t[j + 1]?.lower === 'that' ? 1 : 0);
      if (!n) continue;
      const found = speakerOfCue(ctx, j, n, from, a, q.start, this.name);
      // `the poll showed that …`: a verb of saying read by its frame only speaks for an actor or a pronoun
      if (!found || (!cue && !found.entity && found.speaker.form !== 'pronoun')) continue;
      // `When Rubio said it was great, a man yelled “…”`: a cue in an adverbial clause governs nothing after the comma
      // closing it; the main clause's cue there does, whatever its subject
      if (!isThing(found)) return thing && inAdverbialClause(ctx, from, j, thingAt) ? thing : (outerSpeaker(ctx, from, j, found, q.start, this.name) ?? found);
      if (!thing) thingAt = j;
      thing ??= found;
    }
    // `Trump interjected: “…”`: any verb of saying right before the colon or comma that opens the quotation
    if (!thing && opens && a - 2 >= from && frameCueAt(ctx, a - 2)) return speakerOfCue(ctx, a - 2, 1, from, a, q.start, this.name);
    return thing ?? thatClause(ctx, from, a, q.start, this.name);
  },
};
