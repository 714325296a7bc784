/**
 * Place items on slots keeping both in order (a cell never lands left of an earlier cell's
 * column): the best-scoring monotone matching, by dynamic programming over items × slots.
 * An item may stay unplaced (at `skip(item)`); a slot may stay empty for free.
 */
export interface Alignment<I, S> {
  readonly pairs: ReadonlyArray<readonly [I, S]>;
  readonly unplaced: readonly I[];
  readonly score: number;
}

export function monotoneAlign<I, S>(items: readonly I[], slots: readonly S[], fit: (item: I, slot: S) => number, skip: (item: I) => number): Alignment<I, S> {
  const n = items.length;
  const m = slots.length;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const choice = Array.from({ length: n + 1 }, () => new Int8Array(m + 1)); // 0 skip item, 1 take, 2 skip slot
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      let b = skip(items[i]!) + best[i + 1]![j]!;
      let ch = 0;
      if (j < m) {
        const take = fit(items[i]!, slots[j]!) + best[i + 1]![j + 1]!;
        if (take > b) { b = take; ch = 1; }
        if (best[i]![j + 1]! > b) { b = best[i]![j + 1]!; ch = 2; }
      }
      best[i]![j] = b;
      choice[i]![j] = ch;
    }
  }
  const pairs: [I, S][] = [];
  const unplaced: I[] = [];
  let i = 0; let j = 0;
  while (i < n) {
    const ch = choice[i]![j]!;
    if (ch === 1) { pairs.push([items[i]!, slots[j]!]); i++; j++; } else if (ch === 2) j++; else { unplaced.push(items[i]!); i++; }
  }
  return { pairs, unplaced, score: best[0]![0]! };
}
