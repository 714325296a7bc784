import { libreOfficeConverter } from '../../extractors/office/libreoffice.js';
import { extractDocument } from '../../pipeline/extract-document.js';
import { DocumentSchema, type Document } from '../../schemas/record.js';
import type { ExtractResult, Extractor } from './extract-result.js';

/**
 * Runs the extraction core and checks its output against the record contract, so the writer
 * can trust what it receives. Runs where the CPU work runs (inside each worker).
 */
/** Legacy .xls/.doc are converted by LibreOffice where it is installed (I/O, so here, not in the core). */
const convertLegacy = libreOfficeConverter();

export async function extractChecked(bytes: Uint8Array, file: string): Promise<ExtractResult> {
  let output: unknown;
  try {
    output = await extractDocument(bytes, { file, convertLegacy });
  } catch (error) {
    // extractDocument promises not to throw for bad input: this is a bug, kept per file
    return { kind: 'failed', errors: [{ code: 'EXTRACTOR_CRASHED', message: errorMessage(error) }] };
  }
  const parsed = DocumentSchema.safeParse(output);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      kind: 'failed',
      errors: [{ code: 'RECORD_INVALID', message: `record does not match the contract at ${issue?.path.join('.') || '(root)'}: ${issue?.message}` }],
    };
  }
  // the record as extracted (the check passed): every field kept, also extras the contract allows
  return { kind: 'document', document: output as Document };
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `--jobs 0`: extract on the main thread (debugging, tiny batches, tests). */
export const inProcessExtractor = (): Extractor => ({
  extract: (file, bytes) => extractChecked(bytes, file),
  close: async () => {},
});
