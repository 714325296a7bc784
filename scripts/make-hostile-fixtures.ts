/**
 * Writes the small hostile files into fixtures/hostile/ with a README saying what each attacks
 * and what must happen. `npm run build && node dist/scripts/make-hostile-fixtures.js`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PDF_FIXTURE, smallHostileFiles } from './hostile/corpus.js';

const dir = new URL('../../fixtures/hostile/', import.meta.url);
mkdirSync(dir, { recursive: true });
const files = smallHostileFiles(new URL(`../../${PDF_FIXTURE}`, import.meta.url));
for (const f of files) writeFileSync(new URL(f.name, dir), f.bytes);
const rows = files.map((f) => `| \`${f.name}\` | ${f.why} | ${f.outcome} | \`${f.code}\` |`);
writeFileSync(new URL('README.md', dir), [
  '# Hostile inputs (issue 9)',
  '',
  'Made by `scripts/make-hostile-fixtures.ts` from the generator and our own PDF fixture; do not edit by hand.',
  'Larger ones (a 10 MB line of `|`, a 2,000-row table, a file over the size limit, FIFOs, dangling links,',
  'unreadable folders, GBK and control-character file names) are made by `test/hostile/cli-hostile.test.ts`.',
  '',
  '| file | attack | import outcome | code |',
  '| --- | --- | --- | --- |',
  ...rows,
  '',
].join('\n'));
console.log(`wrote ${files.length} files to ${dir.pathname}`);
