import { ADDRESSEE_NOUNS, CALENDAR_WORDS, GREETINGS, MONTH_ABBREVIATIONS, PRONOUNS, WEEKDAY_NAMES } from '../lexicon/function-words';
import { hyphenedTo, isLowerWord, tokenEndingAfter, tokenOf } from '../core/tokens';
import { isAdjectiveSuffix, isInitial, isLowercase, isTitleCaseWord, opensCapital } from '../lexicon/name-forms';
import type { Candidate, Doc, Token } from '../core/types';
import { isEnglishWord } from '../document/wink';
import { MALAY_HONORIFICS, STYLES, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import { CREDIT_WORDS, VERDICT_WORDS, WEB_SHORTHAND } from '../lexicon/not-names';
import { TRADE_OPENERS } from '../lexicon/type-cues';
import { DEMONYM_DESCRIPTORS } from '../lexicon/demonyms';
import { CLUBS } from '../lexicon/clubs';
import { placeOf } from '../lexicon/gazetteer';
import { QUOTE_MARKS } from '../lexicon/quote-marks';
import { GROUP_SUBJECTS } from '../lexicon/reported';
import { PEOPLES, pluralGroup } from '../lexicon/peoples';
import { HYPHENED_ARTICLES, isInnerHyphenedArticle, NAME_SUFFIX, SURNAME_PARTICLES } from '../lexicon/names';

/** parts of speech of a sentence's first word that the tagger runs into the name after it */
const LEADING_POS = new Set(['ADP', 'SCONJ', 'CCONJ']);

/**
 * `Hey Ginny`, `Thank You Barry`, `I'm Lauren`: the tokens from `first` that greet someone, thank
 * them, or give a speaker's own name, before the name itself (none when nothing follows them)
 */
function addressWords(tokens: readonly Token[], first: number, last: number): number {
  const [t, next] = [tokens[first], tokenOf(tokens, first + 1)];
  const n = GREETINGS.has(t.lower) ? (next.lower === 'you' ? 2 : 1) : t.view === 'I' && /^['’]m$/.test(next.lower) ? 2 : 0;
  return first + n <= last ? n : 0;
}

/** `Hi Team,`, `Dear Customer,`, `Thanks Guys`: a word for those greeted by what they are, after a greeting, is no name ("Hey Frank" is) */
function greetedWord(c: Candidate, tokens: readonly Token[], first: number, last: number): boolean {
  if (c.tier !== 'tagger' || c.type !== 'person' || first !== last) return false;
  return GREETINGS.has(tokenOf(tokens, first - 1).lower) && ADDRESSEE_NOUNS.has(tokens[first].lower);
}

/**
 * "An Iowa poll showed …", "A Florida man won": the indefinite article opening the sentence before a known place, which
 * the tagger read as a person's given name ("An", as in "An Nguyen") and ran into the place's
 */
const articleBeforePlace = (t: Token, next: Token | undefined, wordsAfter: number, c: Candidate): boolean =>
  c.tier === 'tagger' && wordsAfter > 0 && t.opensSentence && (t.lower === 'a' || t.lower === 'an') && !!next && !!placeOf(next.view);

// edge tokens a mention never keeps: punctuation and quotation marks, a possessive, and a leading
// article unless the source chose it: a caller entry says so itself; the tagger's "The" stays
// before one word ("The Hague", "The Oval", "The Netherlands") and goes before several, where it
// is the article of a name that stands without it ("The United Nations said"). whole tokens
// only, so "U.S." and "Inc." keep their dots
const dropLeading = (t: Token, next: Token | undefined, wordsAfter: number, c: Candidate) => {
  if (t.punct) return true;
  // "During Ramadan", "Before Christmas": a preposition or conjunction capitalised for its sentence
  if (c.tier === 'tagger' && wordsAfter > 0 && t.opensSentence && LEADING_POS.has(t.pos)) return true;
  // "When Sanders spoke", "Maybe Trump", "HOW CHINA": an adverb opening the sentence before a proper noun, written as a word
  // (not "BC Hydro", an abbreviation the tagger calls an adverb); not a review's verdict ("Too Expensive", which the verdict
  // rule of mentions/openers.ts reads whole)
  if (c.tier === 'tagger' && wordsAfter > 0 && t.opensSentence && t.pos === 'ADV' && next?.pos === 'PROPN' && !VERDICT_WORDS.has(t.lower))
    return isTitleCaseWord(t.view) || (t.view === t.view.toUpperCase() && next.view === next.view.toUpperCase());
  // "Carmaker Rivian Automotive rose", "Rival Rivian rose": a company's trade opening the sentence
  if (c.tier !== 'caller' && wordsAfter > 0 && t.opensSentence && TRADE_OPENERS.has(t.lower) && next?.cap) return true;
  // "FYI Target is hiring": the web's shorthand the tagger ran into the name after it
  if (c.tier === 'tagger' && wordsAfter > 0 && WEB_SHORTHAND.has(t.view)) return true;
  if (articleBeforePlace(t, next, wordsAfter, c)) return true;
  // "Many Muslims disagreed", "Some Kurds left": a quantifier opening the sentence before a people counts them, no part of the name
  if (c.tier === 'tagger' && wordsAfter === 1 && t.opensSentence && GROUP_SUBJECTS.has(t.lower) && next && (PEOPLES.has(next.view) || pluralGroup(next.view)))
    return true;
  // "Born Margaret Ann Kowalski in Toledo, she …": a life's opening participle before the name it was born with (no gold
  // name over the labelled sets opens with "Born"; Max Born's surname closes his)
  if (c.tier === 'tagger' && wordsAfter > 0 && t.opensSentence && t.lower === 'born' && next?.cap) return true;
  // "Frenchman Didier Deschamps", "the Dutchman Arjen Robben": a person's nationality set before their name as a noun
  if (c.tier !== 'caller' && wordsAfter > 0 && DEMONYM_DESCRIPTORS.has(t.view) && next?.cap) return true;
  // `His Highness Sheikh Mohamed`, `Her Majesty Queen Elizabeth`: "His" or "Her" before a style opens a title, no name
  if ((t.lower === 'his' || t.lower === 'her') && c.tier !== 'caller' && next?.cap && STYLES.has(next.lower)) return true;
  if (t.lower !== 'the' || c.tier === 'caller') return false;
  return c.tier !== 'tagger' || wordsAfter > 1;
};
// a lowercase word the tagger ran on into ends no name ("Zeitgeist for", "Lantern Festival was",
// "New York-based"); a syllable hyphened to a name is part of it ("Ban Ki-moon", "Li Song-ho")
const runOn = (t: Token, prev: Token | undefined) => isLowercase(t.view) && (prev?.view !== '-' || prev.end !== t.start || isAdjectiveSuffix(t.view));
/**
 * `Kurdish-led Syrian Democratic Forces`, `US-backed rebels`: the tokens from `first` through a hyphened
 * adjective the tagger ran a name into (a word, a hyphen, lexicon/name-forms.ts isAdjectiveSuffix), when a
 * word of the name follows it (else the adjective ends the name: "Donald Trump-led" is Donald Trump);
 * no gold name over the labelled sets opens with one. within the name's first four tokens
 */
function afterHyphenedAdjective(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k + 2 <= last && k < first + 4; k++) if (hyphenedTo(tokens, k - 1) && isAdjectiveSuffix(tokens[k + 1].view)) return k + 2;
  return first;
}
/**
 * `Commander-in-Chief Jones`, `Editor-at-Large Smith`: a person's span the tagger opened on the last
 * word of a phrase hyphened through a lowercase preposition starts after that word: the phrase is an
 * office or a common noun, not the name's first word. A phrase joined by a name's particle or an
 * Arabic article is left as it was ("Abd-al-Aziz Smith")
 */
function afterJoinedPhrase(tokens: readonly Token[], first: number): number {
  if (first < 4 || !hyphenedTo(tokens, first - 2) || !hyphenedTo(tokens, first - 4)) return first;
  const joiner = tokens[first - 2];
  const preposition = joiner.pos === 'ADP' && isLowerWord(joiner) && !SURNAME_PARTICLES.has(joiner.view) && !isInnerHyphenedArticle(joiner.view);
  return preposition ? first + 1 : first;
}
/** how many tokens a Malay honorific at `k` runs (lexicon/titles.ts MALAY_HONORIFICS), 0 for none */
const honorificAt = (tokens: readonly Token[], k: number): number =>
  MALAY_HONORIFICS.get(tokens[k]?.lower ?? '')?.find((h) => h.every((w, j) => tokens[k + j]?.lower === w))?.length ?? 0;

/**
 * `Datuk Seri Anwar Ibrahim`, `Tun Dr Mahathir Mohamad`: the token after a Malay honorific (lexicon/titles.ts MALAY_HONORIFICS)
 * and a doctor's title after it, when a capitalised word follows; `first` when none opens there
 */
function afterHonorific(tokens: readonly Token[], first: number, last: number): number {
  const n = honorificAt(tokens, first);
  if (!n || first + n > last) return first;
  let k = first + n;
  if (k < last && (tokens[k].lower === 'dr' || tokens[k].lower === 'dr.')) k++;
  return k <= last && tokens[k].cap ? k : first;
}
// a closing bracket stays when the name opened it: "Mladost (L)"
const dropTrailing = (t: Token, prev: Readonly<Token>, c: Candidate, doc: Doc) =>
  t.possessive ||
  (t.punct && !(t.view === ')' && doc.view.slice(c.start, t.start).includes('('))) ||
  (c.tier === 'tagger' && (runOn(t, prev) || dayOfSaying(t, prev, c, doc) || (c.type === 'person' && capitalisedAdverb(t))));
/**
 * `President Joe Biden Monday said …`, `told CNBC Saturday.`, `won South Carolina Saturday, cementing …`, `Jose Miguel
 * Insulza Monday for talks`: a day of the week closing a span, then a verb, a lowercase word or a comma or stop, says
 * when, as American wire copy puts it; no part of the name (no gold name over the labelled sets ends so but a club
 * the lexicon knows, "Sheffield Wednesday."). Not before an auxiliary ("Ruby Tuesday is a song"), a number or a
 * quotation mark ("Fox News Sunday''", a show), nor after an English word: "Super Tuesday wins" is a day the calendar
 * names (no-names.ts)
 */
function dayOfSaying(t: Token, prev: Readonly<Token>, c: Candidate, doc: Doc): boolean {
  if (!WEEKDAY_NAMES.includes(t.lower) || isEnglishWord(prev.lower) || CLUBS.has(doc.view.slice(c.start, t.end))) return false;
  const next = doc.tokens[t.index + 1];
  return !next || next.pos === 'VERB' || (isLowerWord(next) && next.pos !== 'AUX') || next.text === ',' || next.text === '.' || next.text === ';';
}
/**
 * `Will Definitely come back`, `Sam Totally agreed`: an adverb in -ly capitalised as web text writes words ends no
 * person's name; one of seven letters or more, as surnames that are such words are short ("David Jolly", "Jubal Early")
 */
const capitalisedAdverb = (t: Token) => t.cap && t.pos === 'ADV' && t.lower.length >= 7 && t.lower.endsWith('ly') && isEnglishWord(t.lower);

// "I'm", "We’re", "It's": a pronoun with a verb contracted onto it is no more a name than the pronoun
const CONTRACTION = /['’](?:m|s|re|ll|ve|d)$/iu;
const isPronoun = (word: string) => {
  const bare = word.replace(CONTRACTION, '');
  return PRONOUNS.has(bare.toLowerCase()) && bare !== 'US' && bare !== 'IT';
};

/**
 * a lone word the part-of-speech tagger reads as an auxiliary, a preposition or another function
 * word names nobody ("BEEN" in a capitals headline, "Around" opening a sentence); not a verb, which
 * a name in capitals can look like to it ("GARLAND STEPS ASIDE")
 */
const FUNCTION_POS = new Set(['AUX', 'ADP', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'PART']);
const isFunctionWord = (t: Token) => FUNCTION_POS.has(t.pos);

/** a lone title word before another ("Prime" in "Qatar's Prime Minister"): the start of an office, no name */
const opensTitle = (tokens: readonly Token[], k: number) => TITLE_WORDS.has(tokens[k].lower) && TITLE_WORDS.has(tokens[k + 1]?.lower ?? '');

/** an initial, a title's or a month's abbreviation standing alone ("J.", "Jr.", "Sen.", "Oct."): a piece of a name or a date */
const ABBREVIATIONS = new Set([...TITLE_ABBREVIATIONS, 'jr.', 'sr.', ...MONTH_ABBREVIATIONS.map((m) => `${m}.`)]);
const isLoneAbbreviation = (word: string) => isInitial(word) || ABBREVIATIONS.has(word.toLowerCase());

/** `Editing by John Stonestreet`: the token after a credit line's words and their `by`, or `first` when none opens there */
function afterCredit(tokens: readonly Token[], first: number, last: number): number {
  let k = first;
  while (k < last && k - first < 2 && CREDIT_WORDS.has(tokens[k].lower)) k++;
  return k > first && tokens[k].lower === 'by' ? k + 1 : first;
}

/**
 * `IMF Managing| Director Kristalina Georgieva`: a body's or a place's span the tagger ran into the
 * words of a title that goes on after it, capitalised ("the Badger State governor" is no title's),
 * ends before them; the last token kept. Not lexicon/titles.ts titleRunStart, which reads a portfolio
 * into the title ("Home Secretary"): here a portfolio is never cut ("Homeland Security" is not cut to
 * "Homeland"); where a titled name follows the head, mentions/titled.ts gives the whole portfolio to the title
 */
function beforeTitle(tokens: readonly Token[], first: number, last: number): number {
  let k = last;
  while (k > first && tokens[k].cap && TITLE_WORDS.has(tokens[k].lower)) k--;
  const next = tokenOf(tokens, last + 1);
  return k < last && next.cap && TITLE_HEADS.has(next.lower) ? k : last;
}

/**
 * `the Museum of Flight and Wembley on Sunday`, `Premier League in May`: a span the tagger ran on through
 * a lowercase preposition into the days or months that close it ends before the preposition: a time
 * phrase, not a name's words (no gold name over the labelled sets holds one so)
 */
function beforeTimePhrase(tokens: readonly Token[], first: number, last: number): number {
  let k = last;
  while (k > first && CALENDAR_WORDS.has(tokens[k].lower)) k--;
  return k < last && k > first && tokens[k].pos === 'ADP' && isLowerWord(tokens[k]) ? k - 1 : last;
}

/**
 * `Latinos Feel “Invisible.”` in a headline's title case: a quotation opening inside the run that does not close in it
 * ends the name before its mark (a nickname's marks both lie inside: `Dwayne “The Rock” Johnson`)
 */
function beforeOpenQuote(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    const mark = QUOTE_MARKS[tokens[k].text];
    if (mark?.hint !== 'open') continue;
    let closed = false;
    for (let m = k + 1; m <= last && !closed; m++) {
      const other = QUOTE_MARKS[tokens[m].text];
      closed = other?.family === mark.family && other.hint !== 'open';
    }
    if (!closed) return k - 1;
  }
  return last;
}

/** trims a candidate to its name; null when nothing name-like is left */
export function trimMention(c: Candidate, doc: Doc): Candidate | null {
  const { tokens } = doc;
  let first = tokenEndingAfter(tokens, c.start);
  let last = tokenEndingAfter(tokens, c.end) - 1;
  if (last + 1 < tokens.length && tokens[last + 1].start < c.end) last++;
  // the person the tagger read in `An Iowa` was the article's doing: without it the words name the place
  const type = c.type === 'person' && first < last && articleBeforePlace(tokens[first], tokens[first + 1], last - first, c) ? 'location' : c.type;
  while (first <= last && dropLeading(tokens[first], tokens[first + 1], last - first, c) && tokens[first].start >= c.start) first++;
  if (c.tier !== 'caller' && first < last) first = afterCredit(tokens, first, last);
  if (c.tier !== 'caller' && first < last) first = afterHonorific(tokens, first, last);
  if (c.tier === 'tagger' && first < last) first += addressWords(tokens, first, last);
  if (c.tier === 'tagger' && first < last) first = afterHyphenedAdjective(tokens, first, last);
  if (c.tier === 'tagger' && c.type === 'person' && first < last) first = afterJoinedPhrase(tokens, first);
  while (last >= first && dropTrailing(tokens[last], tokenOf(tokens, last - 1), c, doc) && tokens[last].end <= c.end) last--;
  if (c.tier === 'tagger' && c.type !== 'person') last = beforeTitle(tokens, first, last);
  if (c.tier === 'tagger') last = beforeTimePhrase(tokens, first, last);
  if (c.tier !== 'caller') last = beforeOpenQuote(tokens, first, last);
  if (first > last || greetedWord(c, tokens, first, last)) return null;
  const start = Math.max(c.start, tokens[first].start);
  const end = Math.min(c.end, tokens[last].end);
  if (end <= start || !/\p{L}/u.test(doc.view.slice(start, end))) return null;
  const word = doc.view.slice(start, end);
  if (
    c.tier !== 'caller' &&
    (isPronoun(word) ||
      isLoneAbbreviation(word) ||
      (first === last && (isFunctionWord(tokens[first]) || opensTitle(tokens, first) || honorificAt(tokens, first) > 0)))
  )
    return null;
  const joined = c.tier !== 'caller' && tokens[last].end === end ? articleRestEnd(tokens, last) : end;
  const given = c.type === 'person' && c.tier === 'tagger' ? joined + givenNameRest(doc.view, joined) : joined;
  const full = c.type === 'person' && c.tier !== 'caller' ? given + suffixAfter(doc.view, given) : given;
  const from = c.tier === 'caller' ? start : start - digitsBefore(doc.view, start);
  return from === c.start && full === c.end && type === c.type ? c : { ...c, start: from, end: full, type };
}

/**
 * `6PR`, `3AW`, `2Pac`: digits written onto a name's first capital are part of it (a radio
 * station's call sign), though the tokens split there; not a number's end ("1.5M", "12,3B")
 */
const DIGITS_ONTO = /(?<![\p{L}\p{N}.,])\p{N}{1,3}$/u;
function digitsBefore(view: string, start: number): number {
  if (!opensCapital(view.slice(start, start + 1))) return 0;
  return DIGITS_ONTO.exec(view.slice(Math.max(0, start - 5), start))?.[0].length ?? 0;
}

/** `Andrew J. Evans Jr.`, `Louis XV`: a generation's or a reign's mark after a person's name, the characters to add */
function suffixAfter(view: string, end: number): number {
  return NAME_SUFFIX.exec(view.slice(end, end + 12))?.[0].length ?? 0;
}

/**
 * `Deir al-Zour`, `Jebel al-Akhdar`, `Ansar al-Sharia`: Arabic's article hyphened to a capitalised word
 * right after a name is the rest of it, where the tagger stopped at the lowercase article; the end
 * of the name so read (gold names over the labelled sets hold such an article 20 times and stop before
 * one once, a "Nablus-based" adjective). mentions/leading.ts's particleSurnameEnd is this rule's twin for
 * a person's particles, which by design (test/names-edges.test.ts) gives a place none: the two stay apart
 */
function articleRestEnd(tokens: readonly Token[], last: number): number {
  const [name, article, word] = [tokens[last], tokens[last + 1], tokens[last + 3]];
  const joined = !!word && HYPHENED_ARTICLES.has(article.view) && article.start === name.end + 1 && hyphenedTo(tokens, last + 1);
  return joined && word.cap && word.sentence === name.sentence ? word.end : name.end;
}

/**
 * `Leung Che-cheung`, `Ban Ki-moon`: a romanised given name's hyphened syllable, which the tagger
 * leaves out (`Ban Ki`), or the whole given name after a surname (`Leung`); the characters to add
 */
const GIVEN_NAME_REST = /^(?:-\p{Ll}+|\s\p{Lu}\p{Ll}*-\p{Ll}+)(?![\p{L}-])/u;
function givenNameRest(view: string, end: number): number {
  const m = GIVEN_NAME_REST.exec(view.slice(end, end + 40));
  // `a Trump-backed candidate`: an English word hyphened on is no syllable of a name
  return m && !isAdjectiveSuffix(m[0].slice(m[0].lastIndexOf('-') + 1)) ? m[0].length : 0;
}
