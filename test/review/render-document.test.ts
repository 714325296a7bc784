import { describe, expect, it } from 'vitest';
import type { Correction } from '../../store/corrections.js';
import { renderDocumentPage } from '../../review/render-document.js';
import { displayRect } from '../../review/review-source.js';
import { tableViews } from '../../review/value-views.js';
import { document, fundsRow, indicator, table } from './make-record.js';

const correction = (over: Partial<Correction>): Correction => ({
  document_sha256: 'f'.repeat(64), table_ordinal: 1, entity: 'indicator', row_name: '合格率', row_occurrence: 1, row_ordinal: 2,
  field: 'score', old_value: 10, new_value: 7.5, reason: '核对原件', reviewer: '甲', corrected_at: '2026-01-02T03:04:05.000Z', ...over,
});

describe('review page model', () => {
  const doc = document('/a/x.txt', 'f'.repeat(64), [table('甲项目', {
    funds: [fundsRow('年度资金总额', { executed: 90000 })],
    indicators: [
      indicator('培训人数', { source: { file: 'x', line: 10, column: 5 } }),
      // a per-value place (as the record will carry) wins over the row's
      { ...indicator('合格率', { source: { file: 'x', line: 11, column: 5 } }), places: { score: { file: 'x', line: 11, column: 40 } } } as never,
    ],
  })]);

  it('shows corrected values with the printed one kept, amounts from 分 back to 元, and prefers a value\'s own place', () => {
    const [view] = tableViews(doc, [correction({}), correction({ entity: 'funds', row_name: '年度资金总额', field: 'executed_fen', old_value: 9000000, new_value: 1234567 })], new Map());
    const score = view!.indicators[1]!.find((v) => v.label === '得分')!;
    expect(score).toMatchObject({ text: '7.5', input: '7.5', corrected: { extracted: '10', reason: '核对原件', reviewer: '甲' } });
    expect(score.place).toEqual({ file: 'x', line: 11, column: 40 });
    expect(score.key).toEqual({ table_ordinal: 1, entity: 'indicator', row_name: '合格率', row_occurrence: 1, field: 'score' });
    expect(view!.indicators[1]!.find((v) => v.label === '实际完成值')!.place).toEqual({ file: 'x', line: 11, column: 5 });
    const executed = view!.funds[0]!.find((v) => v.label === '全年执行数')!;
    expect(executed).toMatchObject({ text: '12345.67', corrected: { extracted: '90000' } });
    expect(view!.indicators[0]!.every((v) => v.corrected === null)).toBe(true);
  });

  it('marks each placed value on its line in the text original, findings in red with their message, markup escaped', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`);
    lines[9] = '    培训人数    ≥90%    95%';
    const withFinding = { ...doc, tables: [{ ...doc.tables[0]!, title: '<script>alert(1)</script>', findings: [{ code: 'SCORE_EXCEEDS_WEIGHT', severity: 'warning' as const, message: '得分 > 分值', source: { file: 'x', line: 10, column: 5 } }] }] };
    const html = renderDocumentPage({ id: 'x', document: withFinding, original: { kind: 'text', lines }, corrections: [], verified: new Map() }, { served: false });
    expect(html).toMatch(/<div class="line" id="L10"><span class="no">10<\/span><span> {4}<mark data-p="(p\d+)" class="finding" title="SCORE_EXCEEDS_WEIGHT：得分 &gt; 分值">培训人数<\/mark>/);
    const p = /id="L10".*?data-p="(p\d+)"/.exec(html)![1];
    expect(html).toContain(`<span class="v" tabindex="0" data-p="${p}"`);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('id="editor"'); // the correction form only when served
  });

  it('turns a PDF user-space box into a displayed rectangle, also on a rotated page', () => {
    // A4 portrait at scale 1: y flips
    expect(displayRect([100, 700, 200, 720], [1, 0, 0, -1, 0, 842])).toEqual([100, 122, 100, 20]);
    // /Rotate 90: x' = y, y' = x
    expect(displayRect([100, 700, 200, 720], [0, 1, 1, 0, 0, 0])).toEqual([700, 100, 20, 100]);
  });
});
