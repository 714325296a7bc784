import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../pipeline/extract-document.js';
import { walkPaths } from '../store/import/walk-paths.js';
import type { Document } from '../schemas/record.js';
import type { Correction, Verification } from '../store/corrections.js';
import { loadOriginal, type LoadedOriginal, type PageImage } from './load-original.js';
import { renderDocumentPage, type RenderOptions } from './render-document.js';
import { renderIndex, type IndexEntry } from './render-index.js';
import { originalBytes, pageId, type ReviewDb } from './review-db.js';
import type { ReviewSource } from './review-source.js';

export const SITE_TITLE = 'jixiao 审核';

/** The original of a document for its page (images named after the page id), or why there is none. */
export async function originalOf(document: Document, bytes: Uint8Array | null, missingReason: string): Promise<LoadedOriginal> {
  const id = pageId(document.sha256);
  if (!bytes) return { original: { kind: 'missing', reason: missingReason }, images: [] };
  try {
    return await loadOriginal(bytes, document, (page) => `img/${id}-p${page}.png`);
  } catch (error) {
    // a page pdfjs cannot draw costs the picture of this document, not the site
    return { original: { kind: 'missing', reason: `原件无法显示：${(error as Error).message}` }, images: [] };
  }
}

/** The page of one document and the images it shows. */
export async function documentPage(
  document: Document, bytes: Uint8Array | null, missingReason: string,
  corrections: readonly Correction[], verified: ReadonlyMap<number, Verification>, options: RenderOptions,
): Promise<{ html: string; images: readonly PageImage[] }> {
  const loaded = await originalOf(document, bytes, missingReason);
  return { html: renderPage(document, loaded, corrections, verified, options), images: loaded.images };
}

export function renderPage(
  document: Document, loaded: LoadedOriginal, corrections: readonly Correction[],
  verified: ReadonlyMap<number, Verification>, options: RenderOptions,
): string {
  const source: ReviewSource = { id: pageId(document.sha256), document, original: loaded.original, corrections, verified };
  return renderDocumentPage(source, options);
}

/** Index lines of a document extracted here (no database: nothing corrected or verified yet). */
export function indexEntriesOf(document: Document): IndexEntry[] {
  const href = `doc-${pageId(document.sha256)}.html`;
  if (document.tables.length === 0) {
    return [{ href, file: document.file, ordinal: null, kind: null, year: null, name: document.errors[0]?.code ?? null, unit: null, totalScore: null, problems: document.errors.length, verified: false, corrections: 0 }];
  }
  return document.tables.map((t, i) => ({
    href: `${href}#t${i + 1}`, file: document.file, ordinal: i + 1, kind: t.kind, year: t.year, name: t.project ?? t.title,
    unit: t.implementer ?? t.department, totalScore: t.total.score,
    problems: t.findings.filter((f) => f.severity !== 'info').length, verified: false, corrections: 0,
  }));
}

function writePage(out: string, document: Document, page: { html: string; images: readonly PageImage[] }): void {
  for (const image of page.images) writeFileSync(join(out, image.name), image.png);
  writeFileSync(join(out, `doc-${pageId(document.sha256)}.html`), page.html);
}

export interface SiteSummary {
  readonly documents: number;
  readonly tables: number;
  readonly failed: readonly string[];
}

/** `jixiao review PATH... --out DIR`: files, folders and globs (walked as `import` walks them), each extracted here and given its page. */
export async function writeSiteFromFiles(args: readonly string[], out: string): Promise<SiteSummary> {
  mkdirSync(join(out, 'img'), { recursive: true });
  const entries: IndexEntry[] = [];
  const failed: string[] = [];
  const seen = new Set<string>();
  let tables = 0;
  for await (const entry of walkPaths(args)) {
    const path = entry.path;
    if (entry.kind === 'missing') { failed.push(`${path}: no such file [FILE_NOT_FOUND]`); continue; }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      failed.push(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file [FILE_NOT_FOUND]' : `${(error as Error).message} [FILE_UNREADABLE]`}`);
      continue;
    }
    const bytesView = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const document = await extractDocument(bytesView, { file: path });
    if (seen.has(document.sha256)) continue;
    seen.add(document.sha256);
    for (const e of document.errors) failed.push(`${e.message} [${e.code}]`);
    writePage(out, document, await documentPage(document, bytesView, '', [], new Map(), { served: false }));
    entries.push(...indexEntriesOf(document));
    tables += document.tables.length;
  }
  writeFileSync(join(out, 'index.html'), renderIndex(entries, SITE_TITLE));
  return { documents: seen.size, tables, failed };
}

/** `jixiao review --db DB --out DIR`: every stored document, with its corrections and verified marks. */
export async function writeSiteFromDb(db: ReviewDb, out: string): Promise<SiteSummary> {
  mkdirSync(join(out, 'img'), { recursive: true });
  const failed: string[] = [];
  let documents = 0;
  let tables = 0;
  for (const sha of db.shas()) {
    const document = db.document(sha);
    if (!document) continue;
    const original = originalBytes(document);
    if (!original.bytes) failed.push(original.reason);
    writePage(out, document, await documentPage(document, original.bytes, original.reason, db.corrections(sha), db.verified(sha), { served: false }));
    documents++;
    tables += document.tables.length;
  }
  writeFileSync(join(out, 'index.html'), renderIndex(db.entries(), SITE_TITLE));
  return { documents, tables, failed };
}
