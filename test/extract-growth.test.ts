import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract-document.js';
import { generateDocument } from '../scripts/generate/generate-document.js';
import { cpuGrowth } from './hostile/growth.js';

/**
 * Growth of the whole text path (decode → grid → reader → checks), issue 11: ten times the
 * indicator rows, or ten times the tables in a file, costs at most twelve times the CPU time
 * (medians of interleaved repetitions; see hostile/growth.ts). A quadratic step would show ~100×.
 */

const encoder = new TextEncoder();
const base = generateDocument(3, { layout: 'tab', perturbations: [], tables: 1, kinds: ['project_self_eval'], injectRate: 0 });
const lines = base.text.split(/\r?\n/);

/** A 三级 row printed without its 一级/二级 labels: three empty cells, then the name. */
const isPlainIndicatorRow = (line: string) => /^\t\t\t[^\t]/.test(line);

/** The generated table with every unlabelled indicator row printed `times` times (names numbered). */
function withRows(times: number): Uint8Array {
  const out = lines.flatMap((line) => {
    if (!isPlainIndicatorRow(line)) return [line];
    const [, , , name, ...rest] = line.split('\t');
    return Array.from({ length: times }, (_, i) => ['', '', '', `${name}（${i + 1}）`, ...rest].join('\t'));
  });
  return encoder.encode(out.join('\r\n'));
}

/** The generated file printed `times` times over, one table after the other. */
const withTables = (times: number): Uint8Array => encoder.encode(Array.from({ length: times }, () => base.text).join('\r\n\r\n'));

const indicators = async (bytes: Uint8Array) => (await extractDocument(bytes, { file: 'growth.txt' })).tables.map((t) => t.indicators.length);

describe('text extraction grows linearly (CPU time, medians)', () => {
  const plain = lines.filter(isPlainIndicatorRow).length;
  it('the generated table has unlabelled indicator rows to repeat', () => expect(plain).toBeGreaterThan(5));

  it('reads every added row and every added table', async () => {
    const one = await indicators(withRows(1));
    expect(one).toHaveLength(1);
    expect((await indicators(withRows(10)))[0]).toBe(one[0]! + 9 * plain);
    expect(await indicators(withTables(10))).toEqual(Array.from({ length: 10 }, () => one[0]));
  });

  it('10× the indicator rows costs at most 12× the time', async () => {
    const small = withRows(1), large = withRows(10);
    // extractDocument is async but does no I/O: its work is done by the time the promise settles
    let pending: Promise<unknown> = Promise.resolve();
    const run = (bytes: Uint8Array) => () => { pending = extractDocument(bytes, { file: 'growth.txt' }); };
    const ratio = cpuGrowth(run(small), run(large));
    await pending;
    expect(ratio).toBeLessThan(12);
  });

  it('10× the tables in a file costs at most 12× the time', async () => {
    const small = withTables(1), large = withTables(10);
    let pending: Promise<unknown> = Promise.resolve();
    const run = (bytes: Uint8Array) => () => { pending = extractDocument(bytes, { file: 'growth.txt' }); };
    const ratio = cpuGrowth(run(small), run(large));
    await pending;
    expect(ratio).toBeLessThan(12);
  });
});
