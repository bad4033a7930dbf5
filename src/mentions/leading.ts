import { hyphenedTo, tokenRange } from '../core/tokens';
import type { Candidate, Doc, EntityType, Token } from '../core/types';
import { countryOf, knownOrg } from '../lexicon/gazetteer';
import { acronymKey } from '../lexicon/name-forms';
import { isInnerHyphenedArticle, PLACE_PARTICLES, SAINT_WORDS, SURNAME_PARTICLES } from '../lexicon/names';
import { isFirstName } from '../lexicon/known-phrases';
import { isTitleOrHonorific } from '../lexicon/titles';

/** the most particles a surname opens with: "von der Leyen", "van den Berg" */
const MOST_PARTICLES = 2;

/**
 * which types take back the hyphened capitalised words around them: every type's ("Haute-Garonne",
 * "Armstrong-Jones", "MG-Technogym"); a word the article also writes alone keeps its own name
 * ("Trump-Pence", "Google-Mozilla")
 */
const HYPHENED: Record<EntityType, boolean> = { person: true, organization: true, location: true };

// a word right before, in the same sentence, with one space or none between
const touches = (t: Token, next: Token) => t.sentence === next.sentence && next.start - t.end <= 1;

/**
 * the given name before a surname's particles: a known first name; or, after a particle only
 * personal names take ("bin", "van"), any proper noun the tagger already read as a person's
 * ("Tariq bin Hendi"); never a title or an honorific ("Mr. bin Hendi" keeps "Mr." out)
 */
function givenName(t: Token, particles: readonly Token[], person: boolean): boolean {
  if (!t.cap || isTitleOrHonorific(t.lower)) return false;
  return isFirstName(t.lower) || (person && t.pos === 'PROPN' && !particles.some((p) => PLACE_PARTICLES.has(p.view)));
}

/** a particle hyphened to the word after it, as Arabic names write "al-" and "el-": the particle's index, or -1 */
const hyphenedParticle = (tokens: readonly Token[], k: number) =>
  k >= 2 && hyphenedTo(tokens, k - 2) && SURNAME_PARTICLES.has(tokens[k - 2].view) ? k - 2 : -1;

/** `Tariq bin Hendi`, `Ursula von der Leyen`, `Suleiman al-Amr`: the start of a person's name before a surname's particles, or -1 */
function particleStart(tokens: readonly Token[], a: number, person: boolean): number {
  let k = a;
  for (let n = 0; k > 0 && n < MOST_PARTICLES; n++) {
    if (SURNAME_PARTICLES.has(tokens[k - 1].view) && touches(tokens[k - 1], tokens[k])) k--;
    else if (hyphenedParticle(tokens, k) >= 0) k = hyphenedParticle(tokens, k);
    else break;
  }
  if (k === a) return -1;
  if (k > 0 && touches(tokens[k - 1], tokens[k]) && givenName(tokens[k - 1], tokens.slice(k, a), person)) return k - 1;
  return person ? k : -1;
}

/**
 * `Haute-Garonne` read as "Garonne": the start of the capitalised words hyphened before `a`, or
 * -1; not past a name of its own (`ownName`: "Google" in "Google-Mozilla")
 */
function hyphenStart(tokens: readonly Token[], a: number, ownName: (word: string) => boolean): number {
  const joins = (w: Token) => w.cap && !ownName(w.view);
  let k = a;
  while (k > 1 && hyphenedTo(tokens, k - 2)) {
    if (joins(tokens[k - 2])) k -= 2;
    // `Deir-ez-Zor` read as "Zor": an Arabic article between two of the words
    else if (k > 3 && innerArticle(tokens[k - 2]) && hyphenedTo(tokens, k - 4) && joins(tokens[k - 4])) k -= 4;
    else break;
  }
  return k === a ? -1 : k;
}

/** `Campbell-Bannerman` read as "Campbell": the end of the capitalised words hyphened after token `b - 1`, or -1 */
function hyphenEnd(tokens: readonly Token[], b: number, ownName: (word: string) => boolean): number {
  const joins = (w: Token | undefined) => !!w?.cap && !ownName(w.view);
  let k = b;
  while (k > 0 && hyphenedTo(tokens, k - 1)) {
    if (joins(tokens[k + 1])) k += 2;
    // `Deir-ez-Zor` read as "Deir"
    else if (innerArticle(tokens[k + 1]) && hyphenedTo(tokens, k + 1) && joins(tokens[k + 3])) k += 4;
    else break;
  }
  return k === b ? -1 : k;
}

/** a lowercase Arabic article inside a hyphened name ("ez" of "Deir-ez-Zor") */
const innerArticle = (w: Token | undefined): boolean => !!w?.low && isInnerHyphenedArticle(w.view);

/** the end of a particle hyphened to a capitalised surname right after token `b - 1` ("al-Sadr"), or -1 */
function particleSurnameEnd(tokens: readonly Token[], b: number): number {
  const particle = tokens[b];
  if (!particle || !touches(tokens[b - 1], particle) || !SURNAME_PARTICLES.has(particle.view) || PLACE_PARTICLES.has(particle.view)) return -1;
  return hyphenedTo(tokens, b) && tokens[b + 2].cap ? b + 3 : -1;
}

/** a country's acronym as news also writes it, with dots: "US" → "U.S." (the gazetteer lists the dotted form) */
const dotted = (word: string): string => (word.length <= 3 && acronymKey(word) === word.toLowerCase() ? `${[...word].join('.')}.` : word);

/** capitalised words the article writes on their own, not hyphened to the next */
function standalone(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, k) => {
    if (t.cap && !hyphenedTo(tokens, k) && !(k > 1 && hyphenedTo(tokens, k - 2))) out.add(t.view);
  });
  return out;
}

/**
 * a word written alone in the article, or a country's name or a body's the organisations' list knows, is a name of
 * its own: "the Israel-Hamas war", "Russia-Ukraine talks", "U.S.-Mexico border" name two, never one place "Israel-Hamas";
 * a city or a region is not ("Miami-Dade County", "University of Wisconsin-Milwaukee", "Asia-Pacific")
 */
function namesOfTheirOwn(tokens: readonly Token[]): (word: string) => boolean {
  const alone = standalone(tokens);
  return (word) => alone.has(word) || countryOf(word) !== null || countryOf(dotted(word)) !== null || knownOrg(word) !== null;
}

/** a French article elided into a capitalised word, as one token: "d'Orsay", "l'Élysée" */
const ELIDED = /^[dl]['’]\p{Lu}\p{L}/u;

/**
 * what a source leaves off the start of a name, taken back: a saint's title (`Thomas` → `St. Thomas`), a surname's particles and the given
 * name before them (`Hendi` → `Tariq bin Hendi`, `Leyen` → `Ursula von der Leyen`, a person's
 * whatever the source typed it), and the capitalised words hyphened to either end (`Garonne` →
 * `Haute-Garonne`, `Campbell` → `Campbell-Bannerman`).
 * a caller's entry is never second-guessed
 */
export function leadingWords(doc: Doc): (c: Candidate) => Candidate {
  const { tokens } = doc;
  let ownName: ((word: string) => boolean) | undefined;
  return (c) => {
    if (c.tier === 'caller') return c;
    const [a, b] = tokenRange(tokens, c);
    // `St. Thomas` read as "Thomas" (or as "St." alone): a saint's title is the name's first word
    if (a > 0 && SAINT_WORDS.has(tokens[a - 1].view) && touches(tokens[a - 1], tokens[a])) return { ...c, start: tokens[a - 1].start };
    if (b - a === 1 && SAINT_WORDS.has(tokens[a].view) && tokens[b]?.cap && touches(tokens[a], tokens[b])) return { ...c, end: tokens[b].end };
    // `Musée d'Orsay`, `Côte d'Azur` read as "Musée": a French article elided into the capitalised word after the name is
    // its last word, each of them (`Henri Honoré d'Estienne d'Orves`; gold names so written are one name 7 times in 7 over the
    // labelled sets)
    let elided = b;
    while (elided > a && ELIDED.test(tokens[elided]?.view ?? '') && doc.text.slice(tokens[elided - 1].end, tokens[elided].start) === ' ') elided++;
    if (elided > b) return { ...c, end: tokens[elided - 1].end };
    const particles = particleStart(tokens, a, c.type === 'person');
    if (particles >= 0) return { ...c, start: tokens[particles].start, type: 'person', kind: undefined };
    // `Muqtada al-Sadr` read as "Muqtada": a person's surname hyphened to its particle after the name
    const surname = c.type === 'person' && b > a ? particleSurnameEnd(tokens, b) : -1;
    if (surname > 0) return { ...c, end: tokens[surname - 1].end };
    const before = a >= 2 && hyphenedTo(tokens, a - 2);
    const after = b > a && hyphenedTo(tokens, b - 1);
    if (!HYPHENED[c.type] || (!before && !after)) return c;
    ownName ??= namesOfTheirOwn(tokens);
    const first = before ? hyphenStart(tokens, a, ownName) : -1;
    const last = after ? hyphenEnd(tokens, b, ownName) : -1;
    if (first < 0 && last < 0) return c;
    return { ...c, start: first >= 0 ? tokens[first].start : c.start, end: last >= 0 ? tokens[last - 1].end : c.end };
  };
}
