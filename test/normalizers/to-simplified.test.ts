import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  looksTraditional, SIMPLIFIED_COUNTERPARTS, toSimplified, TRADITIONAL_MARKERS,
} from '../../normalizers/to-simplified.js';

const seedsDir = join(import.meta.dirname, '../../fixtures/seeds');
const seeds = readdirSync(seedsDir).map((d) => readFileSync(join(seedsDir, d, 'input.txt'), 'utf8'));

describe('toSimplified', () => {
  it('converts Traditional table wording', () => {
    expect(toSimplified('財政項目支出績效自評表')).toEqual({ text: '财政项目支出绩效自评表', changed: true });
    expect(toSimplified('產出指標').text).toBe('产出指标');
    expect(toSimplified('滿意度指標').text).toBe('满意度指标');
    expect(toSimplified('實際完成值').text).toBe('实际完成值');
    expect(toSimplified('偏差原因分析及改進措施').text).toBe('偏差原因分析及改进措施');
  });

  it('converts Taiwan and Hong Kong variant characters too', () => {
    expect(toSimplified('臺灣').text).toBe('台湾');
    expect(toSimplified('裡面 峯 綫 爲').text).toBe('里面 峰 线 为');
  });

  it('leaves every seed table (Simplified) unchanged', () => {
    expect(seeds.length).toBeGreaterThan(0);
    for (const seed of seeds) expect(toSimplified(seed)).toEqual({ text: seed, changed: false });
  });

  it('leaves Simplified words that regional converters would damage', () => {
    const simplified = '显著提高 著作权 什么 干部 头发 皇后 系统 复核 于是 余额 里程';
    expect(toSimplified(simplified)).toEqual({ text: simplified, changed: false });
  });

  it('passes text without Chinese through untouched', () => {
    expect(toSimplified('2,977,291.16 98.30% abc')).toEqual({ text: '2,977,291.16 98.30% abc', changed: false });
    expect(toSimplified('')).toEqual({ text: '', changed: false });
  });
});

describe('looksTraditional', () => {
  it('pairs every marker with the form OpenCC gives', () => {
    expect([...TRADITIONAL_MARKERS]).toHaveLength([...SIMPLIFIED_COUNTERPARTS].length);
    expect(toSimplified(TRADITIONAL_MARKERS).text).toBe(SIMPLIFIED_COUNTERPARTS);
    for (const ch of TRADITIONAL_MARKERS) expect(SIMPLIFIED_COUNTERPARTS.includes(ch)).toBe(false);
  });

  it('detects Traditional tables', () => {
    expect(looksTraditional('財政項目支出績效自評表')).toBe(true);
    expect(looksTraditional('一級指標\t二級指標\t三級指標\t年度指標值\t實際完成值')).toBe(true);
    expect(looksTraditional('產出指標')).toBe(true);
  });

  it('does not flag Simplified seeds', () => {
    for (const seed of seeds) expect(looksTraditional(seed)).toBe(false);
  });

  it('keeps a Simplified text that quotes a Traditional name Simplified', () => {
    expect(looksTraditional('财政项目支出绩效自评表：实施单位为「台灣積體電路」，项目资金全年执行数为100万元')).toBe(false);
  });

  it('needs more than one marker', () => {
    expect(looksTraditional('財')).toBe(false);
    expect(looksTraditional('')).toBe(false);
    expect(looksTraditional('abc 123')).toBe(false);
  });
});
