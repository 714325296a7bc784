import OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;

/**
 * OpenCC `t2s` (generic Traditional → Simplified). Chosen over `tw2s`/`hk2s` because it leaves
 * Simplified text alone: `tw2s` also rewrites 著 → 着 and 么 → 幺 (`显著` → `显着`), which would
 * damage Simplified text in a document the detector called Traditional. The price: Taiwan-style
 * particles stay 著 (`隨著` → `随著`). Built lazily, on the first Traditional document.
 */
let converter: Convert | undefined;
const convert: Convert = (text) => (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }))(text);

/** Below U+2E80 nothing is Chinese, so OpenCC has nothing to change. */
const HAS_CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uD840-\uD8BF]/;

/** CONVENTIONS rule 3: Traditional → Simplified (`財政項目支出績效自評表` → `财政项目支出绩效自评表`). */
export function toSimplified(s: string): { text: string; changed: boolean } {
  if (!HAS_CJK.test(s)) return { text: s, changed: false };
  const text = convert(s);
  return { text, changed: text !== s };
}

/**
 * Frequent characters that exist only in Traditional script, paired position by position with
 * their Simplified forms (a test checks that OpenCC agrees with every pair).
 */
export const TRADITIONAL_MARKERS =
  '財項績評據實際與為數導體說見來時們會員動長開關聯門問題點還這產當總報價區縣標滿務預執劃計經費資設發質響續並對應請單構專選條處織黨書記鎮級識規範達雙網絡歷顯進辦險環節舉個過機頭車廣學習營業證參興議論傳統';
export const SIMPLIFIED_COUNTERPARTS =
  '财项绩评据实际与为数导体说见来时们会员动长开关联门问题点还这产当总报价区县标满务预执划计经费资设发质响续并对应请单构专选条处织党书记镇级识规范达双网络历显进办险环节举个过机头车广学习营业证参兴议论传统';

const TRADITIONAL = new Set(TRADITIONAL_MARKERS);
const SIMPLIFIED = new Set(SIMPLIFIED_COUNTERPARTS);

/** Fewer marker hits than this is not evidence of anything (a quoted name, one OCR slip). */
const MIN_TRADITIONAL_HITS = 2;

/**
 * Cheap per-document detector: counts marker characters against their Simplified forms.
 * Traditional when at least two markers occur and they outnumber the Simplified forms; a
 * Simplified document quoting a Traditional name stays Simplified. Erring towards Traditional
 * is cheap because `toSimplified` does not alter Simplified text.
 */
export function looksTraditional(s: string): boolean {
  let traditional = 0;
  let simplified = 0;
  for (const ch of s) {
    if (TRADITIONAL.has(ch)) traditional++;
    else if (SIMPLIFIED.has(ch)) simplified++;
  }
  return traditional >= MIN_TRADITIONAL_HITS && traditional > simplified;
}

/** A cell holding any marker character is converted even in a Simplified document (mixed OCR output). */
export const hasTraditionalMarker = (s: string): boolean => {
  for (const ch of s) if (TRADITIONAL.has(ch)) return true;
  return false;
};
