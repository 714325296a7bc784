/**
 * Pairs two ordered lists the way a reviewer would: items with equal keys are matched in order
 * (longest common subsequence, so one inserted table does not shift every later pair), and what
 * is left between two matched pairs is paired by position (the same slot, changed), the rest is
 * added or removed.
 */
export type Pair<T> =
  | { readonly kind: 'both'; readonly a: T; readonly b: T; readonly aIndex: number; readonly bIndex: number }
  | { readonly kind: 'removed'; readonly a: T; readonly aIndex: number }
  | { readonly kind: 'added'; readonly b: T; readonly bIndex: number };

export function alignByKey<T>(as: readonly T[], bs: readonly T[], ka: readonly string[], kb: readonly string[]): Pair<T>[] {
  // LCS table, suffix form: lcs[i][j] = LCS of ka[i..] and kb[j..]
  const lcs: number[][] = Array.from({ length: ka.length + 1 }, () => new Array<number>(kb.length + 1).fill(0));
  for (let i = ka.length - 1; i >= 0; i--) {
    for (let j = kb.length - 1; j >= 0; j--) {
      lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const pairs: Pair<T>[] = [];
  let gapA: number[] = [];
  let gapB: number[] = [];
  const flushGap = (): void => {
    const n = Math.min(gapA.length, gapB.length);
    for (let k = 0; k < n; k++) pairs.push({ kind: 'both', a: as[gapA[k]!]!, b: bs[gapB[k]!]!, aIndex: gapA[k]!, bIndex: gapB[k]! });
    for (const i of gapA.slice(n)) pairs.push({ kind: 'removed', a: as[i]!, aIndex: i });
    for (const j of gapB.slice(n)) pairs.push({ kind: 'added', b: bs[j]!, bIndex: j });
    gapA = [];
    gapB = [];
  };
  let i = 0;
  let j = 0;
  while (i < ka.length || j < kb.length) {
    if (i < ka.length && j < kb.length && ka[i] === kb[j]) {
      flushGap();
      pairs.push({ kind: 'both', a: as[i]!, b: bs[j]!, aIndex: i, bIndex: j });
      i++; j++;
    } else if (j >= kb.length || (i < ka.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      gapA.push(i++);
    } else {
      gapB.push(j++);
    }
  }
  flushGap();
  return pairs;
}

/** Keys made unique by their occurrence: the second 满意度 row is `满意度#2`. */
export function withOccurrence<T>(items: readonly T[], key: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const k = key(item);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}
