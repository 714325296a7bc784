/**
 * npm run bench → node dist/scripts/bench.js [--json] [--quick] [--only name,…]
 * Runs every section of SECTIONS in order (each generates or prepares what it measures inside a
 * shared temp dir) and prints all rows as one table, or as JSON with --json. A new section is a
 * BenchSection (scripts/bench/section.ts) in its own file plus one entry in SECTIONS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchRow, BenchSection } from './bench/section.js';
import { extractSection } from './bench/extract-section.js';
import { importSection } from './bench/import-section.js';
import { pdfSection } from './bench/pdf-section.js';
import { officeSection } from './bench/office-section.js';
import { ocrSection } from './bench/ocr-section.js';

const SECTIONS: readonly BenchSection[] = [
  extractSection,
  importSection,
  pdfSection,
  officeSection,
  ocrSection,
];

const format = (v: number | null): string => (v === null ? 'n/a' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

function formatRows(rows: readonly BenchRow[]): string {
  const table = rows.map((r) => [r.section, r.metric, format(r.value), r.unit, r.note ?? '']);
  const head = ['section', 'metric', 'value', 'unit', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = (only ?? []).filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}\n`);
    process.exit(2);
  }
  const tmpDir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  const ctx = { tmpDir, quick: values.quick, log: (m: string) => process.stderr.write(`${m}\n`) };
  const rows: BenchRow[] = [];
  try {
    for (const section of SECTIONS) {
      if (only && !only.includes(section.name)) continue;
      rows.push(...(await section.run(ctx)));
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  process.stdout.write(values.json ? JSON.stringify({ rows }, null, 2) + '\n' : formatRows(rows) + '\n');
}

await main();
