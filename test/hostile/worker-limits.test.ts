import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../schemas/record.js';
import type { Extractor } from '../../store/import/extract-result.js';
import { importArchive } from '../../store/import/import-archive.js';
import { createWorkerPool } from '../../store/import/worker-pool.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import Database from 'better-sqlite3';
import { useTmpDir } from '../store/tmp-dir.js';

const tmp = useTmpDir();

/** A worker that exhausts any heap on request, answers otherwise. */
const GREEDY_WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, file }) => {
  if (file.includes('greedy')) { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(file)); }
  parentPort.postMessage({ id, result: { kind: 'failed', errors: [{ code: 'ECHO', message: file }] } });
});
`;

describe('a file that exhausts memory costs only itself', () => {
  it('the worker over its heap limit is recorded as OUT_OF_MEMORY; the files after it are extracted', async () => {
    const url = join(tmp(), 'greedy-worker.mjs');
    writeFileSync(url, GREEDY_WORKER);
    const pool = createWorkerPool({ size: 1, workerUrl: pathToFileURL(url), resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 } });
    const results = await Promise.all(['a.txt', 'greedy.txt', 'b.txt'].map((f) => pool.extract(f, new Uint8Array(1))));
    await pool.close();
    expect(results.map((r) => (r.kind === 'failed' ? r.errors[0]!.code : r.kind))).toEqual(['ECHO', 'OUT_OF_MEMORY', 'ECHO']);
    expect(results[1]!.kind === 'failed' && results[1]!.errors[0]!.message).toMatch(/greedy\.txt/);
  });
});

describe('a document the store cannot write is a failure row; the batch goes on', () => {
  it('an amount of 2^63 分 (from a record no extractor limit caught) → STORE_REJECTED naming the file', async () => {
    const dir = tmp();
    for (const name of ['a-huge.txt', 'b-fine.txt']) writeFileSync(join(dir, name), name);
    const record = (file: string, executed: number): Document => ({
      file, sha256: file, format: 'text', encoding: 'utf-8', errors: [],
      tables: [{
        kind: 'project_self_eval', title: 't', year: 2022, project: 'p', department: 'd', implementer: 'i', unit: '元',
        funds: [{ item: '年度资金总额', initial_budget: null, annual_budget: null, executed, weight: null, rate: null, score: null }],
        goals: { expected: null, actual: null }, indicators: [], total: { weight: null, score: null }, findings: [],
        source: { file, line: 1, column: 1 },
      }],
    });
    // a stand-in extractor: the record the store must refuse, then a good one
    const extractor: Extractor = {
      extract: async (file) => ({ kind: 'document', document: record(file, file.includes('huge') ? 92233720368547758.08 : 100) }),
      close: async () => {},
    };
    const db = join(dir, 'x.sqlite');
    const store = openSqliteStore(db);
    const summary = await importArchive([dir], store, extractor, { force: false, window: 2 });
    store.close();
    expect(summary).toMatchObject({ imported: 1, failed: 1 });
    expect(summary.failures[0]).toMatchObject({ path: join(dir, 'a-huge.txt'), code: 'STORE_REJECTED' });
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare('SELECT path, code FROM import_errors').all()).toEqual([{ path: join(dir, 'a-huge.txt'), code: 'STORE_REJECTED' }]);
    // nothing of the refused document was written (its transaction rolled back)
    expect(conn.prepare('SELECT path FROM documents').all()).toEqual([{ path: join(dir, 'b-fine.txt') }]);
    conn.close();
  });
});
