import { defaultSeverity, type FindingCode } from '../schemas/finding-codes.js';
import type { Place } from '../schemas/place.js';
import type { Finding } from '../schemas/record.js';

export const finding = (code: FindingCode, message: string, source: Place | null): Finding => ({
  code,
  severity: defaultSeverity(code),
  message,
  source,
});
