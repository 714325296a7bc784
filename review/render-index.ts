import { esc } from './html.js';
import { INDEX_JS, PAGE_CSS } from './page-assets.js';
import { KIND_LABELS } from './value-views.js';
import type { Table } from '../schemas/record.js';

/** One line of the index: a table (or a document without tables), and the page that shows it. */
export interface IndexEntry {
  readonly href: string;
  readonly file: string;
  readonly ordinal: number | null;
  readonly kind: Table['kind'] | null;
  readonly year: number | null;
  readonly name: string | null;
  readonly unit: string | null;
  readonly totalScore: number | null;
  /** warnings and errors (info notes are not problems) */
  readonly problems: number;
  readonly verified: boolean;
  readonly corrections: number;
}

/** The file name with its folder: archives are folders of 2019/…, 2020/… with the same file names. */
const shortPath = (file: string): string => file.split(/[\\/]/).filter(Boolean).slice(-2).join('/');

export function renderIndex(entries: readonly IndexEntry[], title: string): string {
  const years = [...new Set(entries.map((e) => e.year).filter((y): y is number => y !== null))].sort();
  const kinds = [...new Set(entries.map((e) => e.kind).filter((k): k is Table['kind'] => k !== null))];
  const rows = entries.map((e) => `<tr data-kind="${esc(e.kind ?? '')}" data-year="${esc(e.year ?? '')}" data-unit="${esc(e.unit ?? '')}" data-findings="${e.problems}">
<td><a href="${esc(e.href)}" title="${esc(e.file)}">${esc(shortPath(e.file))}</a></td><td class="num">${esc(e.ordinal ?? '')}</td>
<td>${esc(e.kind ? KIND_LABELS[e.kind] : '（无表）')}</td><td class="num">${esc(e.year ?? '')}</td><td>${esc(e.name ?? '')}</td><td>${esc(e.unit ?? '')}</td>
<td class="num">${esc(e.totalScore ?? '')}</td><td class="num">${e.problems || ''}</td><td class="num">${e.corrections || ''}</td><td>${e.verified ? '✓' : ''}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${PAGE_CSS}</style></head>
<body>
<header><h1>${esc(title)}</h1><span class="meta">${entries.length} 行 · 点击文件名查看原件与提取结果</span></header>
<div class="index">
<div class="filters">
<label><input type="checkbox" id="only-findings" data-filter> 仅显示有问题的表</label>
<label>类型 <select id="kind" data-filter><option value="">全部</option>${kinds.map((k) => `<option value="${k}">${esc(KIND_LABELS[k])}</option>`).join('')}</select></label>
<label>年度 <select id="year" data-filter><option value="">全部</option>${years.map((y) => `<option>${y}</option>`).join('')}</select></label>
<label>单位 <input id="unit" data-filter placeholder="实施单位或主管部门"></label>
<span>显示 <b id="shown">${entries.length}</b> 行</span>
</div>
<table class="grid"><thead><tr><th>文件</th><th>表序</th><th>类型</th><th>年度</th><th>项目</th><th>单位</th><th>总分</th><th>问题</th><th>更正</th><th>已核对</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</div>
<script>${INDEX_JS}</script>
</body></html>
`;
}
