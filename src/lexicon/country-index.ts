import { COUNTRIES } from './countries';
import { EXTRA_DEMONYMS } from './demonyms';

// one index over the country gazetteer, built on first use, that every stage reads: names and
// demonyms as written (case-sensitive, so "US" is not "us"), each to its ISO 3166-1 alpha-2 code

interface CountryIndex {
  /** every country name, common and official, → code */
  names: Map<string, string>;
  /** every demonym ("Danish", "Antiguan", "U.S.") → code; the hand-listed short forms first */
  demonyms: Map<string, string>;
  /** code → the common name ("DK" → "Denmark") */
  common: Map<string, string>;
}

let index: CountryIndex | undefined;

function build(): CountryIndex {
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>(Object.entries(EXTRA_DEMONYMS));
  const common = new Map<string, string>();
  for (const [code, rowNames, rowDemonyms] of COUNTRIES) {
    common.set(code, rowNames[0]);
    for (const n of rowNames) if (!names.has(n)) names.set(n, code);
    // the generated rows list male and female forms in one string: "Antiguan, Barbudan"
    for (const d of rowDemonyms.flatMap((x) => x.split(/,\s*/))) if (!demonyms.has(d)) demonyms.set(d, code);
  }
  return { names, demonyms, common };
}

export const countryIndex = (): CountryIndex => (index ??= build());
