/**
 * Makes the Office and HTML fixtures under fixtures/office/<case>/ from the same sheet specs as
 * the PDF fixtures (scripts/pdf-fixtures/cases.ts): the tables written as a clerk or a web site
 * would write them —
 *   input.xlsx  exceljs, genuinely merged cells (scripts/pdf-fixtures/write-xlsx.ts), amounts,
 *               rates and scores typed as numbers under the format that prints them (typed-numbers.ts)
 *   input.docx  w:tbl with w:gridSpan and w:vMerge (scripts/office-fixtures/write-docx.ts)
 *   input.html  a saved page with rowspan/colspan, <br> and named entities (write-html.ts)
 *   input.mht   the same page as a single-file web archive (quoted-printable)
 *   input.xls, input.doc  the .xlsx/.docx converted by LibreOffice headless (legacy binaries)
 *   input.ods, input.odt  the same as OpenDocument (also read through LibreOffice)
 *   input.calc.html, input.writer.html  the same saved as web pages by LibreOffice Calc and
 *               Writer (another producer's HTML: classes, <font>, <col>, its own entities)
 * and expected.json: the records the specs print (never extractor output). Everything is
 * committed: CI needs neither LibreOffice nor this script. Re-run only on purpose:
 *
 *   npx tsc -p . && node dist/scripts/make-office-fixtures.js [case-name ...]
 *
 * Needs: soffice (Debian libreoffice-calc, libreoffice-writer).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixtureCases } from './pdf-fixtures/cases.js';
import { expectedRecord, repoRoot, seedTables } from './pdf-fixtures/expected-record.js';
import { writeXlsx } from './pdf-fixtures/write-xlsx.js';
import { writeDocx } from './office-fixtures/write-docx.js';
import { writeHtml, writeMht } from './office-fixtures/write-html.js';
import { officeCases } from './office-fixtures/office-cases.js';
import { typeNumbers } from './office-fixtures/typed-numbers.js';

const OUT = join(repoRoot(), 'fixtures', 'office');

/** LibreOffice's legacy binary from a modern file, in a private profile, with a time limit. */
function legacy(modern: Uint8Array, ext: 'xlsx' | 'docx', to: 'xls' | 'doc' | 'ods' | 'odt' | 'html'): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'jixiao-office-'));
  try {
    const input = join(work, `input.${ext}`);
    writeFileSync(input, modern);
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--convert-to', to, '--outdir', join(work, 'out'), input], { stdio: 'ignore', timeout: 180_000 });
    return readFileSync(join(work, 'out', `input.${to}`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
for (const c of officeCases(fixtureCases(seedTables))) {
  if (only.length && !only.includes(c.name)) continue;
  const dir = join(OUT, c.name);
  mkdirSync(dir, { recursive: true });
  const xlsx = await typeNumbers(new Uint8Array(await writeXlsx(c.spec)));
  const docx = writeDocx(c.spec);
  const html = writeHtml(c.spec);
  writeFileSync(join(dir, 'input.xlsx'), xlsx);
  writeFileSync(join(dir, 'input.docx'), docx);
  writeFileSync(join(dir, 'input.html'), html);
  if (c.mht) writeFileSync(join(dir, 'input.mht'), writeMht(html));
  if (c.legacy) {
    writeFileSync(join(dir, 'input.xls'), legacy(xlsx, 'xlsx', 'xls'));
    writeFileSync(join(dir, 'input.doc'), legacy(docx, 'docx', 'doc'));
    writeFileSync(join(dir, 'input.ods'), legacy(xlsx, 'xlsx', 'ods'));
    writeFileSync(join(dir, 'input.odt'), legacy(docx, 'docx', 'odt'));
    writeFileSync(join(dir, 'input.calc.html'), legacy(xlsx, 'xlsx', 'html'));
    writeFileSync(join(dir, 'input.writer.html'), legacy(docx, 'docx', 'html'));
  }
  const tables = c.spec.tables.map((t) => expectedRecord(t.record, []));
  writeFileSync(join(dir, 'expected.json'), JSON.stringify({ description: c.description, errors: [], tables }, null, 2) + '\n');
  console.log(`${c.name}: xlsx ${xlsx.length}, docx ${docx.length}, html ${html.length} bytes`);
}
