/**
 * Word banks for realistic header fields, goals and narrative. Every entry is Simplified
 * Chinese that survives OpenCC cn→tw→cn unchanged (a test checks), uses full-width Chinese
 * punctuation as real tables do, and contains no whitespace: whitespace is only ever added by a
 * named perturbation.
 */
import type { Rng } from './prng.js';

/** Cities with some of their districts, so a department's place reads like a real one. */
export const CITY_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  上海市: ['闵行区', '浦东新区', '徐汇区', '长宁区', '静安区', '普陀区', '杨浦区', '宝山区', '嘉定区', '松江区', '青浦区', '奉贤区'],
  南京市: ['江宁区', '鼓楼区', '玄武区', '秦淮区'],
  杭州市: ['余杭区', '西湖区', '拱墅区', '萧山区'],
  成都市: ['武侯区', '锦江区', '青羊区', '成华区'],
  广州市: ['天河区', '越秀区', '海珠区', '白云区'],
  长沙市: ['雨花区', '岳麓区', '开福区', '芙蓉区'],
  济南市: ['历下区', '市中区', '槐荫区'],
  武汉市: ['洪山区', '江汉区', '武昌区'],
  西安市: ['雁塔区', '碑林区', '未央区'],
  苏州市: ['吴中区', '姑苏区', '相城区'],
  合肥市: ['蜀山区', '包河区', '庐阳区'],
  福州市: ['鼓楼区', '台江区', '仓山区'],
};
export const CITIES = Object.keys(CITY_DISTRICTS);
const DISTRICTS = Object.values(CITY_DISTRICTS).flat();

/** 街道 and 镇 names (without the suffix); the suffix decides the department form. */
export const STREETS = ['翠湖', '滨江', '锦绣', '古美', '浦锦', '城南', '东湖', '望江', '光明', '和平', '新华', '南湖', '北苑', '西园', '龙华', '枫林', '田林', '长桥'] as const;
export const TOWNS = ['安亭', '七宝', '莘庄', '梅陇', '华漕', '马桥', '颛桥', '青山', '石桥', '金泽', '朱家角', '泗泾', '南翔', '江桥'] as const;

export const BUREAUS = [
  '教育局', '民政局', '卫生健康委员会', '文化和旅游局', '体育局', '生态环境局', '财政局', '人力资源和社会保障局',
  '退役军人事务局', '农业农村委员会', '市场监督管理局', '应急管理局', '城市管理行政执法局', '绿化和市容管理局', '科学技术委员会',
] as const;

export const CENTRE_KINDS = [
  '社区党群服务中心', '社区事务受理服务中心', '城市运行管理中心', '社区文化活动中心', '社区卫生服务中心',
  '网格化综合管理中心', '综合行政执法队', '退役军人服务站', '社区养老服务中心', '市民服务中心',
] as const;

export const PROJECT_NAMES = [
  '人才公寓运营补贴', '楼宇党建工作经费', '社区学校运行经费', '党群阵地运行管理费', '居民区自治项目经费', '社区办公运行经费', '青年创业服务经费',
  '老年助餐服务项目', '社区文化活动经费', '垃圾分类推进工作经费', '河道保洁养护', '公共绿地养护经费', '公共卫生应急物资储备',
  '残疾人就业保障', '平安社区建设经费', '智慧社区建设项目', '退役军人服务保障经费', '社区体育赛事活动经费', '为老服务中心运营经费',
  '网格化管理运行经费', '城市运行安全巡查经费', '志愿服务项目经费', '公益创投项目', '家门口服务站运营经费', '小区综合治理经费',
  '美丽家园建设', '防汛防台物资储备', '食品安全监管经费', '普法宣传经费', '青少年暑期活动经费', '人大代表联络站运行经费',
  '“邻里汇”品牌建设', '社区服务中心改造工程', '新时代文明实践站运行经费', '社区微更新项目', '邻里中心运营补贴',
] as const;

const GOAL_CLAUSES = [
  '统筹推进社区公共服务', '做好服务驻区单位、服务社区居民工作', '围绕区委区政府中心工作', '提升基层党组织组织力',
  '完善区域化党建工作格局', '开展各类党建主题活动', '加强党员教育管理', '扩大新兴领域党建覆盖面', '保障中心日常运行',
  '做好设施设备维护更新', '提升居民群众获得感和满意度', '健全完善体制机制', '推动社区治理精细化', '打造十五分钟社区生活圈',
  '做好困难群众帮扶工作', '丰富社区居民文化生活', '强化安全隐患排查整治', '落实垃圾分类工作要求', '优化为老服务供给',
  '加强志愿者队伍建设', '推进公共服务标准化建设', '营造良好的人才发展环境', '深化“楼宇走访”行动', '提升社区工作者专业能力',
] as const;

const RESULT_CLAUSES = [
  '全年开展党建活动{n}场', '服务党员群众{n}人次', '完成设施维护{n}项', '发放各类补贴{n}人', '组织专题培训{n}期',
  '覆盖居民区{n}个', '走访慰问困难群众{n}户', '完成年度工作任务', '各项工作有序推进', '中心运行平稳有序',
  '群众满意度稳步提升', '节约使用资金，支出有所压减', '受场地调整影响部分活动延期开展', '形成一批可复制的工作经验',
] as const;

const DEVIATIONS = [
  '受场地调整影响，部分活动未开展', '年初预算测算偏高，执行进度低于预期，下一年度将细化预算编制。', '部分采购项目实际支出低于预算',
  '个别活动质量未达预期', '场馆临时关闭，服务人次未达目标', '部分项目延期至下一年度实施', '采购流程较长，进度滞后',
  '下一步将加强预算执行监控', '个别服务对象反馈意见尚未全部落实', '受天气影响，部分户外活动取消',
] as const;

const DUTIES = [
  '(一)负责辖区公共服务事项的组织实施；', '(二)统筹社区服务设施的运行和管理；', '(三)组织开展社区工作者培训；',
  '(四)协调驻区单位参与社区治理；', '(五)组织开展群众性文化体育活动；', '(六)完成上级交办的其他工作。',
] as const;

const NARRATIVE = [
  '一、项目基本情况', '二、绩效目标完成情况分析', '三、偏差情况及原因分析', '四、下一步改进措施', '附件',
  '{place}坚持以人民为中心的发展思想，统筹推进各项重点工作。', '本年度资金使用严格按照预算管理要求执行，未发现违规使用情况。',
  '经自评，项目总体完成情况良好，各项工作按计划推进。', '{year}年，{place}认真落实上级部署，扎实推进基层治理各项任务。',
  '下一步，将进一步加强预算执行管理，提高资金使用效益。',
] as const;

export interface Place {
  readonly city: string;
  readonly district: string;
  /** 翠湖街道 / 安亭镇 */
  readonly locality: string;
  readonly isTown: boolean;
}

export function randomPlace(rng: Rng): Place {
  const isTown = rng.chance(0.45);
  const locality = isTown ? `${rng.pick(TOWNS)}镇` : `${rng.pick(STREETS)}街道`;
  const city = rng.pick(CITIES);
  return { city, district: rng.pick(CITY_DISTRICTS[city]!), locality, isTown };
}

/** 主管部门: …镇人民政府 / …街道(汇总) / …街道办事处 / …区…局 */
export function randomDepartment(rng: Rng, place: Place): string {
  const roll = rng.next();
  if (roll < 0.2) return `${place.city}${place.district}${rng.pick(BUREAUS)}`;
  if (place.isTown) return `${place.city}${place.district}${place.locality}人民政府`;
  return rng.chance(0.5) ? `${place.city}${place.district}${place.locality}(汇总)` : `${place.city}${place.district}${place.locality}办事处`;
}

export function randomImplementer(rng: Rng, place: Place): string {
  return `${rng.chance(0.8) ? place.city + place.district : ''}${place.locality}${rng.pick(CENTRE_KINDS)}`;
}

const fillNumber = (rng: Rng, s: string): string => s.replace('{n}', String(rng.pick([3, 8, 12, 20, 36, 48, 120, 256, 640, 1280])));

/** A goal paragraph of `clauses` clauses, Chinese punctuation, ending with 。 */
export function randomGoal(rng: Rng, clauses: number): string {
  return rng.sample(GOAL_CLAUSES, clauses).join('，') + '。';
}

export function randomResult(rng: Rng, clauses: number): string {
  return rng.sample(RESULT_CLAUSES, clauses).map((c) => fillNumber(rng, c)).join('；') + '。';
}

export const randomDeviation = (rng: Rng): string => rng.pick(DEVIATIONS);

export const randomDuties = (rng: Rng): string => rng.sample(DUTIES, rng.int(3, DUTIES.length)).join('');

export function randomNarrative(rng: Rng, place: Place, year: number): string {
  return rng.pick(NARRATIVE).replace('{place}', place.district + place.locality).replace('{year}', String(year));
}

/** Every bank, for the round-trip and hygiene tests. */
export const ALL_BANK_TEXT: readonly string[] = [
  ...CITIES, ...DISTRICTS, ...STREETS, ...TOWNS, ...BUREAUS, ...CENTRE_KINDS, ...PROJECT_NAMES, ...GOAL_CLAUSES,
  ...RESULT_CLAUSES, ...DEVIATIONS, ...DUTIES, ...NARRATIVE,
];
