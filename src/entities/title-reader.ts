import type { Token } from '../core/types';
import type { Link } from '../schema';
import { CAPITALISED_HEADS, HONORIFICS, opensOffice, QUALIFIERS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import type { EntityContext } from './context';
import { demonymOf } from '../lexicon/gazetteer';
import { joinsOffice } from '../candidates/words';
import { addLink, countryLink, spanLink } from './links';
import { STOP_CAPS } from '../lexicon/title-words';

export const isLower = (t: Token) => t.low;
export const isCap = (t: Token | undefined) => !!t && t.cap && !STOP_CAPS.has(t.view);
export const isTitleWord = (t: Token) => TITLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower) && !QUALIFIERS.has(t.lower);

export interface Segment {
  first: number;
  end: number;
  qualifiers: string[];
  lowerHead: boolean;
}

export interface Reading {
  segments: Segment[];
  links: Link[];
  /** where the scan stopped (the first token not read) */
  stop: number;
}

/**
 * the most words a title is read back over: the longest real ones ("former Deputy Assistant
 * Secretary of State for Near Eastern Affairs") are shorter, and the bound keeps a run-on chain of
 * title words linear
 */
export const TITLE_REACH = 16;

/**
 * reads a title backwards from its head at `from` down to `floor`: title words, qualifiers,
 * demonyms ("Danish"), possessive owners ("Denmark's") and organisations ("Mossad director");
 * "IDF representative Major General" is two titles, split where a lowercase head meets a capitalised one;
 * at most TITLE_REACH words
 */
export function readBack(ctx: EntityContext, from: number, floor: number): Reading {
  const t = ctx.doc.tokens;
  floor = Math.max(floor, from - TITLE_REACH + 1);
  const segments: Segment[] = [];
  const links: Link[] = [];
  let seg: Segment | null = null;
  let modified = false;
  const close = () => {
    if (seg) segments.unshift(seg);
    seg = null;
  };
  let j = from;
  // "Secretary of State John Kerry", "Minister of Finance Jane Doe", "Speaker of the House Mike Johnson": an office
  // of a portfolio, capitalised, right before the name is one title, whose head comes before `of`
  const office = officeOf(t, from, floor);
  if (office >= 0) {
    seg = { first: office, end: from + 1, qualifiers: [], lowerHead: false };
    j = office - 1;
  }
  for (; j >= floor; j--) {
    const tok = t[j];
    if (QUALIFIERS.has(tok.lower)) {
      if (!seg && !segments.length) break;
      (seg ?? segments[0]).qualifiers.unshift(tok.lower);
      continue;
    }
    const code = tok.cap ? demonymOf(tok.view) : null;
    if (code) {
      addLink(links, countryLink(ctx, code, 'demonym-title'));
      close();
      modified = true;
      continue;
    }
    // "Home Secretary", "Homeland Security Secretary": a portfolio right before the head it belongs to
    const opened = seg as Segment | null;
    if (!modified && opened && opened.first === j + 1 && opensOffice((k) => t[k]?.lower, j)) {
      opened.first = j;
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
    // "Director-General", "Secretary-General": a hyphen joining two title words inside one title
    if (tok.text === '-' && seg && seg.first === j + 1 && j - 1 >= floor && isTitleWord(t[j - 1]) && t[j - 1].end === tok.start && tok.end === t[j + 1].start) {
      seg.first = j;
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

/**
 * the token where a title of the form head, `of`, portfolio ending at `end` starts ("Secretary of State", "Minister of
 * Foreign Affairs", "Speaker of the House"), or -1: a capitalised head, `of`, an optional `the` and one to three
 * capitalised words, none a title's head
 */
function officeOf(t: readonly Token[], end: number, floor: number): number {
  let k = end;
  while (k >= floor && end - k < 3 && isCap(t[k]) && !TITLE_HEADS.has(t[k].lower)) k--;
  if (k === end || k < floor) return -1;
  if (t[k].lower === 'the' && t[k].low) k--;
  if (k - 1 < floor || !joinsOffice(t, k) || !isTitleWord(t[k - 1])) return -1;
  return k - 1;
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
