import { describe, expect, it } from 'vitest';
import { repairWraps } from '../../normalizers/repair-wraps.js';

const text = (s: string) => repairWraps(s).text;

describe('repairWraps: whitespace (rule 5)', () => {
  it('removes wraps next to CJK', () => {
    expect(text('产出 指标')).toBe('产出指标');
    expect(text('服务对象满 意度指标')).toBe('服务对象满意度指标');
    expect(text('偏差原因分析及改 进措施')).toBe('偏差原因分析及改进措施');
    expect(text('年度 指标值')).toBe('年度指标值');
    expect(text('年度 总体 目标')).toBe('年度总体目标');
  });

  it('removes wraps between digits and CJK or %', () => {
    expect(text('完成率 100%')).toBe('完成率100%');
    expect(text('2022 年度')).toBe('2022年度');
    expect(text('两新党组织 33 家')).toBe('两新党组织33家');
    expect(text('98.30 %')).toBe('98.30%');
    expect(text('5 ‰')).toBe('5‰');
  });

  it('removes newlines, tabs and mixed runs inside a cell', () => {
    expect(text('预算编制准确度和\n预算执行力度有待\r\n进一步提高')).toBe('预算编制准确度和预算执行力度有待进一步提高');
    expect(text('年度\n总体\n目标')).toBe('年度总体目标');
    expect(text('产出 \t\n 指标')).toBe('产出指标');
    expect(text('产出\u00A0指标')).toBe('产出指标');
  });

  it('removes wraps next to Chinese punctuation', () => {
    expect(text('及时、 规范')).toBe('及时、规范');
    expect(text('“两新” 党组织')).toBe('“两新”党组织');
    expect(text('《 条例 》')).toBe('《条例》');
  });

  it('collapses whitespace between Latin letters and digits to one space', () => {
    expect(text('Wi Fi')).toBe('Wi Fi');
    expect(text('Wi  \n  Fi')).toBe('Wi Fi');
    expect(text('ISO 9001')).toBe('ISO 9001');
    expect(text('10 20')).toBe('10 20');
  });

  it('removes whitespace inside brackets and around comparators', () => {
    expect(text('( 2022 年度 )')).toBe('(2022年度)');
    expect(text('≥ 90%')).toBe('≥90%');
    expect(text('>= 90')).toBe('>=90');
    expect(text('90.00( %)')).toBe('90.00(%)');
  });

  it('removes wraps next to ASCII punctuation attached to CJK text', () => {
    expect(text('2023 年 1 月 - 2023 年 12 月')).toBe('2023年1月-2023年12月');
    expect(text('完成率: 100%')).toBe('完成率:100%');
    expect(text('1. 落实 2. 完成')).toBe('1.落实2.完成');
  });

  it('keeps one space around punctuation between Latin words and numbers', () => {
    expect(text('A & B')).toBe('A & B');
    expect(text('a ,  b')).toBe('a , b');
    expect(text('95% - 100%')).toBe('95% - 100%');
    expect(text('100% 100%')).toBe('100% 100%');
    expect(text('ISO 9001: 2015')).toBe('ISO 9001: 2015');
  });

  it('trims and leaves text without whitespace alone', () => {
    expect(text('  产出指标 \n')).toBe('产出指标');
    expect(text('完成率100%')).toBe('完成率100%');
    expect(text('')).toBe('');
    expect(text(' \n\t ')).toBe('');
  });

  it('handles characters outside the BMP next to a wrap', () => {
    expect(text('𠀀 指标')).toBe('𠀀指标');
    expect(text('a 𠀀')).toBe('a𠀀');
  });
});

describe('repairWraps: duplicated wrap fragments (rule 6)', () => {
  it('drops the duplicated prefix at a wrap', () => {
    expect(repairWraps('长效管理机制健全长效 管理机制健全性')).toEqual({ text: '长效管理机制健全性', duplicateFragment: true });
    expect(repairWraps('服务对象满意度 服务对象满意度指标')).toEqual({ text: '服务对象满意度指标', duplicateFragment: true });
    expect(repairWraps('数量指标数量 指标')).toEqual({ text: '数量指标', duplicateFragment: true });
    expect(repairWraps('长效 管理机制健全长效管理机制健全性')).toEqual({ text: '长效管理机制健全性', duplicateFragment: true });
  });

  it('never touches repetitions without a wrap', () => {
    for (const s of ['两新党组织33家两新书记33人', '党员党员大会', '长效管理机制健全长效管理机制健全性', '完成率100%完成率100%']) {
      expect(repairWraps(s)).toEqual({ text: s, duplicateFragment: false });
    }
  });

  it('needs a prefix of at least 3 characters', () => {
    expect(repairWraps('党员党员 大会')).toEqual({ text: '党员党员大会', duplicateFragment: false });
    expect(repairWraps('两新两新 组织')).toEqual({ text: '两新两新组织', duplicateFragment: false });
  });

  it('needs the wrap inside the duplicated part', () => {
    // the wrap is after both copies: a real repetition followed by a wrapped word
    expect(repairWraps('党员大会党员大会 决议')).toEqual({ text: '党员大会党员大会决议', duplicateFragment: false });
    expect(repairWraps('两新党组织 33 家 两新书记 33 人')).toEqual({ text: '两新党组织33家两新书记33人', duplicateFragment: false });
  });

  it('only looks at the start of the cell', () => {
    expect(repairWraps('关于长效管理长效 管理机制').duplicateFragment).toBe(false);
  });

  it('keeps a Latin repetition separated by a kept space', () => {
    expect(repairWraps('ABC ABCD')).toEqual({ text: 'ABC ABCD', duplicateFragment: false });
  });
});
