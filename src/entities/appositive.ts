import type { Link } from '../schema';
import { RELATIONAL, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import type { EntityContext } from './context';
import { spanLink } from './links';
import { isCap, isLower, isTitleWord, readBack, TITLE_REACH, type Reading } from './title-reader';
import { TITLE_LINKERS } from '../lexicon/title-words';

/** "Ronen Bar, the Shin Bet chief," / "Rasmussen, Denmark's foreign minister," / "X, a spokesman for Hamas" */
export function appositive(ctx: EntityContext, end: number): Reading | null {
  const t = ctx.doc.tokens;
  if (t[end]?.view !== ',') return null;
  const floor = end + 1;
  let h = floor;
  while (h < t.length && h - floor < 8 && t[h].sentence === t[end].sentence && !TITLE_HEADS.has(t[h].lower) && t[h].view !== ',') h++;
  // a run of heads ("the party chairman president"), at most as long as a title is read back
  for (let k = 0; k < TITLE_REACH && h + 1 < t.length && isTitleWord(t[h + 1]) && TITLE_HEADS.has(t[h + 1].lower); k++) h++;
  if (!t[h] || !TITLE_HEADS.has(t[h].lower) || !isTitleWord(t[h])) return null;
  const reading = readBack(ctx, h, floor);
  if (!reading.segments.length || (reading.stop >= floor && !['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(t[reading.stop].lower))) return null;
  let after = h + 1;
  if (TITLE_LINKERS.has(t[after]?.lower ?? '') && t[after + 1]) {
    let a = after + 1;
    if (t[a].lower === 'the') a++;
    let b = a;
    const owner = ctx.owner[a];
    while (b < t.length && (owner ? ctx.owner[b] === owner : isCap(t[b]) && b - a < 5)) b++;
    if (b > a && owner?.type !== 'person') {
      // "Secretary of State": the words after "of" are part of the office, not a body
      const office = !owner && t.slice(a, b).every((x) => TITLE_WORDS.has(x.lower));
      if (!office) reading.links.push(spanLink(ctx, a, b, `appositive-${t[after].lower as 'of' | 'for' | 'at'}`));
      if (t[after].lower === 'of') reading.segments.at(-1)!.end = b;
      after = b;
    }
  }
  const next = t[after];
  if (next && next.sentence === t[end].sentence && !/^[,.;:)\u2014\u2013-]$/.test(next.view) && !isLower(next)) return null;
  return reading;
}

/** "his Israeli counterpart, Foreign Minister Gideon Sa'ar": the nationality before the comma */
export function counterpart(ctx: EntityContext, comma: number): Link[] {
  const t = ctx.doc.tokens;
  if (t[comma]?.view !== ',' || !RELATIONAL.has(t[comma - 1]?.lower ?? '')) return [];
  return readBack(ctx, comma - 1, Math.max(0, comma - 6)).links.map((l) => ({ ...l, reason: 'counterpart' }));
}
