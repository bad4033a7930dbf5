import { countryIndex } from '../lexicon/country-index';
import { FACILITY_HEADS, PLACE_HEADS, SHOP_HEADS, SURNAME_FACILITY_HEADS } from '../lexicon/features';
import { NAME_AND, NAME_GOES_ON } from '../lexicon/function-words';
import {
  isBodyHead,
  LISTED_BODY_HEADS,
  NAMED_FOR_HEADS,
  NUMBERED_HEADS,
  NUMBERED_OUTLET_HEADS,
  OF_HEADS,
  ORG_SUFFIXES,
  PUBLIC_BODY_HEADS,
  PUBLICATION_HEADS,
  SPELLED_ORDINALS,
  STATION_TAILS,
  WRITTEN_LEGAL_FORMS,
} from '../lexicon/organizations';
import { TITLE_WORDS } from '../lexicon/titles';
import { KINDS_BEFORE_NAME } from '../lexicon/type-cues';
import type { Token } from '../core/types';
import { isPossessiveMark } from '../core/tokens';
import { knownBody, knownOrg, knownPlace, placeOf } from '../lexicon/gazetteer';
import { isFirstName } from '../lexicon/known-phrases';
import { isInitial, isStateAcronym } from '../lexicon/name-forms';
import { englishPlural, isEnglishWord } from '../document/wink';
import { isCap, isCountry, isName, isRegion, isUnlistedWord, nameBefore, nameRun, notPlace, phrase, type PatternRule } from './words';

/** a body's head words, written out: suffixes, of-heads, publications and bodies named after someone, without the company abbreviations */
const BODY_HEADS = new Set([
  ...[...ORG_SUFFIXES, ...OF_HEADS, ...PUBLICATION_HEADS, ...NAMED_FOR_HEADS].filter((w) => /^[a-z]{4,}$/.test(w)),
  'journal',
  'legion',
  'corps',
  'government',
  'conference',
  'guard',
  'guards',
  'institution',
  'coalition',
  'alliance',
  'caucus',
]);
/**
 * where a name found at `i` and ending at `end` starts: after the sentence's first word when that opens the sentence and
 * is no proper noun ("The", "Shares"); but a word the tagger reads as a verb there, with the sentence's verb right after
 * the name, is the name's own first word, no imperative's ("Zoom Video Communications beat estimates")
 */
const pastOpeningWord = (t: Parameters<PatternRule['find']>[0], i: number, end: number): number => {
  if ((i > 0 && t[i - 1].sentence === t[i].sentence) || t[i].pos === 'PROPN') return i;
  return t[i].pos === 'VERB' && t[end]?.pos === 'VERB' && t[end].sentence === t[i].sentence ? i : i + 1;
};

/** the most words a company's name may run before its legal form */
const LEGAL_NAME_WORDS = 6;

/** an ordinal in digits: "5th", "82nd", "1st", "102d" */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th|d)$/;

/** states no gazetteer of today's countries lists, whose names end like a body's */
const FORMER_STATES = new Set(['Soviet Union', 'Yugoslav Federation']);

/** memoranda "of understanding" and "of agreement", written as a state's acronym is */
const MEMORANDA = new Set(['MoU', 'MoA']);

/** the end of the longest country name or demonym (up to three words) starting at `i`, or -1 */
function countryAt(t: Parameters<PatternRule['find']>[0], i: number): number {
  for (let k = Math.min(i + 3, t.length); k > i; k--) {
    const words = phrase(t, i, k);
    if (isCountry(words) || countryIndex().demonyms.has(words)) return k;
  }
  return -1;
}

/** the end of a body the lexicon knows as nothing but a body, of one to three capitalised words from `i` (in its sentence: nameRun's) and no more, or -1 */
function knownBodyAt(t: readonly Token[], i: number): number {
  const end = nameRun(t, i, 4);
  return end > i && end - i <= 3 && knownBody(phrase(t, i, end), true) ? end : -1;
}

/**
 * "Apple and Google removed the app", "Huawei and Tesla cut prices": a lone capitalised word joined by "and"
 * to a body the lexicon knows as nothing but a body is a body too (the tagger misses a company whose name is a
 * common word, more so opening a sentence, or reads it a place); not a known place nor a people's word
 * ("German and NATO efforts"). A candidate where no other source names the word, and a type cue where one does
 * (mentions/evidence.ts)
 */
export function pairedWithBody(t: readonly Token[], i: number): boolean {
  if (!isName(t[i]) || TITLE_WORDS.has(t[i].lower) || isName(t[i - 1]) || isName(t[i + 1]) || knownPlace(t[i].view) || countryIndex().demonyms.has(t[i].view))
    return false;
  if (t[i + 1]?.lower === 'and' && t[i + 2]?.sentence === t[i].sentence && knownBodyAt(t, i + 2) > 0) return true;
  if (t[i - 1]?.lower !== 'and' || t[i - 1].sentence !== t[i].sentence) return false;
  for (let j = i - 2; j >= Math.max(0, i - 4); j--) if (isName(t[j]) && !isName(t[j - 1]) && knownBodyAt(t, j) === i - 1) return true;
  return false;
}

/** the most names a list inside a body's name holds: "Department for Digital, Culture, Media and Sport" has four */
const LISTED_NAMES = 6;

/**
 * the end of a list of names going on from the comma at `k`, ", B, C and D" (an Oxford comma too), each of one to
 * `words` capitalised words of the sentence that `fits` takes, the last after `and` and no name's word after it; or
 * -1: a list no `and` closes is a sentence's commas, not a name's
 */
export function listEnd(t: readonly Token[], k: number, words: number, fits: (t: readonly Token[], first: number, end: number) => boolean): number {
  if (t[k]?.view !== ',') return -1;
  const sentence = t[k].sentence;
  for (let n = 0; n < LISTED_NAMES; n++) {
    let at = t[k]?.view === ',' ? k + 1 : k;
    const last = NAME_AND.has(t[at]?.lower ?? '');
    if (last) at++;
    if (at === k || !isName(t[at]) || t[at].sentence !== sentence) return -1;
    const end = nameRun(t, at, words);
    if (!fits(t, at, end)) return -1;
    // the last name ends the list: no name's word, of-phrase or hyphen after it ("County of Maui", "American-Islamic"),
    // and two names need no comma between them ("Department of Finance, and County of Maui" names two bodies)
    if (last) return (isName(t[end]) && t[end].sentence === sentence) || NAME_GOES_ON.has(t[end]?.lower ?? '') || n === 0 ? -1 : end;
    if (t[end]?.view !== ',' && !NAME_AND.has(t[end]?.lower ?? '')) return -1;
    k = end;
  }
  return -1;
}

/**
 * a name a list inside a body's name may hold: no place, known body, given name or title before a name ("the Ministry
 * of Defence, France and Germany", "the Bureau of Statistics, President Obama and …"); a title's word alone is a
 * remit ("Science, Space and Technology", "Civil Liberties, Justice and Home Affairs")
 */
export const listedName = (t: readonly Token[], first: number, end: number): boolean =>
  unnamedRemit(t, first, end) && !(TITLE_WORDS.has(t[first].lower) && end - first > 1);

const unnamedRemit = (t: readonly Token[], first: number, end: number): boolean => {
  const words = phrase(t, first, end);
  return !knownPlace(words) && !isCountry(words) && !knownOrg(words) && !isFirstName(t[first].lower);
};

/** a department's remit in a list before its head, English words only, a title's too: "Foreign", "Rural Affairs", "Pensions Committee" */
const listedRemit = (t: readonly Token[], first: number, end: number): boolean =>
  unnamedRemit(t, first, end) && t.slice(first, end).every((w) => isEnglishWord(w.lower) || englishPlural(w.lower));

/** bodies and buildings named with another name inside: a country, a person, a place */
export const BODY_RULES: PatternRule[] = [
  {
    // "the GoI", "DoD officials", "the MoH reported": a government's, a department's or a ministry's
    // acronym written with a lowercase "of" ("Government of Iraq") is a body, which the tagger, never
    // having read one, misses; not a memorandum's ("MoU", "MoA") nor a centre of mass's ("CoM")
    reason: 'state-acronym',
    type: 'organization',
    find: (t, i) => (isStateAcronym(t[i].view) && !MEMORANDA.has(t[i].view) ? { first: i, end: i + 1 } : null),
  },
  {
    // "Foreign, Commonwealth and Development Office", "Health, Education, Labor and Pensions Committee": a list of
    // English words in title case, set off by commas and closed by `and`, ending in a government body's head, is one
    // body, which the tagger cuts at every comma; not a list of names ("Trump, Ryan and Republican National Committee")
    reason: 'listed-body',
    type: 'organization',
    find: (t, i) => {
      if (!isName(t[i]) || nameBefore(t, i) || t[i + 1]?.view !== ',') return null;
      // a sentence's first common word opens no list of a name's ("Still, Labour and Treasury Committee members …")
      if (pastOpeningWord(t, i, i + 1) !== i || !listedRemit(t, i, i + 1)) return null;
      const end = listEnd(t, i + 1, 3, listedRemit);
      return end > 0 && LISTED_BODY_HEADS.has(t[end - 1].lower) ? { first: i, end } : null;
    },
  },
  {
    // "energy regulator Ofgem", "media watchdog Ofcom", "German chipmaker Infineon": a word no English list knows, right
    // after a company's kind in lowercase, names the company (the type cue company-kind says so of every name there);
    // where no other source names it
    reason: 'kind-named',
    type: 'organization',
    tier: 'context',
    find: (t, i) => {
      const kind = t[i - 1];
      if (!kind || kind.view !== kind.lower || !KINDS_BEFORE_NAME.has(kind.lower) || kind.sentence !== t[i].sentence) return null;
      if (!isName(t[i]) || !isUnlistedWord(t[i]) || knownPlace(t[i].view)) return null;
      return { first: i, end: nameRun(t, i, 3) };
    },
  },
  {
    // "BBC Radio 4", "Channel 4 News", "BBC Radio 5 Live": a broadcaster's station named by its number is one
    // outlet, number and all, which the tagger cuts before the number; the capitalised words before the head
    // are the broadcaster's ("BBC"), and a tail after the number ("News", "Live") is the station's
    reason: 'numbered-outlet',
    type: 'organization',
    find: (t, i) => {
      if (!isName(t[i]) || nameBefore(t, i)) return null;
      const head = nameRun(t, i, 3) - 1;
      const number = t[head + 1];
      if (!NUMBERED_OUTLET_HEADS.has(t[head].lower) || !number || !/^\d{1,2}$/.test(number.view) || number.sentence !== t[i].sentence) return null;
      const tail = t[head + 2];
      const end = tail?.cap && STATION_TAILS.has(tail.lower) && tail.sentence === t[i].sentence ? head + 3 : head + 2;
      // "Channel 4 2-1": a score or a figure goes on after the number
      const after = t[end]?.view ?? '';
      if (/^[\d%]/.test(after) || (after === '-' && /^\d/.test(t[end + 1]?.view ?? ''))) return null;
      return { first: i, end };
    },
  },
  {
    // "Apple and Google removed the app": pairedWithBody's lone word, where no other source names it
    reason: 'paired-body',
    type: 'organization',
    tier: 'context',
    find: (t, i) => (pairedWithBody(t, i) ? { first: i, end: i + 1 } : null),
  },
  {
    // "United States Navy", "UK Government", "Indonesian Navy", "New Zealand Herald": a country's
    // name or demonym, then capitalised words ending in a body's head, is that country's body; not a
    // country itself ("Soviet Union", "United Arab Emirates"). so is a country's branch of a known
    // body of two words or more ("Kenya Red Cross", "Syrian Arab Red Crescent")
    reason: 'country-body',
    type: 'organization',
    find: (t, i) => {
      if (!isCap(t[i]) || (i > 0 && isName(t[i - 1]))) return null;
      const country = countryAt(t, i);
      if (country < 0 || !isName(t[country])) return null;
      const end = nameRun(t, country, 3);
      const head = t[end - 1].lower;
      const branch = end - country > 1 && knownBody(phrase(t, country, end));
      if (!(isBodyHead(head) || branch) || isCountry(phrase(t, i, end)) || (end - country === 1 && head === 'union')) return null;
      return { first: i, end };
    },
  },
  {
    // "Douglas & Lomason Co", "Johnson Controls Inc", "Marks & Spencer Group plc": a capitalised run, its words
    // joined by "&" or not, closed by a company's legal form as companies write it, is one company, which the
    // tagger splits at the "&" or types a place; a sentence's first common word is no part of it
    reason: 'legal-name',
    type: 'organization',
    find: (t, i) => {
      if (!isName(t[i]) || nameBefore(t, i) || TITLE_WORDS.has(t[i].lower)) return null;
      let j = i;
      while (j < t.length && t[j].sentence === t[i].sentence && j - i < LEGAL_NAME_WORDS) {
        if (j > i && WRITTEN_LEGAL_FORMS.has(t[j].view)) break;
        if (isName(t[j]) || (j > i && t[j].text === '&' && isName(t[j + 1]))) j++;
        else return null;
      }
      if (j === i || j >= t.length || t[j].sentence !== t[i].sentence || !WRITTEN_LEGAL_FORMS.has(t[j].view)) return null;
      const first = pastOpeningWord(t, i, j + 1);
      return j > first ? { first, end: j + 1 } : null;
    },
  },
  {
    // "Rolling Stone Magazine", "Andy Warhol Foundation", "Italian Episcopal Conference": a capitalised run
    // ending in a body's head is one organisation, though its first words name a person or a place;
    // known and former states ("West Bank", "Soviet Union") and all-caps headlines ("RUGBY UNION")
    // are left alone, and a sentence's first common word is no part of it
    reason: 'headed-body',
    type: 'organization',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1])) || TITLE_WORDS.has(t[i].lower)) return null;
      const end = nameRun(t, i, 5);
      const head = t[end - 1];
      if (end - i < 2 || !BODY_HEADS.has(head.lower) || head.view === head.view.toUpperCase()) return null;
      // "Douglas J. Band": after a middle initial the head word is a family name
      if (isInitial(t[end - 2].view)) return null;
      const first = pastOpeningWord(t, i, end);
      if (end - first < 2) return null;
      const run = phrase(t, first, end);
      return isCountry(run) || isRegion(run) || placeOf(run) || FORMER_STATES.has(run) ? null : { first, end };
    },
  },
  {
    // "the 82nd Airborne Division", "the 5th Circuit", "the 9th U.S. Circuit Court of Appeals": an
    // ordinal, then capitalised words ending in a unit's or a court's head, is one body with its
    // number (the tagger drops the number or the whole name); an of-phrase after the head goes on.
    // an ordinal written out in title case too: "the Fourth Division", "the Second Circuit" (gold
    // names so written are organisations 6 times in 6 over the labelled sets; not a headline's capitals,
    // "SPANISH FIRST DIVISION", a league CoNLL leaves out)
    reason: 'numbered-unit',
    type: 'organization',
    anyCase: true,
    find: (t, i) => {
      const ordinal = ORDINAL.test(t[i].view) || (t[i].cap && SPELLED_ORDINALS.has(t[i].lower) && t[i].view !== t[i].view.toUpperCase());
      if (!ordinal || !isName(t[i + 1]) || t[i + 1].sentence !== t[i].sentence) return null;
      let end = nameRun(t, i + 1, 4);
      if (!NUMBERED_HEADS.has(t[end - 1].lower)) return null;
      if (t[end]?.lower === 'of' && isName(t[end + 1]) && t[end + 1].sentence === t[i].sentence) end = nameRun(t, end + 1, 2);
      return { first: i, end };
    },
  },
  {
    // "Avon and Somerset Police", "Kensington and Chelsea Council": a public body serving two places
    // names both, joined by "and" or "&", before its head; one of them a place the data knows, the
    // first one word, no country, given name or acronym ("Israel and Gaza Health Ministry", "the FBI
    // and Chicago Police" are two names), and no of-phrase after the head (its name goes on)
    reason: 'joined-public-body',
    type: 'organization',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1])) || !NAME_AND.has(t[i + 1]?.lower ?? '') || !isName(t[i + 2])) return null;
      if (t[i + 2].sentence !== t[i].sentence || t[i].view === t[i].view.toUpperCase() || TITLE_WORDS.has(t[i].lower)) return null;
      // "University of Texas and Harvard University": the first place closes another body's of-phrase
      if (t[i - 1]?.lower === 'of' && isName(t[i - 2])) return null;
      const end = nameRun(t, i + 2, 3);
      if (end - (i + 2) < 2 || !PUBLIC_BODY_HEADS.has(t[end - 1].lower) || isName(t[end]) || t[end]?.lower === 'of') return null;
      if (isCountry(t[i].view) || isCountry(t[i + 2].view) || countryIndex().demonyms.has(t[i + 2].view) || isFirstName(t[i].lower)) return null;
      return knownPlace(t[i].view) || knownPlace(t[i + 2].view) ? { first: i, end } : null;
    },
  },
  {
    // "Joe's Pizza", "Katz's Deli": an owner's name of one or two words, its possessive and a capitalised shop's head
    // are a shop, a place, where the tagger reads the owner a person and the head a place of its own; not a place's
    // ("London's Kitchen" is London's)
    reason: 'owned-shop',
    type: 'location',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1]))) return null;
      const owner = nameRun(t, i, 2);
      const head = t[owner + 1];
      if (!isPossessiveMark(t[owner]?.lower ?? '', false) || !isCap(head) || !SHOP_HEADS.has(head.lower)) return null;
      if (head.sentence !== t[i].sentence || head.start !== t[owner].end + 1 || isName(t[owner + 2]) || placeOf(phrase(t, i, owner))) return null;
      return { first: i, end: owner + 2, kind: 'feature' };
    },
  },
  {
    // "Fisht Stadium", "Shandao Station", "Al-Ghaza Hotel": names and a building's head are a place; and a place's head
    // ("Queen Creek", "Trafalgar Dock", "Ronald Reagan Washington National Airport", lexicon/features.ts PLACE_HEADS)
    reason: 'named-facility',
    type: 'location',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1]))) return null;
      const end = nameRun(t, i, 5);
      const head = t[end - 1]?.lower ?? '';
      // a place's head after a given name may be a surname ("said Dana Creek"), and so may a building's some ("Tony Hall",
      // "Sharon Street"): the cues around it decide
      const surname = isFirstName(t[i].lower) && end - i === 2;
      const site = (FACILITY_HEADS.has(head) && !(surname && SURNAME_FACILITY_HEADS.has(head))) || (PLACE_HEADS.has(head) && !isFirstName(t[i].lower));
      if (end - i < 2 || !site || notPlace(t[i].view)) return null;
      return { first: i, end, kind: 'feature' };
    },
  },
];
