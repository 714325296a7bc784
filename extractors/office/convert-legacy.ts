import type { LegacyFamily } from './sniff-office.js';

/**
 * The hook through which the pure core gets a legacy binary (.xls/.et, .doc/.wps) as its modern
 * counterpart (.xlsx, .docx). Converting is I/O (a LibreOffice process, temporary files), so the
 * core never does it: wrappers (CLI, import workers) pass `libreOfficeConverter()` from
 * extractors/office/libreoffice.ts in ExtractOptions.convertLegacy; without one, the core reports
 * CONVERTER_MISSING.
 */
export type ConvertLegacy = (bytes: Uint8Array, family: LegacyFamily) => Promise<Conversion>;

export type Conversion =
  | { readonly kind: 'converted'; readonly bytes: Uint8Array }
  | { readonly kind: 'error'; readonly code: 'CONVERTER_MISSING' | 'CONVERSION_FAILED'; readonly message: string };

/** What each family converts to, and the Debian package LibreOffice needs for it. */
export const LEGACY_TARGET: Record<LegacyFamily, { readonly ext: 'xlsx' | 'docx'; readonly from: string; readonly what: string; readonly debian: string }> = {
  spreadsheet: { ext: 'xlsx', from: 'xls', what: 'a legacy Excel/WPS workbook (.xls/.et)', debian: 'libreoffice-calc' },
  text: { ext: 'docx', from: 'doc', what: 'a legacy Word/WPS document (.doc/.wps)', debian: 'libreoffice-writer' },
};

export const converterMissing = (family: LegacyFamily): Conversion => {
  const t = LEGACY_TARGET[family];
  return {
    kind: 'error',
    code: 'CONVERTER_MISSING',
    message: `${t.what} is read after LibreOffice converts it to .${t.ext}, and LibreOffice is not installed: apt-get install -y ${t.debian} --no-install-recommends (Debian/Ubuntu)`,
  };
};
