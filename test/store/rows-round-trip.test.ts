import { describe, expect, it } from 'vitest';
import { DocumentSchema, type Document } from '../../schemas/record.js';
import { documentFromRows } from '../../store/export/document-from-rows.js';
import { rowsFromDocument, type FileFacts } from '../../store/rows-from-document.js';
import { canonicalRecord, extractFile, sampleDocument, seedInputs } from './sample-documents.js';

const factsOf = (doc: Document): FileFacts => ({
  path: doc.file, sha256: doc.sha256, size: doc.size ?? 0, importedAt: '2024-01-01T00:00:00.000Z', toolVersion: 'test',
});

describe('rowsFromDocument ↔ documentFromRows', () => {
  it('gives back every record it was given (generated records with every optional field varied)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const doc = sampleDocument(seed);
      const back = documentFromRows(rowsFromDocument(doc, factsOf(doc)));
      expect(DocumentSchema.safeParse(back).success).toBe(true);
      expect(canonicalRecord(back), `seed ${seed}`).toEqual(canonicalRecord(doc));
    }
  });

  it('gives back what the extractor says about the seed documents', async () => {
    for (const path of seedInputs()) {
      const doc = await extractFile(path);
      const back = documentFromRows(rowsFromDocument(doc, factsOf(doc)));
      expect(canonicalRecord({ ...back, findings: back.findings ?? [] }), path)
        .toEqual(canonicalRecord({ ...doc, findings: doc.findings ?? [] }));
    }
  });

  it('counts tables and indicators on the document row and links tables to a project key', () => {
    const doc = sampleDocument(42);
    const rows = rowsFromDocument(doc, factsOf(doc));
    expect(rows.document.table_count).toBe(doc.tables.length);
    expect(rows.document.indicator_count).toBe(doc.tables.reduce((n, t) => n + t.indicators.length, 0));
    rows.tables.forEach((t, i) => {
      expect(t.table.ordinal).toBe(i + 1);
      expect(t.indicators.map((x) => x.ordinal)).toEqual(doc.tables[i]!.indicators.map((_, j) => j + 1));
      const named = doc.tables[i]!.implementer ?? doc.tables[i]!.department ?? doc.tables[i]!.project;
      expect(t.project === null).toBe(named === null);
    });
  });

  it('stores amounts as integer 分 and flags an amount with digits below 1 分', () => {
    const doc = sampleDocument(5);
    const table = { ...doc.tables[0]!, funds: [{ item: '年度资金总额', initial_budget: 44.32, annual_budget: 1.005, executed: null, weight: 10, rate: 0.5, score: 5 }] };
    const rows = rowsFromDocument({ ...doc, tables: [table] }, factsOf(doc));
    const funds = rows.tables[0]!.funds[0]!;
    expect(funds.initial_budget_fen).toBe(4432n);
    expect(funds.annual_budget_fen).toBe(101n);
    expect(funds.executed_fen).toBeNull();
    const flagged = rows.tables[0]!.findings.filter((f) => f.code === 'AMOUNT_SUB_FEN');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.severity).toBe('warning');
  });
});
