import { PLACE_JOINERS } from '../lexicon/function-words';
import type { Doc, Mention, Token } from '../core/types';
import { COMPANY_FIRST_COUNTRY_NAMES, COMPASS_WORDS, FACILITY_HEADS, WAY_HEADS } from '../lexicon/features';
import { NAMED_FOR_HEADS, PUBLIC_BODY_HEADS } from '../lexicon/organizations';
import { tokenRange } from '../core/tokens';
import { demonymOf, placeOf } from '../lexicon/gazetteer';
import { isCapitalsAcronym } from '../lexicon/name-forms';
import { nameKey } from '../core/names';

// a country's all-capital short form: "US", "UK" (never "us", so only as written)
const isShortCountry = (view: string) => isCapitalsAcronym(view) && !!demonymOf(view);

/**
 * the places the article names elsewhere, a nested place's evidence: each location a rule, the
 * gazetteer or the caller read, or the tagger read as more than one word; the tagger's guess at one
 * word is too weak to be copied into every body's name ("Leagues of Rights" read as a place made
 * "Rights" a place inside each "League of Rights"; "Ideas of Beauty", "Hall of Fame")
 */
const placesRead = (mentions: readonly Mention[]): Set<string> =>
  new Set(mentions.filter((m) => m.type === 'location' && (m.tier !== 'tagger' || m.text.includes(' '))).map((m) => nameKey(m.text)));

interface Known {
  doc: Doc;
  /** locations (placesRead) and people the article tags elsewhere, by name key */
  located: Set<string>;
  people: Set<string>;
}

/**
 * the most words a nested place or person is read from: names are short, and the bound keeps a
 * run-on capitalised text (one "name" of thousands of words) linear
 */
const NAME_REACH = 6;

/** tokens `[from, k)` for the longest k ≤ to that name a place: known, tagged elsewhere, a short form, or a compass word and a known place */
function placeRun({ doc, located }: Known, from: number, to: number): number {
  const { tokens, text } = doc;
  for (let k = Math.min(to, from + NAME_REACH); k > from; k--) {
    const words = text.slice(tokens[from].start, tokens[k - 1].end);
    if (located.has(nameKey(words)) || (placeOf(words) && !COMPANY_FIRST_COUNTRY_NAMES.has(words))) return k;
    if (k === from + 1 && isShortCountry(tokens[from].view)) return k;
    if (k > from + 1 && COMPASS_WORDS.has(tokens[from].lower) && placeOf(text.slice(tokens[from + 1].start, tokens[k - 1].end))) return k;
  }
  return -1;
}

/** the capitalised run from `i`, up to the next joiner, before `end` */
function capitalRun(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  while (j < end && tokens[j].cap && !PLACE_JOINERS.has(tokens[j].view)) j++;
  return j;
}

/** the longest opening run of a name that is a person the article names elsewhere */
function personRun({ doc, people }: Known, a: number, b: number): number {
  for (let k = Math.min(b - 1, a + NAME_REACH); k > a; k--) if (people.has(nameKey(doc.text.slice(doc.tokens[a].start, doc.tokens[k - 1].end)))) return k;
  return -1;
}

/**
 * the names an organisation's or a building's name contains are mentions too, nested in it:
 * - a place after "of", "at" or "in" ("Texas" and "Arlington" in "University of Texas at Arlington")
 * - a place that opens a public body's or a building's name, the place it serves or stands in
 *   ("U.S." in "U.S. Department of Agriculture", "Irving" in "Irving Police Department", "Volgograd"
 *   in "Volgograd Arena"); not a club's, an exchange's or a company's ("New York Stock Exchange"),
 *   nor a street's, named for a place elsewhere ("Dallas Street")
 * - a person the article names who opens the name of a body or site named after them ("Andy Warhol"
 *   in "Andy Warhol Foundation")
 * a place is one the bundled data knows, one the article reads elsewhere (placesRead), or a compass word and a
 * known place ("Southern Indiana")
 */
export function nestedNames(mentions: readonly Mention[], doc: Doc): Mention[] {
  const { tokens } = doc;
  const keys = (type: string) => new Set(mentions.filter((m) => m.type === type).map((m) => nameKey(m.text)));
  const known: Known = { doc, located: placesRead(mentions), people: keys('person') };
  const added: Mention[] = [];
  const add = (first: number, end: number, type: Mention['type'], reason: string) => {
    const [start, stop] = [tokens[first].start, tokens[end - 1].end];
    added.push({
      start,
      end: stop,
      text: doc.text.slice(start, stop),
      type,
      tier: type === 'person' ? 'context' : 'gazetteer',
      reason: `entities:${reason}`,
      index: -1,
    });
  };
  for (const m of mentions) {
    if (m.tier === 'caller') continue;
    const [a, b] = tokenRange(tokens, m);
    if (b <= a) continue;
    const head = tokens[b - 1].lower;
    const building = m.type === 'location' && b - a > 1 && FACILITY_HEADS.has(head);
    if (m.type !== 'organization' && !building) continue;
    const opening = placeRun(known, a, Math.min(capitalRun(tokens, a, b), b - 1));
    const servesPlace = (building && !WAY_HEADS.has(head)) || tokens.slice(opening, b).some((t) => PUBLIC_BODY_HEADS.has(t.lower));
    if (opening > 0 && servesPlace) add(a, opening, 'location', 'leading-place');
    // the head of the name's opening capitalised run: "Foundation" in "Andy Warhol Foundation for the Visual Arts"
    const lead = capitalRun(tokens, a, b);
    // a name opening in lowercase ("xQi", "iPhone maker") has no capitalised run, so no head of its own
    const named = NAMED_FOR_HEADS.has(head) || (lead > a && NAMED_FOR_HEADS.has(tokens[lead - 1].lower));
    const person = named || building ? personRun(known, a, named ? lead : b) : -1;
    if (person > 0) add(a, person, 'person', 'nested-person');
    for (let i = a + 1; i < b - 1; i++) {
      if (!PLACE_JOINERS.has(tokens[i].view)) continue;
      const end = placeRun(known, i + 1, capitalRun(tokens, i + 1, b));
      if (end > 0) add(i + 1, end, 'location', 'nested-place');
    }
  }
  if (!added.length) return [...mentions];
  return [...mentions, ...added].sort((x, y) => x.start - y.start || y.end - x.end).map((x, index) => ({ ...x, index }));
}
