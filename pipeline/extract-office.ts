import type { ConvertLegacy } from '../extractors/office/convert-legacy.js';
import { converterMissing, LEGACY_TARGET } from '../extractors/office/convert-legacy.js';
import { readDocx } from '../extractors/office/read-docx.js';
import { readXlsx } from '../extractors/office/read-xlsx.js';
import type { OfficeKind } from '../extractors/office/sniff-office.js';
import type { GridDocument } from '../schemas/grid.js';
import type { Document } from '../schemas/record.js';
import { tablesOfGrid } from './tables-of-grid.js';
import { documentError } from './findings.js';
import type { FindingCode } from '../schemas/finding-codes.js';

type Base = { readonly file: string; readonly sha256: string; readonly size: number };

/**
 * An Office container (sniffed by content) → its Document. Legacy binaries go through the
 * `convertLegacy` hook the wrapper supplies (the core does no I/O); without it they are
 * reported with CONVERTER_MISSING, naming the package to install. Never throws.
 */
export async function extractOffice(bytes: Uint8Array, kind: OfficeKind, base: Base, convertLegacy: ConvertLegacy | undefined): Promise<Document> {
  const file = base.file;
  const fail = (format: Document['format'], code: FindingCode, message: string): Document =>
    ({ ...base, format, encoding: null, tables: [], errors: [documentError(code, message, file)] });
  const handlers: { [K in OfficeKind['kind']]: (k: Extract<OfficeKind, { kind: K }>) => Promise<Document> } = {
    xlsx: async () => {
      const read = await readXlsx(bytes);
      return read.kind === 'error' ? fail('xlsx', 'OFFICE_CORRUPT', read.message) : fromGrid(read.doc, 'xlsx', base);
    },
    docx: async () => {
      const read = readDocx(bytes);
      return read.kind === 'error' ? fail('docx', read.code ?? 'OFFICE_CORRUPT', read.message) : fromGrid(read.doc, 'docx', base);
    },
    legacy: async (k) => {
      const target = LEGACY_TARGET[k.family];
      const converted = convertLegacy ? await convertLegacy(bytes, k.family, k.source) : converterMissing(k.family, k.source);
      if (converted.kind === 'error') return fail(target.ext, converted.code, converted.message);
      // the record keeps the original file's hash and size; the tables come from the conversion
      const doc = await extractOffice(converted.bytes, { kind: target.ext }, base, undefined);
      return { ...doc, ...base };
    },
    encrypted: async () => fail('xlsx', 'OFFICE_ENCRYPTED', 'a password-protected Office document; save it without a password first'),
    corrupt: async (k) => fail('text', 'OFFICE_CORRUPT', `a damaged ${k.container} container (cut off or not a real Office file): its directory cannot be read`),
    other: async (k) => fail('text', 'UNSUPPORTED_FORMAT', `a ${k.container} container that is neither an .xlsx/.docx nor an .xls/.doc`),
  };
  return (handlers[kind.kind] as (k: OfficeKind) => Promise<Document>)(kind);
}

/** Tables of a grid document, or NO_TABLE_FOUND. */
export function fromGrid(doc: GridDocument, format: Document['format'], base: Base, encoding: Document['encoding'] = null): Document {
  const tables = tablesOfGrid(doc, base.file);
  const errors = tables.length ? [] : [documentError('NO_TABLE_FOUND', 'no evaluation table found (no title such as 绩效自评表 / 绩效目标申报表 and no indicator header)', base.file)];
  return { ...base, format, encoding, tables, errors };
}
