import { commandArgs, usageError } from './command-args.js';
import { say } from '../schemas/messages.js';
import { inShard, parseShard, shardKey } from '../store/import/shard.js';
import { asciiOnlyTerminal } from '../store/import/progress.js';
import { availableParallelism } from 'node:os';
import { DEFAULT_DB } from '../store/default-db.js';
import { discardingStore } from '../store/discarding-store.js';
import { inProcessExtractor } from '../store/import/extract-checked.js';
import { formatSummary } from '../store/import/format-summary.js';
import { importArchive } from '../store/import/import-archive.js';
import { createProgressReporter } from '../store/import/progress.js';
import { createWorkerPool } from '../store/import/worker-pool.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { StoreError } from '../store/store-error.js';

const USAGE = `Usage: jixiao import PATH... [--db FILE] [--jobs N] [--shard I/N] [--force] [--dry-run] [--json] [--ascii]
  PATH       files, folders (recursive) or quoted globs ('archive/**/*.pdf'); a path that exists
             is taken as it is, even with [ ] * ? in its name
  --db       database file (default ${DEFAULT_DB}; created and migrated as needed)
  --jobs     extraction worker threads (default: CPUs - 1, the main thread writes; 0 = extract on the main thread)
  --force    replace documents already imported (matched by sha256)
  --dry-run  extract everything, write nothing
  --json     print the summary as JSON on stdout
  --shard    I/N: import only the I-th of N stable parts of the file list (by a hash of each
             file's path below its PATH argument), to split an archive over machines; then
             jixiao merge the databases
  --ascii    draw the progress bar with ASCII only (default when the locale is Chinese/Japanese/
             Korean, where the bar characters are double-width)
Exit code: 0 all files imported or skipped, 1 some failed, 2 usage or database error, 130 interrupted.
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('import', argv, {
    db: { type: 'string', default: DEFAULT_DB },
    jobs: { type: 'string', rule: { kind: 'integer', min: 0 } },
    shard: { type: 'string' },
    ascii: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  // the main thread writes the database: leave it a core of its own
  const jobs = values.jobs === undefined ? Math.max(1, availableParallelism() - 1) : Number(values.jobs);
  if (positionals.length === 0) return usageError('import', say('MISSING', { what: ' PATH' }));
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (values.shard !== undefined && shard === null) {
    return usageError('import', say('BAD_CHOICE', { option: '--shard', value: values.shard, allowed: 'I/N with 1 ≤ I ≤ N (1/4, 2/4, …)', suggestion: null }));
  }

  let store;
  try {
    store = values['dry-run'] ? discardingStore() : openSqliteStore(values.db);
  } catch (error) {
    process.stderr.write(`jixiao import: cannot open ${values.db}: ${(error as Error).message}\n`);
    return 2;
  }
  const extractor = jobs === 0 ? inProcessExtractor() : createWorkerPool({ size: jobs });
  const progress = createProgressReporter({
    write: (text) => process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
    columns: () => process.stderr.columns,
    onResize: (redraw) => { process.stderr.on('resize', redraw); return () => process.stderr.off('resize', redraw); },
    ascii: values.ascii || asciiOnlyTerminal(),
  });
  // first Ctrl-C: finish the files in flight and report; second: leave at once (the database stays consistent)
  const abort = new AbortController();
  const onSigint = () => { if (abort.signal.aborted) process.exit(130); abort.abort(); };
  process.on('SIGINT', onSigint);
  try {
    const summary = await importArchive(positionals, store, extractor, {
      force: values.force, window: jobs * 2 + 4, args: argv, signal: abort.signal,
      ...(shard && { select: (entry) => inShard(shardKey(entry.path, positionals), shard) }),
    }, (snapshot) => progress.update(snapshot));
    progress.finish();
    const database = values['dry-run'] ? '(dry run)' : values.db;
    process.stdout.write(values.json ? JSON.stringify({ database, ...summary }) + '\n' : formatSummary(summary, database));
    return summary.interrupted ? 130 : summary.failed > 0 ? 1 : 0;
  } catch (error) {
    progress.finish();
    const code = error instanceof StoreError ? `${error.code}: ` : '';
    process.stderr.write(`jixiao import: ${code}${(error as Error).message}\n`);
    return 2;
  } finally {
    process.off('SIGINT', onSigint);
    await extractor.close();
    store.close();
  }
}
