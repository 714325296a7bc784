import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../schemas/finding-codes.js';
import { FOLD_NOTE_CODE, foldCell, type FoldNote } from '../../normalizers/fold-cell.js';

const kinds = (notes: FoldNote[]) => notes.map((n) => n.kind);

describe('foldCell', () => {
  it('leaves a clean cell alone with no notes', () => {
    expect(foldCell('产出指标')).toEqual({ text: '产出指标', notes: [] });
    expect(foldCell('')).toEqual({ text: '', notes: [] });
  });

  it('strips markup, then repairs the wraps the markup left', () => {
    // the full-width comma is rule 1's business: it becomes ASCII
    expect(foldCell('<p>为深入贯彻落实 “聚焦产业” 战略，在此基础上建 完善</p>').text).toBe('为深入贯彻落实“聚焦产业”战略,在此基础上建完善');
    expect(foldCell('完成率&nbsp;100%').text).toBe('完成率100%');
  });

  it('folds width before wraps, so full-width spaces and digits are repaired', () => {
    expect(foldCell('完成率\u3000１００％').text).toBe('完成率100%');
    expect(foldCell('（ 2022 年度）').text).toBe('(2022年度)');
    expect(foldCell('≥９０．００（％）').text).toBe('≥90.00(%)');
  });

  it('folds glyphs and notes it', () => {
    const r = foldCell('项\u2F6C\u2F40出 绩效\u2F83评表');
    expect(r.text).toBe('项目支出绩效自评表');
    expect(kinds(r.notes)).toEqual(['glyphs']);
  });

  it('converts Traditional only when asked', () => {
    expect(foldCell('財政項目 支出績效自評表')).toEqual({ text: '財政項目支出績效自評表', notes: [] });
    const r = foldCell('財政項目 支出績效自評表', { simplify: true });
    expect(r.text).toBe('财政项目支出绩效自评表');
    expect(kinds(r.notes)).toEqual(['traditional']);
    expect(foldCell('产出指标', { simplify: true }).notes).toEqual([]);
  });

  it('notes a duplicated wrap fragment', () => {
    const r = foldCell('长效管理机制健全长效 管理机制健全性');
    expect(r).toEqual({ text: '长效管理机制健全性', notes: [{ kind: 'duplicate_fragment' }] });
  });

  it('composes all steps and reports every note once, in order', () => {
    const r = foldCell('<p>\u2ED3效管理機制健全\u2ED3效 管理機制健全性</p>', { simplify: true });
    expect(r.text).toBe('长效管理机制健全性');
    expect(kinds(r.notes)).toEqual(['glyphs', 'traditional', 'duplicate_fragment']);
  });

  it('maps every note to an existing finding code', () => {
    for (const code of Object.values(FOLD_NOTE_CODE)) expect(FINDING_CODES).toHaveProperty(code);
  });

  it('is idempotent', () => {
    for (const raw of ['完成率 100%', '<p>产出 指标</p>', '长效管理机制健全长效 管理机制健全性', '( 2022 年度 )', 'Wi  Fi']) {
      const once = foldCell(raw).text;
      expect(foldCell(once).text).toBe(once);
    }
  });
});
