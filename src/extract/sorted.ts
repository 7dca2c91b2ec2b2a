/**
 * The index of the last of `spans` (sorted by start) that starts before `at`, or -1: a binary search, for
 * the checks that would otherwise compare every date or number of a long text with every other.
 */
export function lastBefore(spans: readonly { start: number }[], at: number): number {
  let low = 0;
  let high = spans.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((spans[mid] as { start: number }).start < at) [last, low] = [mid, mid + 1];
    else high = mid - 1;
  }
  return last;
}
