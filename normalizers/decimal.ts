/**
 * An exact decimal: value = digits / 10^scale. Printed precision is kept (`2.00` has scale 2);
 * arithmetic never goes through floating point, so `44.32` 万元 is exactly 443200 元.
 */
export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

const DECIMAL_LITERAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** A plain decimal literal (`-12.50`, `05532462`, `.5`, `3.`); no grouping, exponent or spaces. */
export function parseDecimal(s: string): Decimal | null {
  const m = DECIMAL_LITERAL.exec(s);
  if (!m) return null;
  const [, sign, whole = '', fraction = ''] = m;
  if (whole === '' && fraction === '') return null;
  const magnitude = BigInt(whole + fraction || '0');
  return { digits: sign === '-' ? -magnitude : magnitude, scale: fraction.length };
}

/** Multiplies by 10^places exactly (negative places divide): 44.32 shifted by 4 → 443200. */
export function shiftDecimal(d: Decimal, places: number): Decimal {
  if (!Number.isInteger(places)) throw new RangeError(`shiftDecimal: places must be an integer, got ${places}`);
  if (places <= d.scale) return { digits: d.digits, scale: d.scale - places };
  return { digits: d.digits * 10n ** BigInt(places - d.scale), scale: 0 };
}

/**
 * Drops trailing fractional zeros: 2.00 → 2, 98.30 → 98.3. On the digits' text, not one BigInt
 * division per zero: `1.` + 200,000 zeros took 9 s that way (issue 9).
 */
export function trimDecimal(d: Decimal): Decimal {
  if (d.scale === 0 || d.digits % 10n !== 0n) return d;
  if (d.digits === 0n) return { digits: 0n, scale: 0 };
  const negative = d.digits < 0n;
  const text = (negative ? -d.digits : d.digits).toString();
  let zeros = 0;
  while (zeros < d.scale && text.charCodeAt(text.length - 1 - zeros) === 0x30) zeros++;
  const magnitude = BigInt(text.slice(0, text.length - zeros));
  return { digits: negative ? -magnitude : magnitude, scale: d.scale - zeros };
}

/** Plain notation, no exponent, trailing zeros trimmed: `443200`, `0.983`, `-0.5`. */
export function decimalToString(d: Decimal): string {
  const { digits, scale } = trimDecimal(d);
  const negative = digits < 0n;
  const magnitude = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const whole = magnitude.slice(0, magnitude.length - scale);
  const fraction = magnitude.slice(magnitude.length - scale);
  return (negative ? '-' : '') + whole + (fraction ? '.' + fraction : '');
}

/**
 * Magnitudes from here on are out of range for a record: a double no longer holds them to the
 * 分 (its spacing reaches 0.125), 400 printed digits would be Infinity, and every amount below
 * it converts to integer 分 well inside SQLite's 64-bit INTEGER.
 */
export const NUMBER_LIMIT = 1e15;

/** Whether a decimal's magnitude is below NUMBER_LIMIT (checked on the digits: no overflow on the way). */
export function decimalInRange(d: Decimal): boolean {
  const magnitude = d.digits < 0n ? -d.digits : d.digits;
  // digits / 10^scale < 10^15  ⇔  digits < 10^(15 + scale)
  return magnitude < 10n ** BigInt(15 + d.scale);
}

/** The nearest double, via the decimal string (never digits / 10^scale in floating point). */
export function decimalToNumber(d: Decimal): number {
  return Number(decimalToString(d));
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.digits * 10n ** BigInt(scale - a.scale), b.digits * 10n ** BigInt(scale - b.scale), scale];
}

/** Exact sum, for checks such as "the weights add up to 100". */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { digits: x + y, scale };
}

/** -1, 0 or 1 by value (2.00 equals 2). */
export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
