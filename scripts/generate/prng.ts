/**
 * A small seeded PRNG (mulberry32) with the helpers the generator needs.
 * `fork(label)` derives an independent stream from the ORIGINAL seed and a label, so turning a
 * perturbation on or off does not change the random choices of unrelated parts (the spec).
 */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform integer in [min, max] (inclusive) */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(items: readonly T[]): T[];
  /** n distinct items, in their original order */
  sample<T>(items: readonly T[], n: number): T[];
  fork(label: string): Rng;
}

/** FNV-1a over the label, mixed with the seed: stable across platforms. */
function mix(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function mulberry32(seed: number): Rng {
  const origin = seed >>> 0;
  let state = origin;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const rng: Rng = {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    chance: (p) => next() < p,
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    sample: (items, n) => {
      const idx = rng.shuffle(items.map((_, i) => i)).slice(0, Math.min(n, items.length)).sort((a, b) => a - b);
      return idx.map((i) => items[i]!);
    },
    fork: (label) => mulberry32(mix(origin, label)),
  };
  return rng;
}
