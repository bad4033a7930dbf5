// clubs the lexicon knows by their full names ("chicago cubs", "new york mets"), read for the nickname news
// calls them by once the city is said: "the Cubs", "the Mets"
import { classPhrases } from './phrase-classes';
import { phraseClasses, SHIPPED_GAZETTEER } from './known-phrases';

/** the lexicon's classes of a place's or a people's name: a nickname that is one too ("fc dallas", "indians") is none */
const NOT_CLUBS = new Set(['city', 'country', 'region', 'place', 'demonym']);

let nicknames: ReadonlySet<string> | undefined;

/**
 * the plural last words of the teams the gazetteer knows, lowercase ("cubs", "cardinals", "mets"): after "the",
 * capitalised, a club (over CoNLL train and the labelled sets, "the" and such a word is a body 80 times in 81; the
 * other a people's name, "the Vikings"). Singular nicknames ("Heat", "Union", "Magic") are words first and stay out
 */
export function teamNicknames(): ReadonlySet<string> {
  if (nicknames) return nicknames;
  const words = classPhrases(SHIPPED_GAZETTEER, 'team').map((p) => p.slice(p.lastIndexOf(' ') + 1));
  nicknames = new Set(words.filter((w) => w.length > 3 && w.endsWith('s') && /^[a-z]+$/.test(w) && !phraseClasses(w).some((c) => NOT_CLUBS.has(c))));
  return nicknames;
}
