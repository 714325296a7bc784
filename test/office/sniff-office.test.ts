import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreOfficeConverter } from '../../extractors/office/libreoffice.js';
import { oleDirectoryNames, sniffOffice } from '../../extractors/office/sniff-office.js';
import { extractDocument } from '../../pipeline/extract-document.js';
import { officeInput } from './office-files.js';

/** An OLE2 compound file reduced to what sniffing reads: the header and one directory sector. */
function ole2(streams: readonly string[]): Uint8Array {
  const b = new Uint8Array(512 + 512);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(b.buffer);
  ['Root Entry', ...streams].forEach((name, k) => {
    const at = 512 + 128 * k;
    for (let i = 0; i < name.length; i++) view.setUint16(at + 2 * i, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, 2 * name.length + 2, true);
    b[at + 0x42] = k === 0 ? 5 : 2;
  });
  return b;
}

describe('sniffOffice: containers by content, never by name', () => {
  it('OOXML by the parts it holds', () => {
    expect(sniffOffice(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }))).toEqual({ kind: 'xlsx' });
    expect(sniffOffice(zipSync({ 'word/document.xml': strToU8('<x/>') }))).toEqual({ kind: 'docx' });
    expect(sniffOffice(zipSync({ 'xl/workbook.bin': new Uint8Array(8) }))).toEqual({ kind: 'legacy', family: 'spreadsheet', source: 'xlsb' });
    expect(sniffOffice(zipSync({ 'readme.txt': strToU8('hi') }))).toEqual({ kind: 'other', container: 'ZIP' });
    const odf = (mime: string) => zipSync({ mimetype: [strToU8(mime), { level: 0 }], 'content.xml': strToU8('<x/>') });
    expect(sniffOffice(odf('application/vnd.oasis.opendocument.spreadsheet'))).toEqual({ kind: 'legacy', family: 'spreadsheet', source: 'odf' });
    expect(sniffOffice(odf('application/vnd.oasis.opendocument.text'))).toEqual({ kind: 'legacy', family: 'text', source: 'odf' });
    expect(sniffOffice(odf('application/vnd.oasis.opendocument.presentation'))).toEqual({ kind: 'other', container: 'ZIP' });
    expect(sniffOffice(new TextEncoder().encode('plain text'))).toBeNull();
  });

  it('OLE2 by its directory: workbook, Word document, encrypted OOXML', () => {
    expect(oleDirectoryNames(ole2(['Workbook', 'SummaryInformation']))).toEqual(new Set(['Root Entry', 'Workbook', 'SummaryInformation']));
    expect(sniffOffice(ole2(['Workbook']))).toEqual({ kind: 'legacy', family: 'spreadsheet', source: 'ole2' });
    expect(sniffOffice(ole2(['Book']))).toEqual({ kind: 'legacy', family: 'spreadsheet', source: 'ole2' });
    expect(sniffOffice(ole2(['WordDocument', '1Table']))).toEqual({ kind: 'legacy', family: 'text', source: 'ole2' });
    expect(sniffOffice(ole2(['EncryptionInfo', 'EncryptedPackage']))).toEqual({ kind: 'encrypted' });
    expect(sniffOffice(ole2(['Something']))).toEqual({ kind: 'other', container: 'OLE2' });
  });

  it('the committed LibreOffice .xls/.doc fixtures are recognised', () => {
    expect(sniffOffice(readFileSync(officeInput('wrapped-yuan-landscape', 'xls')!))).toEqual({ kind: 'legacy', family: 'spreadsheet', source: 'ole2' });
    expect(sniffOffice(readFileSync(officeInput('wrapped-yuan-landscape', 'doc')!))).toEqual({ kind: 'legacy', family: 'text', source: 'ole2' });
  });

  it('each becomes a Document with a stable code naming the file', async () => {
    const codes = async (bytes: Uint8Array) => (await extractDocument(bytes, { file: 'f' })).errors.map((e) => e.code);
    expect(await codes(ole2(['EncryptedPackage']))).toEqual(['OFFICE_ENCRYPTED']);
    expect(await codes(ole2(['Other']))).toEqual(['UNSUPPORTED_FORMAT']);
    expect(await codes(zipSync({ 'a.txt': strToU8('a') }))).toEqual(['UNSUPPORTED_FORMAT']);
    expect(await codes(ole2(['Workbook']))).toEqual(['CONVERTER_MISSING']);
  });
});

describe('libreOfficeConverter (I/O wrapper)', () => {
  it('without soffice: CONVERTER_MISSING naming the Debian package', async () => {
    const convert = libreOfficeConverter({ binary: '/nonexistent/soffice' });
    expect(await convert(new Uint8Array(4), 'spreadsheet')).toMatchObject({ kind: 'error', code: 'CONVERTER_MISSING', message: expect.stringContaining('libreoffice-calc') });
    expect(await convert(new Uint8Array(4), 'text')).toMatchObject({ kind: 'error', code: 'CONVERTER_MISSING', message: expect.stringContaining('libreoffice-writer') });
  });

  it('a hung converter is killed at the time limit and its temporary folder removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-fake-soffice-'));
    try {
      const fake = join(dir, 'soffice');
      writeFileSync(fake, '#!/bin/sh\nsleep 30 &\nwait\n');
      chmodSync(fake, 0o755);
      const before = new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('jixiao-lo-')));
      const result = await libreOfficeConverter({ binary: fake, timeoutMs: 300 })(new Uint8Array(4), 'text');
      expect(result).toMatchObject({ kind: 'error', code: 'CONVERSION_FAILED', message: expect.stringContaining('no result within') });
      expect(readdirSync(tmpdir()).filter((f) => f.startsWith('jixiao-lo-') && !before.has(f))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a converter that writes nothing is CONVERSION_FAILED', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-fake-soffice-'));
    try {
      const fake = join(dir, 'soffice');
      writeFileSync(fake, '#!/bin/sh\nexit 0\n');
      chmodSync(fake, 0o755);
      expect(await libreOfficeConverter({ binary: fake })(new Uint8Array(4), 'spreadsheet')).toMatchObject({ kind: 'error', code: 'CONVERSION_FAILED' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
