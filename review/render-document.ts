import type { Place } from '../schemas/place.js';
import type { Finding } from '../schemas/record.js';
import { esc, scriptJson } from './html.js';
import { PAGE_CSS, PAGE_JS } from './page-assets.js';
import { displayRect, type Box, type Original, type PdfPageView, type ReviewSource, type SheetView } from './review-source.js';
import { FUNDS_LABELS, INDICATOR_LABELS, tableViews, type TableView, type ValueView } from './value-views.js';

export interface RenderOptions {
  /** the page is served by `jixiao review --serve`: values can be corrected, tables verified */
  readonly served: boolean;
}

/** One id per distinct source place, shared by a value and the cell it came from. */
class PlaceIds {
  private readonly ids = new Map<string, string>();
  /** places with findings, and the findings' messages */
  readonly findings = new Map<string, string[]>();
  readonly places = new Map<string, Place>();

  static key(p: Place): string | null {
    if (p.page !== undefined && p.page !== null && p.box) return `p${p.page}:${p.box.map((n) => n.toFixed(1)).join(',')}`;
    if (p.ref) return `s${p.sheet ?? ''}!${p.ref}`;
    if (p.line !== null && p.column !== null) return `l${p.line}:${p.column}`;
    return null;
  }

  id(place: Place | null): string | null {
    if (!place) return null;
    const key = PlaceIds.key(place);
    if (key === null) return null;
    let id = this.ids.get(key);
    if (!id) {
      id = `p${this.ids.size + 1}`;
      this.ids.set(key, id);
      this.places.set(id, place);
    }
    return id;
  }

  finding(f: Finding): string | null {
    const id = this.id(f.source);
    if (id) this.findings.set(id, [...(this.findings.get(id) ?? []), `${f.code}：${f.message}`]);
    return id;
  }
}

const pct = (n: number, of: number): string => `${((n / of) * 100).toFixed(3)}%`;

function valueHtml(v: ValueView, ids: PlaceIds): string {
  const p = ids.id(v.place);
  const classes = ['v', v.corrected ? 'corrected' : '', p ? '' : 'unplaced'].filter(Boolean).join(' ');
  const title = v.corrected
    ? `原值：${v.corrected.extracted || '（空）'}；更正理由：${v.corrected.reason}（${v.corrected.reviewer}，${v.corrected.at.slice(0, 16).replace('T', ' ')}）`
    : p ? '' : '记录中没有这个值的位置';
  return `<span class="${classes}" tabindex="0"${p ? ` data-p="${p}"` : ''}${v.key ? ` data-key="${esc(JSON.stringify(v.key))}"` : ''}` +
    ` data-label="${esc(v.label)}" data-input="${esc(v.input)}"${title ? ` title="${esc(title)}"` : ''}>${esc(v.text)}</span>`;
}

function gridHtml(labels: readonly string[], rows: readonly (readonly ValueView[])[], ids: PlaceIds): string {
  return `<table class="grid"><thead><tr>${labels.map((l) => `<th>${esc(l)}</th>`).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((v) => `<td>${valueHtml(v, ids)}</td>`).join('')}</tr>`).join('') + '</tbody></table>';
}

function tableHtml(t: TableView, ids: PlaceIds, options: RenderOptions): string {
  const name = t.header.find((v) => v.label === '项目名称')?.text || t.header.find((v) => v.label === '主管部门')?.text || '';
  const verified = t.verified?.verified
    ? `<span class="verified">✓ 已核对（${esc(t.verified.reviewer)}，${esc(t.verified.verified_at.slice(0, 10))}）</span>`
    : '<span class="unverified">未核对</span>';
  const verifyButton = options.served
    ? ` <button class="verify" data-table="${t.ordinal}" data-verified="${t.verified?.verified ? 1 : 0}">${t.verified?.verified ? '取消核对' : '标记为已核对'}</button>` : '';
  const findings = t.findings.map((f) => {
    const p = ids.finding(f);
    return `<li class="sev-${esc(f.severity)}"${p ? ` data-p="${p}"` : ''}><b>${esc(f.code)}</b> ${esc(f.message)}</li>`;
  }).join('');
  return `<article class="table" id="t${t.ordinal}" data-table="${t.ordinal}">
<h2>表 ${t.ordinal} · ${esc(t.kindLabel)}${t.year ? ` · ${t.year}年度` : ''}${name ? ` · ${esc(name)}` : ''}</h2>
<div>${verified}${verifyButton}</div>
<dl class="header">${t.header.map((v) => `<dt>${esc(v.label)}</dt><dd>${valueHtml(v, ids)}</dd>`).join('')}</dl>
${t.funds.length ? `<h3>项目资金${t.unit ? `（${esc(t.unit)}，金额以元显示）` : ''}</h3>${gridHtml(FUNDS_LABELS, t.funds, ids)}` : ''}
<div class="goals">${t.goals.filter((g) => g.text).map((g) => `<h3>${esc(g.label)}</h3><p>${esc(g.text)}</p>`).join('')}</div>
<h3>绩效指标</h3>${gridHtml(INDICATOR_LABELS, t.indicators, ids)}
<div>总分：${t.total.map((v) => `${esc(v.label.replace('总分·', ''))} ${valueHtml(v, ids)}`).join('　')}</div>
<h3>发现的问题（${t.findings.length}）</h3><ul class="findings">${findings || '<li class="sev-info">无</li>'}</ul>
</article>`;
}

/** Where a text place's cell ends on its line: the next tab, pipe or run of 2+ spaces. */
function cellEnd(line: string, start: number): number {
  const rest = line.slice(start);
  const m = /\t|\||\s{2,}|\u3000{1,}/.exec(rest.slice(1));
  return m ? start + 1 + m.index : line.length;
}

function textHtml(lines: readonly string[], ids: PlaceIds): string {
  const marks = new Map<number, { column: number; id: string }[]>();
  for (const [id, place] of ids.places) {
    if (place.line === null || place.column === null || place.box) continue;
    marks.set(place.line, [...(marks.get(place.line) ?? []), { column: place.column, id }]);
  }
  const body = lines.map((line, i) => {
    const n = i + 1;
    const here = (marks.get(n) ?? []).sort((a, b) => a.column - b.column);
    let html = '';
    let at = 0;
    here.forEach((m, k) => {
      const start = Math.max(at, Math.min(line.length, m.column - 1));
      const next = here[k + 1] ? here[k + 1]!.column - 1 : line.length;
      const end = Math.max(start + 1, Math.min(cellEnd(line, start), next, line.length));
      const finding = ids.findings.get(m.id);
      html += esc(line.slice(at, start)) +
        `<mark data-p="${m.id}"${finding ? ` class="finding" title="${esc(finding.join('\n'))}"` : ''}>${esc(line.slice(start, end) || ' ')}</mark>`;
      at = end;
    });
    html += esc(line.slice(at));
    return `<div class="line" id="L${n}"><span class="no">${n}</span><span>${html}</span></div>`;
  }).join('');
  return `<div class="lines">${body}</div>`;
}

const rectStyle = (box: Box, page: PdfPageView): string => {
  const [left, top, width, height] = displayRect(box, page.transform);
  return `left:${pct(left, page.width)};top:${pct(top, page.height)};width:${pct(width, page.width)};height:${pct(height, page.height)}`;
};

function pdfHtml(pages: readonly PdfPageView[], ids: PlaceIds): string {
  return pages.map((page) => {
    const cells = page.cells.map((box) => `<div class="cell" style="${rectStyle(box, page)}"></div>`).join('');
    const boxes = [...ids.places].filter(([, p]) => p.page === page.page && p.box).map(([id, p]) => {
      const finding = ids.findings.get(id);
      return `<div class="box${finding ? ' finding' : ''}" data-p="${id}" style="${rectStyle(p.box!, page)}"${finding ? ` title="${esc(finding.join('\n'))}"` : ''}></div>`;
    }).join('');
    return `<div class="page" id="page${page.page}" style="aspect-ratio:${page.width.toFixed(2)}/${page.height.toFixed(2)}">` +
      `<img src="${esc(page.image)}" alt="第 ${page.page} 页">${cells}${boxes}<span class="label">第 ${page.page} 页</span></div>`;
  }).join('');
}

/** An Office sheet as a grid, each cell titled with its reference; cells the record reads from are marked. */
function sheetsHtml(sheets: readonly SheetView[], ids: PlaceIds): string {
  const byRef = new Map<string, string>();
  for (const [id, place] of ids.places) if (place.ref) byRef.set(`${place.sheet ?? ''}!${place.ref}`, id);
  return sheets.map((sheet) => {
    const body = sheet.rows.map((row) => `<tr>${row.map((cell) => {
      const id = byRef.get(`${sheet.name ?? ''}!${cell.ref}`);
      const finding = id ? ids.findings.get(id) : undefined;
      const span = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
      const classes = [id ? 'box-cell' : '', finding ? 'finding' : ''].filter(Boolean).join(' ');
      return `<td${span}${classes ? ` class="${classes}"` : ''}${id ? ` data-p="${id}"` : ''} title="${esc(cell.ref)}${finding ? `\n${esc(finding.join('\n'))}` : ''}">${esc(cell.text)}</td>`;
    }).join('')}</tr>`).join('');
    return `<h3 class="sheet-name">${esc(sheet.name ?? '表格')}${sheet.clipped ? '（只显示前 400 行、40 列）' : ''}</h3><table class="grid sheet">${body}</table>`;
  }).join('');
}

const ORIGINAL_HTML: { [K in Original['kind']]: (o: Extract<Original, { kind: K }>, ids: PlaceIds) => string } = {
  text: (o, ids) => textHtml(o.lines, ids),
  pdf: (o, ids) => pdfHtml(o.pages, ids),
  sheets: (o, ids) => sheetsHtml(o.sheets, ids),
  missing: (o) => `<div class="missing">原件不可用：${esc(o.reason)}</div>`,
};

const EDITOR = `<div id="editor" hidden><form>
<b>更正 <span class="what"></span></b><div>原值：<span class="was"></span></div>
<label>新值</label><input name="value" autocomplete="off">
<label>理由（必填）</label><input name="reason" required autocomplete="off">
<label>审核人（空：本机用户）</label><input name="reviewer" autocomplete="off">
<div class="error"></div>
<div class="buttons"><button type="button" class="cancel">取消</button><button type="submit">保存更正</button></div>
</form></div>`;

/** The review page of one document: the original on the left, the record on the right. */
export function renderDocumentPage(source: ReviewSource, options: RenderOptions): string {
  const { document } = source;
  const ids = new PlaceIds();
  // the record first: it decides the place ids the original pane marks
  const tables = tableViews(document, source.corrections, source.verified).map((t) => tableHtml(t, ids, options)).join('\n');
  const docFindings = (document.findings ?? []).map((f) => {
    const p = ids.finding(f);
    return `<li class="sev-${esc(f.severity)}"${p ? ` data-p="${p}"` : ''}><b>${esc(f.code)}</b> ${esc(f.message)}</li>`;
  }).join('');
  const errors = document.errors.map((e) => `<li class="sev-error"><b>${esc(e.code)}</b> ${esc(e.message)}</li>`).join('');
  const original = ORIGINAL_HTML[source.original.kind](source.original as never, ids);
  const name = document.file.split(/[\\/]/).pop() ?? document.file;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>审核 · ${esc(name)}</title>
<style>${PAGE_CSS}</style></head>
<body data-served="${options.served ? 1 : 0}" data-sha="${esc(document.sha256)}" data-doc="${esc(source.id)}">
<header><a href="index.html">← 全部文件</a><h1>${esc(name)}</h1><span class="meta">${esc(document.file)} · ${esc(document.format)} · ${document.tables.length} 张表 · sha256 ${esc(document.sha256.slice(0, 12))}</span></header>
<main class="review">
<section id="original" aria-label="原件">${original}</section>
<section id="record" aria-label="提取结果">
${errors || docFindings ? `<ul class="findings">${errors}${docFindings}</ul>` : ''}
${tables || '<div class="missing">没有提取到表格</div>'}
</section>
</main>
${options.served ? EDITOR : ''}
<script type="application/json" id="jixiao-places">${scriptJson(Object.fromEntries(ids.places))}</script>
<script>${PAGE_JS}</script>
</body></html>
`;
}
