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

/** Short verdict words printed as target/actual values (健全, 及时, 合规 …), never indicator names. */
const VERDICTS = /^(健全|完善|及时|合规|规范|完整|有效|一致|充分|达标|合格|满意|基本满意|提升|提高|改善|正常|正常进行|是|否|有|无|良好|优|良|较好|好|明显|显著|完成|已完成|未完成|按时完成|全年|年内|达成指标|展现|适应|精准|多样|保障|知晓|安全|稳定|持续|准确)$/;

export const isValueLike = (text: string): boolean => {
  const t = text.replace(/\s+/g, '');
  return cellType(t) === 'number' || VERDICTS.test(t) || /^[≥≤><=+]/.test(t) || /^\d+(\.\d+)?%/.test(t);
};
