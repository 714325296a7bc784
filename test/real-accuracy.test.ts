import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExpected, REAL_PDF_DIR, runReal } from '../scripts/real/run-real.js';
import { percent } from '../scripts/real/score-real.js';

/**
 * Accuracy on the real training PDFs (../shared/real/pdf, never committed) against our
 * hand-checked records in fixtures/real-expected/. The floors are today's measured numbers,
 * so a change can only keep or raise them; issue 14 raises them to ≥ 99% of fields and
 * 0 false warnings.
 */
const FLOORS: Readonly<Record<string, { readonly accuracy: number; readonly falseWarnings: number; readonly pooled: number }>> = {
'01-beijing-tuiyijunren-list-target-2026.pdf': { accuracy: 0, falseWarnings: 0, pooled: 0.629 },
  '02-beijing-tuiyijunren-dept-target-2026.pdf': { accuracy: 0.046, falseWarnings: 1, pooled: 0 },
  '03-beijing-shenji-list-target-2026.pdf': { accuracy: 0, falseWarnings: 0, pooled: 0.663 },
  '04-beijing-junminronghe-list-and-dept-target-2026.pdf': { accuracy: 0.171, falseWarnings: 2, pooled: 1 },
  '05-beijing-fuzhongxin-list-target-2026.pdf': { accuracy: 0, falseWarnings: 0, pooled: 0.628 },
  '06-beijing-zhongdaxiangmu-list-target-2026.pdf': { accuracy: 0, falseWarnings: 0, pooled: 0.672 },
  '07-beijing-shichangjianguan-list-target-a3-2026.pdf': { accuracy: 0.001, falseWarnings: 0, pooled: 0.617 },
  '08-beijing-yibao-list-target-a3-2026.pdf': { accuracy: 0.008, falseWarnings: 0, pooled: 0.748 },
  '09-beijing-caizheng-transfer-target-2026.pdf': { accuracy: 0.686, falseWarnings: 0, pooled: 1 },
  '10-beijing-minzheng-transfer-target-2026.pdf': { accuracy: 0.779, falseWarnings: 0, pooled: 0.99 },
  '11-beijing-weijian-transfer-target-2026.pdf': { accuracy: 0.749, falseWarnings: 0, pooled: 0.977 },
  '12-beijing-jiaowei-transfer-target-2026.pdf': { accuracy: 0.813, falseWarnings: 0, pooled: 1 },
  '13-beijing-shuiwu-dept-and-transfer-target-2026.pdf': { accuracy: 0.446, falseWarnings: 1, pooled: 0.488 },
  '14-beijing-wenlv-dept-and-transfer-target-2026.pdf': { accuracy: 0.285, falseWarnings: 1, pooled: 0.298 },
  '15-beijing-yingji-dept-and-transfer-target-2026.pdf': { accuracy: 0.215, falseWarnings: 1, pooled: 0.216 },
  '16-beijing-zhengshu-dept-target-2026.pdf': { accuracy: 0.024, falseWarnings: 1, pooled: 0 },
  '17-beijing-fagai-dept-target-2026.pdf': { accuracy: 0.034, falseWarnings: 1, pooled: 0 },
  '18-beijing-renshe-transfer-target-2026.pdf': { accuracy: 0.56, falseWarnings: 0, pooled: 0.937 },
  '19-beijing-shengtai-transfer-target-2026.pdf': { accuracy: 0.826, falseWarnings: 0, pooled: 1 },
  '20-jilin-changchun-xinfang-list-target-2026.pdf': { accuracy: 0.004, falseWarnings: 1, pooled: 0.789 },
  '21-zhejiang-hangzhou-qixiang-goal-only-list-2026.pdf': { accuracy: 0, falseWarnings: 0, pooled: 1 },
};
const TOTAL_FLOOR = { accuracy: 0.162, falseWarnings: 9, pooled: 0.588 };

describe('expected records of the real PDFs', () => {
  it('are valid, one per annotated file, each with a floor', () => {
    const files = readExpected().map((e) => e.file);
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(FLOORS).sort()).toEqual(files);
  });
});

describe('npm run real without the real PDFs', () => {
  it('says so and exits 0', () => {
    const empty = mkdtempSync(join(tmpdir(), 'jixiao-no-real-'));
    try {
      const script = join(import.meta.dirname, '..', 'dist', 'scripts', 'real-accuracy.js');
      const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, JIXIAO_REAL_DIR: join(empty, 'absent') } });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/is absent .*nothing to measure/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!existsSync(REAL_PDF_DIR))('accuracy on the real PDFs', () => {
  it('keeps every file and the total at or above today\'s floor', async () => {
    const outcomes = await runReal();
    let correct = 0;
    let total = 0;
    let falseWarnings = 0;
    let pooledCorrect = 0;
    let pooledTotal = 0;
    for (const o of outcomes) {
      expect(o.kind, `${'file' in o ? o.file : o.score.file}: the PDF must be present and unchanged`).toBe('scored');
      if (o.kind !== 'scored') continue;
      const s = o.score;
      const floor = FLOORS[s.file]!;
      expect(s.correct / s.total, `${s.file} field accuracy ${percent(s.correct, s.total)}`).toBeGreaterThanOrEqual(floor.accuracy);
      expect(s.falseWarnings.length, `${s.file} false warnings`).toBeLessThanOrEqual(floor.falseWarnings);
      expect(s.pooled.total === 0 ? 1 : s.pooled.correct / s.pooled.total, `${s.file} pooled indicator fields`).toBeGreaterThanOrEqual(floor.pooled);
      correct += s.correct; total += s.total; falseWarnings += s.falseWarnings.length;
      pooledCorrect += s.pooled.correct; pooledTotal += s.pooled.total;
    }
    expect(correct / total, `total ${percent(correct, total)}`).toBeGreaterThanOrEqual(TOTAL_FLOOR.accuracy);
    expect(falseWarnings).toBeLessThanOrEqual(TOTAL_FLOOR.falseWarnings);
    expect(pooledCorrect / pooledTotal, 'total pooled indicator fields').toBeGreaterThanOrEqual(TOTAL_FLOOR.pooled);
  }, 300_000);
});

if (!existsSync(REAL_PDF_DIR)) {
  describe('accuracy on the real PDFs', () => {
    it.skip(`skipped: ${REAL_PDF_DIR} is absent (the real PDFs are kept outside the repository)`, () => {});
  });
}
