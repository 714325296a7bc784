/**
 * One fuzz input through the whole path a file takes: extract, check against the contract,
 * every number finite, rows for the store written to a real (in-memory) SQLite store, and the
 * same record again from the same bytes. Returns what went wrong, or null.
 */
import { extractDocument } from '../../pipeline/extract-document.js';
import { DocumentSchema, type Document } from '../../schemas/record.js';
import { rowsFromDocument } from '../../store/rows-from-document.js';
import type { Store } from '../../store/store.js';

export interface FuzzOutcome {
  readonly problem: string | null;
  readonly cpuMs: number;
  readonly tables: number;
}

const nonFinite = (doc: Document): string | null => {
  let bad: string | null = null;
  JSON.stringify(doc, (key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) bad ??= `${key} = ${value}`;
    return value;
  });
  return bad;
};

export async function fuzzCheck(bytes: Uint8Array, file: string, store: Store, runId: number, { determinism = true } = {}): Promise<FuzzOutcome> {
  const before = process.cpuUsage();
  let doc: Document;
  try {
    // OCR off: damaged PDF pages would go to OCR (seconds per page, measured by the ocr bench); the fuzz bounds the parsers
    doc = await extractDocument(bytes, { file, ocr: false });
  } catch (error) {
    return { problem: `extractDocument threw: ${(error as Error).stack ?? String(error)}`, cpuMs: 0, tables: 0 };
  }
  const used = process.cpuUsage(before);
  const cpuMs = (used.user + used.system) / 1000;
  const fail = (problem: string): FuzzOutcome => ({ problem, cpuMs, tables: doc.tables.length });
  const parsed = DocumentSchema.safeParse(doc);
  if (!parsed.success) return fail(`record invalid: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  const bad = nonFinite(doc);
  if (bad) return fail(`a number is not finite: ${bad}`);
  if (doc.tables.length > 0) {
    try {
      const rows = rowsFromDocument(doc, { path: `/fuzz/${file}`, sha256: doc.sha256, size: bytes.length, importedAt: '2026-01-01T00:00:00Z', toolVersion: 'fuzz' });
      store.putDocument(rows, runId, true);
    } catch (error) {
      return fail(`store write failed: ${(error as Error).message}`);
    }
  }
  if (determinism) {
    const again = await extractDocument(bytes, { file, ocr: false });
    if (JSON.stringify(again) !== JSON.stringify(doc)) return fail('not deterministic: a second extraction of the same bytes differs');
  }
  return { problem: null, cpuMs, tables: doc.tables.length };
}
