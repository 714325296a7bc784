import { readFileSync } from 'node:fs';
import type { Document } from '../../schemas/record.js';
import type { extractDocument } from '../../pipeline/extract-document.js';

/**
 * The extraction build the CLI runs (dist/), so a test's own expectation and the spawned CLI
 * agree even while the extractor's sources change under a running test suite.
 */
export async function distExtractFile(path: string): Promise<Document> {
  const url = new URL('../../dist/pipeline/extract-document.js', import.meta.url).href;
  const { extractDocument: extract } = (await import(url)) as { extractDocument: typeof extractDocument };
  const buffer = readFileSync(path);
  return extract(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), { file: path });
}
