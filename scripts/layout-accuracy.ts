/**
 * Accuracy on pdftotext -layout text of tables the reader has never seen (fixtures/layout-text,
 * made by make-layout-text-fixtures.ts): per case the share of record fields right, planted
 * inconsistencies found / missed and warnings on consistent tables; then per field over all
 * cases, and the first mismatches.
 *
 *   npm run layout-accuracy [-- --mismatches N] [-- case-name ...]
 */
import { parseArgs } from 'node:util';
import { formatAccuracy, formatMismatches } from './generate/score.js';
import { RECORD_FIELDS, layoutTextCaseNames, runCase, summarize } from './layout-text/score-cases.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { mismatches: { type: 'string', default: '20' } } });
const names = positionals.length ? positionals : layoutTextCaseNames();
const results = [];
for (const name of names) results.push(await runCase(name));
const s = summarize(results);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

const width = Math.max(...names.map((n) => n.length));
/** The record fields a case gets wrong most often: where to look first. */
const worst = (c: (typeof s.cases)[number]): string => {
  const counts = new Map<string, number>();
  for (const m of c.score.mismatches) if (RECORD_FIELDS.includes(m.field)) counts.set(m.field, (counts.get(m.field) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f, n]) => `${f}×${n}`).join(' ');
};
console.log(`${'case'.padEnd(width)}  fields            planted  false warnings / most wrong`);
for (const c of s.cases) {
  const found = c.planted.filter((p) => p.found).length;
  const missed = c.planted.filter((p) => !p.found).map((p) => p.code);
  console.log(`${c.name.padEnd(width)}  ${pct(c.fields.correct, c.fields.total).padStart(6)} ${`${c.fields.correct}/${c.fields.total}`.padStart(9)}  ${`${found}/${c.planted.length}`.padStart(5)}${missed.length ? ` missed ${missed.join(',')}` : ''}`);
  if (c.falseWarnings.length) console.log(`${''.padEnd(width)}  false warnings: ${c.falseWarnings.map((w) => w.code).join(', ')}`);
  const w = worst(c);
  if (w) console.log(`${''.padEnd(width)}  most wrong: ${w}`);
}
console.log();
console.log(`${s.cases.length} cases, ${s.cases.reduce((n, c) => n + (c.score.tallies['table.kind']?.total ?? 0), 0)} tables`);
console.log(`record fields right: ${pct(s.fieldAccuracy, 1)} (target 99%)`);
console.log(`planted inconsistencies found: ${s.planted.found}/${s.planted.total} (target all)`);
console.log(`warnings on ${s.consistentTables} consistent tables: ${s.falseWarnings} (target 0)`);
console.log();
console.log(formatAccuracy({ all: s.corpus.byField }, RECORD_FIELDS));
const m = Number(values.mismatches);
if (m > 0) {
  const shown = s.corpus.mismatches.filter((x) => RECORD_FIELDS.includes(x.field));
  console.log('\nfirst mismatches (class = case):\n' + formatMismatches(shown, m).replace(/\n {4}from .*/g, ''));
}
