import { describe, expect, it } from 'vitest';
import { toYuan } from '../../normalizers/money.js';

const yuan = (raw: string, unit: '元' | '万元' | null) => {
  const r = toYuan(raw, unit);
  if (r.kind !== 'number') throw new Error(`${raw} → ${r.kind}`);
  return r.value;
};

describe('toYuan', () => {
  it('shifts 万元 by four places exactly', () => {
    expect(yuan('44.32', '万元')).toBe(443200);
    expect(yuan('0.48', '万元')).toBe(4800);
    expect(yuan('20.33', '万元')).toBe(203300);
    expect(yuan('15.96', '万元')).toBe(159600);
    expect(yuan('18', '万元')).toBe(180000);
    expect(yuan('0.00005', '万元')).toBe(0.5);
    expect(toYuan('44.32', '万元')).toMatchObject({ decimal: { digits: 443200n, scale: 0 } });
  });

  it('keeps 元 and unit-less amounts as printed', () => {
    expect(yuan('2,977,291.16', '元')).toBe(2977291.16);
    expect(yuan('2977291.16', null)).toBe(2977291.16);
    expect(yuan('44.32', null)).toBe(44.32);
  });

  it('passes absent and unparsed through', () => {
    expect(toYuan('—', '万元')).toEqual({ kind: 'absent' });
    expect(toYuan('', '万元')).toEqual({ kind: 'absent' });
    expect(toYuan('约18', '万元')).toEqual({ kind: 'unparsed', text: '约18' });
  });
});
