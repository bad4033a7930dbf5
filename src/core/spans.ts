import { firstWhere } from './search';
import { TIERS, type Span } from './types';

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const byOffset = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

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
