import { resolve } from 'node:path';
import { commandArgs, usageError } from './command-args.js';
import { codeMessage, say } from '../schemas/messages.js';
import { DEFAULT_DB } from '../store/default-db.js';
import { mergeInto } from '../store/merge-databases.js';
import { openReadOnly } from '../store/read-only-db.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { StoreError } from '../store/store-error.js';
import { sameFile } from '../store/export/safe-output.js';

const USAGE = `Usage: jixiao merge SOURCE.sqlite... [--db TARGET.sqlite]
  Copies every document (with its tables, findings, failures) of each SOURCE database into
  TARGET (default ${DEFAULT_DB}; created if needed) unless TARGET already holds the same content
  (sha256). Run it again and nothing is added. Each source becomes one import run in TARGET whose
  arguments name it; documents keep their path, imported_at and tool_version.
  Typical use: jixiao import archive/ --shard 1/4 --db part1.sqlite on four machines, then
  jixiao merge part*.sqlite --db all.sqlite
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('merge', argv, { db: { type: 'string', default: DEFAULT_DB } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError('merge', say('MISSING', { what: ' SOURCE.sqlite' }));
  if (positionals.some((source) => sameFile(source, values.db))) {
    process.stderr.write(`jixiao merge: MERGE_SAME_DATABASE: ${codeMessage('MERGE_SAME_DATABASE', `${values.db} is both a source and the target`)}\n`);
    return 2;
  }
  let target;
  try {
    target = openSqliteStore(values.db);
  } catch (error) {
    process.stderr.write(`jixiao merge: cannot open ${values.db}: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    for (const source of positionals) {
      const db = openReadOnly(source);
      try {
        const counts = mergeInto(target, db, resolve(source));
        process.stderr.write(say('MERGED', { source, target: values.db, ...counts }) + '\n');
      } finally {
        db.close();
      }
    }
    return 0;
  } catch (error) {
    const code = error instanceof StoreError ? `${error.code}: ` : '';
    process.stderr.write(`jixiao merge: ${code}${(error as Error).message}\n`);
    return 2;
  } finally {
    target.close();
  }
}
