import { endsInS, isVerbal, tokenAt } from '../core/tokens';
import {
  ARTICLES,
  CLAUSE_OPENERS,
  COORDINATORS,
  DASHES,
  DEMONSTRATIVES,
  FLOATING_QUANTIFIERS,
  NEGATIONS,
  PARTICIPLE_HOSTS,
  POSSESSIVE_DETERMINERS,
  POSSESSOR_PRONOUNS,
  PREPOSITION_WORDS,
  REDUCED_PASSIVE,
  SUBORDINATORS,
} from '../lexicon/function-words';
import type { Entity, Token } from '../core/types';
import type { SieveName } from '../schema';
import { isPersonNoun } from '../lexicon/peoples';
import {
  BE_FORMS,
  CALENDAR,
  DISPOSITION_ADJECTIVES,
  HAVE_FORMS,
  isFiniteProgressive,
  isProgressive,
  isTensedBe,
  MAKE_FORMS,
  POLL_HEADS,
  SHARE_WORDS,
  SPEECH_NOUNS,
  UNTENSED_BE,
} from '../lexicon/speech';
import { ASIDE_RELATIVES, RELATIVES, STATEMENT_NOUNS } from '../lexicon/reported';
import { TITLE_WORDS } from '../lexicon/titles';
import { cueOf, spanOf, type Attribution, type QuoteContext } from './context';
import {
  asideComma,
  askedBy,
  beforeVerbAndWhen,
  beforeVerbGroup,
  inAdjunct,
  isAsideRelative,
  isPronoun,
  isTitleStop,
  phraseAfter,
  phraseBefore,
  withAppositiveName,
  withPostmodifier,
  withTitledConjunct,
} from './phrase';
import { CLAUSE_CLOSERS, cueOfLength } from './cues';
import { readSpeaker } from './speaker';

// who speaks at a cue: once a sieve has chosen the cue that governs a quotation, the speaker's
// phrase is read here, the same way for every sieve

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
 * `Despite challenging …, Cruz said`, `In addition to stating that …, Clinton has vowed`, `Instead of calling himself …`: a
 * gerund right after a preposition that opens its sentence (one of several words: `PREPOSITION_WORDS`) has the main
 * clause's subject, after the comma
 */
function opensWithPreposition(t: readonly Token[], j: number, floor: number): boolean {
  if (t[j - 1]?.pos !== 'ADP' && t[j - 1]?.lower !== 'to') return false;
  let k = j - 1;
  while (k >= floor && t[k].sentence === t[j].sentence && (t[k].pos === 'ADP' || t[k].pos === 'CCONJ' || PREPOSITION_WORDS.has(t[k].lower))) k--;
  return k < floor || t[k].sentence !== t[j].sentence;
}

/**
 * `Promising that his writings would look closer, Bolton said …`, `Having announced that he would not send me to prison,
 * Judge Berman proceeded …`, `Continuing to explain his view, Carson rejected …`: a participle (or `having` and a
 * participle) opening its sentence, the cue at `j` being it or an infinitive right after it, leans on the main clause's
 * subject after the opening clause's comma (PolNeAR train: 19 of 27 such statements found had no speaker or the
 * participle itself)
 */
function opensWithParticiple(ctx: QuoteContext, j: number, floor: number): boolean {
  const t = ctx.doc.tokens;
  const start = ctx.doc.sentences[t[j].sentence].tokenStart;
  let o = start;
  while (o < j && isMark(t[o].text)) o++;
  if (o < floor || ctx.quoted[o]) return false;
  if (t[o].lower === 'having') o++;
  if (o > j) return false;
  if (!t[o].lower.endsWith('ing') && !(o === j && t[o - 1]?.lower === 'having')) return false;
  return j === o || (j === o + 2 && t[o + 1].lower === 'to');
}

/**
 * the main clause's subject after a participle opening the sentence at `j`, where an active verb follows it (`…, Bolton
 * said`); null where none does (`Winning that trifecta would put Trump …` has the gerund for its subject; in `Citing local
 * outlets, the Associated Press reports that …` the phrase was misread to swallow its verb) or where the main clause is
 * passive (`…, the report was filed`)
 */
function subjectAfterOpener(ctx: QuoteContext, j: number): [number, number] | null {
  const t = ctx.doc.tokens;
  const p = mainSubject(ctx, j);
  if (!p) return null;
  let v = p[1];
  while (t[v]?.pos === 'ADV' && !ctx.quoted[v]) v++;
  // `Saying her foot was swollen, the report was filed`: a passive main clause's subject does not act
  if (BE_FORMS.has(t[v]?.lower ?? '') && t[v + 1]?.pos === 'VERB') return null;
  return isVerbal(t[v]) && !ctx.quoted[v] ? p : null;
}

/**
 * `with Gorka noting …`, `footage of Trump saying …`: a participle right after an actor's name, or
 * after `with` and a phrase, has that subject
 */
function withSubject(ctx: QuoteContext, j: number, floor: number): [number, number] | null {
  const t = ctx.doc.tokens;
  if (!t[j].lower.endsWith('ing') || j - 1 < floor) return null;
  // `with Trump reportedly yelling`: an adverb may stand between the subject and its participle
  let end = j;
  while (end - 1 > floor && t[end - 1].pos === 'ADV' && !ctx.owner[end - 1] && !ctx.quoted[end - 1]) end--;
  const e = ctx.owner[end - 1];
  if (e && e.type !== 'location' && !ctx.quoted[end - 1] && !CALENDAR.has(t[end - 1].lower)) {
    let k = end - 1;
    while (k - 1 >= floor && ctx.owner[k - 1] === e) k--;
    const before = t[k - 1];
    if (before?.pos !== 'ADP' || PARTICIPLE_HOSTS.has(before.lower)) return [k, end];
  }
  const p = phraseBefore(ctx, end, floor);
  if (!p || p[1] !== end) return null;
  // `a new poll showing …`, `which included staff members suggesting …`, `featuring voters telling …`: a phrase headed by a
  // poll or by people, right before the participle, is what it leans on (a document is not: `issued a statement saying`
  // is the issuer's)
  if (t[p[0] - 1]?.lower === 'with') return p;
  // (one after `to` is whom the subject addresses: `making a pitch to New York voters saying …`)
  return t[end - 1].pos === 'NOUN' && !ctx.quoted[end - 1] && sayingHead(t[end - 1].lower) && t[p[0] - 1]?.lower !== 'to' ? p : null;
}

/** nouns for who says a thing or a poll that finds it: `a poll`, `staff members`, `voters` */
const sayingHead = (lower: string): boolean => POLL_HEADS.has(lower) || isPersonNoun(lower) || lower === 'members';

/**
 * `Democrat Hillary Clinton has taken a swipe at Trump’s stance, saying …`: a participle leans on
 * the subject of the finite verb nearest before it in its sentence, not on the first name there
 * (a dateline's agency, a name inside an opening clause)
 */
function clauseSubject(ctx: QuoteContext, j: number, floor: number): [number, number] | null {
  const t = ctx.doc.tokens;
  const predicate = predicateBefore(t, j, floor);
  if (predicate >= 0) {
    // `It is right to say …`, `it is likely to …`: an `it` there stands for no one
    const p = phraseBefore(ctx, predicate, floor, true);
    return p && p[1] - p[0] === 1 && t[p[0]].lower === 'it' ? null : p;
  }
  for (let v = j - 1; v >= floor; v--) {
    if (
      ctx.quoted[v] ||
      // `she will have to continue to emphasize …`, `He has to argue …`: `have` right before an infinitive's `to` is the
      // chain's verb (not a be: `his best response was to say …` names what the response was)
      (t[v].pos !== 'VERB' && !pastAsAdjective(t, v) && !(HAVE_FORMS.has(t[v].lower) && t[v + 1]?.lower === 'to')) ||
      // `the senator is sticking to his message, hoping …`: a progressive is a finite verb with its subject before it, for a
      // participle set off by a comma (not one inside a phrase: `is playing a key role in deciding …`)
      // so is one an infinitive's chain hangs on (`The Republican elite is struggling to understand …`, `He's trying to call`)
      (t[v].lower.endsWith('ing') &&
        !(isProgressive(t, v) && t[j - 1]?.text === ',') &&
        !(isFiniteProgressive(t, v) && v === j - 2 && t[j - 1].lower === 'to')) ||
      infinitive(t, v) ||
      // `spoke about the proposed border wall, saying …`: a verb's form after an article or a possessive modifies a noun
      ARTICLES.has(t[v - 1]?.lower ?? '') ||
      POSSESSIVE_DETERMINERS.has(t[v - 1]?.lower ?? '') ||
      isObjectNoun(ctx, v, floor)
    )
      continue;
    const first = coordinatedWith(ctx, v, floor);
    const p = phraseBefore(ctx, first >= 0 ? first : v, floor, true);
    // `Christie repeated claims that Rubio recites his lines, calling him …`, `Costa said the club had
    // received an offer, adding …`: a verb in a that-clause, or in a clause a cue reports, is not the
    // one the participle hangs on; the search goes on before `that`, or from the cue (an infinitive
    // stays in its clause: `said Jones was right to urge …`)
    if (p && t[p[0] - 1]?.lower === 'that' && p[0] - 2 >= floor) {
      v = p[0] - 1;
      continue;
    }
    if (p && t[j].lower.endsWith('ing') && p[0] - 1 >= floor && ctx.cues[p[0] - 1] && !ctx.quoted[p[0] - 1]) {
      v = p[0];
      continue;
    }
    return p;
  }
  return null;
}

/**
 * `They were especially hard on him over Israel, challenging him …`: with no verb before it, a participle set off by a
 * comma leans on the subject of the sentence's copula (a tensed be)
 */
function copulaSubject(ctx: QuoteContext, j: number, floor: number): [number, number] | null {
  const t = ctx.doc.tokens;
  if (t[j - 1]?.text !== ',') return null;
  for (let v = j - 2; v >= floor; v--) {
    if (ctx.quoted[v] || !isTensedBe(t[v])) continue;
    return phraseBefore(ctx, v, floor, true);
  }
  return null;
}

/** the verb at `v` is an infinitive: `to` before it, or before the adverbs before it (`continued to awkwardly veer`) */
function infinitive(t: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k > 0 && t[k].pos === 'ADV' && t[k].sentence === t[v].sentence) k--;
  return t[k]?.lower === 'to';
}

/**
 * `suggested boycotting Apple if the company did not help …; clashed with …; and posted …`: the subject of the clause
 * before `v` (clauseSubject), unless a subordinator opens that clause, whose subject is no coordinated verb's
 */
function mainClauseSubject(ctx: QuoteContext, v: number, floor: number): [number, number] | null {
  const p = clauseSubject(ctx, v, floor);
  return p && !SUBORDINATORS.has(ctx.doc.tokens[p[0] - 1]?.lower ?? '') ? p : null;
}

/** how many adverbs and adjectives may stand between a form of be and the infinitive's `to`: `are slightly more likely to say` */
const PREDICATE_REACH = 4;

/**
 * `Democratic voters are slightly more likely to say …`, `he was quick to deny …`: an infinitive after a form of be and
 * an adjective of the subject's disposition has the be's subject; the index of that form of be, or -1
 */
function predicateBefore(t: readonly Token[], j: number, floor: number): number {
  // `He's been careful not to mention …`: a negation may stand between the adjective and `to`
  const a = NEGATIONS.has(t[j - 2]?.lower ?? '') ? j - 3 : j - 2;
  if (t[j - 1]?.lower !== 'to' || !DISPOSITION_ADJECTIVES.has(t[a]?.lower ?? '')) return -1;
  for (let v = a - 1; v >= floor && v >= a - PREDICATE_REACH; v--) {
    if (BE_FORMS.has(t[v].lower)) return v;
    // `are all quick to point out`: a quantifier floating off the subject may stand there too
    if (t[v].pos !== 'ADV' && t[v].pos !== 'ADJ' && !FLOATING_QUANTIFIERS.has(t[v].lower)) return -1;
  }
  return -1;
}

/**
 * `The senator inflamed tensions`: a past form the tagger calls an adjective is the verb when a noun's
 * head stands before it and its object after it
 */
function pastAsAdjective(t: readonly Token[], v: number): boolean {
  const before = t[v - 1];
  const after = t[v + 1];
  if (!before || !after || t[v].pos !== 'ADJ' || !t[v].lower.endsWith('ed') || before.sentence !== t[v].sentence) return false;
  return (before.pos === 'NOUN' || before.pos === 'PROPN') && !before.possessive && (after.pos === 'NOUN' || after.pos === 'DET' || after.pos === 'PRON');
}

/**
 * `posted a Twitter comment of her own, saying`, `behind Sen. Ted Cruz, saying`: a word the tagger
 * calls a verb is no finite verb when a name covers it or when the phrase before it follows a verb
 * (that phrase is the verb's object, the word its noun)
 */
function isObjectNoun(ctx: QuoteContext, v: number, floor: number): boolean {
  const t = ctx.doc.tokens;
  if (ctx.owner[v] || (t[v].cap && t[v - 1]?.sentence === t[v].sentence)) return true;
  const p = phraseBefore(ctx, v, floor);
  if (p && p[1] === v && t[p[0]].pos === 'DET' && t[p[0] - 1]?.pos === 'VERB') return true;
  // `he echoed that comment, recalling`: after a verb and a demonstrative, the word is the verb's object
  return DEMONSTRATIVES.has(t[v - 1]?.lower ?? '') && t[v - 2]?.pos === 'VERB';
}

/**
 * `Scott beamed and asked the crowd …`, `The nominee outlined his plan and vowed to …`: a verb
 * coordinated with an earlier one in its sentence shares its subject; the earlier verb's index, or -1
 */
function coordinatedWith(ctx: QuoteContext, j: number, floor: number): number {
  const t = ctx.doc.tokens;
  let k = j - 1;
  // `but did note`, `and has called for`: an auxiliary and a negation between the conjunction and the verb
  while (k >= floor && (t[k].pos === 'ADV' || t[k].pos === 'AUX' || NEGATIONS.has(t[k].lower))) k--;
  // `offered the man a job, then says …`: a comma and `then` join the verbs as `and` does
  const then = t[k]?.text === ',' && t[k + 1]?.lower === 'then';
  const series = inSeries(ctx, j, k);
  if (k < floor || (t[k].lower !== 'and' && t[k].lower !== 'but' && !then && !series)) return -1;
  for (let v = k - 1; v >= floor; v--) {
    // a series' verbs stand in one clause each, no comma inside the one before
    if (series && !ctx.quoted[v] && (t[v].text === ',' || t[v].text === ';')) return -1;
    if (ctx.quoted[v] || t[v].text === ',' || t[v].text === ';') continue;
    // `used to support Paul, but now said`: an infinitive is no finite verb with a subject of its own;
    // an -ing form is one after a form of be (`He’s comparing the orders … and says`)
    const finite = !t[v].lower.endsWith('ing') || isProgressive(t, v);
    // `Mr. McKinley is bearish on student loans and expects …`: a tensed be before no verb is a copula, a verb of its clause
    const copula = !series && t[v].pos === 'AUX' && isTensedBe(t[v]) && t[v + 1]?.pos !== 'VERB';
    if (copula) return reportingVerbOver(ctx, v, floor);
    if (t[v].pos !== 'VERB' || !finite || t[v - 1]?.lower === 'to') continue;
    if (series && (t[v].lower.endsWith('ing') || endsInS(t[v]) !== endsInS(t[j]))) return -1;
    const over = reportingVerbOver(ctx, v, floor);
    // `Clinton attacked Trump, saying he would appoint judges who would overturn Roe v. Wade, and reminded …`: a
    // participle set off by a comma is an aside; the verb coordinated with the cue comes before it
    if (!series && t[over].lower.endsWith('ing') && t[over - 1]?.text === ',' && !isProgressive(t, over)) {
      v = over - 1;
      continue;
    }
    return over;
  }
  return -1;
}

/** what follows a verb used as an adjective (`color-coded, timed tickets`): a verb in a series takes its object or complement */
const MODIFIED_POS = new Set(['NOUN', 'ADJ']);

/** words after a verb of saying that keep it in a series of verbs, no inverted cue: `…, admitted that …`, `…, admitted it …` */
const SERIES_OPENERS: ReadonlySet<string> = new Set(['that', 'it']);

/**
 * `Trump joked about stereotypes, declined to affirm …`, `they reversed themselves, rushed everyone inside and said …`: a
 * comma or a semicolon (at `k`) right before the finite verb at `j` joins a series of verbs as `and` does; not a verb
 * that inverts (`…, said Lee Epstein`), nor one before a noun it modifies
 */
function inSeries(ctx: QuoteContext, j: number, k: number): boolean {
  const t = ctx.doc.tokens;
  if (k !== j - 1 || (t[k]?.text !== ',' && t[k]?.text !== ';') || t[j].pos !== 'VERB' || t[j].lower.endsWith('ing')) return false;
  // `obfuscated facts, admitted it withheld …`: a verb that may invert is in the series when `that` or `it` follows it,
  // which no inverted subject is
  return (!ctx.cues[j]?.inverts || SERIES_OPENERS.has(t[j + 1]?.lower ?? '')) && !MODIFIED_POS.has(t[j + 1]?.pos ?? '');
}

/**
 * `Arteta said he hoped Saka would return but refused to …`: a verb inside what a cue before it reports
 * is that cue's clause's, and the verb coordinated after it the cue's; so is a cue inside what another
 * reports (`Ginsburg said … that she didn't want to think about it and predicted …`): the outermost cue
 * before `v` in its clause (`v` itself among them), or `v` when none
 */
function reportingVerbOver(ctx: QuoteContext, v: number, floor: number): number {
  // `admitted that the course name that appeared in his book was wrong, but said …`: a cue in a relative clause is that
  // clause's, and the search goes on before it
  const t = ctx.doc.tokens;
  const reports = (c: number) => !!ctx.cues[c] && !RELATIVES.has(t[c - 1]?.lower ?? '');
  let outer = reports(v) ? v : -1;
  // `After Jones criticized the plan, Smith voted for it but …`: a comma closes the clause a cue before it reports
  for (let c = v - 1; c >= floor && t[c].text !== ','; c--) {
    // `said … after she attacked the police and blamed …`: a cue in an adverbial clause is the one coordinated
    // (the tagger may call the word a preposition: a pronoun after it is a clause's subject, `after she attacked`)
    if (outer >= 0 && SUBORDINATORS.has(t[c].lower) && (t[c].pos === 'SCONJ' || t[c + 1].pos === 'PRON')) break;
    // `suggested … that she is unqualified -- but said …`: nor past a dash or another clause's end
    if (outer >= 0 && (CLAUSE_CLOSERS.has(t[c].text) || DASHES.has(t[c].text)) && !ctx.quoted[c]) break;
    if (reports(c) && !ctx.quoted[c] && t[c].pos === 'VERB') outer = c;
  }
  return outer >= 0 ? outer : v;
}

/**
 * `“…,” said lead author Melody Ding`: a lowercase word the tagger calls a verb right after an
 * inverted cue, with a noun after it and a person's name ending the phrase, premodifies the
 * speaker's description (`lead`, `acting`); `said lead poisoning was rising` names nobody
 */
function premodifiedName(ctx: QuoteContext, k: number, ceil: number): [number, number] | null {
  const t = ctx.doc.tokens;
  if (!t[k] || t[k].cap || t[k].pos !== 'VERB' || ctx.quoted[k] || t[k + 1]?.pos !== 'NOUN') return null;
  const p = phraseAfter(ctx, k + 1, ceil);
  return p && ctx.owner[p[1] - 1]?.type === 'person' ? [k, p[1]] : null;
}

/**
 * `“…,” said Sa'ar` / `Said Sa'ar: “…”`: the subject after an inverting verb. before the quotation a
 * phrase followed by a verb is the subject of the clause said (`said the program is a “…”`), not
 * who says it; a pronoun there (`said he was “…”`) mostly is the speaker, and is kept
 */
function invertedSubject(ctx: QuoteContext, j: number, ceil: number, anchor: number): [number, number] | null {
  const p = phraseAfter(ctx, j + 1, ceil) ?? premodifiedName(ctx, j + 1, ceil);
  const t = ctx.doc.tokens;
  if (!p || (p[1] - p[0] === 1 && isPronoun(t[p[0]]))) return p;
  const named = withAppositiveName(ctx, withTitledConjunct(ctx, p, ceil), ceil);
  if (t[j].start > anchor || p[1] >= ceil) return named;
  return isVerbal(t[p[1]]) ? null : named;
}

/** how far before a phrase its share may stand, in tokens (`31 % of Republicans and | Republican-leaning voters`) */
const SHARE_REACH = 4;

/** `six in 10`: a count out of ten ending right before token `a` or opening the phrase there */
const outOfTen = (ctx: QuoteContext, k: number) => ctx.doc.tokens[k]?.lower === 'in' && ctx.doc.tokens[k + 1]?.text === '10';

/**
 * `In a March poll, 75 percent of Republicans said …`, `The poll finds that six in 10 say …`: a
 * share of those asked speaks through the poll or survey the sentence names before it; the phrase
 * itself when it is no share or no poll is named there
 */
function throughPoll(ctx: QuoteContext, p: [number, number] | null, floor: number): [number, number] | null {
  const t = ctx.doc.tokens;
  if (!p) return p;
  // `31% of Republicans and Republican-leaning voters`: the share may open a conjunct before the phrase
  let from = p[0];
  while (from > floor && from > p[0] - SHARE_REACH && !CLAUSE_CLOSERS.has(t[from - 1].text) && !ctx.quoted[from - 1]) from--;
  let share = false;
  for (let k = from; k < p[1] && !share; k++) share = SHARE_WORDS.has(t[k].lower) || outOfTen(ctx, k);
  if (!share) return p;
  const sentence = t[p[0]].sentence;
  for (let k = p[0] - 1; k >= floor && t[k].sentence === sentence; k--) {
    if (!POLL_HEADS.has(t[k].lower) || ctx.quoted[k]) continue;
    const poll = phraseBefore(ctx, k + 1, floor);
    return poll && poll[1] === k + 1 ? poll : p;
  }
  return p;
}

/** how far a source after `according to` may run when its phrase is misread, in tokens */
const SOURCE_REACH = 12;

/**
 * `according to a new Associated Press-GfK poll` (wink: "new" an adverb, "Associated" a verb), `according to even his own
 * supporters`: what follows `according to` is its source's phrase whatever the tagger calls its words; when no phrase was
 * read there, the words up to the clause's end (a comma, a stop, a bracket, a quotation mark), an opening adverb left out
 */
function sourceToClauseEnd(ctx: QuoteContext, from: number, ceil: number): [number, number] | null {
  const t = ctx.doc.tokens;
  let a = from;
  while (a < ceil && t[a].pos === 'ADV' && !ctx.quoted[a]) a++;
  let b = a;
  const end = Math.min(ceil, a + SOURCE_REACH);
  while (b < end && !ctx.quoted[b] && t[b].sentence === t[a].sentence && !(t[b].punct && t[b].text !== '-')) b++;
  // a source runs to its clause's end: one cut short by the reach names no one
  return b > a && (b === ceil || t[b].punct || ctx.quoted[b] || t[b].sentence !== t[a].sentence) ? [a, b] : null;
}

/** the owner a possessive names right before the noun at `j`: `his` in `his claim`, `Trump` in `Trump's promise`; null when none */
function ownerBefore(ctx: QuoteContext, j: number, floor: number): [number, number] | null {
  const t = ctx.doc.tokens;
  if (j - 1 < floor || ctx.quoted[j - 1]) return null;
  if (POSSESSOR_PRONOUNS[t[j - 1].lower]) return [j - 1, j];
  if (!t[j - 1].possessive || j - 2 < floor) return null;
  const owner = ctx.owner[j - 2];
  if (!owner || owner.type === 'location' || ctx.quoted[j - 2]) return null;
  let k = j - 2;
  while (k - 1 >= floor && ctx.owner[k - 1] === owner) k--;
  return [k, j - 1];
}

/** how far an aside set off right after a relative pronoun may run, in tokens: `who, on a press call Friday, criticized` */
const RELATIVE_ASIDE_REACH = 12;

/**
 * `Speaker Paul D. Ryan, who was reluctant to end …`, `Donald J. Trump, who last week injected …`, `Bruce Turry, who, like
 * several others, remembered …`: a speaker read back past a relative pronoun whose clause runs on to the cue at `j` is the
 * pronoun's antecedent, and the words at the cue are the pronoun, as for `Ted Cruz, who said …` (PolNeAR marks the
 * pronoun the source); not where a comma closes the relative clause first (`Clinton, who was there, said …`)
 */
function relativeAtCue(ctx: QuoteContext, found: Omit<Attribution, 'cue'>, j: number): Omit<Attribution, 'cue'> {
  const t = ctx.doc.tokens;
  const m = found.speaker.mention;
  if (!m || m.end > t[j].start) return found;
  let r = tokenAt(t, m.end);
  if (t[r]?.text === ',' && !ctx.quoted[r]) r++;
  if (r >= j || !ASIDE_RELATIVES.has(t[r].lower) || ctx.quoted[r]) return found;
  let k = r + 1;
  if (t[k].text === ',') {
    const close = asideComma(ctx, k, 1, RELATIVE_ASIDE_REACH);
    if (close < 0 || close >= j) return found;
    k = close + 1;
  }
  let verb = -1;
  for (; k < j; k++) {
    if ((t[k].punct && t[k].text !== '-') || ctx.quoted[k]) return found;
    // a form of `be` before no other verb is the clause's verb too (`who had been an exchange student asked …`)
    const copula = BE_FORMS.has(t[k].lower) && !isVerbal(t[k + 1]) && t[k + 1]?.pos !== 'ADV' && t[k + 1]?.pos !== 'PART';
    if (verb < 0 && (t[k].pos === 'VERB' || copula)) verb = k;
  }
  // the cue is the relative's own verb, or coordinated with it (`who made enemies and bragged`), its infinitive (`who was
  // reluctant to endorse`) or a gerund after a preposition (`who injected … by questioning`); after another verb it is the
  // main clause's (`the groups who wrote to her say …`)
  const gerund = t[j - 1]?.pos === 'ADP' && t[j].lower.endsWith('ing');
  if (verb >= 0 && !gerund && t[j - 1]?.lower !== 'to' && !COORDINATORS.has(t[beforeVerbGroup(ctx, j, r)]?.lower ?? '')) return found;
  return { ...found, speaker: { ...found.speaker, form: 'pronoun', mention: spanOf(ctx.doc, t[r], t[r]) } };
}

/** how many coordinated verbs back a cue's subject is looked for: `shook hands and posed for photos and asked …` */
const COORDINATED_HOPS = 3;

/**
 * the speaker of the cue at token `j` (`n` tokens long, as cueAt gives it), by the cue's frame: its
 * subject before it, the source after "according to" or an inverted "said X", the sentence's actor
 * for a participle ("claiming")
 */
export function speakerOfCue(ctx: QuoteContext, j: number, n: number, floor: number, ceil: number, anchor: number, sieve: SieveName): Attribution | null {
  const t = ctx.doc.tokens;
  const cue = cueOf(ctx.doc, t[j], t[j + n - 1]);
  // `he made it clear that …`, `a letter making it clear that …`: the `it` before the cue stands for the clause after it; who
  // makes it clear speaks
  if (n === 1 && j - 2 >= floor && t[j - 1].lower === 'it' && MAKE_FORMS.has(t[j - 2].lower)) {
    const maker = speakerOfCue(ctx, j - 2, 1, floor, ceil, anchor, sieve);
    return maker && { ...maker, cue };
  }
  const { frame, inverts } = ctx.cues[j] ?? cueOfLength(t, j, n);
  const read = (p: [number, number] | null) => (p ? readSpeaker(ctx, p, anchor, sieve) : null);
  // a source named after its cue keeps what tells who it is (`according to audio provided by WPR`)
  const described = (p: [number, number] | null) => (p ? withPostmodifier(ctx, p, ceil) : null);
  let found: Omit<Attribution, 'cue'> | null | undefined;
  // `was described by some as …`: a passive verb's subject is spoken of; its agent after `by` speaks
  // `when asked about the race`: a reduced passive after a conjunction names no speaker
  // `when asked by a reporter whether …`, `Rubio was asked by moderator Gerard Baker whether …`: a question put in the
  // passive or in an adjunct is asked by its agent after `by`
  if (askedBy(t, j, n) && (frame === 'passive' || inAdjunct(t, j, floor))) found = read(described(phraseAfter(ctx, j + n + 1, ceil)));
  else if (n === 1 && REDUCED_PASSIVE.has(t[j - 1]?.lower ?? '') && !t[j].lower.endsWith('ing')) found = null;
  // `There's no denying he …`: a gerund after `no` is a noun, no one's act
  else if (t[j].lower.endsWith('ing') && t[j - 1]?.lower === 'no') found = null;
  else if (frame === 'passive') found = t[j + 1]?.lower === 'by' ? read(described(phraseAfter(ctx, j + 2, ceil))) : null;
  else if (frame === 'source-first') {
    found = read(described(phraseAfter(ctx, j + n, ceil)));
    if (!found && t[j].lower === 'according') found = read(sourceToClauseEnd(ctx, j + n, ceil));
  }
  // a participle or an infinitive (`took to Twitter to accuse …`) leans on the sentence's actor
  else if (frame === 'non-finite') {
    // `Jeb Bush's calling him a jerk`, `his saying that …`: a gerund's possessive names who does it
    const owner = t[j].lower.endsWith('ing') ? ownerBefore(ctx, j, floor) : null;
    found =
      read(owner) ??
      (opensWithParticiple(ctx, j, floor) ? read(subjectAfterOpener(ctx, j)) : null) ??
      read(withSubject(ctx, j, floor)) ??
      read(clauseSubject(ctx, j, floor)) ??
      read(actorBefore(ctx, j, floor)) ??
      read(copulaSubject(ctx, j, floor)) ??
      read(phraseBefore(ctx, j, floor, true));
    if (!found && (CLAUSE_OPENERS.has(t[j - 1]?.lower ?? '') || opensWithPreposition(t, j, floor))) found = read(mainSubject(ctx, j));
  }
  // only verbs of saying invert (`said Sa'ar`); after `described`, `blasted` or `told` comes who is spoken of
  else {
    // `Puerto Rico has been warning`: the subject stands before the whole verb group, the untensed be too
    const group = UNTENSED_BE.has(t[j - 1]?.lower ?? '') ? j - 1 : j;
    // `his claim that …`, `Trump's promise to …`: a noun of saying reports its owner's words, named by the possessive
    // before it (a reported statement's; a quotation's speaker is read as it was)
    const noun = STATEMENT_NOUNS.has(t[j].lower) || SPEECH_NOUNS.has(t[j].lower);
    const owned = noun && sieve.startsWith('reported') ? ownerBefore(ctx, j, floor) : null;
    if (owned) found = read(owned);
    // `Having announced that …, Judge Berman proceeded`: a perfect participle opening the sentence has the main clause's subject
    else if (opensWithParticiple(ctx, j, floor)) found = read(subjectAfterOpener(ctx, j));
    else found = read(throughPoll(ctx, phraseBefore(ctx, group, floor, true), floor));
    // `Scott beamed and asked the crowd`: a coordinated verb's subject comes before an inverted reading
    // `He shook hands and posed for photos and asked workers`: the first of a chain of coordinated verbs has the subject
    // the chain's first verb is `head`, where a relative pronoun before it speaks (below)
    let head = j;
    for (let first = found ? -1 : coordinatedWith(ctx, j, floor), hops = 0; first >= 0 && !found && hops < COORDINATED_HOPS; hops++) {
      head = first;
      found = read(phraseBefore(ctx, first, floor, true));
      first = coordinatedWith(ctx, first, floor);
    }
    if (!found && inverts) found = read(described(invertedSubject(ctx, j, ceil, anchor)));
    // `Ted Cruz, who (also) said he would …`: a relative set off by a comma speaks for the phrase before
    // the comma, which names the speaker; the words at the cue are the relative pronoun, as `he` is
    // a pronoun's (PolNeAR's gold marks `who` the source 567 times over its train split); so does one before the first
    // of coordinated verbs (`Weaver, who came out and endorsed Clinton`)
    const who = beforeVerbAndWhen(ctx, head, floor);
    if (!found && isAsideRelative(t, who, floor)) {
      const named = read(phraseBefore(ctx, who - 1, floor, true));
      const mention = spanOf(ctx.doc, t[who], t[who]);
      found = named && { ...named, speaker: { ...named.speaker, form: 'pronoun', mention } };
    }
    // `Twitter reported flat growth and worse-than-expected revenue, and said …`: the verb a coordinated cue was found
    // with may stand in the first verb's object, with no phrase before it; the clause's verb before it has the subject
    // `a young boy who stared at a painting and asked …`: one after `who` with no comma has the phrase `who` describes (not
    // after `that`: `explored the changes that wiped out … and discussed …` coordinates with the clause's verb)
    if (!found && head !== j) {
      // `Sanders - who digested …`: a dash before `who` is no word of the phrase
      const described = DASHES.has(t[who - 1]?.text ?? '') ? who - 1 : who;
      found = read(t[who]?.lower === 'who' && !ctx.quoted[who] ? phraseBefore(ctx, described, floor, true) : mainClauseSubject(ctx, head, floor));
    }
  }
  return found ? { ...relativeAtCue(ctx, found, j), cue } : null;
}
