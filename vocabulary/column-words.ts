/**
 * The column header words of every section of the tables (one home for them): the indicator
 * block's roles, the funds block's columns, the goals block's two sides. Front ends use them to
 * rebuild header cells a text export stacked over several lines; the reader uses them to find
 * each section's columns. Words are matched after folding, without whitespace.
 */

/** Column roles of the indicator header row. */
export type IndicatorRole = 'level1' | 'level1_weight' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'deviation';

const ROLE_PATTERNS: ReadonlyArray<readonly [IndicatorRole, RegExp]> = [
  ['level1_weight', /^一级(指标)?权重$/],
  ['level1', /^一级指标$/],
  ['level2', /^二级指标$/],
  ['name', /^(三级指标|指标名称|绩效指标名称)$/],
  ['target', /^(年度|年度\(项目\)|项目|全年|预期)?(指标值|目标值)$|^年度(指标|目标)$/],
  ['actual', /^(实际完成值|全年完成值|实际完成情况|完成值|实际值|全年实际值|全年实际完成值|实际完成)$/],
  ['weight', /^(分值|权重|指标分值|指标权重|标准分值)$/],
  ['score', /^(得分|自评分|自评得分|评分|评价得分|实际得分)$/],
  ['deviation', /^(偏差原因分析及改进措施|偏差及原因分析|偏差原因分析|偏差原因及改进措施|未完成原因分析|偏差原因)/],
];

export function indicatorRoleOf(text: string): IndicatorRole | null {
  const key = text.replace(/\s+/g, '');
  // also without a trailing note such as （分）, (%) or (A)
  const bare = key.replace(/[(（][^()（）]{1,6}[)）]$/, '');
  for (const k of bare === key ? [key] : [key, bare]) {
    for (const [role, re] of ROLE_PATTERNS) if (re.test(k)) return role;
  }
  return null;
}


/** Columns of the funds block. */
export type FundsRole = 'initial_budget' | 'annual_budget' | 'executed' | 'weight' | 'rate' | 'score';

const ROLE_OF: ReadonlyArray<readonly [FundsRole, RegExp]> = [
  ['initial_budget', /^(年初预算数|年初预算|预算数\(年初\))$/],
  ['annual_budget', /^(全年预算数|调整后预算数|预算数|全年预算)$/],
  ['executed', /^(全年执行数|执行数|实际支出数|全年实际支出)$/],
  ['weight', /^(分值|权重)$/],
  ['rate', /^(执行率|预算执行率)$/],
  ['score', /^(得分|评分)$/],
];
export const fundsRoleOf = (text: string): FundsRole | null => {
  const key = text.replace(/\s+/g, '');
  for (const [r, re] of ROLE_OF) if (re.test(key)) return r;
  return null;
};


/** The two sides of the goals block. */
export type GoalSide = 'expected' | 'actual';

const SIDE_OF: ReadonlyArray<readonly [GoalSide, RegExp]> = [
  ['expected', /^(预期目标|年初设定目标|项目总体目标.*|年度绩效目标|绩效目标)$/],
  ['actual', /^(实际完成情况|全年完成情况|实际完成目标|完成情况)$/],
];
export const goalSideOf = (text: string): GoalSide | null => {
  const key = text.replace(/\s+/g, '');
  for (const [s, re] of SIDE_OF) if (re.test(key)) return s;
  return null;
};

/** A funds column word that is no role of ours but still heads a funds column. */
export const FUNDS_COLUMN_WORD = /^(年初预算数|全年预算数|全年执行数|预算数|执行数|执行率|分值|得分|项目资金总额|年度资金申请总额|年度资金总额)$/;

/** Any column header word of any section. */
export const isColumnWord = (text: string): boolean => {
  const key = text.replace(/\s+/g, '');
  return key !== '' && (indicatorRoleOf(key) !== null || fundsRoleOf(key) !== null || goalSideOf(key) !== null || FUNDS_COLUMN_WORD.test(key));
};
