import { defaultSeverity, type FindingCode } from '../schemas/finding-codes.js';
import type { Place } from '../schemas/place.js';
import type { DocumentError, Finding } from '../schemas/record.js';

export const finding = (code: FindingCode, message: string, source: Place | null): Finding => ({
  code,
  severity: defaultSeverity(code),
  message,
  source,
});

/** A problem with the whole file: placed on the file, the message without its path. */
export const documentError = (code: FindingCode, message: string, file: string): DocumentError => ({
  code,
  severity: defaultSeverity(code),
  message,
  source: { file, line: null, column: null },
});
