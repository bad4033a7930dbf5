import { type PhraseMatch, PhraseMatcher } from '../core/phrases';
import type { Candidate, Doc } from '../core/types';
import { COUNTRIES } from '../lexicon/countries';
import { subdivisions } from '../lexicon/gazetteer';

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

let divisions: PhraseMatcher<string> | undefined;

// subdivisions whose names are compounds ("Haute-Garonne", "Rhode Island"), matched with their
// case; a hyphen is a token of its own in the document, so it is one in the phrase
function subdivisionMatcher(): PhraseMatcher<string> {
  if (divisions) return divisions;
  divisions = new PhraseMatcher<string>();
  for (const [name, code] of subdivisions()) {
    divisions.addWords(name.split(/ |(?=-)|(?<=-)/), code);
  }
  return divisions;
}

/** countries and compound-named subdivisions from the bundled gazetteers, as location candidates */
export function gazetteerCandidates(doc: Doc): Candidate[] {
  const found = (m: PhraseMatch<string>, kind: 'country' | 'region') => ({
    start: doc.tokens[m.first].start,
    end: doc.tokens[m.last].end,
    type: 'location' as const,
    tier: 'gazetteer' as const,
    reason: `gazetteer:${kind}:${m.value}`,
    kind,
    countryCode: m.value,
  });
  return [
    ...countryMatcher()
      .match(doc.tokens)
      .map((m) => found(m, 'country')),
    ...subdivisionMatcher()
      .match(doc.tokens)
      .map((m) => found(m, 'region')),
  ];
}
