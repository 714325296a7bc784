import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../extractors/office/number-format.js';

/** Expected strings are what Excel/WPS display for these values and codes (checked by hand). */
describe('formatNumber: a value as the workbook displays it', () => {
  it.each([
    [0.983, '0.00%', '98.30%'],
    [0.5, '0%', '50%'],
    [2977291.16, '#,##0.00', '2,977,291.16'],
    [2977291.1, '#,##0.00', '2,977,291.10'],
    [44.5, '0.00', '44.50'],
    [1.005, '0.00', '1.01'],
    [2.675, '0.00', '2.68'],
    [0.125, '0.0#', '0.13'],
    [0.1, '0.0#', '0.1'],
    [-3.5, '#,##0.00;[Red]-#,##0.00', '-3.50'],
    [-3.5, '0.00_ ', '-3.50'],
    [0, '0.00;-0.00;"-"', '-'],
    [12, '0"人"', '12人'],
    [1234.5, '¥#,##0.00', '¥1,234.50'],
    [1234.5, '"¥"#,##0.00', '¥1,234.50'],
    [1234.5, '[$-804]#,##0.0', '1,234.5'],
    [98.3, 'General', '98.3'],
    [0.1 + 0.2, 'General', '0.3'],
    [3000, 'General', '3000'],
    [1e-7, 'General', '0.0000001'],
    [1234, '@', '1234'],
    [99.95, '0.0', '100.0'],
    [0.4, '#.##', '.4'],
  ])('%s as %s → %s', (v, f, want) => {
    expect(formatNumber(v, f)).toBe(want);
  });

  it.each([
    [45000, 'yyyy"年"m"月"d"日"', '2023年3月15日'],
    [45000, 'yyyy/m/d', '2023/3/15'],
    [45000, 'yyyy-mm-dd', '2023-03-15'],
    [45000.5, 'yyyy-mm-dd hh:mm:ss', '2023-03-15 12:00:00'],
    [45000.75, 'h:mm AM/PM', '6:00 PM'],
    [44927, 'yyyy年m月', '2023年1月'],
  ])('date serial %s as %s → %s', (v, f, want) => {
    expect(formatNumber(v, f)).toBe(want);
  });
});
