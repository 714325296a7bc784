import type { Indicator, Table } from '../../schemas/record.js';

/**
 * Made-up tables from other provinces and years (the seeds are all Shanghai 2022–2023), with
 * long wrapped text, 元 and 万元 amounts, and arithmetic that adds up: weights 10 (funds) + 90,
 * funds score = 分值 × 执行率, total = the sum of the scores. Canonical values (CONVENTIONS.md).
 */
const ind = (level1: Indicator['level1'], level2: string, name: string, target: string, actual: string, weight: number, score: number, deviation: string | null = null): Indicator =>
  ({ level1, level2, name, target, actual, weight, score, deviation });

const fundsRow = (item: string, initial: number | null, annual: number | null, executed: number | null, weight: number | null, rate: number | null, score: number | null) =>
  ({ item, initial_budget: initial, annual_budget: annual, executed, weight, rate, score });

const base: Pick<Table, 'findings' | 'source'> = { findings: [], source: { file: '', line: null, column: null } };

/** 元, long names and deviation notes that wrap over several lines. */
export const CHENGDU_ELEVATORS: Table = {
  ...base,
  kind: 'project_self_eval',
  title: '财政项目支出绩效自评表',
  year: 2023,
  project: '老旧小区综合改造及既有住宅加装电梯补贴资金',
  department: '成都市武侯区住房和城乡建设局',
  implementer: '成都市武侯区老旧院落改造服务中心',
  region: null,
  unit: '元',
  funds: [
    fundsRow('年度资金总额', 3560000, 3280500, 3198487.5, 10, 0.975, 9.75),
    fundsRow('其中:当年财政拨款', 3560000, 3280500, 3198487.5, null, 0.975, null),
    fundsRow('上年结转资金', 0, 0, null, null, null, null),
    fundsRow('其他资金', null, null, null, null, null, null),
  ],
  goals: {
    expected: '完成12个老旧小区综合改造,对既有住宅加装电梯给予每台不超过24万元的补贴,改善居民居住条件,提升小区公共服务设施水平,建立改造后小区长效管理机制。',
    actual: '全年完成12个老旧小区综合改造,发放加装电梯补贴286户,受益居民4612户;改造工程全部通过竣工验收,小区公共服务设施明显改善,长效管理机制已建立。',
  },
  indicators: [
    ind('产出指标', '数量指标', '完成老旧小区综合改造数量', '≥12个', '12个', 10, 10),
    ind('产出指标', '数量指标', '加装电梯补贴发放户数', '≥300户', '286户', 10, 9, '部分居民未按期提交补贴申请材料,已督促于次年一季度补发'),
    ind('产出指标', '质量指标', '改造工程竣工验收合格率', '100%', '100%', 10, 10),
    ind('产出指标', '质量指标', '加装电梯安全检验合格率', '100%', '100%', 5, 5),
    ind('产出指标', '时效指标', '补贴资金拨付及时率', '≥95%', '93.5%', 5, 4, '个别街道资金拨付审核流程较长'),
    ind('产出指标', '成本指标', '单台电梯补贴标准', '≤24万元/台', '24万元/台', 5, 5),
    ind('效益指标', '社会效益指标', '改善居民居住条件受益户数', '≥4500户', '4612户', 10, 10),
    ind('效益指标', '社会效益指标', '小区公共服务设施完善程度', '明显改善', '明显改善', 10, 10),
    ind('效益指标', '可持续影响指标', '改造后小区长效管理机制建立情况', '建立', '已建立', 10, 10),
    ind('满意度指标', '服务对象满意度指标', '受益居民满意度', '≥90%', '94.6%', 10, 10),
    ind('满意度指标', '服务对象满意度指标', '加装电梯住户满意度', '≥85%', '91%', 5, 5),
  ],
  total: { weight: 100, score: 97.75 },
};

/** 万元, a short table (fits one page in portrait). */
export const GUANGZHOU_SCHOOLS: Table = {
  ...base,
  kind: 'project_self_eval',
  title: '财政项目支出绩效自评表',
  year: 2021,
  project: '中小学校园安全管理服务经费',
  department: '广州市海珠区教育局',
  implementer: '广州市海珠区教育发展中心',
  region: null,
  unit: '万元',
  funds: [
    fundsRow('年度资金总额', 2865000, 2865000, 2750400, 10, 0.96, 9.6),
    fundsRow('其中:当年财政拨款', 2865000, 2865000, 2750400, null, 0.96, null),
    fundsRow('上年结转资金', 0, 0, null, null, null, null),
    fundsRow('其他资金', null, null, null, null, null, null),
  ],
  goals: {
    expected: '为全区中小学配备专职安保人员,落实校园安全管理制度,保障师生在校安全。',
    actual: '全年配备专职安保人员426人,未发生校园安全责任事故,师生安全感明显提升。',
  },
  indicators: [
    ind('产出指标', '数量指标', '校园安保人员配备人数', '≥420人', '426人', 15, 15),
    ind('产出指标', '质量指标', '校园安全责任事故发生率', '0', '0', 10, 10),
    ind('产出指标', '时效指标', '安保服务合同签订及时性', '3月底前', '3月底前', 10, 10),
    ind('效益指标', '社会效益指标', '师生安全感', '明显提升', '明显提升', 20, 18, '部分学校周边交通秩序仍需改善'),
    ind('效益指标', '可持续影响指标', '校园安全管理长效机制', '健全', '健全', 15, 15),
    ind('满意度指标', '服务对象满意度指标', '家长满意度', '≥90%', '92.3%', 10, 10),
    ind('满意度指标', '服务对象满意度指标', '学生满意度', '≥90%', '95%', 10, 10),
  ],
  total: { weight: 100, score: 97.6 },
};
