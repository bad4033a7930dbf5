import {
  ADJUNCT_PREPOSITIONS,
  ARTICLES,
  CAUSATIVES,
  NEGATIONS,
  NON_FINITE_WORDS,
  COMPANION_OPENERS,
  NOUN_PLACE_PREPOSITIONS,
  PARTICIPLE_LINKS,
  PAST_PARTICIPLE_LINKS,
  PUBLISHING_PARTICIPLES,
  POSSESSIVE_DETERMINERS,
  FLOATING_QUANTIFIERS,
  MONTHS,
  PLURAL_PRONOUNS,
  QUANTIFIERS,
  SUBJECT_CLAUSE_OPENERS,
  SUBJECT_QUANTIFIERS,
  SUBORDINATORS,
} from '../lexicon/function-words';
import { firstWhere } from '../core/search';
import { isEnglishWord } from '../document/wink';
import { endsInS, isVerbal, NOUN_PHRASE_POS, NOUN_PHRASE_WORD_POS, tokenOf } from '../core/tokens';
import type { Token } from '../core/types';
import {
  ANONYMOUS_HEADS,
  DATE_WORDS,
  DESCRIBED_PRONOUNS,
  DOCUMENT_HEADS,
  INDEFINITE,
  INTENSIVE_PRONOUNS,
  NOT_SPEAKERS,
  PEOPLE_POSTMODIFIERS,
  PRONOUN_POSTMODIFIERS,
  SHARE_WORDS,
  SOURCE_POSTMODIFIERS,
  SPEAKER_PRONOUNS,
  TIME_MODIFIERS,
  TIME_NOUNS,
  VERB_SKIP,
  WHEN_WORDS,
  WORKPLACE_LINKS,
} from '../lexicon/speech';
import { endsTitleAbbreviation } from '../document/layout';
import {
  ADJUNCT_OPENERS,
  ASIDE_RELATIVES,
  LISTENER_PRONOUNS,
  MEASURE_BOUNDS,
  MEASURE_LIMITS,
  MEASURES,
  OBJECT_RELATIVES,
  QUESTION_VERBS,
  RELATIVES,
} from '../lexicon/reported';
import { isPersonNoun } from '../lexicon/peoples';
import { OFFICE_HEADS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import { tokenRange, type QuoteContext } from './context';
import type { QuoteSpan } from './spans';
import { CLAUSE_CLOSERS } from './cues';
import { isTitleCase } from './title-case';

/** parts of speech of an adjunct of where, when or how after a cue: `said in a statement on Monday, in Paris, that …`, `said in a statement according to …` */
export const ADJUNCT_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/**
 * `in a memo to staff that …`, `a letter to members that …`: the `to` at `j` (or the word after it, `j - 1` being that
 * `to`) stands after a document's noun, so it names whom the document went to, whatever the tagger calls the word
 * after it (a verb: `to staff`); no infinitive (`plans to ensure that …`)
 */
export const toDocumentRecipient = (t: readonly Token[], j: number): boolean =>
  (t[j]?.lower === 'to' && DOCUMENT_HEADS.has(t[j - 1]?.lower ?? '')) || (t[j - 1]?.lower === 'to' && DOCUMENT_HEADS.has(t[j - 2]?.lower ?? ''));
const NP_GLUE = new Set(["'s", '’s', 'of', '-', '&']);
/** parts of speech a capital letter does not make a name of: `After saying …`, `CONGRESS HAS` */
const FUNCTION_POS = new Set(['ADP', 'SCONJ', 'CCONJ', 'AUX', 'PART']);

const isNp = (ctx: QuoteContext, i: number) => {
  const tok = ctx.doc.tokens[i];
  if (ctx.quoted[i] && !ctx.inName[i]) return false;
  if (ctx.owner[i] !== undefined || NOUN_PHRASE_POS.has(tok.pos) || NP_GLUE.has(tok.lower)) return true;
  // `Sanders’ campaign called`: a plural's possessive mark, glued to its word, as `'s` is
  if (tok.possessive && i > 0 && ctx.doc.tokens[i - 1].end === tok.start && !ctx.doc.tokens[i - 1].punct) return true;
  // `one unaligned Florida strategist`, `a retired general`, `10 percent of registered voters`: a past
  // participle between a determiner, an adjective or `of` and a noun is an adjective
  if (isPremodifyingParticiple(ctx.doc.tokens, i)) return true;
  // `Texas-based Matt Mackowiak`, `so-called experts`: a word hyphened to the one before it is part of a compound
  const prev = ctx.doc.tokens[i - 1];
  if (prev?.text === '-' && prev.end === tok.start) return true;
  // `the latest Reuters/Ipsos poll`, `a CNN/ORC poll`: a slash joining two names with no space is a compound's, as a hyphen
  if (tok.text === '/' && prev?.end === tok.start && prev.cap && ctx.doc.tokens[i + 1]?.start === tok.end && ctx.doc.tokens[i + 1].cap) return true;
  // `one well-connected Democrat`, `this Trump look-alike`: and one hyphened to the word after it
  const next = ctx.doc.tokens[i + 1];
  if (next?.text === '-' && tok.end === next.start && ctx.doc.tokens[i + 2]?.start === next.end) return true;
  // `the Humanitarian Coordinator for Syria`, `the Minister for Europe`: `for` between an office's capitalised
  // word, no name's, and a name is part of the office's phrase, as `of` is
  if (tok.lower === 'for' && prev?.cap && !prev.opensSentence && ctx.owner[i - 1] === undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && next?.cap)
    return true;
  // `a source familiar with Cruz’s thinking`: an -ing form after a possessive is a noun
  if (tok.lower.endsWith('ing') && ctx.doc.tokens[i - 1]?.possessive) return true;
  // only before a noun of the phrase: `told her` ends no phrase at `her`
  if (POSSESSIVE_DETERMINERS.has(tok.lower)) return ctx.doc.tokens[i + 1] !== undefined && NOUN_PHRASE_POS.has(ctx.doc.tokens[i + 1].pos);
  // `When the FBI director said`: a subordinator capitalised at the sentence start opens a clause, no name;
  // `Later the Spaniard added`: an adverb opening it is no part of the phrase after it
  return tok.cap && !FUNCTION_POS.has(tok.pos) && !SUBORDINATORS.has(tok.lower) && !opensWithAdverb(ctx, i);
};

/**
 * `Exit polling showed`, `the same polling suggests`, `Recent polling shows`: an -ing form the tagger calls a verb,
 * ending the words before the cue's verb group and after a noun phrase's word (no pronoun), heads the subject as a noun
 * (not one before a noun, which it modifies)
 */
function gerundHead(ctx: QuoteContext, i: number, floor: number): boolean {
  const t = ctx.doc.tokens;
  const w = t[i];
  return (
    w.pos === 'VERB' &&
    w.lower.endsWith('ing') &&
    !ctx.quoted[i] &&
    i - 1 >= floor &&
    t[i - 1].sentence === w.sentence &&
    !isPronoun(t[i - 1]) &&
    isNp(ctx, i - 1) &&
    // `the sole surviving suspect`: an -ing form before a noun modifies it
    t[i + 1]?.pos !== 'NOUN'
  );
}

/**
 * the first token of the noun phrase that ends at token `k`, reading back no further than `floor` nor past a stop; the
 * stop of a title's abbreviation the tokeniser split off is the title's (`Vatican spokesman the Rev. Federico Lombardi`)
 */
function npStart(ctx: QuoteContext, k: number, floor: number): number {
  const t = ctx.doc.tokens;
  let c = k;
  while (c - 1 >= floor && (t[c - 1].text === '.' ? c - 2 >= floor && endsTitleAbbreviation(t, c - 1) : isNp(ctx, c - 1))) c--;
  return c;
}
/** how far after an adverb a number or a share makes it the phrase's own (`Nearly eight of 10 voters`, `Just shy of half`) */
const QUANTITY_REACH = 3;
/**
 * `Later the Spaniard added`, `Then Mr. Rubin said`: an adverb opening the sentence is no part of the
 * phrase after it; one before a number or a share is (`Only 52 percent of voters`, `Nearly a third`)
 */
function opensWithAdverb(ctx: QuoteContext, i: number): boolean {
  const t = ctx.doc.tokens;
  if (t[i].pos !== 'ADV' || !t[i].opensSentence) return false;
  for (let k = i + 1; k <= i + QUANTITY_REACH && k < t.length; k++) if (t[k].pos === 'NUM' || SHARE_WORDS.has(t[k].lower)) return false;
  return true;
}
const PREMODIFIER_BEFORE = new Set(['DET', 'NUM', 'ADJ']);
const PREMODIFIED = new Set(['NOUN', 'PROPN', 'ADJ']);
/** `a televised statement`, `a retired general`: a past participle between a determiner, an adjective or `of` and a noun, an adjective */
export const isPremodifyingParticiple = (t: readonly Token[], i: number): boolean =>
  t[i].pos === 'VERB' &&
  !t[i].cap &&
  t[i].lower.endsWith('ed') &&
  (PREMODIFIER_BEFORE.has(t[i - 1]?.pos ?? '') || t[i - 1]?.lower === 'of') &&
  PREMODIFIED.has(t[i + 1]?.pos ?? '');

/**
 * `marching through`, `linked to`, `obtained by`: a participle and the preposition after it (at `k`)
 * that open a postmodifier; a past form only before `by` or `to` (`tweeted after`, `cheered as` open clauses), but a
 * document's (`published in`, `released on`)
 */
const isLinkingParticiple = (t: readonly Token[], k: number) => {
  const v = t[k - 1];
  if (v.pos !== 'VERB' || v.cap) return false;
  if (v.lower.endsWith('ing')) return t[k].pos === 'ADP';
  return v.lower.endsWith('ed') && (PAST_PARTICIPLE_LINKS.has(t[k].lower) || (PUBLISHING_PARTICIPLES.has(v.lower) && t[k].pos === 'ADP'));
};

/** a word for a source or for people: `diplomat`, `officials`, `residents` */
const isSourceNoun = (tok: Token | undefined) =>
  !!tok && (tok.pos === 'NOUN' || tok.pos === 'PROPN') && (ANONYMOUS_HEADS.has(tok.lower) || isPersonNoun(tok.lower));

/**
 * `a diplomat based in Geneva`, `officials involved in the talks`, `residents reached by telephone`: after a word for a
 * source, a past participle and any preposition (at `k`) open a postmodifier, whatever the participle
 */
const sourceParticiple = (t: readonly Token[], k: number) => {
  const v = t[k - 1];
  return v.pos === 'VERB' && !v.cap && v.lower.endsWith('ed') && t[k].pos === 'ADP' && isSourceNoun(t[k - 2]);
};

/** `a lawyer representing the family`: a present participle at `k` right after a word for a source takes an object describing it */
const presentParticipleAfterSource = (t: readonly Token[], k: number) => {
  const v = t[k];
  return v.pos === 'VERB' && !v.cap && v.lower.endsWith('ing') && isSourceNoun(t[k - 1]);
};

export const isPronoun = (tok: Token) => SPEAKER_PRONOUNS[tok.lower] !== undefined;

/** the token before the bracket that the `)` at `i` closes: "Rep. Jim Jordan (R-Ohio) said" */
export function bracketStart(ctx: QuoteContext, i: number, floor: number): number {
  const t = ctx.doc.tokens;
  for (let j = i - 1; j >= floor && j > i - 8; j--) if (t[j].text === '(') return j - 1;
  return i;
}

/** how far back the comma opening an appositive may be (`Rucker Culpepper, who runs Clinton's get-out-the-vote effort for veterans' families, said`) */
const APPOSITIVE_REACH = 40;

/**
 * `the co-author of "Going Viral," about …`: a token inside a title-case quotation already read as a
 * scare quote (the name of a work) is a word of the phrase around it, its comma no boundary; so is one
 * inside a later title-case quotation set between two words with no stop inside its marks (`wearing a
 * cowboy hat and “Ted Cruz” campaign pins, said`), which names a thing and says nothing
 */
export function inQuotedName(ctx: QuoteContext, j: number): boolean {
  const start = ctx.doc.tokens[j].start;
  const s = firstWhere(ctx.spans, (q) => q.end > start);
  const q = ctx.spans[s];
  if (!q || q.start > start || !isTitleCase(ctx, q)) return false;
  return s < ctx.scare.length ? ctx.scare[s] : embeddedName(ctx, q);
}

/** most words of a name in marks set inside a phrase (`“Ted Cruz” campaign pins`) */
const EMBEDDED_NAME_WORDS = 4;

/** a quotation between two words of one sentence, a few words long, with no punctuation inside its marks */
function embeddedName(ctx: QuoteContext, q: QuoteSpan): boolean {
  const t = ctx.doc.tokens;
  const [a, b] = tokenRange(t, q);
  const inner = ctx.doc.view.slice(q.start, q.end).replace(/^\P{L}+|\P{L}+$/gu, '');
  if (/[.,;:!?]/.test(inner) || inner.split(/\s+/).length > EMBEDDED_NAME_WORDS) return false;
  const word = (k: number) => !!t[k] && /[\p{L}\p{N}]/u.test(t[k].text) && !ctx.quoted[k] && t[k].sentence === t[a].sentence;
  return word(a - 1) && word(b);
}

/**
 * `based in Cupertino, California, said`: the comma at `j` joins a place to the place it lies in, which runs
 * from there to the comma at `i`: no appositive's edge
 */
function joinsPlaces(ctx: QuoteContext, j: number, i: number): boolean {
  const region = ctx.owner[j + 1];
  if (region?.type !== 'location' || ctx.owner[j - 1]?.type !== 'location') return false;
  for (let k = j + 1; k < i; k++) if (ctx.owner[k] !== region) return false;
  return true;
}

/** the token before the comma that opens the appositive closed by the comma at `i` (or `i` itself) */
function appositiveStart(ctx: QuoteContext, i: number, floor: number): number {
  const t = ctx.doc.tokens;
  let close = i;
  for (let j = i - 1; j >= floor && j > i - APPOSITIVE_REACH; j--) {
    if (ctx.quoted[j] && !ctx.inName[j] && !inQuotedName(ctx, j)) break;
    if (t[j].text !== ',' || (ctx.quoted[j] && !ctx.inName[j])) continue;
    if (joinsPlaces(ctx, j, close)) {
      close = j;
      continue;
    }
    return opensClause(ctx, j + 1, i) ? i : j - 1;
  }
  return i;
}

/** a dash set off by spaces (`—`, `–`, `--`), which opens or closes an aside; a hyphen joins words */
const isSetOffDash = (t: readonly Token[], i: number) =>
  /^(?:[\u2014\u2013]|--)$/.test(t[i].text) && t[i - 1]?.end < t[i].start && t[i].end < (t[i + 1]?.start ?? Number.POSITIVE_INFINITY);

/**
 * `Sims — a teacher from Mount Pleasant — says`: when the dash at `i` closes an aside another dash opened in its
 * sentence, the token before that dash (where the phrase the aside describes ends); `i` otherwise
 */
function dashedStart(ctx: QuoteContext, i: number, floor: number): number {
  const t = ctx.doc.tokens;
  if (!isSetOffDash(t, i) || ctx.quoted[i]) return i;
  for (let j = i - 2; j > floor && j > i - APPOSITIVE_REACH; j--) {
    if (ctx.quoted[j] || t[j].sentence !== t[i].sentence) return i;
    if (isSetOffDash(t, j)) return j - 1;
  }
  return i;
}

/**
 * `…, Trump went on to promote X, note …`: an actor and its verb after the comma open a clause, no appositive;
 * so do a noun phrase and a finite auxiliary (`In Iowa, candidates have more room, said …`), which no appositive holds
 * but in a relative clause (`Smith, a lawyer who has …, said`)
 */
function opensClause(ctx: QuoteContext, k: number, close: number): boolean {
  const t = ctx.doc.tokens;
  let v = k;
  while (v < close && NOUN_PHRASE_WORD_POS.has(t[v].pos) && !RELATIVES.has(t[v].lower) && !ctx.quoted[v]) v++;
  if (v > k && v < close && t[v].pos === 'AUX' && !t[v].possessive && !ctx.quoted[v]) return true;
  const e = ctx.owner[k];
  if (!e || e.type === 'location') return false;
  let end = k;
  while (end < close && ctx.owner[end] === e) end++;
  const next = ctx.doc.tokens[end];
  return end < close && isVerbal(next) && !next.possessive;
}

/** a noun of time after `last`, `this` or a day: `last week`, `Monday night` */
const isTimePhrase = (t: readonly Token[], i: number) =>
  TIME_NOUNS.has(t[i].lower) && i > 0 && (TIME_MODIFIERS.has(t[i - 1].lower) || (DATE_WORDS.has(t[i - 1].lower) && t[i - 1].pos === 'PROPN'));

/**
 * `Priebus later Thursday told`, `Smith on Monday said`, `Frost last week said`, `A Bloomberg poll in June showed`: a day
 * or a time between a subject and its verb says when, not who
 */
const isWhen = (t: readonly Token[], i: number) =>
  (DATE_WORDS.has(t[i].lower) && (t[i].pos === 'PROPN' || t[i].pos === 'NOUN')) ||
  (t[i].lower === 'on' && DATE_WORDS.has(t[i + 1]?.lower ?? '') && t[i + 1].pos === 'PROPN') ||
  (t[i].lower === 'in' && MONTHS.has(t[i + 1]?.lower ?? '') && t[i + 1].pos === 'PROPN') ||
  isTimePhrase(t, i) ||
  (TIME_MODIFIERS.has(t[i].lower) && isTimePhrase(t, i + 1));

/**
 * `on Monday Smith said`, `Thursday evening Hillary Clinton said`, `Last week Stumpf said`, `Now Donald Trump says`: words
 * of when before an actor's name, none of the name's own, open the sentence; the phrase starts at the name (not `this
 * Trump look-alike`, `Morning Joe`: a time's noun or modifier says when only as a pair, `Sunday morning`, `last week`)
 */
function pastOpeningWhen(ctx: QuoteContext, a: number, i: number): number {
  const t = ctx.doc.tokens;
  let m = a;
  while (m < i && !ctx.owner[m]) {
    if (TIME_MODIFIERS.has(t[m].lower) && TIME_NOUNS.has(t[m + 1].lower) && !ctx.owner[m + 1]) m += 2;
    else if (WHEN_WORDS.has(t[m].lower)) m += TIME_NOUNS.has(t[m + 1].lower) && !ctx.owner[m + 1] ? 2 : 1;
    else break;
  }
  return m > a && m <= i && actorRun(ctx, m, i + 1, ACTORS)?.[0] === m ? m : a;
}

/** `Sanders himself acknowledged`: a reflexive right before the verb stresses the subject, which comes before it */
const isIntensive = (t: readonly Token[], i: number) => INTENSIVE_PRONOUNS.has(t[i].lower) && i > 0 && t[i - 1].pos !== 'VERB' && t[i - 1].pos !== 'ADP';

/** `Carson did not mention`, `Smith can't say`: a finite auxiliary or a negation between a subject and its verb */
const isAuxiliary = (tok: Token) => (tok.pos === 'AUX' || tok.pos === 'PART') && !NON_FINITE_WORDS.has(tok.lower) && !tok.possessive;

/**
 * the comma that opens (`step` -1) or closes (`step` 1) an aside set off by the comma at `c`, within `reach` tokens of its
 * sentence, with no verb and no quotation in it (`has, in the past, argued`, `A third of independents, 33%, say`); -1 when
 * none
 */
export function asideComma(ctx: QuoteContext, c: number, step: 1 | -1, reach: number): number {
  const t = ctx.doc.tokens;
  for (let k = c + step; k >= 0 && k < t.length && Math.abs(k - c) <= reach && t[k].sentence === t[c].sentence; k += step) {
    if (ctx.quoted[k] || isVerbal(t[k])) return -1;
    if (t[k].text === ',') return k;
  }
  return -1;
}

/** how many tokens an aside between an auxiliary and its verb may run: `has, in the past, argued` */
const AUXILIARY_ASIDE_REACH = 5;

/**
 * `A YouGov poll of American voters has, however, revealed`, `Clinton has, in the past, argued`: at the comma `i` closing an
 * aside (no verb in it) that a comma opens right after an auxiliary, that auxiliary; `i` otherwise
 */
function auxiliaryAside(ctx: QuoteContext, i: number, floor: number): number {
  const t = ctx.doc.tokens;
  if (t[i]?.text !== ',' || ctx.quoted[i]) return i;
  const open = asideComma(ctx, i, -1, AUXILIARY_ASIDE_REACH);
  return open - 1 > floor && open < i - 1 && isAuxiliary(t[open - 1]) ? open - 1 : i;
}

/** the token before the verb at `j` and the auxiliaries and adverbs before it (`who has also said`); below `floor` when none */
export function beforeVerb(t: readonly Token[], j: number, floor: number): number {
  let p = j - 1;
  while (p >= floor && (VERB_SKIP.has(t[p].lower) || t[p].pos === 'ADV')) p--;
  return p;
}

/**
 * the word before the verb group of the verb at `j`, past adverbs, auxiliaries, modals and negations
 * (`leaders who can support`, `a neighbour, who did not want`): where its subject or its relative ends
 */
export function beforeVerbGroup(ctx: QuoteContext, j: number, floor: number): number {
  const t = ctx.doc.tokens;
  let p = beforeVerb(t, j, floor);
  while (p > floor && (t[p].pos === 'AUX' || NEGATIONS.has(t[p].lower)) && !ctx.quoted[p]) p = beforeVerb(t, p, floor);
  return p;
}

/**
 * the word before the verb group of the verb at `j`, past words of when and a floating quantifier too (`who on Tuesday
 * endorsed`, `who last year threatened`, `who has both endorsed`): where a relative pronoun before them stands
 */
export function beforeVerbAndWhen(ctx: QuoteContext, j: number, floor: number): number {
  const t = ctx.doc.tokens;
  let p = beforeVerbGroup(ctx, j, floor);
  while (p > floor && !ctx.quoted[p] && (isWhen(t, p) || floatingQuantifier(t, p))) p = beforeVerbGroup(ctx, p, floor);
  return p;
}

/** `Cruz, who said he would …`, `The union, which endorsed Clinton, …`: a relative at `p` set off by a comma, which adds what its antecedent said or holds */
export const isAsideRelative = (t: readonly Token[], p: number, floor: number): boolean =>
  p > floor && ASIDE_RELATIVES.has(t[p].lower) && t[p - 1].text === ',';

/** `have all attacked`, `they both vowed`: a quantifier after an auxiliary or a plural pronoun floats off the subject before them (not `started it all`) */
const floatingQuantifier = (t: readonly Token[], i: number): boolean =>
  FLOATING_QUANTIFIERS.has(t[i].lower) && !!t[i - 1] && (t[i - 1].pos === 'AUX' || PLURAL_PRONOUNS.has(t[i - 1].lower));

/** what a quantifier standing for a group follows: nothing it modifies or counts with (`the many`, `voters most`, `two others`) */
const NOT_BEFORE_QUANTIFIER_SUBJECT = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'ADP', 'NUM']);

/**
 * `Most believe that …`, `many would prefer`, `Yet another said`, `a man who many believe …`: a quantifier standing alone
 * right before a verb is its subject, as a pronoun is; not after a personal pronoun (`they most wanted`), nor after a
 * name and a conjunction, nor `others` after one (`Edwards and others said`, `business leaders and others said`: a
 * conjunct); `most` before an adverb, an adjective or an -ing form is a superlative (`most recently defended`)
 */
export function quantifierSubject(t: readonly Token[], i: number): boolean {
  const before = t[i - 1];
  if (!SUBJECT_QUANTIFIERS.has(t[i].lower) || NOT_BEFORE_QUANTIFIER_SUBJECT.has(before?.pos ?? '') || before?.text === '-') return false;
  if (before && (isPronoun(before) || PLURAL_PRONOUNS.has(before.lower))) return false;
  if (before?.pos === 'CCONJ' && (t[i - 2]?.pos === 'PROPN' || t[i].lower === 'others')) return false;
  const next = t[i + 1];
  return !!next && !(t[i].lower === 'most' && (next.pos === 'ADV' || next.pos === 'ADJ' || next.lower.endsWith('ing')));
}

/** `those surveyed said`, `those polled say`: `those` at `k` and a past participle after it are a phrase, its subject */
export const thoseParticiple = (t: readonly Token[], k: number): boolean =>
  t[k]?.lower === 'those' && t[k + 1]?.pos === 'VERB' && t[k + 1].lower.endsWith('ed');

/** the noun phrase ending right before token `verb` (past adverbs, a bracket, an appositive); `byName` prefers a person the appositive names */
export function phraseBefore(ctx: QuoteContext, verb: number, floor: number, byName = false): [number, number] | null {
  const t = ctx.doc.tokens;
  let i = auxiliaryAside(ctx, verb - 1, floor);
  // `this Trump look-alike declared`: a word hyphened to the one before it ends the phrase, no adverb
  const hyphened = (k: number) => t[k - 1]?.text === '-' && t[k - 1].end === t[k].start;
  // `Will wrote`: a word an entity owns is its name, never an auxiliary or adverb to skip
  while (
    i >= floor &&
    !hyphened(i) &&
    !ctx.owner[i] &&
    (VERB_SKIP.has(t[i].lower) ||
      NEGATIONS.has(t[i].lower) ||
      (t[i].pos === 'ADV' && !isPronoun(t[i]) && !quantifierSubject(t, i)) ||
      isWhen(t, i) ||
      isAuxiliary(t[i]) ||
      isIntensive(t, i) ||
      floatingQuantifier(t, i))
  )
    i--;
  // `New polls released Sunday showed`, `a news report published Wednesday said`: a past participle with only words of
  // when between it and the verb (some of the words just skipped) postmodifies the noun before it, the phrase's head
  if (
    i - 1 >= floor &&
    t[i].pos === 'VERB' &&
    !t[i].cap &&
    t[i].lower.endsWith('ed') &&
    isNp(ctx, i - 1) &&
    t.slice(i + 1, verb).some((_, k) => isWhen(t, i + 1 + k))
  )
    i--;
  let a = i;
  // a participle describes a source only in the subject of the clause's own finite verb, the subject's last word a noun
  // right before it: `Critics seized on Smith’s claim` (a noun's possessor), `The lawyers relied on articles … to
  // defend` (an infinitive's) and `… relied on articles from noted …` (a phrase ending in `from`) have theirs in `seized`, `relied`
  const finite = isVerbal(t[verb]) && t[verb - 1]?.lower !== 'to' && i >= floor && (t[i]?.pos === 'NOUN' || t[i]?.pos === 'PROPN');
  let named: [number, number] | null = null;
  let objectEnd = -1;
  for (let round = 0; round < 3 && i >= floor; round++) {
    // `author of ''America's Unwritten Constitution,'' put it`: the comma inside a quoted name's closing mark closes the appositive
    if (ctx.quoted[i] && inQuotedName(ctx, i)) {
      let k = i;
      while (k > floor && /^[“”"‘’']$/.test(t[k].text)) k--;
      if (k < i && t[k].text === ',') i = k;
    }
    // `Jason Sims — a teacher from Mount Pleasant — says`: an appositive set off by dashes, as one set off by commas
    const dashed = round === 0 ? dashedStart(ctx, i, floor) : i;
    const aside = dashed < i;
    if (aside) {
      named ??= appositiveName(ctx, dashed + 2, i);
      i = dashed;
    }
    const comma = t[i].text === ',';
    const skipped = comma || aside;
    if (comma) {
      const close = i;
      i = appositiveStart(ctx, i, floor);
      named ??= appositiveName(ctx, i + 2, close);
      // `Sen. Jack Reed (D-R.I.), said`: a comma after a bracketed label, no appositive's close, ends the phrase
      if (i === close && i - 1 >= floor && t[i - 1].text === ')' && !ctx.quoted[i - 1]) i--;
    }
    if (i >= floor && t[i].text === ')') i = bracketStart(ctx, i, floor);
    if (i < floor) return null;
    // `a source close to him said`: an object pronoun after a preposition ends a postmodifier, the phrase goes on before it
    // (`nothing about them`, `all of it` name no one)
    const postmodified = NOT_SPEAKERS.has(t[i].lower) && t[i].lower !== 'it' && t[i - 1]?.pos === 'ADP' && t[i - 1].lower !== 'about' && i - 1 > floor;
    if (postmodified) objectEnd = i;
    if ((isPronoun(t[i]) || quantifierSubject(t, i)) && !ctx.quoted[i] && !postmodified) return [i, i + 1];
    if (i - 1 >= floor && thoseParticiple(t, i - 1) && !ctx.quoted[i - 1]) return [i - 1, i + 1];
    a = pastOpeningWhen(ctx, npStart(ctx, i, floor), i);
    while (a <= i && (t[a].lower === 'of' || t[a].lower === '-')) a++;
    // `Protesters marching through the streets chanted`, `accounts linked to the group put`: the phrase
    // is a participle's object; its head comes before
    if (a - 3 >= floor && (isLinkingParticiple(t, a - 1) || (finite && sourceParticiple(t, a - 1) && !postmodifierAt(ctx, a - 2))) && isNp(ctx, a - 3)) {
      i = a - 3;
      a = npStart(ctx, i, floor);
    } else if (finite && !skipped && a - 2 >= floor && presentParticipleAfterSource(t, a - 1) && isNp(ctx, a - 2)) {
      // `a lawyer representing the family said`: the object of a participle describing a source (not past an appositive:
      // `One pastor supporting Mr. Cruz, Darran Whiting of …, said` names the pastor after the comma)
      i = a - 2;
      a = npStart(ctx, i, floor);
    }
    // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": back to the name
    // `In Europe, ASML, the Dutch maker of lithography machines, said`: back to an organisation's name that is the whole phrase, too
    // (`…, the Syrian Observatory for Human Rights, a monitoring group, said`: the article before it too, where the
    // phrase opens after a comma or the sentence's start; not `director at the University of Arkansas, Fayetteville, said`)
    const body = actorRun(ctx, a, i + 1, ['organization']);
    const opens = a === floor || t[a - 1].text === ',';
    const whole = !!body && body[1] === i + 1 && (body[0] === a || (body[0] === a + 1 && t[a].lower === 'the' && opens));
    if (actorRun(ctx, a, i + 1) || whole || !skipped || a - 2 < floor) break;
    if (t[a - 1].text !== ',') {
      // `Goldberg, editor at large of The Forward, an influential weekly, wrote`: an appositive with a
      // preposition inside reads back to the comma before it, to a person's name, when no verb stands in it
      let c = appositiveStart(ctx, a, floor);
      if (c === a || t.slice(c + 2, a).some((w) => isVerbal(w))) break;
      // `Cory James, 22, of Flint, Mich., said`: an age set off by commas stands between the name and where it is from
      if (c - 2 >= floor && t[c].pos === 'NUM' && t[c - 1].text === ',') c -= 2;
      let d = c;
      while (d - 1 >= floor && isNp(ctx, d - 1) && t[d - 1].text !== '.') d--;
      if (!actorRun(ctx, d, c + 1)) break;
      i = c;
      continue;
    }
    // `Meanwhile, the campaign chairman, John Podesta, dismissed`: words before the comma that are no noun phrase open
    // the sentence; the phrase read so far is the subject (so do words of when: `On Friday, Texas, leading a coalition …,
    // asked`)
    if (!isNp(ctx, a - 2) || (isWhen(t, a - 2) && ctx.owner[a - 2] === undefined)) break;
    i = a - 2;
  }
  if (i < floor || a > i || (!isNp(ctx, i) && i !== objectEnd && !gerundHead(ctx, i, floor))) return null;
  // `Trump in his announcement speech called`, `Clinton at a rally said`: a phrase of where or how,
  // naming no actor, between an actor and the verb says where; the actor before it speaks
  const at = a - 1;
  if (at - 1 >= floor && ADJUNCT_PREPOSITIONS.has(t[at].lower) && !ctx.quoted[at] && t[i].low && t[i].pos === 'NOUN' && !actorRun(ctx, a, i + 1, ACTORS)) {
    const e = ctx.owner[at - 1];
    if (e && e.type !== 'location' && !ctx.quoted[at - 1]) return phraseBefore(ctx, at, floor, byName);
  }
  // `Jane Smith at Goldman Sachs said`, `Tom Lee from Fundstrat wrote`: a person's name before a body's, where the person
  // works, speaks, as `Jane Smith of Goldman Sachs` does; the phrase runs from the person's name (not `in`: `Smith in the
  // Herald said` may be the paper's account)
  const person = ctx.owner[at - 1];
  if (at - 1 >= floor && WORKPLACE_LINKS.has(t[at].lower) && !ctx.quoted[at] && person?.type === 'person') {
    const body = actorRun(ctx, a, i + 1, ['organization']);
    if (body && body[1] === i + 1 && (body[0] === a || (body[0] === a + 1 && t[a].lower === 'the'))) {
      let p = at - 1;
      while (p - 1 >= floor && ctx.owner[p - 1] === person) p--;
      return [p, i + 1];
    }
  }
  // `Rubio, whose hometown is sinking, argues`: a relative clause's phrase gives way to the one it describes
  if (t[a].lower === 'whose' && t[a - 1]?.text === ',' && a - 1 > floor) return phraseBefore(ctx, a - 1, floor, byName);
  // `Officials who spoke to Reuters said`, `people who have seen the draft said`: the phrase is the object inside a relative
  // clause on the subject, which is the phrase the relative describes
  const relative = restrictiveRelativeBefore(ctx, a, floor);
  if (relative > floor) return phraseBefore(ctx, relative, floor, byName) ?? [a, i + 1];
  // a share or a measure opens the phrase before a place's preposition is read (`Governors in more than two dozen states`),
  // and again after it (`Six in 10 voters in Iowa`)
  const placed = beforePlacePhrase(ctx, ratioBefore(ctx, a, floor), i + 1, floor);
  a = conjunctBefore(ctx, describedBefore(ctx, sourceBefore(ctx, ratioBefore(ctx, placed, floor), floor), floor), i + 1, floor);
  // `which officials said will go into effect`, `what aide Kevin Phillips called`: a relative or `what` opening the phrase
  // is the verb's object, no word of its subject
  while (a < i && OBJECT_RELATIVES.has(t[a].lower) && !ctx.quoted[a]) a++;
  // `The minister, John Smith, said`: with `byName`, a description whose appositive names a person
  // speaks by that name, also when an organisation or a place only qualifies its head (`the FBI
  // director, James Comey,`, `the governor of Odesa, Oleh Kiper,`)
  if (byName && named && !actorRun(ctx, a, i + 1) && (!ctx.owner[i] || hasCommonHead(ctx, a, i))) {
    // (not a description read back only to a preposition's object: `The UN agency for Palestinian refugees, Acme,`)
    if (t[a - 1]?.pos !== 'ADP') DESCRIBED.set(named, a);
    return named;
  }
  return [a, i + 1];
}

/**
 * the phrases `phraseBefore` read by an appositive name, with where the description before that name starts: the name
 * speaks, but the words naming the speaker are the description's and the name's (`the White House spokesman, Josh Earnest,
 * said`), as PolNeAR marks a source; keyed by the phrase itself, so a phrase rebuilt on the way keeps the name's words alone
 */
const DESCRIBED = new WeakMap<readonly number[], number>();

/** where the words naming the speaker of phrase `p` start: before its name where a description precedes it, else at `p`'s start */
export const wordsStart = (p: readonly number[]): number => DESCRIBED.get(p) ?? p[0];

/** how many words back from a phrase its relative clause's `who` or `that` may stand: `voters who want to ban abortion` */
const RELATIVE_REACH = 10;

/**
 * the `who` or `that` opening a relative clause, with its verb, that the phrase at `a` ends (`officials who spoke to
 * Reuters`), after the noun phrase it describes, no punctuation between; -1 when there is none (`said that the man`:
 * no verb between `that` and the phrase)
 */
function restrictiveRelativeBefore(ctx: QuoteContext, a: number, floor: number): number {
  const t = ctx.doc.tokens;
  // the phrase is the relative's object: a verb or a preposition right before it (`deals the Clinton team appeared to cut`:
  // after a noun, it is a clause's own subject), not a causative's (`one that made Christie's wife appear to grimace`)
  const before = t[a - 1];
  if (!before || !(isVerbal(before) || before.pos === 'ADP') || CAUSATIVES.has(before.lower)) return -1;
  let verb = false;
  for (let k = a - 1; k > floor && k >= a - RELATIVE_REACH; k--) {
    if ((t[k].punct && t[k].text !== '-') || ctx.quoted[k]) return -1;
    if (t[k].lower === 'who' || t[k].lower === 'that') return verb && isNp(ctx, k - 1) && t[k - 1].lower !== 'that' ? k : -1;
    verb ||= isVerbal(t[k]);
  }
  return -1;
}

/**
 * `the governor of Odesa`, `the minister`, `The Governor of Texas`: the phrase [a, i] has a noun no entity owns outside
 * the name it may end in, its head, lowercase or capitalised (as a title is before the place it is of)
 */
function hasCommonHead(ctx: QuoteContext, a: number, i: number): boolean {
  const t = ctx.doc.tokens;
  let r = i + 1;
  if (ctx.owner[i]) while (r - 1 >= a && ctx.owner[r - 1] === ctx.owner[i]) r--;
  for (let k = a; k < r; k++) if (!ctx.owner[k] && (t[k].pos === 'NOUN' || t[k].pos === 'PROPN')) return true;
  return false;
}

/** how far after a description its appositive name may end, in tokens (`, state Del. Marcia Price (D-Va.)`) */
const APPOSITIVE_NAME_REACH = 10;

/**
 * `said the governor of Odesa, Oleh Kiper.`: a description naming no person, after an inverted cue,
 * whose appositive is a person's name speaks by that name; the phrase itself otherwise
 */
export function withAppositiveName(ctx: QuoteContext, p: [number, number], ceil: number): [number, number] {
  const t = ctx.doc.tokens;
  const [a, b] = p;
  if (t[b]?.text !== ',' || ctx.quoted[b] || actorRun(ctx, a, b) || !hasCommonHead(ctx, a, b - 1)) return p;
  // the appositive closes at a stop, a quotation or the sentence's end
  const closer = (k: number) => t[k].sentence !== t[b].sentence || ctx.quoted[k] || CLAUSE_CLOSERS.has(t[k].text);
  const end = Math.min(ceil, b + 1 + APPOSITIVE_NAME_REACH);
  let close = b + 1;
  while (close < end && !closer(close)) close++;
  return (close < t.length && closer(close) && appositiveName(ctx, b + 1, close)) || p;
}

const ACTORS = ['person', 'organization'];

/**
 * `Six in 10`, `three out of four`: a poll's share of a group, two numbers joined by `in` or `out of`,
 * from token `k`; the index of its second number, or -1
 */
export function ratioAt(t: readonly Token[], k: number): number {
  if (t[k]?.pos !== 'NUM') return -1;
  const second = t[k + 1]?.lower === 'in' ? k + 2 : t[k + 1]?.lower === 'out' && t[k + 2]?.lower === 'of' ? k + 3 : -1;
  return second > 0 && t[second]?.pos === 'NUM' && t[second].sentence === t[k].sentence ? second : -1;
}

/**
 * `Six in 10 voters said`, `three out of four Democrats say`: a phrase opening with the second number
 * of a share (ratioAt) starts at the share's first; the phrase from `a` otherwise
 */
function ratioBefore(ctx: QuoteContext, a: number, floor: number): number {
  for (let k = a - 2; k >= a - 3; k--) if (k >= floor && ratioAt(ctx.doc.tokens, k) === a && !ctx.quoted[k]) return measureBefore(ctx, k, floor);
  return measureBefore(ctx, a, floor);
}

/**
 * `About four in 10 voters say`, `More than half of voters said`, `Only about 4 in 10`: a measure before a number or a
 * share opening the phrase is the phrase's (PolNeAR train's sources so placed take it in 31 times in 32); `a` otherwise
 */
function measureBefore(ctx: QuoteContext, a: number, floor: number): number {
  const t = ctx.doc.tokens;
  if (!isMeasured(t[a])) return a;
  const word = (k: number) => (k >= floor && !ctx.quoted[k] ? t[k].lower : '');
  let k = a;
  if (MEASURES.has(word(k - 1))) k--;
  else if (MEASURE_BOUNDS.get(word(k - 2)) === word(k - 1) && word(k - 1)) k -= 2;
  return k < a && MEASURE_LIMITS.has(word(k - 1)) ? k - 1 : k;
}

/** a number or a share's word, which a measure may come before */
const isMeasured = (tok: Token | undefined) => !!tok && (tok.pos === 'NUM' || SHARE_WORDS.has(tok.lower));

/** the token after the measure (`Only about`, `more than`) that opens the phrase at `a` before a number or a share; `a` when none does */
export function pastMeasure(t: readonly Token[], a: number, b: number): number {
  let k = MEASURE_LIMITS.has(t[a].lower) ? a + 1 : a;
  if (k < b && MEASURES.has(t[k].lower)) k++;
  else if (k + 1 < b && MEASURE_BOUNDS.get(t[k].lower) === t[k + 1].lower) k += 2;
  return k > a && k < b && isMeasured(t[k]) ? k : a;
}

/**
 * `voters in each state say`, `Democrats on the stage refused`: a phrase naming no actor after a
 * preposition of where that follows a noun only says where that noun is; the phrase starts at the
 * noun's own (`a`, the phrase's start, otherwise)
 */
function beforePlacePhrase(ctx: QuoteContext, a: number, b: number, floor: number): number {
  const t = ctx.doc.tokens;
  const p = a - 1;
  if (p - 1 < floor || !NOUN_PLACE_PREPOSITIONS.has(t[p].lower) || ctx.quoted[p] || ctx.owner[p] || ctx.quoted[p - 1]) return a;
  const noun = t[p - 1];
  if ((noun.pos !== 'NOUN' && noun.pos !== 'PROPN') || noun.possessive || actorRun(ctx, a, b, ACTORS)) return a;
  return npStart(ctx, p - 1, floor);
}

/**
 * `Cummings and Conyers wrote`: the start of an actor's phrase coordinated before the one at [a, b);
 * `the Vermont senator and presidential candidate told`: a description with no determiner of its
 * own shares the one before `and`, one person described twice; `a` otherwise
 */
function conjunctBefore(ctx: QuoteContext, a: number, b: number, floor: number): number {
  const t = ctx.doc.tokens;
  if (a - 2 < floor || t[a - 1].lower !== 'and' || ctx.quoted[a - 1]) return a;
  // `Hawkins and others who want to ban abortion said`, `he and other Clinton challengers`, `Mr. Rubio and his advisers`:
  // `others`, `other …` and a possessive say there is a first conjunct, which speaks with them, whatever it is
  if (COMPANION_OPENERS.has(t[a].lower)) return othersConjunct(ctx, a, floor);
  // `Current and former officials said`, `Eleven progressive and Muslim organizations`: an adjective before `and` shares
  // the head after it
  if (t[a - 2].pos === 'ADJ' && !ctx.quoted[a - 2] && !ctx.owner[a - 2]) return npStart(ctx, a - 2, floor);
  // `Cummings and Conyers wrote` with neither name found: two runs of names nobody typed are two names too
  const names = unknownNames(ctx, a, b);
  if (!names && !actorRun(ctx, a, b, ACTORS)) {
    const shared = sharedDeterminer(ctx, a, b, floor);
    return shared < a ? shared : subjectConjunct(ctx, a, b, floor);
  }
  const c = npStart(ctx, a - 2, floor);
  if (names) {
    let n = a - 1;
    while (n - 1 >= floor && unknownNames(ctx, n - 1, a - 1)) n--;
    return n < a - 1 ? n : a;
  }
  return isNp(ctx, a - 2) && actorRun(ctx, c, a - 1, ACTORS) ? c : a;
}

/**
 * `Cyber security experts and U.S. officials said`, `The Kentucky Republican and the New York businessman told`: a noun
 * phrase before `and` that opens its clause (no verb or preposition takes it: `Trump attacked Cruz and the senator
 * said` is two clauses), headed by a word for people or a common plural as the phrase at [a, b) is, speaks with it; `a`
 * otherwise
 */
function subjectConjunct(ctx: QuoteContext, a: number, b: number, floor: number): number {
  const t = ctx.doc.tokens;
  const head = t[a - 2];
  // a plural name is a place's or a body's (`the United Nations and United States`), which the names' own readers join;
  // a plural opening the sentence is capitalised whatever it is (`Regulators and environmental groups said`)
  const common = (w: Token) => w.pos === 'NOUN' || (w.opensSentence && isEnglishWord(w.lower));
  const speakers = (w: Token) =>
    (w.pos === 'NOUN' || w.pos === 'PROPN') && !w.possessive && (isPersonNoun(w.lower) || TITLE_HEADS.has(w.lower) || (common(w) && endsInS(w)));
  if (!head || ctx.quoted[a - 2] || !isNp(ctx, a - 2) || !speakers(head) || !speakers(t[b - 1])) return a;
  const c = npStart(ctx, a - 2, floor);
  const before = t[c - 1];
  const opens =
    c <= floor || !before || before.sentence !== t[c].sentence || SUBJECT_CLAUSE_OPENERS.has(before.lower) || (before.pos !== 'ADP' && !isVerbal(before));
  return opens ? c : a;
}

/** the start of the noun phrase or pronoun before `and` and the `other …` or `his …` conjunct at `a`, or `a` when there is none */
function othersConjunct(ctx: QuoteContext, a: number, floor: number): number {
  const t = ctx.doc.tokens;
  if (isPronoun(t[a - 2]) && !ctx.quoted[a - 2]) return a - 2;
  if (!isNp(ctx, a - 2) || t[a - 2].punct) return a;
  const named = ctx.owner[a - 2];
  if (!named) return npStart(ctx, a - 2, floor);
  let c = a - 2;
  // `the bill Murphy and other Democrats opposed`: a name's conjunct is the name, with the titles and the article before it
  while (c - 1 >= floor && ctx.owner[c - 1] === named) c--;
  while (c - 1 >= floor && isNp(ctx, c - 1) && t[c - 1].cap && t[c - 1].text !== '.') c--;
  return c - 1 >= floor && ARTICLES.has(t[c - 1].lower) ? c - 1 : c;
}

/** tokens [a, b) are a run of names nobody typed: proper nouns, capitalised, no entity's, not opening their sentence */
function unknownNames(ctx: QuoteContext, a: number, b: number): boolean {
  const t = ctx.doc.tokens;
  if (a >= b) return false;
  for (let k = a; k < b; k++) if (t[k].pos !== 'PROPN' || !t[k].cap || ctx.owner[k] || ctx.quoted[k] || t[k].opensSentence) return false;
  return true;
}

/** the start of `the X and Y` before the description [a, b) that has no determiner, or `a` */
function sharedDeterminer(ctx: QuoteContext, a: number, b: number, floor: number): number {
  const t = ctx.doc.tokens;
  // both describe a person: the second's head a title or an unnamed source's (`protests` or `funding` share nothing)
  // `former secretary of state`: the head comes before its `of` phrase
  let h = a + 1;
  while (h < b && t[h].lower !== 'of') h++;
  const head = t[h - 1].lower;
  if (!TITLE_HEADS.has(head) && !ANONYMOUS_HEADS.has(head)) return a;
  if (t[a].pos === 'DET' || POSSESSIVE_DETERMINERS.has(t[a].lower) || !t[h - 1].low || t[h - 1].pos !== 'NOUN' || !isNp(ctx, a - 2) || t[a - 2].pos !== 'NOUN')
    return a;
  let c = a - 2;
  while (c - 1 >= floor && isNp(ctx, c - 1) && t[c - 1].text !== '.' && t[c].pos !== 'DET') c--;
  return ARTICLES.has(t[c].lower) && !ctx.owner.slice(c, a - 1).some((e) => e?.type === 'person') ? c : a;
}

/** an unnamed source's noun before any link; an office's before `for` (`The minister for Europe said`, `the MP for Bristol West`) */
const isSourceHead = (w: string, link: readonly string[]) =>
  ANONYMOUS_HEADS.has(w) || (link.length === 1 && ((link[0] === 'for' && OFFICE_HEADS.has(w)) || (PEOPLE_POSTMODIFIERS.has(link[0]) && isPersonNoun(w))));

/**
 * `a spokesman for committee Democrats said`: a phrase after an unnamed source's postmodifier link
 * only describes that source, so the phrase starts at the source's own; `a` when no source precedes
 */
function sourceBefore(ctx: QuoteContext, a: number, floor: number): number {
  const t = ctx.doc.tokens;
  for (const link of SOURCE_POSTMODIFIERS) {
    // the link wholly before the phrase, or its first word before it and the rest read into the
    // phrase (`a source with | knowledge of the talks`: a noun phrase runs on through `of`)
    for (const head of [a - link.length - 1, a - 2]) {
      if (head < floor || !isSourceHead(t[head].lower, link) || ctx.quoted[head] || postmodifierAt(ctx, head + 1) !== link.length) continue;
      return npStart(ctx, head, floor);
    }
  }
  return a;
}

/**
 * `A producer for Yahoo Studios told`, `Some advocates for stem cell research said`: a phrase after a postmodifier's
 * preposition, itself after an indefinite noun phrase, only describes that noun phrase's head, which speaks; the start of
 * that noun phrase, `a` when there is none (`a day in Odesa Smith said`: a time noun's phrase says when)
 */
function describedBefore(ctx: QuoteContext, a: number, floor: number): number {
  const t = ctx.doc.tokens;
  const p = a - 1;
  if (p - 1 < floor || ctx.quoted[p] || ctx.quoted[p - 1]) return a;
  const head = t[p - 1];
  // `someone in the audience shouted`, `Many in the Republican establishment say`, `Some on Twitter said`: the pronoun speaks
  if (DESCRIBED_PRONOUNS.has(head.lower) && PRONOUN_POSTMODIFIERS.has(t[p].lower)) return p - 1;
  if (!PEOPLE_POSTMODIFIERS.has(t[p].lower)) return a;
  if (head.pos !== 'NOUN' || !head.low || TIME_NOUNS.has(head.lower) || ctx.owner[p - 1]) return a;
  const c = npStart(ctx, p - 1, floor);
  return INDEFINITE.has(t[c].lower) && c < p - 1 ? c : a;
}

/** `, John Smith,` / `, state Del. Marcia Price (D-Va.),`: an appositive that is a person's name, perhaps after a title */
function appositiveName(ctx: QuoteContext, a: number, close: number): [number, number] | null {
  const t = ctx.doc.tokens;
  // a person's name first (`, Alabama Democratic Party chairwoman Nancy Worley,`); else a body's (`The UN agency for Palestinian refugees, UNRWA,`)
  const run = actorRun(ctx, a, close) ?? actorRun(ctx, a, close, ['organization']);
  if (!run) return null;
  // `, state Del. Marcia Price`, `, actress Jamie Lee Curtis`: titles, capitalised words and common nouns before the name
  const titled = t.slice(a, run[0]).every((w) => w.cap || w.text === '.' || TITLE_WORDS.has(w.lower) || (w.low && w.pos === 'NOUN'));
  const end = t[run[1]]?.text === '(' ? bracketEnd(t, run[1], close) : run[1];
  return titled && (end === close || bodyAfter(ctx, end, close)) ? run : null;
}

/**
 * `, economist Takahide Kiuchi of the Nomura Research Institute.`, `, Rep. Bobby Scott of Virginia,`: where the named
 * person works or comes from, `of` or `at` and a body, or `of` and a place, fills [k, close)
 */
function bodyAfter(ctx: QuoteContext, k: number, close: number): boolean {
  const t = ctx.doc.tokens;
  if (t[k]?.lower !== 'of' && t[k]?.lower !== 'at') return false;
  let b = k + 1;
  if (t[b]?.lower === 'the') b++;
  const body = ctx.owner[b];
  if (body?.type !== 'organization' && !(body?.type === 'location' && t[k].lower === 'of')) return false;
  while (b < close && ctx.owner[b] === body) b++;
  return b === close;
}

const bracketEnd = (t: readonly Token[], open: number, close: number) => {
  for (let k = open; k < close; k++) if (t[k].text === ')') return k + 1;
  return -1;
};

/** `Scott's niece`: token k ends a possessor inside a phrase ending at b, so it names whose, not who */
export const isPossessor = (t: readonly Token[], k: number, b: number) => tokenOf(t, k + 1).possessive && k + 2 < b;

/** the tokens of the first actor of `types` (people by default) named in [a, b), a possessor aside, or null */
function actorRun(ctx: QuoteContext, a: number, b: number, types: readonly string[] = ['person']): [number, number] | null {
  for (let k = a; k < b; k++) {
    const e = ctx.owner[k];
    if (!e || !types.includes(e.type)) continue;
    let end = k;
    while (end + 1 < b && ctx.owner[end + 1] === e) end++;
    if (!isPossessor(ctx.doc.tokens, end, b)) return [k, end + 1];
    k = end;
  }
  return null;
}

/** `Rep. Glenn Thompson, R-Pa., said`: the stop of a party-and-state label set off by commas */
const isPartyStateStop = (t: readonly Token[], k: number) =>
  t[k + 1]?.text === ',' && t[k - 2]?.text === '-' && /^[DRI]$/.test(t[k - 3]?.text ?? '') && t[k - 4]?.text === ',' && !!t[k - 1]?.cap;

/**
 * `the Rev. Peter Wherry`, `state Del. Marcia Price`: the full stop of an abbreviated title is part
 * of the name, as is that of a party-and-state label (`Sen. Rand Paul, R-Ky., said`)
 */
export const isTitleStop = (t: readonly Token[], k: number) => t[k].text === '.' && (endsTitleAbbreviation(t, k) || isPartyStateStop(t, k));

/** `told reporters his client was …`, `told the court the deal …`: a determiner after a noun opens the next phrase */
const secondPhrase = (t: readonly Token[], b: number): boolean =>
  (t[b].pos === 'DET' || POSSESSIVE_DETERMINERS.has(t[b].lower)) && (t[b - 1].pos === 'NOUN' || t[b - 1].pos === 'PROPN') && !t[b - 1].possessive;

/** the noun phrase starting at token `from` ("said Sa'ar", "according to a source") */

export function phraseAfter(ctx: QuoteContext, from: number, ceil: number): [number, number] | null {
  const t = ctx.doc.tokens;
  // `warned of the tough fight ahead`: a phrase opened by a preposition is what is spoken of, never who speaks
  if (from >= ceil || t[from].lower === 'of') return null;
  // `said one of them`, `said one of the aides`: a count before `of` opens a phrase that goes on
  const counts = QUANTIFIERS.has(t[from].lower) && t[from + 1]?.lower === 'of' && from + 2 < ceil;
  if (counts && t[from + 2].pos === 'PRON' && !ctx.quoted[from + 2]) return [from, from + 3];
  if (isPronoun(t[from]) && !ctx.quoted[from] && !counts) return [from, from + 1];
  let b = from;
  // `of` after a name (not inside one: "the Bank of England"), or a determiner after a noun, ends the phrase
  const ends = (k: number) => k > from && ((t[k].lower === 'of' && ctx.owner[k - 1] !== undefined && ctx.owner[k] !== ctx.owner[k - 1]) || secondPhrase(t, k));
  while (b < ceil && (isNp(ctx, b) || (b > from && isTitleStop(t, b))) && !ends(b)) b++;
  while (b > from && NP_GLUE.has(t[b - 1].lower) && t[b - 1].text !== '.') b--;
  if (b <= from) return null;
  // "a source close to the talks": the unnamed source keeps what describes it
  const head = sourceHeadAt(ctx, b, from);
  if (head >= 0) {
    const link = postmodifierAt(ctx, head + 1);
    let c = head + 1 + link;
    while (c < ceil && isNp(ctx, c) && t[c].lower !== 'of') c++;
    if (link && c > head + 1 + link) return [from, c];
  }
  return [from, b];
}

/** how far a clause's subject may run after a cue (`said the Khan family deserved …`) */
const CLAUSE_SUBJECT_REACH = 24;

/** a clause starts at token k: `that`, or a subject and a finite verb (`he would`, `the campaign has`) */
export function reportsClause(ctx: QuoteContext, k: number): boolean {
  const t = ctx.doc.tokens;
  if (!t[k] || ctx.quoted[k]) return false;
  if (t[k].lower === 'that') return true;
  const next = t[afterSubject(ctx, k)];
  return !!next && next.paragraph === t[k].paragraph && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')));
}

/** the token right after the noun phrase at token k, where its verb stands if the phrase is a clause's subject; -1 when no phrase opens there */
export function afterSubject(ctx: QuoteContext, k: number): number {
  const p = phraseAfter(ctx, k, Math.min(ctx.doc.tokens.length, k + CLAUSE_SUBJECT_REACH));
  return p ? p[1] : -1;
}

/**
 * the listener a verb of telling names at token `from`: an object pronoun (`told them`, `told her the plan …`; not
 * `her` before a noun, a possessive that opens a phrase: `told her husband`), else the noun phrase there
 */
export function listenerAfter(ctx: QuoteContext, from: number, ceil: number): [number, number] | null {
  const t = ctx.doc.tokens;
  const owns = t[from]?.lower === 'her' && from + 1 < ceil && NOUN_PHRASE_POS.has(t[from + 1].pos) && t[from + 1].pos !== 'DET';
  if (from < ceil && LISTENER_PRONOUNS.has(t[from].lower) && !ctx.quoted[from] && !owns) return [from, from + 1];
  return phraseAfter(ctx, from, ceil);
}

/** how many tokens of a source postmodifier's link start at `i` ("close to" → 2), or 0 */
export function postmodifierAt(ctx: QuoteContext, i: number): number {
  const t = ctx.doc.tokens;
  const link = SOURCE_POSTMODIFIERS.find((words) => words.every((w, k) => t[i + k]?.lower === w && !ctx.quoted[i + k]));
  return link?.length ?? 0;
}

/** the unnamed-source head a phrase ends on, or before the postmodifier it ends inside ("a source close"), or -1 */
function sourceHeadAt(ctx: QuoteContext, b: number, from: number): number {
  const t = ctx.doc.tokens;
  for (let k = b - 1; k >= from && k >= b - 2; k--) if (ANONYMOUS_HEADS.has(t[k].lower) && postmodifierAt(ctx, k + 1)) return k;
  return -1;
}

/** how far a description's postmodifier may run, in tokens (`the boy, who was wearing a hat and …`) */
const POSTMODIFIER_REACH = 30;

/**
 * `the base chief known as Bob`, `audio provided by Wyoming Public Radio`, `a study by economists
 * Peter Schott`, `a man calling himself Paul Paul`, `the designer, who works for G-III`: a
 * description naming no actor keeps what tells who it is, a participle or `by` phrase, or a
 * relative clause up to its comma, conjunction or stop; the phrase itself when none follows (an
 * unnamed source's head takes only SOURCE_POSTMODIFIERS)
 */
export function withPostmodifier(ctx: QuoteContext, p: [number, number], ceil: number): [number, number] {
  const t = ctx.doc.tokens;
  const [a, b] = p;
  const head = t[b - 1];
  // an unnamed source keeps only its own links (`a source quoted by the outlet` is `a source`)
  if (b >= ceil || (head.pos !== 'NOUN' && head.pos !== 'ADJ') || !head.low || ctx.quoted[b] || ANONYMOUS_HEADS.has(head.lower)) return p;
  for (let k = a; k < b; k++) if (ctx.owner[k] && ctx.owner[k]?.type !== 'location') return p;
  const next = t[b];
  const participle =
    (next.pos === 'VERB' || next.pos === 'ADJ') && (next.lower.endsWith('ed') || next.lower === 'known') && PARTICIPLE_LINKS.has(t[b + 1]?.lower ?? '');
  if (participle || next.lower === 'by') {
    const np = phraseAfter(ctx, participle ? b + 2 : b + 1, ceil);
    return np ? [a, np[1]] : p;
  }
  if (next.pos === 'VERB' && next.lower.endsWith('ing')) {
    const k = INTENSIVE_PRONOUNS.has(t[b + 1]?.lower ?? '') ? b + 2 : b + 1;
    const np = phraseAfter(ctx, k, ceil);
    return np && actorRun(ctx, np[0], np[1], ACTORS) ? [a, np[1]] : p;
  }
  const who = next.lower === 'who' ? b : next.text === ',' && t[b + 1]?.lower === 'who' ? b + 1 : -1;
  if (who < 0) return p;
  let e = who + 1;
  const end = Math.min(ceil, who + POSTMODIFIER_REACH);
  while (e < end && t[e].sentence === head.sentence && !ctx.quoted[e] && t[e].text !== ',' && t[e].pos !== 'CCONJ' && !/^[.!?;:]$/.test(t[e].text)) e++;
  return e > who + 1 ? [a, e] : p;
}

/**
 * `said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell`: a title
 * coordinated with a second one before a name reads on to the name, one person with two titles;
 * the phrase itself when no person's name follows `and`
 */
export function withTitledConjunct(ctx: QuoteContext, p: [number, number], ceil: number): [number, number] {
  const t = ctx.doc.tokens;
  const [a, b] = p;
  const last = t[b - 1];
  const titled = TITLE_WORDS.has(last.lower) || TITLE_HEADS.has(last.lower) || isTitleStop(t, b - 1);
  if (!titled || t[b]?.lower !== 'and' || ctx.quoted[b] || actorRun(ctx, a, b)) return p;
  const next = phraseAfter(ctx, b + 1, ceil);
  return next && actorRun(ctx, next[0], next[1]) ? [a, next[1]] : p;
}

/** the question verb at `j` opens its sentence or an adjunct (`when asked …`) */
export function inAdjunct(t: readonly Token[], j: number, floor: number): boolean {
  let p = j - 1;
  while (p >= floor && t[p].pos === 'ADV') p--;
  return QUESTION_VERBS.has(t[j].lower) && (p < floor || ADJUNCT_OPENERS.has(t[p].lower));
}

/** `asked by a reporter whether …`: the question verb at `j` (`n` tokens) names who asks after `by` */
export const askedBy = (t: readonly Token[], j: number, n: number): boolean => QUESTION_VERBS.has(t[j].lower) && t[j + n]?.lower === 'by';
