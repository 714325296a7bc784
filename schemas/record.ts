import { z } from 'zod';
import { PlaceSchema } from './place.js';
import { FINDING_CODE_NAMES } from './finding-codes.js';

/** A code from the one list of finding and error codes (schemas/finding-codes.ts). */
export const FindingCodeSchema = z.enum(FINDING_CODE_NAMES);
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/** The canonical 一级 names. 效果指标 is folded to 效益指标 (printed form kept in `level1_printed`). */
export const LEVEL1 = ['投入管理指标', '产出指标', '效益指标', '满意度指标', '成本指标'] as const;
export const Level1Schema = z.enum(LEVEL1);
export type Level1 = z.infer<typeof Level1Schema>;

/** The canonical 二级 names, in the order they are printed in a table. */
export const LEVEL2 = [
  // 投入管理 (department tables)
  '预算编制管理', '预算执行管理', '部门结转结余资金管理', '预算绩效管理', '预决算信息公开管理',
  '财政监督管理', '政府采购管理', '资产管理',
  // 产出
  '数量指标', '质量指标', '时效指标', '成本指标',
  // 效益
  '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标',
  // 满意度
  '服务对象满意度指标',
] as const;
export const Level2Schema = z.string();

export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema,
  message: z.string(),
  source: PlaceSchema.nullable(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** A target/actual value parsed out of its printed text ("≥90.00(%)" → ≥ 90 %). */
export const ParsedValueSchema = z.object({
  comparator: z.enum(['≥', '≤', '>', '<', '=', '≈']).nullable(),
  value: z.number().nullable(),
  /** upper bound of a range such as 95%-100% */
  value_max: z.number().nullable(),
  unit: z.string().nullable(),
});
export type ParsedValue = z.infer<typeof ParsedValueSchema>;

/** The place of a value's printed cell, or null when the table prints none. */
const CellPlace = PlaceSchema.nullable();

/** Where each value of a funds row was printed (the review page links every value to it). */
export const FundsPlacesSchema = z.object({
  item: CellPlace, initial_budget: CellPlace, annual_budget: CellPlace, executed: CellPlace,
  weight: CellPlace, rate: CellPlace, score: CellPlace,
});
export type FundsPlaces = z.infer<typeof FundsPlacesSchema>;

/** Where each value of an indicator was printed. */
export const IndicatorPlacesSchema = z.object({
  name: CellPlace, target: CellPlace, actual: CellPlace, weight: CellPlace, score: CellPlace, deviation: CellPlace,
});
export type IndicatorPlaces = z.infer<typeof IndicatorPlacesSchema>;

/** Where the table's own values were printed: title, header fields, the 总分 row's cells. */
export const TablePlacesSchema = z.object({
  title: CellPlace, project: CellPlace, department: CellPlace, implementer: CellPlace, region: CellPlace,
  start_date: CellPlace, end_date: CellPlace, total_weight: CellPlace, total_score: CellPlace,
});
export type TablePlaces = z.infer<typeof TablePlacesSchema>;

export const FundsRowSchema = z.object({
  item: z.string(),
  initial_budget: z.number().nullable(),
  annual_budget: z.number().nullable(),
  executed: z.number().nullable(),
  weight: z.number().nullable(),
  /** fraction: 98.30% → 0.983 */
  rate: z.number().nullable(),
  score: z.number().nullable(),
  source: PlaceSchema.nullable().optional(),
  places: FundsPlacesSchema.optional(),
});
export type FundsRow = z.infer<typeof FundsRowSchema>;

export const IndicatorSchema = z.object({
  level1: Level1Schema.nullable(),
  level2: Level2Schema.nullable(),
  name: z.string(),
  target: z.string().nullable(),
  actual: z.string().nullable(),
  weight: z.number().nullable(),
  score: z.number().nullable(),
  deviation: z.string().nullable(),
  // extras
  level1_printed: z.string().nullable().optional(),
  target_parsed: ParsedValueSchema.nullable().optional(),
  actual_parsed: ParsedValueSchema.nullable().optional(),
  /** how the level was decided: printed label, wording, neighbours */
  level_evidence: z.string().optional(),
  source: PlaceSchema.nullable().optional(),
  places: IndicatorPlacesSchema.optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const TABLE_KINDS = ['project_self_eval', 'dept_self_eval', 'target_declaration', 'unknown'] as const;
export const TableKindSchema = z.enum(TABLE_KINDS);
export type TableKind = z.infer<typeof TableKindSchema>;

export const TableSchema = z.object({
  kind: TableKindSchema,
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  project: z.string().nullable(),
  department: z.string().nullable(),
  implementer: z.string().nullable(),
  unit: z.enum(['元', '万元']).nullable(),
  funds: z.array(FundsRowSchema),
  goals: z.object({ expected: z.string().nullable(), actual: z.string().nullable() }),
  indicators: z.array(IndicatorSchema),
  total: z.object({ weight: z.number().nullable(), score: z.number().nullable() }),
  findings: z.array(FindingSchema),
  source: PlaceSchema,
  // extras
  region: z.string().nullable().optional(),
  period: z.string().nullable().optional(),
  start_date: z.string().nullable().optional(),
  end_date: z.string().nullable().optional(),
  /** 一级权重 printed in department tables, by canonical 一级 name */
  level1_weights: z.record(z.string(), z.number()).optional(),
  places: TablePlacesSchema.optional(),
});
export type Table = z.infer<typeof TableSchema>;

/**
 * A problem with the whole file, in the shape of a finding: the message never names the file
 * (the record says which file; the CLI adds the path when it prints). `severity` and `source`
 * are optional so records written before them stay valid.
 */
export const DocumentErrorSchema = z.object({
  code: FindingCodeSchema,
  message: z.string(),
  severity: SeveritySchema.optional(),
  source: PlaceSchema.nullable().optional(),
});
export type DocumentError = z.infer<typeof DocumentErrorSchema>;

export const DocumentSchema = z.object({
  file: z.string(),
  sha256: z.string(),
  /** the container the tables were read from (legacy .xls/.doc report the modern format they were converted to) */
  format: z.enum(['text', 'html', 'pdf', 'image', 'xlsx', 'docx']),
  encoding: z.string().nullable(),
  tables: z.array(TableSchema),
  errors: z.array(DocumentErrorSchema),
  // extras
  size: z.number().int().optional(),
  findings: z.array(FindingSchema).optional(),
});
export type Document = z.infer<typeof DocumentSchema>;

export const ExtractOutputSchema = z.object({ documents: z.array(DocumentSchema) });
export type ExtractOutput = z.infer<typeof ExtractOutputSchema>;

/** JSON Schema of the `--json` contract, produced by zod's own converter. */
export const extractOutputJsonSchema = () => z.toJSONSchema(ExtractOutputSchema);
