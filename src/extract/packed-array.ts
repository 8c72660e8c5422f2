// Array.prototype.map and filter with one result array kind, for the extractor's hot paths.

/**
 * Like `items.map(f)`, but the result is always a packed array. V8's own map returns a packed array while the caller
 * runs in the interpreter and a holey one once TurboFan has inlined the call: the first holey array then broke the
 * caller's optimised code (and that of every function it passes the array to), and each was compiled again, which
 * cost a corpus build's workers about as much CPU as extracting. A literal's allocation site remembers the kind its
 * arrays grew into, so every array made here has the same kind from the first few calls on.
 */
export function mapArray<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const mapped: U[] = [];
  for (let i = 0; i < items.length; i++) mapped.push(f(items[i]!, i));
  return mapped;
}

/** Like `items.filter(keep)`, for the same reason: V8's filter returns an empty array of another kind once inlined. */
export function filterArray<T>(items: readonly T[], keep: (item: T) => boolean): T[] {
  const kept: T[] = [];
  for (let i = 0; i < items.length; i++) if (keep(items[i]!)) kept.push(items[i]!);
  return kept;
}
