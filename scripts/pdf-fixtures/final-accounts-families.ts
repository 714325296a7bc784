import type { ExpectedRealTable } from '../real/expected-record.js';
import { A4_PORTRAIT, type DBlock, type DRow } from './drawn-sheet.js';
import { c, fund, ind, line, record, row, wan, type EvalInd, type FamilyCase } from './family-parts.js';

/**
 * 决算 self-evaluation families: the 执行率（B/A） header split over two lines and sub-rows that
 * print — for their weight and score, the department printed on `单位名称：`/`资金主管部门：` lines
 * with a budget code before the name, the project named only in the title; and a long 决算 with
 * a table of contents, a narrative page and dozens of tables.
 */

/** A 决算 project self-evaluation whose header fields are lines above the grid, not grid cells. */
function executionRateHeaderCase(): FamilyCase {
  const project = '社区养老服务中心运营补贴项目';
  const title = `2023年度${project}绩效自评表`;
  const inds: EvalInd[] = [
    { l1: '产出指标', l2: '数量指标', name: '运营补贴覆盖社区养老服务中心数', target: '≥36个', actual: '36个', weight: 20, score: 20 },
    { l1: '产出指标', l2: '质量指标', name: '服务中心星级评定达标率', target: '≥90%', actual: '91.7%', weight: 15, score: 15 },
    { l1: '产出指标', l2: '时效指标', name: '补贴资金拨付时间', target: '2023年9月底前', actual: '2023年9月', weight: 10, score: 10 },
    { l1: '效益指标', l2: '社会效益指标', name: '老年人助餐服务人次', target: '≥12万人次', actual: '11.6万人次', weight: 20, score: 18 },
    { l1: '效益指标', l2: '可持续影响指标', name: '社区居家养老服务网络', target: '持续完善', actual: '持续完善', weight: 10, score: 10 },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '服务老年人满意度', target: '≥90%', actual: '94%', weight: 15, score: 15 },
  ];
  const deviation = '部分社区助餐点下半年装修停业两个月';
  // 年初预算 268.00, 全年预算 (A) 268.00, 全年执行 (B) 259.96: 97.00% of 10 → 9.7
  const rows: DRow[] = [
    row(c(0, '项目资金（万元）', { colSpan: 2 }), c(2, '年初预算数'), c(3, '全年预算数（A）'), c(4, '全年执行数（B）'), c(5, '分值'), c(6, '执行率\n（B/A）'), c(7, '得分')),
    row(c(0, '年度资金总额', { colSpan: 2 }), c(2, '268.00'), c(3, '268.00'), c(4, '259.96'), c(5, '10'), c(6, '97.00%'), c(7, '9.70')),
    row(c(0, '其中：当年财政拨款', { colSpan: 2 }), c(2, '268.00'), c(3, '268.00'), c(4, '259.96'), c(5, '—'), c(6, '97.00%'), c(7, '—')),
    row(c(0, '上年结转资金', { colSpan: 2 }), c(2, '—'), c(3, '—'), c(4, '—'), c(5, '—'), c(6, '—'), c(7, '—')),
    row(c(0, '年度总体目标', { colSpan: 2 }), c(2, '预期目标', { colSpan: 3 }), c(5, '实际完成情况', { colSpan: 3 })),
    row(c(0, '', { colSpan: 2 }), c(2, '对36个社区养老服务中心给予运营补贴，提供助餐、日间照料等服务。', { colSpan: 3 }), c(5, '36个中心全部获得补贴，全年助餐11.6万人次。', { colSpan: 3 })),
    row(c(0, '一级指标'), c(1, '二级指标'), c(2, '三级指标'), c(3, '年度指标值'), c(4, '实际完成值'), c(5, '分值'), c(6, '得分'), c(7, '偏差原因分析及改进措施')),
    ...inds.map((i) => row(c(0, i.l1), c(1, i.l2), c(2, i.name), c(3, i.target), c(4, i.actual), c(5, String(i.weight)), c(6, String(i.score)), c(7, i.score < i.weight ? deviation : ''))),
    row(c(0, '总分', { colSpan: 5 }), c(5, '100'), c(6, '97.70'), c(7, '')),
  ];
  return {
    name: 'final-accounts-execution-rate',
    description: 'A 决算 项目绩效自评表 (portrait) whose project is named only in the title (2023年度…项目绩效自评表), with 单位名称： / 资金主管部门： lines above the grid and a budget code before the department (201_烟台市民政局); funds header 执行率 / （B/A） over two lines and sub-rows printing — for weight and score; 预期目标 / 实际完成情况 side by side; one deviation note. Arithmetic consistent: no warning.',
    families: ['执行率（B/A） header split over lines', '— sub-rows', '单位名称：/资金主管部门： lines', 'code before the department name', 'project name only in the title'],
    sheet: { ...A4_PORTRAIT, margin: 40, fontSize: 9, blocks: [
      line(title, 14), line('资金主管部门：201_烟台市民政局', 9, 'left'), line('单位名称：烟台市芝罘区养老服务指导中心', 9, 'left'),
      { kind: 'grid', widths: [54, 60, 110, 62, 62, 38, 62, 67], rows },
    ] },
    tables: [record({ kind: 'project_self_eval', title, year: 2023, project, department: '烟台市民政局', implementer: '烟台市芝罘区养老服务指导中心',
      funds: [fund('年度资金总额', 2680000, { annual_budget: 2680000, executed: 2599600, weight: 10, rate: 0.97, score: 9.7 }),
        fund('其中:当年财政拨款', 2680000, { annual_budget: 2680000, executed: 2599600, rate: 0.97 }), fund('上年结转资金', null)],
      goals: { expected: '对36个社区养老服务中心给予运营补贴，提供助餐、日间照料等服务。', actual: '36个中心全部获得补贴，全年助餐11.6万人次。' },
      indicators: inds.map((i) => ind(i.l1, i.l2, i.name, i.target, { actual: i.actual, weight: i.weight, score: i.score, deviation: i.score < i.weight ? deviation : null })),
      total: { weight: 100, score: 97.7 } })],
  };
}

/** A 决算 excerpt: a table of contents and a narrative page (no table), then many short self-evaluations. */
export function longFinalAccountsCase(count: number): FamilyCase {
  const names = ['社区养老服务补贴', '城市道路维修养护', '中小学课后服务补助', '公共文化场馆免费开放', '河道保洁管护', '农村人居环境整治', '食品安全抽检', '退役军人优抚', '残疾人康复救助', '森林防火巡护'];
  const blocks: DBlock[] = [
    line('目录', 16),
    line('一、部门概况 ………………………………………… 1', 10, 'left'),
    line('二、2023年度部门决算表 …………………………… 3', 10, 'left'),
    line('三、项目支出绩效自评表 …………………………… 9', 10, 'left'),
    { kind: 'page-break' },
    line('第三部分 2023年度项目绩效自评情况说明', 14),
    line('本部门对全部项目开展绩效自评，自评结果见下表。各项目绩效目标完成情况良好，', 10, 'left'),
    line('资金执行率总体较高，偏差原因已在表中说明。', 10, 'left'),
    { kind: 'page-break' },
  ];
  const tables: ExpectedRealTable[] = [];
  for (let k = 0; k < count; k++) {
    const project = `${names[k % names.length]}（${k < names.length ? '一期' : '二期'}）`;
    const budget = 100000 * (20 + 7 * k);
    const executed = budget - 10000 * (k % 4);
    const rate = Math.round((executed / budget) * 10000) / 10000;
    const fscore = Math.round(rate * 10 * 100) / 100;
    const inds: EvalInd[] = [
      { l1: '产出指标', l2: '数量指标', name: `${names[k % names.length]}完成数量`, target: `≥${10 + k}个`, actual: `${10 + k}个`, weight: 40, score: 40 },
      { l1: '效益指标', l2: '社会效益指标', name: '服务覆盖面', target: '持续扩大', actual: '持续扩大', weight: 30, score: 30 },
      { l1: '满意度指标', l2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%', actual: '92%', weight: 20, score: 20 },
    ];
    const total = Math.round((fscore + 90) * 100) / 100;
    const title = k % 2 === 0 ? '项目支出绩效自评表' : '项目支出绩效目标自评表';
    blocks.push(line(title, 13), {
      kind: 'grid', widths: [62, 74, 106, 74, 70, 50, 50], rows: [
        row(c(0, '项目名称'), c(1, project, { colSpan: 3 }), c(4, '主管部门'), c(5, '郑州市金水区民政局', { colSpan: 2 })),
        row(c(0, '项目资金（万元）'), c(1, '年初预算数'), c(2, '全年预算数'), c(3, '全年执行数'), c(4, '执行率'), c(5, '分值'), c(6, '得分')),
        row(c(0, '年度资金总额'), c(1, wan(budget)), c(2, wan(budget)), c(3, wan(executed)), c(4, `${(rate * 100).toFixed(2)}%`), c(5, '10'), c(6, fscore.toFixed(2))),
        row(c(0, '一级指标'), c(1, '二级指标'), c(2, '三级指标'), c(3, '年度指标值'), c(4, '实际完成值'), c(5, '分值'), c(6, '得分')),
        ...inds.map((i) => row(c(0, i.l1), c(1, i.l2), c(2, i.name), c(3, i.target), c(4, i.actual), c(5, String(i.weight)), c(6, String(i.score)))),
        row(c(0, '总分', { colSpan: 5 }), c(5, '100'), c(6, total.toFixed(2))),
      ],
    });
    // a page of narrative after most tables (as 决算 reports interleave 自评报告 text): numbers and the
    // words of titles, but no table
    if (k % 9 !== 8) {
      blocks.push({ kind: 'page-break' },
        line(`（${k + 1}）${project}绩效自评情况说明`, 12, 'left'),
        line(`该项目年初预算${wan(budget)}万元，全年执行${wan(executed)}万元，执行率${(rate * 100).toFixed(2)}%。`, 10, 'left'),
        line(`项目支出绩效自评表所列${inds.length}项指标均已完成，自评得分${total.toFixed(2)}分，评价等级为优。`, 10, 'left'),
        { kind: 'page-break' });
      if (k % 5 === 0) blocks.push(line('二、绩效目标实现情况分析', 12, 'left'), line(`1.产出指标完成情况：${inds[0]!.name}目标值${inds[0]!.target}，实际完成${inds[0]!.actual}。`, 10, 'left'), { kind: 'page-break' });
    }
    tables.push(record({ kind: 'project_self_eval', title, year: 2023, project, department: '郑州市金水区民政局',
      funds: [fund('年度资金总额', budget, { annual_budget: budget, executed, weight: 10, rate, score: fscore })],
      indicators: inds.map((i) => ind(i.l1, i.l2, i.name, i.target, { actual: i.actual, weight: i.weight, score: i.score })),
      total: { weight: 100, score: total } }));
  }
  return {
    name: 'long-final-accounts',
    description: `A long 决算 (170-odd pages): a table of contents and a narrative page that must give no table, then ${count} short consistent 项目支出绩效自评表 under two title variants (…自评表 / …目标自评表), most followed by a page of narrative text that quotes their numbers (no table), every ninth flowing straight into the next: one record per table and no warning.`,
    families: ['TOC/narrative pages', 'long 决算 with many tables', 'title variants'],
    sheet: { ...A4_PORTRAIT, margin: 40, fontSize: 9, footer: '— {n} —', blocks },
    tables,
  };
}


export const finalAccountsCases = (): FamilyCase[] => [executionRateHeaderCase(), longFinalAccountsCase(90)];
