import type { LegacyFamily, LegacySource } from './sniff-office.js';

/**
 * The hook through which the pure core gets a legacy binary (.xls/.et, .doc/.wps) or an
 * OpenDocument file (.ods, .odt) as its OOXML counterpart (.xlsx, .docx). Converting is I/O (a LibreOffice process, temporary files), so the
 * core never does it: wrappers (CLI, import workers) pass `libreOfficeConverter()` from
 * extractors/office/libreoffice.ts in ExtractOptions.convertLegacy; without one, the core reports
 * CONVERTER_MISSING.
 */
export type ConvertLegacy = (bytes: Uint8Array, family: LegacyFamily, source?: LegacySource) => Promise<Conversion>;

export type Conversion =
  | { readonly kind: 'converted'; readonly bytes: Uint8Array }
  | { readonly kind: 'error'; readonly code: 'CONVERTER_MISSING' | 'CONVERSION_FAILED'; readonly message: string };

/** What each family converts to, and the Debian package LibreOffice needs for it. */
export const LEGACY_TARGET: Record<LegacyFamily, { readonly ext: 'xlsx' | 'docx'; readonly from: string; readonly what: string; readonly debian: string }> = {
  spreadsheet: { ext: 'xlsx', from: 'xls', what: 'a legacy Excel/WPS workbook (.xls/.et)', debian: 'libreoffice-calc' },
  text: { ext: 'docx', from: 'doc', what: 'a legacy Word/WPS document (.doc/.wps)', debian: 'libreoffice-writer' },
};

/** The file name extension LibreOffice is handed (it detects by content, the name is a hint). */
export const inputExtension = (family: LegacyFamily, source: LegacySource = 'ole2'): string =>
  source === 'xlsb' ? 'xlsb' : source === 'odf' ? (family === 'spreadsheet' ? 'ods' : 'odt') : LEGACY_TARGET[family].from;

/** What the file is, for messages. */
export const describeLegacy = (family: LegacyFamily, source: LegacySource = 'ole2'): string =>
  source === 'xlsb' ? 'an Excel binary workbook (.xlsb)' : source === 'odf' ? (family === 'spreadsheet' ? 'an OpenDocument spreadsheet (.ods)' : 'an OpenDocument text (.odt)') : LEGACY_TARGET[family].what;

export const converterMissing = (family: LegacyFamily, source: LegacySource = 'ole2'): Conversion => {
  const t = { ...LEGACY_TARGET[family], what: describeLegacy(family, source) };
  return {
    kind: 'error',
    code: 'CONVERTER_MISSING',
    message: `${t.what} is read after LibreOffice converts it to .${t.ext}, and LibreOffice is not installed: apt-get install -y ${t.debian} --no-install-recommends (Debian/Ubuntu)`,
  };
};
