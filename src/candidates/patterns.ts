import type { Candidate, Doc, EntityType, Token } from '../core/types';
import { DIRECTIONS, FEATURE_OF, FEATURE_WORDS } from '../lexicon/features';
import { ORG_SUFFIXES } from '../lexicon/organizations';
import { HONORIFICS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';

const isCap = (t: Token | undefined): boolean => !!t && /^\p{Lu}[\p{L}\p{M}'.-]*$/u.test(t.view);
// capitalised words that start sentences or name days, never names on their own
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'It', 'They', 'We', 'I', 'In',
  'On', 'At', 'But', 'And', 'Or', 'If', 'As', 'For', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'June', 'July', 'August',
  'September', 'October', 'November', 'December', 'His', 'Her', 'Their', 'Our', 'Its',
]);
const isName = (t: Token | undefined): boolean => isCap(t) && !NOT_NAMES.has(t!.view);

/** the capitalised run starting at `i` (at most `max` tokens, one sentence), as an end index */
function nameRun(tokens: readonly Token[], i: number, max: number): number {
  let j = i;
  while (j < tokens.length && j - i < max && isName(tokens[j]) && tokens[j].sentence === tokens[i].sentence) j++;
  return j;
}

interface Hit {
  first: number;
  /** exclusive */
  end: number;
  kind?: string;
}

interface PatternRule {
  reason: string;
  type: EntityType;
  find: (tokens: readonly Token[], i: number) => Hit | null;
}

/** rules as data: each names its reason, which every candidate it makes carries */
export const PATTERN_RULES: PatternRule[] = [
  {
    // "Mr. Smith", "Dr. Jane Doe": an honorific always introduces a person
    reason: 'honorific-name',
    type: 'person',
    find: (t, i) => {
      if (!HONORIFICS.has(t[i].lower) || !isName(t[i + 1])) return null;
      return { first: i + 1, end: nameRun(t, i + 1, 3) };
    },
  },
  {
    // "Foreign Minister Gideon Sa'ar", "Shin Bet chief Ronen Bar": two or three names after a title
    reason: 'title-name',
    type: 'person',
    find: (t, i) => {
      if (!TITLE_HEADS.has(t[i].lower) || !isName(t[i + 1]) || TITLE_WORDS.has(t[i + 1].lower)) return null;
      const end = nameRun(t, i + 1, 3);
      if (end - (i + 1) < 2 || TITLE_HEADS.has(t[end - 1].lower)) return null;
      if (ORG_SUFFIXES.has(t[end - 1].lower) || FEATURE_WORDS[t[end - 1].lower]) return null;
      return { first: i + 1, end };
    },
  },
  {
    // "the Philadelphi corridor", "Golan Heights", "Red Sea": proper name + feature noun
    reason: 'named-feature',
    type: 'location',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1]))) return null;
      const end = nameRun(t, i, 3);
      const head = t[end] && FEATURE_WORDS[t[end].lower] ? end : FEATURE_WORDS[t[end - 1].lower] && end - 1 > i ? end - 1 : -1;
      if (head < 0 || DIRECTIONS.has(t[i].lower)) return null;
      if (TITLE_HEADS.has(t[head - 1].lower)) return null;
      return { first: i, end: head + 1, kind: FEATURE_WORDS[t[head].lower] };
    },
  },
  {
    // "Strait of Hormuz", "Gulf of Aden"
    reason: 'feature-of-name',
    type: 'location',
    find: (t, i) => {
      if (!isCap(t[i]) || !FEATURE_OF.has(t[i].lower) || t[i + 1]?.lower !== 'of' || !isName(t[i + 2])) return null;
      return { first: i, end: nameRun(t, i + 2, 2), kind: FEATURE_WORDS[t[i].lower] ?? 'feature' };
    },
  },
];

export function patternCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    for (const rule of PATTERN_RULES) {
      const hit = rule.find(tokens, i);
      if (!hit || hit.end <= hit.first) continue;
      out.push({
        start: tokens[hit.first].start,
        end: tokens[hit.end - 1].end,
        type: rule.type,
        source: 'pattern',
        reason: `pattern:${rule.reason}`,
        kind: hit.kind,
      });
    }
  }
  return out;
}
