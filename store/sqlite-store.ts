import Database from 'better-sqlite3';
import { migrate } from './migrate.js';
import type { DocumentRow, DocumentRows, FindingRow, FundsRowColumns, GoalRow, IndicatorRow, ProjectRow, TableRow } from './rows.js';
import type { FailedFile, PutOutcome, RunCounts, Store, StoredDocument } from './store.js';
import { toolVersion } from './tool-version.js';
import { StoreError } from './store-error.js';

/** Every column of a row type, listed once: the compiler rejects a missing or unknown one. */
type Columns<Row> = Record<keyof Row, true>;

const DOCUMENT: Columns<DocumentRow> = {
  sha256: true, path: true, format: true, encoding: true, size: true, imported_at: true,
  tool_version: true, table_count: true, indicator_count: true,
};
const TABLE: Columns<TableRow> = {
  ordinal: true, kind: true, title: true, year: true, project: true, department: true,
  implementer: true, region: true, period: true, start_date: true, end_date: true, money_unit: true,
  total_weight: true, total_score: true, level1_weights: true, funds_count: true, indicator_count: true,
  source_line: true, source_column: true, source_end_line: true, source_page: true, places: true,
};
const SOURCE = { source_line: true, source_column: true, source_page: true, source_box: true } as const;
const FUNDS: Columns<FundsRowColumns> = {
  ordinal: true, item: true, initial_budget_fen: true, annual_budget_fen: true, executed_fen: true,
  weight: true, rate: true, score: true, places: true, ...SOURCE,
};
const INDICATOR: Columns<IndicatorRow> = {
  ordinal: true, level1: true, level1_printed: true, level2: true, name: true,
  target: true, target_comparator: true, target_value: true, target_value_max: true, target_unit: true,
  actual: true, actual_comparator: true, actual_value: true, actual_value_max: true, actual_unit: true,
  weight: true, score: true, deviation: true, level_evidence: true, places: true, ...SOURCE,
};
const GOAL: Columns<GoalRow> = { which: true, text: true };
const FINDING: Columns<FindingRow> = { code: true, severity: true, message: true, ...SOURCE };
const PROJECT: Columns<ProjectRow> = { unit_key: true, project_key: true, unit: true, project: true };

const insertSql = (table: string, columns: object, links: readonly string[] = []): string => {
  const names = [...links, ...Object.keys(columns)];
  return `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`;
};

export interface SqliteStoreOptions {
  /** milliseconds to wait for another writer before failing */
  readonly busyTimeoutMs?: number;
}

/** Opens (creating and migrating if needed) the database file for writing. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = new Database(path);
  try {
    // first: every later statement may meet another process's lock (two imports started together)
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    refuseCorrupt(db, path);
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a commit survives a killed process; only a power cut may lose the last ones
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // a bulk writer: an 8 MiB page cache and a 64 MiB WAL between checkpoints (pages rewritten
    // by later documents are copied to the database once, not once per 4 MiB)
    db.pragma('cache_size = -8192');
    db.pragma('wal_autocheckpoint = 16384');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const store = new SqliteStore(db);
  // a run that was killed may have left documents the search index has not caught up with
  store.syncSearchIndex();
  return store;
}

/**
 * `PRAGMA quick_check` before anything is written: a damaged database (or a file that is no
 * database) is refused with DB_CORRUPT instead of being written into. Its cost grows with the
 * database (measured: 136 ms for 80 MB already in the page cache, ~1.7 s per GB; more from a cold
 * disk); a new, empty file costs nothing.
 */
function refuseCorrupt(db: Database.Database, path: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check).filter((r) => r !== 'ok');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') problems = [(error as Error).message];
    else throw error;
  }
  if (problems.length > 0) {
    throw new StoreError('DB_CORRUPT', `${path}: the database is damaged (${problems.join('; ')}); restore a copy or import into a new file`);
  }
}

/** Documents written between two bulk updates of the search index (or fewer, after SEARCH_SYNC_MS). */
const SEARCH_SYNC_DOCUMENTS = 250;
const SEARCH_SYNC_MS = 2000;

class SqliteStore implements Store {
  private readonly version = toolVersion();
  private readonly sql;
  private readonly writeDocument;
  private unindexed = 0;
  private lastSearchSync = performance.now();

  constructor(private readonly db: Database.Database) {
    this.sql = {
      lookup: db.prepare<[string], { id: number; run_id: number | null }>('SELECT id, run_id FROM documents WHERE sha256 = ?'),
      deleteDocument: db.prepare<[number]>('DELETE FROM documents WHERE id = ?'),
      deleteOtherVersions: db.prepare<[string, string]>('DELETE FROM documents WHERE path = ? AND sha256 <> ?'),
      insertDocument: db.prepare(insertSql('documents', DOCUMENT, ['run_id'])),
      findProject: db.prepare<[string, string], { id: number }>('SELECT id FROM projects WHERE unit_key = ? AND project_key = ?'),
      insertProject: db.prepare(insertSql('projects', PROJECT)),
      insertTable: db.prepare(insertSql('tables', TABLE, ['document_id', 'project_id'])),
      insertFunds: db.prepare(insertSql('funds', FUNDS, ['table_id'])),
      insertIndicator: db.prepare(insertSql('indicators', INDICATOR, ['table_id'])),
      insertGoal: db.prepare(insertSql('goals', GOAL, ['table_id'])),
      insertFinding: db.prepare(insertSql('findings', FINDING, ['document_id', 'table_id'])),
      insertError: db.prepare('INSERT INTO import_errors (run_id, document_id, path, sha256, code, message, recorded_at) VALUES (@run_id, @document_id, @path, @sha256, @code, @message, @recorded_at)'),
      // an earlier failure is stale once the same path or the same content is recorded again
      clearFailures: db.prepare<{ path: string; sha256: string | null }>('DELETE FROM import_errors WHERE document_id IS NULL AND (path = @path OR sha256 = @sha256)'),
      beginRun: db.prepare('INSERT INTO import_runs (started_at, tool_version, arguments) VALUES (?, ?, ?)'),
      finishRun: db.prepare('UPDATE import_runs SET finished_at = @finished_at, imported = @imported, skipped = @skipped, failed = @failed WHERE id = @id'),
      indexIndicators: db.prepare(`INSERT INTO indicators_fts (rowid, name, deviation)
        SELECT id, name, deviation FROM indicators WHERE id > (SELECT indexed_upto FROM search_progress WHERE source = 'indicators')`),
      indexGoals: db.prepare(`INSERT INTO goals_fts (rowid, text)
        SELECT id, text FROM goals WHERE id > (SELECT indexed_upto FROM search_progress WHERE source = 'goals')`),
      markIndexed: db.prepare(`UPDATE search_progress SET indexed_upto = max(indexed_upto,
        coalesce((SELECT seq FROM sqlite_sequence WHERE name = search_progress.source), 0))`),
    };
    this.writeDocument = db.transaction((rows: DocumentRows, runId: number, replace: boolean) => this.writeRows(rows, runId, replace));
  }

  beginRun(args: readonly string[]): number {
    return Number(this.sql.beginRun.run(new Date().toISOString(), this.version, JSON.stringify(args)).lastInsertRowid);
  }

  finishRun(runId: number, counts: RunCounts): void {
    this.sql.finishRun.run({ id: runId, finished_at: new Date().toISOString(), ...counts });
  }

  lookup(sha256: string): StoredDocument | null {
    const row = this.sql.lookup.get(sha256);
    return row ? { documentId: row.id, runId: row.run_id } : null;
  }

  putDocument(rows: DocumentRows, runId: number, replace: boolean): PutOutcome {
    // IMMEDIATE: take the write lock before reading, so the sha256 check cannot race another writer
    const outcome = this.writeDocument.immediate(rows, runId, replace);
    if (outcome !== 'skipped' && ++this.unindexed >= SEARCH_SYNC_DOCUMENTS) this.syncSearchIndex();
    else if (this.unindexed > 0 && performance.now() - this.lastSearchSync > SEARCH_SYNC_MS) this.syncSearchIndex();
    return outcome;
  }

  /** One document, one transaction (wrapped by better-sqlite3 in the constructor). */
  private writeRows(rows: DocumentRows, runId: number, replace: boolean): PutOutcome {
    const existing = this.sql.lookup.get(rows.document.sha256);
    if (existing && (!replace || existing.run_id === runId)) return 'skipped';
    if (existing) this.sql.deleteDocument.run(existing.id);
    // the same file with other content is an older version of it: the new one replaces it
    const older = this.sql.deleteOtherVersions.run(rows.document.path, rows.document.sha256).changes > 0;
    const documentId = Number(this.sql.insertDocument.run({ ...rows.document, run_id: runId }).lastInsertRowid);
    this.sql.clearFailures.run({ path: rows.document.path, sha256: rows.document.sha256 });
    for (const t of rows.tables) {
      const tableId = Number(this.sql.insertTable.run({
        ...t.table, document_id: documentId, project_id: t.project && this.projectId(t.project),
      }).lastInsertRowid);
      for (const row of t.funds) this.sql.insertFunds.run({ ...row, table_id: tableId });
      for (const row of t.indicators) this.sql.insertIndicator.run({ ...row, table_id: tableId });
      for (const row of t.goals) this.sql.insertGoal.run({ ...row, table_id: tableId });
      for (const row of t.findings) this.sql.insertFinding.run({ ...row, document_id: documentId, table_id: tableId });
    }
    for (const row of rows.findings) this.sql.insertFinding.run({ ...row, document_id: documentId, table_id: null });
    for (const e of rows.errors) {
      this.sql.insertError.run({
        ...e, run_id: runId, document_id: documentId, path: rows.document.path,
        sha256: rows.document.sha256, recorded_at: rows.document.imported_at,
      });
    }
    return existing || older ? 'replaced' : 'imported';
  }

  /** Adds the rows written since the last call to the full-text indexes, in one transaction. */
  syncSearchIndex(): void {
    this.db.transaction(() => {
      this.sql.indexIndicators.run();
      this.sql.indexGoals.run();
      this.sql.markIndexed.run();
    }).immediate();
    this.unindexed = 0;
    this.lastSearchSync = performance.now();
  }

  putFailure(failure: FailedFile, runId: number): void {
    this.db.transaction(() => {
      this.sql.clearFailures.run({ path: failure.path, sha256: failure.sha256 });
      for (const e of failure.errors) {
        this.sql.insertError.run({
          run_id: runId, document_id: null, path: failure.path, sha256: failure.sha256,
          code: e.code, message: e.message, recorded_at: failure.recordedAt,
        });
      }
    }).immediate();
  }

  close(): void {
    this.syncSearchIndex();
    // WAL while importing; a single self-contained file at rest, so read-only clients (query,
    // export, DB Browser, DuckDB) need not create -wal/-shm files beside it
    try {
      this.db.pragma('journal_mode = DELETE');
    } catch {
      // another connection is reading: the file stays in WAL mode, which is just as valid
    }
    this.db.close();
  }

  private projectId(project: ProjectRow): number {
    const found = this.sql.findProject.get(project.unit_key, project.project_key);
    return found ? found.id : Number(this.sql.insertProject.run(project).lastInsertRowid);
  }
}
