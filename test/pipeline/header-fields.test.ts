import { describe, expect, it } from 'vitest';
import { parseHeaderFields } from '../../pipeline/header-fields.js';
import type { NCell, NRow } from '../../pipeline/norm-cell.js';

const cell = (raw: string, index: number, column: number): NCell =>
  ({ text: raw.replace(/\s+/g, ''), raw, index, line: 1, column, rowSpan: 1, colSpan: 1, notes: [] });
const row = (...cells: NCell[]): NRow => ({ line: 1, text: '', layout: 'space', cells, all: cells });

describe('parseHeaderFields', () => {
  it('splits a label glued to its value by one space, the value placed where it is printed', () => {
    const f = parseHeaderFields([row(cell('街镇名称 江桥镇', 0, 1), cell('下属单位个数', 1, 50), cell('3', 2, 64))]);
    expect(f.region).toMatchObject({ text: '江桥镇', column: 6 });
  });
  it('takes 所属部门 for the department over 单位名称, whichever comes first', () => {
    const f = parseHeaderFields([
      row(cell('单位名称', 0, 1), cell('某街道社区服务中心', 1, 10)),
      row(cell('所属部门', 0, 1), cell('某街道办事处', 1, 10)),
    ]);
    expect(f.department?.text).toBe('某街道办事处');
  });
  it('keeps a value that merely starts with a label word', () => {
    const f = parseHeaderFields([row(cell('项目名称', 0, 1), cell('实施单位 改造工程', 1, 10))]);
    expect(f.project?.text).toBe('实施单位改造工程');
  });
});
