import { readFileSync, writeFileSync } from 'node:fs';
import { commandArgs } from './command-args.js';
import { DEFAULT_DB } from '../store/default-db.js';
import { CorrectionsDb, type CorrectionsFile } from '../store/corrections.js';
import { StoreError } from '../store/store-error.js';

const USAGE = `Usage: jixiao corrections export FILE [--db DB]   every correction and verified mark (the audit trail) as JSON
       jixiao corrections import FILE [--db DB]   add them to another database (entries already there are skipped)
       jixiao corrections list [--db DB]          the trail, newest last
  Corrections are made in the review server (jixiao review --db DB --serve); they are keyed by the
  document's sha256, the table's position, the row's name and the field, so they apply again after
  a re-import or import --force.
  --db  database file (default ${DEFAULT_DB})
`;

const ACTIONS = {
  export: (db: CorrectionsDb, file: string | undefined) => {
    if (!file) return usage();
    const trail = db.export();
    writeFileSync(file, JSON.stringify(trail, null, 2) + '\n');
    process.stderr.write(`exported ${trail.corrections.length} corrections, ${trail.verifications.length} verified marks to ${file}\n`);
    return 0;
  },
  import: (db: CorrectionsDb, file: string | undefined) => {
    if (!file) return usage();
    let parsed: CorrectionsFile;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as CorrectionsFile;
    } catch (error) {
      throw new StoreError('CORRECTION_INVALID', `${file}: not a corrections file (${(error as Error).message})`);
    }
    if (parsed.jixiao_corrections !== 1 || !Array.isArray(parsed.corrections) || !Array.isArray(parsed.verifications)) {
      throw new StoreError('CORRECTION_INVALID', `${file}: not a corrections file (write one with jixiao corrections export)`);
    }
    const n = db.import(parsed);
    process.stderr.write(`imported ${n.corrections} corrections, ${n.verifications} verified marks (${n.skipped} already there)\n`);
    return 0;
  },
  list: (db: CorrectionsDb, file: string | undefined) => {
    if (file) return usage();
    const { corrections, verifications } = db.export();
    for (const c of corrections) {
      const row = c.entity === 'table' ? '' : ` ${c.entity} ${c.row_name}${c.row_occurrence > 1 ? `#${c.row_occurrence}` : ''}`;
      process.stdout.write(`${c.corrected_at} ${c.reviewer} ${c.document_sha256.slice(0, 12)} table ${c.table_ordinal}${row} ${c.field}: ` +
        `${JSON.stringify(c.old_value)} → ${JSON.stringify(c.new_value)} (${c.reason})${db.applies(c) ? '' : ' [applies to no stored row]'}\n`);
    }
    for (const v of verifications) {
      process.stdout.write(`${v.verified_at} ${v.reviewer} ${v.document_sha256.slice(0, 12)} table ${v.table_ordinal} ${v.verified ? 'verified' : 'not verified'}\n`);
    }
    return 0;
  },
} satisfies Record<string, (db: CorrectionsDb, file: string | undefined) => number>;

function usage(): number {
  process.stderr.write(USAGE);
  return 2;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('corrections', argv, { db: { type: 'string', default: DEFAULT_DB } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const [action, file, ...extra] = parsed.positionals;
  if (!action || !Object.hasOwn(ACTIONS, action) || extra.length > 0) return usage();
  let db: CorrectionsDb;
  try {
    db = CorrectionsDb.open(parsed.values.db);
  } catch (error) {
    const code = error instanceof StoreError ? ` [${error.code}]` : '';
    process.stderr.write(`jixiao corrections: ${(error as Error).message}${code}\n`);
    return 2;
  }
  try {
    return ACTIONS[action as keyof typeof ACTIONS](db, file);
  } catch (error) {
    const code = error instanceof StoreError ? ` [${error.code}]` : '';
    process.stderr.write(`jixiao corrections: ${(error as Error).message}${code}\n`);
    return 2;
  } finally {
    db.close();
  }
}
