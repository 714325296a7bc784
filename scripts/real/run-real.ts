import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractDocument } from '../../pipeline/extract-document.js';
import { ExpectedRealFileSchema, type ExpectedRealFile } from './expected-record.js';
import { scoreReal, type RealScore } from './score-real.js';

/** Where the real training PDFs live (outside the repository, never committed) and our annotations of them. */
/** scripts/real/ in the sources, dist/scripts/real/ once compiled */
export const REPO_ROOT = join(import.meta.dirname, ...(basename(join(import.meta.dirname, '..', '..')) === 'dist' ? ['..', '..', '..'] : ['..', '..']));
/**
 * The real documents sit beside the repository in ../shared/real (a git worktree one level
 * deeper finds them at ../../shared/real); JIXIAO_REAL_DIR points elsewhere.
 */
export const REAL_DIR = process.env.JIXIAO_REAL_DIR
  ?? [join(REPO_ROOT, '..', 'shared', 'real'), join(REPO_ROOT, '..', '..', 'shared', 'real')].find((d) => existsSync(d))
  ?? join(REPO_ROOT, '..', 'shared', 'real');
export const REAL_PDF_DIR = join(REAL_DIR, 'pdf');
export const EXPECTED_DIR = join(REPO_ROOT, 'fixtures', 'real-expected');

export function readExpected(dir = EXPECTED_DIR): ExpectedRealFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const parsed = ExpectedRealFileSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    if (!parsed.success) throw new Error(`${f}: not an expected record: ${parsed.error.message}`);
    if (`${basename(parsed.data.file, '.pdf')}.json` !== f) throw new Error(`${f}: names ${parsed.data.file}`);
    return parsed.data;
  });
}

export type RealOutcome =
  | { readonly kind: 'scored'; readonly score: RealScore }
  | { readonly kind: 'absent'; readonly file: string }
  | { readonly kind: 'changed'; readonly file: string; readonly sha256: string };

/** Extracts every annotated PDF that is present and scores it; a PDF whose bytes changed is not scored. */
export async function runReal(pdfDir = REAL_PDF_DIR, expectedDir = EXPECTED_DIR): Promise<RealOutcome[]> {
  const out: RealOutcome[] = [];
  for (const exp of readExpected(expectedDir)) {
    const path = join(pdfDir, exp.file);
    if (!existsSync(path)) { out.push({ kind: 'absent', file: exp.file }); continue; }
    const bytes = new Uint8Array(readFileSync(path));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== exp.sha256) { out.push({ kind: 'changed', file: exp.file, sha256 }); continue; }
    out.push({ kind: 'scored', score: scoreReal(exp, await extractDocument(bytes, { file: exp.file })) });
  }
  return out;
}
