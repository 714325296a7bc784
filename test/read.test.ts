import { describe, expect, it } from 'vitest';
import { readText, sniffFormat, normalizeLineBreaks } from '../pipeline/read.js';
import { encodeGb18030 } from '../scripts/gb18030-encode.js';

const TABLE = '财政项目支出绩效自评表\n项目名称\t区域人才服务经费\n年度资金总额\t18\t18\t0%\n“两新”组织覆盖率≥90%';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
/** UTF-16 code units → bytes, written out here so the test does not lean on a decoder. */
function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    const [first, second] = endian === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
    out[2 * i] = first;
    out[2 * i + 1] = second;
  }
  return out;
}
/** Deterministic pseudo-random bytes (LCG), so binary cases are reproducible. */
function junk(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; out[i] = x >>> 24; }
  return out;
}

function expectText(bytes: Uint8Array) {
  const r = readText(bytes);
  if (r.kind !== 'text') throw new Error(`expected text, got ${r.code}: ${r.message}`);
  return r;
}

describe('readText encodings', () => {
  it('reads UTF-8 without BOM', () => {
    const r = expectText(utf8(TABLE));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(TABLE);
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const r = expectText(concat([0xef, 0xbb, 0xbf], utf8(TABLE)));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.text).toBe(TABLE);
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each([['le', 'utf-16le', [0xff, 0xfe]], ['be', 'utf-16be', [0xfe, 0xff]]] as const)('reads UTF-16%s with BOM', (endian, encoding, bom) => {
    const r = expectText(concat(bom, utf16(TABLE, endian)));
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(TABLE);
  });

  it.each([['le', 'utf-16le'], ['be', 'utf-16be']] as const)('recognises UTF-16%s without BOM by its NUL bytes', (endian, encoding) => {
    const r = expectText(utf16(TABLE, endian));
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(TABLE);
  });

  it('reads UTF-16 without BOM even when 一 (U+4E00) puts NULs in the other parity', () => {
    const text = '一级指标\t二级指标\t分值\n一\t一\t10\n产出指标\t数量指标\t20';
    const r = expectText(utf16(text, 'le'));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe(text);
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    const bytes = encodeGb18030(TABLE);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const r = expectText(bytes);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(TABLE);
  });

  it('keeps UTF-8 for a UTF-8 file with a few corrupt bytes instead of reading it as GB18030', () => {
    const good = utf8('产出指标\t数量指标\t人才覆盖率\t完成率100%\n'.repeat(5));
    const r = expectText(concat(good, [0xff], good));
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith('产出指标\t数量指标')).toBe(true);
    expect(r.text.split('\ufffd')).toHaveLength(2);
  });
});

describe('readText line breaks and pages', () => {
  it('turns CRLF and lone CR into LF', () => {
    const r = expectText(utf8('标题\r\n项目名称\t经费\r其他资金\n总分'));
    expect(r.text).toBe('标题\n项目名称\t经费\n其他资金\n总分');
    expect(r.text).not.toContain('\r');
    expect(r.pageBreaks).toEqual([]);
  });

  it('replaces form feeds by line breaks and records the line each new page starts on', () => {
    // pdftotext style: every page ends with "\n\f", the last one with a final "\f"
    const r = expectText(utf8('第一页标题\n项目名称\n\f第二页\n总分\n\f第三页\n\f'));
    expect(r.text).toBe('第一页标题\n项目名称\n\n第二页\n总分\n\n第三页\n\n');
    const lines = r.text.split('\n');
    expect(r.pageBreaks).toEqual([4, 7]);
    expect(lines[r.pageBreaks[0]! - 1]).toBe('第二页');
    expect(lines[r.pageBreaks[1]! - 1]).toBe('第三页');
  });

  it('a form feed inside a line ends that line', () => {
    const { text, pageBreaks } = normalizeLineBreaks('甲\f乙\r\n丙');
    expect(text).toBe('甲\n乙\n丙');
    expect(pageBreaks).toEqual([2]);
  });
});

describe('readText errors', () => {
  it('reports a 0-byte file as FILE_EMPTY', () => {
    expect(readText(new Uint8Array(0))).toMatchObject({ kind: 'error', code: 'FILE_EMPTY' });
  });

  it.each([
    ['spaces and newlines', utf8('  \n\r\n\t \n')],
    ['ideographic spaces', utf8('\u3000\u3000\n')],
    ['a BOM alone', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['form feeds', utf8('\f\n\f')],
  ])('reports a file of only whitespace (%s) as FILE_EMPTY', (_, bytes) => {
    expect(readText(bytes)).toMatchObject({ kind: 'error', code: 'FILE_EMPTY' });
  });

  it('reports random bytes as FILE_BINARY', () => {
    const bytes = junk(4096);
    expect(bytes.includes(0)).toBe(true);
    expect(readText(bytes)).toMatchObject({ kind: 'error', code: 'FILE_BINARY' });
  });

  it('reports a text-looking file with a NUL byte as FILE_BINARY', () => {
    const r = readText(concat(utf8('项目名称\t经费\n'), [0, 0, 0, 1], utf8('总分')));
    expect(r).toMatchObject({ kind: 'error', code: 'FILE_BINARY' });
    if (r.kind === 'error') expect(r.message).toMatch(/NUL/);
  });

  it('does not take ASCII text with one stray NUL for UTF-16 (byte pairs of letters decode to CJK)', () => {
    const text = 'Project budget table, annual report 2022, totals and scores follow. '.repeat(8);
    const r = readText(concat(utf8(text.slice(0, 100)), [0], utf8(text.slice(100))));
    expect(r).toMatchObject({ kind: 'error', code: 'FILE_BINARY' });
  });

  it('reports bytes full of control characters (no NULs) as FILE_BINARY', () => {
    // ASCII letters with every fourth byte a control character from \x01–\x08 / \x0e–\x1f
    const bytes = junk(2048, 3).map((b, i) => (i % 4 === 0 ? [1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x1b, 0x1f][b % 11]! : 0x41 + (b % 26)));
    expect(bytes.includes(0)).toBe(false);
    expect(readText(bytes)).toMatchObject({ kind: 'error', code: 'FILE_BINARY' });
  });

  it('tolerates a few stray control characters in real text', () => {
    const text = `项目名称\x07\t经费\x0b说明\n${'产出指标\t数量指标\t10\n'.repeat(3)}`;
    expect(expectText(utf8(text)).text).toBe(text);
  });

  it('reports a PDF as FILE_BINARY, even one whose header is plain ASCII', () => {
    const r = readText(utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'));
    expect(r).toMatchObject({ kind: 'error', code: 'FILE_BINARY' });
    if (r.kind === 'error') expect(r.message).toMatch(/PDF/);
  });
});

describe('sniffFormat', () => {
  it('finds PDFs by %PDF-', () => {
    expect(sniffFormat(utf8('%PDF-1.4\n%âãÏÓ\n'))).toBe('pdf');
    expect(sniffFormat(concat([0xef, 0xbb, 0xbf], utf8('\n%PDF-1.4\n')))).toBe('pdf');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]],
    ['TIFF little-endian', [0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]],
    ['TIFF big-endian', [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]],
    ['GIF', [...'GIF89a'].map((c) => c.charCodeAt(0)).concat([1, 0, 1, 0])],
    ['BMP', [0x42, 0x4d, 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0, 1, 0]],
  ])('finds %s images by their magic', (_, magic) => {
    expect(sniffFormat(concat(magic, junk(64)))).toBe('image');
  });

  it('does not take text that starts with "BM" for a bitmap', () => {
    expect(sniffFormat(utf8('BM项目名称\t经费\n总分\t100'))).toBe('text');
  });

  it('calls ZIP containers (docx, xlsx) and junk with NULs binary', () => {
    expect(sniffFormat(concat([0x50, 0x4b, 0x03, 0x04], junk(64)))).toBe('binary');
    expect(sniffFormat(junk(1024))).toBe('binary');
  });

  it('calls text text, whatever its encoding', () => {
    expect(sniffFormat(utf8(TABLE))).toBe('text');
    expect(sniffFormat(encodeGb18030(TABLE))).toBe('text');
    expect(sniffFormat(utf16(TABLE, 'le'))).toBe('text');
    expect(sniffFormat(concat([0xfe, 0xff], utf16(TABLE, 'be')))).toBe('text');
  });
});
