import { describe, expect, it } from 'vitest';
import type { Block, BlockCell, TableBlock } from '../../extractors/pdf/blocks.js';
import { joinContinuedTables, repeatedHeaderRows, sameColumns } from '../../extractors/pdf/join-pages.js';

const XS = [0, 100, 200, 300];
const cell = (text: string, c: number, opts: Partial<BlockCell> = {}): BlockCell =>
  ({ text, x0: XS[c]!, x1: XS[c + 1]!, rowSpan: 1, page: 1, box: [0, 0, 1, 1], ...opts });
const table = (page: number, rows: BlockCell[][], xs = XS): TableBlock =>
  ({ kind: 'table', page, box: { x0: xs[0]!, x1: xs[xs.length - 1]!, y0: 0, y1: 100 }, xs, rows, rowPages: rows.map(() => page), ruled: true });
const line = (page: number, text: string): Block => ({ kind: 'line', page, box: { x0: 0, x1: 100, y0: 0, y1: 10 }, text, size: 10, userBox: [0, 0, 1, 1] });
const header = [cell('三级指标', 0), cell('分值', 1), cell('得分', 2)];

describe('joinContinuedTables', () => {
  it('joins a table ending a page with the same-column table starting the next, dropping the repeated header', () => {
    const p1 = [line(1, '财政项目支出绩效自评表'), table(1, [header, [cell('甲', 0), cell('5', 1), cell('5', 2)]])];
    const p2 = [table(2, [header, [cell('乙', 0), cell('10', 1), cell('9', 2)]]), line(2, '备注')];
    const out = joinContinuedTables([p1, p2]);
    expect(out.map((b) => b.kind)).toEqual(['line', 'table', 'line']);
    const t = out[1] as TableBlock;
    expect(t.rows.map((r) => r[0]!.text)).toEqual(['三级指标', '甲', '乙']);
    expect(t.rowPages).toEqual([1, 1, 2]);
  });

  it('does not join when a title starts the next page, or the columns differ', () => {
    const t1 = table(1, [header]);
    expect(joinContinuedTables([[t1], [line(2, '财政项目支出绩效自评表'), table(2, [header])]]).filter((b) => b.kind === 'table')).toHaveLength(2);
    expect(joinContinuedTables([[t1], [table(2, [header], [0, 150, 300])]]).filter((b) => b.kind === 'table')).toHaveLength(2);
  });

  it('joins over a page the table fills completely', () => {
    const out = joinContinuedTables([[table(1, [header])], [table(2, [[cell('a', 0), cell('1', 1), cell('1', 2)]])], [table(3, [[cell('b', 0), cell('2', 1), cell('2', 2)]])]]);
    expect(out).toHaveLength(1);
    expect((out[0] as TableBlock).rowPages).toEqual([1, 2, 3]);
  });

  it('mends a merged cell cut by the page break: borders missing on both sides, text split over both', () => {
    const a = table(1, [[cell('项目资', 0, { rowSpan: 2, openBottom: true }), cell('x', 1), cell('y', 2)], [cell('z', 1), cell('w', 2)]]);
    const b = table(2, [[cell('金(万元)', 0, { rowSpan: 1, openTop: true }), cell('u', 1), cell('v', 2)]]);
    const t = joinContinuedTables([[a], [b]])[0] as TableBlock;
    expect(t.rows[0]![0]).toMatchObject({ text: '项目资金(万元)', rowSpan: 3 });
    expect(t.rows[2]!.map((c) => c.text)).toEqual(['u', 'v']);
  });

  it('keeps two cells apart when the border between them is drawn', () => {
    const a = table(1, [[cell('产出指标', 0, { rowSpan: 2, openBottom: false }), cell('x', 1), cell('y', 2)], [cell('z', 1), cell('w', 2)]]);
    const b = table(2, [[cell('', 0, { rowSpan: 3, openTop: false }), cell('u', 1), cell('v', 2)]]);
    const t = joinContinuedTables([[a], [b]])[0] as TableBlock;
    expect(t.rows[0]![0]!.rowSpan).toBe(2);
    expect(t.rows[2]).toHaveLength(3);
  });
});

describe('helpers', () => {
  it('sameColumns tolerates a few points and a boundary missing on one page', () => {
    expect(sameColumns(table(1, []), table(2, [], [1, 102, 198, 301]))).toBe(true);
    expect(sameColumns(table(1, []), table(2, [], [0, 100, 300]))).toBe(true);
    expect(sameColumns(table(1, []), table(2, [], [0, 100, 200, 400]))).toBe(false);
  });
  it('repeatedHeaderRows needs label-like rows found in the first part', () => {
    expect(repeatedHeaderRows(table(1, [header, [cell('甲', 0)]]), table(2, [header, [cell('乙', 0)]]))).toBe(1);
    const numbers = [cell('', 0), cell('5', 1), cell('', 2)];
    expect(repeatedHeaderRows(table(1, [numbers]), table(2, [numbers, [cell('乙', 0)]]))).toBe(0);
  });
});
