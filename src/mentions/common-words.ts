import { tokenRange } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { isEnglishWord } from '../document/wink';
import { GIVEN_WORDS } from '../lexicon/given-words.generated';
import { isFirstName, PERSONAL_CLASSES, phraseClasses } from '../lexicon/known-phrases';
import { isTitleCaseWord } from '../lexicon/name-forms';
import { HONORIFICS, TITLE_WORDS } from '../lexicon/titles';

/**
 * `Hidden Nook`, `Friendly Staff`, `Science Fiction`, `Burger King`, `Chasing Liberty`: a span the tagger reads as a
 * person's name whose every word is a common English word in title case names no person: a review's praise, a work,
 * a shop, a place. Over the labelled sets the library's person mentions so made were 35 gold persons, 85 names of
 * another type and 88 no name at all. Kept: a span opening with a given name, the gazetteer's or one that is a word
 * too (lexicon/given-words.generated.ts: "Bill Green", "Frank Bunce", "Dean Forester"), with a title's word or an
 * honorific ("Madam Speaker", "Senator Baker"), a phrase the gazetteers know, or whose last word the article writes
 * alone elsewhere as a name ("… Stamper said") or the gazetteer knows of people, as a surname, a given name or a title
 * ("Chevy Chase", "Eddy Grant", "Hun Sen"): the surname of someone named in full. Read after the types are reconciled, so a body the tagger first read as a
 * person ("Tower Records") is a body by then
 */
export function keepsPerson(mentions: readonly Candidate[], doc: Doc): (c: Candidate) => boolean {
  const dropped = commonWordPersons(mentions, doc);
  return (c) => !dropped(c);
}

function commonWordPersons(candidates: readonly Candidate[], doc: Doc): (c: Candidate) => boolean {
  const { tokens } = doc;
  let alone: Set<string> | undefined;
  const writtenAlone = () =>
    (alone ??= new Set(candidates.filter((c) => tokenRange(tokens, c)[1] - tokenRange(tokens, c)[0] === 1).map((c) => doc.text.slice(c.start, c.end))));
  return (c) => {
    if (c.tier !== 'tagger' || c.type !== 'person') return false;
    const [a, b] = tokenRange(tokens, c);
    if (b - a < 2) return false;
    const words = tokens.slice(a, b);
    if (!words.every((t) => isTitleCaseWord(t.view) && /^\p{L}+$/u.test(t.view) && isEnglishWord(t.lower))) return false;
    const first = words[0].lower;
    if (isFirstName(first) || GIVEN_WORDS.has(first) || words.some((t) => TITLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower))) return false;
    if (phraseClasses(doc.text.slice(c.start, c.end).toLowerCase()).length) return false;
    // a word the gazetteer knows of people closing it: a surname, a given name as one, a title ("Chevy Chase", "Starry Lee", "Hun Sen")
    if (phraseClasses(words[b - a - 1].lower).some((k) => PERSONAL_CLASSES.has(k) || k === 'title' || k === 'honorific')) return false;
    return !writtenAlone().has(words[b - a - 1].view);
  };
}
