/**
 * the one binary search: the index of the first item for which `reached` holds, in a list where it
 * holds from some index on (items in text order, `reached` a test of position); the list's length
 * when it never does
 */
export function firstWhere<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
