import { describe, expect, it } from 'vitest';
import { emptySummary, tally } from '../../store/import/import-summary.js';
import { asciiOnlyTerminal, createProgressReporter, progressBar, progressFacts } from '../../store/import/progress.js';

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

describe('progress on real terminals', () => {
  it('takes the ETA from the recent rate, not the average since the start', () => {
    let clock = 0;
    const lines: string[] = [];
    const p = createProgressReporter({ write: (t) => lines.push(t), isTTY: true, columns: 200 }, { now: () => clock, ttyIntervalMs: 0, rateWindowMs: 3000 });
    let s = emptySummary();
    // a slow start (workers starting, first big files): 1 file/s for 10 s …
    for (let i = 0; i < 10; i++) { clock += 1000; s = tally(s, written); p.update({ summary: s, total: 1000 }); }
    // … then 100 files/s for 5 s: 510 done, 490 to go at 100/s ≈ 5 s (the average, 34/s, says 14 s)
    for (let i = 0; i < 500; i++) { clock += 10; s = tally(s, written); p.update({ summary: s, total: 1000 }); }
    expect(lines.at(-1)).toMatch(/100\.0 files\/s · ETA 5s$/);
  });

  it('never draws wider than the terminal, and after a resize erases the rows the old line wraps onto', () => {
    let width = 120;
    let redraw: () => void = () => {};
    let unsubscribed = false;
    const out: string[] = [];
    const p = createProgressReporter({
      write: (t) => out.push(t), isTTY: true, columns: () => width,
      onResize: (r) => { redraw = r; return () => { unsubscribed = true; }; },
    }, { now: () => 0, ttyIntervalMs: 0 });
    let s = emptySummary();
    for (let i = 0; i < 5; i++) s = tally(s, written);
    p.update({ summary: s, total: 12345 });
    const wide = out.at(-1)!.replace(/^\r\x1b\[2K/, '');
    expect(wide.length).toBeGreaterThan(60);
    expect(wide.length).toBeLessThan(120);
    width = 40;
    redraw();
    const after = out.at(-1)!;
    const rows = Math.ceil(wide.length / 40);
    expect(after.startsWith('\r\x1b[2K' + '\x1b[1A\x1b[2K'.repeat(rows - 1))).toBe(true);
    expect(after.slice(('\r\x1b[2K' + '\x1b[1A\x1b[2K'.repeat(rows - 1)).length)).toHaveLength(39);
    p.finish();
    expect(unsubscribed).toBe(true);
  });

  it('draws with ASCII only when asked or when the locale makes the bar characters double-width', () => {
    const out: string[] = [];
    const p = createProgressReporter({ write: (t) => out.push(t), isTTY: true, columns: 200, ascii: true }, { now: () => 0 });
    p.update({ summary: tally(emptySummary(), written), total: 2 });
    expect(out[0]).toMatch(/^\r\x1b\[2K\[#{12}-{12}\] 1\/2 files \| /);
    expect(/^[\x00-\x7f]*$/.test(out[0]!)).toBe(true);
    expect(asciiOnlyTerminal({ LANG: 'zh_CN.UTF-8' })).toBe(true);
    expect(asciiOnlyTerminal({ LANG: 'ja_JP.UTF-8' })).toBe(true);
    expect(asciiOnlyTerminal({ LANG: 'en_US.UTF-8' })).toBe(false);
    expect(asciiOnlyTerminal({ LC_ALL: 'C.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe(false);
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
