import { describe, expect, it } from 'vitest';
import type { Block } from '../../extractors/pdf/blocks.js';
import { dropFurniture, isPageNumber } from '../../extractors/pdf/page-furniture.js';

const line = (text: string, y: number, size = 10): Block => ({ kind: 'line', page: 1, box: { x0: 0, x1: 100, y0: y, y1: y + size }, text, size, userBox: [0, 0, 1, 1] });
const texts = (pages: Block[][]) => pages.map((p) => p.map((b) => (b.kind === 'line' ? b.text : 'table')));

describe('page furniture', () => {
  it('recognises page numbers in the usual forms', () => {
    for (const t of ['第 1 页', '第1页，共3页', '共 3 页 第 2 页', '- 2 -', '2/3', 'Page 2 of 3', '12']) expect(isPageNumber(t), t).toBe(true);
    for (const t of ['(2022年度)', '总分', '100%', '2022']) expect(isPageNumber(t), t).toBe(false);
  });

  it('drops page numbers and small running heads in the margins, keeps titles that every page repeats', () => {
    const page = () => [line('某某区财政局', 20, 7), line('财政项目支出绩效自评表', 60, 16), line('(2022年度)', 80, 10), line('备注：单位万元', 400), line('第 1 页', 810, 9)];
    const kept = dropFurniture([page(), page()], [842, 842], 10);
    expect(texts(kept)).toEqual([
      ['财政项目支出绩效自评表', '(2022年度)', '备注：单位万元'],
      ['财政项目支出绩效自评表', '(2022年度)', '备注：单位万元'],
    ]);
  });

  it('keeps a small head that appears on one page only', () => {
    expect(texts(dropFurniture([[line('附件2', 20, 7)], [line('表', 300)]], [842, 842], 10))).toEqual([['附件2'], ['表']]);
  });
});
