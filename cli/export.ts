import { commandArgs } from './command-args.js';
import { DEFAULT_DB } from '../store/default-db.js';
import { EXPORT_ENTITY_NAMES, isExportEntity } from '../store/export/export-entities.js';
import { DEFAULT_OUT, EXPORT_FORMATS, EXPORTERS, type ExportFormat } from '../store/export/export-formats.js';
import { openReadOnly } from '../store/read-only-db.js';
import { StoreError } from '../store/store-error.js';

const USAGE = `Usage: jixiao export --format csv|jsonl|xlsx [--out FILE] [--db FILE] [--entity NAME]
  csv    one CSV per entity (UTF-8 with BOM) into the folder --out (default ${DEFAULT_OUT.csv}/),
         or with --entity one CSV to --out FILE or stdout
  jsonl  one Document record per line (the extract --json contract) to --out FILE or stdout
  xlsx   one sheet per entity, header row frozen, to --out FILE (default ${DEFAULT_OUT.xlsx})
  entities: ${EXPORT_ENTITY_NAMES.join(', ')}
  --db   database file (default ${DEFAULT_DB})
`;

const isFormat = (f: string | undefined): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f ?? '');

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('export', argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    db: { type: 'string', default: DEFAULT_DB },
    entity: { type: 'string' },
  }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const { format, entity } = values;
  if (positionals.length > 0 || !isFormat(format) || (entity !== undefined && (format !== 'csv' || !isExportEntity(entity)))) {
    process.stderr.write(USAGE);
    return 2;
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
    const counts = await EXPORTERS[format](db, { out, entity: entity ?? null }, process.stdout);
    const where = out ?? 'stdout';
    process.stderr.write(`exported to ${where}: ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
    return 0;
  } catch (error) {
    const code = error instanceof StoreError ? `${error.code}: ` : '';
    process.stderr.write(`jixiao export: ${code}${(error as Error).message}\n`);
    return 2;
  } finally {
    db.close();
  }
}
