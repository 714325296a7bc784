/**
 * The long fuzz run (issue 9): `npm run build && node dist/scripts/fuzz-hostile.js --count 20000 [--seed 1]`.
 * Mutants of generated tables (every layout) and of the seed fixtures, checked as the CI fuzz
 * test checks them (scripts/hostile/fuzz-check.ts); the slowest inputs and every failure are
 * printed with the seed that reproduces them. Exit code 1 when any input failed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateDocument } from './generate/generate-document.js';
import { LAYOUTS } from './generate/layouts.js';
import { mulberry32 } from './generate/prng.js';
import { fuzzCheck } from './hostile/fuzz-check.js';
import { mutate } from './hostile/mutate.js';
import { asHtml } from './hostile/corpus.js';
import { openSqliteStore } from '../store/sqlite-store.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' }, 'max-cpu-ms': { type: 'string', default: '2000' } } });
const count = Number(values.count);
const base = Number(values.seed);
const maxCpuMs = Number(values['max-cpu-ms']);

const seedsDir = new URL('../../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).sort().map((d) => new Uint8Array(readFileSync(new URL(`${d}/input.txt`, seedsDir))));
const store = openSqliteStore(':memory:');
const runId = store.beginRun(['fuzz-hostile']);
let failed = 0;
const slowest: { ms: number; label: string }[] = [];
const started = performance.now();
for (let i = 0; i < count; i++) {
  const seed = base * 1_000_003 + i;
  const rng = mulberry32(seed);
  const fromSeed = seeds.length > 0 && i % 4 === 0;
  const html = !fromSeed && i % 4 === 1;
  const generated = fromSeed ? null : generateDocument(seed, { layout: html ? 'tab' : LAYOUTS[i % LAYOUTS.length]!, tables: rng.int(1, 3) });
  const original = generated === null ? seeds[i % seeds.length]! : html ? new TextEncoder().encode(asHtml(generated.text)) : generated.bytes;
  const label = `${fromSeed ? `seed fixture ${i % seeds.length}` : `generateDocument(${seed})${html ? ' as HTML' : ''}`} mutated by mulberry32(${seed})`;
  const outcome = await fuzzCheck(mutate(original, rng), label, store, runId, { determinism: i % 10 === 0 });
  slowest.push({ ms: outcome.cpuMs, label });
  slowest.sort((a, b) => b.ms - a.ms).splice(5);
  const problem = outcome.problem ?? (outcome.cpuMs > maxCpuMs ? `took ${outcome.cpuMs.toFixed(0)} ms of CPU (limit ${maxCpuMs})` : null);
  if (problem) { failed++; console.log(`FAIL ${label}: ${problem}`); }
  if ((i + 1) % 500 === 0) console.log(`${i + 1}/${count} inputs, ${failed} failed, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
store.close();
console.log(`${count} inputs, ${failed} failed; slowest: ${slowest.map((s) => `${s.ms.toFixed(0)} ms (${s.label})`).join('; ')}`);
process.exitCode = failed > 0 ? 1 : 0;
