/**
 * A benchmark section: a named piece of `npm run bench` that measures one thing and reports rows.
 * scripts/bench.ts runs every section of its SECTIONS list in order with a shared context and
 * prints all rows as one table (or JSON); adding a section is a new file plus one list entry.
 */

export interface BenchContext {
  /** scratch directory of this run, removed afterwards; sections create their own sub-folders */
  readonly tmpDir: string;
  /** smaller workloads, for a smoke run (`--quick`) */
  readonly quick: boolean;
  /** progress messages (stderr), never the results */
  readonly log: (message: string) => void;
}

/** One reported number. */
export interface BenchRow {
  readonly section: string;
  /** what was measured, e.g. `extractDocument` */
  readonly metric: string;
  /** null: not measured (the note says why, e.g. a peer that is not installed) */
  readonly value: number | null;
  /** e.g. `tables/s`, `ms`, `MB`, `%` */
  readonly unit: string;
  readonly note?: string;
}

export interface BenchSection {
  readonly name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

/** Wall-clock seconds of a piece of work. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}
