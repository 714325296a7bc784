/** What kind of content a cell holds — evidence for which column it belongs to. */
export type CellType = 'number' | 'measure' | 'short_text' | 'long_text';

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const MEASURE = /\d/;

const memo = new Map<string, CellType>();

export function cellType(text: string): CellType {
  // values repeat a lot (100%, 完成率100%, 5); long texts rarely do and would only hold memory
  if (text.length > 16) return classify(text);
  let k = memo.get(text);
  if (k === undefined) {
    if (memo.size > 20_000) memo.clear();
    k = classify(text);
    memo.set(text, k);
  }
  return k;
}

function classify(text: string): CellType {
  const t = text.replace(/\s+/g, '');
  if (NUMBER.test(t)) return 'number';
  if (MEASURE.test(t) && t.length <= 24) return 'measure';
  return t.length >= 15 ? 'long_text' : 'short_text';
}

/**
 * A verdict printed as a target/actual value (健全, 基本完成, 运行正常, 达到预期, 及时、规范) — never an
 * indicator's name. Built from the vocabulary of assessment, not from any table's wording: an
 * optional degree or aspect word, one evaluative word, an optional trailing word of what was met.
 */
const DEGREE = '(?:基本|较为|较|很|已|未|均|全部|全面|总体|按时|如期|运行|工作|进展)?';
const EVALUATIVE = '(?:健全|完善|及时|合规|规范|完整|有效|一致|充分|达标|合格|满意|提升|提高|改善|正常|良好|稳定|准确|安全|到位|落实|完成|达成|达到|实现|符合|显著|明显|持续|优秀|是|否|有|无|优|良|好|全年|年内)';
const MET = '(?:进行|运行|指标|目标|要求|预期|计划|标准)?';
const VERDICT = new RegExp(`^${DEGREE}${EVALUATIVE}${MET}$`);
const isVerdict = (t: string): boolean => t.length <= 6 && t.split(/[、，,/]/).every((part) => VERDICT.test(part));

export const isValueLike = (text: string): boolean => {
  const t = text.replace(/\s+/g, '');
  return cellType(t) === 'number' || isVerdict(t) || /^[≥≤><=+]/.test(t) || /^\d+(\.\d+)?%/.test(t);
};
