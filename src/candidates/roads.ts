import { ROAD_CODE, ROAD_DIRECTIONS, ROAD_NOUNS, ROAD_NUMBER, ROAD_NUMBER_HEADS, ROAD_QUALIFIERS, UK_ROAD } from '../lexicon/features';
import type { Token } from '../core/types';
import type { PatternRule } from './words';

/** the token after road `k`'s number: past a direction of travel written right after it */
const afterDirection = (t: readonly Token[], k: number): number =>
  ROAD_DIRECTIONS.has(t[k + 1]?.view ?? '') && t[k + 1].sentence === t[k].sentence && t[k + 1].start === t[k].end + 1 ? k + 2 : k + 1;

/** whether road code `i` stands after "the", alone or later in a list of codes that opens with it ("the M4 and M5") */
function roadAfterThe(t: readonly Token[], i: number): boolean {
  let k = i;
  while (
    k >= 2 &&
    (t[k - 1].view === ',' || t[k - 1].lower === 'and' || t[k - 1].lower === 'or') &&
    UK_ROAD.test(t[k - 2].view) &&
    t[k - 2].sentence === t[i].sentence
  )
    k -= 2;
  return t[k - 1]?.lower === 'the';
}

/** numbered roads, places wherever they stand (GUM's travel guides mark 23 over its genres; CoNLL the M3 and Interstate 95) */
export const ROAD_RULES: PatternRule[] = [
  {
    // "I-244", "US-75 South", "SR-51": a route's letters, a hyphen and its number, one token
    reason: 'road-code',
    type: 'location',
    // a number is no capitalised word: the rule is asked at every token
    anyCase: true,
    find: (t, i) => (ROAD_CODE.test(t[i].view) ? { first: i, end: afterDirection(t, i), kind: 'feature' } : null),
  },
  {
    // "the M1", "the A64", "the A1(M)", "the M4 and M5 motorways": a British motorway or A road after "the", or in a list
    // of them that opens with it, before no noun it would name a model or a grade of ("the M2 money supply")
    reason: 'uk-road',
    type: 'location',
    anyCase: true,
    find: (t, i) =>
      UK_ROAD.test(t[i].view) && roadAfterThe(t, i) && (t[i + 1]?.pos !== 'NOUN' || ROAD_NOUNS.has(t[i + 1].lower))
        ? { first: i, end: i + 1, kind: 'feature' }
        : null,
  },
  {
    // "Route 66", "Interstate 95", "Highway 301", "State Route 267", "U.S. Route 1": a road's kind and its number
    reason: 'road-number',
    type: 'location',
    find: (t, i) => {
      let k = i;
      if (ROAD_QUALIFIERS.has(t[k].view) && ROAD_NUMBER_HEADS.has(t[k + 1]?.view ?? '')) k++;
      if (!ROAD_NUMBER_HEADS.has(t[k].view) || !ROAD_NUMBER.test(t[k + 1]?.view ?? '') || t[k + 1].sentence !== t[k].sentence) return null;
      return { first: i, end: afterDirection(t, k + 1), kind: 'feature' };
    },
  },
];
