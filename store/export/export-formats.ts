import { createWriteStream, mkdirSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReadOnlyDb } from '../read-only-db.js';
import { csvLine, UTF8_BOM } from '../query/csv.js';
import { streamWriter } from '../stream-writer.js';
import { EXPORT_ENTITIES, EXPORT_ENTITY_NAMES, type ExportEntity } from './export-entities.js';
import { readDocuments } from './read-documents.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  /** a file, or for CSV of every entity a folder; null: stdout (csv of one entity, jsonl) */
  readonly out: string | null;
  /** csv: only this entity */
  readonly entity: ExportEntity | null;
}

/** Rows written per entity (jsonl: documents). */
export type ExportCounts = Partial<Record<ExportEntity, number>>;

type Exporter = (db: ReadOnlyDb, request: ExportRequest, stdout: Writable) => Promise<ExportCounts>;

export const DEFAULT_OUT: Record<ExportFormat, string | null> = { csv: 'jixiao-export', jsonl: null, xlsx: 'jixiao-export.xlsx' };

async function withOutput(path: string | null, stdout: Writable, body: (write: (text: string) => Promise<void>) => Promise<void>): Promise<void> {
  if (path === null) return body(streamWriter(stdout));
  const stream = createWriteStream(path);
  await body(streamWriter(stream));
  stream.end();
  await finished(stream);
}

async function writeEntityCsv(db: ReadOnlyDb, entity: ExportEntity, path: string | null, stdout: Writable): Promise<number> {
  let n = 0;
  await withOutput(path, stdout, async (write) => {
    const { columns, rows } = db.run(EXPORT_ENTITIES[entity]);
    await write(UTF8_BOM + csvLine(columns));
    for (const row of rows) { await write(csvLine(row)); n++; }
  });
  return n;
}

/** CSV with a UTF-8 BOM (Excel/WPS open Chinese correctly): one entity to a file/stdout, or every entity into a folder. */
const csv: Exporter = async (db, { out, entity }, stdout) => {
  if (entity) return { [entity]: await writeEntityCsv(db, entity, out, stdout) };
  const folder = out ?? DEFAULT_OUT.csv!;
  mkdirSync(folder, { recursive: true });
  const counts: ExportCounts = {};
  for (const name of EXPORT_ENTITY_NAMES) counts[name] = await writeEntityCsv(db, name, join(folder, `${name}.csv`), stdout);
  return counts;
};

/** One Document record per line: the same contract as `jixiao extract --json`. */
const jsonl: Exporter = async (db, { out }, stdout) => {
  let n = 0;
  await withOutput(out, stdout, async (write) => {
    for (const document of readDocuments(db)) { await write(JSON.stringify(document) + '\n'); n++; }
  });
  return { documents: n };
};

/** Excel's row limit per sheet; a bigger entity continues on "name (2)". */
const XLSX_MAX_ROWS = 1_048_575;

/** One sheet per entity, header row frozen; streamed to disk (exceljs WorkbookWriter), rows committed as written. */
const xlsx: Exporter = async (db, { out }) => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out ?? DEFAULT_OUT.xlsx!, useStyles: true, useSharedStrings: false });
  const counts: ExportCounts = {};
  for (const entity of EXPORT_ENTITY_NAMES) {
    const { columns, rows } = db.run(EXPORT_ENTITIES[entity]);
    let sheet: ExcelJS.Worksheet | null = null;
    let part = 0;
    let n = 0;
    const addSheet = (): ExcelJS.Worksheet => {
      sheet?.commit();
      part++;
      const ws = workbook.addWorksheet(part === 1 ? entity : `${entity} (${part})`, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = columns.map((c) => ({ header: c, key: c, width: Math.min(40, Math.max(10, c.length + 2)) }));
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();
      return ws;
    };
    sheet = addSheet();
    for (const row of rows) {
      if (n > 0 && n % XLSX_MAX_ROWS === 0) sheet = addSheet();
      sheet.addRow(row.map((v) => (typeof v === 'bigint' ? Number(v) : v))).commit();
      // let the zip stream drain to disk now and then, so memory stays flat
      if (++n % 1000 === 0) await new Promise(setImmediate);
    }
    sheet.commit();
    counts[entity] = n;
  }
  await workbook.commit();
  return counts;
};

export const EXPORTERS: Record<ExportFormat, Exporter> = { csv, jsonl, xlsx };
