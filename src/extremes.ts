// The least and the greatest of a list of numbers, without spreading the list into arguments: Math.min(...xs)
// overflows the call stack on a long list (a column of 150,000 rows, a line of 100,000 figures); and where a number
// falls among ascending ones, by binary search.

/** The least number of the list; Infinity for an empty list, as Math.min(). */
export function least(xs: readonly number[]): number {
  let out = Infinity;
  for (const x of xs) if (x < out) out = x;
  return out;
}

/** The greatest number of the list; -Infinity for an empty list, as Math.max(). */
export function greatest(xs: readonly number[]): number {
  let out = -Infinity;
  for (const x of xs) if (x > out) out = x;
  return out;
}

/** Appends every item of `more` to `list` one by one (list.push(...more) overflows the stack on a long list). */
export function append<T>(list: T[], more: readonly T[]): void {
  for (const x of more) list.push(x);
}

/** How many of the ascending numbers are at or below x, by binary search. */
export function countAtMost(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last of ascending numbers that is at or below x (0 when none is). */
export function floorIndex(sorted: ArrayLike<number>, x: number): number {
  return Math.max(0, countAtMost(sorted, x) - 1);
}
