/**
 * A number as a workbook shows it under its number format (the Excel format-code language):
 * `0.00%` shows 0.983 as 98.30%, `#,##0.00` shows 2977291.16 as 2,977,291.16, `yyyy"年"m"月"d"日"`
 * shows a date serial as 2023年1月5日. Covers what tables use: sections (positive;negative;zero;
 * text), literals ("…", \x, ¥ and other characters), colours and locale tags ([Red], [$-804]),
 * percent, thousands separators, required/optional decimals (0 and #), dates and times.
 * Rounding is decimal (half away from zero on the 15-digit value Excel stores), never binary.
 */
export function formatNumber(value: number, format: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const sections = splitSections(format && format.trim() ? format : 'General');
  let section = sections[0]!;
  let v = value;
  if (value < 0 && sections.length >= 2) { section = sections[1]!; v = -value; }
  else if (value === 0 && sections.length >= 3) section = sections[2]!;
  const code = section.replace(/\[(?:[a-z]+\d*|\$[^\]]*|[<>=][^\]]*|dbnum\d)\]/gi, '');
  if (/^\s*general\s*$/i.test(code) || code.trim() === '' || code.trim() === '@') return general(v);
  if (isDateCode(code)) return formatDate(value, code);
  return formatDecimal(v, code);
}

/** Built-in format 14 as Chinese Excel/WPS show it (exceljs names it by its US form). */
export const BUILTIN_DATE = 'yyyy/m/d';

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === '"') quoted = !quoted;
    if (c === '\\' && !quoted) { cur += c + (format[i + 1] ?? ''); i++; continue; }
    if (c === ';' && !quoted) { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** General: the stored number, at most 15 significant digits, no exponent for table-sized numbers. */
function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  return plain(Number(v.toPrecision(15)));
}

/** A number without exponent notation. */
function plain(v: number): string {
  const s = String(v);
  if (!/e/i.test(s)) return s;
  const [mant, expStr] = s.split(/e/i) as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace(/^-/, '').replace('.', '');
  const point = mant.replace(/^-/, '').indexOf('.') === -1 ? mant.replace(/^-/, '').length : mant.replace(/^-/, '').indexOf('.');
  const at = point + exp;
  const body = at <= 0 ? `0.${'0'.repeat(-at)}${digits}` : at >= digits.length ? digits + '0'.repeat(at - digits.length) : `${digits.slice(0, at)}.${digits.slice(at)}`;
  return (neg ? '-' : '') + body;
}

/** Round a non-negative number to `places` decimals, decimal half away from zero: [integer digits, decimal digits]. */
function roundDecimal(v: number, places: number): [string, string] {
  const s = plain(Number(v.toPrecision(15)));
  const [int, frac = ''] = s.split('.') as [string, string?];
  if (frac.length <= places) return [int, frac.padEnd(places, '0')];
  const keep = (int + frac.slice(0, places)).split('').map(Number);
  if (Number(frac[places]) >= 5) {
    let i = keep.length - 1;
    while (i >= 0) { if (keep[i]! < 9) { keep[i]!++; break; } keep[i] = 0; i--; }
    if (i < 0) keep.unshift(1);
  }
  const all = keep.join('');
  const intLen = all.length - places;
  return [all.slice(0, intLen) || '0', all.slice(intLen)];
}

/** The literal text of a format piece: quoted strings, escaped characters, and anything not a placeholder. */
function literal(piece: string): string {
  let out = '';
  for (let i = 0; i < piece.length; i++) {
    const c = piece[i]!;
    if (c === '"') { const end = piece.indexOf('"', i + 1); out += piece.slice(i + 1, end === -1 ? undefined : end); i = end === -1 ? piece.length : end; }
    else if (c === '\\') { out += piece[i + 1] ?? ''; i++; }
    else if (c === '_') i++; // space the width of the next character: nothing printed
    else if (c === '*') i++; // fill: nothing printed
    else out += c;
  }
  return out;
}

function formatDecimal(v: number, code: string): string {
  // split the code into: literal prefix, number pattern, literal suffix (quoted text skipped)
  const first = findPlaceholder(code, 0, 1);
  if (first === -1) return literal(code);
  const last = findPlaceholder(code, code.length - 1, -1);
  const prefix = code.slice(0, first);
  const pattern = code.slice(first, last + 1);
  const suffix = code.slice(last + 1);
  const bare = code.replace(/"[^"]*"|\\./g, '');
  const percents = bare.split('%').length - 1;
  const scaled = v * 100 ** percents;
  const numberPart = pattern.replace(/"[^"]*"|\\.|%/g, '');
  const [intPat, fracPat = ''] = numberPart.split('.') as [string, string?];
  const required = (fracPat.match(/0/g) ?? []).length;
  const optional = (fracPat.match(/[#?]/g) ?? []).length;
  let [int, frac] = roundDecimal(Math.abs(scaled), required + optional);
  while (frac.length > required && frac.endsWith('0')) frac = frac.slice(0, -1);
  const minInt = (intPat.match(/0/g) ?? []).length;
  if (int === '0' && minInt === 0) int = '';
  int = int.padStart(minInt, '0');
  if (/[0#?],[0#?]/.test(intPat)) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = v < 0 && /[1-9]/.test(int + frac) ? '-' : '';
  // a percent sign inside the pattern (`0.00%`) prints where it stands: after the digits
  const inPattern = pattern.includes('%') ? '%' : '';
  const number = int + (frac ? `.${frac}` : '');
  return sign + literal(prefix) + number + inPattern + literal(suffix);
}

const PLACEHOLDER = /[0#?]/;

/** Index of the first (dir 1) or last (dir -1) digit placeholder outside quotes, or -1. */
function findPlaceholder(code: string, from: number, dir: 1 | -1): number {
  const quoted = new Array<boolean>(code.length).fill(false);
  for (let i = 0, q = false; i < code.length; i++) {
    if (code[i] === '"') { q = !q; quoted[i] = true; continue; }
    if (code[i] === '\\') { quoted[i] = quoted[i + 1] = true; i++; continue; }
    quoted[i] = q;
  }
  for (let i = from; i >= 0 && i < code.length; i += dir) {
    if (!quoted[i] && PLACEHOLDER.test(code[i]!)) return i;
  }
  return -1;
}

/** Date and time codes: y, m, d, h, s outside quotes (and not in a colour/locale tag). */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\./g, '');
  return /[ymdhs]/i.test(bare) && !/[0#?]/.test(bare.replace(/s+\.0+/gi, ''));
}

function formatDate(serial: number, code: string): string {
  // Excel's 1900 system: serial 25569 is 1970-01-01 (its leap-year bug lies before March 1900)
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  const d = new Date(ms);
  const Y = d.getUTCFullYear(), M = d.getUTCMonth() + 1, D = d.getUTCDate();
  const h = d.getUTCHours(), mi = d.getUTCMinutes(), s = d.getUTCSeconds();
  const ampm = /am\/pm|a\/p/i.test(code);
  const tokens = code.match(/"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|\.0+|[^"\\ymdhsa.]+|./gi) ?? [];
  let out = '';
  let afterHour = false;
  tokens.forEach((t, k) => {
    const lower = t.toLowerCase();
    const nextIsSecond = tokens.slice(k + 1).find((x) => /^[ymdhs]/i.test(x))?.toLowerCase().startsWith('s') ?? false;
    switch (lower) {
      case 'yyyy': out += String(Y); break;
      case 'yy': out += String(Y % 100).padStart(2, '0'); break;
      case 'mmmm': out += String(M); break;
      case 'mmm': out += String(M); break;
      case 'mm': out += afterHour || nextIsSecond ? String(mi).padStart(2, '0') : String(M).padStart(2, '0'); break;
      case 'm': out += afterHour || nextIsSecond ? String(mi) : String(M); break;
      case 'dddd': case 'ddd': out += '日一二三四五六'[d.getUTCDay()]!; break;
      case 'dd': out += String(D).padStart(2, '0'); break;
      case 'd': out += String(D); break;
      case 'hh': out += String(ampm ? (h % 12 || 12) : h).padStart(2, '0'); break;
      case 'h': out += String(ampm ? (h % 12 || 12) : h); break;
      case 'ss': out += String(s).padStart(2, '0'); break;
      case 's': out += String(s); break;
      case 'am/pm': out += h < 12 ? 'AM' : 'PM'; break;
      case 'a/p': out += h < 12 ? 'A' : 'P'; break;
      default: out += /^\.0+$/.test(t) ? '' : literal(t);
    }
    if (/^h/.test(lower)) afterHour = true;
    else if (/^[yd]/.test(lower)) afterHour = false;
  });
  return out;
}
