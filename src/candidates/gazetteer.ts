import { type PhraseMatch, PhraseMatcher, phraseForms } from '../core/phrases';
import { hyphenedTo, isLowerWord, tokenOf } from '../core/tokens';
import { isEnglishWord } from '../document/wink';
import type { Candidate, Doc, Token } from '../core/types';
import { AMOUNT_SCALES, LIST_JOINS, PLACE_PREPOSITIONS } from '../lexicon/function-words';
import { COMPANY_FIRST_COUNTRY_NAMES } from '../lexicon/features';
import { COUNTRIES } from '../lexicon/countries';
import { ORGANIZATIONS } from '../lexicon/acronyms';
import { articleCities, knownBody, knownOrg, placeOf, provinceOf, subdivisions } from '../lexicon/gazetteer';
import { titleCase } from '../lexicon/name-forms';
import { LANDFORMS } from '../lexicon/landforms';
import { PLATFORMS } from '../lexicon/platforms';
import { CLUBS } from '../lexicon/clubs';
import { COMPANIES, COMPANY_AS_LANDFORM, writesLandform } from '../lexicon/companies';
import { TITLE_WORDS } from '../lexicon/titles';
import { REGIONS, type RegionRow } from '../lexicon/regions';
import { COUNTRY_SHORT_FORMS } from '../lexicon/demonyms';
import { inClass, knownPhrases } from '../lexicon/known-phrases';
import { teamNicknames } from '../lexicon/teams';
import { gluedHyphen, phrase, shouted } from './words';

let matcher: PhraseMatcher<string> | undefined;

// country names, matched with their case (so "US" the country is not "us" the pronoun);
// an all-caps headline word matches too, through the upper-cased copy of every name
function countryMatcher(): PhraseMatcher<string> {
  if (matcher) return matcher;
  matcher = new PhraseMatcher<string>();
  for (const [code, names] of COUNTRIES) {
    for (const name of names) {
      matcher.add(name, code);
      matcher.add(name.toUpperCase(), code);
    }
  }
  return matcher;
}

let divisions: PhraseMatcher<string> | undefined;

// subdivisions whose names are compounds ("Haute-Garonne", "Rhode Island"), matched with their
// case; a hyphen is a token of its own in the document, so it is one in the phrase
function subdivisionMatcher(): PhraseMatcher<string> {
  if (divisions) return divisions;
  divisions = new PhraseMatcher<string>();
  for (const [name, code] of subdivisions()) {
    divisions.addWords(name.split(/ |(?=-)|(?<=-)/), code);
  }
  return divisions;
}

let articled: PhraseMatcher<string> | undefined;

// cities opening with a hyphened Arabic article ("al-Bab"), matched with their case, and with the article
// capitalised where it opens a sentence ("Al-Bab fell"); the hyphen a token of its own, as in the document
function articleCityMatcher(): PhraseMatcher<string> {
  if (articled) return articled;
  articled = new PhraseMatcher<string>();
  for (const [name, code] of articleCities()) {
    const words = name.split(/(-)/);
    articled.addWords(words, code);
    articled.addWords([titleCase(words[0]), ...words.slice(1)], code);
  }
  return articled;
}

let named: PhraseMatcher<RegionRow> | undefined;

// named regions of more than one word ending in a capital ("Latin America", "Gulf of Aden"), matched
// with their case, so that a country inside one ("America") does not stand for the whole
function regionMatcher(): PhraseMatcher<RegionRow> {
  if (named) return named;
  named = new PhraseMatcher<RegionRow>();
  for (const row of REGIONS) {
    const last = row[0].slice(row[0].lastIndexOf(' ') + 1);
    if (last !== row[0] && last !== last.toLowerCase()) named.add(row[0], row);
  }
  return named;
}

/** share of sentences opening in lowercase from which a text is one written in lowercase */
const LOWERCASE_SHARE = 0.2;

/** a text whose sentences often open in lowercase ("i went there", "where can i get …"): web text written so */
function writesLowercase(doc: Doc): boolean {
  let low = 0;
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd && !doc.tokens[i].low && !doc.tokens[i].cap) i++;
    if (i < s.tokenEnd && doc.tokens[i].low) low++;
  }
  return low >= LOWERCASE_SHARE * doc.sentences.length && low > 0;
}

/** the longest place name a run of lowercase words reads */
const LOWER_RUN = 3;

/** how many lowercase words run from token i in its sentence, LOWER_RUN at most (1 at least: token i is one) */
function lowercaseRun(tokens: readonly Token[], i: number): number {
  let run = 1;
  while (run < LOWER_RUN && i + run < tokens.length && isLowerWord(tokens[i + run]) && tokens[i + run].sentence === tokens[i].sentence) run++;
  return run;
}

/**
 * a noun right after a place's preposition, not a gerund nor one before another noun: "weed in
 * auckland", "going to baguio"; not "in nice weather", "in reading", "to turkey sandwiches"
 */
const afterPlaceWord = (tokens: readonly Token[], i: number): boolean =>
  PLACE_PREPOSITIONS.has(tokenOf(tokens, i - 1).lower) && tokens[i].pos === 'NOUN' && !tokens[i].lower.endsWith('ing') && tokenOf(tokens, i + 1).pos !== 'NOUN';

/**
 * `certified in delaware`, `birds in punjab`: a text that opens its sentences with capitals may still write a
 * place in lowercase, one word after a place's preposition, which the part-of-speech tagger reads as a proper noun
 * or which is no English word ("kerala", "auckland"; not "in nice weather", "to turkey sandwiches", "in reading")
 */
const placeInCasedText = (tokens: readonly Token[], i: number, n: number): boolean =>
  n === 1 &&
  PLACE_PREPOSITIONS.has(tokenOf(tokens, i - 1).lower) &&
  (tokens[i].pos === 'PROPN' || (afterPlaceWord(tokens, i) && !isEnglishWord(tokens[i].lower)));

/**
 * `we flew to india`, `hotels in san francisco`: web text written in lowercase names places so
 * too; in such a text (not in one that opens its sentences with capitals), a run of lowercase words the gazetteer knows as a country, a region or a city is one, when
 * it is more than one word, the part-of-speech tagger reads the word as a proper noun, or a place's
 * preposition stands before it ("weed in auckland"; not "turkey" for dinner, "nice" weather, "reading")
 */
export function lowercasePlaces(doc: Doc): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  const lowercaseText = writesLowercase(doc);
  for (let i = 0; i < tokens.length; i++) {
    if (!isLowerWord(tokens[i])) continue;
    // the lowercase words from i in its sentence, LOWER_RUN at most; a cased text's place is one word
    const run = lowercaseText ? lowercaseRun(tokens, i) : 1;
    for (let n = run; n >= 1; n--) {
      // `to kerala and goa`: a word after `and`, `or` or a comma that follows a lowercase place stands where it does
      const listed = lowercaseText && LIST_JOINS.has(tokenOf(tokens, i - 1).lower) && out.at(-1)?.end === tokenOf(tokens, i - 2).end;
      if (n === 1 && tokens[i].pos !== 'PROPN' && !afterPlaceWord(tokens, i) && !listed) continue;
      if (!lowercaseText && !placeInCasedText(tokens, i, n)) continue;
      const written = phrase(tokens, i, i + n);
      // a state or a province of one word ("in kerala") too, which the bundled data knows by its lowercase name alone
      const place = placeOf(written) ?? (n === 1 ? provinceOf(written) : null);
      if (!place) continue;
      out.push({
        // the place's name as a reader writes it: "india" → India, "san francisco" → San Francisco
        canonical: titleCase(written),
        start: tokens[i].start,
        end: tokens[i + n - 1].end,
        type: 'location',
        tier: 'gazetteer',
        reason: `gazetteer:lowercase:${place.kind}`,
        kind: place.kind,
        countryCode: place.countryCode ?? undefined,
      });
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * `obama met with merkel to discuss nato and the european union`: web text written in lowercase names bodies so too; in
 * such a text, a run of lowercase words the bundled data knows as a body's name alone is that body (as the canonical name
 * writes it: "European Union"); a body's name of one word only where no English list knows the word ("walmart", not
 * "apple", "shell", "target"), and not an acronym ("the right amt", an abbreviation)
 */
export function lowercaseBodies(doc: Doc): Candidate[] {
  if (!writesLowercase(doc)) return [];
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isLowerWord(tokens[i])) continue;
    for (let n = lowercaseRun(tokens, i); n >= 1; n--) {
      const written = phrase(tokens, i, i + n);
      if ((n === 1 && isEnglishWord(written)) || !knownBody(written, true)) continue;
      const row = knownOrg(written);
      // `the right amt`: an acronym written in lowercase (or a word as short) is as often a word's abbreviation
      if (n === 1 && (row?.acronym?.toLowerCase() === written || written.length <= 3)) continue;
      const canonical = row?.name ?? titleCase(written);
      out.push({ canonical, start: tokens[i].start, end: tokens[i + n - 1].end, type: 'organization', tier: 'gazetteer', reason: 'gazetteer:lowercase:body' });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** the words either side of tokens [a, b] in their sentence are in capitals too */
const inShout = (tokens: readonly Token[], a: number, b: number): boolean =>
  (tokens[a - 1]?.sentence === tokens[a].sentence && shouted(tokens[a - 1])) || (tokens[b + 1]?.sentence === tokens[b].sentence && shouted(tokens[b + 1]));

/** the token at `k` is written right against the one at `i`, no space between: "en-US", "US$", "US-75" */
const glued = (tokens: readonly Token[], i: number, k: number): boolean => {
  const t = tokens[k];
  return !!t && (k < i ? t.end === tokens[i].start : t.start === tokens[i].end);
};

/**
 * `the US said`, `talks in the UAE`, `US troops`: a country's short form in capitals (lexicon/demonyms.ts
 * COUNTRY_SHORT_FORMS), which the country matcher leaves (its names are three letters or more), where it stands as a
 * word: not glued to a sign or a word ("US$ 20", "en-US", "US-75"), not before a number (a highway: "US 169") and not
 * in a line in capitals ("PROTECT US FROM"). Over the labelled sets the leave-one-corpus-out tagger missed 16 gold
 * "US" so written; of the "US" no gold place holds, the rule leaves a currency's two, a web address's and a shout's
 * (GUM reads that one as a person) and takes two adjectives GUM leaves unnamed ("the US team", "the first US
 * mission"), which CoNLL names
 */
function shortForms(tokens: readonly Token[]): PhraseMatch<string>[] {
  const out: PhraseMatch<string>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const code = COUNTRY_SHORT_FORMS[tokens[i].view];
    if (!code || glued(tokens, i, i - 1) || glued(tokens, i, i + 1) || /^\d/.test(tokenOf(tokens, i + 1).view) || inShout(tokens, i, i)) continue;
    out.push({ first: i, last: i, value: code });
  }
  return out;
}

let definite: Map<string, RegionRow> | undefined;

/**
 * the one-word places `the` stands before (lexicon/landforms.ts, and the regions' table's waters and regions of no one
 * country: "the Mediterranean", "the Levant"), but "the Atlantic" and "the Pacific", as often a magazine or a company
 */
function definitePlaces(): Map<string, RegionRow> {
  if (definite) return definite;
  definite = new Map(LANDFORMS.map((row) => [row[0], row]));
  for (const row of REGIONS)
    if (!row[0].includes(' ') && (row[1] === 'water' || row[2] === null) && row[0] !== 'Atlantic' && row[0] !== 'Pacific') definite.set(row[0], row);
  return definite;
}

/**
 * `troops crossed the Euphrates`, `the Alps`, `across the Mediterranean`: a range, a river, a desert or a sea written
 * with "the" and no head noun, which the tagger, seeing no "River" or "Mountains", often leaves or calls a body. Not
 * where a capitalised word goes on after it ("the Danube Commission", "the Gulf States", "the Rhine-Main"): a longer
 * name, the tagger's or the patterns'
 */
function definiteLandforms(tokens: readonly Token[]): PhraseMatch<RegionRow>[] {
  const out: PhraseMatch<RegionRow>[] = [];
  const places = definitePlaces();
  for (let i = 1; i < tokens.length; i++) {
    const row = places.get(tokens[i].view);
    if (!row || tokens[i - 1].lower !== 'the' || tokens[i - 1].sentence !== tokens[i].sentence) continue;
    const next = tokens[i + 1];
    if (next && next.sentence === tokens[i].sentence && (next.cap || hyphenedTo(tokens, i))) continue;
    out.push({ first: i, last: i, value: row });
  }
  return out;
}

/** `Emirates ordered 90 jets`: a country's short name a company bears alone, not after "the" (lexicon/features.ts) */
const companyFirst = (tokens: readonly Token[], m: PhraseMatch<string>): boolean =>
  m.first === m.last && COMPANY_FIRST_COUNTRY_NAMES.has(tokens[m.first].view) && tokenOf(tokens, m.first - 1).lower !== 'the';

/** countries (and their short forms), compound-named subdivisions, named regions and cities opening with an Arabic article from the bundled gazetteers, as location candidates */
export function gazetteerCandidates(doc: Doc): Candidate[] {
  const found = (m: PhraseMatch<unknown>, kind: string, code: string | null, reason = `gazetteer:${kind}:${code}`) => ({
    start: doc.tokens[m.first].start,
    end: doc.tokens[m.last].end,
    type: 'location' as const,
    tier: 'gazetteer' as const,
    reason,
    kind,
    countryCode: code ?? undefined,
  });
  return [
    ...[
      ...countryMatcher()
        .match(doc.tokens)
        .filter((m) => !companyFirst(doc.tokens, m)),
      ...shortForms(doc.tokens),
    ].map((m) => found(m, 'country', m.value)),
    ...subdivisionMatcher()
      .match(doc.tokens)
      .map((m) => found(m, 'region', m.value)),
    ...regionMatcher()
      .match(doc.tokens)
      .map((m) => found(m, m.value[1], m.value[2], `gazetteer:${m.value[1]}`)),
    ...articleCityMatcher()
      .match(doc.tokens)
      .map((m) => found(m, 'city', m.value)),
    ...definiteLandforms(doc.tokens).map((m) => found(m, m.value[1], m.value[2], 'gazetteer:landform')),
  ];
}

/** a word of a body's name as the text writes it: capitalised, or a joining sign or word inside ("&", "and", "of") */
const bodyWord = (t: Token, inside: boolean): boolean => t.cap || (inside && (t.lower === '&' || t.lower === 'and' || t.lower === 'of' || t.lower === "'s"));

/** a word of a body's name as the lexicon lists it: "and" written for its "&" ("Procter and Gamble" of "Procter & Gamble") */
const listedWord = (t: Token): string => (t.lower === 'and' ? '&' : t.lower);

/**
 * a body's name as the tokenizer may split it, a hyphen its own token or not ("al-Qaeda" is al, -, Qaeda), and
 * with its first letter capitalised too where it opens in lowercase ("Al-Qaeda" opening a sentence)
 */
function bodyForms(name: string): string[][] {
  return phraseForms(name).flatMap((words) => {
    const first = words[0];
    return first === first.toLowerCase() && first !== first.toUpperCase() ? [words, [titleCase(first), ...words.slice(1)]] : [words];
  });
}

/** a matcher of a list's names, words split as the tokeniser splits them (a hyphen a token of its own), built once */
function listMatcher(names: Iterable<string>): PhraseMatcher<true> {
  const m = new PhraseMatcher<true>();
  for (const name of names) m.addWords(name.split(/ |(?=-)|(?<=-)/), true);
  return m;
}

/** the matches of a list's names as organisation candidates of one tier and reason */
const listedBodies = (tokens: readonly Token[], matches: readonly PhraseMatch<true>[], tier: 'gazetteer' | 'context', reason: string): Candidate[] =>
  matches.map((m) => ({ start: tokens[m.first].start, end: tokens[m.last].end, type: 'organization', tier, reason }));

let platforms: PhraseMatcher<true> | undefined;

/**
 * `wrote on Telegram`, `a TikTok video`, `Truth Social`: an online platform (lexicon/platforms.ts), written with its
 * case, is a company's service, which the tagger, seeing a word it never met, reads as a place. Not in a line in capitals
 */
export function platformNames(doc: Doc): Candidate[] {
  const { tokens } = doc;
  platforms ??= listMatcher(PLATFORMS);
  return listedBodies(
    tokens,
    platforms.match(tokens, (_, a, b) => !inShout(tokens, a, b)),
    'gazetteer',
    'gazetteer:platform',
  );
}

let companies: PhraseMatcher<true> | undefined;

/**
 * `Renault shares fell`, `a Samsung phone`, `Tesla CEO Elon Musk`: a company the companies' list knows (lexicon/companies.ts),
 * written with its case, where nothing else claims the words (tier context). Not inside a longer name, a capitalised word
 * before or after it (`the Latin Alphabet`, `Toyota Celica`, `Airbus A320`, `Porsche 911`: a model's or another name),
 * unless that is an office's word; not a company's name an article also writes as a landform (`the Amazon`: the river
 * and the forest, in every mention); nor in a line in capitals
 */
export function knownCompanies(doc: Doc): Candidate[] {
  const { tokens } = doc;
  companies ??= listMatcher(COMPANIES);
  const matches = companies.match(
    tokens,
    (_, a, b) => standsAlone(tokens, a, b) && !(COMPANY_AS_LANDFORM.has(tokens[a].view) && writesLandform(doc, tokens[a].view)),
  );
  return listedBodies(tokens, matches, 'context', 'gazetteer:company');
}

/**
 * a listed name at tokens [a, b] is the whole of a name, in a line not in capitals: no capitalised word or number before or
 * after it in its sentence (`the Latin Alphabet`, `Toyota Celica`, `Airbus A320`, `Feyenoord Rotterdam`: a model's or a longer
 * name), but an office's word (`Tesla CEO`, `Arsenal manager`) or an amount (`fined Apple 1.8 billion euros`); with `numbered`
 * false a number is no name's (`beat Arsenal 3-1`)
 */
function standsAlone(tokens: readonly Token[], a: number, b: number, numbered = true): boolean {
  const inName = (k: number) => {
    const w = tokens[k];
    const model = numbered && /^[A-Z]?\d/.test(w?.view ?? '') && !AMOUNT_SCALES.has(tokens[k + 1]?.lower ?? '');
    return !!w && w.sentence === tokens[a].sentence && (model || (w.cap && !TITLE_WORDS.has(w.lower)));
  };
  return !inShout(tokens, a, b) && !inName(b + 1) && !(a > 0 && !tokens[a].opensSentence && inName(a - 1));
}

/**
 * `Fighters reached Tal Afar and Sinjar`, `the road to Khan Yunis`: a city of two words or more the gazetteer knows,
 * written with its case as a run of capitalised words of its own, where nothing else claims it (tier context): the
 * tagger, trained on European names, reads some such names as nothing. Not inside a longer name (`New York Times`), nor a
 * body's name too, nor glued by a hyphen to a word (`the El Paso-based company`, which CoNLL leaves unnamed), nor in a line
 * in capitals
 */
export function knownCities(doc: Doc): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first.cap || (i > 0 && !first.opensSentence && tokens[i - 1].cap && tokens[i - 1].sentence === first.sentence)) continue;
    let j = i;
    while (j - i < 3 && tokens[j + 1]?.cap && tokens[j + 1].sentence === first.sentence && tokens[j + 1].start === tokens[j].end + 1) j++;
    // `the Atlanta-based company`, `(D-Newport News)`: a name a hyphen glues to a word is part of a modifier (CoNLL)
    const hyphened = (tokens[i - 1]?.view === '-' && glued(tokens, i, i - 1)) || gluedHyphen(tokens, j + 1);
    if (j === i || first.lower === 'the' || hyphened || !standsAlone(tokens, i, j)) continue;
    const words = doc.text.slice(first.start, tokens[j].end);
    if (placeOf(words)?.kind !== 'city' || knownBody(words)) continue;
    out.push({ start: first.start, end: tokens[j].end, type: 'location', tier: 'context', reason: 'gazetteer:city' });
    i = j;
  }
  return out;
}

let clubs: PhraseMatcher<true> | undefined;

/**
 * `Galatasaray signed …`, `joined Besiktas`, `Tottenham Hotspur's Son Heung-min`: a football club the clubs' list knows
 * (lexicon/clubs.ts), written with its case, standing alone as a company's name does (a score after it is no part of a
 * name); tier gazetteer, so where the tagger reads the same words as a person or a place the list's reading stands
 */
export function knownClubs(doc: Doc): Candidate[] {
  const { tokens } = doc;
  clubs ??= listMatcher(CLUBS);
  return listedBodies(
    tokens,
    clubs.match(tokens, (_, a, b) => standsAlone(tokens, a, b, false)),
    'gazetteer',
    'gazetteer:club',
  );
}

let bodies: PhraseMatcher<true> | undefined;
/** the organisations of lexicon/acronyms.ts by name and acronym, with their case ("Hamas", "IDF", "United Nations", "al-Qaeda") */
function bodyMatcher(): PhraseMatcher<true> {
  if (bodies) return bodies;
  bodies = new PhraseMatcher<true>();
  for (const [acronym, name] of ORGANIZATIONS)
    for (const k of [name, acronym]) if (k && knownBody(k)) for (const words of bodyForms(k)) bodies.addWords(words, true);
  return bodies;
}

/**
 * `Microsoft and OpenAI announced …`: a body the bundled lexicon knows by its name alone (and as
 * no person's or place's name), written capitalised, where the tagger saw none; it fills gaps only
 * (tier context), so a longer name the tagger found ("Microsoft Research") stands
 */
export function knownBodies(doc: Doc): Candidate[] {
  const { tokens } = doc;
  const listed = bodyMatcher()
    .match(tokens, (_, a, b) => !inShout(tokens, a, b))
    .map((m) => ({ start: tokens[m.first].start, end: tokens[m.last].end, type: 'organization' as const, tier: 'context' as const, reason: 'gazetteer:body' }));
  const table = knownPhrases();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!bodyWord(tokens[i], false)) continue;
    let key = '';
    let end = -1;
    for (let j = i; j < Math.min(tokens.length, i + table.maxLen); j++) {
      if (tokens[j].sentence !== tokens[i].sentence || !bodyWord(tokens[j], j > i)) break;
      key = j === i ? tokens[j].lower : `${key} ${listedWord(tokens[j])}`;
      // the org class first: one lookup, where knownBody asks the places and the organisations' list too
      if (tokens[j].cap && inClass(key, 'org') && knownBody(key, true)) end = j;
      if (!table.prefixes.has(key)) break;
    }
    if (end < 0 || inShout(tokens, i, end)) continue;
    out.push({ start: tokens[i].start, end: tokens[end].end, type: 'organization', tier: 'context', reason: 'gazetteer:body' });
    i = end;
  }
  return [...listed, ...out];
}

/**
 * `the Cubs`, `beat the Mets 6-4`: a club's plural nickname (lexicon/teams.ts), capitalised after "the" and with no
 * name after it, is the club, where no other source names it (tier context)
 */
export function teamNames(doc: Doc): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || tokens[i - 1].lower !== 'the' || !teamNicknames().has(t.lower) || tokens[i + 1]?.cap) continue;
    out.push({ start: t.start, end: t.end, type: 'organization', tier: 'context', reason: 'gazetteer:team' });
  }
  return out;
}
