/**
 * PDF input on the committed fixtures (fixtures/pdf): speed and cell accuracy.
 *
 * Speed, in pages per second over the same pages, in one run:
 *   - `extractPdfDocument` (ours, end to end) and `readPdfGrid` (ours, the grid only);
 *   - bare pdfjs: getTextContent + getOperatorList of every page — the floor any pdfjs-based
 *     reader pays; the target is to stay within 1.5× its time;
 *   - `pdftotext -layout` (poppler, a different engine) when it is installed;
 *   - pdf-parse's getTable.
 * Accuracy against each fixture's grid.json (the grid its sheet draws): the share of cells
 * placed exactly (same row, column, spans and text), of cell texts found whole, and of rows
 * read exactly — ours next to pdf-parse's getTable.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { documentOptions, loadPdfjs } from '../../extractors/pdf/load-pdfjs.js';
import { readPdfGrid } from '../../extractors/pdf/read-pdf.js';
import { extractPdfDocument } from '../../pipeline/extract-pdf.js';
import { type BenchRow, type BenchSection, timed } from './section.js';

const SECTION = 'pdf';
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'pdf');
const ROUNDS = 5;
const QUICK_ROUNDS = 1;

interface Fixture { readonly name: string; readonly bytes: Uint8Array; readonly pages: number; readonly grid: ExpectedGrid | null }
interface ExpectedCell { readonly index: number; readonly colSpan: number; readonly rowSpan: number; readonly text: string }
interface ExpectedGrid { readonly tables: readonly (readonly (readonly ExpectedCell[])[])[] }

const squash = (s: string) => s.replace(/\s+/g, '').replace(/[\u2F00-\u2FD5]/g, (ch) => ch.normalize('NFKC'));

async function loadFixtures(): Promise<Fixture[]> {
  if (!existsSync(FIXTURES)) return [];
  const out: Fixture[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const file = join(FIXTURES, name, 'input.pdf');
    if (!existsSync(file)) continue;
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { errors: string[] };
    if (expected.errors.length) continue; // speed and accuracy are about files that can be read
    const bytes = new Uint8Array(readFileSync(file));
    const gridFile = join(FIXTURES, name, 'grid.json');
    const grid = existsSync(gridFile) ? (JSON.parse(readFileSync(gridFile, 'utf8')) as ExpectedGrid) : null;
    out.push({ name, bytes, pages: (await readPdfGrid(bytes)).pages, grid });
  }
  return out;
}

/** What every pdfjs-based reader pays: text content and operator list of each page. */
async function barePdfjs(bytes: Uint8Array): Promise<void> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument(documentOptions(bytes)).promise;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getTextContent();
      await page.getOperatorList();
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}

/** pdf-parse's tables of a file; a file it crashes on (it does on some grids) yields none. */
async function pdfParseTables(bytes: Uint8Array): Promise<string[][][] | 'crashed'> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getTable();
    return result.pages.flatMap((p) => p.tables);
  } catch {
    return 'crashed';
  } finally {
    await parser.destroy();
  }
}

function hasPdftotext(): boolean {
  try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; }
}

/** Pages per second of `work` over every fixture, best of the rounds (less noise from the shared machine). */
async function pagesPerSecond(fixtures: readonly Fixture[], rounds: number, work: (f: Fixture) => Promise<unknown> | unknown): Promise<number> {
  const pages = fixtures.reduce((s, f) => s + f.pages, 0);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const { seconds } = await timed(async () => { for (const f of fixtures) await work(f); });
    best = Math.min(best, seconds);
  }
  return pages / best;
}

interface Score { placed: number; texts: number; rows: number; cells: number; expectedRows: number }

/**
 * Compares extracted rows (each a list of cells) with the expected rows of all tables of a file,
 * in order: cells placed exactly (row, column, spans, text), texts found whole (multiset of
 * non-empty cell texts), rows read exactly (their non-empty texts in order).
 */
function score(expected: ExpectedGrid, got: readonly (readonly ExpectedCell[])[]): Score {
  const want = expected.tables.flat();
  let placed = 0, cells = 0;
  want.forEach((row, i) => {
    for (const c of row) {
      cells++;
      if (got[i]?.some((g) => g.index === c.index && g.colSpan === c.colSpan && g.rowSpan === c.rowSpan && squash(g.text) === squash(c.text))) placed++;
    }
  });
  const pool = new Map<string, number>();
  for (const row of got) for (const c of row) if (squash(c.text)) pool.set(squash(c.text), (pool.get(squash(c.text)) ?? 0) + 1);
  let texts = 0, textCells = 0;
  for (const row of want) for (const c of row) {
    const t = squash(c.text);
    if (!t) continue;
    textCells++;
    const n = pool.get(t) ?? 0;
    if (n > 0) { texts++; pool.set(t, n - 1); }
  }
  const sig = (row: readonly ExpectedCell[]) => row.map((c) => squash(c.text)).filter(Boolean).join('|');
  const rowPool = new Map<string, number>();
  for (const row of got) rowPool.set(sig(row), (rowPool.get(sig(row)) ?? 0) + 1);
  let rows = 0;
  for (const row of want) {
    const n = rowPool.get(sig(row)) ?? 0;
    if (n > 0) { rows++; rowPool.set(sig(row), n - 1); }
  }
  return { placed, texts: textCells ? texts / textCells : 0, rows, cells, expectedRows: want.length };
}

export const pdfSection: BenchSection = {
  name: SECTION,
  async run(ctx) {
    const fixtures = await loadFixtures();
    if (!fixtures.length) { ctx.log(`${SECTION}: no fixtures under ${FIXTURES}`); return []; }
    const rounds = ctx.quick ? QUICK_ROUNDS : ROUNDS;
    const pages = fixtures.reduce((s, f) => s + f.pages, 0);
    const note = `${fixtures.length} files, ${pages} pages, best of ${rounds}`;
    ctx.log(`${SECTION}: ${note}`);
    const rows: BenchRow[] = [];

    const bare = await pagesPerSecond(fixtures, rounds, (f) => barePdfjs(f.bytes));
    const grid = await pagesPerSecond(fixtures, rounds, (f) => readPdfGrid(f.bytes));
    const full = await pagesPerSecond(fixtures, rounds, (f) => extractPdfDocument(f.bytes, { file: f.name }));
    rows.push(
      { section: SECTION, metric: 'bare pdfjs text+operator list', value: bare, unit: 'pages/s', note },
      { section: SECTION, metric: 'readPdfGrid (grid)', value: grid, unit: 'pages/s', note },
      { section: SECTION, metric: 'extractPdfDocument', value: full, unit: 'pages/s', note },
      { section: SECTION, metric: 'extractPdfDocument time / bare pdfjs', value: bare / full, unit: '×', note: 'target ≤ 1.5' },
    );
    if (hasPdftotext()) {
      const poppler = await pagesPerSecond(fixtures, rounds, (f) =>
        execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: f.bytes, stdio: ['pipe', 'pipe', 'ignore'] }));
      rows.push({ section: SECTION, metric: 'pdftotext -layout', value: poppler, unit: 'pages/s', note });
    } else ctx.log(`${SECTION}: pdftotext not installed, skipped`);
    const pdfParse = await pagesPerSecond(fixtures, rounds, (f) => pdfParseTables(f.bytes));
    rows.push({ section: SECTION, metric: 'pdf-parse getTable', value: pdfParse, unit: 'pages/s', note });

    // accuracy on the bordered fixtures
    const graded = fixtures.filter((f) => f.grid);
    const total = (xs: Score[]) => xs.reduce((a, s) => ({ placed: a.placed + s.placed, texts: a.texts + s.texts, rows: a.rows + s.rows, cells: a.cells + s.cells, expectedRows: a.expectedRows + s.expectedRows }), { placed: 0, texts: 0, rows: 0, cells: 0, expectedRows: 0 });
    const ours: Score[] = [], theirs: Score[] = [], theirsRead: Score[] = [];
    let crashed = 0;
    for (const f of graded) {
      const read = await readPdfGrid(f.bytes);
      const gridRows = read.grid.blocks.flatMap((b) => {
        if (b.kind !== 'grid') return [];
        const rows = Array.from({ length: b.rows }, () => [] as { index: number; colSpan: number; rowSpan: number; text: string }[]);
        for (const c of b.cells) rows[c.row]!.push({ index: c.col, colSpan: c.colSpan, rowSpan: c.rowSpan, text: c.text });
        return rows;
      });
      ours.push(score(f.grid!, gridRows));
      const tables = await pdfParseTables(f.bytes);
      if (tables === 'crashed') crashed++;
      else theirsRead.push(score(f.grid!, tables.flat().map((row) => row.map((text, index) => ({ index, colSpan: 1, rowSpan: 1, text })))));
      theirs.push(score(f.grid!, tables === 'crashed' ? [] : tables.flat().map((row) => row.map((text, index) => ({ index, colSpan: 1, rowSpan: 1, text })))));
    }
    const accNote = `${graded.length} bordered fixtures${crashed ? `; pdf-parse crashed on ${crashed}` : ''}`;
    for (const [who, list] of [['ours', ours], ['pdf-parse getTable', theirs], ['pdf-parse getTable, files it reads', theirsRead]] as const) {
      if (!list.length) continue;
      const t = total(list);
      rows.push(
        { section: SECTION, metric: `cells placed exactly: ${who}`, value: (100 * t.placed) / t.cells, unit: '%', note: `${t.cells} cells, ${accNote}` },
        { section: SECTION, metric: `cell texts whole: ${who}`, value: (100 * t.texts) / list.length, unit: '%', note: `mean over files; ${accNote}` },
        { section: SECTION, metric: `rows exact: ${who}`, value: (100 * t.rows) / t.expectedRows, unit: '%', note: `${t.expectedRows} rows` },
      );
    }
    return rows;
  },
};
