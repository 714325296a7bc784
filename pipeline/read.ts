/**
 * The read stage: the bytes of a text file → its text, with the encoding it was written in.
 * Pure (no fs): the caller hands in the bytes.
 *
 * Decision order: known binary signatures (PDF, images, archives) → byte-order mark →
 * UTF-16 without BOM (NULs in one byte parity and a plausible decode) → NUL bytes mean binary →
 * strict UTF-8 → GB18030 (a superset of GBK/GB2312, what Chinese Windows writes) → binary when
 * neither decodes cleanly or control characters abound.
 */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type ReadResult =
  | {
      readonly kind: 'text';
      /** line endings normalised to LF; form feeds (page breaks) replaced by LF */
      readonly text: string;
      readonly encoding: TextEncoding;
      /** 1-based line numbers where a new page starts (the line after each form feed); page 1 is implicit */
      readonly pageBreaks: readonly number[];
      /** undecodable byte sequences replaced by U+FFFD (a file with a few corrupt bytes still reads) */
      readonly undecodable: number;
    }
  | { readonly kind: 'error'; readonly code: 'FILE_EMPTY' | 'FILE_BINARY'; readonly message: string };

export type SniffedFormat = 'pdf' | 'image' | 'text' | 'binary';

/** How much of the file the UTF-16 and binary heuristics look at: enough for a verdict, cheap on big files. */
const SAMPLE = 8192;

type Signature = { readonly format: 'pdf' | 'image' | 'binary'; readonly name: string; readonly test: (b: Uint8Array) => boolean };

const startsWith = (b: Uint8Array, magic: readonly number[], at = 0): boolean =>
  b.length >= at + magic.length && magic.every((m, i) => b[at + i] === m);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** `%PDF-` at the start, after optional whitespace or a UTF-8 BOM (some producers prepend them). */
function isPdf(b: Uint8Array): boolean {
  let i = startsWith(b, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < b.length && i < 1024 && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x0c)) i++;
  return startsWith(b, ascii('%PDF-'), i);
}

/** BMP: `BM`, then reserved zeros and a known DIB header size, so a text starting "BM" is not an image. */
function isBmp(b: Uint8Array): boolean {
  if (!startsWith(b, [0x42, 0x4d]) || b.length < 18) return false;
  if (b[6] !== 0 || b[7] !== 0 || b[8] !== 0 || b[9] !== 0) return false;
  const dib = b[14]! | (b[15]! << 8) | (b[16]! << 16) | (b[17]! << 24);
  return [12, 40, 52, 56, 64, 108, 124].includes(dib);
}

const SIGNATURES: readonly Signature[] = [
  { format: 'pdf', name: 'PDF', test: isPdf },
  { format: 'image', name: 'PNG image', test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { format: 'image', name: 'JPEG image', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { format: 'image', name: 'TIFF image', test: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) },
  { format: 'image', name: 'GIF image', test: (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')) },
  { format: 'image', name: 'BMP image', test: isBmp },
  { format: 'image', name: 'WebP image', test: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8) },
  { format: 'binary', name: 'ZIP archive (docx/xlsx/zip)', test: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]) },
  { format: 'binary', name: 'OLE2 document (doc/xls)', test: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  { format: 'binary', name: 'gzip archive', test: (b) => startsWith(b, [0x1f, 0x8b]) },
  { format: 'binary', name: '7-Zip archive', test: (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { format: 'binary', name: 'RAR archive', test: (b) => startsWith(b, ascii('Rar!\x1a\x07')) },
];

const signatureOf = (bytes: Uint8Array): Signature | undefined => SIGNATURES.find((s) => s.test(bytes));

/** Which extractor a file needs, from its first bytes. Empty files are 'text' (readText reports them). */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const sig = signatureOf(bytes);
  if (sig) return sig.format;
  if (bomOf(bytes)) return 'text';
  const sample = bytes.subarray(0, SAMPLE);
  if (utf16WithoutBom(sample)) return 'text';
  if (sample.includes(0)) return 'binary';
  return controlShare(new TextDecoder('utf-8').decode(sample)) > MAX_CONTROL_SHARE ? 'binary' : 'text';
}

type Bom = { readonly encoding: TextEncoding; readonly decoder: string; readonly length: number };

function bomOf(b: Uint8Array): Bom | undefined {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', decoder: 'utf-8', length: 3 };
  if (startsWith(b, [0xff, 0xfe])) return { encoding: 'utf-16le', decoder: 'utf-16le', length: 2 };
  if (startsWith(b, [0xfe, 0xff])) return { encoding: 'utf-16be', decoder: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without BOM: the NULs sit (almost) all in one byte parity — the high byte of ASCII
 * characters (tabs, digits, %) — and the sample decodes to text. Chinese-only UTF-16 has few
 * NULs, hence "NULs mostly in one parity" rather than "mostly NUL".
 */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = sample.length - (sample.length % 2);
  if (n < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const encoding = odd > even ? 'utf-16le' : 'utf-16be';
  const [major, minor] = odd > even ? [odd, even] : [even, odd];
  // NULs must be a real share (a stray NUL in ASCII text would otherwise pass: byte pairs
  // of ASCII letters decode to CJK code points) and sit in one parity
  if (major < Math.max(1, 0.02 * (n / 2)) || major < 4 * minor) return undefined;
  return plausibleText(new TextDecoder(encoding).decode(sample.subarray(0, n))) ? encoding : undefined;
}

/** Share of characters that plain text is made of: ASCII printable and whitespace, CJK, punctuation. */
function plausibleText(text: string): boolean {
  if (text.length === 0) return false;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c
      || (c >= 0xa0 && c <= 0x24f) || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x2e80 && c <= 0x9fff)
      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xffef)) good++;
  }
  return good >= 0.9 * text.length;
}

/** Above this share of C0 control characters (other than \t \n \v \f \r) a file is not text. */
const MAX_CONTROL_SHARE = 0.05;
/** Above this share of undecodable sequences a file is not text in any encoding we read. */
const MAX_REPLACEMENT_SHARE = 0.02;

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) controls++;
  }
  return controls / text.length;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

type Decoded = { readonly text: string; readonly encoding: TextEncoding; readonly undecodable?: number } | { readonly binary: string };

/**
 * Without a BOM: strict UTF-8 first. When that fails, the text is GB18030 — unless lossy
 * UTF-8 decodes far more multi-byte characters than it finds errors: a UTF-8 file with a few
 * corrupt bytes, which GB18030 would turn into mojibake (UTF-8 CJK often decodes as GB18030
 * without a single error), while GBK text decoded as UTF-8 is almost all errors.
 */
function decodeWithoutBom(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not clean UTF-8: fall through
  }
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const utf8Errors = countReplacements(utf8);
  if (countNonAscii(utf8) - utf8Errors >= 10 * utf8Errors) return { text: utf8, encoding: 'utf-8', undecodable: utf8Errors };
  const gb = new TextDecoder('gb18030').decode(bytes);
  const gbErrors = countReplacements(gb);
  if (gbErrors > MAX_REPLACEMENT_SHARE * gb.length) {
    return { binary: `not text: ${gbErrors} undecodable sequences as GB18030 and ${utf8Errors} as UTF-8 in ${bytes.length} bytes` };
  }
  return { text: gb, encoding: 'gb18030', undecodable: gbErrors };
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

function decode(bytes: Uint8Array): Decoded {
  const bom = bomOf(bytes);
  // these decoders replace what they cannot decode: the count becomes a TEXT_UNDECODABLE finding
  const counted = (text: string, encoding: TextEncoding): Decoded => ({ text, encoding, undecodable: countReplacements(text) });
  if (bom) return counted(new TextDecoder(bom.decoder).decode(bytes.subarray(bom.length)), bom.encoding);
  const utf16 = utf16WithoutBom(bytes.subarray(0, SAMPLE));
  if (utf16) return counted(new TextDecoder(utf16).decode(bytes.subarray(0, bytes.length - (bytes.length % 2))), utf16);
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { binary: `not text: NUL byte at offset ${nul}` };
  return decodeWithoutBom(bytes);
}

/**
 * CRLF and lone CR → LF; each form feed → LF, remembering that the next line starts a page.
 * A form feed with nothing but whitespace after it (pdftotext ends every page with one)
 * starts no page.
 */
export function normalizeLineBreaks(raw: string): { text: string; pageBreaks: number[] } {
  const unified = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!unified.includes('\f')) return { text: unified, pageBreaks: [] };
  const pages = unified.split('\f');
  const pageBreaks: number[] = [];
  let line = 1;
  for (let p = 0; p < pages.length - 1; p++) {
    for (let i = pages[p]!.indexOf('\n'); i !== -1; i = pages[p]!.indexOf('\n', i + 1)) line++;
    line++; // the form feed itself ends a line
    pageBreaks.push(line);
  }
  // drop breaks that start only whitespace up to the end of the file
  let lastContent = pages.length - 1;
  while (lastContent > 0 && /^\s*$/.test(pages[lastContent]!)) lastContent--;
  return { text: pages.join('\n'), pageBreaks: pageBreaks.slice(0, lastContent) };
}

/** Bytes of a text file → its text, or FILE_EMPTY / FILE_BINARY. Never throws. */
export function readText(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { kind: 'error', code: 'FILE_EMPTY', message: 'file is empty (0 bytes)' };
  const sig = signatureOf(bytes);
  if (sig) return { kind: 'error', code: 'FILE_BINARY', message: `not a text file: ${sig.name}` };
  const decoded = decode(bytes);
  if ('binary' in decoded) return { kind: 'error', code: 'FILE_BINARY', message: decoded.binary };
  const { text: raw, encoding, undecodable = 0 } = decoded;
  if (raw.includes('\0')) return { kind: 'error', code: 'FILE_BINARY', message: `not text: NUL character in ${encoding} text` };
  const share = controlShare(raw);
  if (share > MAX_CONTROL_SHARE) {
    return { kind: 'error', code: 'FILE_BINARY', message: `not text: ${(share * 100).toFixed(1)}% control characters` };
  }
  if (/^\s*$/.test(raw)) return { kind: 'error', code: 'FILE_EMPTY', message: `file holds only whitespace (${bytes.length} bytes)` };
  const { text, pageBreaks } = normalizeLineBreaks(raw);
  return { kind: 'text', text, encoding, pageBreaks, undecodable };
}
