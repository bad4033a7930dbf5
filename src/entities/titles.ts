import type { Entity, Token } from '../core/types';
import type { Link, Title } from '../schema';
import { HONORIFICS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import { tokenRange, type EntityContext } from './context';
import { demonymOf } from './gazetteer';
import { addLink, countryLink, spanLink } from './links';
import { isNationality } from './nationality';
import { CAPITALISED_HEADS, QUALIFIERS, RELATIONAL, STOP_CAPS, TITLE_LINKERS } from './title-words';

const isLower = (t: Token) => /^\p{Ll}/u.test(t.view);
const isCap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.view) && !STOP_CAPS.has(t.view);
const isTitleWord = (t: Token) => TITLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower) && !QUALIFIERS.has(t.lower);

interface Segment {
  first: number;
  end: number;
  qualifiers: string[];
  lowerHead: boolean;
}

interface Reading {
  segments: Segment[];
  links: Link[];
  /** where the scan stopped (the first token not read) */
  stop: number;
}

/**
 * reads a title backwards from its head at `from` down to `floor`: title words, qualifiers,
 * demonyms ("Danish"), possessive owners ("Denmark's") and organisations ("Mossad director");
 * "IDF representative Major General" is two titles, split where a lowercase head meets a capitalised one
 */
function readBack(ctx: EntityContext, from: number, floor: number): Reading {
  const t = ctx.doc.tokens;
  const segments: Segment[] = [];
  const links: Link[] = [];
  let seg: Segment | null = null;
  let modified = false;
  const close = () => {
    if (seg) segments.unshift(seg);
    seg = null;
  };
  let j = from;
  for (; j >= floor; j--) {
    const tok = t[j];
    if (QUALIFIERS.has(tok.lower)) {
      if (!seg && !segments.length) break;
      (seg ?? segments[0]).qualifiers.unshift(tok.lower);
      continue;
    }
    const code = /^\p{Lu}/u.test(tok.view) ? demonymOf(tok.view) : null;
    if (code) {
      addLink(links, countryLink(ctx, code, 'demonym-title'));
      close();
      modified = true;
      continue;
    }
    if (isTitleWord(tok) && !modified) {
      const head = TITLE_HEADS.has(tok.lower);
      const current = seg as Segment | null;
      if (current && head && isLower(tok) && !isLower(t[current.first])) close();
      if (!seg) {
        if (!head || (CAPITALISED_HEADS.has(tok.lower) && isLower(tok) && !(t[j - 1] && isTitleWord(t[j - 1]) && !isLower(t[j - 1])))) break;
        seg = { first: j, end: j + 1, qualifiers: [], lowerHead: isLower(tok) };
      } else seg.first = j;
      continue;
    }
    if (tok.lower === "'s" && (seg || segments.length) && j - 1 >= floor) {
      const [a] = ownerRange(ctx, j - 1, floor);
      addLink(links, spanLink(ctx, a, j, 'possessive-title'));
      j = a - 1;
      break;
    }
    const current = seg as Segment | null;
    if (current && !modified && isCap(tok) && (current.lowerHead || (ctx.owner[j] && ctx.owner[j]!.type !== 'person'))) {
      const [a] = ownerRange(ctx, j, floor);
      const link = spanLink(ctx, a, j + 1, 'organization-title');
      addLink(links, link);
      if (!link.countryCode) current.first = a;
      close();
      modified = true;
      j = a;
      continue;
    }
    break;
  }
  close();
  return { segments, links, stop: j };
}

/** the token range of a name ending at `last`: its mention, or a run of up to three capitalised words */
function ownerRange(ctx: EntityContext, last: number, floor: number): [number, number] {
  const e = ctx.owner[last];
  let a = last;
  if (e && e.type !== 'person') {
    while (a - 1 >= floor && ctx.owner[a - 1] === e) a--;
    return [a, last + 1];
  }
  while (a - 1 >= floor && last - a < 2 && isCap(ctx.doc.tokens[a - 1]) && !isTitleWord(ctx.doc.tokens[a - 1])) a--;
  return [a, last + 1];
}

/** "Ronen Bar, the Shin Bet chief," / "Rasmussen, Denmark's foreign minister," / "X, a spokesman for Hamas" */
function appositive(ctx: EntityContext, end: number): Reading | null {
  const t = ctx.doc.tokens;
  if (t[end]?.view !== ',') return null;
  const floor = end + 1;
  let h = floor;
  while (h < t.length && h - floor < 8 && t[h].sentence === t[end].sentence && !TITLE_HEADS.has(t[h].lower) && t[h].view !== ',') h++;
  while (h + 1 < t.length && isTitleWord(t[h + 1]) && TITLE_HEADS.has(t[h + 1].lower)) h++;
  if (!t[h] || !TITLE_HEADS.has(t[h].lower) || !isTitleWord(t[h])) return null;
  const reading = readBack(ctx, h, floor);
  if (!reading.segments.length || reading.stop >= floor && !['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(t[reading.stop].lower)) return null;
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
      if (!office) reading.links.push(spanLink(ctx, a, b, `appositive-${t[after].lower}`));
      if (t[after].lower === 'of') reading.segments.at(-1)!.end = b;
      after = b;
    }
  }
  const next = t[after];
  if (next && next.sentence === t[end].sentence && !/^[,.;:)\u2014\u2013-]$/.test(next.view) && !isLower(next)) return null;
  return reading;
}

/** "his Israeli counterpart, Foreign Minister Gideon Sa'ar": the nationality before the comma */
function counterpart(ctx: EntityContext, comma: number): Link[] {
  const t = ctx.doc.tokens;
  if (t[comma]?.view !== ',' || !RELATIONAL.has(t[comma - 1]?.lower ?? '')) return [];
  return readBack(ctx, comma - 1, Math.max(0, comma - 6)).links.map((l) => ({ ...l, reason: 'counterpart' }));
}

const toTitle = (ctx: EntityContext, s: Segment): Title => {
  const start = ctx.doc.tokens[s.first].start;
  const end = ctx.doc.tokens[s.end - 1].end;
  return { start, end, text: ctx.doc.text.slice(start, end), qualifiers: s.qualifiers };
};

/** titles, affiliations and role words of a person from the words around each mention */
export function personDetails(e: Entity, ctx: EntityContext): void {
  const t = ctx.doc.tokens;
  const titles: Title[] = [];
  const affiliations: Link[] = [];
  for (const m of e.mentions) {
    const [first, end] = tokenRange(t, m);
    let s = first;
    // a title inside the mention ("U.S. President Donald Trump") is read like one before it
    for (let k = first; k < end - 1 && (isTitleWord(t[k]) || QUALIFIERS.has(t[k].lower) || isNationality(t[k].view)); k++) {
      if (isTitleWord(t[k])) s = k + 1;
    }
    const sentenceStart = ctx.doc.sentences[t[s]?.sentence ?? 0]?.tokenStart ?? 0;
    const pre = s > 0 ? readBack(ctx, s - 1, sentenceStart) : null;
    const post = appositive(ctx, end);
    for (const r of [pre, post]) {
      if (!r) continue;
      for (const seg of r.segments) if (!RELATIONAL.has(t[seg.end - 1].lower)) titles.push(toTitle(ctx, seg));
      for (const l of r.links) addLink(affiliations, l);
    }
    const comma = pre && pre.segments.length ? pre.stop : s - 1;
    for (const l of counterpart(ctx, comma)) addLink(affiliations, l);
  }
  const same = (x: Title) => `${x.qualifiers.join(' ')} ${x.text.toLowerCase().replace(/\s+/g, ' ')}`;
  const unique = titles.filter((x, i) => titles.findIndex((y) => same(y) === same(x)) === i);
  e.details.titles = unique;
  e.details.affiliations = affiliations;
  const roles = new Set<string>();
  for (const x of unique) {
    roles.add(x.text.toLowerCase().replace(/\s+/g, ' '));
    roles.add(x.text.split(/\s+/).filter((w) => TITLE_HEADS.has(w.toLowerCase())).at(-1)?.toLowerCase() ?? '');
  }
  roles.delete('');
  e.roles = [...roles];
}
