import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExpected, REAL_PDF_DIR, runReal } from '../scripts/real/run-real.js';
import { percent } from '../scripts/real/score-real.js';

/**
 * Accuracy on the real training PDFs (../shared/real/pdf, never committed) against our
 * hand-checked records in fixtures/real-expected/. The floors are today's measured numbers,
 * so a change can only keep or raise them; issue 14 raises them to ≥ 99% of fields and
 * 0 false warnings.
 */
const FLOORS: Readonly<Record<string, { readonly accuracy: number; readonly falseWarnings: number }>> = {
  '02-beijing-tuiyijunren-dept-target-2026.pdf': { accuracy: 0.046, falseWarnings: 1 },
  '04-beijing-junminronghe-list-and-dept-target-2026.pdf': { accuracy: 0.171, falseWarnings: 2 },
  '09-beijing-caizheng-transfer-target-2026.pdf': { accuracy: 0.686, falseWarnings: 0 },
  '12-beijing-jiaowei-transfer-target-2026.pdf': { accuracy: 0.813, falseWarnings: 0 },
  '13-beijing-shuiwu-dept-and-transfer-target-2026.pdf': { accuracy: 0.446, falseWarnings: 1 },
  '18-beijing-renshe-transfer-target-2026.pdf': { accuracy: 0.56, falseWarnings: 0 },
  '19-beijing-shengtai-transfer-target-2026.pdf': { accuracy: 0.826, falseWarnings: 0 },
  '20-jilin-changchun-xinfang-list-target-2026.pdf': { accuracy: 0.004, falseWarnings: 1 },
  '21-zhejiang-hangzhou-qixiang-goal-only-list-2026.pdf': { accuracy: 0.0, falseWarnings: 0 },
};
const TOTAL_FLOOR = { accuracy: 0.437, falseWarnings: 5 };

describe('expected records of the real PDFs', () => {
  it('are valid, one per annotated file, each with a floor', () => {
    const files = readExpected().map((e) => e.file);
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(FLOORS).sort()).toEqual(files);
  });
});

describe.skipIf(!existsSync(REAL_PDF_DIR))('accuracy on the real PDFs', () => {
  it('keeps every file and the total at or above today\'s floor', async () => {
    const outcomes = await runReal();
    let correct = 0;
    let total = 0;
    let falseWarnings = 0;
    for (const o of outcomes) {
      expect(o.kind, `${'file' in o ? o.file : o.score.file}: the PDF must be present and unchanged`).toBe('scored');
      if (o.kind !== 'scored') continue;
      const s = o.score;
      const floor = FLOORS[s.file]!;
      expect(s.correct / s.total, `${s.file} field accuracy ${percent(s.correct, s.total)}`).toBeGreaterThanOrEqual(floor.accuracy);
      expect(s.falseWarnings.length, `${s.file} false warnings`).toBeLessThanOrEqual(floor.falseWarnings);
      correct += s.correct; total += s.total; falseWarnings += s.falseWarnings.length;
    }
    expect(correct / total, `total ${percent(correct, total)}`).toBeGreaterThanOrEqual(TOTAL_FLOOR.accuracy);
    expect(falseWarnings).toBeLessThanOrEqual(TOTAL_FLOOR.falseWarnings);
  }, 300_000);
});

if (!existsSync(REAL_PDF_DIR)) {
  describe('accuracy on the real PDFs', () => {
    it.skip(`skipped: ${REAL_PDF_DIR} is absent (the real PDFs are kept outside the repository)`, () => {});
  });
}
