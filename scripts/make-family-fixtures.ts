/**
 * Makes the constructed family PDFs under fixtures/pdf-families/<case>/ (issue 14): each sheet
 * of scripts/pdf-fixtures/real-families.ts drawn straight onto PDF pages, and expected.json —
 * the records the sheet was printed from, in the format of fixtures/real-expected/. Needs
 * nothing outside Node; the output is committed. Re-run only on purpose:
 *
 *   npx tsc -p . && node dist/scripts/make-family-fixtures.js [case-name ...]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExpectedRealFileSchema } from './real/expected-record.js';
import { writePdf } from './pdf-fixtures/draw-pdf.js';
import { layoutSheet } from './pdf-fixtures/drawn-sheet.js';
import { familyCases } from './pdf-fixtures/real-families.js';
import { REPO_ROOT } from './real/run-real.js';

const OUT = join(REPO_ROOT, 'fixtures', 'pdf-families');
const only = process.argv.slice(2);
for (const c of familyCases()) {
  if (only.length && !only.includes(c.name)) continue;
  const bytes = writePdf(layoutSheet(c.sheet));
  const expected = ExpectedRealFileSchema.parse({
    file: 'input.pdf',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    checked: `Made by scripts/make-family-fixtures.ts from the records in scripts/pdf-fixtures/real-families.ts (${c.name}); the tables below are those records. ${c.description}`,
    families: c.families,
    tables: c.tables,
  });
  const dir = join(OUT, c.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'input.pdf'), bytes);
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
  console.log(`${c.name}: ${bytes.length} bytes, ${c.tables.length} tables`);
}
