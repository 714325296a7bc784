/**
 * Accuracy on real government PDFs: extracts every training PDF in ../shared/real/pdf that has a
 * hand-checked record in fixtures/real-expected/, and prints per-file field accuracy, the total,
 * and the warnings raised on tables judged consistent (false alarms).
 *
 *   npm run real [-- --misses N]
 *
 * Exits 0 with a message when ../shared/real is absent (the PDFs are never committed).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { REAL_PDF_DIR, runReal } from './real/run-real.js';
import { percent } from './real/score-real.js';

const { values } = parseArgs({ options: { misses: { type: 'string', default: '0' } } });
if (!existsSync(REAL_PDF_DIR)) {
  console.log(`real-accuracy: ${REAL_PDF_DIR} is absent (the real PDFs are kept outside the repository); nothing to measure.`);
  process.exit(0);
}
const outcomes = await runReal();
let correct = 0;
let total = 0;
let falseWarnings = 0;
let pooledCorrect = 0;
let pooledTotal = 0;
const byField: Record<string, { correct: number; total: number }> = {};
const byLayout: Record<string, { correct: number; total: number }> = {};
console.log('file'.padEnd(56), 'fields'.padStart(11), 'accuracy'.padStart(9), 'false warnings'.padStart(15), 'spurious tables'.padStart(16), 'indicators pooled'.padStart(18));
for (const o of outcomes) {
  if (o.kind !== 'scored') { console.log(o.file.padEnd(56), o.kind === 'absent' ? '(PDF absent)' : `(PDF changed: sha256 ${o.sha256})`); continue; }
  const s = o.score;
  correct += s.correct; total += s.total; falseWarnings += s.falseWarnings.length;
  for (const [f, t] of Object.entries(s.byField)) { const b = (byField[f] ??= { correct: 0, total: 0 }); b.correct += t.correct; b.total += t.total; }
  for (const [f, t] of Object.entries(s.byLayout)) { const b = (byLayout[f] ??= { correct: 0, total: 0 }); b.correct += t.correct; b.total += t.total; }
  pooledCorrect += s.pooled.correct; pooledTotal += s.pooled.total;
  console.log(s.file.padEnd(56), `${s.correct}/${s.total}`.padStart(11), percent(s.correct, s.total).padStart(9), String(s.falseWarnings.length).padStart(15), String(s.spuriousTables).padStart(16), percent(s.pooled.correct, s.pooled.total).padStart(18));
  const n = Number(values.misses);
  for (const m of s.misses.slice(0, n)) console.log(`    t${m.table}${m.row !== undefined ? ` #${m.row}` : ''} ${m.field}: want ${JSON.stringify(m.expected)} got ${JSON.stringify(m.actual)}`);
  if (n > 0) for (const w of s.falseWarnings.slice(0, n)) console.log(`    false warning t${w.table ?? '-'} ${w.code}: ${w.message}`);
}
console.log('total'.padEnd(56), `${correct}/${total}`.padStart(11), percent(correct, total).padStart(9), String(falseWarnings).padStart(15), ''.padStart(16), percent(pooledCorrect, pooledTotal).padStart(18));
console.log('\nfields: every field of every expected table (tables paired by kind/project/department/title, indicators by name);');
console.log('indicators pooled: indicator fields with all tables\' indicators pooled in order (row reading, whatever the table split).');
console.log('\nby layout (fields of the tables printed in it):');
for (const [f, t] of Object.entries(byLayout).sort()) console.log(`  ${f.padEnd(26)} ${`${t.correct}/${t.total}`.padStart(11)} ${percent(t.correct, t.total).padStart(7)}`);
console.log('\nby field:');
for (const [f, t] of Object.entries(byField).sort()) console.log(`  ${f.padEnd(26)} ${`${t.correct}/${t.total}`.padStart(10)} ${percent(t.correct, t.total).padStart(7)}`);
