import type { ProgressSnapshot } from './import-archive.js';

export const formatDuration = (ms: number): string => {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};

/** The facts one progress line shows: files done / total, tables, failures, rate, ETA. */
export function progressFacts(snapshot: ProgressSnapshot, elapsedMs: number): string[] {
  const { summary, total } = snapshot;
  const done = summary.files;
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const facts = [
    `${done}${total === null ? '' : `/${total}`} files`,
    `${summary.tables} tables`,
    `${summary.failed} failed`,
    `${rate.toFixed(1)} files/s`,
  ];
  if (total !== null && rate > 0 && done < total) facts.push(`ETA ${formatDuration(((total - done) / rate) * 1000)}`);
  return facts;
}

/** A bar of `width` cells, or an empty string while the total is unknown. */
export function progressBar(done: number, total: number | null, width: number): string {
  if (total === null || total === 0) return '';
  const filled = Math.min(width, Math.round((done / total) * width));
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] `;
}

export interface ProgressOutput {
  readonly write: (text: string) => unknown;
  readonly isTTY: boolean;
  readonly columns?: number;
}

export interface ProgressReporter {
  update(snapshot: ProgressSnapshot): void;
  /** clears the live line (TTY) before the summary is printed */
  finish(): void;
}

/**
 * On a TTY: one line redrawn in place at most every `ttyIntervalMs`. Elsewhere (logs, CI): a
 * plain line every `plainIntervalMs`, so a long import shows it is alive without flooding.
 */
export function createProgressReporter(
  out: ProgressOutput,
  { ttyIntervalMs = 100, plainIntervalMs = 5000, now = () => performance.now() } = {},
): ProgressReporter {
  const started = now();
  // a live line can start at once; a log line only once the import has run for an interval
  let last = out.isTTY ? -Infinity : started;
  let drawn = false;
  return {
    update(snapshot) {
      const t = now();
      if (t - last < (out.isTTY ? ttyIntervalMs : plainIntervalMs)) return;
      last = t;
      const facts = progressFacts(snapshot, t - started).join(' · ');
      if (out.isTTY) {
        const line = `${progressBar(snapshot.summary.files, snapshot.total, 24)}${facts}`;
        out.write(`\r\x1b[2K${line.slice(0, Math.max(20, (out.columns ?? 80) - 1))}`);
        drawn = true;
      } else {
        out.write(`import: ${facts}\n`);
      }
    },
    finish() {
      if (drawn) out.write('\r\x1b[2K');
    },
  };
}
