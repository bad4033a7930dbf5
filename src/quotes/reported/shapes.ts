import { isVerbal } from '../../core/tokens';
import type { Token } from '../../core/types';
import { CLAUSE_ONLY } from '../../lexicon/belief';
import type { SieveName } from '../../schema';
import {
  ADJUNCT_OPENERS,
  COMPARING_AS,
  CONTENT_OPENERS,
  LISTENER_FIRST,
  MEASURES,
  NAMING_VERBS,
  OPENING_CLAUSE,
  POSSESSIVES,
  QUESTION_VERBS,
  RAISING_PASSIVES,
  RAISING_VERBS,
  RELATIVES,
  REPORTING_ADVERBS,
  SENTENCE_OPENERS,
  SPEECH_EVENTS,
} from '../../lexicon/reported';
import { BE_FORMS, CALENDAR, TIME_MODIFIERS, TIME_NOUNS } from '../../lexicon/speech';
import type { QuoteContext } from '../context';
import type { Cue } from '../cues';
import { beforeVerb, isAsideWho, phraseAfter, phraseBefore } from '../phrase';
import { clauseEnd, hasVerb, type Piece, SUBJECT_POS, subjectAndVerb, trimmed } from './content';

/** where a statement's words lie (token pieces, two when the cue breaks them) and how far after the cue its speaker may be read (`said Smith`) */
export interface Reading {
  pieces: Piece[];
  speakerCeil: number;
  /** a phrase will do as content, no verb needed: `called for a ban`, `praised the plan` */
  phrase?: boolean;
  /** nobody says it: `the deal appears to be dead` names no source */
  speakerless?: boolean;
}

/** the shapes' names, as a speaker's `sieve` gives them after `reported:` */
export type ShapeName = SieveName extends infer N ? (N extends `reported:${infer S}` ? S : never) : never;

/** one shape a reported statement takes around its cue */
export interface Shape {
  /** its name after `reported:` in SIEVE_NAMES */
  name: ShapeName;
  reason: string;
  read(ctx: QuoteContext, j: number, cue: Cue, floor: number, ceil: number): Reading | null;
}

/** how many tokens a reporting clause may run on after its cue and still close the statement (`…, Smith said in a statement Monday.`) */
const TAIL = 8;
/** how far after the cue a `that` may open the content (`told reporters on Monday that …`) */
const THAT_REACH = 14;

const isMark = (tok: Token) => /^(?:[“”"‘’'«»]+|''|``)$/u.test(tok.text);
const isDash = (text: string) => /^(?:[\u2014\u2013-]|--)$/.test(text);
const isStop = (text: string) => /^[.!?;:]$/.test(text);

/** `according to X, …` / `…, according to X`: the source follows the cue, the content is the rest of the sentence */
const accordingTo: Shape = {
  name: 'according-to',
  reason: 'a source-first cue reports the clause it opens or closes',
  read(ctx, j, cue, floor, ceil) {
    if (cue.frame !== 'source-first') return null;
    const t = ctx.doc.tokens;
    let k = j - 1;
    while (k >= floor && (t[k].punct || SENTENCE_OPENERS.has(t[k].lower))) k--;
    // the content starts after the comma that closes the source
    const source = phraseAfter(ctx, j + cue.length, ceil);
    let a = source ? source[1] : j + cue.length;
    let comma = false;
    for (let c = j + cue.length; c < ceil && c < j + cue.length + TAIL * 2; c++) {
      if (isStop(t[c].text)) break;
      if (t[c].text === ',') {
        a = c + 1;
        comma = true;
        break;
      }
    }
    // `In a new poll, conducted in May, most voters …`: a participle set off after the source still describes it
    if (comma && a < ceil && t[a].pos === 'VERB' && /(?:ed|ing)$/.test(t[a].lower) && !ctx.cues[a])
      for (let c = a + 1; c < ceil && c < a + TAIL * 2 && !isStop(t[c].text); c++)
        if (t[c].text === ',') {
          a = c + 1;
          break;
        }
    if (k < floor) return { pieces: [trimmed(t, [a, clauseEnd(ctx, a, ceil)])], speakerCeil: ceil };
    const before = trimmed(t, [floor, j]);
    // `Fundraising, according to the campaign, has surged`: set off inside the content, the source breaks it when the predicate
    // follows (an apposition there, `…, head of the center`, still names the source)
    if (!comma || t[j - 1]?.text !== ',' || a >= ceil || ctx.quoted[a] || !isVerbal(t[a])) return { pieces: [before], speakerCeil: ceil };
    const rest = trimmed(t, [a, clauseEnd(ctx, a, ceil)]);
    return { pieces: rest[1] - rest[0] >= 2 ? [before, rest] : [before], speakerCeil: ceil };
  },
};

/** the first token of the reporting clause around the cue at `j` (`officials said`, `said X`), and its last */
function reportingClause(ctx: QuoteContext, j: number, cue: Cue, floor: number, ceil: number): [number, number] | null {
  const t = ctx.doc.tokens;
  const after = j + cue.length;
  if (cue.inverts && t[j - 1]?.text === ',') return [j, phraseAfter(ctx, after, ceil)?.[1] ?? after];
  const subject = phraseBefore(ctx, j, floor);
  if (!subject) return null;
  // `…, her friend said`: a possessive pronoun opens the phrase the reader stops before
  const start = subject[0] > floor && POSSESSIVES.has(t[subject[0] - 1].lower) ? subject[0] - 1 : subject[0];
  return [start, after];
}

/** `The talks stalled, officials said.` / `The talks, officials said, stalled.`: the content before the reporting clause, and after it when it breaks the content */
const fronted: Shape = {
  name: 'fronted',
  reason: 'a reporting clause set off by a comma after the content, or inside it',
  read(ctx, j, cue, floor, ceil) {
    if (cue.frame !== 'finite') return null;
    const t = ctx.doc.tokens;
    // `…, Smith told reporters.`: the listener is part of the reporting clause
    const listener = LISTENER_FIRST.has(t[j].lower) ? phraseAfter(ctx, j + cue.length, ceil) : null;
    const after = listener?.[1] ?? j + cue.length;
    // verbs of saying, or any cue closing its sentence (`…, a new poll shows.`): `praised Trump, stating …` names its object, not a speaker of what went before;
    // any cue set off by commas inside the content (`Such efforts, they believe, will fail`) breaks it before its predicate
    const predicate = t[after + 1];
    const breaking = t[after]?.text === ',' && !!predicate && isVerbal(predicate) && !predicate.lower.endsWith('ing') && !ctx.quoted[after + 1];
    if (!cue.inverts && after < ceil && !isStop(t[after].text) && !breaking) return null;
    const reading = reportingClause(ctx, j, cue, floor, ceil);
    if (!reading) return null;
    const clause: [number, number] = [reading[0], Math.max(reading[1], after)];
    let m = clause[0] - 1;
    while (m >= floor && isMark(t[m])) m--;
    if (m <= floor || (t[m].text !== ',' && !isDash(t[m].text))) return null;
    const before = trimmed(t, [floor, clause[0]]);
    let e = clause[1];
    // the clause's tail says when and where (`in a statement Monday`); an object or a verb there makes the words after the cue its content
    if (clause[1] < ceil && (t[clause[1]].pos === 'PROPN' || t[clause[1]].pos === 'PRON')) return null;
    while (e < ceil && e < clause[1] + TAIL && t[e].text !== ',' && !isDash(t[e].text) && !isStop(t[e].text)) {
      if (t[e].lower === 'that' || isVerbal(t[e])) return null;
      e++;
    }
    if (e >= ceil || isStop(t[e].text)) return { pieces: [before], speakerCeil: ceil };
    if (t[e].text !== ',' && !isDash(t[e].text)) return null;
    // after a whole clause, `…, said Jane Doe, a professor at …` goes on naming the source, `…, Cruz explained, recalling …` adds the reporter's words
    const next = t[e + 1];
    const inverted = reading[0] === j && hasVerb(ctx, before[0], before[1]) && next && !isVerbal(next);
    if (inverted || (next && next.lower !== 'including' && next.pos === 'VERB' && next.lower.endsWith('ing'))) return { pieces: [before], speakerCeil: ceil };
    const rest = trimmed(t, [e + 1, clauseEnd(ctx, e + 1, ceil)]);
    return { pieces: rest[1] - rest[0] >= 2 ? [before, rest] : [before], speakerCeil: ceil };
  },
};

/** parts of speech a phrase reported as content opens with (`praised the plan`, `called Trump a liar`) */
const PHRASE_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * token `k` may open what the cue reports: not another cue (`reports claimed …`: the first was a
 * noun), not a quotation (the statement is the quote itself), and after a verb of saying not a preposition (`said in a statement issued …`, `quoted by
 * the outlet`) but `to` before a verb; a verb of stance takes one (`called for a ban`)
 */
function opensContent(ctx: QuoteContext, k: number, saying: boolean): boolean {
  const t = ctx.doc.tokens;
  if (ctx.cues[k] || ctx.quoted[k]) return false;
  if (!saying || t[k].pos !== 'ADP' || (CONTENT_OPENERS.has(t[k].lower) && t[k].lower !== 'to')) return true;
  // `said about half of …`, `said over 100 …`: a measure's preposition before a number opens the subject (not `in 2010`)
  // `vowed to “take our fight” to …`: the verb may open a quotation
  const v = t[k + 1] && isMark(t[k + 1]) ? k + 2 : k + 1;
  return (t[k].lower === 'to' && t[v]?.pos === 'VERB') || (MEASURES.has(t[k].lower) && (t[k + 1]?.pos === 'NUM' || t[k + 1]?.lower === 'half'));
}

/**
 * where the phrase a verb of stance reports ends, before `e`: a phrase has no verb of its own, so a
 * verb coordinated after it is its reporter's (`praised the plan and said …`, `called it “crazy” and
 * vowed …`); a clause (`hoped the deal would hold and …`) runs on
 */
function phraseEnd(ctx: QuoteContext, k: number, e: number): number {
  const t = ctx.doc.tokens;
  // `endorsed Cruz last week`, `backed Clinton in February`: when it was said is the reporter's, no part of the phrase
  let when = -1;
  for (let p = k + 1; p < e; p++) {
    if (ctx.quoted[p]) continue;
    if (isVerbal(t[p])) return e;
    if (when < 0 && startsWhen(t, p)) when = p;
    // `asked for the records, and the answers were …`: a clause of the reporter's after the comma
    if (t[p].text === ',' && subjectAndVerb(ctx, p, e)) return when < 0 ? p : when;
    if (t[p].lower !== 'and' && t[p].lower !== 'but') continue;
    let v = p + 1;
    while (v < e && t[v].pos === 'ADV') v++;
    if (v < e && isVerbal(t[v]) && !t[v].lower.endsWith('ing') && !ctx.quoted[v]) return when < 0 ? p : when;
  }
  return when < 0 ? e : when;
}

/** a word that modifies a noun of time (`last week`, `this year`); `that` is a determiner before one far more often than a time's */
const isTimeModifier = (word: string | undefined) => word !== undefined && word !== 'that' && TIME_MODIFIERS.has(word);

/** a day or a month, or `earlier`, `today` (not the conjunctions the calendar list also holds) */
const isDay = (tok: Token | undefined) => !!tok && CALENDAR.has(tok.lower) && !SENTENCE_OPENERS.has(tok.lower) && tok.lower !== 'meanwhile';

/** a time adjunct starts at `p`: `Friday`, `last week`, `in February`, `on Tuesday night`, `earlier this year` */
function startsWhen(t: readonly Token[], p: number): boolean {
  const tm = (q: number) => isTimeModifier(t[q]?.lower) && TIME_NOUNS.has(t[q + 1]?.lower ?? '');
  if (isDay(t[p]) || tm(p)) return true;
  return t[p].pos === 'ADP' && (isDay(t[p + 1]) || tm(p + 1) || speechEvent(t, p + 1));
}

/** how many words may come before the noun of a speech event: `a news conference`, `a campaign rally` */
const EVENT_REACH = 3;

/** an occasion of speaking heads the words at `p`: `a news conference`, `an interview`, `Tuesday's debate` */
function speechEvent(t: readonly Token[], p: number): boolean {
  for (let q = p; q < p + EVENT_REACH + 1 && t[q]; q++) {
    if (SPEECH_EVENTS.has(t[q].lower)) return true;
    if (t[q].pos !== 'DET' && t[q].pos !== 'ADJ' && t[q].pos !== 'NOUN' && t[q].pos !== 'PROPN' && !t[q].possessive) return false;
  }
  return false;
}

/** where what seems, starting at `k`, ends: it is one clause, and a comma, a dash or a subordinate clause after it is the reporter's */
function oneClause(ctx: QuoteContext, k: number, ceil: number): number {
  const t = ctx.doc.tokens;
  let e = clauseEnd(ctx, k, ceil);
  for (let c = k + 1; c < e; c++) if (!ctx.quoted[c] && (t[c].text === ',' || isDash(t[c].text) || (t[c].pos === 'SCONJ' && t[c].lower !== 'that'))) e = c;
  return e;
}

/** `…, which is widely expected to …`, `voters who are expected to …`: a relative pronoun before the verb group at `j` is its subject */
function relativeBefore(ctx: QuoteContext, j: number, floor: number): Piece | null {
  const t = ctx.doc.tokens;
  let p = j - 1;
  while (p >= floor && (t[p].pos === 'ADV' || t[p].pos === 'AUX')) p--;
  return p >= floor && RELATIVES.has(t[p].lower) && t[p].pos === 'PRON' && !ctx.quoted[p] ? [p, p + 1] : null;
}

/** parts of speech that go on a clause after an adjective: `it seems many believe …` */
const CLAUSE_POS = new Set(['NOUN', 'PROPN', 'PRON', 'VERB', 'AUX', 'DET', 'NUM']);

/**
 * `The deal appears to be dead`, `Trump is expected to win`: a verb of seeming, or a passive of belief,
 * reports its subject with what follows, and names no source (`appeared on Fox News` reports nothing)
 */
const raised: Shape = {
  name: 'raised',
  reason: 'a verb of seeming or a passive of belief reports its own subject and the words after it',
  read(ctx, j, cue, floor, ceil) {
    const t = ctx.doc.tokens;
    // `was originally expected to …`: an adverb may stand between the form of `be` and the participle
    let b = j - 1;
    while (b > floor && t[b].pos === 'ADV') b--;
    const passive = RAISING_PASSIVES.has(t[j].lower) && (cue.frame === 'passive' || (b < j - 1 && BE_FORMS.has(t[b].lower)));
    // `the group is reportedly spending …`: an adverb of report stands between the subject and its predicate
    const adverb = REPORTING_ADVERBS.has(t[j].lower);
    if (!passive && !adverb && !RAISING_VERBS.has(t[j].lower)) return null;
    let k = j + cue.length;
    while (k < ceil && t[k].pos === 'ADV') k++;
    if (k + 1 >= ceil) return null;
    if (adverb) {
      const subject = phraseBefore(ctx, j, floor);
      return subject && isVerbal(t[k]) ? { pieces: [subject, trimmed(t, [k, oneClause(ctx, k, ceil)])], speakerCeil: j, speakerless: true } : null;
    }
    // `is expected to again pass on …`: an adverb may split the infinitive
    let v = k + 1;
    while (v < ceil && t[k].lower === 'to' && t[v].pos === 'ADV') v++;
    const infinitive = t[k].lower === 'to' && v < ceil && isVerbal(t[v]);
    // `it seems like the talks have stalled`, `this seemed like a turning point`: a likeness seen
    const like = !passive && t[k].lower === 'like';
    // a state (`seemed pleased with …`), not a determiner's (`it seems many believe …`: `many` opens a clause)
    if (!infinitive && !like && (passive || t[k].pos !== 'ADJ' || CLAUSE_POS.has(t[k + 1].pos))) return null;
    // `he appeared to suggest that …`: a reporting verb after `to` is the statement's cue, its subject the source; not after a
    // passive of belief (`voters are expected to support her`), which reports the whole
    if (infinitive && ctx.cues[v] && !passive) return null;
    const subject = phraseBefore(ctx, j, floor) ?? relativeBefore(ctx, j, floor);
    if (!subject) return null;
    const e = oneClause(ctx, k, ceil);
    // `it seems inevitable that …`: an empty subject is no part of what seems
    const empty = subject[1] - subject[0] === 1 && t[subject[0]].lower === 'it';
    return { pieces: empty ? [trimmed(t, [k, e])] : [subject, trimmed(t, [k, e])], speakerCeil: j, phrase: !infinitive, speakerless: true };
  },
};

/** the question verb at `j` opens its sentence or an adjunct (`when asked …`) */
function inAdjunct(t: readonly Token[], j: number, floor: number): boolean {
  let p = j - 1;
  while (p >= floor && t[p].pos === 'ADV') p--;
  return QUESTION_VERBS.has(t[j].lower) && (p < floor || ADJUNCT_OPENERS.has(t[p].lower));
}

/**
 * `Asked about the vote, Smith said …`, `when asked whether …`, `Smith was asked to name …`: a question
 * put to someone, in an adjunct or in the passive, reports what was asked (to the adjunct's comma) and
 * names nobody who said it: the one asked answers in the next statement
 */
const question: Shape = {
  name: 'question',
  reason: 'a question in an adjunct or in the passive reports what was asked',
  read(ctx, j, cue, floor, ceil) {
    const t = ctx.doc.tokens;
    if (!QUESTION_VERBS.has(t[j].lower)) return null;
    const adjunct = inAdjunct(t, j, floor);
    if (!adjunct && cue.frame !== 'passive') return null;
    let k = j + cue.length;
    // `Asked on Fox News who …`, `asked by a reporter whether …`: who asked, where and when come first
    for (let round = 0; round < 3 && k < ceil; round++) {
      while (k < ceil && (t[k].pos === 'ADV' || CALENDAR.has(t[k].lower))) k++;
      if (k >= ceil || t[k].pos !== 'ADP' || CONTENT_OPENERS.has(t[k].lower) || t[k].lower === 'about') break;
      k = phraseAfter(ctx, k + 1, ceil)?.[1] ?? k + 1;
    }
    if (t[k]?.lower === 'about') k++;
    let e = clauseEnd(ctx, k, ceil);
    if (adjunct) for (let c = k; c < e; c++) if (t[c].text === ',' && !ctx.quoted[c]) e = c;
    return { pieces: [trimmed(t, [k, e])], speakerCeil: j, phrase: true, speakerless: true };
  },
};

/** parts of speech a bare noun phrase runs on with (`that talks`, `that new rules`) */
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** how many tokens after `that` its subject's prepositional phrases may run */
const NOUN_PHRASE_REACH = 8;

/** parts of speech of an adjunct between a cue and its `that` (`said in a statement on Monday, in Paris, that …`) */
const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** the words from `k` to the `that` at `c` are adjuncts of the cue (`on Monday`, `in a statement`), not its object (`discussed the challenges that …`) */
function afterAdjunct(t: readonly Token[], k: number, c: number): boolean {
  if (k >= c || (t[k].pos !== 'ADP' && !CALENDAR.has(t[k].lower))) return false;
  for (let m = k + 1; m < c; m++) if (!ADJUNCT_POS.has(t[m].pos) && t[m].text !== ',' && !CALENDAR.has(t[m].lower)) return false;
  return true;
}

/**
 * the determiner `that` at `c` opens a clause all the same when a verb follows its noun phrase: wink
 * reads `that` as a determiner before a bare noun after an adjunct (`said on Monday that talks would
 * resume`); one that points at a noun (`since that point`, `in that statement`) has no verb after it
 */
function opensClause(t: readonly Token[], c: number, ceil: number): boolean {
  let k = c + 1;
  while (k < ceil && NOUN_PHRASE_POS.has(t[k].pos)) k++;
  if (k === c + 1) return false;
  // the noun may take a prepositional phrase before its verb (`that encounters at the border fell`)
  while (k + 1 < ceil && t[k].pos === 'ADP' && k < c + NOUN_PHRASE_REACH) {
    let m = k + 1;
    if (t[m].pos === 'DET') m++;
    const head = m;
    while (m < ceil && NOUN_PHRASE_POS.has(t[m].pos)) m++;
    if (m === head) return false;
    k = m;
  }
  return k < ceil && isVerbal(t[k]);
}

/** `said on Friday he met …`, `said Tuesday night Smith …`: the first token at or after `k` past when it was said */
function pastWhen(t: readonly Token[], k: number, ceil: number): number {
  const when = (p: number) => p < ceil && (CALENDAR.has(t[p].lower) || TIME_NOUNS.has(t[p].lower));
  while (k < ceil) {
    if (CALENDAR.has(t[k].lower)) k++;
    // a noun of time only after a day or a modifier (`said times are hard` says something)
    else if (TIME_NOUNS.has(t[k].lower) && (CALENDAR.has(t[k - 1].lower) || TIME_MODIFIERS.has(t[k - 1].lower))) k++;
    else if ((t[k].lower === 'on' || isTimeModifier(t[k].lower)) && when(k + 1)) k++;
    else break;
  }
  return k;
}

/** the `as` at `p` compares or gives an example: `such as`, `as bad as`, `as long as`, not `as` of time or manner */
function comparing(t: readonly Token[], p: number, floor: number): boolean {
  const before = p - 1 >= floor ? t[p - 1] : undefined;
  if (!before) return false;
  if (COMPARING_AS.has(before.lower)) return true;
  return (before.pos === 'ADJ' || before.pos === 'ADV') && p - 2 >= floor && (t[p - 2].lower === 'as' || t[p - 2].lower === 'so');
}

/**
 * the cue at `j` stands in an adverbial clause opening its sentence (`While voters said X, Y …`,
 * `But when he said X, …`): no comma between the conjunction and the cue, so the main clause follows a comma
 */
function inOpeningClause(ctx: QuoteContext, j: number, floor: number): boolean {
  const t = ctx.doc.tokens;
  let q = floor;
  while (q < j && (t[q].punct || SENTENCE_OPENERS.has(t[q].lower))) q++;
  if (q >= j || !OPENING_CLAUSE.has(t[q].lower)) return false;
  for (let c = q + 1; c < j; c++) if (t[c].text === ',' && !ctx.quoted[c]) return false;
  return true;
}

/** how many words the main clause's subject may run after the opening clause's comma: `, the Latin American pope not only served …` */
const MAIN_SUBJECT_REACH = 7;

/** after the comma at `c`, a subject (adverbs among its words) and a verb: the main clause after an opening one */
function mainClauseAfter(ctx: QuoteContext, c: number, e: number): boolean {
  const t = ctx.doc.tokens;
  let v = c + 1;
  while (v < e && v <= c + MAIN_SUBJECT_REACH && !ctx.quoted[v] && (SUBJECT_POS.has(t[v].pos) || t[v].pos === 'ADV' || t[v].possessive)) v++;
  return v > c + 1 && v < e && isVerbal(t[v]) && !ctx.quoted[v];
}

/** `Netanyahu said (that) Israel would not withdraw`, `X believes …`, `told reporters that …`: the clause after the cue */
const clauseAfter: Shape = {
  name: 'clause-after',
  reason: 'a reporting verb with its subject before it reports the clause after it',
  read(ctx, j, cue, floor, ceil) {
    if (cue.frame === 'source-first' || cue.frame === 'passive') return null;
    const t = ctx.doc.tokens;
    // `appeared on Fox News`: a verb of seeming reports only its subject's state (raised) or a that-clause
    if (RAISING_VERBS.has(t[j].lower) && t[j + 1]?.lower !== 'that') return null;
    // `When asked, Smith left`: a question in an adjunct reports what it asks or nothing (question)
    if (inAdjunct(t, j, floor)) return null;
    let p = beforeVerb(t, j, floor);
    // `leaders who can support …`, `those who might back …`: a modal stands between the relative and its verb too
    while (p > floor && t[p].pos === 'AUX' && !ctx.quoted[p]) p = beforeVerb(t, p, floor);
    // `Cruz, who said he would …`: a relative set off by a comma adds what its antecedent said, up to the comma closing it
    const aside = isAsideWho(t, p, floor);
    // `the man who said …`, `voters who said …`, `as he said`: a relative that picks someone out, or an `as` clause, reports nothing here
    if (p >= floor && !aside && (RELATIVES.has(t[p].lower) || t[p].lower === 'as')) return null;
    const subject = phraseBefore(ctx, j, floor);
    // `as she praised his record`, `As the paper noted, …`: an `as` clause with a subject reports all the same; `such as his
    // claim`, `as bad as she said` compare, and report nothing
    // `The deal, as he said, is dead`: set off inside the sentence, it reports only half the clause around it
    const as = subject && t[subject[0] - 1]?.lower === 'as' ? subject[0] - 1 : -1;
    if (as >= 0 && (comparing(t, as, floor) || (t[as - 1]?.text === ',' && t[j + cue.length]?.text === ','))) return null;
    let k = j + cue.length;
    // `warned of a battle ahead that could …`: a particle opens the content, no listener or that-clause comes first
    const particle = cue.length > 1;
    const listener = LISTENER_FIRST.has(t[j].lower) && !particle;
    if (listener && k < ceil && !CONTENT_OPENERS.has(t[k].lower)) k = phraseAfter(ctx, k, ceil)?.[1] ?? k;
    for (let c = k; !particle && c < ceil && c < k + THAT_REACH; c++) {
      // `that` opening a clause, not pointing at a noun (`since that point`)
      if ((t[c].lower === 'that' && (t[c].pos !== 'DET' || (afterAdjunct(t, k, c) && opensClause(t, c, ceil)))) || t[c].lower === 'whether') {
        k = c;
        break;
      }
      // a verb ends the search, but not one hyphened into a compound (`a follow-up post`)
      const compound = t[c + 1]?.text === '-' || t[c - 1]?.text === '-';
      if (isStop(t[c].text) || ctx.quoted[c] || (isVerbal(t[c]) && !compound)) break;
    }
    k = pastWhen(t, k, ceil);
    if (k >= ceil || !opensContent(ctx, k, cue.inverts || listener)) return null;
    // a verb of saying reports a clause (`said nothing new` is no statement); a verb of stance may report a phrase
    const phrase = !cue.inverts && !CLAUSE_ONLY.has(t[j].lower) && PHRASE_POS.has(t[k].pos);
    let e = clauseEnd(ctx, k, ceil);
    if (aside) for (let c = k; c < e; c++) if (t[c].text === ',' && !ctx.quoted[c]) e = c;
    // `While voters said the deal was fair, the senator …`: the clause's content ends at the comma before the main clause
    if (inOpeningClause(ctx, j, floor))
      for (let c = k + 1; c < e; c++)
        if (t[c].text === ',' && !ctx.quoted[c] && hasVerb(ctx, k, c) && mainClauseAfter(ctx, c, e)) {
          e = c;
          break;
        }
    const piece = trimmed(t, [k, phrase ? phraseEnd(ctx, k, e) : e]);
    // `a program called Sandy Hook Promise`, `Obama called Naghmeh Abedini`: naming or phoning someone says nothing of them
    if (NAMING_VERBS.has(t[j].lower) && onlyName(ctx, piece)) return null;
    return { pieces: [piece], speakerCeil: j + cue.length, phrase };
  },
};

/** the words `[a, b)` are one name and nothing more */
function onlyName(ctx: QuoteContext, [a, b]: Piece): boolean {
  const t = ctx.doc.tokens;
  for (let p = a; p < b; p++) if (!ctx.owner[p] && t[p].pos !== 'PROPN') return false;
  return b > a;
}

/** the shapes in the order they are tried; the first whose words read as content wins */
export const SHAPES: readonly Shape[] = [accordingTo, raised, question, fronted, clauseAfter];
