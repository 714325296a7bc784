/**
 * Accuracy on the constructed family PDFs (fixtures/pdf-families/, made by
 * scripts/make-family-fixtures.ts): per case, the families it stands for, field accuracy, false
 * warnings and, with --misses N, the first N wrong fields — the loop for reader fixes.
 *
 *   npm run families [-- --misses N] [-- case-name ...]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractDocument } from '../pipeline/extract-document.js';
import { ExpectedRealFileSchema } from './real/expected-record.js';
import { REPO_ROOT } from './real/run-real.js';
import { percent, scoreReal } from './real/score-real.js';

const { values, positionals } = parseArgs({ options: { misses: { type: 'string', default: '0' } }, allowPositionals: true });
const DIR = join(REPO_ROOT, 'fixtures', 'pdf-families');
const names = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'input.pdf')) && (positionals.length === 0 || positionals.includes(d))).sort();
let correct = 0;
let total = 0;
for (const name of names) {
  const expected = ExpectedRealFileSchema.parse(JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')));
  const s = scoreReal(expected, await extractDocument(new Uint8Array(readFileSync(join(DIR, name, 'input.pdf'))), { file: `${name}/input.pdf` }));
  correct += s.correct;
  total += s.total;
  console.log(`${name.padEnd(36)} ${`${s.correct}/${s.total}`.padStart(11)} ${percent(s.correct, s.total).padStart(7)}  false warnings ${s.falseWarnings.length}  spurious tables ${s.spuriousTables}`);
  console.log(`    ${expected.families.join('; ')}`);
  const n = Number(values.misses);
  for (const m of s.misses.slice(0, n)) console.log(`    t${m.table}${m.row !== undefined ? ` #${m.row}` : ''} ${m.field}: want ${JSON.stringify(m.expected)} got ${JSON.stringify(m.actual)}`);
  if (n > 0) for (const w of s.falseWarnings.slice(0, n)) console.log(`    false warning t${w.table ?? '-'} ${w.code}: ${w.message}`);
}
console.log(`${'total'.padEnd(36)} ${`${correct}/${total}`.padStart(11)} ${percent(correct, total).padStart(7)}`);
