import { z } from 'zod';

/** Where something is in the source file: 1-based line and column (text) or page + box (PDF). */
export const PlaceSchema = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  endLine: z.number().int().nullable().optional(),
  page: z.number().int().nullable().optional(),
  /** PDF user-space box [x0, y0, x1, y1] of a cell, when known. */
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable().optional(),
  /** Office files: sheet name (xlsx; null for docx) and cell reference (`B7`; docx `T2R3C4`). */
  sheet: z.string().nullable().optional(),
  ref: z.string().nullable().optional(),
  /** how the box is measured: PDF user space (y up) or scan pixels (y down) */
  box_space: z.enum(['pdf', 'pixels']).nullable().optional(),
});
export type Place = z.infer<typeof PlaceSchema>;
