/**
 * Makes the PDF fixtures under fixtures/pdf/<case>/ the way real archives are made: an .xlsx
 * written with exceljs (merged cells, wrapped text, borders, A4 portrait/landscape, page
 * breaks, repeated header rows) converted by LibreOffice headless, then — for some cases —
 * rewritten into the other shapes real files have (sideways pages, Word-style borders,
 * broken ToUnicode maps, scans, passwords, truncation).
 *
 * Writes per case: input.pdf, expected.json (the records the sheet was printed from, never
 * the extractor's output) and grid.json (the grid the sheet draws). The PDFs are committed:
 * CI does not need LibreOffice. Re-run only on purpose:
 *
 *   npx tsc -p . && node dist/scripts/make-pdf-fixtures.js [case-name ...]
 *
 * Needs: soffice (Debian libreoffice-calc), fonts-noto-cjk, pdftoppm (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fixtureCases, type FixtureCase, type PostStep } from './pdf-fixtures/cases.js';
import { expectedGrid } from './pdf-fixtures/expected-grid.js';
import { PdfFile, bordersAsFilledRectangles, kangxiLookalikes, overprintText, remapToUnicode, turnPage } from './pdf-fixtures/rewrite-pdf.js';
import type { SheetSpec } from './pdf-fixtures/sheet-model.js';
import { writeXlsx } from './pdf-fixtures/write-xlsx.js';
import { expectedRecord, seedTables, type SeedTable } from './pdf-fixtures/expected-record.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'fixtures', 'pdf');

function soffice(xlsx: string, outDir: string, filter = 'pdf'): Buffer {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${outDir}/lo-profile`, '--convert-to', filter, '--outdir', outDir, xlsx], { stdio: 'ignore', timeout: 180_000 });
  return readFileSync(xlsx.replace(/\.xlsx$/, '.pdf'));
}

async function sheetPdf(spec: SheetSpec, work: string, filter?: string): Promise<Buffer> {
  const xlsx = join(work, 'table.xlsx');
  writeFileSync(xlsx, await writeXlsx(spec));
  return soffice(xlsx, work, filter);
}

/** A scan: each page of the printed sheet as a 150 dpi picture on a page of its own, no text. */
async function scannedPdf(spec: SheetSpec, work: string): Promise<Buffer> {
  writeFileSync(join(work, 'printed.pdf'), await sheetPdf(spec, work));
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', join(work, 'printed.pdf'), join(work, 'scan')]);
  const png = readdirSync(work).find((f) => f.startsWith('scan') && f.endsWith('.png'))!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('scan');
  const image = wb.addImage({ buffer: readFileSync(join(work, png)) as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, { tl: { col: 0, row: 0 }, ext: { width: 700, height: 990 } });
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1, margins: { left: 0.3, right: 0.3, top: 0.3, bottom: 0.3, header: 0, footer: 0 } };
  const xlsx = join(work, 'scan.xlsx');
  await wb.xlsx.writeFile(xlsx);
  return soffice(xlsx, work);
}

function applyPost(bytes: Buffer, steps: readonly PostStep[]): Buffer {
  if (!steps.length) return bytes;
  const pdf = PdfFile.parse(bytes);
  const pages = pdf.pages();
  const kangxi = kangxiLookalikes();
  const handlers: { [K in PostStep['kind']]: (s: Extract<PostStep, { kind: K }>) => void } = {
    'turn-pages': (s) => pages.forEach((p, k) => turnPage(pdf, p, s.rotateAttr === 'all' || (s.rotateAttr === 'odd' && k % 2 === 0))),
    'borders-as-fills': () => pages.forEach((p) => bordersAsFilledRectangles(pdf, p)),
    'overprint-text': () => pages.forEach((p) => overprintText(pdf, p)),
    'kangxi-tounicode': () => { remapToUnicode(pdf, (cp) => kangxi.get(cp) ?? cp); },
    'garble-tounicode': () => { remapToUnicode(pdf, (cp) => 0xe000 + (cp % 0x1800)); },
  };
  for (const s of steps) (handlers[s.kind] as (x: PostStep) => void)(s);
  return pdf.serialize();
}

/** grid.json with one grid row per line: reviewable in a diff. */
function gridJson(g: ReturnType<typeof expectedGrid>): string {
  const tables = g.tables.map((rows) => `  [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`).join(',\n');
  return `{\n "lines": ${JSON.stringify(g.lines)},\n "tables": [\n${tables}\n ]\n}\n`;
}

async function makeCase(c: FixtureCase): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), `jixiao-pdf-${c.name}-`));
  try {
    const src = c.source;
    let bytes: Buffer;
    switch (src.kind) {
      case 'sheet': bytes = await sheetPdf(src.spec, work); break;
      case 'scan': bytes = await scannedPdf(src.spec, work); break;
      case 'encrypted': {
        const options = { EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: src.password } };
        bytes = await sheetPdf(src.spec, work, `pdf:calc_pdf_Export:${JSON.stringify(options)}`);
        break;
      }
      case 'truncated': {
        const whole = await sheetPdf(src.spec, work);
        bytes = whole.subarray(0, Math.floor(whole.length * src.keep));
        break;
      }
    }
    bytes = applyPost(bytes, c.post);
    const dir = join(OUT, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.pdf'), bytes);
    const tables = c.errors.length ? [] : src.spec.tables.map((t) => expectedRecord(t.record as SeedTable, c.findings));
    writeFileSync(join(dir, 'expected.json'), JSON.stringify({ description: c.description, errors: c.errors, tables }, null, 2) + '\n');
    if (c.grid) writeFileSync(join(dir, 'grid.json'), gridJson(expectedGrid(src.spec)));
    else rmSync(join(dir, 'grid.json'), { force: true });
    console.log(`${c.name}: ${bytes.length} bytes`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
for (const c of fixtureCases(seedTables)) {
  if (only.length && !only.includes(c.name)) continue;
  await makeCase(c);
}
