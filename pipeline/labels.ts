import type { Level1 } from '../schemas/record.js';

/**
 * The indicator vocabulary of the national/provincial templates. Keys are canonical names; the
 * alias lists hold printed forms after folding and wrap repair.
 */
export interface Level2Def {
  readonly name: string;
  readonly parent: Level1;
  readonly aliases: readonly string[];
}

/** Canonical order in which templates print the 二级 groups. */
export const LEVEL2_DEFS: readonly Level2Def[] = [
  { name: '数量指标', parent: '产出指标', aliases: ['数量指标', '数量'] },
  { name: '质量指标', parent: '产出指标', aliases: ['质量指标', '质量'] },
  { name: '时效指标', parent: '产出指标', aliases: ['时效指标', '时效', '进度指标'] },
  { name: '成本指标', parent: '产出指标', aliases: ['成本指标', '成本'] },
  { name: '经济成本指标', parent: '成本指标', aliases: ['经济成本指标'] },
  { name: '社会成本指标', parent: '成本指标', aliases: ['社会成本指标'] },
  { name: '生态环境成本指标', parent: '成本指标', aliases: ['生态环境成本指标', '生态成本指标'] },
  { name: '经济效益指标', parent: '效益指标', aliases: ['经济效益指标', '经济效益'] },
  { name: '社会效益指标', parent: '效益指标', aliases: ['社会效益指标', '社会效益'] },
  { name: '生态效益指标', parent: '效益指标', aliases: ['生态效益指标', '生态效益', '环境效益指标'] },
  { name: '可持续影响指标', parent: '效益指标', aliases: ['可持续影响指标', '可持续性影响指标', '可持续影响', '可持续发展指标'] },
  { name: '服务对象满意度指标', parent: '满意度指标', aliases: ['服务对象满意度指标', '服务对象满意度', '满意度指标'] },
];

export const LEVEL1_ALIASES: Readonly<Record<Level1, readonly string[]>> = {
  投入管理指标: ['投入管理指标', '投入指标', '过程指标', '管理指标'],
  产出指标: ['产出指标'],
  效益指标: ['效益指标', '效果指标'],
  满意度指标: ['满意度指标'],
  成本指标: ['成本指标'],
};

const level2ByAlias = new Map<string, Level2Def>();
for (const d of LEVEL2_DEFS) for (const a of d.aliases) if (!level2ByAlias.has(a)) level2ByAlias.set(a, d);
const level1ByAlias = new Map<string, Level1>();
for (const [k, list] of Object.entries(LEVEL1_ALIASES)) for (const a of list) level1ByAlias.set(a, k as Level1);

/** Strip decorations OCR leaves around labels: spaces, colons, numbering such as "1." or "（一）". */
export function labelKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/^[(（]?[一二三四五六七八九十\d]+[)）.、]?/, '').replace(/[:：]$/, '');
}

export function level1Of(text: string): Level1 | null {
  return level1ByAlias.get(labelKey(text)) ?? null;
}

/** Only full label forms count as labels inside rows ("数量" alone is too weak). */
export function level2Of(text: string): Level2Def | null {
  const key = labelKey(text);
  if (!key.endsWith('指标') && !key.endsWith('满意度')) return null;
  return level2ByAlias.get(key) ?? null;
}

export { indicatorRoleOf, type IndicatorRole } from '../vocabulary/column-words.js';

/** Header fields above the funds block. */
export type HeaderField = 'project' | 'department' | 'implementer' | 'region' | 'start_date' | 'end_date' | 'other';

const FIELD_PATTERNS: ReadonlyArray<readonly [HeaderField, RegExp]> = [
  ['project', /^项目名称$/],
  ['department', /^(主管部门|所属部门|主管单位|部门名称|单位名称|预算部门)$/],
  ['implementer', /^(实施单位|项目实施单位|执行单位)$/],
  ['region', /^(街镇名称|区县名称|地区|街镇)$/],
  ['start_date', /^计划开始(日期|时间)$/],
  ['end_date', /^计划完成(日期|时间)$/],
  ['other', /^(项目性质|项目类别|项目属性|下属单位个数|项目负责人|联系电话|项目期限|部门职责|申报时段|评价时段|填报单位|项目编码)$/],
];

export function headerFieldOf(text: string): HeaderField | null {
  const key = text.replace(/\s+/g, '').replace(/[:：]$/, '');
  for (const [field, re] of FIELD_PATTERNS) if (re.test(key)) return field;
  return null;
}

/** Labels that open or name a section and are never values. */
export const SECTION_LABEL = /^(绩效指标|绩效目标|分解目标自评|项目资金(\((万)?元\))?|整体支出规模|年度总体目标|项目总体目标.*|总体目标|项目概述|年度绩效目标)$/;

const ALL_LABEL_FORMS = [...LEVEL2_DEFS.flatMap((d) => d.aliases.filter((a) => a.endsWith('指标'))), ...Object.values(LEVEL1_ALIASES).flat(), '绩效指标', '绩效目标'];

/**
 * A label cut by a wrap: the head (`服务对象满意度指`, 4+ characters) stands for the whole
 * label; a short tail (`标`, `指标`) or a piece of 绩效指标 / 绩效目标 is just a piece.
 */
export function labelFragment(text: string): { kind: 'head'; label: string } | { kind: 'piece' } | null {
  const key = text.replace(/\s+/g, '');
  if (!key || level2Of(key) || level1Of(key)) return null;
  if (key.length >= 4) {
    const full = ALL_LABEL_FORMS.find((l) => l.startsWith(key) && l !== key);
    return full ? { kind: 'head', label: full } : null;
  }
  if (ALL_LABEL_FORMS.some((l) => l !== key && l.endsWith(key))) return { kind: 'piece' };
  if (['绩效指标', '绩效目标'].some((w) => w.includes(key))) return { kind: 'piece' };
  return null;
}
