import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedInputs } from './sample-documents.js';

/**
 * Writes an archive of `count` distinct documents into `dir` (in sub-folders of 100) and returns
 * their paths. Variants of the seed documents: years shifted and a distinct number of trailing
 * blank lines, so every file has its own sha256 (none equals a seed) and real tables.
 */
export function writeArchive(dir: string, count: number): string[] {
  const seeds = seedInputs().map((p) => readFileSync(p, 'utf8'));
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    // (i mod 4, i mod 6) repeats every 12 files: the blank-line count tells those apart
    const shift = i % 6;
    const text = seeds[i % seeds.length]!.replace(/20(\d\d)(?=\s*年)/g, (_, yy: string) => String(2000 + Number(yy) - shift));
    const path = join(folder, `doc-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, text + '\n'.repeat(1 + Math.floor(i / 12)));
    paths.push(path);
  }
  return paths;
}
