// The least and the greatest of a list of numbers, without spreading the list into arguments: Math.min(...xs)
// overflows the call stack on a long list (a column of 150,000 rows, a line of 100,000 figures).

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
