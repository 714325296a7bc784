import { commandArgs, usageError } from './command-args.js';
import { DEFAULT_DB } from '../store/default-db.js';
import { HEADER_STYLES, type HeaderStyle } from '../store/export/export-columns.js';
import { EXPORT_ENTITY_NAMES, type ExportEntity } from '../store/export/export-entities.js';
import { DEFAULT_OUT, EXPORT_FORMATS, EXPORTERS, type ExportFormat } from '../store/export/export-formats.js';
import { openReadOnly } from '../store/read-only-db.js';
import { StoreError } from '../store/store-error.js';
import { codeMessage, say } from '../schemas/messages.js';

const USAGE = `Usage: jixiao export --format csv|jsonl|xlsx [--out FILE] [--db FILE] [--entity NAME] [--headers en|zh] [--raw]
  csv    one CSV per entity (UTF-8 with BOM) into the folder --out (default ${DEFAULT_OUT.csv}/),
         or with --entity one CSV to --out FILE or stdout
  jsonl  one Document record per line (the extract --json contract) to --out FILE or stdout
  xlsx   for Excel/WPS: one sheet per entity, Chinese headers, numbers and dates as such,
         autofilter, header row frozen, to --out FILE (default ${DEFAULT_OUT.xlsx})
  --entity   csv only: ${EXPORT_ENTITY_NAMES.join(', ')}
  --headers  csv header row: en (machine names, default) or zh (Chinese)
  --raw      csv for machines: cells exactly as stored (by default a text cell starting with
             = + - @ gets a leading ' so Excel/WPS do not run it as a formula)
  --db       database file (default ${DEFAULT_DB})
Files are written to a temporary file and renamed when complete; an existing file is replaced
(and said so); the database itself is never overwritten.
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('export', argv, {
    format: { type: 'string', rule: { kind: 'choice', values: EXPORT_FORMATS } },
    out: { type: 'string' },
    db: { type: 'string', default: DEFAULT_DB },
    entity: { type: 'string', rule: { kind: 'choice', values: EXPORT_ENTITY_NAMES } },
    headers: { type: 'string', default: 'en', rule: { kind: 'choice', values: HEADER_STYLES } },
    raw: { type: 'boolean', default: false },
  }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = values.format as ExportFormat | undefined;
  const entity = (values.entity ?? null) as ExportEntity | null;
  if (positionals.length > 0) return usageError('export', say('EXTRA_ARGUMENTS', { count: positionals.length, list: positionals.join(' ') }));
  if (!format) return usageError('export', say('MISSING', { what: ` --format (${EXPORT_FORMATS.join(', ')})` }));
  if (entity && format !== 'csv') return usageError('export', say('ONLY_WITH', { option: '--entity', with: '--format csv' }));
  if ((values.raw || values.headers !== 'en') && format !== 'csv') {
    return usageError('export', say('ONLY_WITH', { option: values.raw ? '--raw' : '--headers', with: '--format csv' }));
  }
  let db;
  try {
    db = openReadOnly(values.db);
  } catch (error) {
    process.stderr.write(`jixiao export: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const out = values.out ?? (entity ? null : DEFAULT_OUT[format]);
    const { counts, files } = await EXPORTERS[format](db, {
      out, entity, db: values.db, headers: values.headers as HeaderStyle, csvStyle: values.raw ? 'raw' : 'spreadsheet',
    }, process.stdout);
    for (const file of files) if (file.replaced) process.stderr.write(say('REPLACED', { path: file.path }) + '\n');
    const where = out ?? 'stdout';
    process.stderr.write(say('EXPORTED', { where, counts: Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ') }) + '\n');
    return 0;
  } catch (error) {
    const code = error instanceof StoreError ? error.code : null;
    process.stderr.write(`jixiao export: ${code ? `${code}: ${codeMessage(code, (error as Error).message)}` : (error as Error).message}\n`);
    return 2;
  } finally {
    db.close();
  }
}
