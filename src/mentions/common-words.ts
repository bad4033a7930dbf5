import { tokenRange } from '../core/tokens';
import type { Candidate, Doc, Token } from '../core/types';
import { englishPlural, isEnglishWord } from '../document/wink';
import { TITLE_CASE_SMALL } from '../lexicon/function-words';
import { knownOrg, knownPlace } from '../lexicon/gazetteer';
import { GIVEN_WORDS } from '../lexicon/given-words.generated';
import { isFirstName, PERSONAL_CLASSES, phraseClasses } from '../lexicon/known-phrases';
import { isTitleCaseWord } from '../lexicon/name-forms';
import { isTitleOrHonorific } from '../lexicon/titles';

/** a word of letters only in title case that is a common English word (or, with `plurals`, the plural of one): "Friendly", "Calzones" */
const commonWordInTitleCase = (t: Token, plurals = false): boolean =>
  isTitleCaseWord(t.view) && /^\p{L}+$/u.test(t.view) && (isEnglishWord(t.lower) || (plurals && englishPlural(t.lower)));

/**
 * `Hidden Nook`, `Friendly Staff`, `Science Fiction`, `Burger King`, `Chasing Liberty`: a span the tagger reads as a
 * person's name whose every word is a common English word in title case names no person: a review's praise, a work,
 * a shop, a place. Kept: a span opening with a given name, the gazetteer's or one that is a word too
 * (lexicon/given-words.generated.ts: "Bill Green", "Frank Bunce", "Dean Forester"), with a title's word or an
 * honorific ("Madam Speaker", "Senator Baker"), a phrase the gazetteers know, or whose last word the gazetteer knows
 * of people, as a surname, a given name or a title ("Chevy Chase", "Eddy Grant", "Hun Sen"), or the article writes
 * alone elsewhere ("… Stamper said"): the surname of someone named in full. Read after the types are reconciled, so a
 * body the tagger first read as a person ("Tower Records", "Heaven Sent Gaming") is a body by then. Over the labelled
 * sets it drops 4 gold persons ("German Villa", "Black Widow") and 141 mentions that were no gold person (GUM's genres
 * 73, Wikigold 41, UNER 24); the keep predicate of the person mentions of an article
 */
export function keepsPerson(mentions: readonly Candidate[], doc: Doc): (c: Candidate) => boolean {
  const { tokens } = doc;
  let alone: Set<string> | undefined;
  const writtenAlone = () =>
    (alone ??= new Set(
      mentions
        .filter((c) => {
          const [a, b] = tokenRange(tokens, c);
          return b - a === 1;
        })
        .map((c) => doc.text.slice(c.start, c.end)),
    ));
  const commonWords = (c: Candidate): boolean => {
    if (c.tier !== 'tagger' || c.type !== 'person') return false;
    const [a, b] = tokenRange(tokens, c);
    if (b - a < 2) return false;
    const words = tokens.slice(a, b);
    if (!words.every((t) => commonWordInTitleCase(t))) return false;
    const first = words[0].lower;
    if (isFirstName(first) || GIVEN_WORDS.has(first) || words.some((t) => isTitleOrHonorific(t.lower))) return false;
    if (phraseClasses(doc.text.slice(c.start, c.end).toLowerCase()).length) return false;
    // a word the gazetteer knows of people closing it: a surname, a given name as one, a title ("Chevy Chase", "Starry Lee", "Hun Sen")
    if (phraseClasses(words[b - a - 1].lower).some((k) => PERSONAL_CLASSES.has(k) || k === 'title' || k === 'honorific')) return false;
    return !writtenAlone().has(words[b - a - 1].view);
  };
  return (c) => !commonWords(c);
}

/**
 * the sentences written in title case, a review's or a headline's (`Thanks For A Great Job`, `Back In To The Grid Is
 * Great`): two small words or more written with a capital inside the sentence, and none in lowercase
 */
function titleCaseSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (const s of doc.sentences) {
    let capital = 0;
    let lower = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokens[k];
      if (t.opensSentence || !TITLE_CASE_SMALL.has(t.lower)) continue;
      if (isTitleCaseWord(t.view)) capital++;
      else if (t.low) lower++;
    }
    if (capital >= 2 && lower === 0) out.add(s.index);
  }
  return out;
}

/**
 * `Thanks For The Prompt Service`, `Thanks For A Great Job`, `The Panels On The Roof Look Great`: in a sentence written
 * in title case the capitals say nothing, and a span of the tagger or of a pattern (`Prompt Service`) whose every word
 * is a common English word names nothing, unless a word of it is a given name, a title's or one the gazetteers know of
 * people, the gazetteers know it whole, or the article writes it as a name in a sentence not in title case; the keep
 * predicate of an article's mentions
 */
export function keepsTitleCaseWords(mentions: readonly Candidate[], doc: Doc): (c: Candidate) => boolean {
  const { tokens } = doc;
  const titled = titleCaseSentences(doc);
  if (titled.size === 0) return () => true;
  const elsewhere = new Set(mentions.filter((c) => !titled.has(tokens[tokenRange(tokens, c)[0]].sentence)).map((c) => doc.view.slice(c.start, c.end)));
  return (c) => {
    if (c.tier !== 'tagger' && c.tier !== 'pattern') return true;
    const [a, b] = tokenRange(tokens, c);
    if (!titled.has(tokens[a].sentence)) return true;
    const words = tokens.slice(a, b);
    if (!words.every((t) => commonWordInTitleCase(t, true))) return true;
    if (
      words.some(
        (t) => isFirstName(t.lower) || GIVEN_WORDS.has(t.lower) || isTitleOrHonorific(t.lower) || phraseClasses(t.lower).some((k) => PERSONAL_CLASSES.has(k)),
      )
    )
      return true;
    const name = doc.view.slice(c.start, c.end);
    return phraseClasses(name.toLowerCase()).length > 0 || knownPlace(name) || !!knownOrg(name) || elsewhere.has(name);
  };
}
