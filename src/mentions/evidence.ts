// what one mention says of its name's type: its own reading, what the name is (a known surname, a
// country, a building), the cues around it, what the lexicon knows of its words; reconcile.ts weighs it
import { CLUBS } from '../lexicon/clubs';
import { COMPANIES, COMPANY_AS_LANDFORM, writesLandform } from '../lexicon/companies';
import { memoised } from '../core/memo';
import { isCap, tokenOf, tokenRange } from '../core/tokens';
import type { Doc, EntityType, Mention } from '../core/types';
import {
  COMPASS_WORDS,
  DIRECTIONS,
  FACILITY_HEADS,
  NO_PERSON_SITE_HEADS,
  FEATURE_WORDS,
  PLACE_HEADS,
  SHOP_HEADS,
  SURNAME_PLACE_HEADS,
  WORLD_NAMES,
  opensWithCompassAdjective,
} from '../lexicon/features';
import { JOINING_WORDS, PLACE_PREPOSITIONS } from '../lexicon/function-words';
import { FOUND_BODY_HEADS, isBodyHead, NAMED_FOR_HEADS, PUBLICATION_HEADS, STATE_HEADS, TRADE_HEADS } from '../lexicon/organizations';
import { countryOf, knownBody, knownPlace, placeOf } from '../lexicon/gazetteer';
import { nameKey } from '../core/names';
import {
  hasLetterDigitWord,
  isAcronymText,
  isInitial,
  isNameWord,
  isRoadCode,
  isTitleCaseWord,
  namesBeforeComma,
  nameWords,
  opensCapital,
  withFamilyArticle,
  withoutLegalForm,
} from '../lexicon/name-forms';
import { CUE_VOTES } from '../lexicon/type-cues';
import { SPEECH_VERBS } from '../lexicon/speech';
import { citedInText, isCited } from '../lexicon/citations';
import { citesInBrackets } from '../candidates/citations';
import { CAPITALISED_HEADS, HONORIFICS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import { typeCuesAround } from './cues';
import { definedByAcronym, spelledInBrackets } from '../candidates/acronyms';
import { pairedWithBody } from '../candidates/bodies';
import { opensBodyAt, opensPlaceAt } from '../candidates/words';
import { englishPlural, isEnglishWord } from '../document/wink';
import { PERSONAL_CLASSES, phraseClasses } from '../lexicon/known-phrases';
import type { GazClass } from '../lexicon/phrase-classes';

/** a pattern reads a cue in the text (a title, an honorific, `who`): it outweighs several guesses of the tagger */
const PATTERN_VOTES = 3;
/** what the article or the bundled data settles outright: a known person's surname, a country, a building */
const DECISIVE = 1000;

/**
 * where a piece of evidence comes from, which says how reconcile.ts weighs it: `reading`, a mention's own
 * type as its tier read it; `name`, what the name is (a known surname, a country, a building); `cue`, the
 * words around a mention; `lexicon`, what the lexicon says the word is, a better guess than the tagger's,
 * not a cue: it stands in for the tagger's guesses (never adds to them) and counts once however often the
 * name is met
 */
export type EvidenceFrom = 'reading' | 'name' | 'cue' | 'lexicon';

/** one piece of evidence for a name's type: a mention's own reading, a cue around one, or what the name is */
export interface Evidence {
  type: EntityType;
  votes: number;
  from: EvidenceFrom;
  /** the rule that gave it, as the mention's `source` shows it ("cue:place-head", "surname") */
  reason: string;
  /** the kind of place it makes the name, where the rule knows it ("facility": a feature) */
  kind?: 'feature' | 'country';
}

/** what cue `rule` says of a name's type; its reason reads `cue:rule` */
export const cueEvidence = (type: EntityType, rule: string): Evidence => ({ type, votes: CUE_VOTES, from: 'cue', reason: `cue:${rule}` });

// "MP", "Prime Minister", "the Secretary": title words ending in a head, standing for the holder;
// not a modifier alone ("State") nor a head that is a title only before a name ("Lord's", the
// cricket ground; "General")
const isOffice = (text: string): boolean => {
  const words = nameWords(text);
  const head = words.at(-1)!;
  return TITLE_HEADS.has(head) && !CAPITALISED_HEADS.has(head) && words.every((w) => TITLE_WORDS.has(w));
};

/**
 * a known place's name where it can only be the place: after "in", or before the country or region
 * it lies in ("born in Paris", "Paris, France"); a person of that surname in the article ("Michael
 * Paris") does not make it theirs there (of the 6 mentions this changes over the labelled sets, 5
 * are gold places, the sixth unlabelled)
 */
const placedPlace = (m: Mention, doc: Doc): boolean =>
  !!placeOf(m.text) && (AFTER_IN.test(doc.text.slice(Math.max(0, m.start - 4), m.start)) || !!placeOfPlace(m, doc));

/**
 * `Northern Iraq`, `Rural Damascus`, `Greater London`: a direction's word before a place `known` knows names a part of
 * that place: never a person, and no body when the place is a country (a club is named by a town or a region: "North
 * Melbourne", "Central Michigan"), unless the whole is a country's name itself ("Northern Ireland", "South Korea": a team)
 */
const partOfPlace = (text: string, known: (name: string) => unknown): boolean => {
  const cut = text.indexOf(' ');
  return cut > 0 && DIRECTIONS.has(text.slice(0, cut).toLowerCase()) && !!known(text.slice(cut + 1)) && !countryOf(text);
};

/**
 * "Mr. Obama", "Mrs. Clinton", "Dr. Okafor": a name an honorific opens is a person's, whatever the
 * tagger read (in an article of many "Mr." its history feature carried one reading of it as a place
 * to every mention, apart from the bare surname's person); not a street or a building named so
 * ("Dame Street"), nor a body ("Dr. Pepper Snapple Group")
 */
const honoured = (text: string): boolean => HONORIFICS.has(text.slice(0, text.indexOf(' ')).toLowerCase()) && personalName(text);

/**
 * what the name of mention `m` is, whatever its type: a known person's surname ("Bar" after "Ronen
 * Bar"), unless a place's name where only a place stands, a country even where it acts ("Qatar
 * brokered"), a building's name ("Century City Towers"), an office standing for its holder ("the MP
 * said": a person, as GUM reads it, never a place), a company named with its trade ("Virgin Records")
 */
function standing(m: Mention, doc: Doc, surnames: ReadonlySet<string>): Evidence | null {
  // a word of letters and digits makes no person: gold names holding one are persons 2 times in 232 over the labelled
  // sets (a date and a garbled surname), organisations 64 (a radio station's call sign, a band, a regiment), places 35,
  // models and works 131 (typed other); a road's number is a place: gold names so written are places 19 times,
  // organisations 3 ("F1"), models 34
  if (m.type === 'person' && hasLetterDigitWord(m.text))
    return isRoadCode(m.text)
      ? { type: 'location', votes: DECISIVE, from: 'name', reason: 'road-code' }
      : { type: 'organization', votes: DECISIVE, from: 'name', reason: 'digits' };
  if (surnames.has(nameKey(m.text)) && !placedPlace(m, doc)) return { type: 'person', votes: DECISIVE, from: 'name', reason: 'surname' };
  if (WORLD_NAMES.has(m.text)) return { type: 'location', votes: DECISIVE, from: 'name', reason: 'world' };
  if (m.type === 'organization' && countryOf(m.text)) return { type: 'location', votes: DECISIVE, from: 'name', reason: 'country-actor', kind: 'country' };
  if ((m.type === 'organization' && isFacility(m.text)) || (m.type === 'person' && endsIn(m.text, NO_PERSON_SITE_HEADS)))
    return { type: 'location', votes: DECISIVE, from: 'name', reason: 'facility', kind: 'feature' };
  if ((m.type === 'person' && partOfPlace(m.text, knownPlace)) || (m.type === 'organization' && partOfPlace(m.text, countryOf)))
    return { type: 'location', votes: DECISIVE, from: 'name', reason: 'part-of-place' };
  if (isOffice(m.text)) return { type: 'person', votes: DECISIVE, from: 'name', reason: 'office' };
  if (honoured(m.text)) return { type: 'person', votes: DECISIVE, from: 'name', reason: 'honorific' };
  // `Popular Mobilization Units (PMU)`, `Hay'at Tahrir al-Sham (HTS)`: a name its acronym defines as a body's is one, not a place the gazetteer does not know
  if (m.type !== 'organization' && !knownPlace(m.text) && definedByAcronym(doc.tokens, ...tokenRange(doc.tokens, m)))
    return { type: 'organization', votes: DECISIVE, from: 'name', reason: 'acronym' };
  // `Inter-Services Intelligence (ISI)`: a person's reading defined by an acronym, with no given name among its words and
  // a common noun last, is a body's (a person so defined ends in a surname: "John Fitzgerald Kennedy (JFK)", "Alexandria
  // Ocasio-Cortez (AOC)")
  if (m.type === 'person' && unnamedAcronym(m, doc)) return { type: 'organization', votes: DECISIVE, from: 'name', reason: 'acronym' };
  if (endsIn(m.text, TRADE_HEADS)) return { type: 'organization', votes: DECISIVE, from: 'name', reason: 'trade' };
  return null;
}

/** the mention's words are spelled by an acronym in brackets after them, none a person's name the lexicon knows, the last an English word */
function unnamedAcronym(m: Mention, doc: Doc): boolean {
  const [a, b] = tokenRange(doc.tokens, m);
  if (!spelledInBrackets(doc.tokens, a, b) || !isEnglishWord(doc.tokens[b - 1].lower)) return false;
  return !doc.tokens.slice(a, b).some((w) => w.cap && phraseClasses(w.lower).some((c) => PERSONAL_CLASSES.has(c)));
}

/**
 * a person's name whose last word is a surname: more than one word, none a joining word ("Hafijj
 * Hotel and Socotra"), not opening with a compass word ("North Bridgton") nor ending in a
 * feature's or a building's head ("Naqsh-e Jahan Square", "Alfred Phillips House")
 */
export function personalName(text: string): boolean {
  const words = nameWords(text);
  if (words.length < 2) return false;
  const last = words.at(-1)!.toLowerCase();
  if (words.some((w) => JOINING_WORDS.has(w)) || COMPASS_WORDS.has(words[0].toLowerCase())) return false;
  return !FACILITY_HEADS.has(last) && !FEATURE_WORDS[last] && !isBodyHead(last) && !NAMED_FOR_HEADS.has(last);
}

/** a name of two words or more ending in a capitalised head word: "Virgin Records" (a trade's), "Hancock Brook" (a place's) */
function endsIn(text: string, heads: ReadonlySet<string> | ((lower: string) => boolean)): boolean {
  const cut = text.lastIndexOf(' ');
  if (cut < 0) return false;
  const last = text.slice(cut + 1);
  const isHead = typeof heads === 'function' ? heads : (w: string) => heads.has(w);
  return opensCapital(last) && isHead(last.toLowerCase());
}

/**
 * "Fairmont State College", "Orlando Sentinel": a name ending in a body's head word, not a state's
 * ("Soviet Union"); a paper's head after a hyphen too ("Fort Worth Star-Telegram", "Pittsburgh Post-Gazette").
 * after a middle initial the head word is a family name ("Douglas J. Band")
 */
const endsInBodyHead = (text: string): boolean =>
  endsIn(text, (w) => (isBodyHead(w) && !STATE_HEADS.has(w)) || FOUND_BODY_HEADS.has(w) || PUBLICATION_HEADS.has(w.slice(w.lastIndexOf('-') + 1))) &&
  !isInitial(text.split(' ').at(-2) ?? '');

// "Metro Toronto Convention Centre", "Chiang Kai Shek Memorial Hall Station": a named building or site
const isFacility = (text: string): boolean => endsIn(text, FACILITY_HEADS);

/** a score or a standing after a name, or after its country in brackets: "Leeds 3 Hull 1", "SEATTLE 70 63 .526", "Alba (Germany) 75" */
const SCORED = /^\s*(?:\([^()\d]{1,24}\)\s*)?\d/;

/**
 * what a known city's name says at one mention the tagger read: a city, one vote as one guess of
 * the tagger weighs; a team where a score follows it, a results table's row ("Leeds 3", one vote
 * for the organisation). the tagger reads a city it never saw in training as a body at every
 * mention ("Kraków" in a travel guide); its guesses count two votes at most, the city's
 * name once each time it is met
 */
function cityReading(m: Mention, doc: Doc): Evidence | null {
  if (m.tier !== 'tagger' || placeOf(m.text)?.kind !== 'city') return null;
  if (SCORED.test(doc.text.slice(m.end, m.end + 30))) return { type: 'organization', votes: 1, from: 'name', reason: 'team-score' };
  return { type: 'location', votes: 1, from: 'name', reason: 'known-city' };
}

/** a lexicon's guess outweighs the tagger's guesses (GUESS_CAP) and yields to any cue (CUE_VOTES) */
const LEXICON_GUESS = 2.5;

/** a scorer's minute after a player's name, no team's score: "Gomez 86th" */
const MINUTE = /^\s*\d+(?:st|nd|rd|th)\b/;

/** a place's preposition right before a name: "in Brittany" (gold given names after it are persons 0 times in 9) */
const AFTER_IN = /(?:^|\s)in\s$/;

/** the lexicon's classes of a word it knows only as a person's (a given name, a surname, a person), null for any other */
function personalClasses(word: string): GazClass[] | null {
  const classes = phraseClasses(word.toLowerCase());
  return classes.every((c) => PERSONAL_CLASSES.has(c)) ? classes : null;
}

/**
 * a given name or a surname alone ("talking to Beth", "sent the draft to Schmidt"), which the
 * tagger, seeing one capitalised word, reads as a place or a body as often as not: a person, unless
 * the lexicon knows the word as a place, a body or a team too ("Adelaide", "Chelsea"), a score
 * follows it (a results table's "Nancy 2": a team; not a scorer's minute, "Gomez 86th") or "in"
 * comes before it at any mention ("in Brittany": a place). gold one-word given names are persons
 * 96 times in 102 in wikigold, 393 in 403 in GUM's genres, 88 in 92 in the web text; surnames
 * 396 times in 432 over the labelled sets
 */
function givenName(m: Mention, doc: Doc): Evidence | null {
  if (!isTitleCaseWord(m.text) || placeOf(m.text)) return null;
  const classes = personalClasses(m.text);
  if (!classes?.some((c) => c === 'first' || c === 'last')) return null;
  const after = doc.text.slice(m.end, m.end + 30);
  // not a possessive's owner after it: "in Obama's cabinet"
  if (AFTER_IN.test(doc.text.slice(Math.max(0, m.start - 4), m.start)) && !tokenOf(doc.tokens, tokenRange(doc.tokens, m)[1]).possessive)
    return { type: 'location', votes: LEXICON_GUESS + 1, from: 'lexicon', reason: 'in-place' };
  if (SCORED.test(after) && !MINUTE.test(after)) return { type: 'organization', votes: LEXICON_GUESS + 1, from: 'lexicon', reason: 'team-score' };
  return { type: 'person', votes: LEXICON_GUESS, from: 'lexicon', reason: 'given-name' };
}

/** "Deir al-Balah", "Khan Younis", "Kfar Aza": a name of two words or more opened by an Arabic or Hebrew place's head noun (candidates/words.ts opensPlaceAt) */
const opensPlace = (m: Mention, doc: Doc): boolean => {
  const [a, b] = tokenRange(doc.tokens, m);
  return b - a >= 2 && opensPlaceAt(doc.tokens, a);
};

/** "Kata'ib Hezbollah", "Liwa al-Quds": a name of two words or more opened by an Arabic body's head noun (candidates/words.ts opensBodyAt) */
const opensBody = (m: Mention, doc: Doc): boolean => {
  const [a, b] = tokenRange(doc.tokens, m);
  return b - a >= 2 && opensBodyAt(doc.tokens, a);
};

/**
 * "Bashar al-Assad", "Muqtada al-Sadr", "Anwar al-Awlaki": given names and a family name with its article hyphened on,
 * the name opened by no place's or body's head noun ("Deir al-Zour", "Ansar al-Sharia", whose openers say so) nor
 * closed by one, are a person's (gold names so written are persons 18 times in 21 over the labelled sets; the others a
 * mountain's and a mosque's, "Jebel al-Akhdar", "Masjid Al-Haram", and a society): the tagger, reading the given name
 * alone, types it a place as often
 */
const familyArticleName = (m: Mention, doc: Doc): boolean =>
  withFamilyArticle(m.text) && !opensPlace(m, doc) && !opensBody(m, doc) && !placeOf(m.text) && !knownBody(m.text) && !endsInBodyHead(m.text);

/** "Hancock Brook", not "Arthur Pond": a name closed by a head that closes surnames too, opened by no given name */
const placeUnlessGiven = (text: string): boolean => endsIn(text, SURNAME_PLACE_HEADS) && !personalClasses(text.slice(0, text.indexOf(' ')))?.includes('first');

/**
 * a full name opening with a given name the lexicon knows only as a person's (or with a middle initial), its last word no
 * head of a body, a building or a place ("Carter Anthony Beauford", "Salvador Luria"; not "Dave
 * Matthews Band", "Bobby Morris Playfield"): a person, a guess above the tagger's (gold names so
 * made are persons 3873 times in 3980 over the labelled sets, the rest mostly clubs and bands)
 */
function fullName(m: Mention): Evidence | null {
  const words = m.text.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every(isNameWord) || !personalName(m.text)) return null;
  if (!personalClasses(words[0])?.includes('first') && !middleInitial(words)) return null;
  if (placeOf(m.text) || knownBody(m.text) || endsIn(m.text, PLACE_HEADS)) return null;
  return { type: 'person', votes: LEXICON_GUESS, from: 'lexicon', reason: 'full-name' };
}

/**
 * "Washington, D.C.", "Raleigh, N.C.", "Austin, Texas": a country or a region the gazetteer knows, after a known place's
 * name and its comma, is where that place lies, whatever the tagger read (it reads "D.C." as a person's initials)
 */
function regionOfPlace(m: Mention, doc: Doc): Evidence | null {
  const kind = placeOf(m.text)?.kind;
  if (kind !== 'region' && kind !== 'country') return null;
  const before = namesBeforeComma(doc.text.slice(Math.max(0, m.start - 40), m.start));
  return before && placeOf(before) ? cueEvidence('location', 'region-of') : null;
}

/**
 * "Geir O. Pedersen", "Delwyn J. Langejans": a given name in title case, a middle initial, a surname, the way
 * persons are written whatever their given name (gold names so written are persons, or a person's name's first
 * words, 52 times in 57 over the labelled sets; the rest firms and a centre named for a person, "Robert W. Baird &
 * Co.", "Robert C. Byrd National Aerospace Education Center", which the ampersand and the head outvote)
 */
const middleInitial = (words: readonly string[]): boolean =>
  words.length === 3 && isTitleCaseWord(words[0]) && isInitial(words[1]) && isTitleCaseWord(words[2]);

/** the capitalised words after a name's comma, ending a phrase: "Troy, Tennessee." → "Tennessee"; not "Gomez, Panama coach" */
const AFTER_COMMA = /^, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})(?=[,.;:)]|\s*$|\n)/u;

/**
 * a place the name lies in, after its comma: "Troy, Tennessee", "Cliddesden, Hampshire" (a known
 * country or region: gold names so followed that the gazetteer does not know are places 160 times
 * in 180 over the labelled sets, the rest mostly air bases and bodies)
 */
function placeOfPlace(m: Mention, doc: Doc): Evidence | null {
  const after = AFTER_COMMA.exec(doc.text.slice(m.end, m.end + 40));
  const kind = after && placeOf(after[1])?.kind;
  return kind === 'country' || kind === 'region' ? cueEvidence('location', 'place-of') : null;
}

/**
 * an author cited in a paper: "(Charmaz, 2006)", "Carrano & Biewener, 2005", "Morgan-Short et al.",
 * or any name of an author list closing in a year or a reference's number ("(Boot, Kramer, &
 * Gratton, 2009)", "Carrano & Biewener [7]") (gold names so cited are persons 59 times in 61 over
 * the labelled sets; the lists of co-authors and the numbered pairs 45 times in 49, the rest places
 * of publication the gazetteer knows and a publisher); not a known place nor an acronym ("(UK, 2003)", a place of publication)
 */
function citedAuthor(m: Mention, doc: Doc): Evidence | null {
  const cited = isCited(doc.text, m.start, m.end) || (citedInText(doc.text, m.end) && citesInBrackets(doc));
  return cited && !placeOf(m.text) && !isAcronymText(m.text) ? cueEvidence('person', 'citation') : null;
}

/**
 * "Ernst & Young", "Simon & Schuster": an ampersand inside one name makes a firm's name, no
 * person's (gold names so joined are organisations 39 times in 42 over the labelled sets, the others
 * works and a place); not two authors a paper cites ("Dye & Bavelier, 2010")
 */
function firmPair(m: Mention, doc: Doc): boolean {
  const [a, b] = tokenRange(doc.tokens, m);
  for (let k = a + 1; k < b - 1; k++) if (doc.tokens[k].text === '&' && isCap(doc.tokens[k + 1])) return !isCited(doc.text, m.start, m.end);
  return false;
}

/** a plural in title case: "Bruins", "Blue Jays", "River Cats"; not "Glass", "Olympus", "Paris", "Jones's" */
/** `Huawei and Tesla cut prices`: one word joined by "and" to a body the lexicon knows (candidates/bodies.ts pairedWithBody) */
function bodyPair(m: Mention, doc: Doc): boolean {
  const [a, b] = tokenRange(doc.tokens, m);
  return b - a === 1 && pairedWithBody(doc.tokens, a);
}

const isPluralWord = (word: string): boolean => isTitleCaseWord(word) && /[^sui]s$/.test(word);

/**
 * "Eastern Ghouta", "Northern Rakhine", "Southern Kordofan": a name of two words or more opened by a
 * compass adjective names a region (or a body named for one: "Western Force", "Central Narcotics
 * Bureau"), never a person: gold names so opened are locations 36 times, organisations 39 and
 * persons none over the labelled sets. Where the tagger reads a person, a place is the better guess, but
 * for a plural, a group of people ("Southern Dems")
 */
const compassName = (m: Mention): boolean =>
  m.type === 'person' && opensWithCompassAdjective(m.text) && !isPluralWord(m.text.slice(m.text.lastIndexOf(' ') + 1));

/**
 * "airstrikes hit Khan Shaykhun", "Santa Cruz said": a name of two words or more that is a known city's whole
 * name is no person's, where the tagger reads one (gold names so made are places 430 times, clubs 156 and
 * persons 3 over the labelled sets and CoNLL train, the 3 CoNLL train's datelines "SAO PAULO", slips); a place is
 * the better guess, as for a compass-opened name; a body's reading is left to the tagger and the scores
 */
const cityPerson = (m: Mention): boolean => m.type === 'person' && m.text.includes(' ') && placeOf(m.text)?.kind === 'city';

/**
 * "Boston Bruins", "Sacramento River Cats", "Texas Rangers": a city's or a region's name, then
 * capitalised words closing in the plural of an English word, is a club (gold names a city's or a
 * region's name opens and a plural closes are organisations 202 times in 227 over the labelled sets,
 * CoNLL's training set among them; the others events, "Atlanta Games", which no score counts, people
 * whose given name is a city's, "Regina Jacobs", and places, which the checks here leave). Not a
 * place's own plural head ("Golan Heights", "Florida Keys", "Rio Grande Rivers"), a surname that looks
 * plural ("Miri Forbes": no English word), nor a given name opening it
 */
const placeTeam = memoised((text: string): boolean => {
  const words = text.split(' ');
  const last = words.at(-1)!;
  const lower = last.toLowerCase();
  if (words.length < 2 || words.length > 5 || !isPluralWord(last)) return false;
  if (FEATURE_WORDS[lower] || FEATURE_WORDS[lower.slice(0, -1)] || PLACE_HEADS.has(lower)) return false;
  if (!(englishPlural(lower) || isEnglishWord(lower)) || phraseClasses(words[0].toLowerCase()).some((c) => c === 'first' || c === 'person')) return false;
  for (let k = words.length - 1; k >= 1; k--) {
    const kind = placeOf(words.slice(0, k).join(' '))?.kind;
    if (kind) return kind === 'city' || kind === 'region';
  }
  return false;
});

/**
 * "Sharetsky said the parliament was legal", "a composed Bernardin told a news conference": a name of one word the
 * gazetteers do not know as a place, right before a verb of saying, speaks, so is no place where the tagger reads
 * one (gold single words so placed, no known place, are persons 434 times, bodies 108 and places 2 over the
 * labelled sets and CoNLL train): a person is the better guess. Asked only of a name the article gives once
 * (mentions/reconcile.ts), as a short excerpt does: a name met again has the tagger's other readings ("Centerview",
 * a bank read as a place once before "said", is a body at its twenty other mentions). "Washington said", a known
 * place, "Politico said", a known body, "Ohioans said", a plural, and "aid workers in Al-Hasakeh said", a name after a
 * place's preposition, are left to the other evidence
 */
export function speakingPlace(m: Mention, doc: Doc): Evidence | null {
  if (m.type !== 'location' || m.text.includes(' ') || knownPlace(m.text) || knownBody(m.text) || isPluralWord(m.text)) return null;
  const [a, b] = tokenRange(doc.tokens, m);
  const next = tokenOf(doc.tokens, b);
  // a verb, not a noun of the same spelling: "in a Medium post said"
  if (!next.low || next.pos !== 'VERB' || !SPEECH_VERBS.has(next.lower) || next.sentence !== doc.tokens[b - 1].sentence) return null;
  // "aid workers in Al-Hasakeh said": the name after a place's preposition is where the speakers are, not who speaks
  const before = doc.tokens[a - 1];
  return before?.low && PLACE_PREPOSITIONS.has(before.lower) ? null : cueEvidence('person', 'speaking-place');
}

/**
 * `the Times only quoted`, `told the Post`: a newspaper named by the last word of its name alone, after "the"
 * (lexicon/organizations.ts PUBLICATION_HEADS), which the tagger reads as a place
 */
function shortPublication(m: Mention, doc: Doc): boolean {
  if (m.text.includes(' ') || !PUBLICATION_HEADS.has(m.text.toLowerCase()) || !opensCapital(m.text)) return false;
  const [a] = tokenRange(doc.tokens, m);
  return tokenOf(doc.tokens, a - 1).lower === 'the';
}

/** a company the companies' list knows, not in an article that writes "the Amazon", the river and the forest (lexicon/companies.ts) */
const listedCompany = (m: Mention, doc: Doc): boolean => COMPANIES.has(m.text) && !(COMPANY_AS_LANDFORM.has(m.text) && writesLandform(doc, m.text));

/** every piece of evidence one mention gives for its name's type */
export function evidenceOf(m: Mention, doc: Doc, surnames: ReadonlySet<string>): Evidence[] {
  const out: Evidence[] = [{ type: m.type, votes: m.tier === 'pattern' ? PATTERN_VOTES : 1, from: 'reading', reason: 'majority' }];
  const known = standing(m, doc, surnames);
  if (known) out.push(known);
  for (const c of typeCuesAround(m, doc)) out.push(cueEvidence(c.type, c.reason));
  if (withoutLegalForm(m.text) !== m.text) out.push(cueEvidence('organization', 'legal-form'));
  if (endsIn(m.text, PLACE_HEADS) || placeUnlessGiven(m.text)) out.push(cueEvidence('location', 'place-head'));
  // `Tartine Bakery has the best bread`, `lunch at Zuni Cafe`: a shop's or an eatery's head closing a name makes it a shop,
  // a place as UNER's web text types them most (lexicon/features.ts SHOP_HEADS), never the person the tagger reads
  if (endsIn(m.text, SHOP_HEADS)) out.push(cueEvidence('location', 'shop-head'));
  if (opensPlace(m, doc) && !endsInBodyHead(m.text)) out.push(cueEvidence('location', 'place-opener'));
  if (opensBody(m, doc)) out.push(cueEvidence('organization', 'body-opener'));
  if (familyArticleName(m, doc)) out.push({ type: 'person', votes: LEXICON_GUESS, from: 'lexicon', reason: 'family-article' });
  if (endsInBodyHead(m.text)) out.push(cueEvidence('organization', 'body-head'));
  if (shortPublication(m, doc)) out.push(cueEvidence('organization', 'publication'));
  if (knownBody(m.text) || listedCompany(m, doc) || CLUBS.has(m.text)) out.push(cueEvidence('organization', 'known-org'));
  if (placeTeam(m.text)) out.push(cueEvidence('organization', 'place-team'));
  if (firmPair(m, doc)) out.push(cueEvidence('organization', 'ampersand'));
  if (bodyPair(m, doc)) out.push(cueEvidence('organization', 'paired-body'));
  if (compassName(m)) out.push(cueEvidence('location', 'compass-name'));
  if (cityPerson(m)) out.push(cueEvidence('location', 'city-name'));
  const city = cityReading(m, doc);
  if (city) out.push(city);
  const given = givenName(m, doc) ?? fullName(m);
  if (given) out.push(given);
  const within = placeOfPlace(m, doc);
  if (within) out.push(within);
  const region = regionOfPlace(m, doc);
  if (region) out.push(region);
  const author = citedAuthor(m, doc);
  if (author) out.push(author);
  return out;
}
