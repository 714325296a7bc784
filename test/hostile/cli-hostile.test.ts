/**
 * Issue 9 "done means": the hostile corpus through `extract` and `import` as child processes —
 * exit code 0 or 1, every bad file named, good neighbours still imported, one failure row per
 * bad file, within a time and memory limit. Plus what only a real process shows: FIFOs,
 * devices, dangling links, unreadable folders, GBK and control-character names, two imports
 * racing on a new database, a corrupt database.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDF_FIXTURE, carrierTable, largeHostileFiles, smallHostileFiles, type HostileFile } from '../../scripts/hostile/corpus.js';
import { BIN, ROOT } from '../store/cli.js';
import { useTmpDir } from '../store/tmp-dir.js';

const tmp = useTmpDir('all');
const GOOD = 'fixtures/seeds/001_eec2255c4764dfed/input.txt';
/** generous for a shared 2-core machine; the same run takes ~5 s alone */
const TIME_LIMIT_MS = 90_000;
const MEMORY_LIMIT_BYTES = 1.5 * 2 ** 30;

interface Run { status: number | null; stdout: string; stderr: string; ms: number }

/** Preloaded into the child: its peak memory (worker threads included) on stderr as it exits. */
const PEAK_RSS = `process.on('exit', () => process.stderr.write('peak-rss-kb=' + process.resourceUsage().maxRSS + '\\n'));`;

function run(args: readonly string[], options: { uid?: number; gid?: number } = {}): Run & { peakBytes: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(dir, 'peak-rss.cjs'), BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 2 ** 20, timeout: TIME_LIMIT_MS, ...options });
  const peak = /peak-rss-kb=(\d+)/.exec(r.stderr ?? '');
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started, peakBytes: peak ? Number(peak[1]) * 1024 : NaN };
}

let dir: string;
let corpus: HostileFile[];

describe('hostile corpus through the CLI', () => {
  beforeAll(() => {
    dir = tmp();
    writeFileSync(join(dir, 'peak-rss.cjs'), PEAK_RSS);
    corpus = [...smallHostileFiles(join(ROOT, PDF_FIXTURE)), ...largeHostileFiles()];
    mkdirSync(join(dir, 'archive'));
    for (const f of corpus) writeFileSync(join(dir, 'archive', f.name), f.bytes);
    copyFileSync(join(ROOT, GOOD), join(dir, 'archive', 'zz-good-neighbour.txt'));
    // over the 64 MiB limit: a sparse file, read until the limit is passed, never stat-trusted
    writeFileSync(join(dir, 'archive', 'too-large.txt'), '');
    truncateSync(join(dir, 'archive', 'too-large.txt'), 64 * 2 ** 20 + 1);
  });

  it('the committed fixtures/hostile files are exactly what the script makes', () => {
    for (const f of smallHostileFiles(join(ROOT, PDF_FIXTURE))) {
      expect(new Uint8Array(readFileSync(join(ROOT, 'fixtures/hostile', f.name))), f.name).toEqual(f.bytes);
    }
  });

  it('extract: exit 1, every bad file named on stderr, the good neighbour extracted, no hang on a FIFO or /dev/zero', () => {
    const fifo = join(dir, 'fifo');
    spawnSync('mkfifo', [fifo]);
    const files = [...corpus.map((f) => join(dir, 'archive', f.name)), join(dir, 'archive', 'too-large.txt'), fifo, '/dev/zero', join(dir, 'archive', 'zz-good-neighbour.txt')];
    const r = run(['extract', ...files, '--json']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.ms).toBeLessThan(TIME_LIMIT_MS);
    expect(r.peakBytes).toBeLessThan(MEMORY_LIMIT_BYTES);
    for (const f of corpus.filter((c) => c.outcome === 'failed')) expect(r.stderr).toContain(`${f.name}: `);
    expect(r.stderr).toMatch(/too-large\.txt: over the \d+ byte limit.*\[FILE_TOO_LARGE\]/);
    expect(r.stderr).toMatch(/fifo: a FIFO \(named pipe\), not a file \[FILE_UNREADABLE\]/);
    expect(r.stderr).toMatch(/\/dev\/zero: a character device, not a file \[FILE_UNREADABLE\]/);
    // the same for import: named on the command line, a FIFO is refused at once
    const imported = run(['import', fifo, '/dev/zero', '--db', join(dir, 'fifo.sqlite'), '--json', '--jobs', '0']);
    expect(imported.status, imported.stderr).toBe(1);
    expect((JSON.parse(imported.stdout) as { failures: { code: string; message: string }[] }).failures.map((f) => `${f.code} ${f.message}`))
      .toEqual(['FILE_UNREADABLE a FIFO (named pipe), not a file', 'FILE_UNREADABLE a character device, not a file']);
    const out = JSON.parse(r.stdout) as { documents: { file: string; tables: unknown[]; findings?: { code: string }[] }[] };
    expect(out.documents).toHaveLength(files.length);
    const good = out.documents.at(-1)!;
    expect(good.tables).toHaveLength(9);
    for (const f of corpus.filter((c) => c.outcome === 'imported')) {
      const doc = out.documents.find((d) => d.file.endsWith(f.name))!;
      const codes = [...(doc.findings ?? []), ...(doc.tables as { findings: { code: string }[] }[]).flatMap((t) => t.findings)].map((x) => x.code);
      expect(codes, f.name).toContain(f.code);
    }
    // every number in every record is finite (zod's z.number() refuses Infinity and NaN, too)
    JSON.parse(r.stdout, (_k, v: unknown) => { if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true); return v; });
  });

  it('import: every bad file one failure row, good neighbours imported, exit 1, in time and memory', () => {
    const db = join(dir, 'hostile.sqlite');
    const r = run(['import', join(dir, 'archive'), '--db', db, '--json', '--jobs', '1']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.ms).toBeLessThan(TIME_LIMIT_MS);
    const summary = JSON.parse(r.stdout) as { imported: number; failed: number; peakRssBytes: number };
    expect(summary.peakRssBytes).toBeLessThan(MEMORY_LIMIT_BYTES);
    expect(r.peakBytes).toBeLessThan(MEMORY_LIMIT_BYTES);
    const conn = new Database(db, { readonly: true });
    const failures = conn.prepare('SELECT path, code FROM import_errors WHERE document_id IS NULL').all() as { path: string; code: string }[];
    const documents = conn.prepare('SELECT path FROM documents').all() as { path: string }[];
    const findings = conn.prepare('SELECT d.path, f.code FROM findings f JOIN documents d ON d.id = f.document_id').all() as { path: string; code: string }[];
    conn.close();
    const failedFiles = [...corpus.filter((c) => c.outcome === 'failed').map((c) => [c.name, c.code]), ['too-large.txt', 'FILE_TOO_LARGE']];
    expect(failures.map((f) => [f.path.split('/').at(-1), f.code]).sort()).toEqual(failedFiles.sort());
    const imported = [...corpus.filter((c) => c.outcome === 'imported').map((c) => c.name), 'zz-good-neighbour.txt'];
    expect(documents.map((d) => d.path.split('/').at(-1)).sort()).toEqual(imported.sort());
    for (const f of corpus.filter((c) => c.outcome === 'imported')) {
      expect(findings.filter((x) => x.path.endsWith(f.name)).map((x) => x.code), f.name).toContain(f.code);
    }
    expect(summary).toMatchObject({ imported: imported.length, failed: failedFiles.length });
  });

  it('import reports and counts every path it cannot take: FIFO, socket-less devices, dangling links, linked folders, unreadable folders', () => {
    const root = join(dir, 'odd');
    mkdirSync(join(root, 'locked'), { recursive: true });
    mkdirSync(join(root, 'real-folder'));
    copyFileSync(join(ROOT, GOOD), join(root, 'good.txt'));
    copyFileSync(join(ROOT, GOOD), join(root, 'locked', 'hidden.txt'));
    spawnSync('mkfifo', [join(root, 'pipe.txt')]);
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'dangling.txt'));
    symlinkSync('/dev/zero', join(root, 'zero.txt'));
    symlinkSync(join(root, 'real-folder'), join(root, 'linked-folder'));
    symlinkSync(join(root, 'loop-b.txt'), join(root, 'loop-a.txt'));
    symlinkSync(join(root, 'loop-a.txt'), join(root, 'loop-b.txt'));
    chmodSync(join(root, 'locked'), 0o000);
    // root reads any folder: run the import as an unprivileged user then (files and db open to
    // it), when that user can run the CLI from where the repository is; else the folder is readable
    const asRoot = process.getuid?.() === 0;
    const nobody = { uid: 65534, gid: 65534 };
    if (asRoot) { chmodSync(dir, 0o777); chmodSync(root, 0o777); chmodSync(join(root, 'good.txt'), 0o644); }
    const unprivileged = asRoot && spawnSync(process.execPath, [BIN, '--version'], { cwd: ROOT, ...nobody }).status === 0;
    const lockedIsUnreadable = !asRoot || unprivileged;
    const db = join(dir, 'odd.sqlite');
    const r = run(['import', root, '--db', db, '--json', '--jobs', '0'], unprivileged ? nobody : {});
    chmodSync(join(root, 'locked'), 0o755);
    expect(r.status, r.stderr).toBe(1);
    const summary = JSON.parse(r.stdout) as { imported: number; failed: number; failures: { path: string; code: string; message: string }[] };
    const skipped = Object.fromEntries(summary.failures.map((f) => [f.path.split('/').at(-1), `${f.code} ${f.message}`]));
    expect(skipped).toEqual({
      'dangling.txt': 'PATH_SKIPPED dangling symbolic link',
      'linked-folder': 'PATH_SKIPPED symbolic link to a folder, not followed',
      'loop-a.txt': 'PATH_SKIPPED symbolic link loop',
      'loop-b.txt': 'PATH_SKIPPED symbolic link loop',
      ...(lockedIsUnreadable ? { locked: 'PATH_SKIPPED folder not readable (permission denied)' } : {}),
      'pipe.txt': 'PATH_SKIPPED a FIFO (named pipe), not a file',
      'zero.txt': 'PATH_SKIPPED symbolic link to something that is not a file',
    });
    // the copy inside the locked folder has the same content: skipped as already imported when read
    expect(summary.imported).toBe(1);
    expect(summary.failed).toBe(lockedIsUnreadable ? 7 : 6);
  });

  it('GBK file names import (stored decoded), control characters in names are escaped on the terminal', () => {
    const root = join(dir, 'names');
    mkdirSync(root);
    // 绩效.txt in GBK bytes, as a zip made on Chinese Windows unpacks it
    const gbkName = Buffer.concat([Buffer.from(root + '/'), Buffer.from([0xbc, 0xa8, 0xd0, 0xa7]), Buffer.from('.txt')]);
    writeFileSync(gbkName, carrierTable(11));
    writeFileSync(join(root, 'bad\x1b[31mred\x07.txt'), '');
    const db = join(dir, 'names.sqlite');
    const r = run(['import', root, '--db', db, '--jobs', '0']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(r.stdout).toContain('bad\\x1b[31mred\\x07.txt');
    const conn = new Database(db, { readonly: true });
    const paths = (conn.prepare('SELECT path FROM documents').all() as { path: string }[]).map((d) => d.path);
    conn.close();
    expect(paths).toEqual([join(root, '绩效.txt')]);
  });

  it('two imports started together on a new database both finish; a corrupt database is refused', async () => {
    const db = join(dir, 'race.sqlite');
    const start = () => new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'import', join(ROOT, GOOD), '--db', db, '--jobs', '0'], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      child.on('close', (code) => resolve({ code, stderr }));
    });
    const results = await Promise.all([start(), start(), start()]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const conn = new Database(db, { readonly: true });
    expect((conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(1);
    conn.close();

    const corrupt = join(dir, 'corrupt.sqlite');
    copyFileSync(db, corrupt);
    const bytes = readFileSync(corrupt);
    // damage every page after the header page: the schema reads, the b-trees do not
    for (let i = 4096 + 100; i < bytes.length; i += 61) bytes[i] = 0x5a;
    writeFileSync(corrupt, bytes);
    const r = run(['import', join(ROOT, GOOD), '--db', corrupt, '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/DB_CORRUPT: .*corrupt\.sqlite: the database is damaged/);
    writeFileSync(join(dir, 'not-a-db.sqlite'), 'just text, no database\n'.repeat(200));
    const r2 = run(['import', join(ROOT, GOOD), '--db', join(dir, 'not-a-db.sqlite')]);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/not-a-db\.sqlite/);
  });
});
