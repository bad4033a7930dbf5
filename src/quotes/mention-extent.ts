import { firstWhere } from '../core/search';
import type { Doc, Entity, Token } from '../core/types';
import { ARTICLES, DASHES, ENGLISH_NAME_GLUE, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { QUOTE_MARKS } from '../lexicon/quote-marks';
import { RELATIVES } from '../lexicon/reported';
import { APPOSITIVE_ADVERBS, ORIGIN_LINKS } from '../lexicon/speech';
import { QUALIFIERS } from '../lexicon/titles';
import type { Quote } from '../schema';

/** longest stretch between a speaker's name and its cue read for an appositive, in characters */
const APPOSITIVE_CHARS = 240;

/** a label in brackets right after the name, opening with a capital: `Sen. Lindsey Graham (R-SC) said`, `Sen. Angus King (Maine)`; not `A video (above) shows` */
const BRACKET_LABEL = /^\s*\(\p{Lu}[^()\n]{0,39}\)/u;

/**
 * `, a junior from Las Vegas,`, `, 21, a junior …,`, `, vice chairwoman for Clinton’s campaign,`, `, R-Ill., who faces …,`:
 * words between commas with no stop, colon, bracket or quotation mark inside (a place's state after a comma, an age
 * before, a relative clause after may hold one more), the closing comma right before the cue; group 1 is the first word
 */
const APPOSITIVE = /^,\s+(?:\d+,\s+)?(\p{L}[\p{L}’'-]*)[^,;:()“”"\n]*(?:,\s+\p{Lu}[^,;:()“”"\n]*)?(?:,\s+who\b[^;:()“”"\n]*)?,(?=\s*$)/u;

/** parts of speech that open a noun phrase after a name's comma */
const PHRASE_OPENERS = new Set(['NOUN', 'PROPN', 'DET', 'NUM']);
/** parts of speech an adjective opening a noun phrase goes on with (`former deputy`, `longtime Republican`) */
const NOUN_PHRASE_WORDS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * the appositive's first word opens a noun phrase: a determiner, a possessive, a noun, a capital, or an adjective before
 * a noun (`former`, `longtime`); not an adverb, a preposition or a participle (`, for his part,`, `, meanwhile,`, `,
 * speaking at a rally,`, `, clad in a red cape,`), nor an adjective with its own complement (`, eager all evening to jab,`)
 */
function opensNounPhrase(t: readonly Token[], k: number): boolean {
  const w = t[k];
  // `, then ambassador to Israel,`, `, now a professor at Yale,`, `, also a GOP hopeful,`: when the speaker held what the
  // phrase says, or that another did too
  if (APPOSITIVE_ADVERBS.has(w.lower) && t[k + 1] && t[k + 1].text !== ',') return opensNounPhrase(t, k + 1);
  if (ARTICLES.has(w.lower) || POSSESSIVE_DETERMINERS.has(w.lower) || w.cap) return true;
  if (w.pos === 'ADJ') return NOUN_PHRASE_WORDS.has(t[k + 1]?.pos ?? '');
  return PHRASE_OPENERS.has(w.pos) && !/(?:ing|ed)$/.test(w.lower);
}

/** parts of speech that may stand between an appositive's closing comma and the cue: `, also attacked`, `, did not mention`, `, has long argued` */
const VERB_GROUP_POS = new Set(['ADV', 'AUX', 'PART']);

/**
 * where the words before the cue at `cue` end when only the cue's verb group stands between them and it (`Bush, Florida’s
 * former governor, also attacked`, `Clinton, a Democrat, did not mention`): the start of that group, `cue` otherwise
 */
function verbGroupStart(doc: Doc, cue: number): number {
  const t = doc.tokens;
  let k = firstWhere(t, (w) => w.start >= cue) - 1;
  while (k > 0 && VERB_GROUP_POS.has(t[k].pos) && !t[k].cap) k--;
  return t[k]?.text === ',' && t[k + 1] && t[k + 1].start < cue ? t[k + 1].start : cue;
}

/** a reflexive right after a subject and before its verb: ` herself`, ` themselves` */
const INTENSIVE_AFTER = /^ (?:himself|herself|themselves|itself)(?= )/;

/** the same appositive, its closing comma anywhere: the subject's predicate follows it, the cue further on */
const APPOSITIVE_OPENING = new RegExp(APPOSITIVE.source.replace('(?=\\s*$)', ''), 'u');

/**
 * where the words naming a speaker end when they take in what sits between them and the cue after them (`Smith, the
 * minister, said`), or the appositive after them that the speaker's own verb follows, the cue further on (`Huma Abedin, vice
 * chairwoman for Clinton’s campaign, emailed supporters …, telling them`); `end` otherwise
 */
function extentBeforeCue(doc: Doc, start: number, end: number, cue: number): number {
  if (cue < end) return end;
  // `Clinton herself proposed`, `Migrants themselves understand`: a reflexive right after the subject only stresses it
  const intensive = INTENSIVE_AFTER.exec(doc.text.slice(end, cue));
  if (intensive) return end + intensive[0].length;
  const group = verbGroupStart(doc, cue);
  const between = doc.text.slice(end, Math.min(group, end + APPOSITIVE_CHARS));
  // `Sen. Lindsey Graham (R-SC) said`, `Rep. John Smith of Odesa, a Democrat, said`: a bracketed label, or where the
  // speaker is from or works, first
  const from = Math.min(originAfterName(doc, end), end + between.length);
  const rest = between.slice(from - end);
  // `the White House spokesman, Josh Earnest, said`: a description and the name set off after it close with a comma too
  if (/^,\s*$/.test(rest) && doc.text.slice(start, end).includes(', ')) return from + 1;
  // (an appositive closing right before the cue only when the cue is in reach: a clipped stretch ends nowhere in particular)
  const whole = group - end <= APPOSITIVE_CHARS ? APPOSITIVE.exec(rest) : null;
  const apposed = whole ?? APPOSITIVE_OPENING.exec(rest);
  if (!apposed) return from;
  const t = doc.tokens;
  const first = from + apposed[0].indexOf(apposed[1], 1);
  const k = firstWhere(t, (w) => w.start >= first);
  if (t[k]?.start !== first || !opensNounPhrase(t, k)) return from;
  if (whole) return from + apposed[0].length;
  // `Marco Rubio, whose hometown, Miami, is sinking`: a relative clause there may close at any comma
  if (RELATIVES.has(t[k].lower)) return from;
  // the predicate's verb right after the closing comma, past its adverbs and auxiliaries
  let v = firstWhere(t, (w) => w.start >= from + apposed[0].length);
  while (t[v] && t[v].pos === 'ADV') v++;
  return t[v] && (t[v].pos === 'VERB' || t[v].pos === 'AUX') && !t[v].cap ? from + apposed[0].length : from;
}

/** how many words a place's or a body's capitalised name after such a link may run: `of the Tax Policy Center` */
const ORIGIN_WORDS = 6;

/**
 * `said Rep. Bobby Scott (D-Va.)`, `said Senator John McCain of Arizona`, `Rep. John Smith of Odesa, a Democrat, said`: a
 * bracketed label, or a link and a capitalised name of where the speaker is from or works, right after the speaker's name,
 * after an inverted cue or before a cue, are the speaker's words too; where they end, `end` when neither follows
 */
function originAfterName(doc: Doc, end: number): number {
  const bracket = BRACKET_LABEL.exec(doc.text.slice(end, end + 48));
  if (bracket) return end + bracket[0].length;
  const t = doc.tokens;
  const k = firstWhere(t, (w) => w.start >= end);
  if (!ORIGIN_LINKS.has(t[k]?.text ?? '') || t[k].start !== end + 1) return end;
  let j = t[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const first = j;
  while (
    j < t.length &&
    j < first + ORIGIN_WORDS &&
    t[j].sentence === t[k].sentence &&
    (t[j].cap || (j > first && ENGLISH_NAME_GLUE.has(t[j].lower) && t[j + 1]?.cap))
  )
    j++;
  return j > first && t[first].cap ? t[j - 1].end : end;
}

/** how many tokens an appositive after an inverted cue's speaker may run to its sentence's end */
const TRAILING_REACH = 40;

/** tokens that end an appositive after the speaker: a clause's stop, a set-off dash, a quotation's mark */
const endsTrailing = (t: readonly Token[], k: number) =>
  /^[.;:!?]$/.test(t[k].text) || (DASHES.has(t[k].text) && t[k].start > t[k - 1].end) || QUOTE_MARKS[t[k].text] !== undefined;

/**
 * `said Dr. Harold Varmus, the Nobel Prize-winning former NIH director.`, `said Biden, who served as a senator for 36
 * years.`: after an inverted cue, a noun phrase or a relative clause set off by the speaker's comma runs to the sentence's
 * stop, a colon or a set-off dash (or to the comma before a quotation that opens there), when no verb of a clause of its own comes before its
 * relative word (`according to a poll, Trump garnered 30%` is a clause); the speaker's end otherwise
 */
function extentAfterCue(doc: Doc, end: number): number {
  const t = doc.tokens;
  const lead = originAfterName(doc, end);
  const c = firstWhere(t, (w) => w.start >= lead);
  if (lead > end && (c === t.length || t[c].sentence !== t[c - 1].sentence || /^[.;:!?]$/.test(t[c].text))) return lead;
  if (t[c]?.text !== ',' || !t[c + 1] || t[c + 1].sentence !== t[c].sentence) return lead;
  end = lead;
  const first = c + 1;
  if (!RELATIVES.has(t[first].lower) && !opensNounPhrase(t, first)) return end;
  let relative = RELATIVES.has(t[first].lower);
  let k = first;
  for (; k < t.length && k < first + TRAILING_REACH && t[k].sentence === t[c].sentence && !endsTrailing(t, k); k++) {
    if (RELATIVES.has(t[k].lower)) relative = true;
    if (relative) continue;
    // `Trump garnered`, `he was`, `reports suggest`: a verb that is no participle, or one after a name or a pronoun, opens
    // a clause, no appositive (`a group known as`, `the Prize-winning director` hold participles)
    const participle = /(?:ing|ed|en|wn)$/.test(t[k].lower) && !/^(?:PROPN|PRON)$/.test(t[k - 1].pos);
    if (t[k].pos === 'AUX' || (t[k].pos === 'VERB' && !participle)) return end;
  }
  if (k === t.length || k >= first + TRAILING_REACH) return end;
  // a stop or a dash closes it; a quotation opening right after a comma leaves the comma inside (`…, “We were proud”`)
  if (t[k].sentence !== t[c].sentence || !QUOTE_MARKS[t[k].text]) return t[k - 1].end;
  return t[k - 1].text === ',' ? t[k - 1].end : end;
}

/**
 * `Huma Abedin, vice chairwoman for Clinton’s campaign, wrote`, `Sen. Lindsey Graham (R-SC) said`: a speaker's words run
 * over the appositive or the bracketed label between the name and the cue after it, closing comma and all, as news
 * annotation (PARC, PolNeAR) marks a source; words that are no noun phrase (`, for his part,`, `, speaking at a rally,`,
 * `, 69,`) and a relative clause alone (`, who runs the campaign,`) stay out
 */
export function withAppositiveMentions(doc: Doc, quotes: Quote[], entities: readonly Entity[] = []): Quote[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return quotes.map((q) => {
    const mention = q.speaker?.mention;
    if (!q.speaker || !mention || !q.cue) return q;
    const start = titledStart(doc, mention.start, byId.get(q.speaker.entityId ?? ''));
    const after = q.cue.end <= mention.start ? extentAfterCue(doc, mention.end) : extentBeforeCue(doc, mention.start, mention.end, q.cue.start);
    // `According to a poll, Trump leads`: what runs on into the words said is theirs, not the speaker's
    const end = q.start >= mention.end && q.start < after ? mention.end : after;
    if (end === mention.end && start === mention.start) return q;
    return { ...q, speaker: { ...q.speaker, mention: { start, end, text: doc.text.slice(start, end) } } };
  });
}

/**
 * `Democratic presidential candidate Bernie Sanders is choosing …, urging`: a title the article gives the speaker right
 * before the name the speaker's words start at is theirs too, with the qualifiers before it (`former Maryland Gov. Martin
 * O’Malley`), as PolNeAR marks a source; `the DNC`: so is the article before a body's name; `start` otherwise
 */
function titledStart(doc: Doc, start: number, entity: Entity | undefined): number {
  if (entity?.type === 'organization') {
    const article = /(?:^|[^\p{L}])(the )$/iu.exec(doc.text.slice(Math.max(0, start - 5), start));
    return article ? start - article[1].length : start;
  }
  if (entity?.type !== 'person') return start;
  const title = entity.details.titles.find((x) => x.end < start && /^ +$/.test(doc.text.slice(x.end, start)));
  if (!title) return start;
  let from = title.start;
  for (let q = /(\p{L}+) $/u.exec(doc.text.slice(Math.max(0, from - 20), from)); q && QUALIFIERS.has(q[1].toLowerCase()); ) {
    from -= q[0].length;
    q = /(\p{L}+) $/u.exec(doc.text.slice(Math.max(0, from - 20), from));
  }
  return from;
}
