import { describe, expect, it } from 'vitest';
import { canonicalText, canonicalValue } from '../scripts/generate/oracle.js';
import { headerLabel } from '../scripts/layout-text/header-labels.js';
import { displayWidth, toFullWidth, wrapText } from '../scripts/layout-text/print-forms.js';

/** The layout-text corpus changes only how a value is printed: the generator's oracle must read it back unchanged. */
describe('layout-text print forms', () => {
  const samples = ['其中：当年财政拨款', '27.54万平方米', '+70.00(人)', '参与率 100%', '≥8000.00(人)', '个别服务对象反馈意见尚未全部落实', '2,977,291.16', 'ABC ABC', '长效管理长效管理机制健全性'];

  it.each(samples)('wrapping %s keeps its canonical value', (s) => {
    for (const w of [2, 4, 6, 8, 12]) {
      const wrapped = wrapText(s, w);
      expect(canonicalValue(wrapped.replace(/\n/g, ' ')), `${w}: ${JSON.stringify(wrapped)}`).toBe(canonicalValue(s));
      expect(canonicalText(wrapped), `${w}`).toBe(canonicalText(s));
    }
  });

  it('wraps within the width where it may, never between two digits or Latin letters', () => {
    expect(wrapText('其中：当年财政拨款', 16)).toBe('其中：当年财政拨\n款');
    expect(wrapText('27.54万平方米', 9)).toBe('27.54万平\n方米');
    expect(wrapText('2,977,291.16', 4)).toBe('2,977,291.16');
    for (const line of wrapText('个别服务对象反馈意见尚未全部落实', 8).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(8);
  });

  it('does not cut where the next piece repeats the previous one (CONVENTIONS rule 6 would drop it)', () => {
    const wrapped = wrapText('长效管理长效管理机制健全性', 8);
    const pieces = wrapped.split('\n');
    for (let k = 1; k < pieces.length; k++) expect(pieces[k]!.startsWith(pieces[k - 1]!) && pieces[k - 1]!.length >= 3).toBe(false);
  });

  it('full-width forms fold back', () => {
    expect(toFullWidth('≥90.00(%)')).toBe('≥９０．００（％）');
    expect(canonicalValue(toFullWidth('≥90.00(%)'))).toBe('≥90%');
  });

  it('stacks header labels into the pieces archives print', () => {
    expect(headerLabel('年度指标值', 2)).toBe('年度\n指标值');
    expect(headerLabel('分值', 2)).toBe('分\n值');
    expect(headerLabel('得分', 3)).toBe('得\n分');
    expect(headerLabel('实际完成值', 2)).toBe('实际\n完成值');
    expect(headerLabel('年度指标值', 3).split('\n')).toHaveLength(3);
    expect(headerLabel('年度指标值', 1)).toBe('年度指标值');
  });
});
