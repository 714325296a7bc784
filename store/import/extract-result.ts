import type { Document } from '../../schemas/record.js';

/** What extracting one file gave: a validated record, or the errors that stopped it. */
export type ExtractResult =
  | { readonly kind: 'document'; readonly document: Document }
  | { readonly kind: 'failed'; readonly errors: readonly { readonly code: string; readonly message: string }[] };

/** Extraction as the importer sees it: in-process or spread over worker threads. */
export interface Extractor {
  extract(file: string, bytes: Uint8Array): Promise<ExtractResult>;
  close(): Promise<void>;
}
