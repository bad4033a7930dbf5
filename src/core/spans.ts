import { firstWhere } from './search';
import { TIERS, type Span } from './types';

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const byOffset = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/**
 * how many characters of a text of `length` some span covers before each offset, read off one running
 * count: `[start, end)` holds a covered character when `covered[end] > covered[start]`, offset `at` is
 * covered when `covered[at + 1] > covered[at]`; linear in the text and the spans, however they nest
 */
export function coveredCounts(length: number, spans: Iterable<Span>): Int32Array {
  const depth = new Int32Array(length + 1);
  for (const { start, end } of spans) {
    depth[start]++;
    depth[end]--;
  }
  const covered = new Int32Array(length + 1);
  let open = 0;
  for (let i = 0; i < length; i++) {
    open += depth[i];
    covered[i + 1] = covered[i] + (open > 0 ? 1 : 0);
  }
  return covered;
}

const strength = (s: { tier?: string }): number => {
  const i = TIERS.indexOf(s.tier as (typeof TIERS)[number]);
  return i < 0 ? TIERS.length : i;
};

/**
 * the one overlap policy: caller entries always win; otherwise the longest span wins,
 * ties go to the earlier start, then to the stronger tier.
 * deterministic: the order of the input never changes the result.
 */
export function filterSpans<T extends Span & { tier?: string }>(spans: readonly T[]): T[] {
  const tier = (s: T): number => (s.tier === 'caller' ? 0 : 1);
  const ranked = [...spans].sort((a, b) => tier(a) - tier(b) || b.end - b.start - (a.end - a.start) || a.start - b.start || strength(a) - strength(b));
  // kept spans never overlap, so in start order only the neighbours of a new span can collide
  const kept: T[] = [];
  for (const s of ranked) {
    const lo = firstWhere(kept, (k) => k.start >= s.start);
    if ((lo > 0 && overlaps(kept[lo - 1], s)) || (lo < kept.length && overlaps(kept[lo], s))) continue;
    kept.splice(lo, 0, s);
  }
  return kept.sort(byOffset);
}
