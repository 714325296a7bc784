import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { SqlValue } from './rows.js';
import { StoreError } from './store-error.js';

type Params = Readonly<Record<string, SqlValue>> | readonly SqlValue[];

export interface QueryResult {
  readonly columns: readonly string[];
  /** rows stream from SQLite one at a time: exports never hold a whole table */
  readonly rows: IterableIterator<SqlValue[]>;
}

/** A connection for query and export that cannot change the database. */
export interface ReadOnlyDb {
  run(sql: string, params?: Params): QueryResult;
  /** all rows as objects: for small, bounded reads (one document's tables) */
  all<Row = Record<string, SqlValue>>(sql: string, params?: Params): Row[];
  close(): void;
}

export function openReadOnly(path: string): ReadOnlyDb {
  if (!existsSync(path)) throw new StoreError('DB_NOT_FOUND', `${path}: no such database (create one with jixiao import)`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  // belt and braces: the connection is opened read-only and also refuses writes per statement
  db.pragma('query_only = ON');
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (!statement.reader || !statement.readonly) {
        throw new StoreError('SQL_WRITE_REFUSED', 'only statements that read and return rows are allowed (SELECT, WITH, read-only PRAGMA)');
      }
      cache.set(sql, statement);
    }
    return statement;
  };
  return {
    all: <Row>(sql: string, params: Params = []) => prepare(sql).raw(false).all(params as never) as Row[],
    run(sql, params = []) {
      const statement = prepare(sql);
      statement.raw(true);
      const columns = statement.columns().map((c) => c.name);
      const rows = statement.iterate(params as never) as IterableIterator<SqlValue[]>;
      return { columns, rows };
    },
    close: () => db.close(),
  };
}
