import { tokenRange } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { placeOf } from '../lexicon/gazetteer';
import { EVENT_HEADS } from '../lexicon/works';

/** the lowercase word that sets a place after a name: "the Museum of Flight in Seattle" */
const IN = 'in';

/**
 * `Museum of Flight in Seattle`, `Wembley Stadium in London`: the tagger runs a name on over "in"
 * into the city it stands in; a known city after the "in" is a location of its own, and the name
 * ends before it. a wider place may be part of a body's name ("Organisation for Security and
 * Cooperation in Europe"). "at" is left alone: it joins a campus to its university ("University of
 * Texas at Arlington"), and only the tagger's spans are split
 */
export function splitAtPlace(c: Candidate, doc: Doc): Candidate[] {
  if (c.tier !== 'tagger') return [c];
  const t = doc.tokens;
  const [a, b] = tokenRange(t, c);
  const host = eventHost(c, doc, a, b);
  if (host) return [host];
  for (let k = a + 1; k < b - 1; k++) {
    if (t[k].view !== IN || placeOf(doc.text.slice(t[k + 1].start, c.end))?.kind !== 'city') continue;
    const place: Candidate = { ...c, start: t[k + 1].start, type: 'location', kind: undefined, reason: `${c.reason}+split-place` };
    return [{ ...c, end: t[k - 1].end }, place];
  }
  return [c];
}

/**
 * `Moscow International Film Festival`, `Avignon Festival`, `Berlin Marathon`: an event named
 * after the known place that hosts it, one or two words opening its name; the place is the name
 * there (GUM marks it, CoNLL marks the whole as MISC, which the place lies inside), the event none
 */
function eventHost(c: Candidate, doc: Doc, a: number, b: number): Candidate | null {
  const t = doc.tokens;
  if (b - a < 2 || !EVENT_HEADS.has(t[b - 1].lower)) return null;
  for (const k of [a + 2, a + 1]) {
    if (k >= b) continue;
    const place = placeOf(doc.text.slice(t[a].start, t[k - 1].end));
    if (place) return { ...c, end: t[k - 1].end, type: 'location', kind: undefined, reason: `${c.reason}+event-host` };
  }
  return null;
}
