import {
  BELIEF_VERBS,
  FINDING_VERBS,
  PRESENT_VIEW_VERBS,
  NOT_REPORTING,
  OTHER_SENSE_PARTICLES,
  PARTICLE_VERBS,
  STANCE_LEMMAS,
  STANCE_VERBS,
} from '../../lexicon/belief';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../../lexicon/function-words';
import {
  ATTACK_NOUNS,
  GROUP_SUBJECTS,
  NO_VIEW_SUBJECTS,
  PLURAL_NOUN_CUES,
  POLL_NOUNS,
  RAISING_VERBS,
  REPORTING_ADVERBS,
  SENTENCE_OPENERS,
  STATEMENT_NOUNS,
} from '../../lexicon/reported';
import { SHARE_WORDS, SPEECH_VERBS } from '../../lexicon/speech';
import { toDocumentRecipient } from '../phrase';
import { endsInS, isLowerWord, isVerbal } from '../../core/tokens';
import type { Token } from '../../core/types';
import type { QuoteContext } from '../context';
import { type Cue, cueOfLength } from '../cues';

/** verbs of belief are verbs only when the tagger says so: `hope`, `fear` and `plan` are nouns as often */
const VERB_POS = new Set(['VERB', 'AUX']);

/** a that-clause opens right after token `j` (`that` as a conjunction, not pointing or relative) */
const thatClause = (t: readonly Token[], j: number) => t[j + 1]?.lower === 'that' && t[j + 1].pos === 'SCONJ';

/** token `j` stands between a plural noun or a number and a stop, a comma or a clause's first word: a verb, its subject before it */
function pluralSubject(t: readonly Token[], j: number): boolean {
  const before = t[j - 1];
  const after = t[j + 1];
  if (!before || !after || before.sentence !== t[j].sentence) return false;
  // `polls show Clinton ahead`, `records show 12 payments`: what a finding shows may open with a name or a number
  const finding = FINDING_VERBS.has(t[j].lower) && (after.pos === 'PROPN' || after.pos === 'NUM');
  // `Polls show …`: a sentence's first word the tagger calls a name for its capital
  const opening = before.pos === 'PROPN' && before.opensSentence;
  // `most say they …`, `a third say the …`: a group's word or a share stands for the people it counts
  const group = GROUP_SUBJECTS.has(before.lower) || SHARE_WORDS.has(before.lower);
  const plural = ((before.pos === 'NOUN' || opening) && endsInS(before)) || before.pos === 'NUM' || group;
  return (
    plural &&
    !t[j].lower.endsWith('s') &&
    (after.text === '.' || after.text === ',' || after.pos === 'PRON' || after.pos === 'DET' || after.lower === 'that' || finding)
  );
}

/** token `j` follows its subject directly (a name, a noun or a pronoun, an adverb between), not an auxiliary, a modal or `to` (`can see`, `to know`) */
function finiteAfterSubject(t: readonly Token[], j: number): boolean {
  let p = j - 1;
  while (p >= 0 && t[p].pos === 'ADV' && t[p].sentence === t[j].sentence) p--;
  const before = t[p];
  return (
    !!before &&
    before.sentence === t[j].sentence &&
    (before.pos === 'PROPN' || before.pos === 'NOUN' || before.pos === 'PRON') &&
    !NO_VIEW_SUBJECTS.has(before.lower)
  );
}

/** a that-clause with a subject opens after token `j`: `states that courts should …`, not the relative of `states that have voted` */
const thatSubject = (t: readonly Token[], j: number) =>
  t[j + 1]?.lower === 'that' && !!t[j + 2] && !isVerbal(t[j + 2]) && t[j + 2].pos !== 'ADV' && !t[j + 2].punct;

/** parts of speech that modify a noun before it: `in states that …`, `15 states that …`, `earlier states` */
const NOUN_MODIFIER_POS = new Set(['ADP', 'NUM', 'ADJ']);

/** token `j` is a noun (as the tagger reads it) after a preposition, a number or an adjective: no verb of saying there */
const nounAfterModifier = (t: readonly Token[], j: number) =>
  t[j].pos === 'NOUN' && NOUN_MODIFIER_POS.has(t[j - 1]?.pos ?? '') && t[j - 1].sentence === t[j].sentence;

/**
 * `270 pledged delegates`, `a large pledged delegate lead`, `the only approved vaccine`, `a newly elected mayor`: a past
 * form between a number, an adjective or an article's adverb and a noun modifies the noun, as one after an article
 * does; no verb of saying there (`has only approved the plan` keeps its verb)
 */
const pastAsModifier = (t: readonly Token[], j: number) =>
  t[j].lower.endsWith('ed') &&
  (t[j - 1]?.pos === 'NUM' || t[j - 1]?.pos === 'ADJ' || (t[j - 1]?.pos === 'ADV' && ARTICLES.has(t[j - 2]?.lower ?? ''))) &&
  t[j - 1].sentence === t[j].sentence &&
  t[j + 1]?.pos === 'NOUN' &&
  t[j + 1].sentence === t[j].sentence;

/**
 * token `j` is a noun (as the tagger reads it) after a possessive, or a singular one after a singular name: `his state`,
 * `the Trump attack`, `Reuters report` name a thing (none of 110 such cues in PolNeAR-train headed a statement);
 * a noun of saying (`his claim that …`, `her promise to …`) and a plural subject's verb (`polls show`) stay
 */
function nounAfterOwner(t: readonly Token[], j: number): boolean {
  const before = t[j - 1];
  if (t[j].pos !== 'NOUN' || STATEMENT_NOUNS.has(t[j].lower) || !before || before.sentence !== t[j].sentence) return false;
  // `Her remarks came …`: after a possessive pronoun a plural is a noun too (no verb follows `his`)
  if (before.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(before.lower)) return true;
  return !t[j].lower.endsWith('s') && before.pos === 'PROPN' && !before.lower.endsWith('s');
}

/** how many words of a place or a date may name an attack's event: `the Sept. 11, 2001` is 4 (bounds a run of capitals' cost) */
const EVENT_NAME_REACH = 6;

/**
 * `after the Paris attacks`, `the Sept. 11 attacks`, `the Dec. 2 attack that left 14 dead`: an attack after an article
 * and a place's or a date's words is the event (12 such cues in PolNeAR-train: without them it loses no matched
 * statement and 7 unmatched ones; `The Post reports` keeps its verb, which is no word of an event)
 */
function eventNoun(t: readonly Token[], j: number): boolean {
  if (!ATTACK_NOUNS.has(t[j].lower)) return false;
  let p = j - 1;
  while (
    p >= 0 &&
    p >= j - EVENT_NAME_REACH &&
    t[p].sentence === t[j].sentence &&
    (t[p].pos === 'PROPN' || t[p].pos === 'NUM' || t[p].text === '.' || t[p].text === '/')
  )
    p--;
  return p < j - 1 && p >= 0 && ARTICLES.has(t[p].lower);
}

/** how many words the poll after an opening `In` may run before its comma: `In an NBC News/Wall Street Journal poll released Monday,` (11) */
const POLL_REACH = 14;

/** a poll's noun at `q`; not polling that modifies a noun (`In a request for information about the polling places, …`) */
const isPoll = (t: readonly Token[], q: number): boolean => POLL_NOUNS.has(t[q].lower) && !(t[q].lower === 'polling' && t[q + 1]?.pos === 'NOUN');

/**
 * a word inside the poll's phrase that a verb's reading does not make a clause: a capitalised word of the pollster's name
 * the tagger read as a verb (`Des Moines Register`), a past participle after the poll (`released Monday`, `taken in May`)
 */
const inPollPhrase = (w: Token, poll: boolean): boolean => w.cap || (poll && w.pos === 'VERB' && /(?:ed|en)$/.test(w.lower));

/**
 * `In a new Quinnipiac poll, Clinton leads …`: `In` opening its sentence before a poll and a comma, which the findings
 * follow (`In an NBC News/Wall Street Journal poll released Monday, 50 percent …`)
 */
function pollOpening(t: readonly Token[], j: number): boolean {
  if (t[j].lower !== 'in') return false;
  const s = t[j].sentence;
  for (let p = j - 1; p >= 0 && t[p].sentence === s; p--) if (!t[p].punct && !SENTENCE_OPENERS.has(t[p].lower)) return false;
  let poll = false;
  for (let q = j + 1; q < t.length && q <= j + POLL_REACH && t[q].sentence === s; q++) {
    if (t[q].text === ',') return poll;
    if (isVerbal(t[q]) && !POLL_NOUNS.has(t[q].lower) && !inPollPhrase(t[q], poll)) return false;
    poll ||= isPoll(t, q);
  }
  return false;
}

/** how many tokens a title-case headline may run: `Former Clinton Pollster Says Clinton Is In Trouble In California` */
const HEADLINE_REACH = 24;

/** the shortest lowercase word no headline in title case holds (it lowercases only `a`, `of`, `the`, `and` …) */
const LOWER_WORD_LENGTH = 4;

/**
 * `Glenn Beck Says Trump Poses A Threat`: a capitalised verb of saying in the present, inside a short sentence
 * opening its paragraph with every longer word capitalised (a headline in title case), is a verb all the same
 */
function headlineVerb(ctx: QuoteContext, j: number): boolean {
  const t = ctx.doc.tokens;
  const word = t[j].lower;
  if (!t[j].cap || !word.endsWith('s') || !SPEECH_VERBS.has(word) || ctx.quoted[j]) return false;
  return t[j - 1]?.cap === true && t[j + 1]?.cap === true && inTitleCaseHeadline(ctx, j);
}

/** token `j`, not the first, stands in a short sentence opening its paragraph with every longer word capitalised */
function inTitleCaseHeadline(ctx: QuoteContext, j: number): boolean {
  const t = ctx.doc.tokens;
  const s = ctx.doc.sentences[t[j].sentence];
  const p = ctx.doc.paragraphs[t[j].paragraph];
  if (s.tokenStart !== ctx.doc.sentences[p.sentenceStart].tokenStart || j === s.tokenStart || s.tokenEnd - s.tokenStart > HEADLINE_REACH) return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (isLowerWord(t[k]) && t[k].view.length >= LOWER_WORD_LENGTH) return false;
  return true;
}

/**
 * the document's cue table (quotes/cues.ts) with the verbs of belief and intention added, read by
 * the same rules: reported statements have the cues of quotations and those of what people hold
 */
/**
 * `the CIA said seeking reinforcements was right`, `told cheering supporters`: a one-word -ing cue right
 * after a verb of saying opens what that verb reports, or names whom it tells: no cue of its own
 */
const gerundAfterSaying = (t: readonly Token[], cues: ReadonlyArray<Cue | undefined>, j: number): boolean => {
  const [cue, before] = [cues[j], cues[j - 1]];
  return !!cue && !!before && cue.participle && cue.length === 1 && !before.participle && before.length === 1 && SPEECH_VERBS.has(t[j - 1].lower);
};

/** `adding to her lead`: a verb of saying whose particle, before a determiner, gives it a sense that says nothing */
const otherSense = (t: readonly Token[], j: number): boolean =>
  !!OTHER_SENSE_PARTICLES.get(t[j].lower)?.has(t[j + 1]?.lower ?? '') && (t[j + 2]?.pos === 'DET' || POSSESSIVE_DETERMINERS.has(t[j + 2]?.lower ?? ''));

export function reportingCues(ctx: QuoteContext): ReadonlyArray<Cue | undefined> {
  const t = ctx.doc.tokens;
  const cues = ctx.cues.slice();
  for (let j = 0; j < t.length; j++) {
    if (eventNoun(t, j)) {
      cues[j] = undefined;
      continue;
    }
    if (NOT_REPORTING.has(t[j].lower) || otherSense(t, j) || nounAfterModifier(t, j) || nounAfterOwner(t, j)) cues[j] = undefined;
    // a past form modifying a noun is no verb of holding either (the stance verbs below would read one again)
    if (pastAsModifier(t, j)) {
      cues[j] = undefined;
      continue;
    }
    if (PLURAL_NOUN_CUES.has(t[j].lower) && !thatSubject(t, j)) cues[j] = undefined;
    // `called for a ban`, `warned against cuts`: a cue's particle is part of it, what follows it the content
    const particle = PARTICLE_VERBS.get(t[j].lower)?.has(t[j + 1]?.lower ?? '');
    const found = cues[j];
    if (found?.length === 1 && particle) cues[j] = { ...found, length: 2 };
    if (found) continue;
    if (headlineVerb(ctx, j)) cues[j] = cueOfLength(t, j, 1);
    if (pollOpening(t, j)) cues[j] = { ...cueOfLength(t, j, 1), frame: 'source-first' };
    // `the group is reportedly spending …`: the adverb reports the clause it stands in (the raised shape)
    if (REPORTING_ADVERBS.has(t[j].lower)) cues[j] = cueOfLength(t, j, 1);
    if (cues[j]) continue;
    // `Trump's claim that …`: a noun of saying or holding before a that-clause
    if (t[j].pos === 'NOUN' && STATEMENT_NOUNS.has(t[j].lower) && thatClause(t, j)) cues[j] = cueOfLength(t, j, 1);
    // `…, polls show.`, `six in 10 say …`: after a plural subject or a number the tagger calls a verb of saying or finding a noun
    if (t[j].pos === 'NOUN' && pluralSubject(t, j) && (BELIEF_VERBS.has(t[j].lower) || SPEECH_VERBS.has(t[j].lower))) cues[j] = cueOfLength(t, j, 1);
    if (cues[j] || !VERB_POS.has(t[j].pos)) continue;
    // `an estimated 35,000 people`, `the proposed law`: right after an article a verb's form is an adjective (as quotes/cues.ts
    // reads speech verbs); before a that-clause a noun of holding the tagger misread (`cling to the hope that …`)
    if (ARTICLES.has(t[j - 1]?.lower ?? '') && !thatClause(t, j)) continue;
    // `spokeswoman Hope Hicks said`: a person's name's word is no verb; in a headline in title case it may be, where the
    // tagger runs a name over it (`Gina Rodriguez Questioned What …`)
    if (ctx.owner[j]?.type === 'person' && !inTitleCaseHeadline(ctx, j)) continue;
    // `referring to the convention`: the particle is part of the cue, the verb alone reports nothing
    if (particle) cues[j] = { ...cueOfLength(t, j, 1), length: 2 };
    // `X knows that …`, `it appears that …`: a verb (not `is`) taking a that-clause reports what someone holds
    if (
      BELIEF_VERBS.has(t[j].lower) ||
      RAISING_VERBS.has(t[j].lower) ||
      (t[j].pos === 'VERB' && thatClause(t, j) && !NOT_REPORTING.has(t[j].lower) && !toDocumentRecipient(t, j))
    )
      cues[j] = cueOfLength(t, j, 1);
    // `lamented the cuts`, `doubted it would pass`: a verb WordNet files under saying, thinking or feeling that news uses to report a view
    // in its base form only as a finite verb after its subject (`voters doubt …`), not after `to` or a modal (`to decide`, `will approve`: the
    // verb before it reports, if any)
    else if (!particle && STANCE_VERBS.has(t[j].lower) && !NOT_REPORTING.has(t[j].lower) && (!STANCE_LEMMAS.has(t[j].lower) || finiteAfterSubject(t, j)))
      cues[j] = cueOfLength(t, j, 1);
    // `Obama sees Netanyahu as …`, `she knows that …`: a verb of perceiving or judging after its subject, no modal or `to` before it
    else if (PRESENT_VIEW_VERBS.has(t[j].lower) && finiteAfterSubject(t, j)) cues[j] = cueOfLength(t, j, 1);
  }
  for (let j = 1; j < t.length; j++) if (gerundAfterSaying(t, cues, j)) cues[j] = undefined;
  return cues;
}
