import type { Doc, Mention } from '../core/types';
import { countryOf, placeOf } from '../lexicon/gazetteer';
import { PERSONAL_CLASSES, phraseClasses } from '../lexicon/known-phrases';
import { isTitleCaseWord } from '../lexicon/name-forms';
import { mentionOf } from './mention';

/**
 * `the envoy for Syria, Geir O. Pedersen`, `Stanley B. Greenberg`: the tagger cuts a name written with a
 * middle initial at the initial, reading the given name alone as a place or a body ("Geir", "Stanley") and
 * the rest as a person ("O. Pedersen"), or it keeps the given name and the surname and leaves the initial
 * out ("Donald" and "Trump" of "Donald J. Trump"). A given name in title case, one space, an initial and a
 * surname are one person's name (gold names so written are persons 52 times in 57 over the labelled sets,
 * mentions/evidence.ts middleInitial); a country or a place the gazetteer knows, unless a given name too,
 * stays what it is ("in Paris J. Smith"). The joined mentions are new (index -1), the others the same objects.
 */
export function joinInitials(mentions: readonly Mention[], doc: Doc): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const [m, next] = [mentions[i], mentions[i + 1]];
    if (next && m.tier !== 'caller' && next.tier !== 'caller' && opensName(m) && next.type === 'person') {
      const between = doc.text.slice(m.end, next.start);
      const initialled = between === ' ' ? /^\p{Lu}\. \p{Lu}\p{Ll}+$/u.test(next.text) : /^ \p{Lu}\. $/u.test(between) && isTitleCaseWord(next.text);
      if (initialled) {
        const text = doc.text.slice(m.start, next.end);
        out.push(mentionOf({ start: m.start, end: next.end, type: 'person', tier: next.tier, reason: `${next.reason}+initial` }, text, -1));
        i++;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** a given name alone, as the tagger left it before an initial: one word in title case, no country and no place but a given name's */
function opensName(m: Mention): boolean {
  if (!isTitleCaseWord(m.text) || countryOf(m.text)) return false;
  return !placeOf(m.text) || phraseClasses(m.text.toLowerCase()).some((c) => PERSONAL_CLASSES.has(c));
}
