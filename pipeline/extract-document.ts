import type { Document } from '../schemas/record.js';

export interface ExtractOptions {
  /** the path reported in the record (as the user gave it) */
  readonly file: string;
}

/**
 * The pure core: bytes of one file → its canonical Document record.
 * No fs, no process: wrappers (CLI, import workers) do the I/O.
 * Never throws for bad input: problems become `errors` / findings.
 * Async because PDF text layers are read with pdfjs, which is async.
 */
export async function extractDocument(bytes: Uint8Array, options: ExtractOptions): Promise<Document> {
  void bytes;
  return { file: options.file, sha256: '', format: 'text', encoding: null, tables: [], errors: [{ code: 'NO_TABLE_FOUND', message: 'not implemented yet' }] };
}
