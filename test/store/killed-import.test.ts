import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeGeneratedArchive } from './archive.js';
import { cli, cliAsync } from './cli.js';
import { distExtractFile } from './dist-extract.js';
import { hasTables, sha256Of } from './sample-documents.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir();
const FILES = 250;

function documentsIn(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Every count the writer records next to the rows must match the rows: nothing is half-written. */
function halfWritten(path: string): unknown[] {
  const db = new Database(path, { readonly: true });
  const problems = [
    ...db.prepare(`SELECT d.id, d.table_count, count(t.id) AS tables FROM documents d LEFT JOIN tables t ON t.document_id = d.id
                   GROUP BY d.id HAVING count(t.id) <> d.table_count`).all(),
    ...db.prepare(`SELECT d.id, d.indicator_count, (SELECT count(*) FROM indicators i JOIN tables t ON t.id = i.table_id WHERE t.document_id = d.id) AS n
                   FROM documents d WHERE n <> d.indicator_count`).all(),
    ...db.prepare(`SELECT t.id, t.indicator_count, t.funds_count FROM tables t
                   WHERE t.indicator_count <> (SELECT count(*) FROM indicators i WHERE i.table_id = t.id)
                      OR t.funds_count <> (SELECT count(*) FROM funds f WHERE f.table_id = t.id)`).all(),
    ...db.prepare('SELECT id FROM tables WHERE document_id NOT IN (SELECT id FROM documents)').all(),
    ...db.prepare('SELECT id FROM indicators WHERE table_id NOT IN (SELECT id FROM tables)').all(),
  ];
  db.close();
  return problems;
}

/** Starts an import of `archive` and waits until `documents` are in; resolves with the child and its exit. */
async function importUntil(archive: string, db: string, documents: number) {
  const child = cliAsync(['import', archive, '--db', db, '--jobs', '1']);
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })));
  let running = true;
  void exited.then(() => { running = false; });
  while (running && documentsIn(db) < documents) await new Promise((r) => setTimeout(r, 20));
  return { child, exited, stdout: () => stdout };
}

describe('an interrupted import', () => {
  it('stops on Ctrl-C (SIGINT) after the files in flight, records the run and says so', async () => {
    const dir = tmp();
    const archive = join(dir, 'archive');
    writeGeneratedArchive(archive, FILES);
    const db = join(dir, 'interrupted.sqlite');
    const { child, exited, stdout } = await importUntil(archive, db, 5);
    child.kill('SIGINT');
    const { code } = await exited;
    expect(code, 'the import finished before it could be interrupted: make the archive larger').toBe(130);
    expect(stdout()).toMatch(/^import interrupted/);
    expect(documentsIn(db)).toBeLessThan(FILES);
    expect(halfWritten(db)).toEqual([]);
    const conn = new Database(db, { readonly: true });
    const run = conn.prepare('SELECT finished_at, imported FROM import_runs').get() as { finished_at: string | null; imported: number };
    conn.close();
    expect(run.finished_at).not.toBeNull();
    expect(run.imported).toBe(documentsIn(db));
  }, 60_000);

  it('killed with SIGKILL leaves only whole documents, and a re-run completes the rest without duplicating any', async () => {
    const dir = tmp();
    const archive = join(dir, 'archive');
    const paths = writeGeneratedArchive(archive, FILES);
    const db = join(dir, 'killed.sqlite');

    const { child, exited } = await importUntil(archive, db, 10);
    child.kill('SIGKILL');
    expect((await exited).signal, 'the import finished before it could be killed: make the archive larger').toBe('SIGKILL');

    const before = documentsIn(db);
    expect(before).toBeGreaterThanOrEqual(10);
    expect(before).toBeLessThan(FILES);
    expect(halfWritten(db)).toEqual([]);

    const rerun = cli(['import', archive, '--db', db, '--jobs', '2', '--json']);
    const summary = JSON.parse(rerun.stdout) as { skipped: number; imported: number; failed: number };
    expect(summary.skipped).toBe(before);

    const docs = await Promise.all(paths.map(distExtractFile));
    const kept = docs.filter(hasTables);
    const conn = new Database(db, { readonly: true });
    const count = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM documents')).toBe(kept.length);
    expect(count('SELECT count(DISTINCT sha256) AS n FROM documents')).toBe(kept.length);
    expect(count('SELECT count(*) AS n FROM tables')).toBe(kept.reduce((n, d) => n + d.tables.length, 0));
    expect(count('SELECT count(*) AS n FROM indicators')).toBe(kept.reduce((n, d) => n + d.tables.reduce((m, t) => m + t.indicators.length, 0), 0));
    const stored = new Set((conn.prepare('SELECT sha256 FROM documents').all() as { sha256: string }[]).map((r) => r.sha256));
    conn.close();
    expect(stored).toEqual(new Set(paths.filter((_, i) => hasTables(docs[i]!)).map((p) => sha256Of(readFileSync(p)))));
    expect(halfWritten(db)).toEqual([]);
    expect(kept.length).toBeGreaterThan(0);
  }, 120_000);
});
