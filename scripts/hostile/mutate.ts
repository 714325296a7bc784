/**
 * Seeded mutations for the fuzz run: byte damage (flips, cuts, duplicated chunks) and the
 * structural attacks of issue 9 (huge numbers, long cells, separator storms, span bombs,
 * invalid UTF-8, control characters) applied to a document. Same seed, same mutant.
 */
import type { Rng } from '../generate/prng.js';

type Mutation = (bytes: Uint8Array, rng: Rng) => Uint8Array;

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};
const insertAt = (b: Uint8Array, at: number, piece: Uint8Array) => concat(b.subarray(0, at), piece, b.subarray(at));
const spot = (b: Uint8Array, rng: Rng) => rng.int(0, b.length);

/** Text pieces an attacker or a broken OCR inserts. */
const PIECES = [
  () => '9'.repeat(400), () => '92233720368547758.08', () => '-1', () => '1e308', () => 'NaN', () => '−0',
  () => '|'.repeat(5000), () => '\t'.repeat(3000), () => ' '.repeat(10_000), () => '数 '.repeat(3000), () => '- '.repeat(4000),
  () => '<table><tr><td colspan="999999999" rowspan="99999999">x</td></tr></table>', () => '<td>'.repeat(2000),
  () => '\u0000', () => '\x1b[2J', () => '\u202e', () => '\f'.repeat(50), () => '\r'.repeat(50), () => '\n'.repeat(2000),
  () => '绩效自评表\n', () => '总分\t100\t', () => '一级指标\t二级指标\t三级指标\t分值\t得分\n', () => '满意度指标\t'.repeat(300),
  () => '(((((((((('.repeat(200), () => '≥≥≥≥'.repeat(500), () => '%'.repeat(3000), () => '𠀀'.repeat(2000),
];

const MUTATIONS: readonly Mutation[] = [
  // flip a few bytes anywhere (UTF-8 sequences break, separators vanish)
  (b, rng) => { const out = b.slice(); for (let k = rng.int(1, 8); k > 0 && out.length; k--) out[rng.int(0, out.length - 1)]! ^= 1 << rng.int(0, 7); return out; },
  // cut a piece out
  (b, rng) => { const from = spot(b, rng); return concat(b.subarray(0, from), b.subarray(Math.min(b.length, from + rng.int(1, 400)))); },
  // duplicate a chunk many times (repeated rows, long lines)
  (b, rng) => { const from = spot(b, rng); const chunk = b.subarray(from, from + rng.int(1, 200)); return insertAt(b, from, concat(...Array.from({ length: rng.int(2, 60) }, () => chunk))); },
  // truncate
  (b, rng) => b.subarray(0, spot(b, rng)),
  // insert a hostile piece
  (b, rng) => insertAt(b, spot(b, rng), utf8(rng.pick(PIECES)())),
  // replace a number with a hostile one
  (b, rng) => {
    const text = new TextDecoder().decode(b);
    const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)];
    if (numbers.length === 0) return b;
    const m = rng.pick(numbers);
    return utf8(text.slice(0, m.index) + rng.pick(['9'.repeat(rng.int(16, 500)), '-1', '0.000000000000000001', '1,000,000,000,000,000']) + text.slice(m.index + m[0].length));
  },
  // invalid UTF-8 bytes
  (b, rng) => insertAt(b, spot(b, rng), new Uint8Array([0xff, 0xfe, 0xc0, 0x80].slice(0, rng.int(1, 4)))),
];

/** 1–3 mutations of a document. */
export function mutate(bytes: Uint8Array, rng: Rng): Uint8Array {
  let out = bytes;
  for (let k = rng.int(1, 3); k > 0; k--) out = rng.pick(MUTATIONS)(out, rng);
  return out;
}
