/** Edit distance counting insert, delete, substitute and swapping two neighbours (`jbos` → `jobs`) as one. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known word a mistyped one most likely meant ("did you mean …"): the nearest by edit
 * distance, if it is near enough to be a typo (at most a third of the word), or the one word the
 * typed text starts.
 */
export function closest(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const word of known) {
    const d = editDistance(typed.toLowerCase(), word.toLowerCase());
    if (d < bestDistance) { best = word; bestDistance = d; }
  }
  if (best !== null && bestDistance <= Math.max(1, Math.ceil(Math.max(typed.length, best.length) / 3))) return best;
  const prefixed = known.filter((w) => typed.length > 0 && w.startsWith(typed));
  return prefixed.length === 1 ? prefixed[0]! : null;
}
