/**
 * Exact arithmetic for the generator: every weight, score and amount is an integer count of a
 * small unit, so sums and injected errors never suffer float drift. Printing turns the integers
 * into the decimal strings a table shows.
 */

/** Weights and scores are counted in 1/10000. */
export const POINT = 10_000;
/** Money is counted in hundredths of the table's unit (分 for 元 tables). */
export const CENTS = 100;

/** `units` with `scaleDigits` implied decimals, printed with trailing zeros trimmed (98300, 4 → `9.83`). */
export function trimmed(units: number, scaleDigits: number): string {
  const negative = units < 0;
  const digits = String(Math.abs(units)).padStart(scaleDigits + 1, '0');
  const whole = digits.slice(0, digits.length - scaleDigits);
  const frac = digits.slice(digits.length - scaleDigits).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? '.' + frac : ''}`;
}

/** Rounded half-up to `decimals` places and printed with exactly that many decimals. */
export function fixed(units: number, scaleDigits: number, decimals: number): string {
  const drop = scaleDigits - decimals;
  const rounded = drop > 0 ? Math.floor((units + 5 * 10 ** (drop - 1)) / 10 ** drop) : units * 10 ** -drop;
  const digits = String(rounded).padStart(decimals + 1, '0');
  return decimals === 0 ? digits : `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
}

/** `2977291.16` → `2,977,291.16` */
export function withThousands(plain: string): string {
  const [whole, frac] = plain.split('.') as [string, string?];
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
}

/** round(a * b / c) half-up, for non-negative integers small enough to stay exact. */
export const mulDivRound = (a: number, b: number, c: number): number => Math.floor((2 * a * b + c) / (2 * c));

/**
 * `n` positive multiples of `step` summing to `total` (all integers), unevenly spread.
 * Requires total to be a multiple of step and n * step <= total.
 */
export function partition(next: () => number, total: number, n: number, step: number): number[] {
  const units = total / step;
  if (!Number.isInteger(units) || units < n) throw new Error(`cannot split ${total} into ${n} parts of ${step}`);
  const parts = Array.from({ length: n }, () => Math.floor(units / n));
  for (let r = units - parts[0]! * n; r > 0; r--) parts[Math.floor(next() * n)]!++;
  for (let k = 0; k < n; k++) {
    const from = Math.floor(next() * n);
    const to = Math.floor(next() * n);
    const move = Math.floor(next() * Math.floor(parts[from]! / 3));
    if (from !== to && parts[from]! - move >= 1) { parts[from]! -= move; parts[to]! += move; }
  }
  return parts.map((p) => p * step);
}
