import { PhraseMatcher } from '../core/phrases';
import type { Candidate, Doc } from '../core/types';
import { COUNTRIES } from '../lexicon/countries';

let matcher: PhraseMatcher<string> | undefined;

// country names, matched with their case (so "US" the country is not "us" the pronoun);
// an all-caps headline word matches too, through the upper-cased copy of every name
function countryMatcher(): PhraseMatcher<string> {
  if (matcher) return matcher;
  matcher = new PhraseMatcher<string>();
  for (const [code, names] of COUNTRIES) {
    for (const name of names) {
      matcher.add(name, code);
      matcher.add(name.toUpperCase(), code);
    }
  }
  return matcher;
}

/** countries from the bundled gazetteer, as location candidates of kind country */
export function gazetteerCandidates(doc: Doc): Candidate[] {
  return countryMatcher()
    .match(doc.tokens)
    .map((m) => ({
      start: doc.tokens[m.first].start,
      end: doc.tokens[m.last].end,
      type: 'location' as const,
      tier: 'gazetteer' as const,
      reason: `gazetteer:country:${m.value}`,
      kind: 'country',
      countryCode: m.value,
    }));
}
