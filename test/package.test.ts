import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile, seedInputs } from './store/sample-documents.js';
import { ROOT } from './store/cli.js';
import { useTmpDir } from './store/tmp-dir.js';

/**
 * The package as a user gets it: `npm pack` (dist/ built by the global setup), installed into a
 * fresh project with `npm ci --offline` from a lock file made of this repository's own (so only
 * the npm cache that `npm ci` filled is used: no network), then imported from ESM and type-checked.
 * Install scripts are skipped (no compiler needed): the SQLite addon this checkout built is copied in.
 */
const tmp = useTmpDir('all');
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface LockEntry { readonly dev?: boolean; readonly link?: boolean; readonly [key: string]: unknown }

let project: string;
let files: string[];

describe('the npm package', () => {
  beforeAll(() => {
    const dir = tmp();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; engines: object };
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT)) as { filename: string; files: { path: string }[] }[];
    files = packed[0]!.files.map((f) => f.path);
    project = join(dir, 'consumer');
    mkdirSync(project);
    cpSync(join(dir, packed[0]!.filename), join(project, 'jixiao.tgz'));
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const packages: Record<string, unknown> = {
      '': { name: 'consumer', dependencies: { jixiao: 'file:jixiao.tgz' } },
      'node_modules/jixiao': { version: pkg.version, resolved: 'file:jixiao.tgz', dependencies: pkg.dependencies, engines: pkg.engines, bin: { jixiao: 'bin/jixiao.js' } },
    };
    for (const [key, entry] of Object.entries(lock.packages)) if (key !== '' && !entry.dev && !entry.link) packages[key] = entry;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { jixiao: 'file:jixiao.tgz' } }));
    writeFileSync(join(project, 'package-lock.json'), JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }));
    npm(['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], project);
    cpSync(join(ROOT, 'node_modules/better-sqlite3/build'), join(project, 'node_modules/better-sqlite3/build'), { recursive: true });
  }, 300_000);

  it('holds the compiled library, its types, the CLI and the licence — not the sources, tests or fixtures', () => {
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/pipeline/extract-document.js', 'dist/store/import/extract-worker.js', 'bin/jixiao.js', 'LICENSE', 'README.md', 'package.json']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(test|fixtures|scripts)\/|^dist\/(test|scripts)\/|\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('imports from ESM: extract a document, validate it, import a folder, query it', async () => {
    const seed = seedInputs()[0]!;
    writeFileSync(join(project, 'use.mjs'), `
      import { readFileSync } from 'node:fs';
      import { extractDocument, DocumentSchema, extractOutputJsonSchema, importPaths, openDatabase, readDocuments, FINDING_CODES } from 'jixiao';
      const file = process.argv[2];
      const doc = await extractDocument(new Uint8Array(readFileSync(file)), { file });
      DocumentSchema.parse(doc);
      const summary = await importPaths([file], { db: 'lib.sqlite', jobs: 1 });
      const db = openDatabase('lib.sqlite');
      const stored = [...readDocuments(db)];
      const tables = db.all('SELECT count(*) AS n FROM tables')[0].n;
      db.close();
      console.log(JSON.stringify({ doc, imported: summary.imported, tables, stored: stored.length,
        schema: extractOutputJsonSchema().type, codes: Object.keys(FINDING_CODES).length }));
    `);
    const out = JSON.parse(execFileSync(process.execPath, ['use.mjs', seed], { cwd: project, encoding: 'utf8' })) as Record<string, unknown>;
    const expected = await extractFile(seed);
    expect(out.doc).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(out).toMatchObject({ imported: 1, tables: expected.tables.length, stored: 1, schema: 'object' });
    expect(out.codes).toBeGreaterThan(10);
    // the CLI comes with it
    expect(execFileSync(process.execPath, ['node_modules/.bin/jixiao', '--version'], { cwd: project, encoding: 'utf8' })).toMatch(/^jixiao \d+\.\d+\.\d+/);
  });

  it('type-checks a TypeScript consumer against the shipped .d.ts files', () => {
    writeFileSync(join(project, 'use.ts'), `
      import { extractDocument, importPaths, type Document, type Indicator, type ImportSummary, type FindingCode } from 'jixiao';
      export async function names(bytes: Uint8Array): Promise<string[]> {
        const doc: Document = await extractDocument(bytes, { file: 'x.txt' });
        return doc.tables.flatMap((t) => t.indicators.map((i: Indicator) => i.name));
      }
      export const run = (): Promise<ImportSummary> => importPaths(['a/'], { db: 'x.sqlite', jobs: 0 });
      export const code: FindingCode = 'WEIGHT_SUM_MISMATCH';
      // @ts-expect-error the option is called file
      void extractDocument(new Uint8Array(), { path: 'x' });
      // @ts-expect-error no such code
      export const wrong: FindingCode = 'NO_SUCH_CODE';
    `);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: true, typeRoots: [join(ROOT, 'node_modules/@types')], types: ['node'] },
      files: ['use.ts'],
    }));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toBe('');
  });
});
