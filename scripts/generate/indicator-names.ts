/**
 * Indicator (三级) names per 二级 group. Most names carry a keyword that reveals their group
 * (…完成数, …达标率, …及时率 …); a share are deliberately neutral (`季度走访`, `联系点位`) so that
 * only the printed label positions can decide their group. Keywords are matched longest-first,
 * so `按时完成率` (时效) beats `完成率` (数量) and `绿化覆盖率` (生态) beats `覆盖率` (社会).
 */
import type { Rng } from './prng.js';

/** Canonical 一级 / 二级 names as the record prints them (CONVENTIONS "Labels"). */
export type Level1Name = '投入管理指标' | '产出指标' | '效益指标' | '满意度指标';

export type OutcomeLevel2 =
  | '数量指标' | '质量指标' | '时效指标' | '成本指标'
  | '经济效益指标' | '社会效益指标' | '生态效益指标' | '可持续影响指标'
  | '服务对象满意度指标';

export const OUTCOME_GROUPS: Readonly<Record<Exclude<Level1Name, '投入管理指标'>, readonly OutcomeLevel2[]>> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

/** Words that reveal a group. A revealing name's longest keyword belongs to its own group. */
export const GROUP_KEYWORDS: Readonly<Record<OutcomeLevel2, readonly string[]>> = {
  数量指标: ['完成数', '完成率', '服务人数', '开展场次', '覆盖户数'],
  质量指标: ['达标率', '合格率', '验收通过率', '规范性'],
  时效指标: ['及时率', '及时性', '按时完成率'],
  成本指标: ['成本控制在预算内', '成本节约率'],
  经济效益指标: ['带动就业', '节约资金', '经济效益'],
  社会效益指标: ['覆盖率', '参与率', '知晓率', '影响力提升'],
  生态效益指标: ['绿化覆盖率', '节能减排', '生态效益'],
  可持续影响指标: ['长效管理机制健全性', '制度健全'],
  服务对象满意度指标: ['满意度'],
};

/** Activities that name what an indicator counts; none contains a keyword. */
const SUBJECTS = [
  '党建活动', '志愿服务', '主题宣传', '走访慰问', '设施维护', '场地运维', '培训课程', '专题讲座', '安全巡查', '环境保洁',
  '物资采购', '补贴发放', '系统维护', '文体活动', '助餐服务', '矛盾调解', '居民议事', '健康讲座', '法律咨询', '读书分享',
  '防汛演练', '消防检查', '就业指导', '困难帮扶', '党员教育', '书记带教', '课题调研', '设备更新', '信息报送', '社区党校教学',
] as const;

const WHO = ['党员', '居民', '服务对象', '受益人群', '参训人员', '社区群众', '青年', '管理者', '基层工作者', '书记'] as const;

const TEMPLATES: Readonly<Record<OutcomeLevel2, readonly string[]>> = {
  数量指标: ['{s}完成数', '{s}完成率', '{s}服务人数', '{s}开展场次', '{s}覆盖户数'],
  质量指标: ['{s}质量达标率', '{s}合格率', '{s}验收通过率', '{s}规范性'],
  时效指标: ['{s}及时率', '{s}完成及时性', '{s}按时完成率'],
  成本指标: ['成本控制在预算内', '{s}成本节约率'],
  经济效益指标: ['{s}带动就业', '节约资金', '不产生直接经济效益'],
  社会效益指标: ['{s}覆盖率', '{s}参与率', '{s}知晓率', '{s}影响力提升'],
  生态效益指标: ['绿化覆盖率', '节能减排', '{s}节能减排', '不产生生态效益'],
  可持续影响指标: ['长效管理机制健全性', '{s}长效管理机制健全性', '{s}制度健全'],
  服务对象满意度指标: ['{w}满意度'],
};

/** Names whose wording does not reveal any group: only label positions can place them. */
export const NEUTRAL_NAMES = [
  '季度走访', '联系点位', '阵地品牌推广', '二期场馆改造', '站点日常值守', '工作室建设', '阵地运维保障', '课题研究',
  '议事规则修订', '品牌项目打造', '居民议事协商', '社区微更新', '党建联建共建', '资源清单梳理', '红色阵地建设', '主题党日活动',
  '睦邻点建设', '骨干队伍带教',
] as const;

/**
 * Department 投入管理 (一级) groups: printed 二级 name and its 三级 names. A name is revealing when
 * it contains the group's stem. `预算编管管理` is the misprint seen in the wild; it stays as printed.
 */
export const INPUT_GROUPS: ReadonlyArray<{ readonly level2: string; readonly misprints: readonly string[]; readonly stem: string; readonly names: readonly string[] }> = [
  { level2: '预算编制管理', misprints: ['预算编管管理'], stem: '预算编制', names: ['预算编制依据充分性', '预算编制准确率', '预算调整率'] },
  { level2: '预算执行管理', misprints: [], stem: '执行', names: ['基本支出预算执行率', '项目支出预算执行率', '资金使用合规性'] },
  { level2: '部门结转结余资金管理', misprints: [], stem: '结转结余', names: ['结转结余资金管理规范性', '结转结余率'] },
  { level2: '预算绩效管理', misprints: [], stem: '绩效', names: ['预算绩效管理覆盖度', '绩效目标设定完整性'] },
  { level2: '预决算信息公开管理', misprints: [], stem: '公开', names: ['预算公开信息规范性', '公开内容的完整性'] },
  { level2: '财政监督管理', misprints: [], stem: '监督', names: ['财政监督有效性', '问题整改到位率'] },
  { level2: '政府采购管理', misprints: [], stem: '采购', names: ['政府采购合规性', '采购程序合规性'] },
  { level2: '资产管理', misprints: [], stem: '资产', names: ['资产管理制度健全性', '报废处置及时性和规范性', '账实一致性'] },
];

/** The group a name's wording points to (longest keyword wins), or null for neutral wording. */
export function groupByWording(name: string): OutcomeLevel2 | null {
  let best: { group: OutcomeLevel2; length: number } | null = null;
  for (const [group, words] of Object.entries(GROUP_KEYWORDS) as [OutcomeLevel2, readonly string[]][]) {
    for (const w of words) if (name.includes(w) && (!best || w.length > best.length)) best = { group, length: w.length };
  }
  return best?.group ?? null;
}

export interface NamedIndicator {
  readonly name: string;
  readonly revealing: boolean;
}

/** A name for `group`: neutral when asked and allowed, else one whose wording reveals `group`. */
export function randomName(rng: Rng, group: OutcomeLevel2, neutral: boolean): NamedIndicator {
  if (neutral) return { name: rng.pick(NEUTRAL_NAMES), revealing: false };
  const template = rng.pick(TEMPLATES[group]);
  return { name: template.replace('{s}', rng.pick(SUBJECTS)).replace('{w}', rng.pick(WHO)), revealing: true };
}

/** Every name a template can produce, for the wording tests. */
export function allRevealingNames(): Array<{ group: OutcomeLevel2; name: string }> {
  const out: Array<{ group: OutcomeLevel2; name: string }> = [];
  for (const [group, templates] of Object.entries(TEMPLATES) as [OutcomeLevel2, readonly string[]][]) {
    for (const t of templates) {
      const subjects = t.includes('{s}') ? SUBJECTS : [''];
      const whos = t.includes('{w}') ? WHO : [''];
      for (const s of subjects) for (const w of whos) out.push({ group, name: t.replace('{s}', s).replace('{w}', w) });
    }
  }
  return out;
}
