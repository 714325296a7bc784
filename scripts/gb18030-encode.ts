/**
 * A GB18030 encoder for building test inputs (Node has a GB18030 decoder but no encoder).
 * The table is the decoder read backwards: every two-byte sequence (lead 0x81–0xFE, trail
 * 0x40–0x7E / 0x80–0xFE) is decoded once and the character mapped back to its bytes.
 * ASCII is one byte; characters outside the BMP use GB18030's linear four-byte area. BMP
 * characters that only have four-byte codes (rare) are not supported and throw.
 */

let table: Map<number, number> | undefined;

/** UTF-16 code unit → two-byte code (lead << 8 | trail); the first sequence that decodes to it wins. */
function twoByteTable(): Map<number, number> {
  if (table) return table;
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) codes.push((lead << 8) | trail);
  }
  const bytes = new Uint8Array(codes.length * 2);
  codes.forEach((code, i) => { bytes[2 * i] = code >> 8; bytes[2 * i + 1] = code & 0xff; });
  // every pair in these ranges is one complete two-byte sequence, so one decode yields one
  // BMP character per pair; decode pair by pair if this decoder disagrees
  const all = new TextDecoder('gb18030').decode(bytes);
  const decoder = new TextDecoder('gb18030');
  const charOf = all.length === codes.length
    ? (i: number) => all.charCodeAt(i)
    : (i: number) => { const s = decoder.decode(bytes.subarray(2 * i, 2 * i + 2)); return s.length === 1 ? s.charCodeAt(0) : 0xfffd; };
  const map = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) {
    const ch = charOf(i);
    if (ch !== 0xfffd && !map.has(ch)) map.set(ch, codes[i]!);
  }
  table = map;
  return map;
}

/** GB18030 bytes of `s`; throws for a character with no two-byte (or supplementary four-byte) code. */
export function encodeGb18030(s: string): Uint8Array {
  const map = twoByteTable();
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit < 0x80) { out.push(unit); continue; }
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // supplementary planes: linear from 0x90 30 81 30
        let linear = ((unit - 0xd800) << 10) + (low - 0xdc00);
        const b4 = 0x30 + (linear % 10); linear = Math.floor(linear / 10);
        const b3 = 0x81 + (linear % 126); linear = Math.floor(linear / 126);
        const b2 = 0x30 + (linear % 10); linear = Math.floor(linear / 10);
        out.push(0x90 + linear, b2, b3, b4);
        i++;
        continue;
      }
    }
    const code = map.get(unit);
    if (code === undefined) {
      const hex = unit.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(`encodeGb18030: U+${hex} "${s[i]}" at index ${i} has no two-byte GB18030 code (four-byte BMP codes are not supported)`);
    }
    out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}
