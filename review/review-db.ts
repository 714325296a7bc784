import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Document } from '../schemas/record.js';
import { CorrectionsDb, type Correction, type Verification } from '../store/corrections.js';
import { readDocument } from '../store/export/read-documents.js';
import { openReadOnly, type ReadOnlyDb } from '../store/read-only-db.js';
import type { DocumentRow } from '../store/rows.js';
import type { IndexEntry } from './render-index.js';

/** Page names are the content hash's head: stable across runs and machines. */
export const pageId = (sha256: string): string => sha256.slice(0, 16);

/**
 * A jixiao database as the review site reads it (records, corrections, verified marks) and
 * writes it (corrections, through CorrectionsDb). Opening it applies pending migrations, so a
 * database written before corrections existed gets their tables.
 */
export class ReviewDb {
  private constructor(readonly writer: CorrectionsDb, private readonly reader: ReadOnlyDb) {}

  static open(path: string): ReviewDb {
    const writer = CorrectionsDb.open(path);
    try {
      return new ReviewDb(writer, openReadOnly(path));
    } catch (error) {
      writer.close();
      throw error;
    }
  }

  close(): void {
    this.reader.close();
    this.writer.close();
  }

  entries(): IndexEntry[] {
    return this.reader.all<{
      sha256: string; path: string; ordinal: number; kind: IndexEntry['kind']; year: number | null; project: string | null;
      title: string | null; unit: string | null; total_score: number | null; problems: number; verified: number; corrections: number;
    }>(`SELECT t.sha256, t.path, t.ordinal, t.kind, t.year, t.project, t.title, coalesce(t.implementer, t.department) AS unit,
          t.total_score, t.warnings + (SELECT count(*) FROM findings g WHERE g.table_id = t.table_id AND g.severity = 'error') AS problems,
          t.verified, t.corrections
        FROM v_tables t ORDER BY t.path, t.ordinal`)
      .map((r) => ({
        href: `doc-${pageId(r.sha256)}.html#t${r.ordinal}`, file: r.path, ordinal: r.ordinal, kind: r.kind, year: r.year,
        name: r.project ?? r.title, unit: r.unit, totalScore: r.total_score, problems: r.problems,
        verified: r.verified === 1, corrections: r.corrections,
      }));
  }

  /** The sha256 of the document whose page id this is, or null. */
  shaOf(id: string): string | null {
    if (!/^[0-9a-f]{16}$/.test(id)) return null;
    return this.reader.all<{ sha256: string }>('SELECT sha256 FROM documents WHERE substr(sha256, 1, 16) = ? LIMIT 1', [id])[0]?.sha256 ?? null;
  }

  shas(): string[] {
    return this.reader.all<{ sha256: string }>('SELECT sha256 FROM documents ORDER BY path').map((r) => r.sha256);
  }

  document(sha256: string): Document | null {
    const row = this.reader.all<DocumentRow & { id: number }>(
      `SELECT id, sha256, path, format, encoding, size, imported_at, tool_version, table_count, indicator_count FROM documents WHERE sha256 = ?`, [sha256])[0];
    return row ? readDocument(this.reader, row) : null;
  }

  corrections(sha256: string): Correction[] {
    return this.reader.all<Correction>(`SELECT document_sha256, table_ordinal, entity, row_name, row_occurrence, row_ordinal, field,
      old_value, new_value, reason, reviewer, corrected_at FROM v_corrections_current WHERE document_sha256 = ?`, [sha256]);
  }

  verified(sha256: string): Map<number, Verification> {
    const rows = this.reader.all<Verification>(`SELECT document_sha256, table_ordinal, verified, reviewer, note, verified_at
      FROM verifications WHERE document_sha256 = ? ORDER BY id`, [sha256]);
    return new Map(rows.map((v) => [v.table_ordinal, v]));
  }
}

/** The original file of a stored document, when it is still where it was imported from, unchanged. */
export function originalBytes(document: Document): { bytes: Uint8Array | null; reason: string } {
  if (!existsSync(document.file)) return { bytes: null, reason: `${document.file} 不在原处` };
  const bytes = readFileSync(document.file);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== document.sha256) return { bytes: null, reason: `${document.file} 已改动（内容与导入时不同）` };
  return { bytes, reason: '' };
}
