import { formatDuration } from './progress.js';
import type { ImportSummary } from './import-summary.js';
import { escapeControls } from './terminal-text.js';

/** The end-of-import report a person reads. */
export function formatSummary(s: ImportSummary, database: string): string {
  const rate = s.elapsedMs > 0 ? (s.files / s.elapsedMs) * 1000 : 0;
  const lines = [
    `${s.interrupted ? 'import interrupted' : 'import finished'} (${database})`,
    `  imported   ${s.imported} documents${s.replaced ? ` (${s.replaced} replaced)` : ''}`,
    `  skipped    ${s.skipped} (already in the database)`,
    `  failed     ${s.failed}`,
    `  tables     ${s.tables}`,
    `  indicators ${s.indicators}`,
    `  findings   ${s.findings.error} error · ${s.findings.warning} warning · ${s.findings.info} info`,
    `  elapsed    ${formatDuration(s.elapsedMs)} (${rate.toFixed(1)} files/s), peak memory ${Math.round(s.peakRssBytes / 2 ** 20)} MB`,
  ];
  if (s.failures.length > 0) {
    lines.push('failures:');
    for (const f of s.failures) lines.push(escapeControls(`  ${f.path}: ${f.code} ${f.message}`));
    if (s.failed > s.failures.length) lines.push(`  … and ${s.failed - s.failures.length} more: jixiao query failures --db ${database}`);
  }
  return lines.join('\n') + '\n';
}
