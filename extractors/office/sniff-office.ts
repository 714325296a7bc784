import { readZip, zipNames } from './zip-entries.js';

/**
 * What Office container a file is, by its content (never its name):
 * - ZIP (OOXML): `xl/workbook.xml` → xlsx, `word/document.xml` → docx, by the parts it holds;
 *   ZIP (OpenDocument): its `mimetype` entry names a spreadsheet (.ods) or a text (.odt);
 * - OLE2 (compound file): its directory names the streams — `Workbook`/`Book` is an Excel
 *   workbook (.xls, WPS .et), `WordDocument` a Word document (.doc, WPS .wps),
 *   `EncryptedPackage` a password-protected xlsx/docx.
 */
export type OfficeKind =
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'docx' }
  | { readonly kind: 'legacy'; readonly family: LegacyFamily; readonly source: LegacySource }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'corrupt'; readonly container: 'ZIP' | 'OLE2' }
  | { readonly kind: 'other'; readonly container: 'ZIP' | 'OLE2' };

/** Legacy binaries, by what they convert to. */
export type LegacyFamily = 'spreadsheet' | 'text';
/** OLE2 binaries (.xls/.doc/.et/.wps), OpenDocument (.ods/.odt), Excel binary workbooks (.xlsb): all converted by LibreOffice. */
export type LegacySource = 'ole2' | 'odf' | 'xlsb';

const startsWith = (b: Uint8Array, magic: readonly number[]): boolean => b.length >= magic.length && magic.every((m, i) => b[i] === m);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffOffice(bytes: Uint8Array): OfficeKind | null {
  if (startsWith(bytes, ZIP)) {
    const names = zipNames(bytes);
    if (!names) return { kind: 'corrupt', container: 'ZIP' };
    if (names.includes('xl/workbook.xml')) return { kind: 'xlsx' };
    if (names.includes('xl/workbook.bin')) return { kind: 'legacy', family: 'spreadsheet', source: 'xlsb' };
    if (names.includes('word/document.xml')) return { kind: 'docx' };
    if (names.includes('content.xml') && names.includes('mimetype')) {
      const mime = readZip(bytes, (n) => n === 'mimetype');
      const type = mime.kind === 'zip' ? new TextDecoder().decode(mime.entries.get('mimetype') ?? new Uint8Array()).trim() : '';
      if (type === 'application/vnd.oasis.opendocument.spreadsheet') return { kind: 'legacy', family: 'spreadsheet', source: 'odf' };
      if (type === 'application/vnd.oasis.opendocument.text') return { kind: 'legacy', family: 'text', source: 'odf' };
    }
    return { kind: 'other', container: 'ZIP' };
  }
  if (startsWith(bytes, OLE2)) {
    const streams = oleDirectoryNames(bytes);
    if (streams.has('EncryptedPackage')) return { kind: 'encrypted' };
    if (streams.has('Workbook') || streams.has('Book')) return { kind: 'legacy', family: 'spreadsheet', source: 'ole2' };
    if (streams.has('WordDocument')) return { kind: 'legacy', family: 'text', source: 'ole2' };
    return { kind: 'other', container: 'OLE2' };
  }
  return null;
}

/**
 * Names in an OLE2 directory. Directory entries are 128 bytes, aligned to 128 within sectors
 * (512 or 4096 bytes) that follow the header: scanning the aligned slots for well-formed stream
 * entries finds them without following sector chains, in one cheap pass.
 */
export function oleDirectoryNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = view.getUint16(at + 0x40, true);
    const type = bytes[at + 0x42];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    if (view.getUint16(at + length - 2, true) !== 0) continue;
    let name = '';
    for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
    if (/^[\x01-\x7e]+$/.test(name)) names.add(name);
  }
  return names;
}
