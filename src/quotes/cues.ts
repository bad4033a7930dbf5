import { ARTICLES, IRREALIS, MAIN_AUXILIARIES, NOUN_PREPOSITIONS, POSSESSIVE_DETERMINERS, SUBJECT_CLAUSE_OPENERS } from '../lexicon/function-words';
import { endsInS, isPossessiveMark, isVerbal, NOUN_PHRASE_POS, NOUN_PHRASE_WORD_POS } from '../core/tokens';
import { headlineSaying } from '../mentions/split-break';
import { QUOTE_MARKS } from '../lexicon/quote-marks';
import type { Doc, Entity, Token } from '../core/types';
import {
  ANSWER_PARTICLES,
  BE_FORMS,
  FRAME_SPEECH_VERBS_SET,
  INVERTING_VERBS,
  isFiniteProgressive,
  isProgressive,
  LOOSE_CUES,
  OUTLET_VERBS,
  SOURCE_FIRST_CUES,
  SPEECH_LEMMAS,
  SPEECH_VERBS,
  SURE_VERBS,
} from '../lexicon/speech';

// cue-first: every reporting cue of a document is found once, here, when the quotes stage starts,
// with what the sieves ask of it; the sieves only choose which cue governs a quotation, and read its
// speaker (cue-speaker.ts)

/**
 * how a cue stands to its speaker: `source-first` names it after its words (`according to X`);
 * `passive` has it in a `by` phrase, if at all (`was described by X as`); `non-finite` leans on the
 * sentence's actor (`claiming`, `to accuse`); `finite` has it as subject (`X said`, `said X`)
 */
export type CueFrame = 'source-first' | 'passive' | 'non-finite' | 'finite';

/** a reporting cue, as the sieves and the quote kinds read it */
export interface Cue {
  /** tokens it spans: 1 for "said", 2 for "according to" */
  length: number;
  frame: CueFrame;
  /** its first word is an -ing form (`claiming`, `according to`) */
  participle: boolean;
  /** a verb of saying, whose subject may follow it (`“…,” said Sa'ar`) */
  inverts: boolean;
  /** a that-clause follows it (`said that …`) */
  clausal: boolean;
  /** too loose to govern a quote alone, earlier in its sentence (`put`, `read`, `cite`) */
  loose: boolean;
  /** under `without` (`without saying`): nobody says anything */
  negated: boolean;
}

/** neighbouring tokens `a` and `b` touch, one of them a hyphen: `state` in `state-of-the-state` */
const hyphened = (t: readonly Token[], a: number, b: number) => {
  const x = t[a];
  const y = t[b];
  if (!x || !y) return false;
  return (x.text === '-' && x.end === y.start) || (y.text === '-' && x.end === y.start);
};

/** a finite verb: an auxiliary, a modal, or a verb in `-s` (`affects`, not `discuss`) */
const isFiniteVerb = (tok: Token | undefined): boolean =>
  !!tok && (MAIN_AUXILIARIES.has(tok.lower) || (IRREALIS.has(tok.lower) && tok.lower !== 'to') || (tok.pos === 'VERB' && endsInS(tok)));

/**
 * the length of a reporting cue starting at token `j` (1 for "said", 2 for "according to"), 0 if
 * none, whether or not it sits in a quotation; `owner` is the entity whose mention covers each token
 */
function cueLength(t: readonly Token[], owner: ReadonlyArray<Entity | undefined>, j: number): number {
  const tok = t[j];
  // every token asks: an indexed loop, the first word compared before the rest (no closure a call)
  for (let c = 0; c < SOURCE_FIRST_CUES.length; c++) {
    const words = SOURCE_FIRST_CUES[c];
    if (tok.lower !== words[0]) continue;
    let k = 1;
    while (k < words.length && t[j + k]?.lower === words[k]) k++;
    if (k === words.length) return k;
  }
  // a capitalised word mid-sentence is a name ("United States"), not a verb, but in a headline's title case (`Clinton Said “…”`)
  if (!SPEECH_VERBS.has(tok.lower) || (tok.cap && t[j - 1]?.sentence === tok.sentence && !headlineSaying(t, j))) return 0;
  // `his state-of-the-state address`: a word hyphened to its neighbour is part of a compound
  if (hyphened(t, j - 1, j) || hyphened(t, j, j + 1)) return 0;
  // `the written “guidance”`, `a reported “deal”`: right after an article a verb's form is an adjective or a noun
  if (ARTICLES.has(t[j - 1]?.lower ?? '')) return 0;
  // `articles from noted constitutional scholars`: a past form between a preposition and a lowercase noun phrase modifies it
  if (t[j - 1]?.pos === 'ADP' && tok.lower.endsWith('ed') && t[j + 1]?.low && (t[j + 1].pos === 'ADJ' || t[j + 1].pos === 'NOUN')) return 0;
  // `it goes without saying that …`: a participle after `without` reports nothing said
  if (t[j - 1]?.lower === 'without' && tok.lower.endsWith('ing')) return 0;
  // `too early to tell whether …`: telling whether is knowing, not saying
  if (tok.lower === 'tell' && (t[j + 1]?.lower === 'whether' || t[j + 1]?.lower === 'if')) return 0;
  // "reports", "claims" and "calls" are nouns as often as verbs: trust the tagger, or a name just before
  const before = t[j - 1];
  // `Tesla's Cybertruck recall affects 46,000 vehicles`: a base form after a singular noun or name agrees with no
  // subject there, and before a finite verb it heads that verb's subject (`the ones they say are`, `which the
  // foundation predicts will` are relative clauses: a pronoun, a plural or an inflected form before the verb)
  if (
    isFiniteVerb(t[j + 1]) &&
    SPEECH_LEMMAS.has(tok.lower) &&
    (before?.pos === 'NOUN' || before?.pos === 'PROPN') &&
    !before.lower.endsWith('s') &&
    !before.possessive
  )
    return 0;
  // `Republican claims as “false”`, `reports of`: a noun with a preposition after it names things said, nobody saying
  const nounPhrase = tok.pos === 'NOUN' && NOUN_PREPOSITIONS.has(t[j + 1]?.lower ?? '');
  // `Rust Belt states`, `Gulf states`: a noun after a capitalised word no entity covers is a compound's head
  const subject = before && !nounPhrase && (owner[j - 1] !== undefined || (before.pos === 'PROPN' && tok.pos !== 'NOUN') || before.pos === 'PRON');
  // `is promising “jobs, jobs, jobs”`: an -ing form after an auxiliary is a verb whatever the tagger says
  const progressive = isProgressive(t, j);
  // `the website states that …`: a reporting word taking a that-clause, with no article or possessive before it
  // `a conference call that …`: a base form after a singular noun heads a compound, it agrees with no subject there
  const compound = before?.pos === 'NOUN' && !before.lower.endsWith('s') && !/(?:s|ed)$/.test(tok.lower);
  const clausal =
    t[j + 1]?.lower === 'that' && before !== undefined && before.pos !== 'DET' && before.pos !== 'ADJ' && !isPossessiveMark(before.lower, false) && !compound;
  // `said Kristen Day, reports USA Today`: between a comma and an organisation's name it is an outlet's verb, inverted
  const outlet =
    OUTLET_VERBS.has(tok.lower) &&
    before?.text === ',' &&
    (owner[j + 1] ?? (ARTICLES.has(t[j + 1]?.lower ?? '') ? owner[j + 2] : undefined))?.type === 'organization';
  // `“The market is weak,” the bank reports.`: ending its sentence right after a short phrase that follows a quotation's
  // comma, it is the phrase's verb, whatever the tagger calls it
  const inverted = /^[.!?]$/.test(t[j + 1]?.view ?? '') && phraseAfterQuote(t, j);
  // `Smith notes: “…”`, `“…,” notes John Smith`: an -s form the tagger calls a plural noun, in the frames that make it the
  // verb: after a subject's word and before the colon opening a quotation, or right after a quotation's comma and before a name
  const framed = tok.pos === 'NOUN' && endsInS(tok) && (beforeQuotingColon(t, j) || invertedAfterQuote(t, j));
  return isVerbal(tok) || SURE_VERBS.has(tok.lower) || subject || progressive || clausal || outlet || inverted || framed ? 1 : 0;
}

/** token `j` follows a subject (subjectBefore) and comes right before a colon and an opening quotation mark */
function beforeQuotingColon(t: readonly Token[], j: number): boolean {
  return subjectBefore(t, j) && t[j + 1]?.text === ':' && !!QUOTE_MARKS[t[j + 2]?.view ?? ''];
}

/** token `k` is a quotation's closing mark with the comma inside it before: `,”` */
const closesAfterComma = (t: readonly Token[], k: number): boolean => !!QUOTE_MARKS[t[k]?.view ?? ''] && t[k - 1]?.view === ',';

/** token `j` comes right after a quotation's closing mark and the comma inside it, and right before a name */
function invertedAfterQuote(t: readonly Token[], j: number): boolean {
  return closesAfterComma(t, j - 1) && t[j + 1]?.pos === 'PROPN' && t[j + 1].sentence === t[j].sentence;
}

/** the words right before token `j`, one to three of a noun phrase, follow a quotation's closing mark and the comma inside it */
function phraseAfterQuote(t: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(1, j - 4); k--) {
    if (closesAfterComma(t, k)) return k < j - 1;
    if (!NOUN_PHRASE_WORD_POS.has(t[k].pos)) return false;
  }
  return false;
}

/** the frame of the cue of `length` tokens at token `j` */
function frameOf(t: readonly Token[], j: number, length: number): CueFrame {
  if (length > 1) return 'source-first';
  const ing = t[j].lower.endsWith('ing');
  if (!ing && BE_FORMS.has(t[j - 1]?.lower ?? '')) return 'passive';
  // `Senate Majority Leader Mitch McConnell is criticizing`, `Puerto Rico has been warning`: a progressive with tense is
  // finite, its subject the phrase before its verb group
  const finite = isFiniteProgressive(t, j);
  return (ing && !finite) || t[j - 1]?.lower === 'to' ? 'non-finite' : 'finite';
}

/** the record of a cue of `length` tokens at token `j`: the table's, or a frame-only verb's a sieve found in its frame */
export function cueOfLength(t: readonly Token[], j: number, length: number): Cue {
  const word = t[j].lower;
  return {
    length,
    frame: frameOf(t, j, length),
    participle: word.endsWith('ing'),
    inverts: INVERTING_VERBS.has(word),
    clausal: t[j + 1]?.lower === 'that',
    loose: LOOSE_CUES.has(word),
    negated: t[j - 1]?.lower === 'without',
  };
}

/** the reporting cues of a document, found once, by the token they start at (none at most tokens) */
export function findCues(doc: Doc, owner: ReadonlyArray<Entity | undefined>): (Cue | undefined)[] {
  const cues = new Array<Cue | undefined>(doc.tokens.length);
  for (let j = 0; j < doc.tokens.length; j++) {
    const n = cueLength(doc.tokens, owner, j);
    if (n) cues[j] = cueOfLength(doc.tokens, j, n);
  }
  return cues;
}

type Cues = { quoted: ArrayLike<boolean>; cues: ReadonlyArray<Cue | undefined> };

/** the reporting cue at token `j`, undefined if none or if it is quoted */
export const cueStarting = (ctx: Cues, j: number): Cue | undefined => (ctx.quoted[j] ? undefined : ctx.cues[j]);

/** the length of the reporting cue at token `j` (1 for "said", 2 for "according to"), 0 if none or if it is quoted */
export const cueAt = (ctx: Cues, j: number): number => cueStarting(ctx, j)?.length ?? 0;

/** what may follow a frame-only verb that closes its clause (`“…,” Trump implored.`, `gushed on Twitter`), and what closes a phrase */
export const CLAUSE_CLOSERS = new Set(['.', ',', '!', '?', ';', ':']);

/** the parts of speech a subject's last word has: `Smith avers:`, `the report affirms:`, `she avers` */
const SUBJECT_END_POS = new Set(['PROPN', 'NOUN', 'PRON']);

/**
 * the tagger reads the verb at `j`: or it reads a rarer verb's `-s` form a plural noun, or its past an adjective, right
 * after a subject's word (no possessive: `Smith’s remarks`, `his email`), where the frame the caller checks makes it the verb
 * (`“…,” Smith avers.`, `Article 33 affirms: “…”`)
 */
function frameVerbRead(t: readonly Token[], j: number): boolean {
  const tok = t[j];
  if (tok.pos === 'VERB') return true;
  const misread = (tok.pos === 'NOUN' && endsInS(tok)) || (tok.pos === 'ADJ' && tok.lower.endsWith('ed'));
  return misread && subjectBefore(t, j);
}

/**
 * the words right before token `j` end a subject: a noun, a name or a pronoun, no possessive (`his email`, `Smith’s
 * remarks`), heading a phrase no preposition or verb takes as its object (`recalled the freeze on federal pay rates`)
 */
function subjectBefore(t: readonly Token[], j: number): boolean {
  const before = t[j - 1];
  if (!before || before.sentence !== t[j].sentence || !SUBJECT_END_POS.has(before.pos) || before.possessive || POSSESSIVE_DETERMINERS.has(before.lower))
    return false;
  let k = j - 2;
  while (k >= 0 && t[k].sentence === t[j].sentence && (NOUN_PHRASE_POS.has(t[k].pos) || t[k].possessive)) k--;
  // `as the website notes:`, `when Smith writes:`: a word opening a clause before its subject is no preposition here
  return k < 0 || t[k].sentence !== t[j].sentence || SUBJECT_CLAUSE_OPENERS.has(t[k].lower) || (t[k].pos !== 'ADP' && !isVerbal(t[k]));
}

/**
 * a frame-only verb of saying at token `j` ("implored", "gushed", "interjected"), read as a cue only
 * in a tight frame the caller checks: right after a quotation, or right before the colon opening one
 */
export function frameCueAt(ctx: { doc: { tokens: readonly Token[] }; quoted: ArrayLike<boolean> }, j: number): boolean {
  const t = ctx.doc.tokens;
  const tok = t[j];
  if (!tok || ctx.quoted[j] || !frameVerbRead(t, j) || !FRAME_SPEECH_VERBS_SET.has(tok.lower) || tok.lower.endsWith('ing')) return false;
  return !(tok.cap && t[j - 1]?.sentence === tok.sentence) && !hyphened(t, j - 1, j) && !hyphened(t, j, j + 1);
}

/** the frame-only verb at `j` closes its clause: a stop, a comma, a preposition, or the paragraph's end after it */
export function closesClause(t: readonly Token[], j: number): boolean {
  const next = t[j + 1];
  return !next || next.paragraph !== t[j].paragraph || CLAUSE_CLOSERS.has(next.text) || next.pos === 'ADP' || next.pos === 'ADV';
}

/** how many words a listener may run between a frame-only verb and the clause's end: `implored his fellow senators.` */
const LISTENER_REACH = 4;

/**
 * `“…,” Sanders implored his supporters.`: the frame-only verb at `j` closes its clause after a short
 * listener (a verb of speaking to someone takes one, and what it is asked to do), as it would with none
 */
export function closesAfterListener(t: readonly Token[], j: number): boolean {
  // `Turnout makes a difference.`: an indefinite object is a thing made, not someone spoken to
  if (t[j + 1]?.lower === 'a' || t[j + 1]?.lower === 'an') return false;
  for (let k = j + 1; k < t.length && k <= j + LISTENER_REACH && t[k].paragraph === t[j].paragraph; k++) {
    // `implored his supporters to stay`: what the listener is asked to do closes it too
    if (!NOUN_PHRASE_WORD_POS.has(t[k].pos)) return k > j + 1 && (CLAUSE_CLOSERS.has(t[k].text) || (t[k].lower === 'to' && t[k + 1]?.pos === 'VERB'));
  }
  return false;
}

/**
 * `shot back`, `fired back`: a lowercase verb (or what the tagger calls a noun: `Trump shot/NOUN
 * back`) and a particle of answering after it, which makes any verb an answer
 */
export function answerVerbAt(ctx: { doc: { tokens: readonly Token[] }; quoted: ArrayLike<boolean> }, j: number): boolean {
  const t = ctx.doc.tokens;
  const tok = t[j];
  return !!tok && !ctx.quoted[j] && !tok.cap && (tok.pos === 'VERB' || tok.pos === 'NOUN') && ANSWER_PARTICLES.has(t[j + 1]?.lower ?? '');
}

/**
 * `“…,” Trump shot back.`, `“…,” an angry Hollande retaliated.`: right after a quotation set off by
 * a comma, a subject and any finite verb closing the clause report it (news keeps that frame for
 * speech), whether or not a lexicon lists the verb
 */
export function mannerVerbAt(ctx: { doc: { tokens: readonly Token[] }; quoted: ArrayLike<boolean> }, j: number): boolean {
  const t = ctx.doc.tokens;
  const tok = t[j];
  // `“…,” Toomey fumed.`: a past form the tagger does not know it calls an adjective
  const verb = tok?.pos === 'VERB' || (tok?.pos === 'ADJ' && tok.lower.endsWith('ed') && t[j - 1]?.pos !== 'AUX' && !BE_FORMS.has(t[j - 1]?.lower ?? ''));
  if (!tok || ctx.quoted[j] || !verb || tok.lower.endsWith('ing') || t[j - 1]?.lower === 'to') return false;
  return !(tok.cap && t[j - 1]?.sentence === tok.sentence) && !hyphened(t, j - 1, j) && !hyphened(t, j, j + 1);
}
