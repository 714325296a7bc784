import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentsDiff } from '../../review/diff-documents.js';
import type { ExtractOutput } from '../../schemas/record.js';
import { cli, ROOT } from '../store/cli.js';
import { seedInputs } from '../store/sample-documents.js';
import { useTmpDir } from '../store/tmp-dir.js';

const tmp = useTmpDir('all');
const PDF = join(ROOT, 'fixtures/pdf/unmerged-labels-wanyuan/input.pdf');
let dir: string;

describe('jixiao diff', () => {
  beforeAll(() => {
    dir = tmp();
    const inputs = [...seedInputs(), PDF];
    const extracted = cli(['extract', ...inputs, '--json']);
    expect(extracted.status, extracted.stderr).toBe(0);
    writeFileSync(join(dir, 'a.json'), extracted.stdout);
    expect(cli(['import', ...inputs, '--db', join(dir, 'a.sqlite'), '--jobs', '0']).status).toBe(0);
    expect(cli(['export', '--format', 'jsonl', '--db', join(dir, 'a.sqlite'), '--out', join(dir, 'a.jsonl')]).status).toBe(0);
  }, 120_000);

  it('finds an extraction equal to its database and to its JSONL export (exit 0)', () => {
    for (const [a, b] of [['a.json', 'a.sqlite'], ['a.jsonl', 'a.json'], ['a.sqlite', 'a.jsonl']]) {
      const r = cli(['diff', join(dir, a!), join(dir, b!)]);
      expect(r.stderr).toBe('');
      expect(r.status, `${a} vs ${b}: ${r.stdout}`).toBe(0);
      expect(r.stdout).toMatch(/^equal: 5 documents/);
    }
  });

  it('reports a changed value, a removed indicator and a removed table (exit 1), readable and as JSON', () => {
    const output = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as ExtractOutput;
    const doc = output.documents.find((d) => d.tables.length > 2)!;
    const first = doc.tables[0]!;
    const changed = first.indicators[2]!;
    const removed = first.indicators.shift()!;
    changed.actual = '改过的值';
    const removedTable = doc.tables.splice(1, 1)[0]!;
    writeFileSync(join(dir, 'b.json'), JSON.stringify(output));

    const text = cli(['diff', join(dir, 'a.sqlite'), join(dir, 'b.json')]);
    expect(text.status, text.stderr).toBe(1);
    expect(text.stdout).toContain(`- indicator 1 ${removed.name}`);
    expect(text.stdout).toContain('→ "改过的值"');
    expect(text.stdout).toContain(`- table 2 ${removedTable.kind} ${removedTable.year} ${removedTable.project}`);

    const json = cli(['diff', join(dir, 'a.sqlite'), join(dir, 'b.json'), '--json']);
    expect(json.status).toBe(1);
    const diff = JSON.parse(json.stdout) as DocumentsDiff;
    expect(diff.equal).toBe(false);
    expect(diff.counts).toMatchObject({ documentsChanged: 1, tablesRemoved: 1, tablesChanged: 1, indicatorsChanged: 2 });
  });

  it('exits 2 naming the file and the reason for a missing or unreadable input', () => {
    const missing = cli(['diff', join(dir, 'a.json'), join(dir, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: no such file \[FILE_NOT_FOUND\]/);
    writeFileSync(join(dir, 'bad.jsonl'), '{"documents": 3}\n');
    const bad = cli(['diff', join(dir, 'bad.jsonl'), join(dir, 'a.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.jsonl: .*\[RECORDS_UNREADABLE\]/);
    expect(cli(['diff', join(dir, 'a.json')]).status).toBe(2);
  });
});
