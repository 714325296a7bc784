import { commandArgs } from './command-args.js';
import { comparableDocument, diffDocuments } from '../review/diff-documents.js';
import { formatDiff } from '../review/format-diff.js';
import { loadRecords } from '../review/load-records.js';
import { StoreError } from '../store/store-error.js';

const USAGE = `Usage: jixiao diff A B [--json]
  A, B   each an \`extract --json\` output, a \`export --format jsonl\` file or a jixiao database
  tables are matched by document (sha256, else path, else file name) and table (kind, year, name,
  else position); per changed indicator the field with both values
  --json the diff as JSON for tools
  exit code: 0 equal, 1 different, 2 error
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('diff', argv, { json: { type: 'boolean', default: false } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  let diff;
  try {
    const a = (await loadRecords(positionals[0]!, comparableDocument)).documents;
    const b = (await loadRecords(positionals[1]!, comparableDocument)).documents;
    diff = diffDocuments(a, b);
  } catch (error) {
    const code = error instanceof StoreError ? ` [${error.code}]` : '';
    process.stderr.write(`jixiao diff: ${(error as Error).message}${code}\n`);
    return 2;
  }
  process.stdout.write(values.json ? JSON.stringify(diff, null, 2) + '\n' : formatDiff(diff));
  return diff.equal ? 0 : 1;
}
