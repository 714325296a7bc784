/**
 * How each exported column is shown to a person: its Chinese header and what kind of value it
 * holds. CSV and JSONL keep the machine (snake_case) names; XLSX — opened by analysts in
 * Excel/WPS — shows the Chinese headers, real numbers with number formats, dates as dates and
 * the table kinds in Chinese. One list for every entity, next to `export-entities.ts`: a column
 * added to a view gets its header here (an unlisted column falls back to its machine name).
 */
import type { ExportEntity } from './export-entities.js';

export type ColumnType =
  | 'text'
  | 'integer'
  | 'number'
  /** integer 分: machine columns; the XLSX shows the 元 column instead */
  | 'fen'
  /** exact decimal text in 元 (`'2977291.16'`): a number with two decimals in XLSX */
  | 'yuan'
  /** a fraction (0.983): a percentage in XLSX */
  | 'rate'
  /** `YYYY-MM-DD` */
  | 'date'
  /** ISO-8601 UTC timestamp */
  | 'datetime'
  /** a code whose Chinese label XLSX shows (table kind, severity, goal) */
  | 'label'
  /** a finding's or error's message: in XLSX, after the Chinese title of the row's `code` */
  | 'message';

export interface ColumnSpec {
  readonly zh: string;
  readonly type: ColumnType;
}

const c = (zh: string, type: ColumnType = 'text'): ColumnSpec => ({ zh, type });

export const COLUMN_SPECS: Readonly<Record<string, ColumnSpec>> = {
  id: c('编号', 'integer'),
  document_id: c('文档编号', 'integer'),
  table_id: c('表格编号', 'integer'),
  funds_id: c('资金行编号', 'integer'),
  indicator_id: c('指标编号', 'integer'),
  goal_id: c('目标编号', 'integer'),
  finding_id: c('发现编号', 'integer'),
  project_id: c('项目编号', 'integer'),
  run_id: c('导入批次', 'integer'),
  path: c('文件路径'),
  sha256: c('SHA-256'),
  format: c('文件格式'),
  encoding: c('编码'),
  size: c('文件大小（字节）', 'integer'),
  imported_at: c('导入时间（UTC）', 'datetime'),
  recorded_at: c('记录时间（UTC）', 'datetime'),
  tool_version: c('工具版本'),
  table_count: c('表格数', 'integer'),
  indicator_count: c('指标数', 'integer'),
  funds_count: c('资金行数', 'integer'),
  ordinal: c('序号', 'integer'),
  kind: c('表格类型', 'label'),
  title: c('标题'),
  year: c('年度', 'integer'),
  project: c('项目名称'),
  department: c('主管部门'),
  implementer: c('实施单位'),
  unit: c('单位'),
  region: c('地区'),
  period: c('实施期'),
  start_date: c('开始日期', 'date'),
  end_date: c('结束日期', 'date'),
  money_unit: c('金额单位（原表）'),
  unit_key: c('单位匹配键'),
  project_key: c('项目匹配键'),
  total_weight: c('总分值', 'number'),
  total_score: c('总得分', 'number'),
  table_total_score: c('表格总得分', 'number'),
  indicators_weight: c('指标分值合计', 'number'),
  indicators_score: c('指标得分合计', 'number'),
  funds_weight: c('资金分值', 'number'),
  funds_score: c('资金得分', 'number'),
  warnings: c('警告数', 'integer'),
  item: c('资金项目'),
  initial_budget_fen: c('年初预算数（分）', 'fen'),
  annual_budget_fen: c('全年预算数（分）', 'fen'),
  executed_fen: c('全年执行数（分）', 'fen'),
  initial_budget_yuan: c('年初预算数（元）', 'yuan'),
  annual_budget_yuan: c('全年预算数（元）', 'yuan'),
  executed_yuan: c('全年执行数（元）', 'yuan'),
  weight: c('分值', 'number'),
  rate: c('执行率', 'rate'),
  score: c('得分', 'number'),
  level1: c('一级指标'),
  level1_printed: c('一级指标（原表）'),
  level2: c('二级指标'),
  name: c('三级指标'),
  target: c('指标值'),
  target_comparator: c('指标值比较符'),
  target_value: c('指标值数值', 'number'),
  target_value_max: c('指标值上限', 'number'),
  target_unit: c('指标值单位'),
  actual: c('实际完成值'),
  actual_comparator: c('完成值比较符'),
  actual_value: c('完成值数值', 'number'),
  actual_value_max: c('完成值上限', 'number'),
  actual_unit: c('完成值单位'),
  deviation: c('偏差原因分析及改进措施'),
  which: c('目标类型', 'label'),
  text: c('内容'),
  code: c('代码'),
  severity: c('级别', 'label'),
  message: c('说明', 'message'),
  source_line: c('行号', 'integer'),
  source_column: c('列号', 'integer'),
  source_end_line: c('结束行号', 'integer'),
  source_page: c('页码', 'integer'),
  // reviewers (issue 10): the views' corrected/verified columns and the corrections trail
  corrected: c('已更正字段'),
  corrections: c('更正数', 'integer'),
  verified: c('已核对', 'integer'),
  verified_by: c('核对人'),
  verified_at: c('核对时间（UTC）', 'datetime'),
  document_sha256: c('文档 SHA-256'),
  table_ordinal: c('表序', 'integer'),
  entity: c('更正对象'),
  row_name: c('行名称'),
  row_occurrence: c('同名行序', 'integer'),
  row_ordinal: c('行序号', 'integer'),
  field: c('字段'),
  old_value: c('原值'),
  new_value: c('更正值'),
  reason: c('更正理由'),
  reviewer: c('审核人'),
  corrected_at: c('更正时间（UTC）', 'datetime'),
};

/** Chinese labels of the coded values shown in XLSX; an unknown code is shown as stored. */
export const VALUE_LABELS: Readonly<Record<string, string>> = {
  project_self_eval: '项目支出绩效自评表',
  dept_self_eval: '部门整体支出绩效自评表',
  target_declaration: '绩效目标申报表',
  unknown: '未识别',
  error: '错误',
  warning: '警告',
  info: '提示',
  expected: '年度预期目标',
  actual: '实际完成情况',
};

export const columnSpec = (name: string): ColumnSpec => COLUMN_SPECS[name] ?? { zh: name, type: 'text' };

export const HEADER_STYLES = ['en', 'zh'] as const;
export type HeaderStyle = (typeof HEADER_STYLES)[number];

export const columnHeader = (name: string, style: HeaderStyle): string => (style === 'zh' ? columnSpec(name).zh : name);

/** Sheet names in the XLSX (entity → Chinese). */
export const SHEET_NAMES = {
  documents: '文档',
  tables: '表格',
  funds: '资金',
  indicators: '指标',
  goals: '目标',
  findings: '发现',
  projects: '项目',
  import_errors: '导入错误',
  corrections: '更正记录',
} as const satisfies Record<ExportEntity, string>;
