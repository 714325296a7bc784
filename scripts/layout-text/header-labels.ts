/**
 * Column header labels as archives print them: on one line, or stacked over two or three lines
 * because the column is narrow (`年度` / `指标值`, `分` / `值`, `得` / `分`, `实际` / `完成值`).
 * The stacked forms are explicit line breaks, so the PDF shows exactly these pieces.
 */
export type HeaderStack = 1 | 2 | 3;

const STACKED: Readonly<Record<string, Readonly<Record<2 | 3, string>>>> = {
  一级指标: { 2: '一级\n指标', 3: '一\n级\n指标' },
  二级指标: { 2: '二级\n指标', 3: '二\n级\n指标' },
  三级指标: { 2: '三级\n指标', 3: '三级\n指标' },
  一级权重: { 2: '一级\n权重', 3: '一\n级\n权重' },
  年度指标值: { 2: '年度\n指标值', 3: '年度\n指标\n值' },
  实际完成值: { 2: '实际\n完成值', 3: '实际\n完成\n值' },
  全年完成值: { 2: '全年\n完成值', 3: '全年\n完成\n值' },
  分值: { 2: '分\n值', 3: '分\n值' },
  得分: { 2: '得\n分', 3: '得\n分' },
  自评分: { 2: '自评\n分', 3: '自\n评\n分' },
  偏差原因分析及改进措施: { 2: '偏差原因分析\n及改进措施', 3: '偏差原因\n分析及改\n进措施' },
  偏差及原因分析: { 2: '偏差及\n原因分析', 3: '偏差\n及原因\n分析' },
  年初预算数: { 2: '年初\n预算数', 3: '年初\n预算\n数' },
  全年预算数: { 2: '全年\n预算数', 3: '全年\n预算\n数' },
  全年执行数: { 2: '全年\n执行数', 3: '全年\n执行\n数' },
  执行率: { 2: '执行\n率', 3: '执\n行\n率' },
};

/** The label as printed with the given stacking (labels without a stacked form stay whole). */
export const headerLabel = (label: string, stack: HeaderStack): string =>
  stack === 1 ? label : STACKED[label]?.[stack] ?? label;
