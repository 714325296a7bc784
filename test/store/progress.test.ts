import { describe, expect, it } from 'vitest';
import { emptySummary, tally } from '../../store/import/import-summary.js';
import { createProgressReporter, progressBar, progressFacts } from '../../store/import/progress.js';

const written = { kind: 'imported', tables: 3, indicators: 30, findings: { error: 0, warning: 2, info: 1 } } as const;

describe('progress', () => {
  it('shows done/total, tables, failures, rate and ETA', () => {
    let s = emptySummary();
    for (let i = 0; i < 40; i++) s = tally(s, written);
    s = tally(s, { kind: 'failed', path: 'x', errors: [{ code: 'FILE_EMPTY', message: 'empty' }] });
    const facts = progressFacts({ summary: s, total: 82 }, 10_000);
    expect(facts).toEqual(['41/82 files', '120 tables', '1 failed', '4.1 files/s', 'ETA 10s']);
    expect(progressFacts({ summary: s, total: null }, 10_000)[0]).toBe('41 files');
  });

  it('draws a bar proportional to the work done', () => {
    expect(progressBar(5, 10, 10)).toBe('[█████░░░░░] ');
    expect(progressBar(5, null, 10)).toBe('');
  });

  it('redraws in place on a TTY but writes plain lines only every interval elsewhere', () => {
    let clock = 0;
    const tty: string[] = [];
    const plain: string[] = [];
    const onTty = createProgressReporter({ write: (t) => tty.push(t), isTTY: true }, { now: () => clock });
    const onLog = createProgressReporter({ write: (t) => plain.push(t), isTTY: false }, { now: () => clock, plainIntervalMs: 1000 });
    let s = emptySummary();
    for (let i = 0; i < 30; i++) {
      clock += 100;
      s = tally(s, written);
      onTty.update({ summary: s, total: 30 });
      onLog.update({ summary: s, total: 30 });
    }
    onTty.finish();
    expect(tty.length).toBeGreaterThan(20);
    expect(tty.every((t) => t.startsWith('\r'))).toBe(true);
    expect(plain.length).toBe(3);
    expect(plain[0]).toMatch(/^import: 10\/30 files/); // the first log line waits one interval
    expect(plain.every((t) => t.endsWith('\n') && !t.includes('\r'))).toBe(true);
  });
});

describe('tally', () => {
  it('counts each outcome kind and keeps only the first failures in memory', () => {
    let s = emptySummary();
    s = tally(s, written);
    s = tally(s, { ...written, kind: 'replaced' });
    s = tally(s, { kind: 'skipped' });
    for (let i = 0; i < 50; i++) s = tally(s, { kind: 'failed', path: `f${i}`, errors: [] });
    expect(s).toMatchObject({ files: 53, imported: 2, replaced: 1, skipped: 1, failed: 50, tables: 6, indicators: 60 });
    expect(s.findings).toEqual({ error: 0, warning: 4, info: 2 });
    expect(s.failures.length).toBeLessThan(50);
    expect(s.failures[0]).toEqual({ path: 'f0', code: 'NO_TABLE_FOUND', message: '' });
  });
});
