import { createWriteStream, mkdirSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReadOnlyDb } from '../read-only-db.js';
import { csvLine, spreadsheetCsvLine, UTF8_BOM } from '../query/csv.js';
import { streamWriter } from '../stream-writer.js';
import { columnHeader, columnSpec, SHEET_NAMES, type HeaderStyle } from './export-columns.js';
import { EXPORT_ENTITIES, EXPORT_ENTITY_NAMES, type ExportEntity } from './export-entities.js';
import { readDocuments } from './read-documents.js';
import { refuseDatabase, writeAtomically, type WrittenFile } from './safe-output.js';
import { xlsxCell } from './xlsx-cell.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** CSV for spreadsheets (formula-looking text neutralized) or raw, byte for byte as stored, for machines. */
export const CSV_STYLES = ['spreadsheet', 'raw'] as const;
export type CsvStyle = (typeof CSV_STYLES)[number];

export interface ExportRequest {
  /** a file, or for CSV of every entity a folder; null: stdout (csv of one entity, jsonl) */
  readonly out: string | null;
  /** csv: only this entity */
  readonly entity: ExportEntity | null;
  /** the database file: never written over */
  readonly db: string;
  /** csv header row: machine names (en) or Chinese (zh) */
  readonly headers: HeaderStyle;
  readonly csvStyle: CsvStyle;
}

/** Rows written per entity (jsonl: documents). */
export type ExportCounts = Partial<Record<ExportEntity, number>>;

export interface ExportResult {
  readonly counts: ExportCounts;
  /** the files written (none for stdout) */
  readonly files: readonly WrittenFile[];
}

type Exporter = (db: ReadOnlyDb, request: ExportRequest, stdout: Writable) => Promise<ExportResult>;

export const DEFAULT_OUT: Record<ExportFormat, string | null> = { csv: 'jixiao-export', jsonl: null, xlsx: 'jixiao-export.xlsx' };

/** Text to stdout, or to a file written atomically (temporary file, renamed when complete). */
async function withOutput(path: string | null, stdout: Writable, body: (write: (text: string) => Promise<void>) => Promise<void>): Promise<WrittenFile | null> {
  if (path === null) {
    await body(streamWriter(stdout));
    return null;
  }
  return writeAtomically(path, async (tmp) => {
    const stream = createWriteStream(tmp);
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
    await Promise.race([body(streamWriter(stream)), failed]);
    stream.end();
    await finished(stream);
  });
}

async function writeEntityCsv(db: ReadOnlyDb, entity: ExportEntity, path: string | null, stdout: Writable, request: ExportRequest) {
  let n = 0;
  const line = request.csvStyle === 'raw' ? csvLine : spreadsheetCsvLine;
  const file = await withOutput(path, stdout, async (write) => {
    const { columns, rows } = db.run(EXPORT_ENTITIES[entity]);
    await write(UTF8_BOM + csvLine(columns.map((c) => columnHeader(c, request.headers))));
    for (const row of rows) { await write(line(row)); n++; }
  });
  return { n, file };
}

/** CSV with a UTF-8 BOM (Excel/WPS open Chinese correctly): one entity to a file/stdout, or every entity into a folder. */
const csv: Exporter = async (db, request, stdout) => {
  const { out, entity } = request;
  if (entity) {
    if (out !== null) refuseDatabase(out, request.db);
    const { n, file } = await writeEntityCsv(db, entity, out, stdout, request);
    return { counts: { [entity]: n }, files: file ? [file] : [] };
  }
  const folder = out ?? DEFAULT_OUT.csv!;
  const paths = EXPORT_ENTITY_NAMES.map((name) => join(folder, `${name}.csv`));
  for (const path of [folder, ...paths]) refuseDatabase(path, request.db);
  mkdirSync(folder, { recursive: true });
  const counts: ExportCounts = {};
  const files: WrittenFile[] = [];
  for (const [i, name] of EXPORT_ENTITY_NAMES.entries()) {
    const { n, file } = await writeEntityCsv(db, name, paths[i]!, stdout, request);
    counts[name] = n;
    files.push(file!);
  }
  return { counts, files };
};

/** One Document record per line: the same contract as `jixiao extract --json`. */
const jsonl: Exporter = async (db, { out, db: dbPath }, stdout) => {
  if (out !== null) refuseDatabase(out, dbPath);
  let n = 0;
  const file = await withOutput(out, stdout, async (write) => {
    for (const document of readDocuments(db)) { await write(JSON.stringify(document) + '\n'); n++; }
  });
  return { counts: { documents: n }, files: file ? [file] : [] };
};

/** Excel's row limit per sheet; a bigger entity continues on "name (2)". */
const XLSX_MAX_ROWS = 1_048_575;

const columnLetter = (n: number): string => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

/**
 * One sheet per entity for Excel/WPS: Chinese headers, amounts in 元 and rates as numbers with
 * number formats (so SUM() works), dates as dates, table kinds in Chinese, an autofilter on the
 * header row and the header frozen. The exact integer 分 columns stay in CSV/SQL. Streamed to
 * disk (exceljs WorkbookWriter), rows committed as written.
 */
const xlsx: Exporter = async (db, { out, db: dbPath }) => {
  const path = out ?? DEFAULT_OUT.xlsx!;
  refuseDatabase(path, dbPath);
  const counts: ExportCounts = {};
  const file = await writeAtomically(path, async (tmp) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    for (const entity of EXPORT_ENTITY_NAMES) {
      const result = db.run(EXPORT_ENTITIES[entity]);
      const shown = result.columns.map((name, index) => ({ name, index, spec: columnSpec(name) })).filter((c) => c.spec.type !== 'fen');
      let sheet: ExcelJS.Worksheet | null = null;
      let part = 0;
      let n = 0;
      const addSheet = (): ExcelJS.Worksheet => {
        sheet?.commit();
        part++;
        const name = part === 1 ? SHEET_NAMES[entity] : `${SHEET_NAMES[entity]} (${part})`;
        const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
        ws.autoFilter = `A1:${columnLetter(shown.length)}1`;
        ws.columns = shown.map((c) => ({ header: c.spec.zh, key: c.name, width: Math.min(40, Math.max(10, c.spec.zh.length * 2 + 2)) }));
        ws.getRow(1).font = { bold: true };
        ws.getRow(1).commit();
        return ws;
      };
      sheet = addSheet();
      for (const row of result.rows) {
        if (n > 0 && n % XLSX_MAX_ROWS === 0) sheet = addSheet();
        const cells = shown.map((c) => xlsxCell(c.spec.type, row[c.index] ?? null));
        const added = sheet.addRow(cells.map((cell) => cell.value));
        cells.forEach((cell, i) => { if (cell.numFmt) added.getCell(i + 1).numFmt = cell.numFmt; });
        added.commit();
        // let the zip stream drain to disk now and then, so memory stays flat
        if (++n % 1000 === 0) await new Promise(setImmediate);
      }
      sheet.commit();
      counts[entity] = n;
    }
    await workbook.commit();
  });
  return { counts, files: [file] };
};

export const EXPORTERS: Record<ExportFormat, Exporter> = { csv, jsonl, xlsx };
