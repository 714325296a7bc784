/**
 * Printed forms of 年度指标值 / 实际完成值, as they occur in real tables. Each form yields the
 * printed target and actual; the canonical strings are derived later by the oracle, never here.
 * `parseable` says whether CONVENTIONS fixes target_parsed / actual_parsed for the form (forms
 * with free text around the number are left unchecked).
 */
import type { Rng } from './prng.js';

export interface PrintedPair {
  readonly form: string;
  readonly target: string;
  readonly actual: string;
  readonly parseable: boolean;
}

type Form = (rng: Rng) => Omit<PrintedPair, 'form'>;

const pct = (rng: Rng): string => rng.pick(['100%', '98.30%', '95%', '90%', '99%', '100.00%']);

export const VALUE_FORMS: Readonly<Record<string, Form>> = {
  percent: (rng) => ({ target: '100%', actual: pct(rng), parseable: true }),
  atLeastPercent: (rng) => ({ target: '≥90%', actual: rng.pick(['≥90%', '95%', '92.50%']), parseable: true }),
  atLeastParenPercent: (rng) => ({ target: '≥90.00(%)', actual: rng.pick(['≥90.00(%)', '≥95.00(%)', '96.00(%)']), parseable: true }),
  asciiAtLeast: (rng) => ({ target: '>=90', actual: rng.pick(['>=90', '>=95', '92']), parseable: true }),
  plusParenPercent: () => ({ target: '+100.00(%)', actual: '+100.00(%)', parseable: true }),
  plusParenPeople: (rng) => ({ target: `+${rng.pick(['70', '120', '35'])}.00(人)`, actual: '+70.00(人)', parseable: true }),
  range: (rng) => ({ target: rng.pick(['95%-100%', '85%-100%']), actual: rng.pick(['100%', '98%']), parseable: true }),
  atMost: (rng) => ({ target: rng.pick(['≤10%', '<=10%', '≤5%']), actual: rng.pick(['≤10%', '3.50%', '8%']), parseable: true }),
  times: (rng) => ({ target: `≥${rng.pick([12, 24, 36])}次`, actual: rng.pick(['≥36次', '40次', '36次']), parseable: true }),
  greaterPeople: (rng) => ({ target: rng.pick(['>600人', '>2000人次', '≥8000.00(人)']), actual: rng.pick(['>600人', '≤1500人', '8200人']), parseable: true }),
  items: (rng) => ({ target: rng.pick(['2项(绿化养护、设备检修)', '1项(编印社区宣传手册)', '3项（场地保洁、安保巡查及会务保障）']), actual: rng.pick(['2', '1', '3项']), parseable: false }),
  decimalItems: (rng) => ({ target: rng.pick(['2.00项', '+2.00(项)', '≥30.00(次)']), actual: rng.pick(['2项', '30次', '2.00项']), parseable: true }),
  tenThousand: (rng) => ({ target: rng.pick(['1万人', '>1万人']), actual: rng.pick(['1.2万人', '>1万人']), parseable: true }),
  months: () => ({ target: '12个月', actual: '12个月', parseable: true }),
  rateText: (rng) => ({ target: rng.pick(['完成率 100%', '参与率 100%', '满意度 100%']), actual: rng.pick(['完成率 100%', '90%', '95%']), parseable: true }),
  count: (rng) => {
    const n = rng.pick(['150', '2400', '56', '17', '1280 人', '24 家', '6 人']);
    return { target: n, actual: n, parseable: true };
  },
  text: (rng) => {
    const t = rng.pick(['健全', '及时', '提升', '规范', '合规', '充分', '完整', '有效', '到位', '准确', '运行正常', '及时、规范']);
    return { target: t, actual: rng.chance(0.85) ? t : rng.pick(['基本完成', '较好']), parseable: true };
  },
  longText: (rng) => ({ target: rng.pick(['组织街道级文体比赛全年12场，开展邻里节系列展演、比赛', '第二季度（场馆维修、器材更新）', '平均每周不少于2次']), actual: rng.pick(['达到预期', '及时']), parseable: false }),
  zero: () => ({ target: '0', actual: '0', parseable: true }),
  missingActual: (rng) => ({ target: rng.pick(['100%', '健全']), actual: rng.pick(['—', '/', '无', '']), parseable: true }),
};

export type ValueFormName = keyof typeof VALUE_FORMS;

/** Forms that fit a 绩效目标申报表 (only a target is printed). */
export const DECLARATION_FORMS: readonly string[] = ['plusParenPercent', 'plusParenPeople', 'atLeastParenPercent', 'decimalItems', 'greaterPeople', 'months', 'text', 'longText', 'percent'];
export const SELF_EVAL_FORMS: readonly string[] = Object.keys(VALUE_FORMS).filter((f) => f !== 'zero');

export function randomPair(rng: Rng, forms: readonly string[]): PrintedPair {
  const form = rng.pick(forms);
  return { form, ...VALUE_FORMS[form]!(rng) };
}
