import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StoreError } from '../store/store-error.js';
import type { CorrectionEntity } from '../store/corrections.js';
import { renderIndex } from './render-index.js';
import { originalBytes, type ReviewDb } from './review-db.js';
import { originalOf, renderPage, SITE_TITLE } from './write-site.js';
import type { LoadedOriginal } from './load-original.js';
import type { Document } from '../schemas/record.js';

export interface ReviewServerOptions {
  readonly port: number;
  /** who corrections are recorded as when the page leaves the name blank */
  readonly reviewer: string | undefined;
}

const MAX_BODY = 64 * 1024;
/** originals (rendered page images) of the documents opened last: a reviewer goes back and forth between few */
const ORIGINAL_CACHE_DOCUMENTS = 8;

class HttpError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  // a JSON content type: a plain HTML form on another site cannot post here without a CORS preflight
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) throw new HttpError(415, 'expected application/json');
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'request too large');
    chunks.push(chunk as Buffer);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (typeof value !== 'object' || value === null) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new HttpError(400, `not JSON: ${(error as Error).message}`);
  }
}

const str = (v: unknown, name: string): string => {
  if (typeof v !== 'string') throw new HttpError(400, `${name} must be a string`);
  return v;
};
const int = (v: unknown, name: string): number => {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new HttpError(400, `${name} must be a whole number`);
  return v;
};

/**
 * `jixiao review --db DB --serve`: the review pages on 127.0.0.1, rendered from the database on
 * each request (so a correction shows at once), with the two writes a reviewer makes.
 */
export function startReviewServer(db: ReviewDb, options: ReviewServerOptions): Promise<{ server: Server; url: string }> {
  // originals do not change while the record's corrections do: render a PDF's pages once, not on every reload
  const originals = new Map<string, LoadedOriginal>();
  const original = async (id: string, document: Document): Promise<LoadedOriginal> => {
    let loaded = originals.get(id);
    if (!loaded) {
      const file = originalBytes(document);
      loaded = await originalOf(document, file.bytes, file.reason);
    }
    originals.delete(id);
    originals.set(id, loaded);
    while (originals.size > ORIGINAL_CACHE_DOCUMENTS) originals.delete(originals.keys().next().value!);
    return loaded;
  };
  const page = async (id: string) => {
    const sha = db.shaOf(id);
    const document = sha ? db.document(sha) : null;
    if (!sha || !document) throw new HttpError(404, 'no such document');
    const loaded = await original(id, document);
    return { html: renderPage(document, loaded, db.corrections(sha), db.verified(sha), { served: true }), images: loaded.images };
  };

  const routes: Record<string, (request: IncomingMessage, match: RegExpExecArray) => Promise<{ type: string; body: string | Buffer }>> = {
    'GET /(?:index\\.html)?': async () => ({ type: 'text/html; charset=utf-8', body: renderIndex(db.entries(), SITE_TITLE) }),
    'GET /doc-([0-9a-f]{16})\\.html': async (_, m) => ({ type: 'text/html; charset=utf-8', body: (await page(m[1]!)).html }),
    'GET /img/([0-9a-f]{16})-p(\\d+)\\.png': async (_, m) => {
      const list = originals.get(m[1]!)?.images ?? (await page(m[1]!)).images;
      const image = list.find((i) => i.name === `img/${m[1]}-p${m[2]}.png`);
      if (!image) throw new HttpError(404, 'no such page');
      return { type: 'image/png', body: image.png };
    },
    'POST /api/correct': async (request) => {
      const b = await jsonBody(request);
      const correction = db.writer.correct({
        document_sha256: str(b.document_sha256, 'document_sha256'), table_ordinal: int(b.table_ordinal, 'table_ordinal'),
        entity: str(b.entity, 'entity') as CorrectionEntity, row_name: str(b.row_name, 'row_name'),
        row_occurrence: int(b.row_occurrence, 'row_occurrence'), field: str(b.field, 'field'),
        value: b.value === null ? null : str(b.value, 'value'), reason: str(b.reason, 'reason'),
        reviewer: (typeof b.reviewer === 'string' && b.reviewer.trim()) || options.reviewer,
      });
      return { type: 'application/json', body: JSON.stringify({ ok: true, correction }, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) };
    },
    'POST /api/verify': async (request) => {
      const b = await jsonBody(request);
      if (typeof b.verified !== 'boolean') throw new HttpError(400, 'verified must be true or false');
      const verification = db.writer.setVerified(str(b.document_sha256, 'document_sha256'), int(b.table_ordinal, 'table_ordinal'), b.verified,
        (typeof b.reviewer === 'string' && b.reviewer.trim()) || options.reviewer);
      return { type: 'application/json', body: JSON.stringify({ ok: true, verification }) };
    },
  };
  const compiled = Object.entries(routes).map(([key, handler]) => {
    const [method, pattern] = key.split(' ') as [string, string];
    return { method, pattern: new RegExp(`^${pattern}$`), handler };
  });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      for (const route of compiled) {
        const match = route.pattern.exec(path);
        if (!match || route.method !== request.method) continue;
        const { type, body } = await route.handler(request, match);
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(body);
        return;
      }
      throw new HttpError(404, 'not found');
    } catch (error) {
      const status = error instanceof HttpError ? error.status : error instanceof StoreError ? 400 : 500;
      const message = error instanceof StoreError ? `${error.message} [${error.code}]` : (error as Error).message;
      if (status === 500) process.stderr.write(`jixiao review: ${request.method} ${path}: ${(error as Error).stack ?? message}\n`);
      if (!response.headersSent) response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: message }));
    }
  };

  const server = createServer((request, response) => { void handle(request, response); });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}
