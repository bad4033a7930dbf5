import { OBJECT_JOINS, PLACE_PREPOSITIONS, ROLE_JOINS, SENTENCE_ADVERBS } from '../lexicon/function-words';
import { knownOrg, knownPlace } from '../lexicon/gazetteer';
import { OUTLET_VERBS } from '../lexicon/speech';
import type { Candidate, Doc, Token } from '../core/types';
import {
  COMPASS_ADJECTIVES,
  DIRECTIONS,
  FACILITY_HEADS,
  FEATURE_OF,
  FEATURE_KINDS,
  FEATURE_WORDS,
  isKindedFeature,
  NAME_HEADS,
  WORLD_NAMES,
  NOT_PLACE_HEADS,
  NOT_PLACE_NOUNS,
  PLACE_PREFIXES,
  CLOSING_REALM_HEADS,
  REALM_HEADS,
  REALM_RANKS,
  REGION_NOUNS,
  SAINT_BUILDING_HEADS,
  SAINT_DAY_HEADS,
  SEATS_OF_POWER,
} from '../lexicon/features';
import { FOR_HEADS, HALL_JOINS, HONOUR_HALLS, isBodyHead, OF_HEADS, ON_HEADS, ORG_SUFFIXES } from '../lexicon/organizations';
import { inClass, isFirstName } from '../lexicon/known-phrases';
import { isEnglishWord } from '../document/wink';
import { REGNAL_NUMBER } from '../lexicon/name-forms';
import { PATRONYMIC_PARTICLES, SAINT_WORDS, SURNAME_PARTICLES } from '../lexicon/names';
import { PERSON_NOUNS } from '../lexicon/peoples';
import { POSTNOMINAL_CODES, US_POSTAL_CODES } from '../lexicon/regions';
import {
  HONORIFICS,
  isTitleOrHonorific,
  OFFICE_ACRONYMS,
  OFFICE_HEADS,
  ORG_OFFICES,
  PLACE_OFFICES,
  TITLE_HEADS,
  TITLE_WORDS,
  titleRunStart,
} from '../lexicon/titles';
import { ACRONYM_RULES } from './acronym-defined';
import { BODY_RULES, listedName, listEnd } from './bodies';
import { COMPANY_RULES } from './companies';
import { DATELINE_RULES } from './datelines';
import { ROAD_RULES } from './roads';
import { DEFINED_RULES } from './defined';
import { appositiveHead } from './described';
import { GROUP_RULES } from './groups';
import { NICKNAMED_RULES } from './nicknamed';
import { QUOTED_SPEAKER_RULES } from './quoted-speakers';
import {
  innerArticle,
  isCap,
  isCountry,
  isName,
  isRegion,
  gluedHyphen,
  isUnlistedWord,
  joinsOffice,
  nameBefore,
  modifiesNext,
  nameRun,
  notPlace,
  opensBodyAt,
  opensPlaceAt,
  personAfterPortfolio,
  phrase,
  spacedArticle,
  type PatternRule,
  writtenPhrase,
} from './words';

/**
 * a saint's name in the possessive before capitalised words (`St. Peter's Square`, `St Paul's
 * Cathedral`, `Saint Mark’s Basilica`) is one name, which the tagger reads as a person ("Peter") or
 * cuts at the possessive; a body when its last word heads a body's name and no building's
 * (`St. John's College`), else a building or a place; not a saint's day ("St. Patrick's Day")
 */
function saintPossessive(type: 'location' | 'organization', body: boolean): PatternRule {
  return {
    reason: 'saint-possessive',
    type,
    find: (t, i) => {
      if (!SAINT_WORDS.has(t[i].view) || !isName(t[i + 1]) || !t[i + 2]?.possessive || !isName(t[i + 3]) || t[i + 3].sentence !== t[i].sentence) return null;
      const end = nameRun(t, i + 3, 2);
      const head = t[end - 1].lower;
      if (SAINT_DAY_HEADS.has(head) || body !== (isBodyHead(head) && !FACILITY_HEADS.has(head) && !SAINT_BUILDING_HEADS.has(head))) return null;
      return body ? { first: i, end } : { first: i, end, kind: 'feature' };
    },
  };
}

/** the first words of the seats of power, and the most words one has: the seat-of-power rule reads no further for any other word */
const SEAT_FIRST_WORDS = new Set([...SEATS_OF_POWER].map((name) => name.split(' ')[0]));
const SEAT_WORDS = Math.max(...[...SEATS_OF_POWER].map((name) => name.split(' ').length));

/**
 * `Paramus, NJ`, `Eureka Springs, Arkansas`: the first word of a town's name, three words at most, right before a comma
 * that stands right before token `i` in its sentence (-1 when there is none); no title word in it ("Mayor Brainard, Texas")
 */
function townBefore(t: readonly Token[], i: number): number {
  if (t[i - 1]?.view !== ',' || t[i - 1].sentence !== t[i].sentence || !isName(t[i - 2]) || t[i - 2].sentence !== t[i].sentence) return -1;
  let first = i - 2;
  while (first > 0 && i - 2 - first < 2 && isName(t[first - 1]) && t[first - 1].sentence === t[i].sentence) first--;
  return t.slice(first, i - 1).some((w) => TITLE_WORDS.has(w.lower)) ? -1 : first;
}

/** name rules; with the body, group and dateline rules, the whole table */
const NAME_RULES: PatternRule[] = [
  {
    // "Mr. Smith", "Dr. Jane Doe": an honorific always introduces a person
    reason: 'honorific-name',
    anyCase: true,
    type: 'person',
    find: (t, i) => {
      if (!HONORIFICS.has(t[i].lower) || !isName(t[i + 1])) return null;
      return { first: i + 1, end: nameRun(t, i + 1, 3) };
    },
  },
  {
    // "Foreign Minister Gideon Sa'ar", "Shin Bet chief Ronen Bar": two or three names after a title
    reason: 'title-name',
    anyCase: true,
    type: 'person',
    find: (t, i) => {
      if (!TITLE_HEADS.has(t[i].lower) || !isName(t[i + 1]) || TITLE_WORDS.has(t[i + 1].lower)) return null;
      // `President Kassym-Jomart Tokayev`: a given name's hyphened parts are one word of the name; `President Andrés Manuel
      // López Obrador`: two given names, then two surnames, as Spanish and Portuguese names run
      const givenTwice = isFirstName(t[i + 1].lower) && isFirstName(t[i + 2]?.lower ?? '') && !!t[i + 2]?.cap;
      let end = nameRun(t, i + 1, givenTwice ? 4 : 3, true);
      // "Crown Prince Mohammed bin Salman", "President Ursula von der Leyen": a surname after its particles
      let p = end;
      while (p < t.length && p - end < 2 && SURNAME_PARTICLES.has(t[p].lower)) p++;
      // "King Salman bin Abdulaziz Al Saud": after "son of", a father's name and a family's, as the patronymic rule reads them
      const patronymic = PATRONYMIC_PARTICLES.has(t[end]?.view ?? '');
      if (p > end && isName(t[p]) && t[p].sentence === t[i].sentence) end = nameRun(t, p, patronymic ? 3 : 2, true);
      // "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah": a family's name with its article hyphened on closes an Arabic name past three words
      for (let n = 0; n < 2 && innerArticle(t, end) && t[end].cap; n++) end += 3;
      // "Chief Financial Officer Kevan Parekh": a later head in the run ends the title, and the name starts after it
      if (end - (i + 1) < 2 || t.slice(i + 1, end).some((w) => TITLE_HEADS.has(w.lower))) return null;
      // "Major League Baseball", "Bishop Garrigan High School": a body's head word in the run makes it the body's name, no person's
      if (t.slice(i + 1, end).some((w) => isBodyHead(w.lower))) return null;
      if (ORG_SUFFIXES.has(t[end - 1].lower) || FEATURE_WORDS[t[end - 1].lower]) return null;
      return { first: i + 1, end };
    },
  },
  {
    // "Secretary of State Rex Tillerson", "Minister of Defence Zorban Quillet": an office's head, `of`, its portfolio and a
    // name of two words after it, where the tagger runs the portfolio into the name ("State Rex Tillerson", a place) or
    // reads the surname alone as a place; where the name starts and whether the run names a person at all, words.ts
    // personAfterPortfolio, which mentions/titled.ts splitRun asks of the tagger's run too
    reason: 'office-of-name',
    type: 'person',
    find: (t, i) => {
      if (!joinsOffice(t, i + 1)) return null;
      const p = t[i + 2]?.view === 'the' ? i + 3 : i + 2;
      if (!isName(t[p]) || t[p].sentence !== t[i].sentence) return null;
      const end = nameRun(t, p, 5);
      const first = personAfterPortfolio(t, p, end);
      return first < 0 ? null : { first, end };
    },
  },
  {
    // "Tariq bin Hendi spoke", "Hamad bin Jassim arrived": a given name, a lowercase "son of" or "daughter of" and a
    // father's name, chained ("Hamad bin Khalifa bin Hamad"), is a person's whole name, which the tagger reads as a
    // place at a sentence's start ("Hendi") or misses; not a company's ("Saudi Binladin Group" holds no particle,
    // a run closed by a body's word is left to others). no labelled set has one; PolNeAR's news has 7, all persons
    reason: 'patronymic-name',
    type: 'person',
    find: (t, i) => {
      if (!isName(t[i]) || nameBefore(t, i) || TITLE_WORDS.has(t[i].lower)) return null;
      let end = i + 1;
      while (PATRONYMIC_PARTICLES.has(t[end]?.view ?? '') && isName(t[end + 1]) && t[end + 1].sentence === t[i].sentence) end = nameRun(t, end + 1, 3);
      if (end === i + 1 || ORG_SUFFIXES.has(t[end - 1].lower)) return null;
      return { first: i, end };
    },
  },
  {
    // "Elizabeth II", "John Paul II", "Louis XIV": a given name (or two) and a regnal number are a monarch's or a pope's
    // name, which the tagger splits where the given name is a city's too ("Elizabeth", a place, and "II" unsure)
    reason: 'regnal-name',
    type: 'person',
    find: (t, i) => {
      if (!isFirstName(t[i].lower) || nameBefore(t, i)) return null;
      const k = isFirstName(t[i + 1]?.lower ?? '') && t[i + 1].cap ? i + 2 : i + 1;
      const n = t[k];
      if (!n || n.sentence !== t[i].sentence || n.start !== t[k - 1].end + 1 || !REGNAL_NUMBER.test(n.view)) return null;
      return { first: i, end: k + 1 };
    },
  },
  {
    // "Gennifer Flowers, who once …": `who` after a name of two or three words makes it a person
    reason: 'name-who',
    type: 'person',
    find: (t, i) => {
      const end = personalName(t, i, (e) => {
        const who = t[e]?.text === ',' ? t[e + 1] : t[e];
        return who?.lower === 'who' && who.sentence === t[i].sentence;
      });
      return end > 0 ? { first: i, end } : null;
    },
  },
  {
    // "Brunswijk, 35, denied the charge", "Lebed, who flew into Chechnya", "Duran, whose 97-12 record spans": one word
    // no English list knows (no known place's) set off by an age, `who` or `whose` is a person's surname, which the
    // tagger misses in a short excerpt where no full name comes before it (the rule above wants two words); over the
    // labelled sets and CoNLL train such words are persons 41 times, a place once ("Onarheim, 36,") and no name once
    // (with `whose`, persons 9 times, bodies twice: "ERP, whose fighters", "Deadsy, whose members"); fills gaps only
    reason: 'surname-described',
    type: 'person',
    tier: 'context',
    find: (t, i) => {
      if (nameBefore(t, i) || !isUnlistedWord(t[i]) || knownPlace(t[i].view)) return null;
      if (t[i + 1]?.text !== ',' || t[i + 2]?.sentence !== t[i].sentence) return null;
      const aged = /^\d{1,2}$/.test(t[i + 2].view) && t[i + 3]?.text === ',';
      return aged || t[i + 2].lower === 'who' || t[i + 2].lower === 'whose' ? { first: i, end: i + 1 } : null;
    },
  },
  {
    // "Valeska Paris, an Australian woman and former …": a name set off by an appositive whose head
    // is a noun for a person is a person's
    reason: 'name-described',
    type: 'person',
    find: (t, i) => {
      const end = personalName(t, i, (e) => t[e]?.text === ',' && describesPerson(t, e + 1));
      return end > 0 ? { first: i, end } : null;
    },
  },
  {
    // "Habeck, the economy minister, disagreed", "talks with Raisi, the president": a name of one to three
    // words set off by an appositive headed by an office is its holder's, which the tagger misses most as one
    // unknown word opening a sentence, or types by a guess; not a head that is an adjective as often ("a
    // major"); fills only a gap, and the same office types a name found otherwise (lexicon/type-cues.ts)
    reason: 'name-office',
    type: 'person',
    tier: 'context',
    find: (t, i) => {
      const end = personalName(
        t,
        i,
        (e) => {
          const head = appositiveHead(t, i, e);
          return head >= 0 && OFFICE_HEADS.has(t[head].lower);
        },
        1,
      );
      return end > 0 ? { first: i, end } : null;
    },
  },
  {
    // "Enver Solomon, chief executive of the Refugee Council, said": a name of two or three words set
    // off by a role held somewhere (a title's words ending in its head, then of, at or for) is a
    // person's, whose given name no list need know
    reason: 'name-role-of',
    type: 'person',
    find: (t, i) => {
      const end = personalName(t, i, (e) => t[e]?.text === ',' && heldRole(t, e + 1));
      return end > 0 ? { first: i, end } : null;
    },
  },
  {
    // "Ynet reported Monday", "Haaretz reports": what reports news is an outlet; fills only a gap
    reason: 'outlet-reported',
    type: 'organization',
    tier: 'context',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1]))) return null;
      const end = nameRun(t, i, 4);
      if (!OUTLET_VERBS.has(t[end]?.lower ?? '') || TITLE_WORDS.has(t[end - 1].lower)) return null;
      // a lone sentence-initial word is as likely an adjective: "Recent reports", "Additional reporting"
      if (end - i === 1 && (i === 0 || t[i - 1].sentence !== t[i].sentence)) return null;
      const run = phrase(t, i, end);
      return notPlace(run) || isCountry(run) ? null : { first: i, end };
    },
  },
  {
    // "Shin Bet chief Ronen Bar", "Bundesbank president Hans Tietmeyer": the name before a lowercase
    // office and a person is the body the office belongs to; countries and demonyms are left to others
    reason: 'org-before-office',
    type: 'organization',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1]))) return null;
      let end = nameRun(t, i, 4);
      // an office in capitals ends the body's name: "Apple CEO Tim Cook"
      for (let j = i + 1; j < end; j++) {
        if (OFFICE_ACRONYMS.has(t[j].lower) && t[j].view === t[j].view.toUpperCase()) {
          end = j;
          break;
        }
      }
      const office = t[end];
      // lowercase ("Mossad director") or an acronym ("Apple CEO"); title words may follow it ("Tesla chief executive Elon Musk")
      if (
        !office ||
        !ORG_OFFICES.has(office.lower) ||
        (office.view !== office.lower && !(OFFICE_ACRONYMS.has(office.lower) && office.view === office.view.toUpperCase()))
      )
        return null;
      let k = end + 1;
      while (t[k]?.low && TITLE_WORDS.has(t[k].lower)) k++;
      // the person's name after it in capitals too: a headline's words ("SMITH NAMED CEO OF ACME"), not a body and its officer
      if (!isName(t[k]) || TITLE_WORDS.has(t[k].lower) || t[k].view === t[k].view.toUpperCase()) return null;
      const run = phrase(t, i, end);
      if (notPlace(run) || isCountry(run) || TITLE_WORDS.has(t[i].lower) || TITLE_WORDS.has(t[end - 1].lower)) return null;
      // a governor governs a place: "former Florida governor Jeb Bush" (a bank's is a body's: "Bundesbank governor")
      if (PLACE_OFFICES.has(office.lower) && knownPlace(run)) return null;
      return { first: i, end };
    },
  },
  {
    // "the Philadelphi corridor", "Golan Heights", "Red Sea": proper name + feature noun;
    // "Belgrade airport", "Jiangsu province": the name alone (CoNLL style), a region after a region noun
    reason: 'named-feature',
    type: 'location',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1]))) return null;
      const end = nameRun(t, i, 3);
      if (isName(t[end]) && t[end].sentence === t[i].sentence) return null; // longer than a place name
      const first = notPlace(t[i].view) && end - i >= 2 ? i + 1 : i;
      if (notPlace(t[first].view) || TITLE_HEADS.has(t[end - 1].lower)) return null;
      const inner = FEATURE_WORDS[t[end - 1].lower] && end - 1 > first ? end - 1 : -1;
      if (inner >= 0) {
        if (NOT_PLACE_HEADS.has(t[inner].lower) && !isRegion(phrase(t, first, end))) return null;
        if (TITLE_HEADS.has(t[inner - 1].lower)) return null;
        return { first, end, kind: FEATURE_WORDS[t[inner].lower] };
      }
      const noun = t[end];
      // a force's barracks or camp is no named place: "the Army barracks", "Police camp"
      if (end - first === 1 && ORG_SUFFIXES.has(t[first].lower)) return null;
      const kinded = FEATURE_KINDS.has(noun?.lower ?? '') && !!t[end + 1]?.low && isKindedFeature(t[end + 1].lower) && t[end + 1].sentence === t[i].sentence;
      if (kinded && noun.low) return { first, end, kind: 'feature' };
      if (!noun || !FEATURE_WORDS[noun.lower] || !noun.low || noun.sentence !== t[i].sentence) return null;
      if (NOT_PLACE_NOUNS.has(noun.lower)) return null;
      if (DIRECTIONS.has(t[first].lower) && end - first === 1) return null;
      if (NAME_HEADS.has(noun.lower)) return { first, end: end + 1, kind: FEATURE_WORDS[noun.lower] };
      return { first, end, kind: REGION_NOUNS.has(noun.lower) ? 'region' : FEATURE_WORDS[noun.lower] };
    },
  },
  {
    // "Palo Alto, California", "the Zorbville, Ohio-based company": a name before a comma and a state or region the
    // gazetteer knows is a town there, as American copy writes a place's address, which the tagger reads as a person
    // when it has not met the town; not a name opening with a given name ("Ted Cruz, Texas"), nor one the region
    // qualifies as a noun's modifier or owner ("Cornyn, Texas Republican", "Newsom, California's governor"), nor a list.
    // Over the labelled sets: GUM's letters +2 ("Andover, Massachusetts"), Wikigold +3 and −0.05 strict F1 where the
    // town's name, a place now, is nested in a body's ("Fairmont State University") as the nesting policy reads it
    reason: 'town-of-region',
    type: 'location',
    find: (t, i) => {
      if (nameBefore(t, i) || isFirstName(t[i].lower) || knownPlace(t[i].view)) return null;
      const end = nameRun(t, i, 3);
      if (end === i || t[end]?.view !== ',' || !isName(t[end + 1]) || t[end + 1].sentence !== t[i].sentence) return null;
      // not a title's words ("Mayor James Brainard"), nor an English word opening the sentence before the town ("Visiting Richmond")
      if (t.slice(i, end).some((w) => TITLE_WORDS.has(w.lower)) || (end - i > 1 && t[i].opensSentence && isEnglishWord(t[i].lower))) return null;
      const regionEnd = nameRun(t, end + 1, 2);
      if (!isRegion(writtenPhrase(t, end + 1, regionEnd))) return null;
      // `California-based` goes on as an address does; a noun, a possessive or a list after the region does not
      const next = t[regionEnd];
      const listed = next?.sentence === t[i].sentence && (next.lower === 'and' || next.lower === 'or');
      return gluedHyphen(t, regionEnd) || (!modifiesNext(t, regionEnd) && !listed) ? { first: i, end } : null;
    },
  },
  {
    // "Eureka Springs, Arkansas, Magic Live in Las Vegas": the state or region after a town and a comma, which the
    // town-of-region rule above reads as the town's address, is a place there too, where the tagger found none. Over
    // the labelled sets: GUM's genres +1, and one more in CoNLL train that its gold leaves out ("LAS CRUCES, N.M.")
    reason: 'region-of-town',
    type: 'location',
    tier: 'context',
    find: (t, i) => {
      if (townBefore(t, i) < 0) return null;
      const end = nameRun(t, i, 2);
      // "Glenview, Ill.-based": a region a hyphen glues to a word is part of a modifier, no name of its own (CoNLL)
      return isRegion(writtenPhrase(t, i, end)) && !gluedHyphen(t, end) ? { first: i, end, kind: 'region' } : null;
    },
  },
  {
    // "Paramus, NJ retail corridor", "Chillicothe, OH area", "Lawrence, KS": a state's postal code after a town and a
    // comma, as an address writes it; not after a given name, nor before another name, and a code that is also a
    // profession's letters after a name ("Preuss, MD", "Molomby, SC, said") only before a ZIP code. Over the labelled
    // sets: GUM's genres +1, UNER +2, nothing else
    reason: 'postal-state',
    type: 'location',
    find: (t, i) => {
      const code = t[i].view;
      if (!US_POSTAL_CODES.has(code)) return null;
      const town = townBefore(t, i);
      if (town < 0 || isFirstName(t[town].lower)) return null;
      const next = t[i + 1];
      const sameSentence = next?.sentence === t[i].sentence;
      if (sameSentence && isName(next)) return null;
      if (POSTNOMINAL_CODES.has(code) && !(sameSentence && /^\d{5}$/.test(next.view))) return null;
      return { first: i, end: i + 1, kind: 'region' };
    },
  },
  {
    // "In Idleb, shelling hit …", "In Karak, police said": a sentence opening with "In", a name and a comma sets the
    // scene in a place. Over the labelled sets such names are places 49 times in 59 (the rest six months, which are no
    // names, a team, and three of GUM's `other`); here only a name with a word no English list knows ("In Addition", "In
    // Hamlet" are not), nor a given name, where nothing else claimed it
    reason: 'opening-in',
    type: 'location',
    tier: 'context',
    find: (t, i) => {
      const before = t[i - 1];
      if (before?.view !== 'In' || !before.opensSentence || before.sentence !== t[i].sentence || !isName(t[i])) return null;
      const end = nameRun(t, i, 3);
      if (t[end]?.view !== ',' || t[end].sentence !== t[i].sentence) return null;
      const words = t.slice(i, end);
      if (!words.some(isUnlistedWord) || words.some((w) => TITLE_WORDS.has(w.lower) || /[a-z][A-Z]/.test(w.view))) return null;
      return end - i === 1 && isFirstName(t[i].lower) ? null : { first: i, end };
    },
  },
  {
    // "Deir al-Balah", "Jisr al-Shughur", "Kafr Nabl": an Arabic or Hebrew place's head noun opening a name of
    // two words or more, which taggers trained on European names miss or read as a person (lexicon/features.ts); after
    // the named-feature rule, whose kind wins where both read a name ("Jebel al-Akhdar")
    reason: 'place-opener',
    type: 'location',
    find: (t, i) => {
      if (!opensPlaceAt(t, i) || nameBefore(t, i)) return null;
      // `Ma'arrat An Nu'man`: the article written apart, then the rest of the name
      const end = spacedArticle(t, i + 1) ? nameRun(t, i + 2, 2) : nameRun(t, i, 3);
      // "Khan Academy": a body's head closing it makes a body's name
      return end - i >= 2 && !isBodyHead(t[end - 1].lower) ? { first: i, end } : null;
    },
  },
  {
    // "Kata'ib Hezbollah", "Jaysh al-Islam", "Asa'ib Ahl al-Haq": an Arabic body's head noun opening a name of two words
    // or more (lexicon/organizations.ts opensBodyName), the armed groups and parties of reports on Syria and Iraq, which
    // taggers trained on European names read as a person or a place; three words at most, the article's not counted
    reason: 'body-opener',
    type: 'organization',
    find: (t, i) => {
      if (!opensBodyAt(t, i) || nameBefore(t, i)) return null;
      const end = nameRun(t, i, 3);
      return end - i >= 2 ? { first: i, end } : null;
    },
  },
  {
    // "Ar-Raqqa", "al-Ramadi": Arabic's article hyphened to a place the gazetteers know is part of its name, as the UN's
    // reports spell the governorates ("Ar-Raqqa", "Al-Hasakeh"); the place alone is found where the article is apart
    reason: 'articled-place',
    type: 'location',
    anyCase: true,
    find: (t, i) => {
      if (!innerArticle(t, i)) return null;
      // inside a longer name ("Hay'at Tahrir al-Sham") the article is that name's
      if (nameBefore(t, i)) return null;
      const end = nameRun(t, i + 2, 2);
      return knownPlace(phrase(t, i + 2, end)) ? { first: i, end } : null;
    },
  },
  {
    // "fled to al-Mawasi", "raided al-Shifa hospital": a name opening with Arabic's article in lowercase, hyphened on, which
    // the tagger, starting no name at a lowercase word, never reads; gold names so opened over the labelled sets are places
    // 7 times, bodies 7 ("al-Tadamun", "al-Qaida"), a person once. A place unless the context or the lexicon says more;
    // fills gaps only (tier context); not after a title ("President al-Sisi"), nor inside a longer name
    reason: 'articled-name',
    type: 'location',
    tier: 'context',
    anyCase: true,
    find: (t, i) => {
      if (!innerArticle(t, i) || t[i].view !== t[i].lower || nameBefore(t, i)) return null;
      // a word of its own: not hyphened onto the word before (`Editor-at-Large`, `Eid-al-Adha`)
      if (i > 0 && (t[i - 1].end === t[i].start || isTitleOrHonorific(t[i - 1].lower))) return null;
      const end = nameRun(t, i + 2, 2);
      // a name the lexicon knows is its lists' to read ("al-Qaeda", a body)
      const written = writtenPhrase(t, i, end);
      return knownOrg(written) || knownPlace(written) ? null : { first: i, end };
    },
  },
  {
    // "Eastern Europe", "Central Asia", "Western Europe": a compass adjective, capitalised, before a place the gazetteers
    // know, a continent's or a region's, or before words no English list knows ("Eastern Ghouta"), is a region's name
    // whole, which the tagger often reads as a people's word (no name) and so drops, or leaves unread. Not before a
    // country's name, which gold reads either way ("Western Ukraine", "Northern| Iraq"),
    // nor after a hyphen ("Burundi-Central Africa", a match); it fills only what no other source claims, so a club the
    // tagger reads as a body ("Central Michigan") stays one
    reason: 'compass-place',
    type: 'location',
    tier: 'context',
    find: (t, i) => {
      if (!COMPASS_ADJECTIVES.has(t[i].lower) || (i > 0 && (isName(t[i - 1]) || t[i - 1].view === '-') && t[i - 1].sentence === t[i].sentence)) return null;
      const end = nameRun(t, i + 1, 2);
      if (end === i + 1 || (isName(t[end]) && t[end].sentence === t[i].sentence) || t[end - 1].sentence !== t[i].sentence) return null;
      const place = phrase(t, i + 1, end);
      // "Eastern Ghouta", "Northern Rakhine": before words no English list knows, the tagger reads nothing at all
      const unlisted = t.slice(i + 1, end).every((w) => isUnlistedWord(w) && !isFirstName(w.lower)) && !knownOrg(place);
      return (knownPlace(place) || unlisted) && !isCountry(place) ? { first: i, end, kind: 'region' } : null;
    },
  },
  {
    // "University of Texas at Arlington", "Doctor Who Society of Canada", "Ministry of Defence": an
    // institution named by an `of` phrase is one organisation, not a head and a place
    reason: 'institution-of-name',
    type: 'organization',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1]))) return null;
      // `Ministry of …` and `Centre for …`: a head and the word that joins its name to it
      const joins = (k: number) =>
        (OF_HEADS.has(t[k]?.lower ?? '') && t[k + 1]?.lower === 'of') ||
        (FOR_HEADS.has(t[k]?.lower ?? '') && t[k + 1]?.lower === 'for') ||
        (ON_HEADS.has(t[k]?.lower ?? '') && t[k + 1]?.lower === 'on');
      let head = i;
      while (head < i + 3 && !joins(head) && isName(t[head + 1])) head++;
      if (!joins(head) || !isCap(t[head])) return null;
      // "House of Representatives Committee on Science": an of-phrase's last word opens no name of its own
      if (t[i - 1]?.lower === 'of' && isName(t[i - 2]) && t[i - 2].sentence === t[i].sentence) return null;
      const from = t[head + 2]?.lower === 'the' ? head + 3 : head + 2;
      if (!isName(t[from]) || t[from].sentence !== t[i].sentence) return null;
      // "Council on American-Islamic Relations": names hyphened together are one word of it; a name going on past a
      // spaced dash is read by others
      let end = nameRun(t, from, 3, true);
      if (/^[-–—]$/.test(t[end]?.view ?? '') && isName(t[end + 1])) return null;
      // "Bank of England Deputy Governor Dave Ramsden": a title before a name ends the institution's
      // name, with the title's words ("Court of Justice", a title word closing the name, stays whole)
      for (let k = from + 1; k < end; k++) {
        if (!TITLE_HEADS.has(t[k].lower) || !isName(t[k + 1])) continue;
        end = titleRunStart(t, k, from);
        if (end === from) return null;
        break;
      }
      // "Organisation for Economic Co-operation and Development", "Society for the Protection of
      // Birds": the name's object goes on after `and` or `of`, unless it names a place ("University
      // of Texas and Harvard" are two) or what follows does or opens with one ("Massachusetts Institute
      // of Technology and Colorado State University")
      for (let step = 0; step < 2 && OBJECT_JOINS.has(t[end]?.lower ?? '') && isName(t[end + 1]) && t[end + 1].sentence === t[i].sentence; step++) {
        const more = nameRun(t, end + 1, 3);
        const next = phrase(t, end + 1, more);
        // "Superior Court of the District of Columbia", "Parliament of the Republic of Moldova": the object and its
        // own of-phrase one place's name
        if (t[end].lower === 'of' && knownPlace(phrase(t, from, more))) {
          end = more;
          continue;
        }
        if (knownPlace(phrase(t, from, end)) || knownPlace(t[end + 1].view) || knownPlace(next) || knownOrg(next)) break;
        end = more;
      }
      // "Ministry of Agriculture, Fisheries and Food", "Committee on Science, Space and Technology": the object a list
      const listed = knownPlace(phrase(t, from, end)) ? -1 : listEnd(t, end, 3, listedName);
      if (listed > 0) end = listed;
      // "University of North Carolina at Charlotte": a campus after `at`
      if (/^(university|college)$/.test(t[head].lower) && t[end]?.lower === 'at' && isName(t[end + 1])) end = nameRun(t, end + 1, 2);
      return { first: i, end };
    },
  },
  {
    // "Fort Lee", "Mount Kenya", "Lake Tahoe": a place word before a one-word name makes a place of
    // it ("Lee" alone is as often a person); a longer name ("Fort Lee Historic Park") is left to others
    reason: 'place-prefix',
    type: 'location',
    find: (t, i) => {
      if (!PLACE_PREFIXES.has(t[i].lower) || !isName(t[i + 1]) || isName(t[i + 2])) return null;
      if (t[i + 1].sentence !== t[i].sentence || TITLE_WORDS.has(t[i + 1].lower)) return null;
      return { first: i, end: i + 2, kind: FEATURE_WORDS[t[i].lower] };
    },
  },
  {
    // "the U.S. Attorney's Office for the Southern District of New York", "Broward County Sheriff's Office": an office's
    // title in the possessive before `Office` names the body, with the place or the body before the title (three words at
    // most) and the district it serves after `for` or `of`; the tagger read the title alone as a person ("Attorney") and
    // the institution rule began at "Office" (the labelled sets' one such name, CoNLL's Broward County Sheriff's Office,
    // is a body's whole)
    reason: 'title-office',
    type: 'organization',
    find: (t, i) => {
      if (!isCap(t[i]) || !TITLE_HEADS.has(t[i].lower) || !t[i + 1]?.possessive || t[i + 2]?.view !== 'Office' || t[i + 2].sentence !== t[i].sentence)
        return null;
      let first = i;
      while (first > i - 3 && isName(t[first - 1]) && t[first - 1].sentence === t[i].sentence && !t[first - 1].opensSentence) first--;
      if (first > 0 && isName(t[first - 1]) && t[first - 1].opensSentence && t[first - 1].lower !== 'the') first--;
      let end = i + 3;
      const joined = t[end]?.lower === 'for' || t[end]?.lower === 'of' ? (t[end + 1]?.lower === 'the' ? end + 2 : end + 1) : -1;
      if (joined > 0 && isName(t[joined]) && t[joined].sentence === t[i].sentence) {
        end = nameRun(t, joined, 3);
        // "the Southern District of New York": the district's own place after `of`
        if (t[end]?.lower === 'of' && isName(t[end + 1]) && t[end + 1].sentence === t[i].sentence) end = nameRun(t, end + 1, 3);
      }
      return { first, end };
    },
  },
  // "St. Peter's Square", "St Paul's Cathedral": a building or a place; "St. John's College": a body
  saintPossessive('location', false),
  saintPossessive('organization', true),
  {
    // "landed back on Earth", "the two largest economies on Earth": the world's name standing alone, which the tagger
    // misses where news never wrote it (GUM's genres, 5 times); it fills only what no other source claims, and a
    // longer name holding it stays another's ("Earth First", "Friends of the Earth", "Earth Day")
    reason: 'world-name',
    type: 'location',
    tier: 'context',
    find: (t, i) => {
      if (!WORLD_NAMES.has(t[i].view)) return null;
      const joined = (k: number) => isName(t[k]) && t[k].sentence === t[i].sentence;
      if (joined(i - 1) || joined(i + 1) || (t[i - 1]?.lower === 'the' && t[i - 2]?.lower === 'of' && joined(i - 3))) return null;
      return { first: i, end: i + 1 };
    },
  },
  {
    // "College Football Hall of Fame", "Badminton Canada's Hall of Fame": one body, which the tagger and
    // the facility rule cut into a hall ("College Football Hall") and a name ("Fame"); the words before
    // the hall, joined by `and`, `of` or a possessive, are its name's ("Rock and Roll Hall of Fame", "University of Texas
    // Men's Athletics Hall of Honor"), six at most
    reason: 'hall-of-fame',
    type: 'organization',
    find: (t, i) => {
      if (t[i].lower !== 'hall' || t[i + 1]?.lower !== 'of' || !isCap(t[i + 2]) || !HONOUR_HALLS.has(t[i + 2].lower)) return null;
      if (t[i + 2].sentence !== t[i].sentence) return null;
      let first = i;
      const joins = (k: number) => HALL_JOINS.has(t[k].lower) && isName(t[k - 1]);
      while (first > 0 && i - first < 6 && t[first - 1].sentence === t[i].sentence) {
        if (isName(t[first - 1])) first--;
        else if (first > 1 && joins(first - 1)) first -= 2;
        else break;
      }
      return { first, end: i + 3 };
    },
  },
  {
    // "White House spokeswoman Kayleigh McEnany told …", "the Kremlin said": a building or a street standing for the
    // government in it (lexicon/features.ts SEATS_OF_POWER) is a place, opening a sentence or not; not a longer name
    // it opens or closes ("White House Correspondents' Association", "the Obama White House"), only its offices
    // after it ("White House Press Secretary Jen Psaki")
    reason: 'seat-of-power',
    type: 'location',
    find: (t, i) => {
      if (!SEAT_FIRST_WORDS.has(t[i].lower)) return null;
      const joined = (w: Token | undefined) => isName(w) && w!.sentence === t[i].sentence;
      // an office of two or three words after it ("Press Secretary", "Chief of Staff"): a title's word within them
      const office = (k: number) => t.slice(k, k + 3).some((w) => TITLE_WORDS.has(w.lower));
      for (let n = SEAT_WORDS; n >= 1; n--) {
        const words = t.slice(i, i + n);
        if (words.length < n || words.some((w) => !isCap(w) || w.sentence !== t[i].sentence)) continue;
        if (!SEATS_OF_POWER.has(words.map((w) => w.lower).join(' '))) continue;
        if ((joined(t[i + n]) && !office(i + n)) || (joined(t[i - 1]) && !t[i - 1].opensSentence)) return null;
        return { first: i, end: i + n, kind: 'feature' };
      }
      return null;
    },
  },
  {
    // "Kingdom of Poland", "Grand Duchy of Poznań", "Russian Empire", "Ottoman Empire": a realm's name, which the tagger reads
    // as a body's or misses (lexicon/features.ts REALM_HEADS); not a head before another name's word ("Empire State Building")
    reason: 'realm-name',
    type: 'location',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1]))) return null;
      const head = REALM_RANKS.has(t[i].lower) && REALM_HEADS.has(t[i + 1]?.lower ?? '') ? i + 1 : i;
      if (REALM_HEADS.has(t[head].lower) && isCap(t[head])) {
        if (t[head + 1]?.lower !== 'of' || !isName(t[head + 2]) || t[head + 2].sentence !== t[i].sentence) return null;
        return { first: i, end: nameRun(t, head + 2, 2), kind: 'region' };
      }
      const end = nameRun(t, i, 3);
      if (end - i < 2 || !CLOSING_REALM_HEADS.has(t[end - 1].lower) || (isName(t[end]) && t[end].sentence === t[i].sentence)) return null;
      return { first: i, end, kind: 'region' };
    },
  },
  {
    // "Strait of Hormuz", "Gulf of Aden"
    reason: 'feature-of-name',
    type: 'location',
    find: (t, i) => {
      if (!isCap(t[i]) || !FEATURE_OF.has(t[i].lower) || t[i + 1]?.lower !== 'of' || !isName(t[i + 2])) return null;
      return { first: i, end: nameRun(t, i + 2, 2), kind: FEATURE_WORDS[t[i].lower] ?? 'feature' };
    },
  },
];

/**
 * the end of a name of `fewest` (two by default) to three words starting at `i`, followed by what `then`
 * asks for, that could be a person's (not a place, a country, a body or a title), or -1; `voters in
 * New York, who …`: after a place preposition the name is a place a clause leans past
 */
function personalName(t: readonly Token[], i: number, then: (end: number) => boolean, fewest = 2): number {
  if (!isName(t[i]) || (i > 0 && isName(t[i - 1]) && !openingAdverb(t[i - 1])) || TITLE_WORDS.has(t[i].lower) || openingAdverb(t[i])) return -1;
  if (i > 0 && PLACE_PREPOSITIONS.has(t[i - 1].lower)) return -1;
  const end = nameRun(t, i, 3);
  if (end - i < fewest || !then(end)) return -1;
  const run = phrase(t, i, end);
  if (ORG_SUFFIXES.has(t[end - 1].lower) || notPlace(run) || isCountry(run) || isRegion(run) || TITLE_HEADS.has(t[end - 1].lower)) return -1;
  // "Manchester City, who host Liverpool": British English says `who` of a team or a body the lexicon knows
  const lower = run.toLowerCase();
  if (inClass(lower, 'team') || inClass(lower, 'org')) return -1;
  return end;
}

/**
 * `Interestingly Blocher, a wealthy industrialist, …`, `Now Donald Trump, the candidate, …`: an adverb in -ly or a word
 * that only opens sentences (lexicon/function-words.ts) opening the sentence, capitalised for it, no name's word
 */
const openingAdverb = (t: Readonly<Token>): boolean => t.opensSentence && ((t.pos === 'ADV' && t.lower.endsWith('ly')) || SENTENCE_ADVERBS.has(t.lower));

/** `the chief executive of`, `spokeswoman for`: title words from `k` (after an optional article) ending in a head, then a join */
function heldRole(t: readonly Token[], k: number): boolean {
  const from = t[k]?.lower === 'the' ? k + 1 : k;
  let j = from;
  while (j < from + 4 && TITLE_WORDS.has(t[j]?.lower ?? '') && !HONORIFICS.has(t[j].lower)) j++;
  return j > from && TITLE_HEADS.has(t[j - 1].lower) && ROLE_JOINS.has(t[j]?.lower ?? '') && t[j].sentence === t[k].sentence;
}

/** `a 14-year-old boy`, `an Australian woman`: an indefinite phrase from `k` headed by a noun for a person */
function describesPerson(t: readonly Token[], k: number): boolean {
  if (t[k]?.lower !== 'a' && t[k]?.lower !== 'an') return false;
  for (let j = k + 1; j < t.length && j <= k + 8 && t[j].sentence === t[k].sentence; j++) {
    if (PERSON_NOUNS.has(t[j].lower)) return true;
    if (/^[,.;:]$/.test(t[j].view) || t[j].pos === 'VERB' || t[j].pos === 'ADP') return false;
  }
  return false;
}

/** rules as data: each names its reason, which every candidate it makes carries */
export const PATTERN_RULES: PatternRule[] = [
  ...NAME_RULES,
  ...BODY_RULES,
  ...COMPANY_RULES,
  ...GROUP_RULES,
  ...NICKNAMED_RULES,
  ...DATELINE_RULES,
  ...ROAD_RULES,
  ...DEFINED_RULES,
  ...ACRONYM_RULES,
  ...QUOTED_SPEAKER_RULES,
];

/**
 * the table with every optional field written out, so that all its rules have one shape: the loop
 * below reads the same fields of every rule, and a read that meets one shape is far cheaper than one
 * that meets a dozen
 */
const RULES: Required<PatternRule>[] = PATTERN_RULES.map(({ reason, type, tier = 'pattern', anyCase = false, local = false, find }) => ({
  reason,
  type,
  tier,
  anyCase,
  local,
  find,
}));
/** the rules a word that is not capitalised may start, in the table's order */
const ANY_CASE_RULES = RULES.filter((rule) => rule.anyCase);

export function patternCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    for (const rule of isCap(tokens[i]) ? RULES : ANY_CASE_RULES) {
      const hit = rule.find(tokens, i);
      if (!hit || hit.end <= hit.first) continue;
      out.push({
        start: tokens[hit.first].start,
        end: tokens[hit.end - 1].end,
        type: rule.type,
        tier: rule.tier,
        reason: `${rule.tier}:${rule.reason}`,
        rule: rule.reason,
        kind: hit.kind,
        ...(rule.local && { local: true }),
      });
    }
  }
  return out;
}
