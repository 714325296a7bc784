/**
 * The hostile corpus (issue 9): files an attacker — or a damaged archive — hands the importer,
 * each with what must happen to it. Made here from our own generator and our own PDF fixture,
 * so the expected outcome follows from how the file was made. Small files are committed in
 * fixtures/hostile/ (scripts/make-hostile-fixtures.ts); large ones are written when needed.
 */
import { readFileSync } from 'node:fs';
import { generateDocument } from '../generate/generate-document.js';
import { mulberry32 } from '../generate/prng.js';

export interface HostileFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** what the file attacks */
  readonly why: string;
  /** imported (with `code` among its findings) or failed (with `code` as its failure) */
  readonly outcome: 'imported' | 'failed';
  readonly code: string;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A clean one-table project self-evaluation in tab layout: the carrier of each attack. */
export function carrierTable(seed = 7): string {
  return generateDocument(seed, { layout: 'tab', perturbations: [], tables: 1, kinds: ['project_self_eval'], injectRate: 0 }).text;
}

/** The 分值 cell of the first indicator row (tab layout: …\t名称\t指标值\t完成值\t分值\t得分). */
function replaceFirstWeight(text: string, value: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^\t[^\t]*\t[^\t]*\t[^\t]+\t[^\t]*\t[^\t]*\t\d+(?:\.\d+)?\t/.test(l));
  if (at < 0) throw new Error('carrier table has no indicator row');
  const cells = lines[at]!.split('\t');
  cells[6] = value;
  lines[at] = cells.join('\t');
  return lines.join('\n');
}

function replaceFundsTotal(text: string, value: string): string {
  const out = text.replace(/(年度资金总额\t)[^\t]+/, `$1${value}`);
  if (out === text) throw new Error('carrier table has no 年度资金总额 row');
  return out;
}

/** Flips bits of a PDF after its header, seeded: broken content streams lose most pages, not all. */
export function bitRot(pdf: Uint8Array, seed: number, rate: number): Uint8Array {
  let s = seed;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const out = pdf.slice();
  for (let i = 2000; i < out.length; i++) if (rnd() < rate) out[i]! ^= 1 << Math.floor(rnd() * 8);
  return out;
}

/** Where the repository's own PDF fixture is, from the repository root. */
export const PDF_FIXTURE = 'fixtures/pdf/seed-001-nine-projects-flowing/input.pdf';

/** Small hostile files (a few KB each): committed in fixtures/hostile/. `pdf`: the PDF_FIXTURE file. */
export function smallHostileFiles(pdf: string | URL): HostileFile[] {
  const table = carrierTable();
  const lossy = utf8(table);
  // two invalid bytes inside the 项目名称 value: the file still reads as UTF-8
  const name = table.indexOf('项目名称') + '项目名称'.length + 4;
  const bytesAt = utf8(table.slice(0, name)).length;
  const withBad = new Uint8Array(lossy.length + 2);
  withBad.set(lossy.subarray(0, bytesAt));
  withBad.set([0xff, 0xfe], bytesAt);
  withBad.set(lossy.subarray(bytesAt), bytesAt + 2);
  return [
    { name: 'colspan-bomb.html', bytes: utf8('<table><tr><td colspan="999999999">x</td></tr></table>'), why: 'a span of a billion columns (54 bytes)', outcome: 'failed', code: 'NO_TABLE_FOUND' },
    { name: 'rowspan-bomb.html', bytes: utf8('<table><tr><td rowspan="999999999">x</td><td>y</td></tr><tr><td>z</td></tr></table>'), why: 'a span of a billion rows', outcome: 'failed', code: 'NO_TABLE_FOUND' },
    { name: 'amount-2e63-fen.txt', bytes: utf8(replaceFundsTotal(table, '92233720368547758.08')), why: 'an amount of 2^63 分 or more', outcome: 'imported', code: 'NUMBER_OUT_OF_RANGE' },
    { name: 'weight-400-digits.txt', bytes: utf8(replaceFirstWeight(table, '9'.repeat(400))), why: 'a 400-digit number (Infinity as a double)', outcome: 'imported', code: 'NUMBER_OUT_OF_RANGE' },
    { name: 'weight-negative.txt', bytes: utf8(replaceFirstWeight(table, '-1')), why: 'a weight of −1', outcome: 'imported', code: 'WEIGHT_NEGATIVE' },
    { name: 'lossy-utf8.txt', bytes: withBad, why: 'UTF-8 with two invalid bytes', outcome: 'imported', code: 'TEXT_UNDECODABLE' },
    { name: 'bit-rot.pdf', bytes: bitRot(new Uint8Array(readFileSync(pdf)), 8, 0.001), why: 'a bit-rotted PDF that loses most pages', outcome: 'imported', code: 'PDF_MOSTLY_UNREADABLE' },
    { name: 'empty.txt', bytes: new Uint8Array(0), why: 'an empty file', outcome: 'failed', code: 'FILE_EMPTY' },
  ];
}

/** A table of `n` indicator rows, its 二级 label printed on every row (the segmentation's worst case). */
export function tallTable(n: number, seed = 1): string {
  const rng = mulberry32(seed);
  const groups = [['产出指标', '数量指标'], ['产出指标', '质量指标'], ['产出指标', '时效指标'], ['效益指标', '社会效益指标'], ['满意度指标', '服务对象满意度指标']] as const;
  const lines = ['财政项目支出绩效自评表', '（2022年度）', '项目名称\t\t测试项目', '主管部门\t\t某部门\t\t\t实施单位\t某单位',
    '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    '\t年度资金总额\t18\t18\t18\t10\t100%\t10',
    '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施'];
  for (let i = 0; i < n; i++) {
    const [l1, l2] = groups[Math.floor((i * groups.length) / n)]!;
    lines.push(`\t${l1}\t${l2}\t工作事项${i}完成情况\t≥${rng.int(80, 99)}%\t${rng.int(80, 100)}%\t1\t1\t`);
  }
  // the 总分 a real table prints: the 2,000 rows of 1 point cannot add up to it (WEIGHT_SUM_MISMATCH)
  lines.push(`总分\t\t\t\t\t\t100\t100`);
  return lines.join('\n') + '\n';
}

/** A tab-layout document as one HTML table (what MinerU or "save as web page" gives): HTML for the fuzz run. */
export function asHtml(text: string): string {
  const esc = (c: string) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = text.split('\n').filter((l) => l.trim() !== '').map((l) => `<tr>${l.split('\t').map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`);
  return `<html><body><table>\n${rows.join('\n')}\n</table></body></html>\n`;
}

/** Large hostile files, written when a test or the long run needs them (never committed). */
export function largeHostileFiles(): HostileFile[] {
  return [
    { name: 'pipes-10mb.txt', bytes: utf8('|'.repeat(10 * 2 ** 20) + '\n'), why: 'one 10 MB line of `|` (10 million cells)', outcome: 'failed', code: 'NO_TABLE_FOUND' },
    { name: 'rows-2000.txt', bytes: utf8(tallTable(2000)), why: 'a table of 2,000 rows, a label on every row', outcome: 'imported', code: 'WEIGHT_SUM_MISMATCH' },
  ];
}
