/**
 * Makes fixtures/layout-text/<case>/: tables the reader has never seen (generated from the seeds
 * in scripts/layout-text/cases.ts), printed to PDF the way the PDF fixtures are (an .xlsx with
 * merged cells, wrapped and stacked text, borders → LibreOffice headless), then read back with
 * `pdftotext -layout`. Writes per case:
 *   input.txt      the pdftotext output (UTF-8, or GB18030 for the cases that ask for it)
 *   expected.json  the records of the specs (scripts/layout-text/expected-case.ts), never extractor output
 * The PDFs are not kept. CI needs neither LibreOffice nor poppler: the outputs are committed.
 * Re-run only on purpose (LibreOffice and poppler versions can move text by a column):
 *
 *   npx tsc -p . && node dist/scripts/make-layout-text-fixtures.js [case-name ...]
 *
 * Needs: soffice (Debian libreoffice-calc), fonts-noto-cjk, pdftotext (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGb18030 } from './gb18030-encode.js';
import { caseSpecs, layoutTextCases, type LayoutTextCase } from './layout-text/cases.js';
import { expectedForCase } from './layout-text/expected-case.js';
import { columnWidths, sheetParts } from './layout-text/sheet-from-spec.js';
import type { PrintableSheet } from './pdf-fixtures/sheet-model.js';
import { writeXlsx } from './pdf-fixtures/write-xlsx.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'fixtures', 'layout-text');

function sheetOf(c: LayoutTextCase): PrintableSheet {
  const specs = caseSpecs(c);
  return {
    columns: columnWidths(specs[0]!.kind, c.variant),
    orientation: c.variant.orientation,
    tables: specs.map((spec) => ({ parts: sheetParts(spec, c.variant) })),
    pageBreakBetweenTables: false,
    repeatHeader: c.variant.repeatHeader,
    borders: true,
    gapRows: 2,
    fitToWidth: true,
    fontName: 'Noto Serif CJK SC',
    fontSize: 10,
    footer: '第 &P 页',
  };
}

async function makeCase(c: LayoutTextCase): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), `jixiao-layout-${c.name}-`));
  try {
    const xlsx = join(work, 'table.xlsx');
    writeFileSync(xlsx, await writeXlsx(sheetOf(c)));
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${work}/lo-profile`, '--convert-to', 'pdf', '--outdir', work, xlsx], { stdio: 'ignore', timeout: 180_000 });
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(work, 'table.pdf'), '-'], { encoding: 'utf8' });
    const dir = join(OUT, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.txt'), c.encoding === 'gb18030' ? encodeGb18030(text) : text);
    writeFileSync(join(dir, 'expected.json'), JSON.stringify(expectedForCase(c), null, 1) + '\n');
    console.log(`${c.name}: ${text.length} characters`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
const cases = layoutTextCases();
// a case renamed or removed leaves no stale directory behind
if (!only.length && existsSync(OUT)) {
  const names = new Set(cases.map((c) => c.name));
  for (const d of readdirSync(OUT)) if (!names.has(d)) rmSync(join(OUT, d), { recursive: true, force: true });
}
for (const c of cases) {
  if (only.length && !only.includes(c.name)) continue;
  await makeCase(c);
}
