/**
 * Office and HTML input on the committed fixtures (fixtures/office): the same tables read from
 * each container, side by side in one run — xlsx, docx, HTML, and the PDF of the same sheet
 * (fixtures/pdf, the baseline the issue compares with) — in tables per second; and the legacy
 * path (.xls/.doc through LibreOffice) in milliseconds per file next to reading the .xlsx/.docx
 * it converts to, when soffice is installed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findSoffice, libreOfficeConverter } from '../../extractors/office/libreoffice.js';
import { extractDocument } from '../../pipeline/extract-document.js';
import { type BenchRow, type BenchSection, timed } from './section.js';

const SECTION = 'office';
const ROOT = join(import.meta.dirname, '..', '..', '..');
const OFFICE = join(ROOT, 'fixtures', 'office');
const CONTAINERS = ['pdf', 'xlsx', 'docx', 'html'] as const;

function inputs(ext: string): Uint8Array[] {
  if (!existsSync(OFFICE)) return [];
  return readdirSync(OFFICE).sort().flatMap((name) => {
    const file = ext === 'pdf' ? join(ROOT, 'fixtures', 'pdf', name, 'input.pdf') : join(OFFICE, name, `input.${ext}`);
    return existsSync(file) ? [new Uint8Array(readFileSync(file))] : [];
  });
}

export const officeSection: BenchSection = {
  name: SECTION,
  async run(ctx) {
    const rows: BenchRow[] = [];
    const rounds = ctx.quick ? 1 : 5;
    for (const ext of CONTAINERS) {
      const files = inputs(ext);
      if (!files.length) continue;
      let tables = 0;
      const { seconds } = await timed(async () => {
        for (let r = 0; r < rounds; r++) for (const bytes of files) tables += (await extractDocument(bytes, { file: `x.${ext}` })).tables.length;
      });
      rows.push({ section: SECTION, metric: `extractDocument ${ext}`, value: tables / seconds, unit: 'tables/s', note: `${files.length} files × ${rounds}${ext === 'pdf' ? ', baseline: the same sheets printed to PDF' : ''}` });
    }
    if (!findSoffice()) {
      ctx.log('office: soffice not installed, legacy conversion not measured');
      return rows;
    }
    const convertLegacy = libreOfficeConverter();
    for (const [legacy, modern] of [['xls', 'xlsx'], ['doc', 'docx']] as const) {
      // the cases that have a legacy file, and the modern file it was made from
      const names = readdirSync(OFFICE).sort().filter((n) => existsSync(join(OFFICE, n, `input.${legacy}`)));
      if (!names.length) continue;
      const old = names.map((n) => new Uint8Array(readFileSync(join(OFFICE, n, `input.${legacy}`))));
      const now = names.map((n) => new Uint8Array(readFileSync(join(OFFICE, n, `input.${modern}`))));
      const conv = await timed(async () => { for (const bytes of old) await extractDocument(bytes, { file: `x.${legacy}`, convertLegacy }); });
      const base = await timed(async () => { for (const bytes of now) await extractDocument(bytes, { file: `x.${modern}` }); });
      rows.push({ section: SECTION, metric: `.${legacy} through LibreOffice`, value: (conv.seconds * 1000) / old.length, unit: 'ms/file', note: `${old.length} files; the same tables as .${modern}: ${((base.seconds * 1000) / now.length).toFixed(0)} ms/file` });
    }
    return rows;
  },
};
