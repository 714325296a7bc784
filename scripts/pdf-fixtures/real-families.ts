import type { ExpectedRealTable } from '../real/expected-record.js';
import { A4_LANDSCAPE, A4_PORTRAIT, type DRow, type DSheet } from './drawn-sheet.js';
import { c, fund, grouped, ind, line, record, row, wan, type EvalInd, type FamilyCase, type Ind } from './family-parts.js';
import { finalAccountsCases } from './final-accounts-families.js';
import { declarationCases } from './declaration-families.js';

// Constructed PDFs for the layout families real government reports print (issue 14), made up
// for other provinces and years than the training files. Each case is built from its records:
// the sheet prints them, and the expected tables are the same records — never extractor output.

/** 指标性质 + 指标值 + 计量单位, the way the three columns print one target */
interface Target3 { readonly nature: '≥' | '≤' | '=' | '定性'; readonly value: string; readonly unit: string }
const joined = (t: Target3): string => (t.nature === '定性' ? t.value : `${t.nature}${t.value}${t.unit}`);
const natureCell = (t: Target3): string => (t.nature === '=' ? '＝' : t.nature);

interface ListIndicator { readonly l1: NonNullable<Ind['level1']>; readonly l2: string; readonly name: string; readonly t: Target3; readonly weight: number }
interface ListProject { readonly code: string; readonly name: string; readonly amount: number; readonly goal: string; readonly indicators: readonly ListIndicator[] }

const LIST_PROJECTS: readonly ListProject[] = [
  { code: '52010024T000000101', name: '城乡居民养老保险经办服务费', amount: 1286500, goal: '保障全区城乡居民养老保险经办业务正常开展，按时足额发放养老金。', indicators: [
    { l1: '产出指标', l2: '数量指标', name: '参保登记人数', t: { nature: '≥', value: '12.5', unit: '万人' }, weight: 20 },
    { l1: '产出指标', l2: '质量指标', name: '养老金按时足额发放率', t: { nature: '=', value: '100', unit: '%' }, weight: 20 },
    { l1: '产出指标', l2: '时效指标', name: '待遇核定办结时限', t: { nature: '≤', value: '15', unit: '个工作日' }, weight: 10 },
    { l1: '成本指标', l2: '经济成本指标', name: '人均经办成本', t: { nature: '≤', value: '10.3', unit: '元/人' }, weight: 10 },
    { l1: '效益指标', l2: '社会效益指标', name: '城乡居民老有所养保障水平', t: { nature: '定性', value: '稳步提高', unit: '' }, weight: 20 },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '参保群众满意度', t: { nature: '≥', value: '90', unit: '%' }, weight: 10 },
  ] },
  { code: '52010024T000000117', name: '就业困难人员公益性岗位补贴', amount: 3450000, goal: '开发公益性岗位安置就业困难人员，兜牢就业底线。', indicators: [
    { l1: '产出指标', l2: '数量指标', name: '公益性岗位安置人数', t: { nature: '≥', value: '460', unit: '人' }, weight: 30 },
    { l1: '产出指标', l2: '质量指标', name: '补贴对象认定准确率', t: { nature: '=', value: '100', unit: '%' }, weight: 20 },
    { l1: '成本指标', l2: '经济成本指标', name: '岗位补贴标准', t: { nature: '≤', value: '1800', unit: '元/人/月' }, weight: 10 },
    { l1: '效益指标', l2: '社会效益指标', name: '零就业家庭动态清零', t: { nature: '定性', value: '实现', unit: '' }, weight: 20 },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '安置人员满意度', t: { nature: '≥', value: '85', unit: '%' }, weight: 10 },
  ] },
  { code: '52010024T000000123', name: '劳动保障监察执法专项经费', amount: 268000, goal: '开展根治欠薪专项行动，维护劳动者合法权益。', indicators: [
    { l1: '产出指标', l2: '数量指标', name: '用人单位检查户数', t: { nature: '≥', value: '1200', unit: '户' }, weight: 30 },
    { l1: '产出指标', l2: '时效指标', name: '欠薪案件结案率', t: { nature: '≥', value: '95', unit: '%' }, weight: 20 },
    { l1: '成本指标', l2: '经济成本指标', name: '专项行动经费', t: { nature: '≤', value: '26.8', unit: '万元' }, weight: 10 },
    { l1: '效益指标', l2: '社会效益指标', name: '劳动者合法权益保障', t: { nature: '定性', value: '有效保障', unit: '' }, weight: 20 },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '投诉举报人满意度', t: { nature: '≥', value: '90', unit: '%' }, weight: 10 },
  ] },
  { code: '52010024T000000135', name: '人力资源市场信息化运维', amount: 975040, goal: '保障人力资源市场信息系统全年稳定运行，提升线上招聘服务能力。', indicators: [
    { l1: '产出指标', l2: '数量指标', name: '运维系统数量', t: { nature: '=', value: '6', unit: '个' }, weight: 20 },
    { l1: '产出指标', l2: '质量指标', name: '系统正常运行率', t: { nature: '≥', value: '99', unit: '%' }, weight: 20 },
    { l1: '产出指标', l2: '时效指标', name: '故障响应时间', t: { nature: '≤', value: '2', unit: '小时' }, weight: 10 },
    { l1: '成本指标', l2: '经济成本指标', name: '单个系统年运维费用', t: { nature: '≤', value: '16.25', unit: '万元' }, weight: 10 },
    { l1: '效益指标', l2: '可持续影响指标', name: '线上招聘服务持续提供', t: { nature: '定性', value: '持续', unit: '' }, weight: 20 },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '系统使用单位满意度', t: { nature: '≥', value: '90', unit: '%' }, weight: 10 },
  ] },
];

/** A 项目支出绩效目标表 as one long list: 合计 and unit rows first, the projects flowing over pages. */
function listTargetCase(): FamilyCase {
  const title = '贵阳市人力资源和社会保障局2025年项目支出绩效目标表';
  const dept = '贵阳市人力资源和社会保障局';
  const widths = [78, 44, 84, 40, 46, 78, 26, 34, 40, 26];
  const rows: DRow[] = [row(c(0, '项目名称', { align: 'center' }), c(1, '项目总额', { align: 'center' }), c(2, '绩效目标', { align: 'center' }), c(3, '一级指标'), c(4, '二级指标'), c(5, '三级指标', { align: 'center' }), c(6, '指标性质'), c(7, '指标值'), c(8, '计量单位'), c(9, '备注'))];
  const sum = LIST_PROJECTS.reduce((a, p) => a + p.amount, 0);
  rows.push(row(c(0, '合计'), c(1, wan(sum)), ...[2, 3, 4, 5, 6, 7, 8, 9].map((k) => c(k, ''))));
  rows.push(row(c(0, dept, { colSpan: 2 }), ...[2, 3, 4, 5, 6, 7, 8, 9].map((k) => c(k, ''))));
  for (const p of LIST_PROJECTS) {
    const n = p.indicators.length;
    p.indicators.forEach((i, k) => rows.push(row(
      ...(k === 0 ? [c(0, `${p.code}\n${p.name}`, { rowSpan: n }), c(1, wan(p.amount), { rowSpan: n }), c(2, p.goal, { rowSpan: n })] : []),
      c(3, i.l1), c(4, i.l2), c(5, i.name), c(6, natureCell(i.t)), c(7, i.t.value), c(8, i.t.unit), c(9, String(i.weight)),
    )));
  }
  const sheet: DSheet = { ...A4_PORTRAIT, margin: 36, fontSize: 10, footer: '第{n}页', blocks: [line(title, 14), line('单位：万元', 8, 'right'), { kind: 'grid', widths, rows, headerRows: 1, repeatMerged: true }] };
  return {
    name: 'list-target-projects-across-pages',
    description: 'One long 项目支出绩效目标表 (portrait, 10 pt): a 合计 row and a unit row above the projects, each project a group of rows with its code on its own line above the name, projects running across page breaks with the header and the merged project cells printed again, 指标性质 + 指标值 + 计量单位 columns, weights printed in a 备注 column.',
    families: ['list target', 'projects across pages', '合计/unit rows', 'weights in 备注', 'code-prefixed names', '指标性质 + 指标值 + 计量单位 columns'],
    sheet,
    tables: LIST_PROJECTS.map((p) => record({
      layout: 'list target', title, year: 2025, project: p.name, department: dept, funds: [fund('项目总额', p.amount)], goals: { expected: p.goal, actual: null },
      indicators: p.indicators.map((i) => ind(i.l1, i.l2, i.name, joined(i.t), { weight: i.weight })), pages: [],
    })),
  };
}

/** 部门整体支出绩效目标表 whose 绩效指标 cell glues 一级+二级+三级, and whose names carry 指标N： numbers. */
function deptGluedLevelsCase(): FamilyCase {
  const title = '部门整体支出绩效目标表';
  const dept = '西安市雁塔区卫生健康局';
  const inds: ListIndicator[] = [
    { l1: '产出指标', l2: '数量指标', name: '家庭医生签约服务人数', t: { nature: '≥', value: '18', unit: '万人' }, weight: 0 },
    { l1: '产出指标', l2: '质量指标', name: '老年人健康管理率', t: { nature: '≥', value: '72', unit: '%' }, weight: 0 },
    { l1: '产出指标', l2: '时效指标', name: '传染病疫情报告及时率', t: { nature: '=', value: '100', unit: '%' }, weight: 0 },
    { l1: '成本指标', l2: '经济成本指标', name: '基本公共卫生服务人均补助', t: { nature: '≤', value: '94', unit: '元/人' }, weight: 0 },
    { l1: '成本指标', l2: '社会成本指标', name: '群众就医负担', t: { nature: '定性', value: '不增加', unit: '' }, weight: 0 },
    { l1: '效益指标', l2: '社会效益指标', name: '居民健康素养水平', t: { nature: '≥', value: '33', unit: '%' }, weight: 0 },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '辖区居民满意度', t: { nature: '≥', value: '90', unit: '%' }, weight: 0 },
  ];
  const amounts = [52364800, 49870000, 31250000, 18620000, 2494800, 0, 2494800];
  const rows: DRow[] = [
    row(c(0, '部门名称', { colSpan: 2 }), c(2, dept, { colSpan: 5 })),
    row(c(0, '总体资金情况（万元）', { colSpan: 2, rowSpan: 3 }), c(2, '预算支出总额', { rowSpan: 2 }), c(3, '财政拨款', { colSpan: 2, align: 'center' }), c(5, '其他资金', { colSpan: 2, align: 'center' })),
    row(c(3, '合计'), c(4, '基本支出'), c(5, '合计'), c(6, '项目支出')),
    row(...amounts.slice(0, 5).map((a, k) => c(k + 2, grouped(wan(a, 6))))),
    row(c(0, '整体绩效目标', { colSpan: 2 }), c(2, '提升基层医疗卫生服务能力，做实家庭医生签约服务，保障基本公共卫生服务项目落实。', { colSpan: 5 })),
    row(c(0, '活动', { colSpan: 2 }), c(2, '绩效指标', { colSpan: 2 }), c(4, '指标性质'), c(5, '指标值'), c(6, '度量单位')),
    ...inds.map((i, k) => row(c(0, k < 3 ? '基层卫生服务' : '公共卫生管理', { colSpan: 2 }), c(2, `${i.l1}${i.l2}${i.name}`, { colSpan: 2 }), c(4, i.t.nature === '=' ? '＝' : i.t.nature), c(5, i.t.value), c(6, i.t.unit))),
  ];
  const items = ['预算支出总额', '财政拨款/合计', '财政拨款/基本支出', '其他资金/合计', '其他资金/项目支出'];
  return {
    name: 'dept-target-glued-levels',
    description: 'A 部门整体支出绩效目标表 (landscape): funds grid 预算支出总额 / 财政拨款 / 其他资金 with 6-decimal grouped amounts, then an indicator grid 活动 | 绩效指标 | 指标性质 | 指标值 | 度量单位 whose 绩效指标 cell prints 一级+二级+三级 in one string; 成本指标 as 一级 with 经济/社会成本指标.',
    families: ['dept target', 'one-cell 一级+二级+三级', '成本指标 一级', '指标性质 + 指标值 + 计量单位 columns'],
    sheet: { ...A4_LANDSCAPE, margin: 40, fontSize: 9, blocks: [line(title, 15), line('（2024年度）', 9), { kind: 'grid', widths: [60, 60, 140, 120, 70, 150, 80], rows }] },
    tables: [record({ layout: 'dept target', title, year: 2024, department: dept, funds: items.map((it, k) => fund(it, amounts[k]!)), goals: { expected: '提升基层医疗卫生服务能力，做实家庭医生签约服务，保障基本公共卫生服务项目落实。', actual: null }, indicators: inds.map((i) => ind(i.l1, i.l2, i.name, joined(i.t))) })],
  };
}

/** A transfer-payment form: 资金情况 block, 指标N： prefixes restarting per 二级, 成本指标 一级. */
function transferNumberedCase(): FamilyCase {
  const title = '2024年省对市县专项转移支付绩效目标表';
  const groups: Array<[NonNullable<Ind['level1']>, string, Array<[string, string]>]> = [
    ['产出指标', '数量指标', [['农村公路养护里程', '≥3200公里'], ['危桥改造座数', '≥45座'], ['安防设施提升里程', '≥600公里']]],
    ['产出指标', '质量指标', [['养护工程验收合格率', '100%'], ['优良中等路率', '≥85%']]],
    ['成本指标', '经济成本指标', [['每公里养护补助标准', '≤1.2万元/公里']]],
    ['成本指标', '生态环境成本指标', [['施工扬尘污染事件', '0起']]],
    ['效益指标', '社会效益指标', [['农村群众出行条件', '明显改善'], ['通客车建制村比例', '100%']]],
    ['满意度指标', '服务对象满意度指标', [['沿线群众满意度', '≥90%']]],
  ];
  const rows: DRow[] = [
    row(c(0, '转移支付名称', { colSpan: 2 }), c(2, '农村公路养护专项资金'), c(3, '省级主管部门'), c(4, '湖南省交通运输厅')),
    row(c(0, '资金情况（万元）', { colSpan: 2, rowSpan: 4 }), c(2, '年度金额：'), c(3, '28600.00', { colSpan: 2 })),
    row(c(2, '其中：中央财政资金'), c(3, '12000.00', { colSpan: 2 })),
    row(c(2, '省级财政资金'), c(3, '16600.00', { colSpan: 2 })),
    row(c(2, '其他资金'), c(3, '', { colSpan: 2 })),
    row(c(0, '年度总体目标', { colSpan: 2 }), c(2, '完成农村公路养护和危桥改造任务，提升农村公路安全水平和通行能力。', { colSpan: 3 })),
    row(c(0, '一级指标'), c(1, '二级指标'), c(2, '三级指标', { colSpan: 2 }), c(4, '指标值')),
  ];
  const inds: Ind[] = [];
  for (const [l1, l2, list] of groups) {
    list.forEach(([name, target], k) => {
      const first1 = k === 0 && !inds.some((i) => i.level1 === l1);
      const span1 = groups.filter((g) => g[0] === l1).reduce((a, g) => a + g[2].length, 0);
      rows.push(row(...(first1 ? [c(0, l1, { rowSpan: span1 })] : []), ...(k === 0 ? [c(1, l2, { rowSpan: list.length })] : []), c(2, `指标${k + 1}：${name}`, { colSpan: 2 }), c(4, target, { align: 'center' })));
      inds.push(ind(l1, l2, name, target));
    });
  }
  return {
    name: 'transfer-numbered-names',
    description: 'A 专项转移支付绩效目标表 (portrait): 转移支付名称 / 省级主管部门, a 资金情况（万元） block of four rows (年度金额, 其中：中央财政资金, 省级财政资金, 其他资金 blank), 年度总体目标, and an indicator grid whose 三级 names start 指标N： with the numbering restarting in each 二级 group; 成本指标 is a 一级 with 经济/生态环境成本指标 under it.',
    families: ['transfer target', '资金情况 block', '指标N： prefixes', '成本指标 一级'],
    sheet: { ...A4_PORTRAIT, margin: 40, fontSize: 9, blocks: [line(title, 14), line('（2024年度）', 9), { kind: 'grid', widths: [60, 80, 170, 90, 110], rows }] },
    tables: [record({ layout: 'transfer target', title, year: 2024, project: '农村公路养护专项资金', department: '湖南省交通运输厅', funds: [fund('年度金额', 286000000), fund('其中:中央财政资金', 120000000), fund('省级财政资金', 166000000), fund('其他资金', null)], goals: { expected: '完成农村公路养护和危桥改造任务，提升农村公路安全水平和通行能力。', actual: null }, indicators: inds })],
  };
}

/** A 绩效目标申报表 with 2×N funds blocks and no 一级/二级 columns at all. */
function declarationNoLevelsCase(): FamilyCase {
  const title = '项目支出绩效目标申报表';
  const inds: Array<[string, string, number]> = [['培训班举办期数', '≥12期', 30], ['培训人次', '≥1500人次', 30], ['培训合格率', '≥95%', 20], ['学员满意度', '≥90%', 20]];
  const rows: DRow[] = [
    row(c(0, '项目名称'), c(1, '基层农技人员能力提升培训', { colSpan: 3 })),
    row(c(0, '主管部门'), c(1, '青岛市农业农村局'), c(2, '实施单位'), c(3, '青岛市农业技术推广中心')),
    row(c(0, '项目资金\n（万元）', { rowSpan: 3 }), c(1, '项目资金总额'), c(2, '年度资金总额'), c(3, '')),
    row(c(1, '56.80'), c(2, '56.80'), c(3, '')),
    row(c(1, '其中：财政拨款 56.80'), c(2, '其他资金 0.00'), c(3, '')),
    row(c(0, '年度绩效目标'), c(1, '全年举办基层农技人员培训12期，提升农技推广服务能力。', { colSpan: 3 })),
    row(c(0, '序号'), c(1, '绩效指标'), c(2, '指标值'), c(3, '权重')),
    ...inds.map(([n, t, w], k) => row(c(0, String(k + 1)), c(1, n), c(2, t), c(3, String(w)))),
  ];
  return {
    name: 'declaration-no-level-columns',
    description: 'A 项目支出绩效目标申报表 (portrait) whose funds are a 2×N block (项目资金总额 above its amount beside 年度资金总额 above its amount, then 其中：财政拨款 / 其他资金 with the amount in the same cell), and whose indicator grid has no 一级/二级 columns at all (序号 | 绩效指标 | 指标值 | 权重): levels must stay empty.',
    families: ['declaration funds 2×N blocks', 'no level columns'],
    sheet: { ...A4_PORTRAIT, margin: 50, fontSize: 10, blocks: [line(title, 15), line('（2023年度）', 10), { kind: 'grid', widths: [90, 170, 150, 90], rows }] },
    tables: [record({ title, year: 2023, project: '基层农技人员能力提升培训', department: '青岛市农业农村局', implementer: '青岛市农业技术推广中心',
      funds: [fund('项目资金总额', 568000), fund('年度资金总额', 568000), fund('其中:财政拨款', 568000), fund('其他资金', 0)],
      goals: { expected: '全年举办基层农技人员培训12期，提升农技推广服务能力。', actual: null },
      indicators: inds.map(([n, t, w]) => ind(null, null, n, t, { weight: w })) })],
  };
}


/**
 * A 决算 project self-evaluation: weight header wrapped and carrying its total (分值权重（90分）),
 * the funds row's weight printed as 执行率分值（10分）, an executed amount split over three lines
 * in a narrow cell, and 一级 labels that carry their weight and share a row with the first indicator.
 */
function selfEvalWeightsCase(): FamilyCase {
  const title = '2023年度项目支出绩效自评表';
  const inds: EvalInd[] = [
    { l1: '产出指标', l2: '数量指标', name: '改造老旧供水管网长度', target: '≥46公里', actual: '47.2公里', weight: 20, score: 20 },
    { l1: '产出指标', l2: '质量指标', name: '管网工程验收合格率', target: '100%', actual: '100%', weight: 15, score: 15 },
    { l1: '产出指标', l2: '时效指标', name: '工程完工时间', target: '2023年11月底前', actual: '2023年11月', weight: 15, score: 15 },
    { l1: '效益指标', l2: '社会效益指标', name: '供水管网漏损率', target: '≤9%', actual: '8.6%', weight: 15, score: 15 },
    { l1: '效益指标', l2: '可持续影响指标', name: '供水安全保障能力', target: '持续提升', actual: '持续提升', weight: 15, score: 14 },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '片区居民满意度', target: '≥90%', actual: '93%', weight: 10, score: 10 },
  ];
  const l1Weight = (l1: string) => inds.filter((i) => i.l1 === l1).reduce((a, i) => a + i.weight, 0);
  const rows: DRow[] = [
    row(c(0, '项目名称', { colSpan: 2 }), c(2, '老旧供水管网更新改造', { colSpan: 6 })),
    row(c(0, '主管部门', { colSpan: 2 }), c(2, '洛阳市城市管理局', { colSpan: 2 }), c(4, '实施单位', { colSpan: 2 }), c(6, '洛阳市供水服务中心', { colSpan: 2 })),
    row(c(0, '项目资金\n（万元）', { colSpan: 2 }), c(2, '年初预算数'), c(3, '全年预算数'), c(4, '全年执行数'), c(5, '执行率分值（10分）'), c(6, '执行率'), c(7, '得分')),
    row(c(0, '年度资金总额', { colSpan: 2 }), c(2, '4,800.00'), c(3, '4,820.00'), c(4, '4,679.40'), c(5, '10'), c(6, '97.08%'), c(7, '9.71')),
    row(c(0, '年度总体目标', { colSpan: 2 }), c(2, '完成老旧供水管网更新改造46公里，降低管网漏损，保障城市供水安全。', { colSpan: 6 })),
    row(c(0, '一级指标'), c(1, '二级指标'), c(2, '三级指标', { colSpan: 2 }), c(4, '年度指标值'), c(5, '实际完成值'), c(6, '分值权重\n（90分）'), c(7, '得分')),
  ];
  let prev = '';
  for (const i of inds) {
    const first = i.l1 !== prev;
    const span = inds.filter((x) => x.l1 === i.l1).length;
    rows.push(row(...(first ? [c(0, `${i.l1}（${l1Weight(i.l1)}分）`, { rowSpan: span })] : []), c(1, i.l2), c(2, i.name, { colSpan: 2 }), c(4, i.target), c(5, i.actual), c(6, String(i.weight)), c(7, String(i.score))));
    prev = i.l1;
  }
  const score = 9.71 + inds.reduce((a, i) => a + i.score, 0);
  rows.push(row(c(0, '总分', { colSpan: 6 }), c(6, '100'), c(7, score.toFixed(2))));
  return {
    name: 'self-eval-weight-headers',
    description: 'A 项目支出绩效自评表 (portrait, 决算): the weight column header wraps and carries its total (分值权重 / （90分）), the funds weight is printed under 执行率分值（10分）, the executed amount 4,679.40 is printed in a narrow column that wraps it over two lines, and each 一级 label carries its weight (产出指标（50分）) in a merged cell that shares its row with the group\'s first indicator. Weights 10 + 90 = 100, scores add up: no warning.',
    families: ['weights in wrapped headers (分值权重（90分）)', '执行率分值（10分）', 'numbers split over lines', '一级 labels with weights sharing a row'],
    sheet: { ...A4_PORTRAIT, margin: 40, fontSize: 9, blocks: [line(title, 15), line('（2023年度）', 9), { kind: 'grid', widths: [62, 62, 80, 60, 34, 62, 58, 40], rows }] },
    tables: [record({ kind: 'project_self_eval', title, year: 2023, project: '老旧供水管网更新改造', department: '洛阳市城市管理局', implementer: '洛阳市供水服务中心',
      funds: [fund('年度资金总额', 48000000, { annual_budget: 48200000, executed: 46794000, weight: 10, rate: 0.9708, score: 9.71 })],
      goals: { expected: '完成老旧供水管网更新改造46公里，降低管网漏损，保障城市供水安全。', actual: null },
      indicators: inds.map((i) => ind(i.l1, i.l2, i.name, i.target, { actual: i.actual, weight: i.weight, score: i.score })),
      total: { weight: 100, score: Number(score.toFixed(2)) } })],
  };
}

export const familyCases = (): FamilyCase[] => [
  listTargetCase(), deptGluedLevelsCase(), transferNumberedCase(), declarationNoLevelsCase(), selfEvalWeightsCase(),
  ...declarationCases(), ...finalAccountsCases(),
];

export type { FamilyCase } from './family-parts.js';
