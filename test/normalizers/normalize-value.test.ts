import { describe, expect, it } from 'vitest';
import { normalizeValueText, parseValue } from '../../normalizers/normalize-value.js';
import { ParsedValueSchema, type ParsedValue } from '../../schemas/record.js';

const v = (comparator: ParsedValue['comparator'], value: number | null, value_max: number | null, unit: string | null): ParsedValue =>
  ({ comparator, value, value_max, unit });
const NONE = v(null, null, null, null);

describe('normalizeValueText', () => {
  it('follows the CONVENTIONS examples', () => {
    expect(normalizeValueText('≥90.00(%)')).toBe('≥90%');
    expect(normalizeValueText('>=90')).toBe('≥90');
    expect(normalizeValueText('+100.00(%)')).toBe('+100%');
    expect(normalizeValueText('完成率 100%')).toBe('完成率100%');
    expect(normalizeValueText('98.30%')).toBe('98.3%');
    expect(normalizeValueText('2.00(项)')).toBe('2项');
    expect(normalizeValueText('70.00(人)')).toBe('70人');
    expect(normalizeValueText('≥8000.00(人)')).toBe('≥8000人');
  });

  it('rewrites every ASCII comparator spelling', () => {
    expect(normalizeValueText('<=10%')).toBe('≤10%');
    expect(normalizeValueText('=>95%')).toBe('≥95%');
    expect(normalizeValueText('=<5')).toBe('≤5');
    expect(normalizeValueText('> = 90 %')).toBe('≥90%'); // wrap repair closes the split comparator first
  });

  it('keeps integers, printed text and the leading plus', () => {
    for (const s of ['100%', '3000', '≥36次', '+100%', '充分', '及时、规范', '12个月', '第一季度(白领服务项目、社团运维)', '0']) {
      expect(normalizeValueText(s)).toBe(s);
    }
  });

  it('drops trailing zeros of every standalone decimal only', () => {
    expect(normalizeValueText('95.00%-100.00%')).toBe('95%-100%');
    expect(normalizeValueText('0.50')).toBe('0.5');
    expect(normalizeValueText('0.00')).toBe('0');
    expect(normalizeValueText('10.05%')).toBe('10.05%');
    expect(normalizeValueText('4,483,000.00元')).toBe('4,483,000元');
    expect(normalizeValueText('2023.10.10前完成')).toBe('2023.10.10前完成');
    expect(normalizeValueText('V1.0版')).toBe('V1.0版');
  });

  it('unwraps only unit-like words in brackets after a number', () => {
    expect(normalizeValueText('30.00(次)')).toBe('30次');
    expect(normalizeValueText('5(万元)')).toBe('5万元');
    expect(normalizeValueText('2(栋)')).toBe('2栋');
    expect(normalizeValueText('≥ 90.00 ( % )')).toBe('≥90%');
    expect(normalizeValueText('2项(白领服务项目、社团运维)')).toBe('2项(白领服务项目、社团运维)');
    expect(normalizeValueText('2(白领服务项目)')).toBe('2(白领服务项目)');
    expect(normalizeValueText('95(含)以上')).toBe('95(含)以上');
    expect(normalizeValueText('(%)')).toBe('(%)');
  });

  it('folds the cell first: width, glyphs, wraps, markup', () => {
    expect(normalizeValueText('≥９０．００（％）')).toBe('≥90%');
    expect(normalizeValueText('<p>满意度 ≥ 90.00 %</p>')).toBe('满意度≥90%');
    expect(normalizeValueText('两新党组织 33 家')).toBe('两新党组织33家');
    expect(normalizeValueText('財政 100%', { simplify: true })).toBe('财政100%');
  });

  it('maps no-value marks and blank to null', () => {
    for (const s of ['', '  ', '—', '-', '/', '无', '——', '－', '<p></p>']) expect(normalizeValueText(s)).toBeNull();
    expect(normalizeValueText('无偏差')).toBe('无偏差');
  });

  it('is idempotent', () => {
    for (const s of ['≥90.00(%)', '+100.00(%)', '完成率 100%', '95.00%-100.00%', '2.00(项)', '(2022 年度)']) {
      const once = normalizeValueText(s)!;
      expect(normalizeValueText(once)).toBe(once);
    }
  });
});

describe('parseValue', () => {
  it('follows the CONVENTIONS examples', () => {
    expect(parseValue('95%-100%')).toEqual(v(null, 95, 100, '%'));
    expect(parseValue('≥36次')).toEqual(v('≥', 36, null, '次'));
    expect(parseValue('1万人')).toEqual(v(null, 1, null, '万人'));
    expect(parseValue('完成率100%')).toEqual(v(null, 100, null, '%'));
    expect(parseValue('+100%')).toEqual(v(null, 100, null, '%'));
    expect(parseValue('充分')).toEqual(NONE);
  });

  it('reads raw printed cells too', () => {
    expect(parseValue('≥90.00(%)')).toEqual(v('≥', 90, null, '%'));
    expect(parseValue('+70.00(人)')).toEqual(v(null, 70, null, '人'));
    expect(parseValue('完成率 100%')).toEqual(v(null, 100, null, '%'));
    expect(parseValue('98.30%')).toEqual(v(null, 98.3, null, '%'));
    expect(parseValue('—')).toEqual(NONE);
    expect(parseValue('')).toEqual(NONE);
  });

  it('reads comparator symbols and words before the number', () => {
    const cases: Array<[string, ParsedValue]> = [
      ['>=90%', v('≥', 90, null, '%')], ['≧90%', v('≥', 90, null, '%')], ['大于等于90%', v('≥', 90, null, '%')],
      ['不低于90%', v('≥', 90, null, '%')], ['不少于2次', v('≥', 2, null, '次')], ['至少2次', v('≥', 2, null, '次')],
      ['<=10%', v('≤', 10, null, '%')], ['≤10%', v('≤', 10, null, '%')], ['不高于10%', v('≤', 10, null, '%')],
      ['不超过10%', v('≤', 10, null, '%')], ['小于等于10%', v('≤', 10, null, '%')], ['≦10%', v('≤', 10, null, '%')],
      ['<5%', v('<', 5, null, '%')], ['低于5%', v('<', 5, null, '%')], ['小于5%', v('<', 5, null, '%')],
      ['>5%', v('>', 5, null, '%')], ['大于5%', v('>', 5, null, '%')], ['高于5%', v('>', 5, null, '%')],
      ['超过5%', v('>', 5, null, '%')], ['=100%', v('=', 100, null, '%')], ['≈100%', v('≈', 100, null, '%')],
      ['约100人', v('≈', 100, null, '人')],
    ];
    for (const [text, expected] of cases) expect(parseValue(text), text).toEqual(expected);
  });

  it('finds the comparator after a label', () => {
    expect(parseValue('满意度≥90%')).toEqual(v('≥', 90, null, '%'));
    expect(parseValue('平均每月不少于3次')).toEqual(v('≥', 3, null, '次'));
    expect(parseValue('每年不少于2次')).toEqual(v('≥', 2, null, '次'));
    expect(parseValue('每月1次')).toEqual(v(null, 1, null, '次'));
  });

  it('reads comparator words after the number', () => {
    expect(parseValue('90%以上')).toEqual(v('≥', 90, null, '%'));
    expect(parseValue('90%及以上')).toEqual(v('≥', 90, null, '%'));
    expect(parseValue('5%以下')).toEqual(v('≤', 5, null, '%'));
    expect(parseValue('3个工作日以内')).toEqual(v('≤', 3, null, '个工作日'));
    expect(parseValue('3天内完成')).toEqual(v('≤', 3, null, '天'));
    expect(parseValue('2项内容')).toEqual(v(null, 2, null, '项'));
    expect(parseValue('100人左右')).toEqual(v('≈', 100, null, '人'));
    expect(parseValue('3栋以上')).toEqual(v('≥', 3, null, '栋'));
  });

  it('reads ranges with any connector and checks they go up', () => {
    expect(parseValue('95-100%')).toEqual(v(null, 95, 100, '%'));
    expect(parseValue('95%～100%')).toEqual(v(null, 95, 100, '%'));
    expect(parseValue('95%~100%')).toEqual(v(null, 95, 100, '%'));
    expect(parseValue('95.00%-100.00%')).toEqual(v(null, 95, 100, '%'));
    expect(parseValue('85% - 100%')).toEqual(v(null, 85, 100, '%'));
    expect(parseValue('1至3天')).toEqual(v(null, 1, 3, '天'));
    expect(parseValue('1-2个月')).toEqual(v(null, 1, 2, '个月'));
    expect(parseValue('2023-01-01')).toEqual(v(null, 2023, null, null));
    expect(parseValue('100-95')).toEqual(v(null, 100, null, null));
  });

  it('keeps the unit as printed and stops it at known unit words', () => {
    expect(parseValue('2项(白领服务项目、社团运维)')).toEqual(v(null, 2, null, '项'));
    expect(parseValue('12月中旬')).toEqual(v(null, 12, null, '月'));
    expect(parseValue('12个月')).toEqual(v(null, 12, null, '个月'));
    expect(parseValue('65156人次')).toEqual(v(null, 65156, null, '人次'));
    expect(parseValue('1万人次')).toEqual(v(null, 1, null, '万人次'));
    expect(parseValue('10万元')).toEqual(v(null, 10, null, '万元'));
    expect(parseValue('30分钟')).toEqual(v(null, 30, null, '分钟'));
    expect(parseValue('20场,开展全民健身系列活动')).toEqual(v(null, 20, null, '场'));
    expect(parseValue('参加市区级赛事活动全年20场,开展全民健身系列活动、赛事')).toEqual(v(null, 20, null, '场'));
    expect(parseValue('33 家')).toEqual(v(null, 33, null, '家'));
    expect(parseValue('5㎡')).toEqual(v(null, 5, null, '㎡'));
    expect(parseValue('100MB')).toEqual(v(null, 100, null, 'MB'));
  });

  it('gives no unit to running text after the number', () => {
    expect(parseValue('12345热线平台接通率')).toEqual(v(null, 12345, null, null));
    expect(parseValue('包含1023号一到三层基础建设')).toEqual(v(null, 1023, null, null));
    expect(parseValue('0')).toEqual(v(null, 0, null, null));
    expect(parseValue('100')).toEqual(v(null, 100, null, null));
  });

  it('reads grouped, decimal and negative numbers exactly', () => {
    expect(parseValue('1,000次')).toEqual(v(null, 1000, null, '次'));
    expect(parseValue('98.3%')).toEqual(v(null, 98.3, null, '%'));
    expect(parseValue('-5%')).toEqual(v(null, -5, null, '%'));
    expect(parseValue('≤-5%')).toEqual(v('≤', -5, null, '%'));
    expect(parseValue('A-5型')).toEqual(v(null, 5, null, '型'));
  });

  it('gives all nulls for text without an Arabic number', () => {
    for (const s of ['及时', '第一季度(白领服务项目、社团运维)', '不少于三次', '全年', '健全', '%']) expect(parseValue(s)).toEqual(NONE);
  });

  it('always returns a record the schema accepts', () => {
    for (const s of ['≥90.00(%)', '95%-100%', '及时', '', '12月中旬', '90%以上']) expect(ParsedValueSchema.safeParse(parseValue(s)).success).toBe(true);
  });
});
