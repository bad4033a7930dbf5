import { PhraseMatcher, phraseTokens } from '../core/phrases';
import type { Doc, Mention, Token } from '../core/types';
import { HONORIFICS, TITLE_WORDS } from '../lexicon/titles';
import { tokenOf, tokenRange } from '../core/tokens';
import { knownOrg, placeOf } from '../lexicon/gazetteer';
import { acronymKey, bareName, isTitleCaseWord, MIN_LETTERS, opensCapital, withoutLegalForm } from '../lexicon/name-forms';
import { spelledBefore, spells } from '../candidates/acronyms';
import { STOP_CAPS } from '../lexicon/title-words';
import { CALENDAR } from '../lexicon/speech';
import { JOINING_WORDS, NAME_SMALL_WORDS, PHRASE_PREPOSITIONS } from '../lexicon/function-words';
import { isNotAName } from './no-names';
import { mentionOf } from './mention';

interface Form {
  from: Mention;
  reason: string;
  /** the word is also a common word of the article ("will"): only a capitalised use amid lowercase words names */
  amid?: boolean;
  /** a body's head word standing for it: only after "the" ("the League" after "Australian League of Rights") */
  afterThe?: boolean;
}

/**
 * the head word of a body's name of several words, which the article may write alone after "the":
 * the word before its `of` or `for` ("League" of "Australian League of Rights"), else its last
 * ("Senate" of "U.S. Senate", "Eagles" of "Philadelphia Eagles"); a word of a title's case, no
 * place's name ("Moscow" of "Dynamo Moscow" is the city) nor a plural, which names the members
 * or the things ("the Polaroids" after "Andy Warhol Polaroids", "the Scouts"); not of a run of
 * names joined by "and" ("Holy Land and the Palestinians")
 */
function bodyHead(m: Mention, text: string): string | null {
  const words = text.split(' ');
  if (m.type !== 'organization' || words.some((w) => JOINING_WORDS.has(w) && w !== 'of')) return null;
  const joint = words.findIndex((w) => w === 'of' || w === 'for');
  const head = joint > 0 ? words[joint - 1] : words.at(-1)!;
  return words.length > 1 && isTitleCaseWord(head) && !/[^s]s$/.test(head) && !placeOf(head) ? head : null;
}

// a neighbour that makes a repeat part of a longer name: "Bar" in "Bar Ilan University"
// (a sentence's first word is capitalised anyway: "Later Hamas said")
const joinsLeft = (t: Readonly<Token>) => t.cap && !TITLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower) && !STOP_CAPS.has(t.view) && !t.opensSentence;

// a word joined to the next by a hyphen with no space: "Garonne" in "Haute-Garonne" is no repeat of the river
const hyphened = (a: Readonly<Token>, b: Readonly<Token>) => a.end === b.start && (a.view.endsWith('-') || b.view.startsWith('-'));

/**
 * `…,” Will wrote` after "George Will", where the article also writes "will": a capitalised word
 * inside its sentence, between words that are not capitalised, is the name; at a sentence's start
 * or in a headline's run of capitals (`Trump Says He Will Win`) it is the common word
 */
const amidLowercase = (tokens: readonly Token[], k: number) => !tokens[k].opensSentence && !tokenOf(tokens, k - 1).cap && !tokenOf(tokens, k + 1).cap;

/**
 * `Peers in the House of Lords` read as "House" and "Lords": the tagger's fragments of a name of several words the
 * article names whole elsewhere give way to it; so does a place the gazetteers found inside a body's or a place's
 * name (`The US Marines`, `Air France`, `West Coast Eagles`), not inside a person's, which is more often a misread
 * run (`New Hampshire Republican`); a caller's entry never does
 */
function fragmentsOf(under: readonly Mention[], hit: { first: number; last: number; value: Form }, tokens: readonly Token[]): boolean {
  if (hit.last === hit.first) return false;
  const [start, end] = [tokens[hit.first].start, tokens[hit.last].end];
  const gives = (m: Mention) => m.tier === 'tagger' || (m.tier === 'gazetteer' && hit.value.from.type !== 'person');
  return under.every((m) => gives(m) && m.start >= start && m.end <= end && m.end - m.start < end - start);
}

/**
 * `the Organisation for the Prohibition of Chemical Weapons (OPCW)`, `Syrian Observatory for Human
 * Rights (SOHR)`: a body's or a place's name and capitals in brackets right after it that spell its
 * words' initials are one name, written two ways, whichever of the two the sources found; the
 * other is read there and wherever else the article writes it (the tagger, never having read an
 * acronym or a long name, misses one as often as not); a name a source ended short of the words
 * its acronym spells is read whole. the other forms, as written
 */
function otherForms(m: Mention, doc: Doc): string[] {
  if (m.type === 'person') return [];
  const t = doc.tokens;
  const [a, b] = tokenRange(t, m);
  // "Name (ACRONYM)": the acronym after the name, or after the rest of it a source cut off ("Islamic State of Iraq| and the Levant (ISIL)")
  const open = bracketAfter(t, b);
  const after = open >= 0 ? acronymKey(tokenOf(t, open + 1).view) : null;
  // or before it, where a source began the name past its first words ("Hay'at| Tahrir al-Sham (HTS)")
  // two letters are enough where they spell the whole name just found, of two words, right before them ("Islamic State (IS)")
  const short = !!after && after.length === MIN_LETTERS - 1 && open === b && b - a === 2 && spells(t, a, open, after, 'capitals');
  const first =
    !after || (after.length < MIN_LETTERS && !short) || tokenOf(t, open + 2).view !== ')'
      ? -1
      : spells(t, a, open, after, 'capitals')
        ? a
        : spelledBefore(t, open, after, 'capitals');
  if (first >= 0 && first <= a && t[first].sentence === t[a].sentence) {
    const acronym = tokenOf(t, open + 1).view;
    // the words as the tokens split them, so a hyphened one ("al-Sham") matches its tokens
    const words = t
      .slice(first, open)
      .map((w) => w.view)
      .join(' ');
    return first === a && open === b ? [acronym] : [words, acronym];
  }
  // the name before the acronym
  const own = b - a === 1 ? acronymKey(t[a].view) : null;
  if (!own || own.length < MIN_LETTERS || tokenOf(t, a - 1).view !== '(' || tokenOf(t, b).view !== ')') return [];
  const from = spelledBefore(t, a - 1, own, 'capitals');
  return from >= 0 && t.slice(from, a - 1).some((w) => PHRASE_PREPOSITIONS.has(w.lower)) ? [doc.view.slice(t[from].start, t[a - 2].end)] : [];
}

/** the views of tokens `[a, b)` */
const tokenViews = (tokens: readonly Token[], a: number, b: number): string[] => tokens.slice(a, b).map((t) => t.view);

/** the tokens of the last word of tokens `[a, b)` (`Ocasio`, `-`, `Cortez` of "Alexandria Ocasio-Cortez"), a possessive left out */
function lastWordTokens(tokens: readonly Token[], a: number, b: number): string[] {
  let end = b;
  while (end > a + 1 && tokens[end - 1].possessive) end--;
  let first = end - 1;
  while (first > a && tokens[first].start === tokens[first - 1].end) first--;
  return tokenViews(tokens, first, end);
}

/** the most words a name may run on for past where a source ended it, before its acronym's bracket */
const MAX_RUN_ON = 4;

/**
 * the opening bracket at `b` or after a few more words of a name from there (small joining words
 * and capitalised words, in the sentence), or -1
 */
function bracketAfter(t: readonly Token[], b: number): number {
  for (let k = b; k < t.length && k <= b + MAX_RUN_ON && t[k].sentence === t[b - 1].sentence; k++) {
    if (t[k].view === '(') return k;
    if (!t[k].cap && !(t[k].low && NAME_SMALL_WORDS.has(t[k].lower))) return -1;
  }
  return -1;
}

/**
 * one sense per article: a name found once is the same name where a source missed it, and a
 * person's surname alone ("Sa'ar told reporters") is that person, unless it names a known place
 * or organisation ("George Washington" does not make every "Washington" a person). only uncovered
 * tokens are read, unless a name of several words finds only the tagger's fragments of it there; the match is
 * case-sensitive and must not run into neighbouring capitalised or hyphened words; single words
 * also written lowercase in the article ("bar") are not repeated, but for a surname amid lowercase
 * words ("will", not a month's "may").
 */
export function propagateNames(mentions: readonly Mention[], doc: Doc): Mention[] {
  const { tokens } = doc;
  if (!mentions.length || !tokens.length) return [...mentions];
  const lowerWords = new Set(tokens.filter((t) => t.low).map((t) => t.lower));
  const matcher = new PhraseMatcher<Form>();
  // an acronym in capitals is matched with its case, so a lowercase word of the same letters is no other reading of it ("IS", "is")
  const capitals = (w: string) => /^[A-Z]{2,}$/.test(w);
  const addWords = (words: readonly string[], form: Form) => {
    if (words.length === 1 && ((lowerWords.has(words[0].toLowerCase()) && !capitals(words[0])) || words[0].length < 2)) return;
    matcher.addWords(words, form);
  };
  const add = (phrase: string, form: Form) => addWords(phraseTokens(phrase), form);
  // a name as its tokens split it, so a hyphened one ("Saxony-Anhalt", "Deir-ez-Zor") is found again
  for (const m of mentions) addWords(tokenViews(tokens, ...tokenRange(tokens, m)), { from: m, reason: 'entities:name-repeat' });
  for (const m of mentions) {
    const words = bareName(doc.view.slice(m.start, m.end)).split(' ');
    const last = words.at(-1)!;
    if (m.type === 'person' && words.length > 1 && opensCapital(last) && !placeOf(last) && !knownOrg(last)) {
      const lower = last.toLowerCase();
      const form = { from: m, reason: 'entities:surname-repeat' };
      const split = lastWordTokens(tokens, ...tokenRange(tokens, m));
      const surname = split.join('') === last ? split : [last];
      if (!lowerWords.has(lower)) addWords(surname, form);
      else if (!CALENDAR.has(lower)) matcher.addWords(surname, { ...form, amid: true });
    }
  }
  // "the Organisation for the Prohibition of Chemical Weapons (OPCW)": a name and its acronym, whichever was found
  for (const m of mentions) for (const other of otherForms(m, doc)) add(other, { from: m, reason: 'entities:acronym-form' });
  // "Apple Inc. said … Apple also raised": a company named with its legal form is the same company without it, where
  // a source missed it (a sentence's first word most: "Apple" is a common noun to the tagger there)
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const name = doc.view.slice(m.start, m.end);
    const short = withoutLegalForm(name);
    if (short !== name && opensCapital(short)) add(short, { from: m, reason: 'entities:short-form-repeat' });
  }
  // "the Senate", "the League": a body named whole elsewhere, by its head word after "the" (not a word the article writes lowercase: "the league")
  for (const m of mentions) {
    const head = bodyHead(m, doc.view.slice(m.start, m.end));
    if (head) add(head, { from: m, reason: 'entities:head-repeat', afterThe: true });
  }
  // the mention covering each token, so a longer name found again can take the place of its fragments
  const covered: Array<Mention | undefined> = new Array(tokens.length);
  for (const m of mentions) {
    const [a, b] = tokenRange(tokens, m);
    covered.fill(m, a, b);
  }
  const added: Mention[] = [];
  const replaced = new Set<Mention>();
  for (const hit of matcher.match(tokens)) {
    const under = covered.slice(hit.first, hit.last + 1).filter((m): m is Mention => !!m);
    if (under.length && !fragmentsOf(under, hit, tokens)) continue;
    const prev = tokenOf(tokens, hit.first - 1);
    const next = tokenOf(tokens, hit.last + 1);
    if ((prev.sentence === tokens[hit.first].sentence && joinsLeft(prev)) || (next.sentence === tokens[hit.last].sentence && next.cap)) continue;
    if (hyphened(prev, tokens[hit.first]) || hyphened(tokens[hit.last], next)) continue;
    if (hit.value.amid && !amidLowercase(tokens, hit.first)) continue;
    if (hit.value.afterThe && prev.lower !== 'the') continue;
    const { from, reason } = hit.value;
    const start = tokens[hit.first].start;
    const end = tokens[hit.last].end;
    // the checks every candidate passes hold for a repeat too: `a SUT.` names nothing wherever else `SUT` was read
    if (isNotAName({ ...from, start, end }, doc)) continue;
    for (const m of under) replaced.add(m);
    added.push(mentionOf({ ...from, start, end, reason }, doc.text.slice(start, end), -1));
  }
  if (!added.length) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start).map((m, index) => mentionOf(m, m.text, index));
}
