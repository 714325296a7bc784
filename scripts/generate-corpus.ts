/**
 * Write a generated corpus: documents as files plus expected.jsonl (one line per document).
 *   node dist/scripts/generate-corpus.js --tables 500 --out /tmp/corpus [--seed 1]
 *     [--layout tab|space|pipe] [--perturbations none|a,b,…]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, expectedLine } from './generate/corpus.js';
import { LAYOUTS, type Layout } from './generate/layouts.js';
import { PERTURBATIONS, isPerturbation, type Perturbation } from './generate/perturbations.js';

function fail(message: string): never {
  process.stderr.write(`generate-corpus: ${message}\n`);
  process.exit(2);
}

function perturbationsOf(arg: string | undefined): Perturbation[] | undefined {
  if (arg === undefined) return undefined;
  if (arg === 'none' || arg === '') return [];
  const names = arg.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !isPerturbation(n));
  if (unknown.length > 0) fail(`unknown perturbation(s) ${unknown.join(', ')}; known: ${PERTURBATIONS.join(', ')}`);
  return names as Perturbation[];
}

function main(argv: readonly string[]): void {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      tables: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      layout: { type: 'string' },
      perturbations: { type: 'string' },
    },
  });
  const tables = Number(values.tables);
  const seed = Number(values.seed);
  if (!values.out) fail('--out DIR is required');
  if (!Number.isInteger(tables) || tables < 1) fail('--tables must be a positive integer');
  if (!Number.isInteger(seed)) fail('--seed must be an integer');
  if (values.layout !== undefined && !LAYOUTS.includes(values.layout as Layout)) fail(`--layout must be one of ${LAYOUTS.join(', ')}`);
  const perturbations = perturbationsOf(values.perturbations);

  mkdirSync(values.out, { recursive: true });
  const lines: string[] = [];
  let documents = 0;
  let written = 0;
  for (const doc of generateCorpus({ tables, seed, ...(values.layout ? { layout: values.layout as Layout } : {}), ...(perturbations ? { perturbations } : {}) })) {
    writeFileSync(join(values.out, doc.file), doc.bytes);
    lines.push(expectedLine(doc));
    documents++;
    written += doc.expected.length;
  }
  writeFileSync(join(values.out, 'expected.jsonl'), lines.join('\n') + '\n');
  process.stdout.write(`wrote ${documents} documents (${written} tables) and expected.jsonl to ${values.out}\n`);
}

main(process.argv.slice(2));
