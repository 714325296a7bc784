import { codeMessage, say } from '../../schemas/messages.js';
import { formatDuration } from './progress.js';
import type { ImportSummary } from './import-summary.js';

/** A message that already starts with the path (the extractor names the file) is not prefixed twice. */
export const withoutPath = (path: string, message: string): string =>
  message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;

/** The end-of-import report a person reads (in the language of `schemas/messages.ts`). */
export function formatSummary(s: ImportSummary, database: string): string {
  const rate = s.elapsedMs > 0 ? (s.files / s.elapsedMs) * 1000 : 0;
  const lines = [
    say(s.interrupted ? 'IMPORT_INTERRUPTED' : 'IMPORT_FINISHED', { database }),
    '  ' + say('SUMMARY_IMPORTED', { n: s.imported, replaced: s.replaced }),
    '  ' + say('SUMMARY_SKIPPED', { n: s.skipped }),
    ...(s.passedOver > 0 ? ['  ' + say('SUMMARY_PASSED_OVER', {
      n: s.passedOver, examples: s.passedOverExamples.join(', ') + (s.passedOver > s.passedOverExamples.length ? ', …' : ''),
    })] : []),
    '  ' + say('SUMMARY_FAILED', { n: s.failed }),
    '  ' + say('SUMMARY_TABLES', { n: s.tables }),
    '  ' + say('SUMMARY_INDICATORS', { n: s.indicators }),
    '  ' + say('SUMMARY_FINDINGS', s.findings),
    '  ' + say('SUMMARY_ELAPSED', { elapsed: formatDuration(s.elapsedMs), rate: rate.toFixed(1), mb: Math.round(s.peakRssBytes / 2 ** 20) }),
  ];
  if (s.failures.length > 0) {
    lines.push(say('SUMMARY_FAILURES'));
    for (const f of s.failures) lines.push(`  ${f.path}: ${f.code} ${codeMessage(f.code, withoutPath(f.path, f.message))}`);
    if (s.failed > s.failures.length) lines.push('  ' + say('SUMMARY_MORE_FAILURES', { n: s.failed - s.failures.length, database }));
  }
  return lines.join('\n') + '\n';
}
