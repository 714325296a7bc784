/**
 * What an indicator's own wording says about its 二级 group. Templates name indicators
 * with stock suffixes (…及时率 is 时效, …达标率 is 质量, …满意度 is 满意度), so the wording is
 * strong evidence where printed labels are missing or misplaced.
 */
export interface NameEvidence {
  readonly group: string;
  readonly strength: number;
}

const RULES: ReadonlyArray<readonly [string, number, RegExp]> = [
  ['服务对象满意度指标', 3, /满意(度|率)|满意$/],
  ['时效指标', 2.5, /及时(率|性)?|按时|准时|时效|完成时间|完成期限|周期|进度|时限|(当|本)年度?内?完成|年度?内完成|\d+月(底|前|中旬|上旬|下旬)/],
  ['质量指标', 2.5, /达标|合格|质量|优良|通过率|准确(率|性)|规范(性|率)?|合规(性|率)?|验收|精准|标准化|差错|完好率|安全(事故|率)|满足.*要求|符合.*要求/],
  ['成本指标', 2.5, /成本|预算内|预算控制|节约率|单价|费用控制|经费控制|控制在/],
  ['可持续影响指标', 2.5, /长效|机制|制度(健全|建设|完善)|健全(性)?$|可持续|持续(发挥|运行|影响)|长期/],
  ['生态效益指标', 2.5, /生态|环境(质量|改善|保护)|绿化|节能|减排|污染|碳|水质|空气/],
  ['经济效益指标', 2.5, /经济效益|经济收益|增收|收入|产值|带动.*(就业|投资|消费)|节约资金|税收|利润/],
  ['社会效益指标', 1.5, /覆盖(率|面)|参与(率|度)|知晓(率|度)|影响力|社会效益|社会影响|受益|改善|提升|提高|保障|辐射|宣传|普及|成效|水平|素质|能力|作用|氛围/],
  ['数量指标', 1.5, /完成(率|数|量|个数|次数)|人数|人次|数量|次数|场次|个数|户数|场数|面积|(开展|举办|发放|培训|服务|覆盖|维护|购买|采购).*(数|次|场|人|个|项|户)$|完成.{0,12}(工作|建设)$|^完成/],
];

export function nameEvidence(name: string): NameEvidence | null {
  let best: NameEvidence | null = null;
  for (const [group, strength, re] of RULES) {
    if (re.test(name) && (!best || strength > best.strength)) best = { group, strength };
  }
  return best;
}
