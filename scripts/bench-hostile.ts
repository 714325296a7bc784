/**
 * Side-by-side timing of the hostile inputs of issue 9 (README "Hostile inputs").
 *
 *   npm run build && node dist/scripts/bench-hostile.js [--baseline /path/to/another/checkout]
 *
 * Each input is extracted in a fresh process by each build (this checkout's dist/ and, with
 * --baseline, the other checkout's dist/, built there): CPU time of extractDocument and the
 * process's peak RSS. A build that takes longer than --timeout seconds is reported as such.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tallTable } from './hostile/corpus.js';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, timeout: { type: 'string', default: '600' } } });
const here = fileURLToPath(new URL('../../', import.meta.url));
const builds = [...(values.baseline ? [{ name: 'baseline', root: values.baseline }] : []), { name: 'this', root: here }];

const seed = readFileSync(join(here, 'fixtures/seeds/001_eec2255c4764dfed/input.txt'), 'utf8');
const cells = (n: number) => tallTable(n).split('\n');
const inputs: Record<string, string> = {
  'tab, 250 rows, label on every row': tallTable(250),
  'tab, 1,000 rows': tallTable(1000),
  'tab, 2,000 rows': tallTable(2000),
  'space-aligned, 2,000 rows': cells(2000).map((l) => l.split('\t').map((c) => c.padEnd(24, ' ')).join('  ')).join('\n'),
  'pipe, 2,000 rows': cells(2000).map((l) => `| ${l.split('\t').join(' | ')} |`).join('\n'),
  'HTML, 2,000 rows': `<p>财政项目支出绩效自评表</p><table>${cells(2000).map((l) => `<tr>${l.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>`,
  '分值 cell 1. + 200,000 zeros': seed.replace('完成率 100%\t完成率 100%\t15\t15', `完成率 100%\t完成率 100%\t1.${'0'.repeat(200_000)}\t15`),
  'HTML, 50,000 unclosed <table>': '<table><td>x'.repeat(50_000),
  'HTML, 500,000 < in a cell': `<table><tr><td>${'<'.repeat(500_000)}</td></tr></table>`,
  'HTML, 50,000 unclosed <script>': `<p>x</p>${'<script>'.repeat(50_000)}<table><tr><td>a</td></tr></table>`,
  'one line of 1 MB of |': '|'.repeat(2 ** 20) + '\n',
  'one line of 10 MB of |': '|'.repeat(10 * 2 ** 20) + '\n',
};

const PROBE = `
const { readFileSync } = await import('node:fs');
const { extractDocument } = await import(process.argv[1]);
const bytes = new Uint8Array(readFileSync(process.argv[2]));
const before = process.cpuUsage();
const doc = await extractDocument(bytes, { file: 'bench' });
const used = process.cpuUsage(before);
console.log(JSON.stringify({ cpuMs: Math.round((used.user + used.system) / 1000), rssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  indicators: doc.tables.reduce((n, t) => n + t.indicators.length, 0) }));
`;

const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-hostile-'));
try {
  const probe = join(dir, 'probe.mjs');
  writeFileSync(probe, PROBE);
  console.log(['input', ...builds.map((b) => `${b.name}: CPU ms, peak MB, indicators`)].join(' | '));
  for (const [name, text] of Object.entries(inputs)) {
    const file = join(dir, 'input');
    writeFileSync(file, text);
    const row = [name];
    for (const build of builds) {
      const core = join(build.root, 'dist/pipeline/extract-document.js');
      try {
        const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, core, file], { encoding: 'utf8', timeout: Number(values.timeout) * 1000, stdio: ['ignore', 'pipe', 'ignore'] });
        const r = JSON.parse(out) as { cpuMs: number; rssMB: number; indicators: number };
        row.push(`${r.cpuMs} ms, ${r.rssMB} MB, ${r.indicators}`);
      } catch (error) {
        row.push(`failed (${(error as Error).message.split('\n')[0]})`);
      }
    }
    console.log(row.join(' | '));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
