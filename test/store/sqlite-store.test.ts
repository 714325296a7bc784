import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../schemas/record.js';
import { readDocuments } from '../../store/export/read-documents.js';
import { openReadOnly } from '../../store/read-only-db.js';
import { rowsFromDocument } from '../../store/rows-from-document.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../store/schema.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { REPORTS } from '../../store/query/reports.js';
import { canonicalRecord, sampleDocument } from './sample-documents.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir();
const rowsOf = (doc: Document) => rowsFromDocument(doc, {
  path: doc.file, sha256: doc.sha256, size: doc.size ?? 0, importedAt: '2024-05-01T00:00:00.000Z', toolVersion: 'test',
});
const count = (db: Database.Database, table: string, where = '1') =>
  (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;

describe('SQLite store', () => {
  it('creates the schema once, writes in WAL mode and leaves one self-contained file at rest', () => {
    const path = join(tmp(), 'a.sqlite');
    openSqliteStore(path).close();
    const open = openSqliteStore(path);
    const peek = new Database(path, { readonly: true });
    expect(peek.pragma('journal_mode', { simple: true })).toBe('wal');
    peek.close();
    open.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").all() as { name: string }[]).map((r) => r.name);
    for (const t of ['documents', 'tables', 'funds', 'indicators', 'goals', 'findings', 'import_errors', 'projects', 'import_runs', 'v_indicators', 'v_tables', 'v_funds']) {
      expect(names).toContain(t);
    }
    db.close();
  });

  it('brings a database of the first schema up to date: the places columns are added', () => {
    const path = join(tmp(), 'v1.sqlite');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old.close();
    openSqliteStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    for (const t of ['tables', 'funds', 'indicators']) {
      expect((db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name), t).toContain('places');
    }
    db.close();
  });

  it('refuses a database written by a newer tool', () => {
    const path = join(tmp(), 'newer.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer/);
  });

  it('writes documents whose row counts are those of the records, and reads the records back', () => {
    const path = join(tmp(), 'b.sqlite');
    const store = openSqliteStore(path);
    const run = store.beginRun(['test']);
    const docs = Array.from({ length: 40 }, (_, i) => sampleDocument(1000 + i));
    for (const doc of docs) expect(store.putDocument(rowsOf(doc), run, false)).toBe('imported');
    store.close();

    const db = new Database(path, { readonly: true });
    const tables = docs.flatMap((d) => d.tables);
    expect(count(db, 'documents')).toBe(docs.length);
    expect(count(db, 'tables')).toBe(tables.length);
    expect(count(db, 'indicators')).toBe(tables.reduce((n, t) => n + t.indicators.length, 0));
    expect(count(db, 'funds')).toBe(tables.reduce((n, t) => n + t.funds.length, 0));
    expect(count(db, 'goals')).toBe(tables.reduce((n, t) => n + (t.goals.expected !== null ? 1 : 0) + (t.goals.actual !== null ? 1 : 0), 0));
    expect(count(db, 'findings')).toBe(docs.reduce((n, d) => n + (d.findings?.length ?? 0) + d.tables.reduce((m, t) => m + t.findings.length, 0), 0));
    expect(count(db, 'import_errors', 'document_id IS NOT NULL')).toBe(docs.reduce((n, d) => n + d.errors.length, 0));
    expect(count(db, 'v_indicators')).toBe(count(db, 'indicators'));
    db.close();

    const reader = openReadOnly(path);
    const back = [...readDocuments(reader)];
    reader.close();
    expect(back.map(canonicalRecord)).toEqual(docs.map(canonicalRecord));
  });

  it('skips a document already stored, replaces it on request once per run, and never duplicates rows', () => {
    const path = join(tmp(), 'c.sqlite');
    const store = openSqliteStore(path);
    const doc = sampleDocument(7);
    const first = store.beginRun([]);
    expect(store.putDocument(rowsOf(doc), first, false)).toBe('imported');
    expect(store.putDocument(rowsOf(doc), first, false)).toBe('skipped');
    expect(store.putDocument(rowsOf(doc), first, true)).toBe('skipped'); // same run: a second copy of the file
    const second = store.beginRun([]);
    expect(store.lookup(doc.sha256)).toMatchObject({ runId: first });
    expect(store.putDocument(rowsOf(doc), second, true)).toBe('replaced');
    expect(store.lookup(doc.sha256)).toMatchObject({ runId: second });
    store.close();
    const db = new Database(path);
    expect(count(db, 'documents')).toBe(1);
    expect(count(db, 'tables')).toBe(doc.tables.length);
    expect(count(db, 'indicators')).toBe(doc.tables.reduce((n, t) => n + t.indicators.length, 0));
    // the full-text indexes follow deletes: no entry points at a removed row
    const name = doc.tables.flatMap((t) => t.indicators).find((i) => i.name.length >= 3)!.name;
    const matches = db.prepare('SELECT count(*) AS n FROM indicators_fts WHERE indicators_fts MATCH ?').get(`"${name}"`) as { n: number };
    expect(matches.n).toBe(count(db, 'indicators', `instr(name, '${name}') OR instr(deviation, '${name}')`));
    expect(() => db.exec("INSERT INTO indicators_fts(indicators_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    expect(() => db.exec("INSERT INTO goals_fts(goals_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    db.close();
  });

  it('replaces the older version of a file stored under the same path with other content', () => {
    const path = join(tmp(), 'v.sqlite');
    const store = openSqliteStore(path);
    const run = store.beginRun([]);
    const v1 = sampleDocument(31, 'archive/a.txt');
    const v2 = { ...sampleDocument(32, 'archive/a.txt'), sha256: 'changed' };
    const other = sampleDocument(33, 'archive/b.txt');
    expect(store.putDocument(rowsOf(v1), run, false)).toBe('imported');
    expect(store.putDocument(rowsOf(other), run, false)).toBe('imported');
    expect(store.putDocument(rowsOf(v2), run, false)).toBe('replaced');
    store.close();
    const db = new Database(path, { readonly: true });
    const docs = db.prepare('SELECT path, sha256 FROM documents ORDER BY path').all();
    expect(docs).toEqual([{ path: 'archive/a.txt', sha256: 'changed' }, { path: 'archive/b.txt', sha256: other.sha256 }]);
    expect(count(db, 'tables')).toBe(v2.tables.length + other.tables.length);
    db.close();
  });

  it('writes nothing of a document whose write fails half-way', () => {
    const path = join(tmp(), 'd.sqlite');
    const store = openSqliteStore(path);
    const run = store.beginRun([]);
    const doc = sampleDocument(9);
    const rows = rowsOf(doc);
    const lastTable = rows.tables[rows.tables.length - 1]!;
    // the last row of the document violates a CHECK constraint: everything before it must roll back
    const broken = { ...rows, tables: [...rows.tables.slice(0, -1), { ...lastTable, findings: [...lastTable.findings, { code: 'X', severity: 'fatal', message: '', source_line: null, source_column: null, source_page: null, source_box: null }] }] };
    expect(() => store.putDocument(broken, run, false)).toThrow();
    expect(store.lookup(doc.sha256)).toBeNull();
    store.close();
    const db = new Database(path, { readonly: true });
    for (const t of ['documents', 'tables', 'funds', 'indicators', 'goals', 'findings', 'projects']) expect(count(db, t), t).toBe(0);
    db.close();
  });

  it('keeps one failure per file: a re-recorded or later imported file replaces its old failure', () => {
    const path = join(tmp(), 'e.sqlite');
    const store = openSqliteStore(path);
    const run = store.beginRun([]);
    const doc = sampleDocument(11);
    const failure = { path: doc.file, sha256: doc.sha256, errors: [{ code: 'NO_TABLE_FOUND', message: 'none' }], recordedAt: 'now' };
    store.putFailure(failure, run);
    store.putFailure(failure, run);
    store.putFailure({ path: 'other.txt', sha256: null, errors: [{ code: 'FILE_UNREADABLE', message: 'EACCES' }], recordedAt: 'now' }, run);
    const db = new Database(path, { readonly: true });
    expect(count(db, 'import_errors', 'document_id IS NULL')).toBe(2);
    store.putDocument(rowsOf(doc), run, false);
    expect(count(db, 'import_errors', 'document_id IS NULL')).toBe(1);
    db.close();
    store.close();
  });

  it('keeps the search index whole while it lags: rows not yet indexed are searched by scan, deleted safely, indexed on close', () => {
    const path = join(tmp(), 'lag.sqlite');
    const store = openSqliteStore(path);
    const run = store.beginRun([]);
    const docs = [51, 52, 53].map((seed) => sampleDocument(seed));
    for (const doc of docs) store.putDocument(rowsOf(doc), run, false);
    const second = store.beginRun([]);
    store.putDocument(rowsOf(docs[0]!), second, true); // replaced before it was ever indexed
    const name = docs[1]!.tables.flatMap((t) => t.indicators).find((i) => [...i.name].length >= 3)!.name;
    const expected = docs.flatMap((d) => d.tables).flatMap((t) => t.indicators).filter((i) => i.name.includes(name) || (i.deviation ?? '').includes(name)).length
      + docs.flatMap((d) => d.tables).flatMap((t) => [t.goals.expected, t.goals.actual]).filter((g) => g?.includes(name)).length;

    const peek = new Database(path, { readonly: true });
    const matched = () => (peek.prepare('SELECT count(*) AS n FROM indicators_fts WHERE indicators_fts MATCH ?').get(`"${name}"`) as { n: number }).n;
    expect(matched()).toBe(0); // fewer documents than one bulk update: not indexed yet
    const search = (): number => {
      const reader = openReadOnly(path);
      const q = REPORTS.search.build(name, 0);
      const n = [...reader.run(q.sql, q.params).rows].length;
      reader.close();
      return n;
    };
    expect(search()).toBe(expected);
    store.close();
    expect(matched()).toBeGreaterThan(0);
    expect(search()).toBe(expected);
    peek.close();
    const db = new Database(path);
    expect(() => db.exec("INSERT INTO indicators_fts(indicators_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    expect(() => db.exec("INSERT INTO goals_fts(goals_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    db.close();
  });

  it('links tables of one project across years and finds Chinese text with the trigram index', () => {
    const path = join(tmp(), 'f.sqlite');
    const store = openSqliteStore(path);
    const run = store.beginRun([]);
    const base = sampleDocument(21);
    const table = (year: number, project: string) => ({
      ...base.tables[0]!, year, project, implementer: '某区某街道社区服务中心',
      indicators: [{ ...base.tables[0]!.indicators[0] ?? sampleDocument(22).tables[0]!.indicators[0]!, name: `${year}年居民满意度调查完成率`, deviation: '因疫情原因，活动未开展' }],
    });
    const docs = [2019, 2020, 2021].map((year, i) => ({
      ...base, sha256: `sha-${year}`, file: `${year}.txt`,
      tables: [table(year, i === 1 ? `${year}年社区“微更新”经费` : '社区"微更新"经费'), table(year, '另一个项目')],
    }));
    for (const d of docs) store.putDocument(rowsOf(d), run, false);
    store.close();
    const db = new Database(path, { readonly: true });
    const linked = db.prepare("SELECT count(DISTINCT project_id) AS projects, count(*) AS tables FROM tables WHERE project LIKE '%微更新%'").get();
    expect(linked).toEqual({ projects: 1, tables: 3 });
    expect(count(db, 'projects')).toBe(2);
    const hits = db.prepare("SELECT count(*) AS n FROM indicators_fts WHERE indicators_fts MATCH '\"满意度调查\"'").get() as { n: number };
    expect(hits.n).toBe(count(db, 'indicators', "name LIKE '%满意度调查%'"));
    expect(hits.n).toBeGreaterThan(0);
    const deviation = db.prepare("SELECT count(*) AS n FROM indicators_fts WHERE indicators_fts MATCH '\"疫情原因\"'").get() as { n: number };
    expect(deviation.n).toBe(count(db, 'indicators'));
    db.close();
  });
});
