/**
 * Unit words printed after a number in target/actual cells. Used to end a unit where the text
 * goes on (`12月中旬` → `月`, `5个工作日内` → `个工作日`): the longest listed word that starts
 * the text after the number is the unit.
 */
export const UNIT_WORDS: readonly string[] = [
  // ratios and symbols
  '%', '‰', '℃', '㎡', '个百分点', '百分点', '倍', '分',
  // counts of things and people
  '个', '次', '人', '人次', '万人', '万人次', '户', '户次', '家', '场', '场次', '项', '件', '份', '本', '册', '篇',
  '期', '批', '名', '位', '座', '栋', '幢', '间', '套', '台', '辆', '部', '条', '处', '所', '支', '只', '头', '株',
  '棵', '张', '块', '根', '盏', '床', '节', '班', '课时', '学时', '点', '种', '类', '组', '队', '村', '个村',
  '个社区', '万册', '万份', '万件', '万次', '万户', '万',
  '亿', '千', '百',
  // measures
  '亩', '万亩', '公顷', '平方米', '万平方米', '平方公里', '立方米', '米', '公里', '千米', '吨', '万吨', '千克', '公斤', '斤',
  '千瓦', '千瓦时', '度',
  // money
  '元', '万元', '亿元', '元/人', '元/年', '万元/年',
  // time
  '年', '个月', '月', '周', '天', '日', '小时', '分钟', '工作日', '个工作日', '季度', '个季度', '岁',
];

/** Durations: after these, `内` means "within" (`3天内` is ≤ 3 天); after `2项` it does not (`2项内容`). */
export const TIME_UNIT_WORDS: ReadonlySet<string> = new Set(['年', '个月', '月', '周', '天', '日', '小时', '分钟', '工作日', '个工作日', '季度', '个季度']);

/** Longest first, so `万人次` wins over `万人` and `万`. */
const BY_LENGTH = [...UNIT_WORDS].sort((a, b) => b.length - a.length);

/** The longest unit word that `text` starts with, or null. */
export function leadingUnitWord(text: string): string | null {
  return BY_LENGTH.find((u) => text.startsWith(u)) ?? null;
}

export const isUnitWord = (text: string): boolean => UNIT_WORDS.includes(text);
