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
console.log(`${'case'.padEnd(width)}  fields          planted found   false warnings`);
for (const c of s.cases) {
  const found = c.planted.filter((p) => p.found).length;
  const missed = c.planted.filter((p) => !p.found).map((p) => p.code);
  console.log(`${c.name.padEnd(width)}  ${pct(c.fields.correct, c.fields.total).padStart(6)} ${`${c.fields.correct}/${c.fields.total}`.padStart(9)}  ${`${found}/${c.planted.length}`.padStart(5)}${missed.length ? ` missed ${missed.join(',')}` : ''}  ${c.falseWarnings.length ? c.falseWarnings.map((w) => w.code).join(',') : '0'}`);
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
