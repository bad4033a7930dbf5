import { isVerbal, NOUN_PHRASE_WORD_POS } from '../../../core/tokens';
import type { Token } from '../../../core/types';
import { CLAUSE_ONLY, PHRASE_SAYING_VERBS } from '../../../lexicon/belief';
import { OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from '../../../lexicon/function-words';
import { inCapitals } from '../../../lexicon/name-forms';
import { NAMING_VERBS, SPEECH_VERBS } from '../../../lexicon/speech';
import {
  ARMED_HEADS,
  COMPARING_AS,
  CONTENT_OPENERS,
  EXPECTING_VERBS,
  LISTENER_FIRST,
  OBJECT_RELATIVES,
  OPENING_CLAUSE,
  PHYSICAL_SENSES,
  RAISING_VERBS,
  RELATIVES,
  SENTENCE_OPENERS,
  SITE_HEADS,
  STANCE_SITES,
} from '../../../lexicon/reported';
import type { QuoteContext } from '../../context';
import {
  beforeVerbGroup,
  inAdjunct,
  isAsideRelative,
  isPremodifyingParticiple,
  listenerAfter,
  phraseAfter,
  phraseBefore,
  toDocumentRecipient,
} from '../../phrase';
import { clauseEnd, hasVerb, type Piece, trimmed } from '../content';
import { isMark, isStop, type Shape, THAT_REACH } from './shape';
import { opensContent, phraseEnd } from './phrase-content';
import { proForm } from './pro-form';
import { afterAdjunct, opensClause } from './that-clause';
import { pastSetting, pastWhen } from './when';

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
  while (v < e && v <= c + MAIN_SUBJECT_REACH && !ctx.quoted[v] && (NOUN_PHRASE_WORD_POS.has(t[v].pos) || t[v].pos === 'ADV' || t[v].possessive)) v++;
  return v > c + 1 && v < e && isVerbal(t[v]) && !ctx.quoted[v];
}

/** the most tokens a show's name in quotation marks takes after its network's possessive */
const SHOW_NAME_TOKENS = 12;

/**
 * `told MSNBC’s “Morning Joe” on Friday that …`: a name in quotation marks after the possessive that
 * ends the listener (the network's show) is part of the listener, not the start of what was said
 */
function pastShowName(ctx: QuoteContext, b: number, ceil: number): number {
  const t = ctx.doc.tokens;
  if (b + 1 >= ceil || !t[b].possessive || !ctx.quoted[b + 1]) return b;
  let m = b + 1;
  while (m < ceil && m <= b + SHOW_NAME_TOKENS && ctx.quoted[m]) m++;
  return m <= b + SHOW_NAME_TOKENS ? m : b;
}

/** `by` at `k` opens a passive's agent: a phrase follows, not a gerund (`by saying`) */
const passiveAgent = (t: readonly Token[], k: number): boolean => t[k]?.lower === 'by' && !!t[k + 1] && !(isVerbal(t[k + 1]) && t[k + 1].lower.endsWith('ing'));

/** `Netanyahu said (that) Israel would not withdraw`, `X believes …`, `told reporters that …`: the clause after the cue */
export const clauseAfter: Shape = {
  name: 'clause-after',
  reason: 'a reporting verb with its subject before it reports the clause after it',
  read(ctx, j, cue, floor, ceil) {
    if (cue.frame === 'source-first' || cue.frame === 'passive') return null;
    const t = ctx.doc.tokens;
    // `appeared on Fox News`: a verb of seeming reports only its subject's state (raised) or a that-clause
    if (RAISING_VERBS.has(t[j].lower) && t[j + 1]?.lower !== 'that') return null;
    // `When asked, Smith left`: a question in an adjunct reports what it asks or nothing (question)
    if (inAdjunct(t, j, floor)) return null;
    if (namesThingBefore(t, j, cue.length, floor)) return null;
    // `leaders who can support …`, `a neighbour, who did not want to …`: a modal or a negation stands between the relative and its verb too
    const p = beforeVerbGroup(ctx, j, floor);
    // `Cruz, who said he would …`: a relative set off by a comma adds what its antecedent said, up to the comma closing it
    const aside = isAsideRelative(t, p, floor);
    // `the man who said …`, `voters who said …`, `as he said`: a relative that picks someone out, or an `as` clause, reports nothing here
    // (a name in capitals is no relative: `The WHO said …`)
    const acronym = !!ctx.owner[p] && inCapitals(t[p].view);
    if (p >= floor && !aside && !acronym && (RELATIVES.has(t[p].lower) || t[p].lower === 'as')) return null;
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
    if (listener && k < ceil && !CONTENT_OPENERS.has(t[k].lower)) {
      const b = pastShowName(ctx, listenerAfter(ctx, k, ceil)?.[1] ?? k, ceil);
      // `warned the plan would fail`: a phrase with its verb after it is the clause's subject, not a listener (a verb of
      // saying there is a chain of cues: `Jones told Brown said`)
      const subjectOf = b > k && b < ceil && !ctx.quoted[b] && isVerbal(t[b]) && !t[b].lower.endsWith('ing') && !SPEECH_VERBS.has(t[b].lower);
      if (!subjectOf) k = b;
    }
    // `told reporters that at least 12 homes …`: a `that` found here opens a clause, never a pronoun object
    let conjunction = false;
    for (let c = k; !particle && c < ceil && c < k + THAT_REACH; c++) {
      // `that` opening a clause, not pointing at a noun (`since that point`)
      // `recalled an incident that left her in tears`: a `that` right before a verb has no subject of its own, so it is the
      // relative of the noun before it, whose phrase (relative and all) is what the cue reports
      if (t[c].lower === 'that' && c > k && isVerbal(t[c + 1]) && !ctx.quoted[c + 1] && NOUN_PHRASE_WORD_POS.has(t[c - 1].pos)) break;
      if ((t[c].lower === 'that' && (t[c].pos !== 'DET' || (afterAdjunct(t, k, c) && opensClause(t, c, ceil)))) || t[c].lower === 'whether') {
        k = c;
        conjunction = !t[c + 1]?.punct;
        break;
      }
      // a verb ends the search, but not one hyphened into a compound (`a follow-up post`) nor a name's word (`in Colorado Springs that`)
      const compound = t[c + 1]?.text === '-' || t[c - 1]?.text === '-';
      // nor the word after a document's `to` (`in a memo to staff that`), which names whom it went to, nor a participle before a
      // noun (`in a televised statement that`)
      if (isStop(t[c].text) || ctx.quoted[c] || (isVerbal(t[c]) && !compound && !ctx.owner[c] && !toDocumentRecipient(t, c) && !isPremodifyingParticiple(t, c)))
        break;
    }
    // `Government forces, supported by the Russian Air Force, advanced`, `the meeting, requested by Sanders`: a participle
    // right before `by` is passive, the phrase after it its agent, not what it reports (`responded by saying …` reports a manner)
    if (k === j + cue.length && passiveAgent(t, k)) return null;
    // `half said so`, `three-quarters said the same of Sanders`: a word standing for what was said is the content, verb or not
    const pro = cue.inverts ? proForm(ctx, k, ceil) : null;
    if (pro) return { pieces: [trimmed(t, pro)], speakerCeil: j + cue.length, proForm: true };
    k = pastWhen(t, k, ceil);
    // a verb of saying may set where it was said before its clause; a verb of stance takes what follows as its object (`blame X in Y`)
    if (cue.inverts && !particle && !listener) k = pastSetting(ctx, k, ceil);
    if (k >= ceil || !opensContent(ctx, k, cue.inverts || listener)) return null;
    // `The plan, announced last week, would cut taxes`: a cue with no subject of its own (a comma or a conjunction before it),
    // then a predicate with no subject after a comma: the predicate is the noun's before the cue, the cue a participle describing it
    const opener = t[k].text === ',' ? k + 1 : k;
    let before = j - 1;
    while (before > floor && (t[before].pos === 'ADV' || t[before].pos === 'PART')) before--;
    const subjectless = t[before]?.text === ',' || t[before]?.pos === 'CCONJ' || t[before]?.pos === 'SCONJ';
    if (subjectless && opener > j + cue.length && t[opener - 1].text === ',' && t[opener]?.pos === 'AUX' && !ctx.quoted[opener]) return null;
    // a verb of saying reports a clause (`said nothing new` is no statement); a verb of stance may report a phrase,
    // opening with a noun phrase's word (`praised the plan`, `called Trump a liar`)
    const phrase = (!cue.inverts || PHRASE_SAYING_VERBS.has(t[j].lower)) && !conjunction && !CLAUSE_ONLY.has(t[j].lower) && NOUN_PHRASE_WORD_POS.has(t[k].pos);
    // `polls find voters are tired` reports a clause; `find himself in trouble`, `find jobs that pay` a thing found
    if (CLAUSE_ONLY.has(t[j].lower) && !opensClauseAfter(ctx, j + cue.length, k, ceil)) return null;
    let e = clauseEnd(ctx, k, ceil);
    if (aside) for (let c = k; c < e; c++) if (t[c].text === ',' && !ctx.quoted[c]) e = c;
    // `While voters said the deal was fair, the senator …`: the clause's content ends at the comma before the main clause
    if (inOpeningClause(ctx, j, floor))
      for (let c = k + 1; c < e; c++)
        if (t[c].text === ',' && !ctx.quoted[c] && hasVerb(ctx, k, c) && mainClauseAfter(ctx, c, e)) {
          e = c;
          break;
        }
    // `didn't believe me so I showed him`, `told us and then left`: an object the cue takes, then a conjunction, reports nothing
    if (linksClauses(t[OBJECT_PRONOUNS.has(t[k].lower) ? k + 1 : k])) return null;
    const piece = trimmed(t, [k, phrase ? phraseEnd(ctx, k, e, EXPECTING_VERBS.has(t[j].lower)) : e]);
    // `a program called Sandy Hook Promise`, `Obama called Naghmeh Abedini`: naming or phoning someone says nothing of them
    if (NAMING_VERBS.has(t[j].lower) && onlyName(ctx, piece)) return null;
    // `Russian forces attacked the city`, `jets pounded rebel positions`: a physical attack, no stance
    if (phrase && PHYSICAL_SENSES.has(t[j].lower) && (armed(ctx, subject) || isSite(ctx, piece, subject))) return null;
    // `what Trump has threatened to do`, `which he refused to consider`: the relative before the subject is what the
    // verb reports, the words after it the rest (PolNeAR marks the two as one content)
    const rel = subject ? subject[0] - 1 : -1;
    const gap = subject && k === j + cue.length && cue.length === 1 ? gapRelative(ctx, subject, k, floor) : null;
    if (gap) {
      // `, which officials said will go into effect in May, will not apply`: set off by commas, the relative clause ends at the next one
      let end = piece[1];
      if (t[gap[0] - 1]?.text === ',') for (let c = piece[0]; c < end; c++) if (t[c].text === ',' && !ctx.quoted[c]) end = c;
      return { pieces: [gap, trimmed(t, [piece[0], end])], speakerCeil: j + cue.length, phrase };
    }
    if (rel >= floor && OBJECT_RELATIVES.has(t[rel].lower) && !ctx.quoted[rel]) return { pieces: [[rel, rel + 1], piece], speakerCeil: j + cue.length, phrase };
    return { pieces: [piece], speakerCeil: j + cue.length, phrase };
  },
};

/** the words a noun phrase runs back over from its head to its article: `a new Facebook group` */
const NAMED_PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** how many words may stand between a noun phrase's article and the naming participle (`a new Facebook group called`) */
const NAMED_PHRASE_REACH = 5;

/**
 * `founded a group called Citizens for Trump`, `the so called Never Trumpers`, `an event was held called "Politics and Pies"`:
 * a naming participle after an indefinite noun phrase that is no clause's subject (a verb or a preposition before it), after
 * `so`, or after a passive's participle (`was held`), with a name or a quotation after it, names the thing before it and says nothing
 */
function namesThingBefore(t: readonly Token[], j: number, length: number, floor: number): boolean {
  const next = t[j + 1];
  if (length > 1 || !NAMING_VERBS.has(t[j].lower) || !t[j].lower.endsWith('ed') || !next || !(next.cap || isMark(next)) || j - 1 < floor) return false;
  const prev = t[j - 1];
  if (prev.lower === 'so' || (prev.pos === 'VERB' && t[j - 2]?.pos === 'AUX')) return true;
  if (prev.pos !== 'NOUN') return false;
  let p = j - 2;
  while (p > floor && p >= j - 1 - NAMED_PHRASE_REACH && NAMED_PHRASE_POS.has(t[p].pos)) p--;
  return (t[p]?.lower === 'a' || t[p]?.lower === 'an') && p - 1 >= floor && (t[p - 1].pos === 'VERB' || t[p - 1].pos === 'ADP' || t[p - 1].pos === 'AUX');
}

/** a word that joins a clause to the one before it, no content's first: `and`, `but`, `so`, `because` */
const linksClauses = (w: Readonly<Token> | undefined): boolean => !!w && (w.pos === 'CCONJ' || w.lower === 'so' || w.lower === 'because');

/**
 * a clause opens right after the cue, at `c`, for content read from `k`: `that`, `whether` (after an adjunct:
 * `found in May that …`), or a noun phrase with its verb (`find voters are tired`); not an object (`jobs that pay`, `a way to …`)
 */
function opensClauseAfter(ctx: QuoteContext, c: number, k: number, ceil: number): boolean {
  const t = ctx.doc.tokens;
  if (CONTENT_OPENERS.has(t[c].lower) || (k > c && afterAdjunct(t, c, k))) return true;
  const b = phraseAfter(ctx, c, ceil)?.[1] ?? c;
  return b > c && b < ceil && isVerbal(t[b]) && !ctx.quoted[b];
}

/**
 * `which officials said will go into effect`, `a provision that lawmakers believe is necessary`, `the employees they thought
 * were the best fit`: a clause after the cue that opens with its auxiliary has its subject in the relative before the cue's
 * subject (or, with no relative word, in the noun before it), which PolNeAR marks as the content's first word; the token
 * range of that relative word (or of the noun's phrase), or null
 */
function gapRelative(ctx: QuoteContext, [s]: [number, number], k: number, floor: number): Piece | null {
  const t = ctx.doc.tokens;
  // an auxiliary or a modal (`said was`, `believe is`, `say could`): a main verb there is as often a noun the tagger misread (`referring to studies that …`)
  if (t[k].pos !== 'AUX' || ctx.quoted[k]) return null;
  // the subject phrase may have taken the relative in (`which officials`, `what many analysts`)
  const relative = (p: number) => p >= floor && !ctx.quoted[p] && (RELATIVES.has(t[p].lower) || OBJECT_RELATIVES.has(t[p].lower));
  if (relative(s)) return [s, s + 1];
  if (relative(s - 1)) return [s - 1, s];
  // a relative with no word: the noun before the subject is what the clause says something of
  if (s - 1 < floor || t[s - 1].pos !== 'NOUN' || ctx.quoted[s - 1]) return null;
  let a = s - 1;
  while (a - 1 >= floor && NOUN_PHRASE_WORD_POS.has(t[a - 1].pos) && !ctx.quoted[a - 1]) a--;
  return [a, s];
}

/** the words `[a, b)` are one name and nothing more */
function onlyName(ctx: QuoteContext, [a, b]: Piece): boolean {
  const t = ctx.doc.tokens;
  for (let p = a; p < b; p++) if (!ctx.owner[p] && t[p].pos !== 'PROPN') return false;
  return b > a;
}

/** the subject [a, b) is an armed force: its last word a fighter's (`Russian forces`, `the gunmen`) */
function armed(ctx: QuoteContext, subject: [number, number] | null): boolean {
  return !!subject && ARMED_HEADS.has(ctx.doc.tokens[subject[1] - 1].lower);
}

/**
 * the phrase [a, b) names a place or a site: its head (the word before its first preposition) a site's noun
 * (`the city of Kharkiv`, `a compound in Benghazi`; a position someone's own is a view), or a place's name when no
 * person attacks it (`Russia attacked Ukraine`; `Trump attacked Mexico over trade` is a stance)
 */
function isSite(ctx: QuoteContext, [a, b]: Piece, subject: [number, number] | null): boolean {
  const t = ctx.doc.tokens;
  let head = b;
  for (let p = a + 1; p < b; p++)
    if (t[p].pos === 'ADP') {
      head = p;
      break;
    }
  const last = t[head - 1];
  // `defended his position`, `attacked her positions on trade`: what someone holds, not where troops stand
  if (SITE_HEADS.has(last.lower)) return !(STANCE_SITES.has(last.lower) && POSSESSIVE_DETERMINERS.has(t[head - 2]?.lower ?? ''));
  const person = !!subject && ctx.owner.slice(subject[0], subject[1]).some((e) => e?.type === 'person');
  return ctx.owner[head - 1]?.type === 'location' && !person;
}
