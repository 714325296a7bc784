/**
 * PDF input on the committed fixtures (fixtures/pdf): speed and cell accuracy.
 *
 * Speed: every measured command runs as a whole process over all readable fixtures (start-up,
 * module loading and native libraries included, as a user pays them), interleaved with the
 * floor (A B, B A, …; see paired.ts), CPU time next to wall time, medians and the median of the
 * per-round ratios. The floor is pdfjs producing every page's operator list — what our reader
 * needs from pdfjs — loaded as we load it (native push, fonts into a stub font set, no native
 * canvas): see pdf-runner.ts. Measured against it: `extractPdfDocument` (ours, end to end;
 * target ≤ 1.4×), pdfjs with its Node defaults (the two costs we remove), pdf-parse's getTable,
 * `pdftotext -layout` (poppler) and, when Python has them, pdfplumber and Camelot.
 *
 * Accuracy against each fixture's grid.json (the grid its sheet draws): the share of cells
 * placed exactly (same row, column, spans and text), of cell texts found whole, and of rows
 * read exactly — ours next to every peer that returns tables.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { readPdfGrid } from '../../extractors/pdf/read-pdf.js';
import { childProcess, paired, type PairedResult } from './paired.js';
import type { BenchRow, BenchSection } from './section.js';

const SECTION = 'pdf';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FIXTURES = join(ROOT, 'fixtures', 'pdf');
const RUNNER = join(ROOT, 'dist', 'scripts', 'bench', 'pdf-runner.js');
const PEERS = join(ROOT, 'scripts', 'bench', 'pdf-peers.py');
const ROUNDS = 7;
const QUICK_ROUNDS = 2;

interface Fixture { readonly name: string; readonly file: string; readonly bytes: Uint8Array; readonly pages: number; readonly grid: ExpectedGrid | null }
interface ExpectedCell { readonly index: number; readonly colSpan: number; readonly rowSpan: number; readonly text: string }
interface ExpectedGrid { readonly tables: readonly (readonly (readonly ExpectedCell[])[])[] }
type Rows = readonly (readonly ExpectedCell[])[];

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
    out.push({ name, file, bytes, pages: (await readPdfGrid(bytes)).pages, grid });
  }
  return out;
}

/** A table as rows of texts (peers) → rows of cells, one column each; cells a merge covers (null) dropped. */
const rowsOfTexts = (tables: readonly (readonly (readonly (string | null)[])[])[]): Rows =>
  tables.flat().map((row) => row.flatMap((text, index) => (text === null || text === undefined ? [] : [{ index, colSpan: 1, rowSpan: 1, text }])));

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

/** A Python peer's tables per file, or why it cannot run (not installed, no python3). */
function peerTables(tool: string, files: readonly string[]): Map<string, Rows | null> | string {
  const r = spawnSync('python3', [PEERS, tool, ...files], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (r.error) return `python3 not found (${r.error.message})`;
  if (r.status === 3) return r.stderr.trim().split('\n').at(-1) ?? `${tool} is not installed`;
  if (r.status !== 0) return `${tool} exited ${r.status}: ${r.stderr.trim().split('\n').at(-1)}`;
  const parsed = JSON.parse(r.stdout) as Record<string, (string | null)[][][] | null>;
  return new Map(files.map((f) => [f, parsed[f] ? rowsOfTexts(parsed[f]!) : null]));
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

const ms = (v: number) => `${v.toFixed(0)} ms`;

export const pdfSection: BenchSection = {
  name: SECTION,
  async run(ctx) {
    const fixtures = await loadFixtures();
    if (!fixtures.length) { ctx.log(`${SECTION}: no fixtures under ${FIXTURES}`); return []; }
    if (!existsSync(RUNNER)) throw new Error(`${RUNNER} is missing: run npm run build first`);
    const rounds = ctx.quick ? QUICK_ROUNDS : ROUNDS;
    const files = fixtures.map((f) => f.file);
    const pages = fixtures.reduce((s, f) => s + f.pages, 0);
    const what = `${fixtures.length} files, ${pages} pages, whole process, ${rounds} interleaved rounds`;
    ctx.log(`${SECTION}: ${what}`);
    const rows: BenchRow[] = [];
    const row = (metric: string, value: number | null, unit: string, note?: string) => rows.push({ section: SECTION, metric, value, unit, ...(note !== undefined && { note }) });

    const node = (mode: string) => () => childProcess(process.execPath, [RUNNER, mode, ...files]);
    const floor = node('floor');
    const against = async (label: string, run: () => ReturnType<typeof childProcess>, target?: string) => {
      ctx.log(`${SECTION}: ${label} vs floor`);
      const r: PairedResult = await paired(run, floor, rounds);
      row(`${label}: CPU time`, r.a.cpuMs, 'ms', `median; floor in the same rounds ${ms(r.b.cpuMs)}`);
      row(`${label}: wall time`, r.a.wallMs, 'ms', `median; floor ${ms(r.b.wallMs)}`);
      row(`${label} / floor, CPU`, r.cpuRatio, '×', `median of ${r.rounds} paired rounds${target ? `; ${target}` : ''}`);
      row(`${label} / floor, wall`, r.wallRatio, '×', `median of ${r.rounds} paired rounds`);
      return r;
    };
    const ours = await against('extractPdfDocument', node('extract'), 'target ≤ 1.4');
    row('floor: pdfjs operator lists, CPU', ours.b.cpuMs, 'ms', what);
    row('extractPdfDocument', pages / (ours.a.cpuMs / 1000), 'pages/CPU-s', what);
    await against('pdfjs with its Node defaults', node('pdfjs-defaults'));
    await against('pdf-parse getTable', node('pdf-parse'));
    if (hasPdftotext()) {
      await against('pdftotext -layout', () => {
        let total = { wallMs: 0, cpuMs: 0 };
        for (const f of files) {
          const s = childProcess('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-']);
          total = { wallMs: total.wallMs + s.wallMs, cpuMs: total.cpuMs + s.cpuMs };
        }
        return total;
      });
    } else row('pdftotext -layout', null, '', 'not installed (poppler-utils)');

    // accuracy on the bordered fixtures
    const graded = fixtures.filter((f) => f.grid);
    const gradedFiles = graded.map((f) => f.file);
    const peers = new Map<string, Map<string, Rows | null>>();
    for (const tool of ['pdfplumber', 'camelot']) {
      const tables = peerTables(tool, gradedFiles);
      if (typeof tables === 'string') {
        ctx.log(`${SECTION}: ${tool}: ${tables}`);
        row(`${tool}`, null, '', `not run: ${tables}`);
        continue;
      }
      peers.set(tool, tables);
      await against(tool, () => childProcess('python3', [PEERS, tool, ...files]));
    }
    const total = (xs: Score[]) => xs.reduce((a, s) => ({ placed: a.placed + s.placed, texts: a.texts + s.texts, rows: a.rows + s.rows, cells: a.cells + s.cells, expectedRows: a.expectedRows + s.expectedRows }), { placed: 0, texts: 0, rows: 0, cells: 0, expectedRows: 0 });
    const scores = new Map<string, Score[]>([['ours', []], ['pdf-parse getTable', []], ...[...peers.keys()].map((k) => [k, []] as [string, Score[]])]);
    const failed = new Map<string, number>();
    for (const f of graded) {
      const read = await readPdfGrid(f.bytes);
      const gridRows = read.grid.blocks.flatMap((b) => {
        if (b.kind !== 'grid') return [];
        const rows = Array.from({ length: b.rows }, () => [] as ExpectedCell[]);
        for (const c of b.cells) rows[c.row]!.push({ index: c.col, colSpan: c.colSpan, rowSpan: c.rowSpan, text: c.text });
        return rows;
      });
      scores.get('ours')!.push(score(f.grid!, gridRows));
      const tables = await pdfParseTables(f.bytes);
      if (tables === 'crashed') failed.set('pdf-parse getTable', (failed.get('pdf-parse getTable') ?? 0) + 1);
      scores.get('pdf-parse getTable')!.push(score(f.grid!, tables === 'crashed' ? [] : rowsOfTexts(tables)));
      for (const [tool, byFile] of peers) {
        const got = byFile.get(f.file) ?? null;
        if (!got) failed.set(tool, (failed.get(tool) ?? 0) + 1);
        scores.get(tool)!.push(score(f.grid!, got ?? []));
      }
    }
    for (const [who, list] of scores) {
      const t = total(list);
      const note = `${graded.length} bordered fixtures${failed.get(who) ? `; failed on ${failed.get(who)} (counted as nothing read)` : ''}`;
      row(`cells placed exactly: ${who}`, (100 * t.placed) / t.cells, '%', `${t.cells} cells; ${note}`);
      row(`cell texts whole: ${who}`, (100 * t.texts) / list.length, '%', `mean over files; ${note}`);
      row(`rows exact: ${who}`, (100 * t.rows) / t.expectedRows, '%', `${t.expectedRows} rows`);
    }
    return rows;
  },
};
