import { tokenRange } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { gazetteerClasses } from '../tagger';

/**
 * `Furthermore, …`, `Ultimately, …`: a lone adverb opening a sentence is capitalised for the
 * sentence, not for a name, though the tagger reads some as names; such a word is none when the
 * part-of-speech tagger calls it an adverb, no gazetteer knows it, and the article never capitalises
 * it inside a sentence. nouns and verbs stay, as club names at the start of a results line do
 * ("Hull", "Bury", "Stoke"). caller entries are never second-guessed
 */
export function sentenceOpeners(doc: Doc): (c: Candidate) => boolean {
  const { tokens } = doc;
  let inside: Set<string> | undefined;
  const capitalisedInside = () => {
    if (inside) return inside;
    inside = new Set();
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i - 1].sentence === tokens[i].sentence && /^\p{Lu}/u.test(tokens[i].view)) inside.add(tokens[i].lower);
    }
    return inside;
  };
  return (c) => {
    if (c.source === 'caller') return false;
    const [a, b] = tokenRange(tokens, c);
    if (b - a !== 1) return false;
    const t = tokens[a];
    if (a > 0 && tokens[a - 1].sentence === t.sentence) return false;
    if (t.pos !== 'ADV' || !/^\p{Lu}\p{Ll}+$/u.test(t.view) || gazetteerClasses(t.lower).length) return false;
    return !capitalisedInside().has(t.lower);
  };
}
