import type { Document } from '../schemas/record.js';
import { codeMessage } from '../schemas/messages.js';

/** A human-readable digest of one document's extraction. */
export function summarizeDocument(doc: Document): string {
  const lines: string[] = [];
  lines.push(`${doc.file}  (${doc.format}${doc.encoding ? ', ' + doc.encoding : ''}, ${doc.tables.length} table${doc.tables.length === 1 ? '' : 's'})`);
  for (const t of doc.tables) {
    const where = t.source.page ? `page ${t.source.page}` : t.source.line !== null ? `line ${t.source.line}` : '';
    lines.push(`  ▸ ${t.title ?? t.kind} ${t.year ?? ''} — ${t.project ?? t.department ?? '(no name)'}  [${where}]`);
    const bySev = { error: 0, warning: 0, info: 0 };
    for (const f of t.findings) bySev[f.severity]++;
    const levels = new Map<string, number>();
    for (const i of t.indicators) levels.set(i.level1 ?? '?', (levels.get(i.level1 ?? '?') ?? 0) + 1);
    lines.push(`    ${t.indicators.length} indicators (${[...levels].map(([k, v]) => `${k} ${v}`).join(', ')}), ${t.funds.length} funds rows${t.unit ? ' in ' + t.unit : ''}, 总分 ${t.total.score ?? '—'}/${t.total.weight ?? '—'}`);
    lines.push(`    findings: ${bySev.error} error, ${bySev.warning} warning, ${bySev.info} info`);
    for (const f of t.findings.filter((x) => x.severity !== 'info')) {
      const at = f.source ? `${f.source.line !== null ? 'line ' + f.source.line : ''}${f.source.column !== null ? ':' + f.source.column : ''}${f.source.page ? ' page ' + f.source.page : ''}` : '';
      lines.push(`      ${f.severity === 'error' ? '✖' : '⚠'} ${f.code} ${at} — ${codeMessage(f.code, f.message)}`);
    }
  }
  for (const e of doc.errors) lines.push(`  ✖ ${e.code}: ${codeMessage(e.code, e.message)}`);
  return lines.join('\n') + '\n';
}
