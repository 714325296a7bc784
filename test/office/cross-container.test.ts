import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/extract-document.js';
import type { Table } from '../../schemas/record.js';
import { officeCaseNames, officeExpected, officeInput, pdfOf, seedTextOf } from './office-files.js';
import { scoreTables } from './record-fields.js';

/**
 * The record of a table is the same whatever the container. Each spec of the fixtures exists
 * as text (the seed it was made from, where there is one), PDF (fixtures/pdf, printed by
 * LibreOffice from the same sheet), xlsx, docx and HTML: every container's tables are compared
 * field by field with the xlsx's and with the spec's records.
 */
describe.each(officeCaseNames())('%s in every container', (name) => {
  const containers: [string, string][] = [];
  const text = seedTextOf(name);
  if (text) containers.push(['text', text]);
  const pdf = pdfOf(name);
  if (pdf) containers.push(['pdf', pdf]);
  for (const ext of ['xlsx', 'docx', 'html']) {
    const path = officeInput(name, ext);
    if (path) containers.push([ext, path]);
  }
  const records = Promise.all(containers.map(async ([kind, path]) => [kind, (await extractDocument(readFileSync(path), { file: path })).tables] as [string, Table[]]));

  it(`text, PDF, xlsx, docx and HTML give the same records (${containers.map(([k]) => k).join(', ')})`, async () => {
    const all = await records;
    const reference = all.find(([k]) => k === 'xlsx')![1];
    const disagreements = all.flatMap(([kind, tables]) => scoreTables(reference, tables).diffs.map((d) => `${kind} vs xlsx: ${d}`));
    expect(disagreements).toEqual([]);
  });

  it('and the same as the spec printed', async () => {
    const expected = officeExpected(name).tables;
    const misses = (await records).flatMap(([kind, tables]) => scoreTables(expected, tables).diffs.map((d) => `${kind}: ${d}`));
    expect(misses).toEqual([]);
  });
});
