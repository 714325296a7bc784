import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../schemas/record.js';
import { FINDING_CODES } from '../../schemas/finding-codes.js';
import { readDocuments } from '../../store/export/read-documents.js';
import { inProcessExtractor } from '../../store/import/extract-checked.js';
import { importArchive, type ImportOptions } from '../../store/import/import-archive.js';
import { createWorkerPool } from '../../store/import/worker-pool.js';
import { openReadOnly } from '../../store/read-only-db.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { writeGeneratedArchive } from './archive.js';
import { canonicalRecord, extractFile, hasTables, seedInputs, sha256Of } from './sample-documents.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir();
const DIST_WORKER = new URL('../../dist/store/import/extract-worker.js', import.meta.url);
const options: ImportOptions = { force: false, window: 4 };

async function importWith(paths: readonly string[], db: string, opts: Partial<ImportOptions> = {}) {
  const store = openSqliteStore(db);
  const extractor = inProcessExtractor();
  try {
    return await importArchive(paths, store, extractor, { ...options, ...opts });
  } finally {
    await extractor.close();
    store.close();
  }
}

function counts(path: string) {
  const db = new Database(path, { readonly: true });
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const result = {
    documents: n('SELECT count(*) AS n FROM documents'),
    tables: n('SELECT count(*) AS n FROM tables'),
    indicators: n('SELECT count(*) AS n FROM indicators'),
    funds: n('SELECT count(*) AS n FROM funds'),
    failures: n('SELECT count(*) AS n FROM import_errors WHERE document_id IS NULL'),
  };
  db.close();
  return result;
}

/** What the database must hold for these records, by the importer's rule (no table: a failure). */
function expectedCounts(docs: readonly Document[]) {
  const kept = docs.filter(hasTables);
  const tables = kept.flatMap((d) => d.tables);
  return {
    documents: kept.length,
    tables: tables.length,
    indicators: tables.reduce((n, t) => n + t.indicators.length, 0),
    funds: tables.reduce((n, t) => n + t.funds.length, 0),
    failures: docs.length - kept.length,
  };
}

describe('importArchive', () => {
  it('imports the seed documents: the database holds exactly what the extractor returned', async () => {
    const inputs = seedInputs();
    const docs = await Promise.all(inputs.map(extractFile));
    const db = join(tmp(), 'seeds.sqlite');
    const summary = await importWith(inputs, db);
    const expected = expectedCounts(docs);
    expect(counts(db)).toEqual(expected);
    expect(summary).toMatchObject({ files: inputs.length, imported: expected.documents, failed: expected.failures, tables: expected.tables, indicators: expected.indicators });
    // once extraction works, the seeds hold real tables
    expect(expected.tables).toBeGreaterThan(0);
    expect(expected.indicators).toBeGreaterThan(0);
  });

  it('skips everything on a re-run and replaces everything with force, never duplicating a row', async () => {
    const inputs = seedInputs();
    const db = join(tmp(), 'again.sqlite');
    const first = await importWith(inputs, db);
    const before = counts(db);
    const again = await importWith(inputs, db);
    expect(again).toMatchObject({ imported: 0, skipped: first.imported, failed: first.failed });
    expect(counts(db)).toEqual(before);
    const forced = await importWith(inputs, db, { force: true });
    expect(forced).toMatchObject({ imported: first.imported, replaced: first.imported, skipped: 0 });
    expect(counts(db)).toEqual(before);
    const runs = new Database(db, { readonly: true }).prepare('SELECT imported, skipped, failed FROM import_runs ORDER BY id').all();
    expect(runs).toEqual([
      { imported: first.imported, skipped: 0, failed: first.failed },
      { imported: 0, skipped: first.imported, failed: first.failed },
      { imported: first.imported, skipped: 0, failed: first.failed },
    ]);
  });

  it('keeps going past corrupted, binary, empty, unsupported and missing files, recording each', async () => {
    const dir = tmp();
    const archive = join(dir, 'archive');
    mkdirSync(archive);
    const [seedA, seedB] = seedInputs();
    copyFileSync(seedA!, join(archive, '01-first.txt'));
    writeFileSync(join(archive, '02-corrupt.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<<'), Buffer.alloc(300, 0xab)]));
    writeFileSync(join(archive, '03-binary.txt'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)));
    writeFileSync(join(archive, '04-empty.txt'), '');
    writeFileSync(join(archive, '05-unsupported.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)]));
    copyFileSync(seedB!, join(archive, '06-last.txt'));
    const missing = join(dir, 'no-such-folder');

    const db = join(dir, 'bad.sqlite');
    const summary = await importWith([archive, missing], db);
    const files = ['01-first.txt', '02-corrupt.pdf', '03-binary.txt', '04-empty.txt', '05-unsupported.docx', '06-last.txt'].map((f) => join(archive, f));
    const docs = await Promise.all(files.map(extractFile));
    const expected = expectedCounts(docs);
    expect(counts(db)).toEqual({ ...expected, failures: expected.failures + 1 });
    expect(summary.failed).toBe(expected.failures + 1);
    expect(expected.failures).toBeGreaterThanOrEqual(4);

    const reader = new Database(db, { readonly: true });
    const failures = reader.prepare('SELECT path, sha256, code FROM import_errors WHERE document_id IS NULL ORDER BY path').all() as { path: string; sha256: string | null; code: string }[];
    reader.close();
    const expectedFailures = docs.flatMap((d, i) => (hasTables(d) ? [] : [{ path: files[i]!, code: d.errors[0]?.code ?? 'NO_TABLE_FOUND' }]));
    expect(failures.map(({ path, code }) => ({ path, code }))).toEqual(
      [...expectedFailures, { path: missing, code: 'FILE_NOT_FOUND' }].sort((a, b) => a.path.localeCompare(b.path)));
    for (const f of failures) {
      expect(Object.keys(FINDING_CODES)).toContain(f.code);
      expect(f.sha256 === null).toBe(f.path === missing);
    }
  });

  it('through worker threads, stores exactly the records the workers return', async () => {
    const dir = tmp();
    const paths = writeGeneratedArchive(join(dir, 'archive'), 48);
    const db = join(dir, 'pooled.sqlite');
    // one pool for both: the records and the import come from the same worker build
    const pool = createWorkerPool({ size: 2, workerUrl: DIST_WORKER });
    const store = openSqliteStore(db);
    try {
      const results = await Promise.all(paths.map((p) => pool.extract(p, new Uint8Array(readFileSync(p)))));
      const summary = await importArchive([join(dir, 'archive')], store, pool, { ...options, window: 6 });
      store.close();
      const records = results.flatMap((r) => (r.kind === 'document' && r.document.tables.length > 0 ? [r.document] : []));
      expect(summary).toMatchObject({ files: 48, imported: records.length, failed: 48 - records.length });
      expect(records.length).toBeGreaterThan(0);
      const reader = openReadOnly(db);
      const stored = [...readDocuments(reader)];
      reader.close();
      const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
      expect(stored.sort(byFile).map(canonicalRecord)).toEqual(records.sort(byFile).map((d) => canonicalRecord({
        ...d, sha256: sha256Of(readFileSync(d.file)), size: readFileSync(d.file).byteLength, findings: d.findings ?? [],
      })));
    } finally {
      await pool.close();
    }
  });

  it('replaces a file whose content changed since the last run, and stores absolute paths', async () => {
    const dir = tmp();
    const [a, b] = writeGeneratedArchive(join(dir, 'archive'), 2);
    const db = join(dir, 'changed.sqlite');
    await importWith([join(dir, 'archive', '.', 'batch-000', '..')], db);
    const before = counts(db);
    writeFileSync(a!, readFileSync(b!).toString('utf8').replace(/20(\d\d)(?=\s*年)/g, '2011'));
    const again = await importWith([join(dir, 'archive')], db);
    expect(again).toMatchObject({ replaced: 1, skipped: 1 });
    const after = counts(db);
    expect(after.documents).toBe(before.documents);
    const stored = new Database(db, { readonly: true }).prepare('SELECT path, sha256 FROM documents ORDER BY path').all() as { path: string; sha256: string }[];
    expect(stored.map((r) => r.path)).toEqual([a, b]);
    expect(stored[0]!.sha256).toBe(sha256Of(readFileSync(a!)));
  });

  it('reads files named by a glob, relative to the folder it walks', async () => {
    const dir = tmp();
    const paths = writeGeneratedArchive(join(dir, 'archive'), 12);
    writeFileSync(join(dir, 'archive', 'batch-000', 'notes.md'), '# not a table');
    const db = join(dir, 'glob.sqlite');
    const summary = await importWith([join(dir, 'archive', '**', '*.txt')], db);
    expect(summary.files).toBe(paths.length);
    const stored = new Database(db, { readonly: true }).prepare('SELECT path FROM documents UNION SELECT path FROM import_errors').all() as { path: string }[];
    expect(stored.map((r) => r.path).sort()).toEqual([...paths].sort());
    expect(readFileSync(paths[0]!).byteLength).toBeGreaterThan(0);
  });
});
