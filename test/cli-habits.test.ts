import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closest, editDistance } from '../cli/closest.js';
import { FINDING_CODES } from '../schemas/finding-codes.js';
import { CODE_TITLES_ZH, languageFromEnv } from '../schemas/messages.js';
import { fitWidths, RENDERERS } from '../store/query/render-rows.js';
import { textWidth } from '../store/query/text-width.js';
import { BIN, ROOT } from './store/cli.js';
import { seedInputs } from './store/sample-documents.js';
import { useTmpDir } from './store/tmp-dir.js';

const tmp = useTmpDir('all');

/** The CLI in a child process, with a chosen locale and optional stdin. */
function run(args: readonly string[], { env = {}, input, cwd = ROOT }: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd, encoding: 'utf8', input, env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let db: string;

describe('a CLI that explains itself', () => {
  beforeAll(() => {
    dir = tmp();
    db = join(dir, 'db.sqlite');
    expect(run(['import', ...seedInputs(), '--db', db, '--jobs', '0']).status).toBe(0);
  }, 60_000);

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version'])).toMatchObject({ status: 0, stdout: `jixiao ${version}\n` });
  });

  it('help COMMAND and COMMAND --help print that command\'s help; schema --help is help, not the schema', () => {
    for (const command of ['import', 'export', 'query', 'extract', 'merge', 'schema']) {
      const viaHelp = run(['help', command]);
      expect(viaHelp.status, command).toBe(0);
      expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: jixiao ${command}`));
      expect(run([command, '--help']).stdout).toBe(viaHelp.stdout);
    }
    expect(run(['schema', '--help']).stdout).not.toContain('"$schema"');
    expect(run(['help', 'imprt']).stderr).toContain('did you mean "import"?');
  });

  it('a bad value says exactly what is wrong and what is allowed', () => {
    const jobs = run(['import', 'x', '--jobs', 'abc']);
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toContain('--jobs must be a whole number ≥ 0, not "abc"');
    expect(jobs.stderr).not.toContain('Usage:');
    const format = run(['export', '--format', 'xls', '--db', db]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format "xls" is not allowed; allowed values: csv, jsonl, xlsx (did you mean xlsx?)');
    const entity = run(['export', '--format', 'csv', '--entity', 'indicator', '--db', db]);
    expect(entity.status).toBe(2);
    expect(entity.stderr).toMatch(/--entity "indicator" is not allowed; allowed values: documents, tables, .*indicators.* \(did you mean indicators\?\)/);
    expect(run(['query', 'scores', '--limit', 'many', '--db', db]).stderr).toContain('--limit must be a whole number ≥ 0, not "many"');
  });

  it('an unknown option gets the nearest known one', () => {
    const r = run(['import', 'x', '--jbos', '2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option --jbos (did you mean --jobs?)');
    expect(run(['export', '--fromat', 'csv']).stderr).toContain('did you mean --format?');
    expect(run(['query', '--zzz']).stderr).toMatch(/unknown option --zzz\n/);
  });

  it('a path that exists is never taken as a glob', () => {
    const folder = join(dir, '[2022] 档案');
    mkdirSync(folder);
    copyFileSync(seedInputs()[0]!, join(folder, '表1.txt'));
    const r = run(['import', folder, '--dry-run', '--json', '--jobs', '0']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 1, failed: 0 });
  });

  it('--sql takes a statement starting with a -- comment; --sql-file and --sql - (stdin) work too', () => {
    const sql = '-- tables per kind\nSELECT count(*) AS n FROM tables';
    const expected = run(['query', '--sql', 'SELECT count(*) AS n FROM tables', '--db', db, '--csv']).stdout;
    expect(expected).toMatch(/^n\r\n\d+\r\n$/);
    expect(run(['query', '--sql', sql, '--db', db, '--csv'])).toMatchObject({ status: 0, stdout: expected });
    const file = join(dir, 'q.sql');
    writeFileSync(file, sql + ';\n');
    expect(run(['query', '--sql-file', file, '--db', db, '--csv'])).toMatchObject({ status: 0, stdout: expected });
    expect(run(['query', '--sql', '-', '--db', db, '--csv'], { input: sql })).toMatchObject({ status: 0, stdout: expected });
    expect(run(['query', '--sql', 'SELECT 1', '--sql-file', file, '--db', db]).stderr).toContain('cannot be used together');
  });

  it('files a folder walk passes over (.md, .json) are reported, not silently dropped', () => {
    const folder = join(dir, 'with-notes');
    mkdirSync(folder);
    copyFileSync(seedInputs()[0]!, join(folder, 'a.txt'));
    writeFileSync(join(folder, 'README.md'), '# notes');
    writeFileSync(join(folder, 'expected.json'), '{}');
    const json = JSON.parse(run(['import', folder, '--dry-run', '--json', '--jobs', '0']).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ imported: 1, passedOver: 2, passedOverExamples: [join(folder, 'README.md'), join(folder, 'expected.json')] });
    const text = run(['import', folder, '--dry-run', '--jobs', '0']).stdout;
    expect(text).toContain(`passed over 2 files in folders that are no archive document`);
    expect(text).toContain(join(folder, 'README.md'));
    // named on the command line, a .md file is tried like any other
    expect(JSON.parse(run(['import', join(folder, 'README.md'), '--dry-run', '--json', '--jobs', '0']).stdout)).toMatchObject({ passedOver: 0, failed: 1 });
  });

  it('a failure line names the file once', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = run(['import', empty, '--db', join(dir, 'fail.sqlite'), '--jobs', '0']);
    expect(r.status).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('FILE_EMPTY'))!;
    expect(line.split(empty).length - 1).toBe(1);
  });

  it('messages are Chinese with --lang zh or a Chinese locale, English otherwise; codes stay the same', () => {
    const empty = join(dir, 'empty2.txt');
    writeFileSync(empty, '');
    const args = ['import', empty, seedInputs()[0]!, '--dry-run', '--jobs', '0'];
    const en = run(args);
    const zh = run(args, { env: { LANG: 'zh_CN.UTF-8' } });
    const flag = run([...args, '--lang', 'zh']);
    expect(en.stdout).toMatch(/^import finished \(\(dry run\)\)\n {2}imported {3}1 documents/);
    expect(zh.stdout).toMatch(/^导入完成/);
    expect(zh.stdout).toContain('FILE_EMPTY 文件为空：');
    const timeless = (text: string) => text.replace(/.*用时.*\n/, '');
    expect(timeless(flag.stdout)).toBe(timeless(zh.stdout));
    expect(run([...args, '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toMatch(/^import finished/);
    expect(run(['export', '--format', 'xls'], { env: { LC_ALL: 'zh_TW.UTF-8' } }).stderr).toContain('--format 不接受 "xls"；可用的值：csv, jsonl, xlsx');
    expect(run(['--lang', 'fr', 'import']).stderr).toContain('--lang "fr" is not allowed; allowed values: en, zh');
    // finding messages in the extract summary
    const summary = run(['extract', ...seedInputs()], { env: { LANG: 'zh_CN.UTF-8' } }).stdout;
    const warnings = summary.split('\n').filter((l) => l.includes('⚠'));
    for (const w of warnings) expect(w).toMatch(/⚠ ([A-Z0-9_]+) .* — [^a-z]*[\u4e00-\u9fff]+.*：/);
  });

  it('every code has a Chinese title; the locale is read from LC_ALL, LC_MESSAGES, LANG in that order', () => {
    expect(Object.keys(CODE_TITLES_ZH).sort()).toEqual(Object.keys(FINDING_CODES).sort());
    expect(languageFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(languageFromEnv({ LANG: 'zh' })).toBe('zh');
    expect(languageFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LC_MESSAGES: 'zh_CN.GB18030', LANG: 'C' })).toBe('zh');
    expect(languageFromEnv({})).toBe('en');
  });

  it('suggests by edit distance with swapped letters as one edit', () => {
    expect(editDistance('jbos', 'jobs')).toBe(1);
    expect(closest('jbos', ['db', 'jobs', 'force'])).toBe('jobs');
    expect(closest('xyz', ['db', 'jobs', 'force'])).toBeNull();
    expect(closest('ind', ['indicators', 'tables'])).toBe('indicators');
  });

  it('aligned query output fits the terminal width', async () => {
    expect(fitWidths([40, 10, 30, 4], 60)).toEqual(expect.arrayContaining([10, 4]));
    expect(fitWidths([40, 10, 30, 4], 60).reduce((a, b) => a + b, 0) + 6).toBeLessThanOrEqual(60);
    expect(fitWidths([10, 10], 0)).toEqual([10, 10]);
    const columns = ['项目名称', 'path', 'score'];
    const rows = [['社区“微更新”项目经费及其他很长的名字', '/data/archive/2022/某区/财政项目支出绩效自评表.txt', 95.5]];
    let text = '';
    await RENDERERS.table({ columns, rows: rows[Symbol.iterator]() }, (t) => { text += t; }, { maxRows: 0, maxCellWidth: 40, maxWidth: 50 });
    const lines = text.trimEnd().split('\n').slice(0, -1);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(50);
    expect(lines[2]).toContain('95.5');
  });
});
