/** A tiny hand-rolled table writer for the matcher's unit tests (independent of scripts/generate). */
export interface Ind { l1: string; l2: string; name: string; target: string; actual: string; weight: number; score: number }

export type LabelAt = 'first' | 'middle' | 'last';

export function projectTable(inds: Ind[], opts: { labelAt?: LabelAt; shift?: Record<number, number>; sep?: string; total?: [number, number]; funds?: string[]; l1Wrap?: boolean } = {}): string {
  const sep = opts.sep ?? '\t';
  const labelAt = opts.labelAt ?? 'first';
  const lines = [
    '财政项目支出绩效自评表', '（2023年度）',
    ['项目名称', '', '测试项目'].join(sep),
    ['主管部门', '', '某区某局', '', '实施单位', '某中心'].join(sep),
    ['项目资金 (万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].join(sep),
    ['', '年度资金总额', ...(opts.funds ?? ['10', '10', '10', '10', '100%', '10'])].join(sep),
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].join(sep),
  ];
  // groups of consecutive rows with equal l1 / l2
  const labelRow = (key: (i: Ind) => string) => {
    const at = new Map<number, string>();
    let start = 0;
    for (let i = 1; i <= inds.length; i++) {
      if (i === inds.length || key(inds[i]!) !== key(inds[start]!)) {
        const end = i - 1;
        const pos = labelAt === 'first' ? start : labelAt === 'last' ? end : Math.floor((start + end) / 2);
        at.set(pos, key(inds[start]!));
        start = i;
      }
    }
    return at;
  };
  const l1At = labelRow((i) => i.l1);
  const l2At = labelRow((i) => i.l1 + '/' + i.l2);
  inds.forEach((ind, k) => {
    let cells = [l1At.has(k) ? ind.l1 : '', l2At.has(k) ? ind.l2 : '', ind.name, ind.target, ind.actual, String(ind.weight), String(ind.score), ''];
    const s = opts.shift?.[k] ?? 0;
    if (s > 0) cells = [...new Array(s).fill(''), ...cells];
    if (s < 0) cells = cells.slice(-s);
    lines.push(cells.join(sep));
  });
  const total = opts.total ?? [inds.reduce((a, i) => a + i.weight, 10), inds.reduce((a, i) => a + i.score, 10)];
  lines.push(['总分', '', '', '', '', String(total[0]), String(total[1]), ''].join(sep));
  return lines.join('\n') + '\n';
}

/** A realistic indicator set whose weights sum to 90 (funds 分值 10 makes 100). */
export const STANDARD: Ind[] = [
  { l1: '产出指标', l2: '数量指标', name: '培训场次完成数', target: '≥20场', actual: '22场', weight: 10, score: 10 },
  { l1: '产出指标', l2: '数量指标', name: '服务人数', target: '≥500人', actual: '520人', weight: 10, score: 10 },
  { l1: '产出指标', l2: '数量指标', name: '年内调研', target: '4次', actual: '4次', weight: 10, score: 10 },
  { l1: '产出指标', l2: '质量指标', name: '培训合格率', target: '≥95%', actual: '96%', weight: 10, score: 10 },
  { l1: '产出指标', l2: '时效指标', name: '资金拨付及时率', target: '100%', actual: '100%', weight: 10, score: 10 },
  { l1: '效益指标', l2: '社会效益指标', name: '政策知晓率', target: '≥90%', actual: '92%', weight: 10, score: 10 },
  { l1: '效益指标', l2: '社会效益指标', name: '居民参与度', target: '提升', actual: '提升', weight: 10, score: 10 },
  { l1: '效益指标', l2: '可持续影响指标', name: '长效管理机制健全性', target: '健全', actual: '健全', weight: 10, score: 10 },
  { l1: '满意度指标', l2: '服务对象满意度指标', name: '参训人员满意度', target: '≥90%', actual: '95%', weight: 5, score: 5 },
  { l1: '满意度指标', l2: '服务对象满意度指标', name: '居民满意度', target: '≥90%', actual: '93%', weight: 5, score: 5 },
];
