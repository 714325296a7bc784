import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { inShard, parseShard, shardKey } from '../../store/import/shard.js';
import { writeGeneratedArchive } from './archive.js';
import { cli } from './cli.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir('all');

const counts = (db: string) => {
  const conn = new Database(db, { readonly: true });
  const n = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
  const result = {
    documents: n('SELECT count(*) AS n FROM documents'),
    tables: n('SELECT count(*) AS n FROM tables'),
    indicators: n('SELECT count(*) AS n FROM indicators'),
    findings: n('SELECT count(*) AS n FROM findings'),
    failures: n('SELECT count(*) AS n FROM import_errors WHERE document_id IS NULL'),
    projects: n('SELECT count(*) AS n FROM projects'),
  };
  conn.close();
  return result;
};
const jsonl = (db: string): string[] => {
  const r = cli(['export', '--format', 'jsonl', '--db', db]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trimEnd().split('\n').sort();
};

describe('--shard i/n', () => {
  it('puts every key in exactly one shard, about evenly, whatever the order', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `batch-${i % 7}/${i}-表.txt`);
    const shards = [1, 2, 3, 4].map((index) => keys.filter((k) => inShard(k, { index, count: 4 })));
    expect(shards.reduce((n, s) => n + s.length, 0)).toBe(keys.length);
    expect(new Set(shards.flat()).size).toBe(keys.length);
    for (const s of shards) expect(s.length).toBeGreaterThan(400), expect(s.length).toBeLessThan(600);
    expect(keys.filter((k) => inShard(k, { index: 1, count: 1 }))).toEqual(keys);
  });

  it('keys a file by its path below the argument that named it: the same on every machine', () => {
    expect(shardKey('/mnt/a/archive/2022/x.txt', ['/mnt/a/archive'])).toBe('2022/x.txt');
    expect(shardKey('/home/b/copy/2022/x.txt', ['/home/b/copy/'])).toBe('2022/x.txt');
    expect(shardKey('/data/archive/2022/x.txt', ['/data/archive/**/*.txt'])).toBe('2022/x.txt');
    expect(shardKey('notes/x.txt', ['notes/x.txt'])).toBe('notes/x.txt');
  });

  it('parses I/N and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1', '1/4/2']) expect(parseShard(bad), bad).toBeNull();
    const r = cli(['import', 'x', '--shard', '5/4', '--dry-run']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--shard "5\/4"/);
  });
});

describe('import --shard on several "machines", then merge', () => {
  let dir: string;
  let whole: string;
  let parts: string[];
  beforeAll(() => {
    dir = tmp();
    const archive = join(dir, 'archive');
    writeGeneratedArchive(join(archive, 'generated'), 24);
    mkdirSync(join(archive, 'broken'), { recursive: true });
    writeFileSync(join(archive, 'broken', 'empty.txt'), '');
    writeFileSync(join(archive, 'broken', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    whole = join(dir, 'whole.sqlite');
    cli(['import', archive, '--db', whole, '--jobs', '0']);
    // each "machine" has the archive at another place: the split must not depend on it
    parts = [1, 2, 3].map((i) => {
      const copy = join(dir, `machine-${i}`, 'mnt', 'archive');
      cpSync(archive, copy, { recursive: true });
      const db = join(dir, `part-${i}.sqlite`);
      const r = cli(['import', copy, '--shard', `${i}/3`, '--db', db, '--jobs', '0', '--json']);
      expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
      return db;
    });
  }, 180_000);

  it('the shards split the files: together they hold what one import holds', () => {
    const each = parts.map(counts);
    const all = counts(whole);
    expect(all.documents).toBeGreaterThan(10);
    expect(all.failures).toBe(2);
    expect(each.every((c) => c.documents > 0)).toBe(true);
    expect(each.reduce((n, c) => n + c.documents, 0)).toBe(all.documents);
    expect(each.reduce((n, c) => n + c.failures, 0)).toBe(all.failures);
  });

  it('merge gives the same records as one import, and a second merge adds nothing', () => {
    const merged = join(dir, 'merged.sqlite');
    const r = cli(['merge', ...parts, '--db', merged]);
    expect(r.status, r.stderr).toBe(0);
    const after = counts(merged);
    expect(after).toEqual(counts(whole));
    // the records read back are the same, except where the files were (each machine's path)
    const strip = (lines: string[]) => lines.map((l) => l.replaceAll(/"[^"]*?(generated|broken)\//g, '"$1/')).sort();
    expect(strip(jsonl(merged))).toEqual(strip(jsonl(whole)));
    const again = cli(['merge', ...parts, '--db', merged]);
    expect(again.status, again.stderr).toBe(0);
    expect(counts(merged)).toEqual(after);
    const conn = new Database(merged, { readonly: true });
    const runs = conn.prepare('SELECT arguments FROM import_runs ORDER BY id').all() as { arguments: string }[];
    conn.close();
    expect(runs.map((x) => JSON.parse(x.arguments)[0])).toEqual(Array(6).fill('merge'));
    expect(JSON.parse(runs[0]!.arguments)[1]).toBe(parts[0]);
  });

  it('refuses to merge a database into itself', () => {
    const r = cli(['merge', parts[0]!, '--db', parts[0]!]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/MERGE_SAME_DATABASE/);
  });
});
