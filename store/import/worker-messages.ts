import type { ExtractResult } from './extract-result.js';

export interface ExtractRequest {
  readonly id: number;
  readonly file: string;
  readonly bytes: Uint8Array;
}

export interface ExtractReply {
  readonly id: number;
  readonly result: ExtractResult;
}
