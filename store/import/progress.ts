import type { ProgressSnapshot } from './import-archive.js';

export const formatDuration = (ms: number): string => {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};

/**
 * The facts one progress line shows: files done / total, tables, failures, rate and ETA. `rate`
 * (files/s) is the recent one when known — the start of an import (worker start-up, first
 * batches) says little about its end — else the average since the start.
 */
export function progressFacts(snapshot: ProgressSnapshot, elapsedMs: number, rate?: number): string[] {
  const { summary, total } = snapshot;
  const done = summary.files;
  const perSecond = rate ?? (elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0);
  const facts = [
    `${done}${total === null ? '' : `/${total}`} files`,
    `${summary.tables} tables`,
    `${summary.failed} failed`,
    `${perSecond.toFixed(1)} files/s`,
  ];
  if (total !== null && perSecond > 0 && done < total) facts.push(`ETA ${formatDuration(((total - done) / perSecond) * 1000)}`);
  return facts;
}

/** A bar of `width` cells, or an empty string while the total is unknown. */
export function progressBar(done: number, total: number | null, width: number, ascii = false): string {
  if (total === null || total === 0) return '';
  const filled = Math.min(width, Math.round((done / total) * width));
  const [full, empty] = ascii ? ['#', '-'] : ['█', '░'];
  return `[${full.repeat(filled)}${empty.repeat(width - filled)}] `;
}

/**
 * In Chinese, Japanese and Korean terminal setups the East Asian Width "ambiguous" characters
 * (█ ░ ·) are drawn double-width, so a bar measured in single cells overflows the line and
 * wraps. Those locales get ASCII.
 */
export function asciiOnlyTerminal(env: NodeJS.ProcessEnv = process.env): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /^(zh|ja|ko)([_.-]|$)/i.test(locale) || env.TERM === 'dumb';
}

/** Files done per second over the last `windowMs`, from samples kept only that long. */
export function recentRate(windowMs: number) {
  const samples: { t: number; done: number }[] = [];
  return (t: number, done: number): number | undefined => {
    samples.push({ t, done });
    while (samples.length > 2 && samples[1]!.t <= t - windowMs) samples.shift();
    const first = samples[0]!;
    return t - first.t >= Math.min(windowMs, 1000) ? ((done - first.done) / (t - first.t)) * 1000 : undefined;
  };
}

export interface ProgressOutput {
  readonly write: (text: string) => unknown;
  readonly isTTY: boolean;
  /** terminal width now (read at every draw: the terminal may have been resized), or a fixed width */
  readonly columns?: number | (() => number | undefined);
  /** subscribes to terminal resizes; returns the unsubscribe */
  readonly onResize?: (redraw: () => void) => () => void;
  /** ASCII bar and separators (see asciiOnlyTerminal) */
  readonly ascii?: boolean;
}

export interface ProgressReporter {
  update(snapshot: ProgressSnapshot): void;
  /** clears the live line (TTY) before the summary is printed */
  finish(): void;
}

/**
 * On a TTY: one line redrawn in place at most every `ttyIntervalMs`, never wider than the
 * terminal; after a resize the rows the old line now wraps onto are erased and the line is
 * redrawn. Elsewhere (logs, CI): a plain line every `plainIntervalMs`, so a long import shows it
 * is alive without flooding. ETA and rate come from the last `rateWindowMs`.
 */
export function createProgressReporter(
  out: ProgressOutput,
  { ttyIntervalMs = 100, plainIntervalMs = 5000, rateWindowMs = 20_000, now = () => performance.now() } = {},
): ProgressReporter {
  const started = now();
  const rate = recentRate(rateWindowMs);
  const columns = (): number => (typeof out.columns === 'function' ? out.columns() : out.columns) ?? 80;
  const separator = out.ascii ? ' | ' : ' · ';
  // a live line can start at once; a log line only once the import has run for an interval
  let last = out.isTTY ? -Infinity : started;
  /** the line on screen (TTY), to erase it whole after a resize */
  let drawn: string | null = null;
  let latest: { snapshot: ProgressSnapshot; facts: string } | null = null;

  const draw = (erase: string): void => {
    if (!latest) return;
    const width = Math.max(20, columns() - 1);
    const line = `${progressBar(latest.snapshot.summary.files, latest.snapshot.total, 24, out.ascii)}${latest.facts}`.slice(0, width);
    out.write(`${erase}${line}`);
    drawn = line;
  };
  /** back to the start of the drawn line, erasing the rows it wraps onto at the current width */
  const eraseDrawn = (): string => {
    if (drawn === null) return '\r\x1b[2K';
    const rows = Math.max(1, Math.ceil(drawn.length / Math.max(1, columns())));
    return '\r\x1b[2K' + '\x1b[1A\x1b[2K'.repeat(rows - 1);
  };
  const unsubscribe = out.isTTY && out.onResize ? out.onResize(() => draw(eraseDrawn())) : () => {};

  return {
    update(snapshot) {
      const t = now();
      const recent = rate(t, snapshot.summary.files);
      if (t - last < (out.isTTY ? ttyIntervalMs : plainIntervalMs)) return;
      last = t;
      const facts = progressFacts(snapshot, t - started, recent).join(separator);
      latest = { snapshot, facts };
      if (out.isTTY) draw('\r\x1b[2K');
      else out.write(`import: ${facts}\n`);
    },
    finish() {
      unsubscribe();
      if (drawn !== null) out.write(eraseDrawn());
    },
  };
}
