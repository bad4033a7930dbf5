import { tokenOf, tokenRange } from '../core/tokens';
import type { Candidate, Doc, EntityType } from '../core/types';
import { countryOf, demonymOf, knownOrg, knownPlace, placeOf } from '../lexicon/gazetteer';
import {
  CURRENCY_WORDS,
  INSTRUMENT_HEADS,
  LAW_NAME_HEADS,
  EPITHETS,
  ERA_SPANS,
  ERA_WORDS,
  LAW_HEADS,
  MERIDIEM_WORDS,
  NOT_NAMES,
  WORK_OPENERS,
} from '../lexicon/not-names';
import { CONTEST_HEADS, KEPT_BEFORE_CONTEST } from '../lexicon/works';
import { phraseClasses } from '../lexicon/known-phrases';
import { ADHERENTS, DESCENT_WORDS } from '../lexicon/peoples';
import { isTitleCaseWord, opensCapital } from '../lexicon/name-forms';
import { SAINT_DAY_HEADS } from '../lexicon/features';
import { MONTHS, POSSESSIVE_DETERMINERS, SINGLE_INDEFINITES, TITLE_LINE_WORDS, WEEKDAY_NAMES } from '../lexicon/function-words';
import { isEnglishWord } from '../document/wink';
import { PARTY_ADJECTIVES } from '../lexicon/titles';
import { OF_STATE_OFFICES } from '../lexicon/title-words';
import { LEGAL_FORMS } from '../lexicon/organizations';
import { COMPANIES } from '../lexicon/companies';

/** a faith's, a people's or a descent's word ("Shiite", "Kurdish", "Latino"), not a country's name nor an abbreviation ("US") */
const isPeopleWord = (word: string) =>
  ADHERENTS.has(word) || DESCENT_WORDS.has(word) || (demonymOf(word) !== null && word !== word.toUpperCase() && !countryOf(word));

/**
 * words that name something, but never a thing of one type: a faith's adherent or a demonym
 * ("Hindu", "Shiite", "Thai", "Greek") is an adjective or a people, never a place, unless it is
 * the country's name or its abbreviation as well ("U.S.", "UK"); as a person or a
 * body it may be one (GUM reads "the Christians" as people, "the Belgians" as a team)
 */
const NEVER_OF_TYPE: Readonly<Partial<Record<EntityType, (word: string) => boolean>>> = {
  // written as a word (a lowercase letter in it), not as an abbreviation
  location: (word) => isPeopleWord(word),
};

/** `Shiite cleric`, `the Sunni heartland`: a people's or a faith's word right before a lowercase noun is its adjective, naming no one */
const beforeNoun = (c: Candidate, doc: Doc): boolean => {
  const [a, b] = tokenRange(doc.tokens, c);
  // `Latino and black voters`, `Shiite and Sunni clerics`: the noun after a second adjective coordinated with it
  const second = doc.tokens[b + 1];
  const and =
    (doc.tokens[b]?.lower === 'and' || doc.tokens[b]?.lower === 'or') && !!second && ((second.low && second.pos === 'ADJ') || isPeopleWord(second.view));
  const next = tokenOf(doc.tokens, and ? b + 2 : b);
  return b - a === 1 && next.low && next.pos === 'NOUN';
};

/**
 * the endings of an adjective made from a people's, a place's or a thinker's name ("Illyrian",
 * "Hegelian", "Grecian", "Western", "Pachomian", "Guadeloupean"), the demonyms the lexicon lacks
 */
const ADJECTIVE_ENDING = /[a-z](?:ian|ean|ern|ic|ese|ish)$/;

/**
 * `Illyrian ancestry`, `the Hegelian definition`, `Western aesthetics`: a place's or a body's one
 * word with an adjective's ending, right before a lowercase noun, is that adjective, naming
 * nothing (not a place the gazetteer knows: "Atlantic coast", nor a listed company: "Anthropic shares"); over the labelled sets 16 such
 * mentions named nothing and 1 was a person's surname ("Cortese guest starred", which the rule
 * leaves to a person's type unless the word is an English one: "radical Islamic terrorism", "the Hispanic vote",
 * which the tagger read as persons in PolNeAR's news)
 */
const adjectiveBeforeNoun = (c: Candidate, doc: Doc, word: string): boolean =>
  (c.type !== 'person' || isEnglishWord(word.toLowerCase())) &&
  opensCapital(word) &&
  ADJECTIVE_ENDING.test(word) &&
  !placeOf(word) &&
  !COMPANIES.has(word) &&
  beforeNoun(c, doc);

/** `Republican voters`, `the Democratic nomination`, `Lindsey Graham, Republican of South Carolina`: a US party's word alone before a lowercase word or `of` describes, naming nothing */
const partyAdjective = (c: Candidate, doc: Doc, word: string): boolean => {
  if (!PARTY_ADJECTIVES.has(word.toLowerCase())) return false;
  const [a, b] = tokenRange(doc.tokens, c);
  const next = tokenOf(doc.tokens, b);
  return b - a === 1 && next.low && (next.lower === 'of' || next.pos === 'NOUN' || next.pos === 'ADJ');
};

/** `3,40 Euros`, `5 Dollars`: a currency's name beside a number is an amount */
const isAmount = (c: Candidate, doc: Doc): boolean => {
  const [a, b] = tokenRange(doc.tokens, c);
  const number = (i: number) => /^\d[\d.,]*$/.test(tokenOf(doc.tokens, i).view);
  return b - a === 1 && (number(a - 1) || number(b));
};

/**
 * `3000 BC`, `the 7th century BC`, `(508 BC)`, `AD 200`: an era's abbreviation beside a number or after a
 * century is part of a date (4 such mentions over the labelled sets, none a gold name); not "Vancouver, BC"
 */
const isEra = (c: Candidate, doc: Doc, word: string): boolean => {
  if (!ERA_WORDS.has(word)) return false;
  const [a, b] = tokenRange(doc.tokens, c);
  const number = (i: number) => /^\d[\d,]*$/.test(tokenOf(doc.tokens, i).view);
  return b - a === 1 && (number(a - 1) || number(b) || ERA_SPANS.has(tokenOf(doc.tokens, a - 1).lower));
};

/**
 * `08/16/2000 12:05 PM`, `at 2 AM`: a half of the day right after a clock's time or an hour is part of the time (an
 * e-mail's header writes one a message; the leave-one-corpus-out models read 7 such as places, none a gold name);
 * not "the PM said"
 */
const isTimeOfDay = (c: Candidate, doc: Doc, word: string): boolean => {
  if (!MERIDIEM_WORDS.has(word)) return false;
  const [a, b] = tokenRange(doc.tokens, c);
  return b - a === 1 && /^\d{1,2}(?::\d\d){0,2}$/.test(tokenOf(doc.tokens, a - 1).view);
};

/** a day of the month as news writes it beside its month: `5`, `30`, `1st`, `21st` */
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/**
 * `PARIS, Dec 5 (Reuters) -`, `Sept 30`, `on 5 Dec 2020`: a month's word, in full or shortened, with a day
 * of the month right after or right before it is a date (Reuters' web pages open every story so;
 * the tagger read "Dec" of "Dec 5" as a person and a body). No mention so placed over the labelled
 * sets, and "Jan" alone (a given name in UNER's "his wife Jan,") is left to the context
 */
const isMonthDay = (c: Candidate, doc: Doc): boolean => {
  const [a, b] = tokenRange(doc.tokens, c);
  if (!MONTHS.has(doc.tokens[a]?.lower.replace(/\.$/, '') ?? '')) return false;
  // the day the span holds itself: "Born May 24, 1917" left "May 24" once its participle went (mentions/trim.ts)
  if (b - a === 2) return DAY_OF_MONTH.test(doc.tokens[a + 1].view);
  return b - a === 1 && (DAY_OF_MONTH.test(tokenOf(doc.tokens, b).view) || DAY_OF_MONTH.test(tokenOf(doc.tokens, a - 1).view));
};

/**
 * `the S&P 500 .SPX`, `Japan's Nikkei (.N225)`: a word glued after a full stop that follows a space or a bracket
 * is a wire's index code (Reuters writes one after every index it names), naming nothing; the tagger read
 * "SPX" as a body. A company's ticker ("AIR.PA") the view blanks already (lexicon/not-names.ts INSTRUMENT_CODE)
 */
const isIndexCode = (c: Candidate, doc: Doc): boolean =>
  doc.text[c.start - 1] === '.' && /^[\s(]?$/.test(doc.text.slice(c.start - 2, c.start - 1)) && !/\s/.test(doc.text.slice(c.start, c.end));

/** what follows a common noun written with a capital after its article: a phrase's end, or a preposition ("a Fellow of the Royal Society", "a CPA, Larry Lewis") */
const AFTER_COMMON = /^(?:[.,;:!?)]|of|at|with|for|from)$/;

/**
 * `elected a Fellow of`, `apply them to a SUT.`, `as a Democrat,`: one capitalised word between an
 * indefinite article and a phrase's end or a preposition is a common noun, a rank, a party's member
 * or a term, not a name (a name after "a" goes on to what it modifies: "a Berlin court", "a NATO
 * official"); not a word the lexicon knows ("an Oscar for", a given name). of the mentions so placed
 * in the leave-one-corpus-out outputs, 13 named nothing, 3 were typed wrong and 1 was a name the
 * lexicon knows
 */
const afterIndefinite = (c: Candidate, doc: Doc): boolean => {
  const [a, b] = tokenRange(doc.tokens, c);
  if (b - a !== 1) return false;
  const before = tokenOf(doc.tokens, a - 1).lower;
  if ((before !== 'a' && before !== 'an') || !AFTER_COMMON.test(tokenOf(doc.tokens, b).lower) || phraseClasses(doc.tokens[a].lower).length) return false;
  // "an Oskaloosa, Iowa, coffee shop": a place and the state it lies in, modifying what follows
  return !(tokenOf(doc.tokens, b).view === ',' && placeOf(tokenOf(doc.tokens, b + 1).view));
};

/**
 * `said a Nevada Democrat`, `added one New Hampshire Democrat`: a known place and a US party's word for a member, after an
 * indefinite determiner, describe someone the article does not name (CoNLL reads the party's word alone as MISC): no name,
 * where the tagger read the words as a body and PolNeAR's quotes gave six such speakers one entity
 */
const placedPartyMember = (c: Candidate, doc: Doc, word: string): boolean => {
  const cut = word.lastIndexOf(' ');
  if (cut < 0 || !PARTY_ADJECTIVES.has(word.slice(cut + 1).toLowerCase()) || !placeOf(word.slice(0, cut))) return false;
  const [a] = tokenRange(doc.tokens, c);
  return SINGLE_INDEFINITES.has(tokenOf(doc.tokens, a - 1).lower);
};

/**
 * `How to Make Vegan Cupcakes`, `How to Foster Long-Term Innovation Investment`: a how-to title's words from its verb on, which
 * the title's capitals make a name for the tagger; the word after "how to" is the infinitive's verb (written so 27 times
 * over the labelled files, 22 in GUM's guides, never a gold name's first word)
 */
const afterHowTo = (c: Candidate, doc: Doc): boolean => {
  const [a] = tokenRange(doc.tokens, c);
  return tokenOf(doc.tokens, a - 1).lower === 'to' && tokenOf(doc.tokens, a - 2).lower === 'how';
};

/**
 * a guide's numbered heading, opening its line, a colon or a capital after its number: "Method 2 of
 * 3: Caring for Basil", "Part 1 Getting Ready to Dance" (not "Part 1 of the series was shot in
 * Toronto"); its capitals are a title's, naming nothing (19 such lines over the labelled sets, all in
 * GUM's guides, hold no gold name; the tagger read 7 in them). read back a heading's length at most
 */
const NUMBERED_HEADING = /(?:^|\n)(?:Method|Part|Step) \d+(?: of \d+)?(?::| \p{Lu})[^\n]*$/u;
const HEADING_READ = 80;
/** a sentence's end inside a line: "Step 1: Feed your starter the night before. Baker Maria Sanchez …" is a step's text, not its heading, after it */
const SENTENCE_END = /[.!?]["”’)]?\s/u;
const inNumberedHeading = (c: Candidate, doc: Doc): boolean => {
  const from = Math.max(0, c.start - HEADING_READ);
  const before = doc.text.slice(from, c.start);
  if (from > 0 && !before.includes('\n')) return false;
  const heading = NUMBERED_HEADING.exec(doc.text.slice(from, c.end));
  return heading !== null && !SENTENCE_END.test(doc.text.slice(from + heading.index, c.start));
};

/**
 * `Super Tuesday`, `Black Friday`, `Ash Wednesday`, `Bloody Sunday`: English words before a day of the week are a
 * day the calendar or history names, no person, body or place (over the labelled sets such names are all `other`
 * but for "Sheffield Wednesday", a place's club, and "Ruby Tuesday", a given name's; PolNeAR-train's text holds
 * "Super Tuesday" 16 times, which the tagger reads as a place)
 */
const isNamedDay = (c: Candidate, doc: Doc): boolean => {
  const [a, b] = tokenRange(doc.tokens, c);
  if (b - a < 2 || !WEEKDAY_NAMES.includes(doc.tokens[b - 1].lower)) return false;
  return doc.tokens.slice(a, b - 1).every((t) => isEnglishWord(t.lower) && !phraseClasses(t.lower).length && !knownPlace(t.view));
};

/**
 * `St. Patrick's Day`, `Valentine's Day`, `Mother's Day`, `New Year's Eve`: a name's possessive
 * before the day's word closing the candidate is a day of the calendar, naming nothing (the tagger
 * reads "Patrick's Day" as a person)
 */
const isDayOf = (c: Candidate, doc: Doc): boolean => {
  const t = doc.tokens;
  const [, b] = tokenRange(t, c);
  // the day's word after a possessive, as the candidate's end or right after it ("Valentine" of "Valentine's Day")
  const dayAt = (k: number) => k >= 1 && SAINT_DAY_HEADS.has(tokenOf(t, k).lower) && tokenOf(t, k).cap && t[k - 1].possessive;
  return dayAt(b - 1) || (dayAt(b + 1) && t[b].possessive);
};

/**
 * `Thank You For The Prompt Service And Great Job You Have Done On Our New Roof`: a run holding a
 * TITLE_LINE_WORDS word written with a capital, before its last word and not opening its sentence, is a line in
 * title case (a review's, a headline's), naming nothing ("James To" keeps its surname, "Our Lady"
 * its church, a possessive may open a name: "Our Revolution"); gold names so made are 17 over the
 * labelled sets, all works (typed other, which no output type holds)
 */
const inTitleCaseLine = (c: Candidate, doc: Doc): boolean => {
  const t = doc.tokens;
  const [a, b] = tokenRange(t, c);
  for (let k = a; k < b - 1; k++) {
    const w = t[k];
    if (!TITLE_LINE_WORDS.has(w.lower) || !isTitleCaseWord(w.view) || k === 0 || t[k - 1].sentence !== w.sentence) continue;
    // `Our Principles PAC`, `Our Revolution`, `My Little Pony`: a possessive may open a name
    if (k === a && POSSESSIVE_DETERMINERS.has(w.lower)) continue;
    if (w.lower === 'our' && t[k + 1].lower === 'lady') continue;
    return true;
  }
  return false;
};

/**
 * `Affordable Care Act`, `Paris Agreement`, `Geneva Conventions`: a name of two words or more closed by a capitalised
 * law's or treaty's word names a work or an event (lexicon/not-names.ts LAW_NAME_HEADS), as does one opened by such a
 * word before "of" (`Treaty of Versailles`, `Battle of Gettysburg`: WORK_OPENERS); over the labelled sets the
 * library gave 6 such names a person's, a body's or a place's type and none was one, and PolNeAR's news 44 more
 * ("Free Trade Agreement" as a person). So does a candidate right before a law's closing word ("Affordable Care" of
 * "Affordable Care Act", LAW_HEADS), unless the gazetteers know it; and a sporting contest's name, or the place or
 * body right before its closing word ("U.S." of "U.S. Open", lexicon/works.ts CONTEST_HEADS), known or not
 */
const isWorkOrContestName = (c: Candidate, doc: Doc): boolean => {
  const t = doc.tokens;
  const [a, b] = tokenRange(t, c);
  const closes = (k: number, heads: ReadonlySet<string>) => {
    const w = tokenOf(t, k);
    return w.cap && heads.has(w.lower) && !(tokenOf(t, k + 1).cap && t[k + 1].sentence === w.sentence);
  };
  // `Treaty of Versailles`, `Battle of Gettysburg`: the head written first, before `of`
  if (b - a >= 3 && t[a].cap && WORK_OPENERS.has(t[a].lower) && t[a + 1].lower === 'of') return true;
  // a contest's whole name is no person's or place's; Wikigold reads some as bodies ("Commonwealth Bank Tennis Classic")
  if (b - a >= 2 && (closes(b - 1, LAW_NAME_HEADS) || closes(b - 1, INSTRUMENT_HEADS) || (c.type !== 'organization' && closes(b - 1, CONTEST_HEADS))))
    return true;
  // the words after the candidate in its sentence: a contest's or a law's closing word
  if (b >= t.length || t[b].sentence !== t[b - 1].sentence) return false;
  const name = doc.view.slice(c.start, c.end);
  // `U.S. Open`, `Berlin Grand Prix`: the place or body a contest is named for, right before its closing word
  const k = t[b].lower === 'grand' && t[b].cap ? b + 1 : b;
  if (!KEPT_BEFORE_CONTEST.has(name) && closes(k, CONTEST_HEADS) && (k === b || t[k].lower === 'prix')) return true;
  return closes(b, LAW_HEADS) && !knownPlace(name) && !knownOrg(name);
};

/**
 * `CBS, Inc.`, `Edward D. Jones & Co.`, `Cascade Timberlands, LLC`: a company's legal form alone after a comma or an
 * ampersand is the end of the name before it, split off, naming nothing by itself (5 such mentions over the labelled
 * sets, none a gold name; CoNLL's "(Holdings) Ltd", a name split at its brackets, is one, and no comma comes before it)
 */
const isLoneLegalForm = (c: Candidate, doc: Doc): boolean => {
  const [a, b] = tokenRange(doc.tokens, c);
  const before = tokenOf(doc.tokens, a - 1).view;
  return b - a === 1 && LEGAL_FORMS.has(doc.tokens[a].lower) && (before === ',' || before === '&');
};

/**
 * `Best. Day. Ever.`, `Thanks.`: a capitalised common English word that is its sentence's only word (a stop after it)
 * is an exclamation, naming nothing, unless the lexicon knows it as a name ("China.", "Apple."). A surname that is an
 * English word chanted so ("Trump! Trump!") is lost too: once over PolNeAR's 840 train articles, against the junk
 * names web text makes ("Best. Day. Ever." after "Best Buy")
 */
const isLoneWordSentence = (c: Candidate, doc: Doc, word: string): boolean => {
  const t = doc.tokens;
  const [a, b] = tokenRange(t, c);
  if (b - a !== 1 || !isTitleCaseWord(word)) return false;
  const lower = word.toLowerCase();
  if (!isEnglishWord(lower) || phraseClasses(lower).length || placeOf(word) || COMPANIES.has(word)) return false;
  const opens = a === 0 || t[a - 1].sentence !== t[a].sentence;
  const stop = t[b];
  return opens && !!stop && /^[.!?]+$/.test(stop.view) && stop.sentence === t[a].sentence && (b + 1 >= t.length || t[b + 1].sentence !== t[a].sentence);
};

/**
 * `the U.S. Secretary of State`, `heads of State`: "State" closing an office's name is the office's word, no place and no
 * body (the tagger reads a place, and the portfolio cue then a ministry). Over the labelled sets no gold name is
 * so written (CoNLL's five "Secretary of State" hold none; GUM's one, the office as its holder's name, ends on it)
 */
const isOfficeState = (c: Candidate, doc: Doc, word: string): boolean => {
  if (word !== 'State') return false;
  const [a] = tokenRange(doc.tokens, c);
  return tokenOf(doc.tokens, a - 1).lower === 'of' && OF_STATE_OFFICES.has(tokenOf(doc.tokens, a - 2).lower);
};

/**
 * `OK, I digress`, `it's OK`: "OK" is Oklahoma's postal code only where an address puts it, after a place's name and
 * a comma (`Vinita, OK`); elsewhere it is the word of assent, which the tagger reads as a place (GUM's genres: 4 such,
 * and 3 addresses)
 */
const isAssent = (c: Candidate, doc: Doc, word: string): boolean => {
  if (word !== 'OK') return false;
  const [a] = tokenRange(doc.tokens, c);
  return !(tokenOf(doc.tokens, a - 1).view === ',' && tokenOf(doc.tokens, a - 2).cap);
};

/** `Peter the Great`, `Constantine the Great`: an epithet after "the" and a name is the name's, no place nor body (GUM's genres 4 such) */
const isEpithet = (c: Candidate, doc: Doc, word: string): boolean => {
  if (!EPITHETS.has(word)) return false;
  const [a] = tokenRange(doc.tokens, c);
  return tokenOf(doc.tokens, a - 1).lower === 'the' && tokenOf(doc.tokens, a - 2).cap;
};

/** `Christmas`, `EBITDA`, `PHOTO`: a candidate that is exactly a word of NOT_NAMES or a word of descent ("Latino"), or a word its type never names, a people's adjective or one by its ending, an amount's currency, a date's era or month, an index's code, a time's half of the day, a common noun after its article, a word of a guide's numbered heading, a day named for someone or by English words, a law's or a treaty's name, a legal form split off its company's name, an office's closing "State", a common word standing alone as a sentence, "OK" outside an address or an epithet after a name; a caller's entry is never second-guessed */
/**
 * `engineer of Train No. 23`, `Goal No. 4:`, `Flash Update No. 3`: words closed by "No." before a number, written apart, are
 * an item a list or a series numbers, no name (Wikigold's trains and GUM's goals hold no gold name there); not after an
 * acronym, a unit's name ("CDU No. 3", a refinery's crude unit, which CoNLL names)
 */
const NUMBERED_ITEM = /(?:^|\s)\p{Lu}\p{Ll}+\s+No\.?$/u;
const isNumberedItem = (c: Candidate, doc: Doc): boolean =>
  NUMBERED_ITEM.test(doc.view.slice(c.start, c.end)) && /^\s+\d/.test(doc.view.slice(c.end, c.end + 3));

export const isNotAName = (c: Candidate, doc: Doc): boolean => {
  if (c.tier === 'caller') return false;
  const word = doc.view.slice(c.start, c.end);
  return (
    NOT_NAMES.has(word) ||
    DESCENT_WORDS.has(word) ||
    !!NEVER_OF_TYPE[c.type]?.(word) ||
    (isPeopleWord(word) && beforeNoun(c, doc)) ||
    adjectiveBeforeNoun(c, doc, word) ||
    partyAdjective(c, doc, word) ||
    placedPartyMember(c, doc, word) ||
    (CURRENCY_WORDS.has(word) && isAmount(c, doc)) ||
    isEra(c, doc, word) ||
    isTimeOfDay(c, doc, word) ||
    isMonthDay(c, doc) ||
    isIndexCode(c, doc) ||
    afterIndefinite(c, doc) ||
    afterHowTo(c, doc) ||
    inNumberedHeading(c, doc) ||
    isDayOf(c, doc) ||
    isNamedDay(c, doc) ||
    isWorkOrContestName(c, doc) ||
    isLoneLegalForm(c, doc) ||
    isOfficeState(c, doc, word) ||
    isLoneWordSentence(c, doc, word) ||
    isAssent(c, doc, word) ||
    isEpithet(c, doc, word) ||
    isNumberedItem(c, doc) ||
    inTitleCaseLine(c, doc)
  );
};
