import { tokenRange } from '../core/tokens';
import type { Doc, EntityType, Mention } from '../core/types';
import { isFirstName } from '../lexicon/known-phrases';
import { countryOf, knownBody, placeOf } from '../lexicon/gazetteer';
import { isAcronymText } from '../lexicon/name-forms';

/** what stands between two members of a list: a comma; before its last member, "and" or "or" */
const COMMA = /^\s*,\s*$/;
const LAST = /^\s*,?\s+(?:and|or)\s+$/;
/** a place the lexicon knows, or a place's acronym, a country's short form most ("the US, EU, and IAEA") */
const isPlace = (m: Mention): boolean => !!placeOf(m.text) || !!countryOf(m.text) || (m.type === 'location' && isAcronymText(m.text));

/** the longest gap between two members read: ", and " with room for spaces */
const GAP = 12;

/** a name's first word, lowercase */
const firstWord = (text: string): string => text.split(' ', 1)[0].toLowerCase();

/** a noun follows the name: the names before it modify it (`Scott and Polk counties`) */
const beforeNoun = (m: Mention, doc: Doc): boolean => doc.tokens[tokenRange(doc.tokens, m)[1]]?.pos === 'NOUN';

/** a name of one word */
const oneWord = (m: Mention): boolean => !/\s/.test(m.text);

/**
 * "Ron and Ginny", "Tiffany and Bosco": two one-word names joined by "and" or "or", no comma between,
 * one a person's, the other a word the tagger reads as a place that no gazetteer knows as a place or a body: a pair of
 * people, where the person's is a known given name (any person's took "Heydour and Aisby", two villages, and "Hilton or
 * Marriott"); not before a noun they modify ("Scott and Polk counties"), nor with a comma before the "and", where a list
 * goes on ("Wilkes-Barre, Scranton, and Clinton"). Over the labelled sets it retypes GUM's "Bosco" ("Tiffany and Bosco"),
 * rightly, and PolNeAR's "Bernie or Bust" (a movement, no place either)
 */
function pairPerson(a: Mention, b: Mention, out: Map<Mention, EntityType>): void {
  for (const [person, other] of [
    [a, b],
    [b, a],
  ]) {
    if (person.type !== 'person' || !isFirstName(person.text.toLowerCase()) || other.type !== 'location' || other.tier !== 'tagger' || !oneWord(other))
      continue;
    if (!placeOf(other.text) && !countryOf(other.text) && !knownBody(other.text)) out.set(other, 'person');
  }
}

/**
 * "Microsoft, Meta and Alphabet have promised": in a list of three names or more, one a body the
 * lexicon knows and none a place or a country it knows ("the US, EU, and IAEA"), the tagger's places are bodies too; the members of a list
 * are things of one kind, and the tagger reads an unknown one-word company as a place. A looser rule
 * (typing every list's members alike) cost CoNLL dev 0.4 and GUM news 0.7. The type each listed
 * mention is given
 */
export function listedTypes(mentions: readonly Mention[], doc: Doc): Map<Mention, EntityType> {
  const out = new Map<Mention, EntityType>();
  const close = (list: Mention[]) => {
    if (list.length < 3) return;
    if (!list.some(isPlace) && list.some((m) => m.type === 'organization' && knownBody(m.text))) {
      for (const m of list) if (m.type === 'location' && m.tier === 'tagger') out.set(m, 'organization');
    }
    // "Tulsa, Sand Springs, Sapulpa, Jenks, and Broken Arrow": a place the lexicon knows, two places and no body it knows
    // make the tagger's persons of the list places, where no known given name opens them (a person listed among places
    // is named so: "Paris, London and Emmanuel Macron")
    if (list.some(isPlace) && list.filter((m) => m.type === 'location').length >= 2 && !list.some((m) => knownBody(m.text))) {
      for (const m of list) if (m.type === 'person' && m.tier === 'tagger' && !isFirstName(firstWord(m.text))) out.set(m, 'location');
    }
  };
  let list: Mention[] = [];
  for (const m of mentions) {
    const prev = list.at(-1);
    const gap = prev && m.start >= prev.end && m.start - prev.end <= GAP ? doc.text.slice(prev.end, m.start) : null;
    if (gap !== null && COMMA.test(gap)) list.push(m);
    else if (gap !== null && LAST.test(gap)) {
      list.push(m);
      if (list.length === 2 && !gap.includes(',') && !beforeNoun(m, doc)) pairPerson(list[0], list[1], out);
      close(list);
      list = [];
    } else list = [m];
  }
  return out;
}
