/**
 * Extraction speed against its floor, on a generated corpus (several tables per file, mixed
 * layouts and perturbations). The floor reads every file and splits it into lines — the least a
 * text extractor must do; `extractDocument` then does the real work on the same files. Both in
 * tables per second, and how many times slower extraction is than the floor.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { extractDocument } from '../../pipeline/extract-document.js';
import { generateCorpus } from '../generate/corpus.js';
import { type BenchRow, type BenchSection, timed } from './section.js';

const SECTION = 'extract';
const TABLES = 5_000;
const QUICK_TABLES = 500;

interface Corpus { readonly files: readonly string[]; readonly tables: number; readonly bytes: number }

function writeCorpus(dir: string, tables: number): Corpus {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let count = 0;
  let bytes = 0;
  for (const doc of generateCorpus({ tables, seed: 1 })) {
    const file = join(dir, doc.file);
    writeFileSync(file, doc.bytes);
    files.push(file);
    count += doc.expected.length;
    bytes += doc.bytes.byteLength;
  }
  return { files, tables: count, bytes };
}

export const extractSection: BenchSection = {
  name: SECTION,
  async run(ctx) {
    ctx.log(`${SECTION}: generating ${ctx.quick ? QUICK_TABLES : TABLES} tables`);
    const generated = await timed(() => writeCorpus(join(ctx.tmpDir, 'extract-corpus'), ctx.quick ? QUICK_TABLES : TABLES));
    const corpus = generated.result;
    ctx.log(`${SECTION}: floor`);
    const floor = await timed(async () => {
      let lines = 0;
      for (const file of corpus.files) lines += new TextDecoder().decode(await readFile(file)).split(/\r?\n/).length;
      return lines;
    });
    ctx.log(`${SECTION}: extractDocument`);
    const extract = await timed(async () => {
      let found = 0;
      for (const file of corpus.files) found += (await extractDocument(await readFile(file), { file: basename(file) })).tables.length;
      return found;
    });
    const rate = (seconds: number) => corpus.tables / seconds;
    const rows: BenchRow[] = [
      { section: SECTION, metric: 'corpus', value: corpus.tables, unit: 'tables', note: `${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, generated in ${generated.seconds.toFixed(1)} s` },
      { section: SECTION, metric: 'floor: read + split lines', value: rate(floor.seconds), unit: 'tables/s', note: `${floor.seconds.toFixed(2)} s` },
      { section: SECTION, metric: 'extractDocument', value: rate(extract.seconds), unit: 'tables/s', note: `${extract.seconds.toFixed(2)} s, ${extract.result} tables found` },
      { section: SECTION, metric: 'extractDocument vs floor', value: extract.seconds / floor.seconds, unit: '× slower' },
    ];
    return rows;
  },
};
