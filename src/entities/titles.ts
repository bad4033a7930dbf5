import { isPossessiveMark } from '../core/tokens';
import type { Entity, EntityFacts } from '../core/types';
import type { Link, PersonDetails, Title } from '../schema';
import { opensOffice, QUALIFIERS, RELATIONAL, TITLE_HEADS } from '../lexicon/titles';
import { appositive, counterpart } from './appositive';
import { tokenRange, type EntityContext } from './context';
import { addLink } from './links';
import { isNationality } from '../lexicon/nationality';
import { isTitleWord, type Reading, readBack, type Segment } from './title-reader';

const toTitle = (ctx: EntityContext, s: Segment): Title => {
  const start = ctx.doc.tokens[s.first].start;
  const end = ctx.doc.tokens[s.end - 1].end;
  return { start, end, text: ctx.doc.text.slice(start, end), qualifiers: s.qualifiers };
};

/** titles and affiliations of a person from the words around each mention */
export function personDetails(e: Entity<'person'>, ctx: EntityContext): PersonDetails {
  const t = ctx.doc.tokens;
  const lowerAt = (k: number) => t[k]?.lower;
  const inTitle = (k: number) => isTitleWord(t[k]) || QUALIFIERS.has(t[k].lower) || isNationality(t[k].view) || opensOffice(lowerAt, k);
  const titles: Title[] = [];
  const affiliations: Link[] = [];
  for (const m of e.mentions) {
    const [first, end] = tokenRange(t, m);
    let s = first;
    // a title inside the mention ("U.S. President Donald Trump", "Home Secretary Yvette Cooper") is read like one before it
    for (let k = first; k < end - 1 && inTitle(k); k++) {
      if (isTitleWord(t[k])) s = k + 1;
    }
    const sentenceStart = ctx.doc.sentences[t[s]?.sentence ?? 0]?.tokenStart ?? 0;
    const pre = s > 0 ? (settingOff(ctx, s, end, sentenceStart) ?? readBack(ctx, s - 1, sentenceStart)) : null;
    const post = appositive(ctx, end);
    for (const r of [pre, post]) {
      if (!r) continue;
      for (const seg of r.segments) if (!RELATIONAL.has(t[seg.end - 1].lower)) titles.push(toTitle(ctx, seg));
      for (const l of r.links) addLink(affiliations, l);
    }
    const comma = pre?.segments.length ? pre.stop : s - 1;
    for (const l of counterpart(ctx, comma)) addLink(affiliations, l);
  }
  const same = (x: Title) => `${x.qualifiers.join(' ')} ${x.text.toLowerCase().replace(/\s+/g, ' ')}`;
  const seen = new Set<string>();
  const unique = titles.filter((x) => !seen.has(same(x)) && !!seen.add(same(x)));
  return { titles: unique, affiliations };
}

/**
 * `the Minister of Information, Mohammed Idris, said`, `The prosecutor, Carrie Cohen, looked crushed`: a title set off by
 * commas before the name, after `the` or a possessive, or opening the sentence with its own word, is the name's; not a list's
 * item; the reading, or null
 */
function settingOff(ctx: EntityContext, s: number, end: number, sentenceStart: number): Reading | null {
  const t = ctx.doc.tokens;
  if (s < 2 || t[s - 1].text !== ',' || t[end]?.text !== ',') return null;
  const back = readBack(ctx, s - 2, sentenceStart);
  const first = back.segments[0]?.first;
  if (first === undefined) return null;
  const before = t[first - 1];
  // `Denmark's foreign minister, Lars Rasmussen,`: the reading takes the owner in too, and stops before it
  if (before && isPossessiveMark(before.lower, false)) return back;
  if (back.stop !== first - 1) return null;
  // not a list's item: `the president, the vice president, Susan Rice, …`
  if (before?.lower === 'the' && t[first - 2]?.text === ',' && t[first - 3] && isTitleWord(t[first - 3])) return null;
  return (first === sentenceStart && isTitleWord(t[first])) || before?.lower === 'the' ? back : null;
}

/** the role words of a person's titles, whole and by head ("foreign minister", "minister") */
export function personRoles(e: Entity<'person'>): EntityFacts {
  const roles = new Set<string>();
  for (const x of e.details.titles) {
    roles.add(x.text.toLowerCase().replace(/\s+/g, ' '));
    roles.add(
      x.text
        .split(/\s+/)
        .filter((w) => TITLE_HEADS.has(w.toLowerCase()))
        .at(-1)
        ?.toLowerCase() ?? '',
    );
  }
  roles.delete('');
  return { roles: [...roles] };
}
