import { isPossessiveMark } from '../../core/tokens';
import type { Entity } from '../../core/types';
import { BE_FORMS, INVERTING_VERBS, SOURCE_FIRST_CUES, SPEECH_VERBS, SURE_VERBS } from '../../lexicon/speech';
import { cueOf, type Attribution, type QuoteContext } from '../context';
import { isTitleStop, phraseAfter, phraseBefore } from '../phrase';
import { TITLE_WORDS } from '../../lexicon/titles';
import { readSpeaker } from '../speaker';

/** prepositions after which `claims`, `reports`, `calls` are nouns (not `to` or `for`: `calls for calm` is a verb) */
const NOUN_PREPOSITIONS = new Set(['as', 'of', 'about', 'from', 'in', 'on', 'by', 'at', 'with', 'against']);

/** neighbouring tokens `a` and `b` touch, one of them a hyphen: `state` in `state-of-the-state` */
const hyphened = (t: QuoteContext['doc']['tokens'], a: number, b: number) => {
  const x = t[a];
  const y = t[b];
  if (!x || !y) return false;
  return (x.text === '-' && x.end === y.start) || (y.text === '-' && x.end === y.start);
};

/** the length of a reporting cue starting at token `j` (1 for "said", 2 for "according to"), 0 if none */
export function cueAt(ctx: QuoteContext, j: number): number {
  const t = ctx.doc.tokens;
  if (ctx.quoted[j]) return 0;
  for (const words of SOURCE_FIRST_CUES) {
    if (words.every((w, k) => t[j + k]?.lower === w)) return words.length;
  }
  const tok = t[j];
  // a capitalised word mid-sentence is a name ("United States"), not a verb
  if (!SPEECH_VERBS.has(tok.lower) || (tok.cap && t[j - 1]?.sentence === tok.sentence)) return 0;
  // `his state-of-the-state address`: a word hyphened to its neighbour is part of a compound
  if (hyphened(t, j - 1, j) || hyphened(t, j, j + 1)) return 0;
  // `too early to tell whether …`: telling whether is knowing, not saying
  if (tok.lower === 'tell' && (t[j + 1]?.lower === 'whether' || t[j + 1]?.lower === 'if')) return 0;
  // "reports", "claims" and "calls" are nouns as often as verbs: trust the tagger, or a name just before
  const before = t[j - 1];
  // `Republican claims as “false”`, `reports of`: a noun with a preposition after it names things said, nobody saying
  const nounPhrase = tok.pos === 'NOUN' && NOUN_PREPOSITIONS.has(t[j + 1]?.lower ?? '');
  const subject = before && !nounPhrase && (ctx.owner[j - 1] !== undefined || before.pos === 'PROPN' || before.pos === 'PRON');
  // `is promising “jobs, jobs, jobs”`: an -ing form after an auxiliary is a verb whatever the tagger says
  const progressive = tok.lower.endsWith('ing') && before !== undefined && BE_FORMS.has(before.lower);
  // `the website states that …`: a reporting word taking a that-clause, with no article or possessive before it
  const clausal = t[j + 1]?.lower === 'that' && before !== undefined && before.pos !== 'DET' && before.pos !== 'ADJ' && !isPossessiveMark(before.lower, false);
  return tok.pos === 'VERB' || tok.pos === 'AUX' || SURE_VERBS.has(tok.lower) || subject || progressive || clausal ? 1 : 0;
}

/** the tokens of the entity that owns token k, up to `j` */
function runOf(ctx: QuoteContext, k: number, j: number): [number, number] {
  let b = k;
  while (b + 1 < j && ctx.owner[b + 1] === ctx.owner[k]) b++;
  return [k, b + 1];
}

/**
 * the first person or organisation the sentence names before token `j`: the subject a participle
 * leans on. an organisation that only qualifies a title goes to the titled person:
 * `Senate Minority Leader Harry Reid … pounding`
 */
export function actorBefore(ctx: QuoteContext, j: number, floor: number): [number, number] | null {
  const t = ctx.doc.tokens;
  for (let k = floor; k < j; k++) {
    const e: Entity | undefined = ctx.owner[k];
    if (!e || e.type === 'location' || ctx.quoted[k]) continue;
    const run = runOf(ctx, k, j);
    if (e.type !== 'organization') return run;
    let n = run[1];
    while (n < j && !ctx.owner[n] && (TITLE_WORDS.has(t[n].lower) || isTitleStop(t, n))) n++;
    return n > run[1] && n < j && ctx.owner[n]?.type === 'person' ? runOf(ctx, n, j) : run;
  }
  return null;
}

/** `After saying …, she was …`: a participle opening an adverbial clause */
const CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'on', 'without', 'by', 'in']);
const isMark = (text: string) => /^[“”"‘’'«»]+$/u.test(text);

/** how far after the participle the main clause's subject is looked for, in tokens (a run-on text stays linear) */
const MAIN_CLAUSE_REACH = 80;

/** the subject of the main clause after an adverbial clause opened before token `j`: the phrase after its comma */
function mainSubject(ctx: QuoteContext, j: number): [number, number] | null {
  const t = ctx.doc.tokens;
  const sentence = t[j].sentence;
  let end = j;
  while (end < t.length && end < j + MAIN_CLAUSE_REACH && t[end].sentence === sentence) end++;
  for (let k = j + 1; k < end; k++) {
    if (ctx.quoted[k] || isMark(t[k].text)) continue;
    let p = k - 1;
    while (p > j && isMark(t[p].text)) p--;
    if (t[p].text === ',') return phraseAfter(ctx, k, end);
  }
  return null;
}

/**
 * `Scott beamed and asked the crowd …`, `The nominee outlined his plan and vowed to …`: a verb
 * coordinated with an earlier one in its sentence shares its subject; the earlier verb's index, or -1
 */
function coordinatedWith(ctx: QuoteContext, j: number, floor: number): number {
  const t = ctx.doc.tokens;
  let k = j - 1;
  while (k >= floor && t[k].pos === 'ADV') k--;
  if (k < floor || (t[k].lower !== 'and' && t[k].lower !== 'but')) return -1;
  for (let v = k - 1; v >= floor; v--) {
    if (ctx.quoted[v] || t[v].text === ',' || t[v].text === ';') continue;
    if (t[v].pos === 'VERB' && !t[v].lower.endsWith('ing')) return v;
  }
  return -1;
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
  else if (t[j].lower.endsWith('ing') || t[j - 1]?.lower === 'to') {
    found = read(actorBefore(ctx, j, floor)) ?? read(phraseBefore(ctx, j, floor, true));
    if (!found && CLAUSE_OPENERS.has(t[j - 1]?.lower ?? '')) found = read(mainSubject(ctx, j));
  }
  // only verbs of saying invert (`said Sa'ar`); after `described`, `blasted` or `told` comes who is spoken of
  else {
    found = read(phraseBefore(ctx, j, floor, true)) ?? (INVERTING_VERBS.has(t[j].lower) ? read(phraseAfter(ctx, j + 1, ceil)) : null);
    const first = found ? -1 : coordinatedWith(ctx, j, floor);
    if (first >= 0) found = read(phraseBefore(ctx, first, floor, true));
  }
  return found ? { ...found, cue } : null;
}
