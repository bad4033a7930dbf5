import { firstWhere } from '../core/search';
import type { Candidate, Doc } from '../core/types';

/**
 * a legislator's party and state after the name, `Rep. G.K. Butterfield (D-N.C.)`, `(R-Utah)`,
 * `(D-Newport News)`: US political news writes one after most lawmakers' names
 */
const AFFILIATION = /\((?:D|R|I)[-–](?:[A-Z][\w.]*)(?: [A-Z][\w.]*)?\)/gu;

/** the spans of party-and-state notes in the text, in order */
export function affiliations(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of doc.view.matchAll(AFFILIATION)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * inside such a note only a place is named: the tagger reads the state's abbreviation as a
 * person or an organisation ("C." in "(D-N.C.)", "La" in "(R-La.)"), and that stray name then
 * stands between a quote and its speaker. a caller's entry is never second-guessed
 */
export function inAffiliation(c: Candidate, notes: ReadonlyArray<[number, number]>): boolean {
  if (c.type === 'location' || c.tier === 'caller') return false;
  return noteAround(c, notes) !== undefined;
}

/** the note the candidate lies wholly inside: the last one starting at or before it (notes are in text order), if it ends after it */
function noteAround(c: Candidate, notes: ReadonlyArray<[number, number]>): [number, number] | undefined {
  const note = notes[firstWhere(notes, (n) => n[0] > c.start) - 1];
  return note && c.end <= note[1] ? note : undefined;
}

/** the party's letter and its hyphen opening a note's place as the tagger cut it: `R-Texas`, `D-Calif` */
const PARTY_PREFIX = /^[DRI][-–]/u;

/**
 * the place a note names is its state alone: the tagger reads `R-Texas` in `(R-Texas)` as one place, which then named
 * no place the article knows ("R-Texas", not "Texas"); its abbreviation keeps its stop (`Wis.` in `(R-Wis.)`)
 */
export function stateInNote(notes: ReadonlyArray<[number, number]>, doc: Doc): (c: Candidate) => Candidate {
  return (c) => {
    if (c.type !== 'location' || c.tier === 'caller' || !PARTY_PREFIX.test(doc.text.slice(c.start, c.end))) return c;
    const note = noteAround(c, notes);
    if (!note) return c;
    const end = doc.text[c.end] === '.' && c.end < note[1] - 1 ? c.end + 1 : c.end;
    return c.end - c.start > 2 ? { ...c, start: c.start + 2, end, reason: `${c.reason}+affiliation-state` } : c;
  };
}
