import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDocument } from '../../scripts/generate/generate-document.js';
import { seedInputs } from './sample-documents.js';

/**
 * Writes `count` generated documents (scripts/generate, seeds `firstSeed`…) into `dir`, in
 * sub-folders of 100 as archives are, and returns their paths in order.
 */
export function writeGeneratedArchive(dir: string, count: number, firstSeed = 1): string[] {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const generated = generateDocument(firstSeed + i);
    const path = join(folder, `${String(i).padStart(5, '0')}-${generated.file}`);
    writeFileSync(path, generated.bytes);
    paths.push(path);
  }
  return paths;
}

/**
 * The seed documents as if reported again in other years (every 20xx年 moved back by 1…n):
 * the same projects of the same units across years, for the cross-year queries.
 */
export function writeYearVariants(dir: string, yearsBack: number): string[] {
  mkdirSync(dir, { recursive: true });
  return seedInputs().flatMap((input, s) => Array.from({ length: yearsBack }, (_, k) => {
    const text = readFileSync(input, 'utf8').replace(/20(\d\d)(?=\s*年)/g, (_, yy: string) => String(2000 + Number(yy) - (k + 1)));
    const path = join(dir, `seed-${s}-minus-${k + 1}.txt`);
    writeFileSync(path, text);
    return path;
  }));
}
