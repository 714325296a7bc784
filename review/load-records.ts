import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { DocumentSchema, type Document } from '../schemas/record.js';
import { readDocuments } from '../store/export/read-documents.js';
import { openReadOnly } from '../store/read-only-db.js';
import { StoreError } from '../store/store-error.js';

/** The three forms one extraction can be kept in. */
export type RecordsFormat = 'sqlite' | 'json' | 'jsonl';

const SQLITE_MAGIC = 'SQLite format 3\0';

function sniff(path: string): RecordsFormat {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    if (n === 16 && head.toString('latin1') === SQLITE_MAGIC) return 'sqlite';
  } finally {
    closeSync(fd);
  }
  // `extract --json` is one object `{"documents": [...]}`; a JSONL export is one document per line
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return /^\s*\{\s*"documents"\s*:/.test(text) ? 'json' : 'jsonl';
}

function checked(value: unknown, path: string, where: string): Document {
  const parsed = DocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError('RECORDS_UNREADABLE', `${path}: ${where} is not a document record (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

/**
 * Every document record of an `extract --json` output, a JSONL export or a jixiao database.
 * Throws StoreError (RECORDS_UNREADABLE, DB_NOT_FOUND) naming the file and the reason.
 */
export function loadRecords(path: string): { format: RecordsFormat; documents: Document[] } {
  if (!existsSync(path)) throw new StoreError('FILE_NOT_FOUND', `${path}: no such file`);
  const format = sniff(path);
  if (format === 'sqlite') {
    const db = openReadOnly(path);
    try {
      return { format, documents: [...readDocuments(db)] };
    } catch (error) {
      throw new StoreError('RECORDS_UNREADABLE', `${path}: not a jixiao database (${(error as Error).message})`);
    } finally {
      db.close();
    }
  }
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parse = (json: string, where: string): unknown => {
    try {
      return JSON.parse(json);
    } catch (error) {
      throw new StoreError('RECORDS_UNREADABLE', `${path}: ${where} is not JSON (${(error as Error).message})`);
    }
  };
  if (format === 'json') {
    const output = parse(text, 'the file') as { documents?: unknown };
    if (!Array.isArray(output.documents)) throw new StoreError('RECORDS_UNREADABLE', `${path}: "documents" is not a list`);
    return { format, documents: output.documents.map((d, i) => checked(d, path, `document ${i + 1}`)) };
  }
  const documents: Document[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() !== '') documents.push(checked(parse(line, `line ${i + 1}`), path, `line ${i + 1}`));
  });
  if (documents.length === 0) throw new StoreError('RECORDS_UNREADABLE', `${path}: no document records (expected extract --json output, a JSONL export or a jixiao database)`);
  return { format, documents };
}
