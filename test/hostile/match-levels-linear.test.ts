import { describe, expect, it } from 'vitest';
import { matchLevels, type LevelInput } from '../../pipeline/match-levels.js';
import { LEVEL2_DEFS, level1Of } from '../../pipeline/labels.js';
import type { PrintedLabel } from '../../pipeline/indicator-rows.js';
import type { NCell } from '../../pipeline/norm-cell.js';
import { mulberry32, type Rng } from '../../scripts/generate/prng.js';
import { matchLevels as referenceMatchLevels } from './reference-match-levels.js';
import { cpuGrowth } from './growth.js';

const cell = (text: string, rowSpan = 1): NCell => ({ text, raw: text, index: 1, line: 1, column: 1, rowSpan, colSpan: 1, notes: [] });
const NAMES = ['培训场次完成数', '服务人数', '验收合格率', '资金拨付及时率', '群众满意度', '长效管理机制健全性', '经济效益', '甲', '乙', '工作开展情况', '达标率', '覆盖率'];
const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '效果指标'];

function randomLabel(rng: Rng): PrintedLabel {
  const kind = rng.int(0, 5);
  if (kind <= 3) { const def = rng.pick(LEVEL2_DEFS); return { kind: 'level2', def, cell: cell(def.name) }; }
  if (kind === 4) { const name = rng.pick(LEVEL1); return { kind: 'level1', level1: level1Of(name)!, cell: cell(name) }; }
  const name = rng.pick(['预算编管管理', '资金使用']);
  return { kind: 'free_level2', name, cell: cell(name) };
}

function randomRows(rng: Rng, n: number, labelRate: number): LevelInput[] {
  const labels = (p: number) => (rng.chance(p) ? Array.from({ length: rng.int(1, 2) }, () => randomLabel(rng)) : []);
  return Array.from({ length: n }, () => ({
    name: rng.pick(NAMES) + (rng.chance(0.3) ? rng.int(1, 9) : ''),
    own: labels(labelRate),
    before: labels(labelRate / 3),
    spanned: labels(labelRate / 4),
  }));
}

describe('matchLevels is linear in the rows and decides exactly as the full scan', () => {
  it('agrees with the reference segmentation on 3000 random tables (sparse and dense labels)', () => {
    const rng = mulberry32(9);
    for (let t = 0; t < 3000; t++) {
      const rows = randomRows(rng, rng.int(1, 40), rng.pick([0, 0.05, 0.2, 0.6, 1]));
      expect(matchLevels(rows), `table ${t}`).toEqual(referenceMatchLevels(rows));
    }
  });

  it('time grows at most 12× from n to 10n rows, labels on every row (CPU time, medians)', () => {
    const table = (n: number) => {
      const rng = mulberry32(n);
      return Array.from({ length: n }, (_, i): LevelInput => {
        const def = LEVEL2_DEFS[Math.floor((i * 5) / n) * 2]!;
        return { name: rng.pick(NAMES), own: [{ kind: 'level2', def, cell: cell(def.name) }], before: [], spanned: [] };
      });
    };
    const small = table(200);
    const large = table(2000);
    const ratio = cpuGrowth(() => matchLevels(small), () => matchLevels(large));
    expect(ratio).toBeLessThan(12);
  });
});
