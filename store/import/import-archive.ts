import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import pLimit from 'p-limit';
import type { Severity } from '../../schemas/finding-codes.js';
import { rowsFromDocument } from '../rows-from-document.js';
import type { Store } from '../store.js';
import { toolVersion } from '../tool-version.js';
import { errorMessage } from './extract-checked.js';
import type { Extractor } from './extract-result.js';
import { emptySummary, tally, type FailedOutcome, type FileOutcome, type ImportSummary } from './import-summary.js';
import { countEntries, walkPaths, type WalkEntry } from './walk-paths.js';

export interface ImportOptions {
  /** replace documents already in the store */
  readonly force: boolean;
  /** files in flight at once (read, extracting or waiting to be written): bounds memory */
  readonly window: number;
  /** concurrent file reads */
  readonly readConcurrency?: number;
  /** larger files are recorded as FILE_TOO_LARGE without being read */
  readonly maxFileBytes?: number;
  /** the command line, recorded with the run */
  readonly args?: readonly string[];
  /** stop taking new files (Ctrl-C); files in flight are finished */
  readonly signal?: AbortSignal;
  /** only the entries this accepts are imported (`--shard i/n`, see shard.ts) */
  readonly select?: (entry: WalkEntry) => boolean;
}

export interface ProgressSnapshot {
  readonly summary: ImportSummary;
  /** known once the counting walk has finished */
  readonly total: number | null;
}

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
const PASSED_OVER_LISTED = 5;

/**
 * Imports every file the paths name: stream the file list, read (bounded), hash, skip what the
 * store already has, extract (the Extractor spreads this over workers), write one transaction
 * per document on this thread. Bad files become failures; only a store error stops the batch.
 */
export async function importArchive(
  paths: readonly string[],
  store: Store,
  extractor: Extractor,
  options: ImportOptions,
  onProgress: (snapshot: ProgressSnapshot) => void = () => {},
): Promise<ImportSummary> {
  const started = performance.now();
  const version = toolVersion();
  const readLimit = pLimit(options.readConcurrency ?? 4);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const runId = store.beginRun(options.args ?? paths);
  let summary = emptySummary();
  let total: number | null = null;
  void countEntries(paths, options.select).then((n) => { total = n; }, () => {});

  const now = () => new Date().toISOString();
  /** main-thread time spent turning records into rows and writing them: the store's own cost */
  let storeMs = 0;
  const timed = <T>(work: () => T): T => {
    const start = performance.now();
    try {
      return work();
    } finally {
      storeMs += performance.now() - start;
    }
  };
  /** records a file that gave no table; the batch goes on */
  const fail = (path: string, sha256: string | null, errors: FailedOutcome['errors']): FailedOutcome => {
    timed(() => store.putFailure({ path, sha256, errors, recordedAt: now() }, runId));
    return { kind: 'failed', path, errors };
  };

  const processFile = async (entry: WalkEntry): Promise<FileOutcome> => {
    if (entry.kind === 'missing') {
      return fail(entry.path, null, [{ code: 'FILE_NOT_FOUND', message: 'no such file, folder or matching path' }]);
    }
    // stored absolute: the path identifies the file across runs started from other folders
    const path = resolve(entry.path);
    const read = await readLimit(async () => {
      const file = await open(path);
      try {
        const { size } = await file.stat();
        if (size > maxFileBytes) return { tooLarge: size } as const;
        const buffer = await file.readFile();
        // a plain Uint8Array view: the extraction core (pdfjs) does not take Buffer subclasses
        return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) } as const;
      } finally {
        await file.close();
      }
    }).catch((error: unknown) => ({ error }) as const);
    if ('error' in read) return fail(path, null, [{ code: 'FILE_UNREADABLE', message: errorMessage(read.error) }]);
    if ('tooLarge' in read) {
      return fail(path, null, [{ code: 'FILE_TOO_LARGE', message: `${read.tooLarge} bytes is over the ${maxFileBytes} byte limit` }]);
    }
    const { bytes } = read;
    const size = bytes.byteLength;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const existing = store.lookup(sha256);
    if (existing && (!options.force || existing.runId === runId)) return { kind: 'skipped' };

    const result = await extractor.extract(path, bytes);
    // a record with no table is a failed file, whatever else it says
    if (result.kind === 'failed') return fail(path, sha256, result.errors);
    if (result.document.tables.length === 0) {
      const { errors } = result.document;
      return fail(path, sha256, errors.length > 0 ? errors : [{ code: 'NO_TABLE_FOUND', message: 'no table found' }]);
    }
    const { rows, put } = timed(() => {
      const rows = rowsFromDocument(result.document, { path, sha256, size, importedAt: now(), toolVersion: version });
      return { rows, put: store.putDocument(rows, runId, options.force) };
    });
    if (put === 'skipped') return { kind: 'skipped' };
    const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of [...rows.findings, ...rows.tables.flatMap((t) => t.findings)]) findings[f.severity as Severity]++;
    return { kind: put, tables: rows.document.table_count, indicators: rows.document.indicator_count, findings };
  };

  const inFlight = new Set<Promise<void>>();
  let storeError: unknown = null;
  try {
    // a file a folder walk passes over is reported (counted, the first named), never silently dropped
    const passOver = (path: string) => {
      if (options.select && !options.select({ kind: 'file', path })) return;
      summary = { ...summary, passedOver: summary.passedOver + 1,
        passedOverExamples: summary.passedOverExamples.length < PASSED_OVER_LISTED ? [...summary.passedOverExamples, path] : summary.passedOverExamples };
    };
    for await (const entry of walkPaths(paths, passOver)) {
      if (options.signal?.aborted || storeError) break;
      if (options.select && !options.select(entry)) continue;
      while (inFlight.size >= Math.max(1, options.window)) await Promise.race(inFlight);
      if (storeError) break;
      const task: Promise<void> = processFile(entry)
        .then((outcome) => {
          summary = tally(summary, outcome);
          onProgress({ summary, total });
        }, (error: unknown) => { storeError ??= error; })
        .finally(() => { inFlight.delete(task); });
      inFlight.add(task);
    }
  } finally {
    await Promise.all(inFlight);
  }
  if (storeError) throw storeError;

  summary = {
    ...summary,
    interrupted: options.signal?.aborted ?? false,
    elapsedMs: performance.now() - started,
    storeMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  store.finishRun(runId, { imported: summary.imported, skipped: summary.skipped, failed: summary.failed });
  onProgress({ summary, total });
  return summary;
}
