import { describe, expect, it } from 'vitest';
import { repairWraps } from '../../normalizers/repair-wraps.js';
import { mulberry32 } from '../../scripts/generate/prng.js';
import { cpuGrowth } from './growth.js';
import { repairWraps as referenceRepairWraps } from './reference-repair-wraps.js';

// pieces wrap repair decides on: CJK, digits, Latin, ASCII and CJK punctuation, brackets,
// comparators, units, surrogate pairs, every kind of whitespace run
const PIECES = ['数', '量', '指标', '满意度', '1', '90', '100', '%', 'Wi', 'Fi', '-', ':', '(', ')', '≥', '<', '℃', '、', '。', '𠀀', '年', 'a', '.', '/'];
const SPACES = [' ', '  ', '\n', '\t', ' \n ', '\u3000'];

describe('wrap repair is linear in a cell\'s length and repairs exactly as before', () => {
  it('agrees with the reference on 20,000 random cells (duplicated fragments included)', () => {
    const rng = mulberry32(99);
    for (let t = 0; t < 20_000; t++) {
      const parts: string[] = [];
      for (let k = rng.int(1, 14); k > 0; k--) {
        parts.push(rng.pick(PIECES));
        if (rng.chance(0.4)) parts.push(rng.pick(SPACES));
      }
      let cell = parts.join('');
      // duplicated wrap fragment: P + wrap + Q where Q starts with P
      if (rng.chance(0.3)) { const cut = rng.int(1, cell.length); cell = cell.slice(0, cut) + rng.pick(SPACES) + cell; }
      expect(repairWraps(cell), JSON.stringify(cell)).toEqual(referenceRepairWraps(cell));
    }
  });

  const hostile: Record<string, (n: number) => string> = {
    'digits with a wrap': (n) => `${'1'.repeat(n)} 1`,
    'one character repeated, wraps': (n) => `数${'数 '.repeat(n)}`,
    'punctuation attached across wraps': (n) => `数${'- '.repeat(n)}数`,
    'a long duplicated fragment': (n) => `${'指标'.repeat(n)} ${'指标'.repeat(n)}`,
  };
  for (const [name, make] of Object.entries(hostile)) {
    it(`time grows at most 12× from n to 10n characters: ${name}`, () => {
      const small = make(2_000);
      const large = make(20_000);
      expect(cpuGrowth(() => repairWraps(small), () => repairWraps(large))).toBeLessThan(12);
    });
  }
});
