import type { EntityType, Token } from '../core/types';
import { hyphenedTo, isCap } from '../core/tokens';
import { countryIndex } from '../lexicon/country-index';
import { knownOrg, knownPlace } from '../lexicon/gazetteer';
import { englishPlural, isEnglishWord } from '../document/wink';
import { INDEFINITE_PRONOUNS, PRONOUNS } from '../lexicon/function-words';
import { NOT_PLACE_ADJECTIVES, opensPlaceName, ROMANCE_PLACE_OPENERS } from '../lexicon/features';
import { MONTH_WORDS, OPENING_WORDS, WEEKDAY_WORDS } from '../lexicon/not-names';
import { HYPHENED_ARTICLES, ROMANCE_PARTICLES } from '../lexicon/names';
import { isFirstName, PERSONAL_CLASSES, phraseClasses } from '../lexicon/known-phrases';
import { isBodyHead, opensBodyName, ORG_SUFFIXES } from '../lexicon/organizations';
import { REGIONS } from '../lexicon/regions';
import { OFFICE_JOINS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import { SAYING_PLURALS, SPEECH_VERBS } from '../lexicon/speech';

// what the pattern rules read in the tokens: capitalised runs, countries, regions, and the rule shape

export { isCap } from '../core/tokens';
// capitalised words that start sentences or name days, never names on their own
const NOT_NAMES = new Set([...OPENING_WORDS, 'These', 'Those', ...WEEKDAY_WORDS, ...MONTH_WORDS, 'Yesterday', 'Today', 'Tomorrow', 'Tonight']);
export const isName = (t: Token | undefined): boolean => isCap(t) && !NOT_NAMES.has(t!.view);

/** an English word that is no given name: a common word a capitalised run may open ("See Klenk", "Continued Stone") */
export const isCommonWord = (lower: string): boolean => isEnglishWord(lower) && !isFirstName(lower);

/**
 * a word no English list knows in any form and no pronoun: "Hoddle", "Lebed", not "Traders", "Water", "He"; a
 * lone capitalised word so made is a name where the words around it say so, whatever the tagger read
 */
export const isUnlistedWord = (t: Token): boolean =>
  !isEnglishWord(t.lower) && !englishPlural(t.lower) && !PRONOUNS.has(t.lower) && !INDEFINITE_PRONOUNS.has(t.lower);

/**
 * a word no English list knows and the gazetteer knows as nothing but a person's given name or surname, if at all:
 * "Zelenskyy", "Obama", "Nicole", not "Jordan" (a country too) nor "Trump" (an English word)
 */
export const unlistedButAsPerson = (t: Token): boolean => isUnlistedWord(t) && phraseClasses(t.lower).every((c) => PERSONAL_CLASSES.has(c));

/** a name's word right before token `i` in its sentence: a rule that opens a name at `i` would start inside a longer one */
export const nameBefore = (tokens: readonly Token[], i: number): boolean => i > 0 && isName(tokens[i - 1]) && tokens[i - 1].sentence === tokens[i].sentence;

/**
 * `al-` of "Deir al-Zour", `An-` of "Maarat An-Numan": an Arabic article at `j`, in either case, hyphened to the
 * capitalised word after it, inside a name
 */
export const innerArticle = (tokens: readonly Token[], j: number): boolean =>
  !!tokens[j] && HYPHENED_ARTICLES.has(tokens[j].lower) && hyphenedTo(tokens, j) && isName(tokens[j + 2]);

/**
 * `An` of "Ma'arrat An Nu'man", `Ash` of "Jisr Ash Shughur": an Arabic article at `j` written apart and capitalised,
 * as situation reports transliterate it, before a name's word of its sentence (some are English words, "An", "As",
 * "At", which no name's run takes)
 */
export const spacedArticle = (tokens: readonly Token[], j: number): boolean =>
  !!tokens[j] && tokens[j].cap && HYPHENED_ARTICLES.has(tokens[j].lower) && isName(tokens[j + 1]) && tokens[j + 1].sentence === tokens[j].sentence;

/**
 * the name at token `a` opens with an Arabic or Hebrew place's head noun (lexicon/features.ts opensPlaceName) before
 * a name's word no English lexicon knows, or before the article hyphened to one: "Deir al-Balah", "Kafr Nabl", "Ras
 * al-Ayn"; not a line in title case ("Tell Me Why", "Khan Academy"), nor an English word opening its sentence before
 * a name, an imperative's verb as often ("Tell Obama to act", "Khan Noonien Singh is …")
 */
export function opensPlaceAt(tokens: readonly Token[], a: number): boolean {
  const next = tokens[a + 1];
  if (!next || next.sentence !== tokens[a].sentence) return false;
  // `Castelo de São Jorge`, `Piazza Navona`: a Romance place's head noun, its particles, then a name's word
  if (ROMANCE_PLACE_OPENERS.has(tokens[a].lower)) {
    let k = a + 1;
    while (k < a + 3 && ROMANCE_PARTICLES.has(tokens[k]?.view ?? '')) k++;
    return isName(tokens[k]) && tokens[k].sentence === tokens[a].sentence;
  }
  // every token asks: the head noun first (with or without the article, the wider list), the article after
  if (!opensPlaceName(tokens[a].view, true)) return false;
  // `Deir-ez-Zor`: the article hyphened to the head noun too
  const articled = innerArticle(tokens, a + 1) || (hyphenedTo(tokens, a) && innerArticle(tokens, a + 2)) || spacedArticle(tokens, a + 1);
  if (!articled && !opensPlaceName(tokens[a].view, false)) return false;
  if (articled) return true;
  return isName(next) && !isEnglishWord(next.lower) && !(tokens[a].opensSentence && isEnglishWord(tokens[a].lower));
}

/**
 * the name at token `a` opens with an Arabic body's head noun (lexicon/organizations.ts opensBodyName) before the article
 * hyphened to a name's word ("Jaysh al-Islam"), before a name's word no English lexicon knows ("Asa'ib Ahl al-Haq") or
 * before a known body's name ("Kata'ib Hezbollah"); not before an English word ("Liwa Oasis", a place)
 */
export function opensBodyAt(tokens: readonly Token[], a: number): boolean {
  const next = tokens[a + 1];
  // every token asks: the head noun first (with or without the article, the wider list), the article after
  if (!next || next.sentence !== tokens[a].sentence || !opensBodyName(tokens[a].view, true)) return false;
  const articled = innerArticle(tokens, a + 1);
  if (!articled && !opensBodyName(tokens[a].view, false)) return false;
  return articled || (isName(next) && (!isEnglishWord(next.lower) || knownOrg(next.view) !== null));
}

/** a word in capitals of two letters or more: a headline's or a shout's ("WHO SAID IT"), where an acronym cannot be told */
export const shouted = (t: Token | undefined): boolean => !!t && t.view.length > 1 && t.view === t.view.toUpperCase() && t.view !== t.lower;

/**
 * `SAYS` in `PRESIDENT BIDEN SAYS HE WILL VETO`: a verb of saying in the present written in capitals, where the
 * POS tagger reads every word a name, is the headline's verb, never a name's word (not a plural that names things
 * as often: `UNITED STATES`, `CONSUMER REPORTS`)
 */
const shoutedSaying = (t: Token): boolean => SPEECH_VERBS.has(t.lower) && t.lower.endsWith('s') && !SAYING_PLURALS.has(t.lower) && shouted(t);

/**
 * the capitalised run starting at `i` (at most `max` words, one sentence), as an end index; an Arabic
 * article hyphened on inside it is part of its word ("Deir al-Zour province", "Bab al-Hawa crossing", "Deir-ez-Zor"),
 * and so is one opening it, capitalised ("Al-Hasakeh Governorate")
 */
export function nameRun(tokens: readonly Token[], i: number, max: number, hyphened = false): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < max && tokens[j].sentence === tokens[i].sentence) {
    // `Al-Hasakeh Governorate`: a capitalised article hyphened to the name's first word opens the name with it
    if (innerArticle(tokens, j) && (j > i || tokens[j].cap)) j += 2;
    // `Deir-ez-Zor`: a word hyphened to the article hyphened to the next
    else if (j > i && hyphenedTo(tokens, j - 1) && innerArticle(tokens, j + 1)) j += 3;
    if (!isName(tokens[j]) || shoutedSaying(tokens[j])) break;
    // with `hyphened`, names hyphened together are one word of the run: `Kassym-Jomart`, `Jean-Claude`
    while (hyphened && hyphenedTo(tokens, j) && isName(tokens[j + 2])) j += 2;
    j++;
    words++;
  }
  return j;
}

/**
 * the word at `k` joins an office's capitalised head to its portfolio: `of` of "Secretary of State", `for` of "Minister
 * for Foreign Affairs" (lexicon/titles.ts OFFICE_JOINS)
 */
export const joinsOffice = (t: readonly Token[], k: number): boolean =>
  !!t[k] && OFFICE_JOINS.has(t[k].view) && !!t[k - 1]?.cap && TITLE_HEADS.has(t[k - 1].lower) && t[k - 1].sentence === t[k].sentence;

/** a portfolio's words after an office's `of` ("of State", "of Foreign Affairs"): one or two capitalised words */
const MAX_PORTFOLIO = 2;

/**
 * where the person's name starts in a capitalised run `[portfolio, end)` after an office's `of` ("State Rex Tillerson" of
 * "Secretary of State Rex Tillerson", "Foreign Affairs Ayman Safadi"): after a portfolio that is a known place ("in Iraq
 * Sheema Sen Gupta"), else at its first known first name past the portfolio's first word, else at its last two words
 */
export function nameAfterPortfolio(t: readonly Token[], portfolio: number, end: number): number {
  // `Representative in Iraq Sheema Sen Gupta`: a portfolio that is a known place ends where the place does
  for (let j = Math.min(end - 2, portfolio + MAX_PORTFOLIO); j > portfolio; j--) if (knownPlace(phrase(t, portfolio, j))) return j;
  for (let j = portfolio + 1; j <= Math.min(end - 2, portfolio + MAX_PORTFOLIO); j++) if (isFirstName(t[j].lower)) return j;
  return end - 2;
}

/**
 * the word after a run ending at `end`, in its sentence, takes the run as its modifier or owner: a noun, a name or a
 * possessive ("Memorial Day weekend", "Texas Republican", "California's governor")
 */
export function modifiesNext(t: readonly Token[], end: number): boolean {
  const next = t[end];
  return !!next && next.sentence === t[end - 1].sentence && (next.possessive || next.pos === 'NOUN' || next.pos === 'PROPN');
}

/** a hyphen glued to the run ending at `end`, in its sentence: the word goes on (`Naqsh-e`, `Hewlett-Packard`, `Ohio-based`) */
export const gluedHyphen = (t: readonly Token[], end: number): boolean =>
  t[end]?.view === '-' && t[end].start === t[end - 1].end && t[end].sentence === t[end - 1].sentence;

/** a capitalised run ending at `end` ends its phrase there: nothing takes it as a modifier or owner, and no hyphen goes on with its word */
export const endsPhrase = (t: readonly Token[], end: number): boolean => !modifiesNext(t, end) && !gluedHyphen(t, end);

/**
 * a capitalised run ending at `end` closes its name: it ends its phrase, and no list of capitalised words goes on after
 * it ("Director of the National Iodine Nutrition study", "Professor of East Asian Studies and Music")
 */
const closesRun = (t: readonly Token[], end: number): boolean =>
  endsPhrase(t, end) && !((t[end]?.lower === 'and' || t[end]?.lower === '&') && t[end].sentence === t[end - 1].sentence && isName(t[end + 1]));

/**
 * where the person named after an office's portfolio starts in the capitalised run `[portfolio, end)` that follows the
 * office's `of` ("Rex Tillerson" of "Secretary of State Rex Tillerson", "Ayman Safadi" of "Minister of Foreign Affairs
 * Ayman Safadi"), or -1 where the run names no one: three words or more ending their phrase, the name where
 * nameAfterPortfolio finds it, holding no body's head or title word, and a person's name (a known first name opens
 * it, or a word of it is no English word: "Professor of East Asian Studies" names no one)
 */
export function personAfterPortfolio(t: readonly Token[], portfolio: number, end: number): number {
  if (end - portfolio < 3 || !closesRun(t, end)) return -1;
  const first = nameAfterPortfolio(t, portfolio, end);
  const name = t.slice(first, end);
  if (name.some((w) => isBodyHead(w.lower) || TITLE_WORDS.has(w.lower)) || ORG_SUFFIXES.has(t[end - 1].lower)) return -1;
  return isFirstName(name[0].lower) || name.some((w) => !isEnglishWord(w.lower)) ? first : -1;
}

/** the words of tokens `[first, end)` as the text writes them: a space only where one stands (`al-Qaeda`, not `al - Qaeda`) */
export const writtenPhrase = (tokens: readonly Token[], first: number, end: number): string =>
  tokens.slice(first, end).reduce((s, w, k) => s + (k > 0 && tokens[first + k - 1].end !== w.start ? ' ' : '') + w.view, '');

/** the words of tokens `[first, end)` joined by single spaces */
export const phrase = (tokens: readonly Token[], first: number, end: number): string =>
  tokens
    .slice(first, end)
    .map((x) => x.view)
    .join(' ');

// demonyms and other adjectives that make no place: "Iranian border", "Jewish state"
export const notPlace = (word: string): boolean => NOT_PLACE_ADJECTIVES.has(word) || countryIndex().demonyms.has(word);
export const isCountry = (words: string): boolean => countryIndex().names.has(words);
let regions: Set<string> | undefined;
export const isRegion = (words: string): boolean => (regions ??= new Set(REGIONS.map((r) => r[0]))).has(words);

export interface Hit {
  first: number;
  /** exclusive */
  end: number;
  kind?: string;
}

export interface PatternRule {
  reason: string;
  type: EntityType;
  /** 'pattern' (default) wins ties with the tagger; 'context' only fills what nothing else claims */
  tier?: 'pattern' | 'context';
  /**
   * the rule may start at a lowercase word ("director David Barnea"); every other rule starts at a
   * capitalised one, and is only asked there
   */
  anyCase?: boolean;
  /** what the rule finds settles the type of that mention only (Candidate.local) */
  local?: boolean;
  find: (tokens: readonly Token[], i: number) => Hit | null;
}
