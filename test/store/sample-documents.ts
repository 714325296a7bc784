import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../pipeline/extract-document.js';
import { DocumentSchema, LEVEL1, LEVEL2, TABLE_KINDS, type Document, type Finding, type Table } from '../../schemas/record.js';
import type { Place } from '../../schemas/place.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));
export const seedInputs = (): string[] =>
  readdirSync(SEEDS_DIR).sort().map((d) => join(SEEDS_DIR, d, 'input.txt'));

/** What the extraction core says about a file, computed by the test itself. */
export async function extractFile(path: string): Promise<Document> {
  const buffer = readFileSync(path);
  return extractDocument(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), { file: path });
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Documents count as imported when they have at least one table (the importer's rule). */
export const hasTables = (d: Document): boolean => d.tables.length > 0;

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 2 ** 32; };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    maybe: <T>(value: T): T | null => (next() < 0.25 ? null : value),
  };
}

const CHARS = '产出效益满意度服务对象完成率经费项目街道社区党群中心建设管理工作开展活动培训质量时效成本人才覆盖';

/**
 * A varied, valid Document record built from a seed: every optional field present or absent,
 * PDF places with page and box, amounts with 0–2 decimals, parsed values, findings with and
 * without a place. Independent of the extractor, so store tests do not depend on its progress.
 */
export function sampleDocument(seed: number, file = `sample-${seed}.txt`): Document {
  const r = rng(seed);
  const text = (min: number, max: number) => Array.from({ length: r.int(min, max) }, () => r.pick([...CHARS])).join('');
  const pdf = r.next() < 0.3;
  const place = (line: number): Place => ({
    file, line, column: r.int(1, 40),
    ...(pdf && { page: r.int(1, 9), box: [r.int(0, 300), r.int(0, 700), r.int(300, 590), r.int(700, 840)] as [number, number, number, number] }),
  });
  const money = () => (r.next() < 0.2 ? null : r.int(0, 99_999_999) / (r.next() < 0.5 ? 100 : 1));
  const finding = (line: number): Finding => ({
    code: r.pick(['WEIGHT_SUM_MISMATCH', 'WRAP_REPAIRED', 'NUMBER_UNPARSED']),
    severity: r.pick(['warning', 'info'] as const),
    message: `说明 ${text(2, 10)}`,
    source: r.next() < 0.3 ? null : place(line),
  });
  const parsed = () => ({ comparator: r.pick(['≥', '≤', null] as const), value: r.int(0, 1000) / 10, value_max: r.maybe(100), unit: r.pick(['%', '人', null]) });
  const tables: Table[] = Array.from({ length: r.int(1, 4) }, (_, t): Table => {
    const line = t * 40 + 3;
    return {
      kind: r.pick(TABLE_KINDS),
      title: r.maybe(`${text(4, 8)}绩效自评表`),
      year: r.maybe(r.int(2018, 2025)),
      project: r.maybe(`${text(3, 8)}经费`),
      department: r.maybe(`${text(4, 10)}街道`),
      implementer: r.maybe(`${text(4, 10)}中心`),
      unit: r.pick(['元', '万元', null] as const),
      funds: Array.from({ length: r.int(0, 4) }, (_, i) => ({
        item: text(3, 8), initial_budget: money(), annual_budget: money(), executed: money(),
        weight: r.maybe(10), rate: r.maybe(r.int(0, 1000) / 1000), score: r.maybe(r.int(0, 100) / 10),
        ...(r.next() < 0.8 && { source: place(line + 2 + i) }),
      })),
      goals: { expected: r.maybe(text(10, 200)), actual: r.maybe(text(10, 200)) },
      indicators: Array.from({ length: r.int(0, 25) }, (_, i) => {
        const target = r.maybe(`≥${r.int(1, 100)}%`);
        const actual = r.maybe(`${r.int(1, 100)}%`);
        return {
          level1: r.maybe(r.pick(LEVEL1)), level2: r.maybe(r.pick(LEVEL2)), name: text(3, 20),
          target, actual, weight: r.maybe(r.int(0, 20)), score: r.maybe(r.int(0, 200) / 10), deviation: r.maybe(text(4, 30)),
          level1_printed: r.maybe('效果指标'),
          target_parsed: target === null ? null : parsed(),
          actual_parsed: actual === null ? null : parsed(),
          ...(r.next() < 0.5 && { level_evidence: 'printed' }),
          source: place(line + 10 + i),
        };
      }),
      total: { weight: r.maybe(100), score: r.maybe(r.int(0, 1000) / 10) },
      findings: Array.from({ length: r.int(0, 3) }, (_, i) => finding(line + i)),
      source: { file, line, column: 1, endLine: line + 38, ...(pdf && { page: r.int(1, 9) }) },
      region: r.maybe(`${text(2, 3)}区`),
      period: r.maybe('2023年1月-2023年12月'),
      start_date: r.maybe('2023-01-01'),
      end_date: r.maybe('2023-12-31'),
      ...(r.next() < 0.3 && { level1_weights: { 产出指标: 50, 效益指标: 30 } }),
    };
  });
  const bytes = new TextEncoder().encode(`${file}:${seed}`);
  return DocumentSchema.parse({
    file, sha256: sha256Of(bytes), format: pdf ? 'pdf' : 'text', encoding: pdf ? null : 'utf-8',
    size: bytes.byteLength, tables, errors: r.next() < 0.2 ? [{ code: 'PDF_NEEDS_OCR', message: 'page 3 has no text layer' }] : [],
    findings: Array.from({ length: r.int(0, 2) }, () => finding(1)),
  });
}

/** Equal as records: null and absent optional fields are the same, as are a parse with no number and none. */
export function canonicalRecord(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_, v: unknown) => {
    if (v === null) return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => x === null)) return undefined;
    return v;
  }));
}
