import type { FindingCode } from '../schemas/finding-codes.js';

/** A problem with the database itself (not with an input file): the command stops with this code. */
export class StoreError extends Error {
  constructor(readonly code: FindingCode, message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
