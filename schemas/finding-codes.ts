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
  // Office files (issue 8)
  OFFICE_CORRUPT: 'error',
  OFFICE_ENCRYPTED: 'error',
  CONVERTER_MISSING: 'error',
  CONVERSION_FAILED: 'error',
  MARKUP_TOO_DEEP: 'error',
  // OCR of scans and images (issue 13)
  PAGE_OCR: 'info',
  OCR_LOW_CONFIDENCE: 'warning',
  OCR_REPAIRED: 'info',
  IMAGE_UNREADABLE: 'error',
  OCR_UNAVAILABLE: 'error',
  // normalization notes
  TRADITIONAL_CONVERTED: 'info',
  GLYPHS_FOLDED: 'info',
  WRAP_REPAIRED: 'info',
  DUPLICATE_WRAP_FRAGMENT: 'info',
  // parse problems
  NUMBER_UNPARSED: 'warning',
  // hostile inputs (issue 9)
  NUMBER_OUT_OF_RANGE: 'warning',
  WEIGHT_NEGATIVE: 'warning',
  TEXT_UNDECODABLE: 'warning',
  TABLE_TRUNCATED: 'warning',
  PDF_MOSTLY_UNREADABLE: 'warning',
  OUT_OF_MEMORY: 'error',
  STORE_REJECTED: 'error',
  PATH_SKIPPED: 'error',
  DB_CORRUPT: 'error',
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
  // review, diff, corrections (issue 10)
  RECORDS_UNREADABLE: 'error',
  CORRECTION_INVALID: 'error',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;
export type Severity = 'error' | 'warning' | 'info';
export const defaultSeverity = (code: FindingCode): Severity => FINDING_CODES[code];

/** Every code, for the contract's `z.enum` (a finding or error with another code is invalid). */
export const FINDING_CODE_NAMES = Object.keys(FINDING_CODES) as [FindingCode, ...FindingCode[]];
