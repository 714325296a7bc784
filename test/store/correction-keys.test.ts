import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../schemas/record.js';
import { CorrectionsDb } from '../../store/corrections.js';
import { rowsFromDocument } from '../../store/rows-from-document.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { document, fundsRow, indicator, table } from '../review/make-record.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir();

function storeDocuments(path: string, docs: Document[], replace = false): void {
  const store = openSqliteStore(path);
  const run = store.beginRun(['test']);
  for (const d of docs) {
    store.putDocument(rowsFromDocument(d, { path: d.file, sha256: d.sha256, size: 1, importedAt: '2024-01-01T00:00:00.000Z', toolVersion: 'test' }), run, replace);
  }
  store.close();
}

const rows = (path: string, sql: string) => {
  const db = new Database(path, { readonly: true });
  try { return db.prepare(sql).all(); } finally { db.close(); }
};

describe('correction keys', () => {
  // a table with two rows of the same name (满意度 twice) and a funds total carrying the funds weight/score
  const doc = document('/archive/a.txt', 'a'.repeat(64), [table('甲项目', {
    funds: [fundsRow('年度资金总额', { weight: 10, score: 9 }), fundsRow('其中：财政拨款', { weight: null, score: null })],
    indicators: [indicator('满意度', { score: 5 }), indicator('培训人数', { score: 10 }), indicator('满意度', { score: 6 })],
  })]);

  it('names the second row of a repeated name by its occurrence, and keeps naming it after a re-import reorders the ids', () => {
    const path = join(tmp(), 'keys.sqlite');
    storeDocuments(path, [doc]);
    const c = CorrectionsDb.open(path);
    const base = { document_sha256: doc.sha256, table_ordinal: 1, reason: '核对原件' };
    c.correct({ ...base, entity: 'indicator', row_name: '满意度', row_occurrence: 2, field: 'score', value: '4' });
    c.correct({ ...base, entity: 'funds', row_name: '年度资金总额', row_occurrence: 1, field: 'score', value: '8' });
    c.close();
    const check = () => {
      expect(rows(path, 'SELECT name, score, corrected FROM v_indicators ORDER BY ordinal')).toEqual([
        { name: '满意度', score: 5, corrected: null },
        { name: '培训人数', score: 10, corrected: null },
        { name: '满意度', score: 4, corrected: 'score' },
      ]);
      // the table's sums follow the corrected values: 5 + 10 + 4 indicators, 8 on the funds line
      expect(rows(path, 'SELECT indicators_score, indicators_weight, funds_score, funds_weight, corrections FROM v_tables')).toEqual([
        { indicators_score: 19, indicators_weight: 30, funds_score: 8, funds_weight: 10, corrections: 2 },
      ]);
    };
    check();
    storeDocuments(path, [doc], true); // import --force: every row deleted and written again
    check();
    const c3 = CorrectionsDb.open(path);
    expect(c3.export().corrections.map((k) => c3.applies(k))).toEqual([true, true]);
    c3.close();
  });

  it('finds corrected rows from the corrections, never by scanning every row (query plan)', () => {
    const path = join(tmp(), 'plan.sqlite');
    storeDocuments(path, [doc]);
    for (const view of ['v_indicator_corrections', 'v_funds_corrections', 'v_table_corrections']) {
      const plan = (rows(path, `EXPLAIN QUERY PLAN SELECT * FROM ${view}`) as { detail: string }[]).map((r) => r.detail);
      expect(plan, view).toContain('SCAN c');
      expect(plan.filter((d) => /^SCAN (r|t|d)\b/.test(d)), view).toEqual([]);
    }
  });

  it('leaves a document with other content alone (the key is the content hash, not the path)', () => {
    const path = join(tmp(), 'content.sqlite');
    storeDocuments(path, [doc]);
    const c = CorrectionsDb.open(path);
    c.correct({ document_sha256: doc.sha256, table_ordinal: 1, entity: 'table', row_name: '', row_occurrence: 1, field: 'total_score', value: '90', reason: '总分' });
    c.close();
    expect(rows(path, 'SELECT total_score, corrected FROM v_tables')).toEqual([{ total_score: 90, corrected: 'total_score' }]);
    // a new version of the file replaces the old one: the correction no longer applies, and stays in the trail
    storeDocuments(path, [{ ...doc, sha256: 'b'.repeat(64) }]);
    expect(rows(path, 'SELECT total_score, corrected FROM v_tables')).toEqual([{ total_score: 95, corrected: null }]);
    expect(rows(path, 'SELECT count(*) AS n FROM corrections')).toEqual([{ n: 1 }]);
    const c2 = CorrectionsDb.open(path);
    expect(c2.applies(c2.export().corrections[0]!)).toBe(false);
    c2.close();
  });
});
