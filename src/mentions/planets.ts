import { tokenOf } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { PLANET_NAMES } from '../lexicon/features';
import { placeOf } from '../lexicon/gazetteer';
import { JOINED } from './split-and';

/**
 * `Venus enters your sign`, `Mercury turns retrograde`: a planet's name alone is no person and no place (over the
 * labelled sets UNER's horoscopes write "Venus", "Mercury" and "Saturn" 10 times as no name, Wikigold's "Jupiter" is
 * `other`), unless the article names someone or somewhere with it ("Venus Williams … Venus", "Freddie Mercury …
 * Mercury", "Jupiter Police Department", a town: "in Jupiter, Fla.", "a club in Jupiter and", PolNeAR's news 13
 * times); a body keeps it ("Mars" the company); the words the article's longer candidates hold and its towns, read once
 */
export function planetNames(candidates: readonly Candidate[], doc: Doc): (c: Candidate) => boolean {
  const named = new Set<string>();
  for (const c of candidates) {
    const text = doc.view.slice(c.start, c.end);
    // a run the tagger joined over "and" ("Rahu and Mercury") is two names, neither holding the other
    if (!text.includes(' ') || JOINED.test(text)) continue;
    for (const word of text.split(/\s+/)) if (PLANET_NAMES.has(word)) named.add(word);
  }
  const t = doc.tokens;
  // `in Jupiter, Fla.`, `a golf club in Jupiter and …`: a town (a planet is "on" Mars or "from" it)
  const town = (i: number) => (tokenOf(t, i + 1).view === ',' && tokenOf(t, i + 2).cap && !!placeOf(t[i + 2].view)) || tokenOf(t, i - 1).lower === 'in';
  for (let i = 0; i < t.length; i++) if (PLANET_NAMES.has(t[i].view) && town(i)) named.add(t[i].view);
  return (c) => {
    if (c.tier === 'caller' || c.type === 'organization') return false;
    const text = doc.view.slice(c.start, c.end);
    return PLANET_NAMES.has(text) && !named.has(text);
  };
}
