// an acronym and the words it stands for, side by side in brackets: "sea surface salinity (SSS)" (a
// term, spelled in lowercase words) or "the Syrian Observatory for Human Rights (SOHR)" (a name, in
// capitals); read by mentions/terms.ts (terms are no names), mentions/propagate.ts (a name's acronym is
// that name) and acronym-defined.ts (a name its acronym spells out, which no source found)
import { hyphenedTo } from '../core/tokens';
import type { Token } from '../core/types';
import { EZAFE_LINKS, HYPHENED_ARTICLES } from '../lexicon/names';
import { englishPlural } from '../document/wink';
import { countryOf, demonymOf, knownBody } from '../lexicon/gazetteer';
import { isBodyHead } from '../lexicon/organizations';
import { acronymKey, MIN_LETTERS } from '../lexicon/name-forms';
import { NAME_SMALL_WORDS } from '../lexicon/function-words';

/** how the spelled-out words are written: all lowercase (a term), or each in capitals but its small joining words (a name) */
export type Spelling = 'lowercase' | 'capitals';

/**
 * the most words an acronym's spelled-out form may skip besides the ones its letters stand for
 * ("of", "and", "the"): a body's name may hold three ("Organisation for the Prohibition of Chemical Weapons")
 */
export const MAX_SKIPPED: Readonly<Record<Spelling, number>> = { lowercase: 2, capitals: 4 };

const written = (t: Readonly<Token>, spelling: Spelling) => (spelling === 'lowercase' ? t.low : t.cap);

/** a token of capitalised words hyphened together whose initials `letters` has at `k` ("Counter-Terrorism": "ct") */
function compound(view: string, letters: string, k: number): boolean {
  const parts = view.split('-');
  return parts.length > 1 && parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p)) && letters.startsWith(parts.map((p) => p[0].toLowerCase()).join(''), k);
}

/** token `i` is a linking vowel hyphened between two words of a name ("Tehreek-e-Insaf") */
const ezafe = (tokens: readonly Token[], i: number): boolean =>
  EZAFE_LINKS.has(tokens[i].view) && hyphenedTo(tokens, i) && tokens[i - 1]?.view === '-' && tokens[i - 1].end === tokens[i].start;

/**
 * the words of `tokens[from..to)` (in reading order) spell `letters` (lowercase) by their initials,
 * each written as `spelling` says; small joining words ("of", "and") and, in a name, an acronym inside it ("UN")
 * may go without a letter, but never open a name
 */
export function spells(tokens: readonly Token[], from: number, to: number, letters: string, spelling: Spelling): boolean {
  const start = Math.max(0, from);
  if (start >= to || (spelling === 'capitals' && !tokens[start].cap)) return false;
  let k = 0;
  let skipped = 0;
  for (let i = start; i < to; i++) {
    const w = tokens[i];
    if (w.punct && w.view === '-') continue;
    // an acronym inside the name gives all its letters ("UN High Commissioner for Refugees (UNHCR)"), or none: past the
    // first word ("Office of the UN High Commissioner for Human Rights (OHCHR)"), or as the first, an owner's the body's
    // own acronym leaves out ("UN Office for the Coordination of Humanitarian Affairs (OCHA)"; lexicon/name-forms.ts innerAcronymInitials)
    const inner = spelling === 'capitals' ? acronymKey(w.view) : null;
    if (inner && letters.startsWith(inner, k)) k += inner.length;
    // a compound of capitalised words one token gives each word's initial: "Counter-Terrorism Service (CTS)",
    // "Rolls-Royce Holdings (RRH)"; where the letters go on otherwise, its first alone, as any word gives
    else if (spelling === 'capitals' && compound(w.view, letters, k)) k += w.view.split('-').length;
    else if (k < letters.length && w.lower[0] === letters[k] && written(w, spelling)) k++;
    // an Arabic article hyphened to the next word goes without a letter too ("Hay'at Tahrir al-Sham (HTS)")
    else if (
      (NAME_SMALL_WORDS.has(w.lower) || (HYPHENED_ARTICLES.has(w.view) && hyphenedTo(tokens, i)) || ezafe(tokens, i)) &&
      w.low &&
      ++skipped <= MAX_SKIPPED[spelling]
    )
      continue;
    else if (inner && (i > start || letters.length >= MIN_LETTERS) && ++skipped <= MAX_SKIPPED[spelling]) continue;
    else return false;
  }
  return k === letters.length;
}

/**
 * the first token of the words just before the bracket at `open` that spell `letters`, read back
 * the fewest words that do (`sea surface salinity (SSS)`, `Syrian Observatory for Human Rights
 * (SOHR)`), or -1
 */
export function spelledBefore(tokens: readonly Token[], open: number, letters: string, spelling: Spelling): number {
  for (let n = letters.length; n <= letters.length + MAX_SKIPPED[spelling]; n++)
    if (spells(tokens, open - n, open, letters, spelling)) return Math.max(0, open - n);
  return -1;
}

/**
 * `caudofemoralis longus (CFL)`, `deoxyribonucleic acid (DNA)`: lowercase words right before the bracket at `open`
 * that spell `letters` with each word's initial and, after it, letters found in order inside that word (a compound's
 * parts); every word gives its initial, the first word the acronym's first letter
 */
export function spelledInsideBefore(tokens: readonly Token[], open: number, letters: string): boolean {
  for (let n = 1; n < letters.length && open - n >= 0; n++) {
    const words = tokens.slice(open - n, open);
    if (words.some((w) => !w.low)) return false;
    if (
      spellsInside(
        words.map((w) => w.lower),
        letters,
      )
    )
      return true;
  }
  return false;
}

/** `words` spell `letters` by their initials, each followed by letters later in the same word, in order, to the acronym's end */
function spellsInside(words: readonly string[], letters: string): boolean {
  let k = 0;
  for (const [i, w] of words.entries()) {
    if (w[0] !== letters[k]) return false;
    k++;
    // a later letter inside the word, while the words after it still each have one to give
    const spare = () => letters.length - k > words.length - 1 - i;
    for (let c = 1; c < w.length && spare(); c++) if (w[c] === letters[k]) k++;
  }
  return k === letters.length;
}

/** the words `tokens[a..b)`, two or more, are spelled by the capitals in brackets right after them, three letters at least */
export function spelledInBrackets(tokens: readonly Token[], a: number, b: number): boolean {
  if (tokens[b]?.view !== '(' || tokens[b + 2]?.view !== ')') return false;
  const letters = acronymKey(tokens[b + 1].view);
  return !!letters && letters.length >= MIN_LETTERS && b - a >= 2 && spells(tokens, a, b, letters, 'capitals');
}

/**
 * the words `tokens[a..b)` are a name its acronym defines right after them, in brackets (`Popular Mobilization
 * Units (PMU)`), three letters at least, and a body's by its words: a body's head among them ("Agency", "Forces"),
 * a plural last ("Units"), a people's or a country's word first ("Syrian Observatory for Human Rights"), a country's
 * name last ("Tehrik-i-Taliban Pakistan"), or by
 * its acronym, a body the lexicon knows ("Hay'at Tahrir al-Sham (HTS)");
 * not a person's ("Alexandria Ocasio-Cortez (AOC)") nor a term in capitals ("Computer Aided Design (CAD)",
 * "Comprehensive Test Ban Treaty (CTBT)", "Bovine Spongiform Encephalopathy (BSE)")
 */
export function definedByAcronym(tokens: readonly Token[], a: number, b: number): boolean {
  if (!spelledInBrackets(tokens, a, b)) return false;
  const words = tokens.slice(a, b);
  // the head: the last word before the first `of` or `for` ("Housing Authority of New Orleans"), or the last word
  const joint = words.findIndex((w) => w.lower === 'of' || w.lower === 'for');
  const head = words[(joint > 0 ? joint : words.length) - 1];
  const people = (w: Token) => !!demonymOf(w.view) || !!demonymOf(w.view.replace(/s$/, '')) || !!countryOf(w.view);
  return isBodyHead(head.lower) || englishPlural(head.lower) || people(words[0]) || !!countryOf(words.at(-1)!.view) || knownBody(tokens[b + 1].view);
}
