import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/extract-document.js';
import type { Table } from '../../schemas/record.js';
import { generateDocument } from '../../scripts/generate/generate-document.js';
import type { ExpectedTable } from '../../scripts/generate/expected.js';
import { sheet } from '../../scripts/pdf-fixtures/cases.js';
import { writeXlsx } from '../../scripts/pdf-fixtures/write-xlsx.js';
import { typeNumbers } from '../../scripts/office-fixtures/typed-numbers.js';
import { writeDocx } from '../../scripts/office-fixtures/write-docx.js';
import { writeHtml } from '../../scripts/office-fixtures/write-html.js';
import { scoreTables } from './record-fields.js';

/**
 * Office files of tables nobody here wrote: the text generator's random tables (other names,
 * amounts, units, hierarchies; scripts/generate) printed as a clerk prints them in Excel, Word
 * and on a web page (merged labels, typed numbers, entities), read back and compared field by
 * field with the generator's expected records. Self-evaluation tables (the generator's expected
 * record of a 申报表 leaves its money blocks unmapped).
 */
const DOCUMENTS = 24;
const MIN_ACCURACY = 0.99;

const asRecord = (e: ExpectedTable): Table => ({
  ...e,
  region: e.region ?? null,
  funds: e.funds ?? [],
  indicators: e.indicators.map(({ line: _line, ...ind }) => ind),
  findings: [],
  source: { file: '', line: null, column: null },
} as unknown as Table);

/** Layouts vary with the seed: labels merged or printed once per group, amounts grouped or plain, orientation. */
const specOf = (t: Table[], seed: number) => sheet(t, {
  orientation: seed % 3 === 0 ? 'portrait' : 'landscape',
  layout: { mergeLabels: seed % 2 === 0, amountStyle: seed % 4 < 2 ? 'grouped' : 'plain' },
});

const containers = {
  xlsx: async (t: Table[], seed: number) => typeNumbers(new Uint8Array(await writeXlsx(specOf(t, seed)))),
  docx: async (t: Table[], seed: number) => writeDocx(specOf(t, seed)),
  html: async (t: Table[], seed: number) => new TextEncoder().encode(writeHtml(specOf(t, seed))),
} as const;

type Tally = { total: number; matched: number; diffs: string[] };
const tallies: Record<keyof typeof containers, Tally> = { xlsx: { total: 0, matched: 0, diffs: [] }, docx: { total: 0, matched: 0, diffs: [] }, html: { total: 0, matched: 0, diffs: [] } };

describe('generated tables as Office files and web pages', () => {
  beforeAll(async () => {
    for (let k = 0; k < DOCUMENTS; k++) {
      const seed = 80_000 + k;
      const generated = generateDocument(seed, { perturbations: [] });
      const expected = generated.expected.filter((t) => t.kind !== 'target_declaration');
      if (expected.length === 0) continue;
      const records = expected.map(asRecord);
      for (const [name, write] of Object.entries(containers) as [keyof typeof containers, (t: Table[], seed: number) => Promise<Uint8Array>][]) {
        const doc = await extractDocument(await write(records, seed), { file: `gen-${seed}.${name}` });
        const score = scoreTables(records, doc.tables);
        const tally = tallies[name];
        tally.total += score.total;
        tally.matched += score.matched;
        tally.diffs.push(...score.diffs.map((d) => `seed ${seed}: ${d}`));
      }
    }
  }, 240_000);

  for (const name of Object.keys(containers) as (keyof typeof containers)[]) {
    it(`${name}: at least ${MIN_ACCURACY * 100}% of fields as generated`, () => {
      const t = tallies[name];
      const accuracy = t.matched / t.total;
      console.log(`${name}: ${t.matched}/${t.total} fields (${(accuracy * 100).toFixed(2)}%)`);
      expect(t.total).toBeGreaterThan(1000);
      expect(accuracy, t.diffs.slice(0, 15).join('\n')).toBeGreaterThanOrEqual(MIN_ACCURACY);
    });
  }
});
