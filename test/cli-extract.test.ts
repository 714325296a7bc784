import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractOutputSchema } from '../schemas/record.js';

const ROOT = join(import.meta.dirname, '..');
const jixiao = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'jixiao.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
const SEED = 'fixtures/seeds/001_eec2255c4764dfed/input.txt';

describe('jixiao extract', () => {
  it('--json prints exactly the contract, one document per file, in order', () => {
    const r = jixiao('extract', SEED, 'fixtures/seeds/004_2b2d905bc25c1717/input.txt', '--json');
    expect(r.status).toBe(0);
    const out = ExtractOutputSchema.strict().parse(JSON.parse(r.stdout));
    expect(out.documents.map((d) => d.file)).toEqual([SEED, 'fixtures/seeds/004_2b2d905bc25c1717/input.txt']);
    expect(out.documents[0]!.tables).toHaveLength(9);
    expect(out.documents[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.documents[0]!.encoding).toBe('utf-8');
  });

  it('bad files get a one-line error naming them; the others are still processed; exit code non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'junk.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'prose.txt'), '这是一段没有任何表格的说明文字。\n第二行。\n');
    writeFileSync(join(dir, 'scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const missing = join(dir, 'missing.txt');
    const r = jixiao('extract', join(dir, 'empty.txt'), missing, SEED, join(dir, 'junk.bin'), join(dir, 'prose.txt'), join(dir, 'scan.png'), '--json');
    expect(r.status).toBe(1);
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toHaveLength(5);
    expect(errLines[4]).toContain('scan.png');
    expect(errLines[4]).toContain('IMAGE_UNREADABLE'); // a truncated PNG: OCR cannot decode it
    expect(errLines[0]).toContain('empty.txt');
    expect(errLines[0]).toContain('FILE_EMPTY');
    expect(errLines[1]).toContain('missing.txt');
    expect(errLines[1]).toContain('FILE_NOT_FOUND');
    expect(errLines[2]).toContain('junk.bin');
    expect(errLines[2]).toContain('FILE_BINARY');
    expect(errLines[3]).toContain('prose.txt');
    expect(errLines[3]).toContain('NO_TABLE_FOUND');
    const out = ExtractOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.documents).toHaveLength(6);
    expect(out.documents[5]!.format).toBe('image');
    expect(out.documents[2]!.tables).toHaveLength(9);
  });

  it('prints a readable summary by default, with findings and where they are', () => {
    const r = jixiao('extract', SEED);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('综合党委经费');
    expect(r.stdout).toMatch(/EXECUTION_RATE_MISMATCH line \d+:\d+/);
  });

  it('schema prints the JSON Schema made by zod', () => {
    const r = jixiao('schema');
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.documents.type).toBe('array');
  });
});
