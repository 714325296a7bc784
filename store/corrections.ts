import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { migrate } from './migrate.js';
import { yuanToFen } from './money.js';
import type { SqlValue } from './rows.js';
import { StoreError } from './store-error.js';

/**
 * Reviewers' corrections and verified marks: written here, read by the analyst views
 * (`store/schema.ts`, migration 3). A correction names its value by content and position —
 * document sha256, table ordinal, row name + occurrence, column — so it outlives the row ids
 * that every re-import replaces.
 */
export type CorrectionEntity = 'table' | 'funds' | 'indicator';

/** How a reviewer's text becomes the column's value. */
type ValueKind = 'text' | 'number' | 'integer' | 'money' | 'rate';

/** The columns a reviewer may correct, per entity (the same lists as migration 3's views). */
export const CORRECTABLE = {
  indicator: {
    level1: 'text', level2: 'text', name: 'text', target: 'text', actual: 'text',
    weight: 'number', score: 'number', deviation: 'text',
  },
  funds: {
    item: 'text', initial_budget_fen: 'money', annual_budget_fen: 'money', executed_fen: 'money',
    weight: 'number', rate: 'rate', score: 'number',
  },
  table: {
    title: 'text', year: 'integer', project: 'text', department: 'text', implementer: 'text',
    total_weight: 'number', total_score: 'number',
  },
} as const satisfies Record<CorrectionEntity, Record<string, ValueKind>>;

export interface CorrectionKey {
  readonly document_sha256: string;
  readonly table_ordinal: number;
  readonly entity: CorrectionEntity;
  /** indicator name / funds item as extracted; '' for the table itself */
  readonly row_name: string;
  /** 1 for the first row of that name in the table */
  readonly row_occurrence: number;
  readonly field: string;
}

export interface Correction extends CorrectionKey {
  readonly row_ordinal: number | null;
  readonly old_value: SqlValue;
  readonly new_value: SqlValue;
  readonly reason: string;
  readonly reviewer: string;
  readonly corrected_at: string;
}

export interface Verification {
  readonly document_sha256: string;
  readonly table_ordinal: number;
  readonly verified: 0 | 1;
  readonly reviewer: string;
  readonly note: string | null;
  readonly verified_at: string;
}

/** What `jixiao corrections export` writes and `import` reads. */
export interface CorrectionsFile {
  readonly jixiao_corrections: 1;
  readonly corrections: readonly Correction[];
  readonly verifications: readonly Verification[];
}

export const defaultReviewer = (): string => {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
};

const invalid = (message: string): StoreError => new StoreError('CORRECTION_INVALID', message);

/** The reviewer's text as the column stores it: amounts in 元 → integer 分, blank → null. */
export function columnValue(entity: CorrectionEntity, field: string, text: string | null): SqlValue {
  const kind = (CORRECTABLE[entity] as Record<string, ValueKind>)[field];
  if (!kind) throw invalid(`${entity} field "${field}" cannot be corrected (one of: ${Object.keys(CORRECTABLE[entity]).join(', ')})`);
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return null;
  const number = Number(trimmed.replace(/,/g, ''));
  const parsers: Record<ValueKind, () => SqlValue> = {
    text: () => trimmed,
    number: () => {
      if (!Number.isFinite(number)) throw invalid(`${field}: "${trimmed}" is not a number`);
      return number;
    },
    integer: () => {
      if (!Number.isInteger(number)) throw invalid(`${field}: "${trimmed}" is not a whole number`);
      return number;
    },
    // 执行率 as printed (`96%`, `98.30%`) or as the stored fraction (`0.96`); the point moves as text, exactly
    rate: () => {
      const percent = /^(-?)(\d+)(?:\.(\d+))?\s*%$/.exec(trimmed);
      if (percent) {
        const [, sign, int, frac = ''] = percent;
        const digits = (int!.padStart(3, '0') + frac).replace(/^0+(?=\d)/, '');
        const point = digits.length - frac.length - 2;
        return Number(`${sign}${point > 0 ? digits.slice(0, point) : '0'}.${point > 0 ? digits.slice(point) : digits.padStart(frac.length + 2, '0')}`);
      }
      if (!Number.isFinite(number)) throw invalid(`${field}: "${trimmed}" is not a rate (96% or 0.96)`);
      return number;
    },
    money: () => {
      const fen = Number.isFinite(number) ? yuanToFen(number) : null;
      if (!fen || !fen.exact) throw invalid(`${field}: "${trimmed}" is not an amount in 元 with at most two decimals`);
      return fen.fen;
    },
  };
  return parsers[kind]();
}

export interface CorrectionRequest extends CorrectionKey {
  /** the reviewer's text (元 for amounts); null or blank: the value is absent */
  readonly value: string | null;
  readonly reason: string;
  readonly reviewer?: string;
}

const ROW_TABLES = { indicator: ['indicators', 'name'], funds: ['funds', 'item'] } as const;

/** A database opened for reviewers' writes (migrated if needed). */
export class CorrectionsDb {
  private constructor(readonly db: Database.Database) {}

  /** Opens an existing database (corrections belong to imported documents: nothing is created here). */
  static open(path: string): CorrectionsDb {
    if (!existsSync(path)) throw new StoreError('DB_NOT_FOUND', `${path}: no such database (create one with jixiao import)`);
    const db = new Database(path, { fileMustExist: true });
    try {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new CorrectionsDb(db);
  }

  close(): void {
    this.db.close();
  }

  /** The stored row a key names now (id, ordinal, the column's current stored value), or null. */
  private target(key: CorrectionKey): { ordinal: number | null; value: SqlValue } | null {
    const table = this.db.prepare<[string, number], { id: number }>(
      'SELECT t.id FROM tables t JOIN documents d ON d.id = t.document_id WHERE d.sha256 = ? AND t.ordinal = ?',
    ).get(key.document_sha256, key.table_ordinal);
    if (!table) return null;
    if (key.entity === 'table') {
      const row = this.db.prepare(`SELECT ${key.field} AS value FROM tables WHERE id = ?`).get(table.id) as { value: SqlValue };
      return { ordinal: null, value: row.value };
    }
    const [name, column] = ROW_TABLES[key.entity];
    const rows = this.db.prepare(`SELECT ordinal, ${key.field} AS value FROM ${name} WHERE table_id = ? AND ${column} = ? ORDER BY ordinal`)
      .all(table.id, key.row_name) as { ordinal: number; value: SqlValue }[];
    return rows[key.row_occurrence - 1] ?? null;
  }

  /** Records a correction; the old value is the value extracted (what the document printed). */
  correct(request: CorrectionRequest, now = new Date()): Correction {
    const value = columnValue(request.entity, request.field, request.value);
    if (!request.reason.trim()) throw invalid('a correction needs a reason');
    if (request.entity === 'table' && request.row_name !== '') throw invalid('a table correction has no row name');
    const target = this.target(request);
    if (!target) {
      throw invalid(`no ${request.entity} "${request.row_name}" #${request.row_occurrence} in table ${request.table_ordinal} of document ${request.document_sha256.slice(0, 12)}`);
    }
    const correction: Correction = {
      document_sha256: request.document_sha256, table_ordinal: request.table_ordinal, entity: request.entity,
      row_name: request.row_name, row_occurrence: request.row_occurrence, field: request.field,
      row_ordinal: target.ordinal, old_value: target.value, new_value: value,
      reason: request.reason.trim(), reviewer: request.reviewer?.trim() || defaultReviewer(), corrected_at: now.toISOString(),
    };
    this.insert(correction);
    return correction;
  }

  private insert(c: Correction): void {
    this.db.prepare(`INSERT INTO corrections (document_sha256, table_ordinal, entity, row_name, row_occurrence, row_ordinal, field,
      old_value, new_value, reason, reviewer, corrected_at) VALUES (@document_sha256, @table_ordinal, @entity, @row_name,
      @row_occurrence, @row_ordinal, @field, @old_value, @new_value, @reason, @reviewer, @corrected_at)`).run(c);
  }

  /**
   * Whether a correction names a stored row now. One that does not (the file was replaced by a
   * new version, or a new tool version reads the row's name differently) applies to nothing and
   * is shown as such; it stays in the trail.
   */
  applies(key: CorrectionKey): boolean {
    return this.target(key) !== null;
  }

  setVerified(document_sha256: string, table_ordinal: number, verified: boolean, reviewer?: string, note: string | null = null, now = new Date()): Verification {
    const v: Verification = {
      document_sha256, table_ordinal, verified: verified ? 1 : 0,
      reviewer: reviewer?.trim() || defaultReviewer(), note, verified_at: now.toISOString(),
    };
    this.db.prepare(`INSERT INTO verifications (document_sha256, table_ordinal, verified, reviewer, note, verified_at)
      VALUES (@document_sha256, @table_ordinal, @verified, @reviewer, @note, @verified_at)`).run(v);
    return v;
  }

  /** The whole audit trail, oldest first. */
  export(): CorrectionsFile {
    return {
      jixiao_corrections: 1,
      corrections: this.db.prepare(`SELECT document_sha256, table_ordinal, entity, row_name, row_occurrence, row_ordinal, field,
        old_value, new_value, reason, reviewer, corrected_at FROM corrections ORDER BY id`).all() as Correction[],
      verifications: this.db.prepare(`SELECT document_sha256, table_ordinal, verified, reviewer, note, verified_at
        FROM verifications ORDER BY id`).all() as Verification[],
    };
  }

  /**
   * Adds another database's trail. An entry already here (same key, value, reviewer and time)
   * is skipped, so importing the same file twice changes nothing. Entries are added in their
   * time order, so the latest correction still wins.
   */
  import(file: CorrectionsFile): { corrections: number; verifications: number; skipped: number } {
    let corrections = 0, verifications = 0, skipped = 0;
    const hasCorrection = this.db.prepare(`SELECT 1 FROM corrections WHERE document_sha256 = @document_sha256 AND table_ordinal = @table_ordinal
      AND entity = @entity AND row_name = @row_name AND row_occurrence = @row_occurrence AND field = @field
      AND new_value IS @new_value AND reviewer = @reviewer AND corrected_at = @corrected_at`);
    const hasVerification = this.db.prepare(`SELECT 1 FROM verifications WHERE document_sha256 = @document_sha256
      AND table_ordinal = @table_ordinal AND verified = @verified AND reviewer = @reviewer AND verified_at = @verified_at`);
    const insertVerification = this.db.prepare(`INSERT INTO verifications (document_sha256, table_ordinal, verified, reviewer, note, verified_at)
      VALUES (@document_sha256, @table_ordinal, @verified, @reviewer, @note, @verified_at)`);
    this.db.transaction(() => {
      for (const c of [...file.corrections].sort((a, b) => a.corrected_at.localeCompare(b.corrected_at))) {
        checkCorrection(c);
        if (hasCorrection.get(c)) { skipped++; continue; }
        this.insert(c);
        corrections++;
      }
      for (const v of [...file.verifications].sort((a, b) => a.verified_at.localeCompare(b.verified_at))) {
        if (hasVerification.get({ ...v, note: v.note ?? null })) { skipped++; continue; }
        insertVerification.run({ ...v, note: v.note ?? null });
        verifications++;
      }
    }).immediate();
    return { corrections, verifications, skipped };
  }
}

function checkCorrection(c: Correction): void {
  const fields = CORRECTABLE[c.entity] as Record<string, ValueKind> | undefined;
  if (!fields || !fields[c.field] || typeof c.document_sha256 !== 'string' || !Number.isInteger(c.table_ordinal) ||
    !Number.isInteger(c.row_occurrence) || typeof c.reason !== 'string' || typeof c.corrected_at !== 'string') {
    throw invalid(`not a correction: ${JSON.stringify(c).slice(0, 200)}`);
  }
}
