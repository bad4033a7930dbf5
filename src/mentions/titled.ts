// a title, an organisation or a party label the tagger runs into the person named after it:
// two readings of where the name starts, one by the title pattern's name and one by a first name
import { tokenAt, tokenOf, tokenRange } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { isBodyHead } from '../lexicon/organizations';
import { isFirstName } from '../lexicon/known-phrases';
import { PARTY_LABELS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';

/** the pattern rule that reads a person after a title (`Shin Bet chief Ronen Bar`) */
const TITLED_NAME = 'title-name';

/**
 * a tagger span that swallows a title and the name after it as something other than a person
 * ("Shadow Home Secretary Yvette Cooper" read as one organisation) gives way to the name the title
 * pattern found at its end: the words up to the title's head are an office, not part of a name
 */
export function yieldToTitledNames(candidates: readonly Candidate[], doc: Doc): Candidate[] {
  // titled names by where they end, so a text naming thousands of people stays linear
  const byEnd = new Map<number, Candidate[]>();
  for (const p of candidates) if (p.tier === 'pattern' && p.rule === TITLED_NAME) byEnd.set(p.end, [...(byEnd.get(p.end) ?? []), p]);
  if (!byEnd.size) return [...candidates];
  const swallows = (c: Candidate, p: Candidate): boolean => {
    if (p.start <= c.start) return false;
    const head = tokenOf(doc.tokens, tokenAt(doc.tokens, p.start) - 1);
    return head.start >= c.start && TITLE_HEADS.has(head.lower);
  };
  return candidates.filter((c) => c.tier !== 'tagger' || c.type === 'person' || !(byEnd.get(c.end) ?? []).some((p) => swallows(c, p)));
}

/** what may end the words before the person: a title, an organisation's head, a party label */
const endsBefore = (lower: string) => TITLE_HEADS.has(lower) || isBodyHead(lower) || PARTY_LABELS.has(lower);

/**
 * `Shadow Home Secretary Yvette Cooper`, `House Speaker Paul Ryan`, `Republican Donald Trump`: the
 * tagger sometimes runs a title, an organisation or a party into the person named right after it,
 * and types the whole run by its start. a known first name opening the last two or three words,
 * right after a title, an organisation's head or a party label, starts a person: the run splits
 * there ("San Francisco Giants" and "Holy Roman Emperor" do not). what comes before stays an
 * organisation or a place, unless it is only a title or a party label, which name nobody
 */
export function splitRun(c: Candidate, doc: Doc): Candidate[] {
  if (c.type === 'person' || c.tier !== 'tagger') return [c];
  const t = doc.tokens;
  const [a, b] = tokenRange(t, c);
  for (let k = Math.max(a + 1, b - 3); k <= b - 2; k++) {
    if (!t.slice(k, b).every((w) => w.cap) || !t[k - 1].cap) continue;
    if (!isFirstName(t[k].lower) || !endsBefore(t[k - 1].lower) || TITLE_WORDS.has(t[k].lower)) continue;
    const person: Candidate = { ...c, start: t[k].start, type: 'person', kind: undefined, reason: `${c.reason}+split-run` };
    const before = t.slice(a, k);
    const label = before.length === 1 && PARTY_LABELS.has(before[0].lower);
    const title = label || (TITLE_HEADS.has(before.at(-1)!.lower) && before.every((w) => w.cap || TITLE_WORDS.has(w.lower)));
    return title ? [person] : [{ ...c, end: t[k - 1].end }, person];
  }
  return [c];
}
