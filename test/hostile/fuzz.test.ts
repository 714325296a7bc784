/**
 * Seeded fuzz in CI (issue 9): mutated seed documents and mutated generated tables (text and HTML). Each input:
 * no throw, under 2 s of CPU, a valid record, every number finite, the store write succeeds,
 * the same record twice. The long run is `node dist/scripts/fuzz-hostile.js --count 20000`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument } from '../../scripts/generate/generate-document.js';
import { LAYOUTS } from '../../scripts/generate/layouts.js';
import { mulberry32 } from '../../scripts/generate/prng.js';
import { fuzzCheck } from '../../scripts/hostile/fuzz-check.js';
import { mutate } from '../../scripts/hostile/mutate.js';
import { asHtml, bitRot } from '../../scripts/hostile/corpus.js';
import { readdirSync } from 'node:fs';
import type { Store } from '../../store/store.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { seedInputs } from '../store/sample-documents.js';

const SEED_MUTANTS = 60;
const GENERATED_MUTANTS = 180;
const HTML_MUTANTS = 60;
const PDF_MUTANTS = 14;
const MAX_CPU_MS = 2000;

let store: Store;
let runId: number;
beforeAll(() => { store = openSqliteStore(':memory:'); runId = store.beginRun(['fuzz']); });
afterAll(() => store.close());

async function expectSurvives(bytes: Uint8Array, label: string) {
  const outcome = await fuzzCheck(bytes, label, store, runId);
  expect(outcome.problem, label).toBeNull();
  expect(outcome.cpuMs, label).toBeLessThan(MAX_CPU_MS);
}

describe('fuzz: mutated documents never break extraction or the store', () => {
  it(`${SEED_MUTANTS} mutants of the seed documents`, async () => {
    const seeds = seedInputs().map((p) => new Uint8Array(readFileSync(p)));
    const rng = mulberry32(2026);
    for (let i = 0; i < SEED_MUTANTS; i++) {
      const k = i % seeds.length;
      await expectSurvives(mutate(seeds[k]!, rng.fork(`seed-${i}`)), `seed ${k} mutant ${i} (mulberry32(2026).fork('seed-${i}'))`);
    }
  });

  it(`${PDF_MUTANTS} damaged copies of the PDF fixtures (bit rot, cuts, repeated chunks)`, async () => {
    const dir = new URL('../../fixtures/pdf/', import.meta.url);
    const pdfs = readdirSync(dir).sort().map((d) => new Uint8Array(readFileSync(new URL(`${d}/input.pdf`, dir))));
    for (let i = 0; i < PDF_MUTANTS; i++) {
      const rng = mulberry32(70_000 + i);
      const pdf = pdfs[i % pdfs.length]!;
      const damaged = i % 2 === 0 ? bitRot(pdf, 70_000 + i, rng.pick([0.0002, 0.001, 0.005])) : mutate(pdf, rng);
      await expectSurvives(damaged, `PDF fixture ${i % pdfs.length}, damage ${i} (mulberry32(${70_000 + i}))`);
    }
  });

  it(`${HTML_MUTANTS} mutants of generated tables as HTML`, async () => {
    for (let i = 0; i < HTML_MUTANTS; i++) {
      const doc = generateDocument(95_000 + i, { layout: 'tab', tables: 1 });
      const rng = mulberry32(95_000 + i);
      await expectSurvives(mutate(new TextEncoder().encode(asHtml(doc.text)), rng), `generated ${95_000 + i} as HTML, mutant`);
    }
  });

  it(`${GENERATED_MUTANTS} mutants of generated tables, every layout`, async () => {
    for (let i = 0; i < GENERATED_MUTANTS; i++) {
      const doc = generateDocument(90_000 + i, { layout: LAYOUTS[i % LAYOUTS.length]!, tables: 1 + (i % 2) });
      const rng = mulberry32(90_000 + i);
      await expectSurvives(mutate(doc.bytes, rng), `generated ${90_000 + i} mutant`);
    }
  });
});
