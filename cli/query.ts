import { readFileSync } from 'node:fs';
import { commandArgs, usageError } from './command-args.js';
import { say } from '../schemas/messages.js';
import { openReadOnly } from '../store/read-only-db.js';
import { RENDERERS, type OutputFormat } from '../store/query/render-rows.js';
import { REPORTS, isReportName } from '../store/query/reports.js';
import { StoreError } from '../store/store-error.js';
import { streamWriter } from '../store/stream-writer.js';
import { DEFAULT_DB } from '../store/default-db.js';

const usage = (): string => `Usage: jixiao query REPORT [ARG] [--db FILE] [--csv|--json] [--limit N]
       jixiao query --sql "SELECT …" | --sql-file FILE | --sql - [--db FILE] [--csv|--json] [--limit N]
Reports:
${Object.entries(REPORTS).map(([name, r]) => `  ${(name + (r.argument ? ' ' + r.argument : '')).padEnd(22)} ${r.summary}`).join('\n')}
  --sql      any read-only statement (SELECT, WITH, read-only PRAGMA); writes are refused;
             it may start with a -- comment; --sql - reads the statement from stdin
  --sql-file a file holding the statement
  --limit    rows (default 100; 0 = all); with --sql it caps the aligned table only
  --db       database file (default ${DEFAULT_DB})
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('query', argv, {
    db: { type: 'string', default: DEFAULT_DB },
    sql: { type: 'string' },
    'sql-file': { type: 'string' },
    csv: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    limit: { type: 'string', default: '100', rule: { kind: 'integer', min: 0 } },
  }, usage());
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const limit = Number(values.limit);
  const [name, argument, ...extra] = positionals;
  if (values.csv && values.json) return usageError('query', say('CONFLICT', { a: '--csv', b: '--json' }));
  if (values.sql !== undefined && values['sql-file'] !== undefined) return usageError('query', say('CONFLICT', { a: '--sql', b: '--sql-file' }));
  let sql: string | undefined;
  try {
    sql = values['sql-file'] !== undefined ? readFileSync(values['sql-file'], 'utf8')
      : values.sql === '-' ? readFileSync(0, 'utf8') : values.sql;
  } catch (error) {
    process.stderr.write(`jixiao query: ${values['sql-file'] ?? 'stdin'}: ${(error as Error).message}\n`);
    return 2;
  }
  const format: OutputFormat = values.json ? 'json' : values.csv ? 'csv' : 'table';
  const report = name !== undefined && isReportName(name) ? REPORTS[name] : null;
  const valid = Number.isInteger(limit) && limit >= 0 && extra.length === 0 && !(values.csv && values.json) &&
    (sql !== undefined ? name === undefined : report !== null && (argument !== undefined) === (report.argument !== null));
  if (!valid) {
    process.stderr.write(name && !report && sql === undefined ? `jixiao query: unknown report "${name}"\n${usage()}` : usage());
    return 2;
  }

  let db;
  try {
    db = openReadOnly(values.db);
  } catch (error) {
    process.stderr.write(`jixiao query: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const query = report ? report.build(argument ?? '', limit) : { sql: sql!, params: {} };
    const result = db.run(query.sql, query.params);
    // a named report is already limited in SQL; --sql output is capped only in the aligned table
    await RENDERERS[format](result, streamWriter(process.stdout), {
      maxRows: report ? 0 : limit, maxCellWidth: 40, maxWidth: process.stdout.isTTY ? process.stdout.columns ?? 0 : 0,
    });
    return 0;
  } catch (error) {
    const code = error instanceof StoreError ? `${error.code}: ` : '';
    process.stderr.write(`jixiao query: ${code}${(error as Error).message}\n`);
    return 2;
  } finally {
    db.close();
  }
}
