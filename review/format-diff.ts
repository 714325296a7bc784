import type { DocumentDiff, DocumentsDiff, FieldChange, MultisetChange, RowDiff, TableDiff, TableLabel } from './diff-documents.js';

/** The diff as a reviewer reads it: one block per document, one line per changed value. */
export function formatDiff(diff: DocumentsDiff): string {
  const c = diff.counts;
  const lines: string[] = [];
  for (const d of diff.documents) lines.push(...DOCUMENT_LINES[d.kind](d as never));
  lines.push(diff.equal
    ? `equal: ${c.documentsA} documents, no difference`
    : `different: documents ${c.documentsAdded} added, ${c.documentsRemoved} removed, ${c.documentsChanged} changed (of ${c.documentsA} → ${c.documentsB}); ` +
      `tables ${c.tablesAdded} added, ${c.tablesRemoved} removed, ${c.tablesChanged} changed; ${c.indicatorsChanged} indicator rows differ`);
  return lines.join('\n') + '\n';
}

const show = (v: unknown): string => (v === null || v === undefined ? '∅' : typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v));
const label = (l: TableLabel): string => [l.kind, l.year ?? '', l.name ?? ''].filter((x) => x !== '').join(' ');
const field = (f: FieldChange): string => `${f.field}: ${show(f.a)} → ${show(f.b)}`;

function multiset(title: string, m: MultisetChange, indent: string): string[] {
  return [...m.removed.map((x) => `${indent}- ${title} ${x}`), ...m.added.map((x) => `${indent}+ ${title} ${x}`)];
}

const ROW_LINES: { [K in RowDiff['kind']]: (r: Extract<RowDiff, { kind: K }>, what: string) => string[] } = {
  added: (r, what) => [`      + ${what} ${r.position} ${r.key}`],
  removed: (r, what) => [`      - ${what} ${r.position} ${r.key}`],
  changed: (r, what) => [`      ~ ${what} ${r.position} ${r.key}`, ...r.fields.map((f) => `          ${field(f)}`)],
};
const rows = (list: readonly RowDiff[], what: string): string[] => list.flatMap((r) => ROW_LINES[r.kind](r as never, what));

const TABLE_LINES: { [K in TableDiff['kind']]: (t: Extract<TableDiff, { kind: K }>) => string[] } = {
  added: (t) => [`  + table ${t.position} ${label(t.label)}`],
  removed: (t) => [`  - table ${t.position} ${label(t.label)}`],
  changed: (t) => [
    `  ~ table ${t.positionA === t.positionB ? t.positionB : `${t.positionA} → ${t.positionB}`} ${label(t.label)}`,
    ...t.fields.map((f) => `      ${field(f)}`),
    ...rows(t.funds, 'funds'),
    ...rows(t.indicators, 'indicator'),
    ...multiset('finding', t.findings, '      '),
  ],
};

const DOCUMENT_LINES: { [K in DocumentDiff['kind']]: (d: Extract<DocumentDiff, { kind: K }>) => string[] } = {
  added: (d) => [`+ ${d.file} (${d.tables} tables, only in B)`],
  removed: (d) => [`- ${d.file} (${d.tables} tables, only in A)`],
  changed: (d) => [
    `~ ${d.file}${d.fileA !== d.file ? ` (A: ${d.fileA})` : ''}${d.sha256A !== d.sha256 ? ' [content differs]' : ''}`,
    ...multiset('error', d.errors, '  '),
    ...multiset('finding', d.findings, '  '),
    ...d.tables.flatMap((t) => TABLE_LINES[t.kind](t as never)),
  ],
};
