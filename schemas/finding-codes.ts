/**
 * Every finding and error code the tool can emit. Codes are stable: tools and SQL
 * queries key on them, so never rename one — add a new code instead.
 */
export const FINDING_CODES = {
  // document-level errors (a file that produced no usable table)
  FILE_NOT_FOUND: 'error',
  FILE_UNREADABLE: 'error',
  FILE_EMPTY: 'error',
  FILE_BINARY: 'error',
  NO_TABLE_FOUND: 'error',
  PDF_ENCRYPTED: 'error',
  PDF_CORRUPT: 'error',
  PDF_NEEDS_OCR: 'error',
  IMAGE_NEEDS_OCR: 'error',
  // PDF pages (issue 4): a page of an otherwise readable file
  PDF_PAGE_NEEDS_OCR: 'warning',
  PDF_PAGE_UNREADABLE: 'warning',
  UNSUPPORTED_FORMAT: 'error',
  // normalization notes
  TRADITIONAL_CONVERTED: 'info',
  GLYPHS_FOLDED: 'info',
  WRAP_REPAIRED: 'info',
  DUPLICATE_WRAP_FRAGMENT: 'info',
  // parse problems
  NUMBER_UNPARSED: 'warning',
  LEVEL_UNDECIDED: 'warning',
  LEVEL_CONFLICT: 'info',
  CELL_UNPLACED: 'info',
  MERGED_WEIGHT_SPREAD: 'info',
  HEADER_FIELD_MISSING: 'info',
  TOTAL_MISSING: 'info',
  INDICATORS_MISSING: 'warning',
  // arithmetic checks
  WEIGHT_SUM_MISMATCH: 'warning',
  SCORE_SUM_MISMATCH: 'warning',
  EXECUTION_RATE_MISMATCH: 'warning',
  FUNDS_SCORE_MISMATCH: 'warning',
  SCORE_EXCEEDS_WEIGHT: 'warning',
  FUNDS_PARTS_MISMATCH: 'warning',
  LEVEL1_WEIGHT_MISMATCH: 'warning',
  // import into the store (issue 3)
  FILE_TOO_LARGE: 'error',
  EXTRACTOR_CRASHED: 'error',
  EXTRACT_TIMEOUT: 'error',
  RECORD_INVALID: 'error',
  AMOUNT_SUB_FEN: 'warning',
  DB_SCHEMA_NEWER: 'error',
  DB_NOT_FOUND: 'error',
  SQL_WRITE_REFUSED: 'error',
  // export and merge (issues 9 and 12)
  EXPORT_OVER_DATABASE: 'error',
  EXPORT_FAILED: 'error',
  MERGE_SAME_DATABASE: 'error',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;
export type Severity = 'error' | 'warning' | 'info';
export const defaultSeverity = (code: FindingCode): Severity => FINDING_CODES[code];
