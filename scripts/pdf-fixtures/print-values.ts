/**
 * Canonical record values → the text an office document prints for them, the way the
 * archives print them: amounts in the table's unit (万元 tables show 44.32 for 443200 元,
 * 元 tables show 2,977,291.16), rates as percentages, and Chinese full-width punctuation
 * next to CJK text. Every transformation here is one CONVENTIONS.md folds back exactly.
 */

/** 元 amount → printed in the table's unit (exact decimal shift, no floating multiplication). */
export function printAmount(yuan: number | null, unit: '元' | '万元' | null, style: 'grouped' | 'plain' = 'grouped'): string {
  if (yuan === null) return '';
  if (unit === '万元') return shiftLeft(decimalString(yuan), 4);
  const [int, frac = ''] = decimalString(yuan).split('.');
  const cents = (frac + '00').slice(0, Math.max(2, frac.length));
  const grouped = style === 'grouped' ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int!;
  return `${grouped}.${cents}`;
}

/**
 * 0.983 → "98.3%", 1 → "100%" (decimals 0: as precise as the record, no padding);
 * with `decimals` 2: "98.30%", "100.00%". Padding changes the printed precision, which the
 * execution-rate check reads, so fixtures print the record's own precision.
 */
export function printRate(rate: number | null, decimals = 0): string {
  if (rate === null) return '';
  const pct = shiftRight(decimalString(rate), 2);
  const [int, frac = ''] = pct.split('.');
  if (decimals === 0 && !frac.replace(/0+$/, '')) return `${int}%`;
  return `${int}.${(frac + '0'.repeat(decimals)).slice(0, Math.max(decimals, frac.length))}%`;
}

export function printNumber(v: number | null): string {
  return v === null ? '' : decimalString(v);
}

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF“”]/;
const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ':': '：', ',': '，', ';': '；', '?': '？', '!': '！' };

/** ASCII punctuation next to CJK text is printed full-width, as Chinese office documents do. */
export function printText(text: string | null): string {
  if (text === null) return '';
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const wide = FULL_WIDTH[ch];
    const cjkNear = CJK.test(text[i - 1] ?? '') || CJK.test(text[i + 1] ?? '');
    out += wide && cjkNear ? wide : ch;
  }
  return out;
}

function decimalString(v: number): string {
  // numbers in records have at most a handful of decimals: toString is exact for them
  const s = String(v);
  if (/e/i.test(s)) return v.toFixed(10).replace(/\.?0+$/, '');
  return s;
}

function shiftLeft(s: string, places: number): string {
  const neg = s.startsWith('-');
  const [int, frac = ''] = (neg ? s.slice(1) : s).split('.');
  const padded = int!.padStart(places + 1, '0');
  const head = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, '');
  const tail = (padded.slice(padded.length - places) + frac).replace(/0+$/, '');
  return (neg ? '-' : '') + (tail ? `${head}.${tail}` : head);
}

function shiftRight(s: string, places: number): string {
  const [int, frac = ''] = s.split('.');
  const moved = (frac + '0'.repeat(places)).slice(0, places);
  const rest = frac.slice(places);
  const head = (int! + moved).replace(/^0+(?=\d)/, '');
  return rest ? `${head}.${rest}` : head;
}
