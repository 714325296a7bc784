import { A4_PORTRAIT, type DBlock, type DRow } from './drawn-sheet.js';
import { c, fund, ind, line, record, row, type FamilyCase, type Ind } from './family-parts.js';

/**
 * 绩效目标申报表 families: title variants (表十二 …填报表, 政策和项目预算绩效目标表, 部门整体预算绩效目标申报表),
 * header variants (年度(/项目)指标值, 目标值, 实施周期指标值 beside 年度指标值), and level labels printed
 * vertically or lost in a merged cell cut by a page break.
 */
type Level1 = NonNullable<Ind['level1']>;
/** 一级, 二级, 三级, 年度 target, and the 实施周期 value where the form prints one */
type Row3 = readonly [Level1, string, string, string, string?];

const FORMS: ReadonlyArray<{
  readonly label: string | null;
  readonly title: string;
  readonly project: string;
  readonly department: string;
  readonly implementer: string;
  readonly amount: string;
  readonly yuan: number;
  readonly goal: string;
  /** the target column's header, and an optional column printed before it */
  readonly targetHeader: string;
  readonly periodHeader?: string;
  readonly rows: readonly Row3[];
}> = [
  {
    label: '表十二', title: '2024年度项目支出绩效目标填报表', project: '城区公厕提升改造', department: '南宁市城市管理委员会', implementer: '南宁市环境卫生管理处',
    amount: '480.00', yuan: 4800000, goal: '完成城区40座公厕提升改造，改善如厕环境。', targetHeader: '年度(/项目)指标值',
    rows: [['产出指标', '数量指标', '提升改造公厕数量', '≥40座'], ['产出指标', '质量指标', '改造工程验收合格率', '100%'], ['效益指标', '社会效益指标', '如厕环境', '明显改善'], ['满意度指标', '服务对象满意度指标', '市民满意度', '≥90%']],
  },
  {
    label: null, title: '政策和项目预算绩效目标表', project: '义务教育学生营养改善计划', department: '贵阳市教育局', implementer: '贵阳市学生资助管理中心',
    amount: '3,650.00', yuan: 36500000, goal: '为农村义务教育学生提供营养膳食补助，改善学生营养状况。', targetHeader: '目标值',
    rows: [['产出指标', '数量指标', '受益学生人数', '≥7.3万人'], ['产出指标', '成本指标', '膳食补助标准', '5元/人·天'], ['效益指标', '可持续影响指标', '学生营养健康状况', '持续改善'], ['满意度指标', '服务对象满意度指标', '家长满意度', '≥90%']],
  },
  {
    label: null, title: '部门整体预算绩效目标申报表', project: '', department: '昆明市生态环境局', implementer: '昆明市生态环境局',
    amount: '12,870.50', yuan: 128705000, goal: '持续改善滇池水质和空气质量，守牢生态环境安全底线。', targetHeader: '年度指标值', periodHeader: '实施周期指标值',
    rows: [['产出指标', '数量指标', '入湖河道水质监测断面数', '≥35个', '≥105个'], ['产出指标', '时效指标', '突发环境事件响应时间', '≤1小时', '≤1小时'], ['效益指标', '生态效益指标', '空气质量优良天数比率', '≥98%', '≥97%'], ['满意度指标', '服务对象满意度指标', '公众生态环境满意度', '≥85%', '≥80%']],
  },
];

/** Three short declarations, one per page, each with its own title and target-column header. */
function titleVariantsCase(): FamilyCase {
  const blocks: DBlock[] = [];
  FORMS.forEach((f, k) => {
    if (k > 0) blocks.push({ kind: 'page-break' });
    const wide = f.periodHeader !== undefined;
    const rows: DRow[] = [
      row(c(0, f.project ? '项目名称' : '部门名称'), c(1, f.project || f.department, { colSpan: 4 })),
      ...(f.project ? [row(c(0, '主管部门'), c(1, f.department, { colSpan: 2 }), c(3, '实施单位'), c(4, f.implementer))] : []),
      row(c(0, '年度资金总额（万元）'), c(1, f.amount, { colSpan: 4 })),
      row(c(0, '年度绩效目标'), c(1, f.goal, { colSpan: 4 })),
      row(c(0, '一级指标'), c(1, '二级指标'), c(2, '三级指标', { colSpan: wide ? 1 : 2 }), ...(wide ? [c(3, f.periodHeader!)] : []), c(4, f.targetHeader)),
      ...f.rows.map(([l1, l2, name, target, period]) => row(c(0, l1), c(1, l2), c(2, name, { colSpan: wide ? 1 : 2 }), ...(wide ? [c(3, period ?? '')] : []), c(4, target))),
    ];
    blocks.push(line(f.label ? `${f.label} ${f.title}` : f.title, 14), line(f.title.startsWith('2024') ? '' : '（2024年度）', 9), { kind: 'grid', widths: [90, 90, 150, 90, 110], rows });
  });
  return {
    name: 'declaration-title-variants',
    description: 'Three 绩效目标 forms of other provinces, one per page: 表十二 2024年度项目支出绩效目标填报表 (target header 年度(/项目)指标值), 政策和项目预算绩效目标表 (目标值), 部门整体预算绩效目标申报表 with an 实施周期指标值 column printed before 年度指标值 (the target is the 年度 value). One 万元 amount each; no weights.',
    families: ['title variants (填报表, 政策和项目预算绩效目标表, 部门整体预算绩效目标申报表, 表十二)', 'header variants (年度(/项目)指标值, 目标值, 实施周期指标值)'],
    sheet: { ...A4_PORTRAIT, margin: 50, fontSize: 10, blocks },
    tables: FORMS.map((f, k) => record({
      title: f.label ? `${f.label}${f.title}` : f.title, year: 2024, project: f.project || null, department: f.department, implementer: f.project ? f.implementer : null,
      funds: [fund('年度资金总额', f.yuan)], goals: { expected: f.goal, actual: null }, pages: [k + 1],
      indicators: f.rows.map(([l1, l2, name, target]) => ind(l1, l2, name, target)),
    })),
  };
}

/**
 * A declaration whose 一级 labels are printed one character per line in a narrow column, and whose
 * long 数量指标 group is cut by a page break: the merged 二级 cell prints its label on the first page
 * only, the rows on the next page carry no label and no repeated header.
 */
function lostLabelsCase(): FamilyCase {
  const counted = Array.from({ length: 46 }, (_, k) => [`第${k + 1}批次农村饮水工程维修养护村数`, `≥${10 + k}个`] as const);
  const groups: ReadonlyArray<readonly [Level1, string, ReadonlyArray<readonly [string, string]>]> = [
    ['产出指标', '数量指标', counted],
    ['产出指标', '质量指标', [['维修工程验收合格率', '100%']]],
    ['效益指标', '社会效益指标', [['农村供水保障率', '≥95%']]],
    ['满意度指标', '服务对象满意度指标', [['受益群众满意度', '≥90%']]],
  ];
  const rows: DRow[] = [
    row(c(0, '项目名称', { colSpan: 2 }), c(2, '农村饮水工程维修养护', { colSpan: 2 })),
    row(c(0, '年度资金总额（万元）', { colSpan: 2 }), c(2, '1,260.00', { colSpan: 2 })),
    row(c(0, '一级指标'), c(1, '二级指标'), c(2, '三级指标'), c(3, '指标值')),
  ];
  const inds: Ind[] = [];
  for (const l1 of ['产出指标', '效益指标', '满意度指标'] as const) {
    const mine = groups.filter((g) => g[0] === l1);
    const n = mine.reduce((a, g) => a + g[2].length, 0);
    let first = true;
    for (const [, l2, list] of mine) {
      list.forEach(([name, target], k) => {
        rows.push(row(...(first ? [c(0, [...l1].join('\n'), { rowSpan: n, align: 'center' as const })] : []), ...(k === 0 ? [c(1, l2, { rowSpan: list.length })] : []), c(2, name), c(3, target, { align: 'center' })));
        inds.push(ind(l1, l2, name, target));
        first = false;
      });
    }
  }
  return {
    name: 'declaration-lost-labels',
    description: 'A 项目支出绩效目标申报表 (portrait) whose 一级 labels are printed vertically, one character per line, in a narrow merged column; the 46-row 数量指标 group runs over a page break and its merged 二级 cell prints the label on the first page only (no repeated header on page 2): the rows there still belong to 产出指标 / 数量指标.',
    families: ['level labels lost (vertical text, merged cells cut by a page break)'],
    sheet: { ...A4_PORTRAIT, margin: 50, fontSize: 10, blocks: [line('项目支出绩效目标申报表', 15), line('（2025年度）', 10), { kind: 'grid', widths: [30, 90, 260, 110], rows }] },
    tables: [record({ title: '项目支出绩效目标申报表', year: 2025, project: '农村饮水工程维修养护', funds: [fund('年度资金总额', 12600000)], indicators: inds, pages: [1, 2] })],
  };
}

const CUT_PROJECTS: ReadonlyArray<{ readonly name: string; readonly yuan: number; readonly goal: string; readonly rows: readonly (readonly [Level1, string, string, string, number])[] }> = [
  { name: '自然资源确权登记及不动产统一登记数据整合建设项目（二期）', yuan: 3268000, goal: '完成全市不动产登记存量数据整合，实现登记数据统一管理和共享。', rows: [
    ['产出指标', '数量指标', '整合不动产登记存量数据量', '≥120万条', 30], ['产出指标', '质量指标', '数据整合准确率', '≥99%', 30],
    ['效益指标', '社会效益指标', '登记业务办理时限压缩', '≤3个工作日', 20], ['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥95%', 20]] },
  { name: '国土空间生态修复及历史遗留废弃矿山综合治理专项资金项目', yuan: 15420000, goal: '治理历史遗留废弃矿山12处，恢复治理面积不少于85公顷。', rows: [
    ['产出指标', '数量指标', '治理废弃矿山数量', '≥12处', 25], ['产出指标', '数量指标', '恢复治理面积', '≥85公顷', 25], ['产出指标', '时效指标', '工程完工时间', '2025年11月底前', 10],
    ['效益指标', '生态效益指标', '矿区植被覆盖率提高', '≥30%', 20], ['效益指标', '可持续影响指标', '治理成果管护期', '≥3年', 10], ['满意度指标', '服务对象满意度指标', '周边群众满意度', '≥90%', 10]] },
  { name: '全民所有自然资源资产清查及所有权委托代理试点工作经费项目', yuan: 986000, goal: '完成全民所有自然资源资产清查，建立资产清单和代理履职台账。', rows: [
    ['产出指标', '数量指标', '清查资源资产类型', '≥5类', 30], ['产出指标', '质量指标', '清查成果通过省级审核', '通过', 30],
    ['效益指标', '社会效益指标', '资产家底清晰程度', '明显提高', 20], ['满意度指标', '服务对象满意度指标', '相关部门满意度', '≥90%', 20]] },
  { name: '海岸带保护修复及海洋生态预警监测能力提升项目（续建）', yuan: 7355000, goal: '修复受损岸线4.2公里，建成海洋生态预警监测站点6个。', rows: [
    ['产出指标', '数量指标', '修复受损岸线长度', '≥4.2公里', 30], ['产出指标', '数量指标', '建成预警监测站点', '=6个', 20], ['产出指标', '质量指标', '工程验收合格率', '100%', 20],
    ['效益指标', '生态效益指标', '自然岸线保有率', '≥40%', 20], ['满意度指标', '服务对象满意度指标', '沿海群众满意度', '≥90%', 10]] },
];

/**
 * A list of projects (表14-3 …) under a `单位名称：[305]…` line, with long project names in a narrow
 * merged cell: a name cut by a page break continues on the next page inside the same cell.
 */
function cutNamesCase(): FamilyCase {
  const title = '表14-3 2025年度项目支出绩效目标表';
  const rows: DRow[] = [row(c(0, '项目名称'), c(1, '项目金额（万元）'), c(2, '年度绩效目标'), c(3, '一级指标'), c(4, '二级指标'), c(5, '三级指标'), c(6, '指标值'), c(7, '权重(%)'))];
  for (const p of [...CUT_PROJECTS, ...CUT_PROJECTS.map((q) => ({ ...q, name: q.name.replace('项目', '配套项目'), yuan: q.yuan + 100000 }))]) {
    p.rows.forEach(([l1, l2, name, target, weight], k) => rows.push(row(
      ...(k === 0 ? [c(0, p.name, { rowSpan: p.rows.length, flow: true }), c(1, (p.yuan / 10000).toFixed(2), { rowSpan: p.rows.length }), c(2, p.goal, { rowSpan: p.rows.length, flow: true })] : []),
      c(3, l1), c(4, l2), c(5, name), c(6, target), c(7, String(weight)))));
  }
  const projects = [...CUT_PROJECTS, ...CUT_PROJECTS.map((q) => ({ ...q, name: q.name.replace('项目', '配套项目'), yuan: q.yuan + 100000 }))];
  return {
    name: 'list-cut-names-coded-unit',
    description: 'A 表14-3 项目支出绩效目标表 (portrait) under a 单位名称：[305]日照市自然资源和规划局 line: eight projects with long names in a narrow merged 项目名称 cell; where a project crosses a page break its name and goal continue on the next page inside the same cell (no header repeated). Weights per project add up to 100.',
    families: ['project name cut by a page break inside its cell', 'code before the department name ([305])', '表14-x title label', 'list target'],
    sheet: { ...A4_PORTRAIT, margin: 40, fontSize: 10, blocks: [line(title, 14), line('单位名称：[305]日照市自然资源和规划局', 10, 'left'), { kind: 'grid', widths: [62, 48, 92, 50, 56, 110, 62, 35], rows, breakAfter: [25] }] },
    tables: projects.map((p) => record({ layout: 'list target', title, year: 2025, project: p.name, department: '日照市自然资源和规划局', funds: [fund('项目金额', p.yuan)],
      goals: { expected: p.goal, actual: null }, pages: [], indicators: p.rows.map(([l1, l2, name, target, weight]) => ind(l1, l2, name, target, { weight })) })),
  };
}

export const declarationCases = (): FamilyCase[] => [titleVariantsCase(), lostLabelsCase(), cutNamesCase()];
