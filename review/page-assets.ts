/**
 * The review pages' style and behaviour, inlined into every page so a page opens from disk with
 * no network and no other file (images aside). Plain DOM: no framework, no build step.
 */
export const PAGE_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1d232a; background: #f4f5f7; }
header { display: flex; gap: 16px; align-items: baseline; padding: 8px 16px; background: #23364d; color: #fff; }
header a { color: #cfe3ff; } header h1 { font-size: 16px; margin: 0; font-weight: 600; } header .meta { color: #b9c6d6; font-size: 12px; }
main.review { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); height: calc(100vh - 42px); }
main.review > section { overflow: auto; padding: 12px 16px; }
#original { background: #e9ebee; border-right: 1px solid #c8ccd2; }
.page { position: relative; margin: 0 auto 16px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.page img { display: block; width: 100%; height: 100%; }
.page .label { position: absolute; top: 2px; right: 6px; font-size: 11px; color: #8a939e; }
.cell { position: absolute; border: 1px solid rgba(47, 128, 237, .35); pointer-events: none; }
.box { position: absolute; border: 2px solid rgba(47, 128, 237, .8); background: rgba(47, 128, 237, .06); cursor: pointer; }
.box.finding { border-color: #d9480f; background: rgba(217, 72, 15, .10); }
.box.hl, mark.hl { outline: 3px solid #f59f00; background: rgba(250, 176, 5, .35); z-index: 2; }
.lines { font: 13px/1.45 "Noto Sans Mono CJK SC", "Sarasa Mono SC", ui-monospace, monospace; background: #fff; padding: 8px 0; box-shadow: 0 1px 4px rgba(0,0,0,.2); white-space: pre; overflow-x: auto; }
.line { display: flex; } .line .no { flex: none; width: 4em; padding-right: .8em; text-align: right; color: #9aa3ad; user-select: none; }
mark { background: rgba(47, 128, 237, .10); border-bottom: 2px solid rgba(47, 128, 237, .7); color: inherit; cursor: pointer; }
mark.finding { border-bottom-color: #d9480f; background: rgba(217, 72, 15, .12); }
table.sheet { background: #fff; font-size: 12px; } table.sheet td { white-space: pre-wrap; min-width: 3em; }
table.sheet td.box-cell { cursor: pointer; background: rgba(47, 128, 237, .08); outline: 1px solid rgba(47, 128, 237, .6); }
table.sheet td.finding { background: rgba(217, 72, 15, .12); outline-color: #d9480f; }
table.sheet td.hl { outline: 3px solid #f59f00; background: rgba(250, 176, 5, .35); }
.missing { padding: 24px; color: #8a939e; }
article.table { background: #fff; margin-bottom: 20px; padding: 8px 12px 12px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
article.table h2 { font-size: 15px; margin: 4px 0 8px; }
.verified { color: #2b8a3e; font-weight: 600; } .unverified { color: #8a939e; }
dl.header { display: grid; grid-template-columns: 6em 1fr; gap: 2px 8px; margin: 0 0 8px; } dl.header dt { color: #5c6670; }
table.grid { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 13px; }
table.grid th, table.grid td { border: 1px solid #d5d9de; padding: 2px 6px; vertical-align: top; }
table.grid th { background: #eef1f4; font-weight: 600; white-space: nowrap; }
.v { cursor: pointer; border-radius: 2px; padding: 0 1px; }
.v:not(.unplaced):hover { background: rgba(250, 176, 5, .25); }
.v.hl { background: rgba(250, 176, 5, .55); outline: 2px solid #f59f00; }
.v.corrected { color: #a61e4d; font-weight: 600; } .v.corrected::after { content: "（已更正）"; font-size: 11px; font-weight: normal; }
.v.unplaced { color: #5c6670; }
.v:empty { display: inline-block; min-width: 2em; min-height: 1em; vertical-align: middle; } /* blank cells stay clickable */
ul.findings { margin: 6px 0 0; padding-left: 18px; } ul.findings li { cursor: pointer; }
.sev-warning { color: #c2410c; } .sev-error { color: #c92a2a; } .sev-info { color: #5c6670; }
.goals p { margin: 2px 0 6px; white-space: pre-wrap; }
#editor { position: fixed; right: 16px; bottom: 16px; width: 380px; background: #fff; border: 1px solid #8a939e; box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 12px; z-index: 10; }
#editor label { display: block; margin: 6px 0 2px; color: #5c6670; font-size: 12px; }
#editor input { width: 100%; padding: 4px 6px; font: inherit; }
#editor .buttons { margin-top: 10px; display: flex; gap: 8px; justify-content: flex-end; }
#editor .error { color: #c92a2a; }
.index { padding: 12px 16px; } .filters { display: flex; gap: 16px; align-items: center; margin-bottom: 10px; flex-wrap: wrap; }
.index table.grid td.num { text-align: right; }
`;

/** Hover or click a value → its source cell lights up (and the reverse); in served mode a click opens the correction form. */
export const PAGE_JS = `
(() => {
  const served = document.body.dataset.served === '1';
  let lit = [];
  const light = (p, scroll) => {
    for (const el of lit) el.classList.remove('hl');
    lit = p ? [...document.querySelectorAll('[data-p="' + p + '"]')] : [];
    for (const el of lit) el.classList.add('hl');
    if (scroll && lit.length) {
      const target = lit.find((el) => el.closest(scroll));
      if (target) target.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
  };
  document.addEventListener('mouseover', (e) => {
    const el = e.target.closest && e.target.closest('[data-p]');
    if (el) light(el.dataset.p, null);
  });
  document.addEventListener('click', (e) => {
    const el = e.target.closest && e.target.closest('[data-p], .v');
    if (!el) return;
    if (el.dataset.p) light(el.dataset.p, el.closest('#record') ? '#original' : '#record');
    if (served && el.classList.contains('v') && el.dataset.key) openEditor(el);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target.matches && e.target.matches('.v, [data-p]')) e.target.click();
  });
  // a correction reloads the page: keep both panes where the reviewer was
  const panes = ['original', 'record'].map((id) => document.getElementById(id)).filter(Boolean);
  const saved = sessionStorage.getItem('jixiao.scroll.' + location.pathname);
  if (saved) {
    JSON.parse(saved).forEach((top, i) => { if (panes[i]) panes[i].scrollTop = top; });
    sessionStorage.removeItem('jixiao.scroll.' + location.pathname);
  }
  const reload = () => {
    sessionStorage.setItem('jixiao.scroll.' + location.pathname, JSON.stringify(panes.map((p) => p.scrollTop)));
    location.reload();
  };
  const editor = document.getElementById('editor');
  if (!editor) return;
  const form = editor.querySelector('form');
  const reviewer = form.elements.reviewer;
  reviewer.value = localStorage.getItem('jixiao.reviewer') || '';
  let key = null;
  function openEditor(el) {
    key = JSON.parse(el.dataset.key);
    editor.querySelector('.what').textContent = el.dataset.label + (key.row_name ? '：' + key.row_name : '');
    editor.querySelector('.was').textContent = el.textContent.replace('（已更正）', '') || '（空）';
    form.elements.value.value = el.dataset.input || '';
    form.elements.reason.value = '';
    editor.querySelector('.error').textContent = '';
    editor.hidden = false;
    form.elements.value.focus();
  }
  const post = async (url, body) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error || response.statusText);
    return answer;
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    localStorage.setItem('jixiao.reviewer', reviewer.value);
    try {
      await post('api/correct', { document_sha256: document.body.dataset.sha, ...key, value: form.elements.value.value, reason: form.elements.reason.value, reviewer: reviewer.value });
      reload();
    } catch (error) {
      editor.querySelector('.error').textContent = error.message;
    }
  });
  editor.querySelector('.cancel').addEventListener('click', () => { editor.hidden = true; });
  for (const button of document.querySelectorAll('button.verify')) {
    button.addEventListener('click', async () => {
      try {
        await post('api/verify', { document_sha256: document.body.dataset.sha, table_ordinal: Number(button.dataset.table), verified: button.dataset.verified !== '1', reviewer: reviewer.value });
        reload();
      } catch (error) { alert(error.message); }
    });
  }
})();
`;

/** The index's filters: only tables with findings, by kind, year and unit. */
export const INDEX_JS = `
(() => {
  const controls = document.querySelectorAll('.filters [data-filter]');
  const apply = () => {
    const only = document.getElementById('only-findings').checked;
    const kind = document.getElementById('kind').value;
    const year = document.getElementById('year').value;
    const unit = document.getElementById('unit').value.trim();
    let shown = 0;
    for (const row of document.querySelectorAll('tbody tr')) {
      const d = row.dataset;
      const ok = (!only || Number(d.findings) > 0) && (!kind || d.kind === kind) && (!year || d.year === year) && (!unit || d.unit.includes(unit));
      row.hidden = !ok;
      if (ok) shown++;
    }
    document.getElementById('shown').textContent = shown;
  };
  for (const c of controls) c.addEventListener('input', apply);
  apply();
})();
`;
