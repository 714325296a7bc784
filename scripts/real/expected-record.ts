import { z } from 'zod';
import { FundsRowSchema, IndicatorSchema, TableKindSchema } from '../../schemas/record.js';

/**
 * A hand-checked expected record for one real PDF (fixtures/real-expected/<basename>.json):
 * the tables a reader sees on the rendered pages, in the record contract (schemas/record.ts),
 * plus our judgement whether each table is consistent (then it must carry no warning).
 * The PDF itself lives outside the repository and is identified by its sha256.
 */
/** The printed form a table comes in (the accuracy is also reported per layout). */
export const REAL_LAYOUTS = ['list target', 'dept target', 'transfer target', 'goal-only list', 'declaration', 'self-evaluation'] as const;

export const ExpectedRealTableSchema = z.object({
  layout: z.enum(REAL_LAYOUTS),
  kind: TableKindSchema,
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  project: z.string().nullable(),
  department: z.string().nullable(),
  implementer: z.string().nullable(),
  unit: z.enum(['元', '万元']).nullable(),
  funds: z.array(FundsRowSchema.omit({ source: true })),
  goals: z.object({ expected: z.string().nullable(), actual: z.string().nullable() }),
  indicators: z.array(IndicatorSchema.pick({ level1: true, level2: true, name: true, target: true, actual: true, weight: true, score: true, deviation: true })),
  total: z.object({ weight: z.number().nullable(), score: z.number().nullable() }),
  /** true: the printed numbers agree with each other, so any warning on this table is a false alarm */
  consistent: z.boolean(),
  /** pages (1-based, in the excerpt) the table is printed on */
  pages: z.array(z.number().int()),
});
export type ExpectedRealTable = z.infer<typeof ExpectedRealTableSchema>;

export const ExpectedRealFileSchema = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** how the values were checked, by whom, against what */
  checked: z.string().min(20),
  /** the layout families this file exercises (README "Real reports") */
  families: z.array(z.string()),
  tables: z.array(ExpectedRealTableSchema),
});
export type ExpectedRealFile = z.infer<typeof ExpectedRealFileSchema>;
