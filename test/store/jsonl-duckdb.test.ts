import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeGeneratedArchive } from './archive.js';
import { cli, ROOT } from './cli.js';
import { seedInputs } from './sample-documents.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir('all');
let dir: string;
let db: string;

/** The README's DuckDB recipe (the ```duckdb block), statement by statement. */
const readmeDuckdb = (): string[] => {
  const block = /```duckdb\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  expect(block, 'README has a ```duckdb block').not.toBeNull();
  return block![1]!.split(/;\s*\n/).map((s) => s.trim()).filter((s) => s.replace(/--.*$/gm, '').trim() !== '');
};

describe('the JSONL export loads into DuckDB as the README shows', () => {
  beforeAll(() => {
    dir = tmp();
    db = join(dir, 'db.sqlite');
    const r = cli(['import', ...seedInputs(), ...writeGeneratedArchive(join(dir, 'a'), 10), '--db', db, '--jobs', '0']);
    expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
    expect(cli(['export', '--format', 'jsonl', '--db', db, '--out', join(dir, 'jixiao.jsonl')]).status).toBe(0);
  }, 120_000);

  it('every statement runs; documents, indicators and amounts add up to the SQLite store', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const duck = await instance.connect();
    const results: Record<string, unknown>[][] = [];
    for (const sql of readmeDuckdb()) {
      const reader = await duck.runAndReadAll(sql.replaceAll("'jixiao.jsonl'", `'${join(dir, 'jixiao.jsonl')}'`));
      results.push(reader.getRowObjectsJson() as Record<string, unknown>[]);
    }
    const one = async (sql: string) => Object.values((await duck.runAndReadAll(sql)).getRowObjectsJson()[0]!)[0];
    const sqlite = new Database(db, { readonly: true });
    const count = (sql: string) => Object.values(sqlite.prepare(sql).get() as object)[0];
    expect(Number(await one('SELECT count(*) FROM documents'))).toBe(count('SELECT count(*) FROM documents'));
    expect(Number(await one('SELECT count(*) FROM indicators'))).toBe(count('SELECT count(*) FROM indicators'));
    expect(Number(await one('SELECT round(sum(executed), 2) FROM funds'))).toBeCloseTo(Number(count('SELECT sum(executed_fen) / 100.0 FROM funds')), 2);
    sqlite.close();
    expect(results.at(-1)!.length).toBeGreaterThan(0);
    duck.closeSync();
    instance.closeSync();
  });
});
