import { tokenRange } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { isEnglishWord } from '../document/wink';
import { COMPASS_WORDS } from '../lexicon/features';
import { SENTENCE_ADVERBS } from '../lexicon/function-words';
import { knownBody, knownPlace } from '../lexicon/gazetteer';
import { isFirstName, phraseClasses } from '../lexicon/known-phrases';
import { isTitleCaseWord } from '../lexicon/name-forms';
import { SURNAME_PARTICLES } from '../lexicon/names';
import { isTitleOrHonorific } from '../lexicon/titles';
import { capitalisedInside } from './openers';

/** parts of speech of a word that may open a person's name (a given name) or a body's named for a place ("Statistics Canada"), and a number opening a group's ("One Rohingya", "Three Falcons") */
const NAMING_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X']);

/**
 * `Allow Parliament to …`, `Said Comey: …`, `Describe Einstein's …`, `Your Santorum …`: the tagger runs a sentence's
 * first word, capitalised for the sentence, into the name after it. The word is no part of the name when it is a common
 * English word (no given name, no compass word: "East Stirling", "North Korea"; no title's word and no surname's
 * particle: "De Staë"), the article never capitalises it inside a sentence, the rest of the span is a name the article
 * writes alone elsewhere, and the whole span stands nowhere else and is no phrase the gazetteers know ("New York").
 * Before a person's name or a known place the word must be no noun, proper noun, adjective or number to the
 * part-of-speech tagger, since a given name may be a word ("Bill Clinton", "Frank Luntz") and a noun before a place may
 * name a body ("Statistics Canada"), unless that is a body the gazetteers know: `Embattled Boeing` is Boeing. Over the labelled sets the rule moves 5 spans, each to the gold name, all in GUM's genres ("Describe
 * Einstein", "Your Santorum", "Alright Pizza Hut"); in PolNeAR's train text 21 ("Said Comey", "Both Sanders", "Is
 * Obama", "Takes Wisconsin"). The candidate then starts at its second word
 */
export function openingWords(candidates: readonly Candidate[], doc: Doc): (c: Candidate) => Candidate {
  const { tokens } = doc;
  // how often each candidate's text stands in the article, counted when a span first needs it
  let counts: Map<string, number> | undefined;
  const texts = () => {
    if (counts) return counts;
    counts = new Map<string, number>();
    for (const c of candidates) {
      const text = doc.text.slice(c.start, c.end);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    return counts;
  };
  const inside = capitalisedInside(tokens);
  return (c) => {
    if (c.tier !== 'tagger') return c;
    const [a, b] = tokenRange(tokens, c);
    const first = tokens[a];
    if (b - a < 2 || !first.opensSentence || !isTitleCaseWord(first.view) || first.lower === 'the') return c;
    if (!isEnglishWord(first.lower) || isFirstName(first.lower) || COMPASS_WORDS.has(first.lower)) return c;
    // a title's word or a surname's particle is the name's own business (mentions/trim.ts, mentions/leading.ts)
    if (isTitleOrHonorific(first.lower) || SURNAME_PARTICLES.has(first.lower)) return c;
    const whole = doc.text.slice(c.start, c.end);
    const rest = doc.text.slice(tokens[a + 1].start, c.end);
    // a person's given name may be a word too ("Bill Clinton", "Frank Luntz", "Gene Sperling"), and a noun before a
    // place names a body ("Statistics Canada", "Team Estonia"): before a person's name or a known place, only a word
    // no noun, proper noun, adjective or number to the part-of-speech tagger ("Both Sanders", "Said Comey", "Takes Wisconsin")
    // but a body the gazetteers know stays that body, with no adjective before it ("Embattled Boeing", "Rival Airbus")
    if ((c.type === 'person' || knownPlace(rest)) && NAMING_POS.has(first.pos) && !knownBody(rest, true) && !SENTENCE_ADVERBS.has(first.lower)) return c;
    if (!texts().has(rest) || (texts().get(whole) ?? 0) > 1 || phraseClasses(whole.toLowerCase()).length || inside().has(first.lower)) return c;
    return { ...c, start: tokens[a + 1].start };
  };
}
