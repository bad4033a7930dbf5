import { ENTITY_TYPES, type EntityType, type Doc, type Mention } from '../core/types';
import { nameKey } from '../core/names';
import { nameWords, withoutLegalForm, withoutSuffix } from '../lexicon/name-forms';
import { cueEvidence, type Evidence, evidenceOf, personalName, speakingPlace } from './evidence';
import { listedTypes } from './lists';
import { placeOf } from '../lexicon/gazetteer';
import { isFirstName } from '../lexicon/known-phrases';

/** a list's member beside a known body or places, a pair's beside a given name (lists.ts): a cue */
const LISTED: Partial<Record<EntityType, Evidence>> = {
  organization: cueEvidence('organization', 'listed-body'),
  location: cueEvidence('location', 'listed-place'),
  person: cueEvidence('person', 'paired-person'),
};

/**
 * the most votes a name's tagger guesses give a type, however often it is met: the tagger reads
 * the same word alike each time, so ten guesses are not ten pieces of evidence against one cue
 */
const GUESS_CAP = 2;

/** a name's evidence by type: the votes (the tagger's guesses and the name's own evidence apart) and the heaviest single reason for each */
interface Tally {
  votes: Map<EntityType, number>;
  guesses: Map<EntityType, number>;
  /** the lexicon's guesses, once a name, by reason */
  lexicon: Map<string, Evidence>;
  reason: Map<EntityType, Evidence>;
}

/** the key a name's evidence is pooled under: "Apple Inc." and "Apple" are one name */
const evidenceKey = (m: Mention) => nameKey(withoutLegalForm(m.text));

/**
 * the last word of a person's name, its surname; a country's or a region's name only after a given
 * name ("Michael Jordan"), as a person's run closing in one is more often a
 * headline's words ("Hillary Clinton Wins Missouri", "Obama Urges Britain") than anyone's name
 */
function surnameOf(text: string): string | null {
  const words = nameWords(withoutSuffix(text));
  const last = words.at(-1)!;
  const kind = placeOf(last)?.kind;
  if ((kind === 'country' || kind === 'region') && !isFirstName(words[0])) return null;
  return last;
}

/**
 * a name's votes for each type: its evidence's votes, and the tagger's guesses (GUESS_CAP at most) or
 * the lexicon's heaviest guess, whichever is more
 */
function totalsOf(t: Tally): Record<EntityType, number> {
  const out = { person: 0, organization: 0, location: 0 };
  for (const type of ENTITY_TYPES) {
    let lexicon = 0;
    for (const e of t.lexicon.values()) if (e.type === type && e.votes > lexicon) lexicon = e.votes;
    out[type] = (t.votes.get(type) ?? 0) + Math.max(Math.min(t.guesses.get(type) ?? 0, GUESS_CAP), lexicon);
  }
  return out;
}

/**
 * one type per name in an article, the one the strongest evidence across all its mentions
 * supports: what the name is (a known person's surname, a country, a building: decisive), the
 * cues around each mention ("said Guilbeault", "shares of Toyota", "Apple Inc."), a known city's
 * name (or a team's, a score after it), for a name met once the verb of saying after it (no place:
 * "Sharetsky said"), each mention's own reading (a pattern's over the tagger's, whose guesses count GUESS_CAP at most);
 * on a tie each mention keeps its own reading (a city's all-caps name and its team's in a results table, both once). caller entries
 * and mentions whose source settles their type alone (a dateline's place) are never retyped.
 */
export function reconcileTypes(mentions: readonly Mention[], doc: Doc): Mention[] {
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && personalName(m.text)).flatMap((m) => surnameOf(m.text) ?? []));
  const tallies = new Map<string, Tally>();
  const listed = listedTypes(mentions, doc);
  // each mention's evidence key, worked out once ('' for a local mention, which no tally reads)
  const keys = mentions.map((m) => (m.local ? '' : evidenceKey(m)));
  // how often the article gives each name: some evidence speaks only for a name met once
  const met = new Map<string, number>();
  for (const [i, m] of mentions.entries()) if (!m.local) met.set(keys[i], (met.get(keys[i]) ?? 0) + 1);
  for (const [i, m] of mentions.entries()) {
    if (m.local) continue;
    const k = keys[i];
    let t = tallies.get(k);
    if (!t) tallies.set(k, (t = { votes: new Map(), guesses: new Map(), lexicon: new Map(), reason: new Map() }));
    const evidence = evidenceOf(m, doc, surnames);
    const listedAs = listed.get(m);
    const listedEvidence = listedAs && LISTED[listedAs];
    if (listedEvidence) evidence.push(listedEvidence);
    // the verb of saying after a name met once speaks for a person, unless a cue read the verb as a body's
    // ("Velmora recalled 120,000 cars": a recall, no memory)
    const bodyCue = evidence.some((e) => e.type === 'organization' && e.from === 'cue');
    const speaking = met.get(k) === 1 && !bodyCue ? speakingPlace(m, doc) : null;
    if (speaking) evidence.push(speaking);
    for (const e of evidence) {
      if (e.from === 'lexicon') {
        if (!t.lexicon.has(e.reason)) t.lexicon.set(e.reason, e);
        if (e.votes > (t.reason.get(e.type)?.votes ?? 0)) t.reason.set(e.type, e);
        continue;
      }
      const pool = e.from === 'reading' && m.tier === 'tagger' ? t.guesses : t.votes; // a tagger mention's own reading
      pool.set(e.type, (pool.get(e.type) ?? 0) + e.votes);
      if (e.votes > (t.reason.get(e.type)?.votes ?? 0)) t.reason.set(e.type, e);
    }
  }
  // each name's total a type, summed once a name, not once a mention and a type
  const totals = new Map<string, Record<EntityType, number>>();
  for (const [k, t] of tallies) totals.set(k, totalsOf(t));
  return mentions.map((m, i) => {
    const k = keys[i];
    if (m.tier === 'caller' || m.local || !tallies.has(k)) return m;
    const tally = tallies.get(k)!;
    const total = totals.get(k)!;
    let type = m.type;
    for (const t of ENTITY_TYPES) if (total[t] > total[type]) type = t;
    if (type === m.type) return m;
    const why = tally.reason.get(type)!;
    return {
      ...m,
      type,
      kind: why.kind ?? m.kind,
      reason: `${m.reason}>${why.reason}`,
    };
  });
}
