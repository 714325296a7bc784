import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DocumentSchema, type Document } from '../schemas/record.js';
import { readDocuments } from '../store/export/read-documents.js';
import { openReadOnly } from '../store/read-only-db.js';
import { StoreError } from '../store/store-error.js';

/** The three forms one extraction can be kept in. */
export type RecordsFormat = 'sqlite' | 'json' | 'jsonl';

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Told apart by content: the SQLite header, `{"documents": …}` of extract --json, else one record per line. */
function sniff(path: string): RecordsFormat {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, 64, 0);
    if (n >= 16 && head.subarray(0, 16).toString('latin1') === SQLITE_MAGIC) return 'sqlite';
    return /^\s*\{\s*"documents"\s*:/.test(head.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '')) ? 'json' : 'jsonl';
  } finally {
    closeSync(fd);
  }
}

function checked(value: unknown, path: string, where: string): Document {
  const parsed = DocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError('RECORDS_UNREADABLE', `${path}: ${where} is not a document record (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

const parse = (json: string, path: string, where: string): unknown => {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new StoreError('RECORDS_UNREADABLE', `${path}: ${where} is not JSON (${(error as Error).message})`);
  }
};

async function* jsonlDocuments(path: string): AsyncGenerator<Document> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() !== '') yield checked(parse(line, path, `line ${n}`), path, `line ${n}`);
  }
}

async function* documentsOf(path: string, format: RecordsFormat): AsyncGenerator<Document> {
  if (format === 'jsonl') { yield* jsonlDocuments(path); return; }
  if (format === 'json') {
    const output = parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), path, 'the file') as { documents?: unknown };
    if (!Array.isArray(output.documents)) throw new StoreError('RECORDS_UNREADABLE', `${path}: "documents" is not a list`);
    for (const [i, d] of output.documents.entries()) yield checked(d, path, `document ${i + 1}`);
    return;
  }
  const db = openReadOnly(path);
  try {
    yield* readDocuments(db);
  } catch (error) {
    throw new StoreError('RECORDS_UNREADABLE', `${path}: not a jixiao database (${(error as Error).message})`);
  } finally {
    db.close();
  }
}

/**
 * Every document record of an `extract --json` output, a JSONL export or a jixiao database, each
 * passed through `keep` as it is read (JSONL and databases are streamed, one record at a time).
 * Throws StoreError (FILE_NOT_FOUND, RECORDS_UNREADABLE, DB_NOT_FOUND) naming the file and the reason.
 */
export async function loadRecords<T = Document>(path: string, keep: (d: Document) => T = (d) => d as T): Promise<{ format: RecordsFormat; documents: T[] }> {
  if (!existsSync(path)) throw new StoreError('FILE_NOT_FOUND', `${path}: no such file`);
  const format = sniff(path);
  const documents: T[] = [];
  for await (const d of documentsOf(path, format)) documents.push(keep(d));
  if (documents.length === 0 && format === 'jsonl') {
    throw new StoreError('RECORDS_UNREADABLE', `${path}: no document records (expected extract --json output, a JSONL export or a jixiao database)`);
  }
  return { format, documents };
}
