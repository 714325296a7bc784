import type { FindingCode } from './finding-codes.js';

/**
 * Every sentence the tool says to a person, in English and Chinese, keyed by a stable code. The
 * codes (finding codes and the CLI's own) never change with the language: scripts and SQL key on
 * them, people read the text. The language is Chinese when `--lang zh` is given or the locale is
 * Chinese (`LC_ALL`, `LC_MESSAGES`, `LANG` = `zh_*`), English otherwise.
 */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set. */
export function languageFromEnv(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh([_.-]|$)/i.test(locale) ? 'zh' : 'en';
}

let current: Language = languageFromEnv();
export const setLanguage = (language: Language): void => { current = language; };
export const language = (): Language => current;

/** A short Chinese name for each finding and error code, shown before the detail. */
export const CODE_TITLES_ZH: Readonly<Record<FindingCode, string>> = {
  FILE_NOT_FOUND: '文件不存在',
  FILE_UNREADABLE: '文件无法读取',
  FILE_EMPTY: '文件为空',
  FILE_BINARY: '二进制内容，不是文本或 PDF 表格',
  NO_TABLE_FOUND: '未找到表格',
  PDF_ENCRYPTED: 'PDF 已加密',
  PDF_CORRUPT: 'PDF 已损坏',
  PDF_NEEDS_OCR: 'PDF 为扫描件，需要 OCR',
  IMAGE_NEEDS_OCR: '图片需要 OCR',
  PDF_PAGE_NEEDS_OCR: 'PDF 页面为扫描件，需要 OCR',
  PDF_PAGE_UNREADABLE: 'PDF 页面无法读取',
  UNSUPPORTED_FORMAT: '不支持的文件格式',
  OFFICE_CORRUPT: 'Office 文件已损坏',
  OFFICE_ENCRYPTED: 'Office 文件有密码保护',
  CONVERTER_MISSING: '缺少 LibreOffice，无法转换旧版 Office 文件',
  CONVERSION_FAILED: 'LibreOffice 转换失败',
  MARKUP_TOO_DEEP: '网页/文档元素嵌套过深',
  PAGE_OCR: '页面经 OCR 识别',
  OCR_LOW_CONFIDENCE: 'OCR 识别置信度低',
  OCR_REPAIRED: 'OCR 常见误识已更正',
  IMAGE_UNREADABLE: '图片无法解码',
  OCR_UNAVAILABLE: 'OCR 模型无法加载',
  TRADITIONAL_CONVERTED: '繁体已转为简体',
  GLYPHS_FOLDED: '部首/兼容字符已归一',
  WRAP_REPAIRED: '已修复换行断字',
  DUPLICATE_WRAP_FRAGMENT: '已去除换行重复片段',
  NUMBER_UNPARSED: '数字无法解析',
  LEVEL_UNDECIDED: '指标层级无法确定',
  LEVEL_CONFLICT: '指标层级有冲突',
  CELL_UNPLACED: '单元格未归位',
  MERGED_WEIGHT_SPREAD: '合并单元格分值已分摊',
  HEADER_FIELD_MISSING: '表头字段缺失',
  TOTAL_MISSING: '缺少总分行',
  INDICATORS_MISSING: '缺少绩效指标',
  WEIGHT_SUM_MISMATCH: '分值合计不符',
  SCORE_SUM_MISMATCH: '得分合计不符',
  EXECUTION_RATE_MISMATCH: '执行率与执行数/预算数不符',
  FUNDS_SCORE_MISMATCH: '资金得分与分值×执行率不符',
  SCORE_EXCEEDS_WEIGHT: '得分超过分值',
  FUNDS_PARTS_MISMATCH: '资金分项合计不符',
  LEVEL1_WEIGHT_MISMATCH: '一级指标分值不符',
  FILE_TOO_LARGE: '文件过大',
  EXTRACTOR_CRASHED: '提取进程崩溃',
  EXTRACT_TIMEOUT: '提取超时',
  RECORD_INVALID: '记录不符合数据约定',
  AMOUNT_SUB_FEN: '金额精度低于分',
  DB_SCHEMA_NEWER: '数据库由更新版本创建',
  DB_NOT_FOUND: '数据库不存在',
  SQL_WRITE_REFUSED: '只允许只读查询',
  EXPORT_OVER_DATABASE: '导出文件不能覆盖数据库',
  EXPORT_FAILED: '导出失败',
  MERGE_SAME_DATABASE: '不能把数据库合并到自身',
  // hostile inputs (issue 9)
  NUMBER_OUT_OF_RANGE: '数字超出可记录范围',
  WEIGHT_NEGATIVE: '分值为负数',
  TEXT_UNDECODABLE: '文本含无法解码的字节',
  TABLE_TRUNCATED: '超出文档大小限制，其余部分未读取',
  PDF_MOSTLY_UNREADABLE: 'PDF 大部分页面无法读取',
  OUT_OF_MEMORY: '提取超出内存限制',
  STORE_REJECTED: '数据库无法保存此文档',
  PATH_SKIPPED: '路径已跳过',
  DB_CORRUPT: '数据库已损坏',
  RECORDS_UNREADABLE: '不是提取结果（extract --json、JSONL 或数据库）',
  CORRECTION_INVALID: '更正无效',
};

/**
 * A finding's or error's message for the reader: as written (English) or, in Chinese, the code's
 * title followed by the detail, which keeps the printed values the check compared.
 */
export function codeMessage(code: string, message: string): string {
  const title = current === 'zh' ? (CODE_TITLES_ZH as Record<string, string>)[code] : undefined;
  return title ? `${title}：${message}` : message;
}

type Params = Readonly<Record<string, string | number | null>>;
type Sentence = (p: Params) => string;

/** The CLI's own sentences; `say(key, params)` picks the language. */
const SENTENCES = {
  SEE_HELP: { en: (p) => `Run "jixiao ${p.command} --help" for its options.`, zh: (p) => `运行 "jixiao ${p.command} --help" 查看可用选项。` },
  UNKNOWN_OPTION: {
    en: (p) => `unknown option ${p.option}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`,
    zh: (p) => `未知选项 ${p.option}${p.suggestion ? `（您是否想用 ${p.suggestion}？）` : ''}`,
  },
  UNKNOWN_COMMAND: {
    en: (p) => `unknown command "${p.command}"${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}`,
    zh: (p) => `未知命令 "${p.command}"${p.suggestion ? `（您是否想用 "${p.suggestion}"？）` : ''}`,
  },
  BAD_CHOICE: {
    en: (p) => `${p.option} "${p.value}" is not allowed; allowed values: ${p.allowed}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`,
    zh: (p) => `${p.option} 不接受 "${p.value}"；可用的值：${p.allowed}${p.suggestion ? `（您是否想用 ${p.suggestion}？）` : ''}`,
  },
  BAD_INTEGER: {
    en: (p) => `${p.option} must be a whole number ≥ ${p.min}, not "${p.value}"`,
    zh: (p) => `${p.option} 必须是不小于 ${p.min} 的整数，而不是 "${p.value}"`,
  },
  MISSING: { en: (p) => `missing ${p.what}`, zh: (p) => `缺少${p.what}` },
  EXTRA_ARGUMENTS: { en: (p) => `unexpected argument${Number(p.count) > 1 ? 's' : ''}: ${p.list}`, zh: (p) => `多余的参数：${p.list}` },
  CONFLICT: { en: (p) => `${p.a} and ${p.b} cannot be used together`, zh: (p) => `${p.a} 与 ${p.b} 不能同时使用` },
  ONLY_WITH: { en: (p) => `${p.option} works only with ${p.with}`, zh: (p) => `${p.option} 只能与 ${p.with} 一起使用` },
  EXPORTED: { en: (p) => `exported to ${p.where}: ${p.counts}`, zh: (p) => `已导出到 ${p.where}：${p.counts}` },
  REPLACED: { en: (p) => `replaced the existing file ${p.path}`, zh: (p) => `已替换原有文件 ${p.path}` },
  IMPORT_FINISHED: { en: (p) => `import finished (${p.database})`, zh: (p) => `导入完成（${p.database}）` },
  IMPORT_INTERRUPTED: { en: (p) => `import interrupted (${p.database})`, zh: (p) => `导入已中断（${p.database}）` },
  SUMMARY_IMPORTED: { en: (p) => `imported   ${p.n} documents${p.replaced ? ` (${p.replaced} replaced)` : ''}`, zh: (p) => `已导入   ${p.n} 个文档${p.replaced ? `（其中替换 ${p.replaced} 个）` : ''}` },
  SUMMARY_SKIPPED: { en: (p) => `skipped    ${p.n} (already in the database)`, zh: (p) => `已跳过   ${p.n}（数据库中已有）` },
  SUMMARY_PASSED_OVER: {
    en: (p) => `passed over ${p.n} file${Number(p.n) === 1 ? '' : 's'} in folders that are no archive document (.md, .json, code, databases; name a file or quote a glob to import it): ${p.examples}`,
    zh: (p) => `跳过   文件夹中 ${p.n} 个非档案文件（.md、.json、代码、数据库；如需导入，请直接指定文件或使用带引号的通配符）：${p.examples}`,
  },
  SUMMARY_FAILED: { en: (p) => `failed     ${p.n}`, zh: (p) => `失败     ${p.n}` },
  SUMMARY_TABLES: { en: (p) => `tables     ${p.n}`, zh: (p) => `表格     ${p.n}` },
  SUMMARY_INDICATORS: { en: (p) => `indicators ${p.n}`, zh: (p) => `指标     ${p.n}` },
  SUMMARY_FINDINGS: {
    en: (p) => `findings   ${p.error} error · ${p.warning} warning · ${p.info} info`,
    zh: (p) => `发现     错误 ${p.error} · 警告 ${p.warning} · 提示 ${p.info}`,
  },
  SUMMARY_ELAPSED: {
    en: (p) => `elapsed    ${p.elapsed} (${p.rate} files/s), peak memory ${p.mb} MB`,
    zh: (p) => `用时     ${p.elapsed}（每秒 ${p.rate} 个文件），内存峰值 ${p.mb} MB`,
  },
  SUMMARY_FAILURES: { en: () => 'failures:', zh: () => '失败的文件：' },
  SUMMARY_MORE_FAILURES: {
    en: (p) => `… and ${p.n} more: jixiao query failures --db ${p.database}`,
    zh: (p) => `…… 另有 ${p.n} 个：jixiao query failures --db ${p.database}`,
  },
  DIGEST_TABLES: { en: (p) => `${p.n} table${p.n === 1 ? '' : 's'}`, zh: (p) => `${p.n} 张表` },
  DIGEST_PAGE: { en: (p) => `page ${p.n}`, zh: (p) => `第 ${p.n} 页` },
  DIGEST_LINE: { en: (p) => `line ${p.n}`, zh: (p) => `第 ${p.n} 行` },
  DIGEST_NO_NAME: { en: () => '(no name)', zh: () => '（无名称）' },
  DIGEST_CONTENTS: {
    en: (p) => `${p.indicators} indicators (${p.levels}), ${p.funds} funds rows${p.unit ? ' in ' + p.unit : ''}, 总分 ${p.score}/${p.weight}`,
    zh: (p) => `指标 ${p.indicators} 项（${p.levels}），资金 ${p.funds} 行${p.unit ? `（${p.unit}）` : ''}，总分 ${p.score}/${p.weight}`,
  },
  DIGEST_FINDINGS: {
    en: (p) => `findings: ${p.error} error, ${p.warning} warning, ${p.info} info`,
    zh: (p) => `发现：错误 ${p.error}，警告 ${p.warning}，提示 ${p.info}`,
  },
  MERGED: {
    en: (p) => `merged ${p.source} into ${p.target}: ${p.documents} documents added, ${p.skipped} already there, ${p.failures} failure rows`,
    zh: (p) => `已将 ${p.source} 合并到 ${p.target}：新增 ${p.documents} 个文档，已有 ${p.skipped} 个，失败记录 ${p.failures} 条`,
  },
} satisfies Record<string, Record<Language, Sentence>>;

export type SentenceKey = keyof typeof SENTENCES;

export const say = (key: SentenceKey, params: Params = {}): string => (SENTENCES[key] as Record<Language, Sentence>)[current](params);
