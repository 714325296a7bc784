import { describe, expect, it } from 'vitest';
import { alignByKey } from '../../review/align.js';
import { comparableDocument, diffDocuments } from '../../review/diff-documents.js';
import { formatDiff } from '../../review/format-diff.js';
import { document, indicator, table } from './make-record.js';

describe('alignByKey', () => {
  it('matches equal keys in order and pairs what is left between them by position', () => {
    const pairs = alignByKey(['a', 'b', 'x', 'c'], ['a', 'y', 'c', 'd'], ['a', 'b', 'x', 'c'], ['a', 'y', 'c', 'd']);
    expect(pairs.map((p) => (p.kind === 'both' ? `${p.a}=${p.b}` : p.kind === 'added' ? `+${p.b}` : `-${p.a}`)))
      .toEqual(['a=a', 'b=y', '-x', 'c=c', '+d']);
  });
});

describe('diffDocuments', () => {
  const a = [document('/x/one.txt', 's1', [table('甲项目'), table('乙项目'), table('丙项目')]), document('/x/two.txt', 's2', [table('丁项目')])];

  it('finds no difference between a record and a deep copy of it, whatever the paths and places', () => {
    const b = structuredClone(a).map((d) => ({ ...d, file: d.file.replace('/x/', '/elsewhere/'), tables: d.tables.map((t) => ({ ...t, source: { file: 'moved', line: 99, column: 1 } })) }));
    const diff = diffDocuments(a, b);
    expect(diff.equal).toBe(true);
    expect(diff.documents).toEqual([]);
    expect(formatDiff(diff)).toMatch(/^equal: 2 documents/);
  });

  it('reports a removed table without shifting the tables after it, and the changed field with both values', () => {
    const b = structuredClone(a);
    b[0]!.tables.splice(1, 1); // 乙 removed: 丙 must still be compared with 丙
    b[0]!.tables[1]!.indicators[1] = indicator('合格率', { score: 7.5 });
    b[0]!.tables[1]!.total = { weight: 100, score: 92.5 };
    const diff = diffDocuments(a, b);
    expect(diff.equal).toBe(false);
    expect(diff.counts).toMatchObject({ documentsChanged: 1, tablesRemoved: 1, tablesChanged: 1, indicatorsChanged: 1 });
    const doc = diff.documents[0]!;
    expect(doc.kind).toBe('changed');
    if (doc.kind !== 'changed') return;
    expect(doc.tables).toEqual([
      { kind: 'removed', position: 2, label: { kind: 'project_self_eval', year: 2023, name: '乙项目' } },
      expect.objectContaining({
        kind: 'changed', positionA: 3, positionB: 2,
        fields: [{ field: 'total.score', a: 95, b: 92.5 }],
        indicators: [{ kind: 'changed', key: '合格率', position: 2, fields: [{ field: 'score', a: 10, b: 7.5 }] }],
      }),
    ]);
    const text = formatDiff(diff);
    expect(text).toContain('- table 2 project_self_eval 2023 乙项目');
    expect(text).toContain('~ table 3 → 2 project_self_eval 2023 丙项目');
    expect(text).toContain('score: 10 → 7.5');
  });

  it('matches indicators by name, so an inserted row is added and the rows after it are unchanged', () => {
    const b = structuredClone(a);
    b[1]!.tables[0]!.indicators.splice(1, 0, indicator('新增指标'));
    b[1]!.tables[0]!.indicators[0]!.target = '≥80%';
    const diff = diffDocuments(a, b);
    const doc = diff.documents[0]!;
    if (doc.kind !== 'changed') throw new Error('expected a changed document');
    const t = doc.tables[0]!;
    if (t.kind !== 'changed') throw new Error('expected a changed table');
    expect(t.indicators).toEqual([
      { kind: 'changed', key: '培训人数', position: 1, fields: [{ field: 'target', a: '≥90%', b: '≥80%' }] },
      { kind: 'added', key: '新增指标', position: 2 },
    ]);
  });

  it('matches documents by sha256, then by path, and reports files only on one side', () => {
    const b = [
      document('/x/one.txt', 's1-new-content', a[0]!.tables), // same path, new content: matched by path
      document('/x/three.txt', 's3', [table('戊项目')]),
    ];
    const diff = diffDocuments(a, b);
    expect(diff.documents.map((d) => `${d.kind} ${d.file}`)).toEqual(['added /x/three.txt', 'removed /x/two.txt']);
    expect(diff.counts).toMatchObject({ documentsAdded: 1, documentsRemoved: 1, documentsChanged: 0 });
  });

  it('gives the same diff on the comparable projection the CLI holds in memory', () => {
    const b = structuredClone(a);
    b[0]!.tables.splice(1, 1);
    b[1]!.tables[0]!.indicators[2]!.actual = '90%';
    b[1]!.tables[0]!.funds[0]!.executed = 1;
    expect(diffDocuments(a.map(comparableDocument), b.map(comparableDocument))).toEqual(diffDocuments(a, b));
    expect(JSON.stringify(comparableDocument(a[0]!))).not.toMatch(/"line":\d/);
  });

  it('reports findings that appear or disappear', () => {
    const b = structuredClone(a);
    b[1]!.tables[0]!.findings.push({ code: 'SCORE_SUM_MISMATCH', severity: 'warning', message: '总分 95 ≠ 90', source: null });
    const doc = diffDocuments(a, b).documents[0]!;
    expect(doc.kind === 'changed' && doc.tables[0]!.kind === 'changed' && doc.tables[0]!.findings).toEqual({ added: ['SCORE_SUM_MISMATCH: 总分 95 ≠ 90'], removed: [] });
  });
});
