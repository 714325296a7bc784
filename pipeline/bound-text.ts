import type { Finding } from '../schemas/record.js';
import { finding } from './findings.js';

/**
 * Documented limits of one text document (README "Limits"): beyond them the rest is not read
 * and a TABLE_TRUNCATED finding says where reading stopped. Real tables are far inside them
 * (a 1,000-page pdftotext file has ~60,000 lines; a table row has < 30 cells); a crafted file
 * without them turns every `|` into a cell object and takes gigabytes (issue 9).
 */
export interface TextLimits {
  readonly maxLines: number;
  readonly maxCellsPerLine: number;
  readonly maxCells: number;
}

export const TEXT_LIMITS: TextLimits = {
  /** lines read per document */
  maxLines: 500_000,
  /** cells per line: separators (tab, `|`, a run of 2+ spaces) after this one end the line */
  maxCellsPerLine: 500,
  /** cells per document (HTML `<td>`/`<th>` or separated pieces of lines) */
  maxCells: 300_000,
};

export interface BoundedText {
  readonly text: string;
  readonly findings: readonly Finding[];
}

const isBar = (c: number): boolean => c === 0x7c || c === 0xff5c || c === 0x2502 || c === 0x2503;

/**
 * Cuts a text to the limits, keeping line numbers (a cut line keeps its line break, so places
 * of everything before it stay right). One pass, no per-line arrays.
 */
export function boundText(text: string, file: string, limits: TextLimits = TEXT_LIMITS): BoundedText {
  if (/<t[dh][\s>]/i.test(text)) return boundHtml(text, file, limits);
  const findings: Finding[] = [];
  const out: string[] = [];
  let kept = 0; // start of the stretch of text not yet copied
  let line = 1;
  let lineCells = 1;
  let cells = 0;
  let cutLine = false; // skipping to the end of a line cut short
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      cells += lineCells;
      line++;
      lineCells = 1;
      if (cutLine) { kept = i; cutLine = false; }
      if (line > limits.maxLines || cells > limits.maxCells) {
        out.push(text.slice(kept, i + 1));
        const what = line > limits.maxLines ? `${limits.maxLines} lines` : `${limits.maxCells} cells`;
        findings.push(finding('TABLE_TRUNCATED', `${file}: the document is over the limit of ${what}; text from line ${line} on is not read`, { file, line, column: 1 }));
        return { text: out.join(''), findings };
      }
      continue;
    }
    if (cutLine) continue;
    const separator = c === 0x09 || isBar(c) || (c === 0x20 && text.charCodeAt(i + 1) === 0x20 && text.charCodeAt(i - 1) !== 0x20);
    if (separator && ++lineCells > limits.maxCellsPerLine) {
      out.push(text.slice(kept, i));
      cutLine = true;
      findings.push(finding('TABLE_TRUNCATED', `line ${line} has more than ${limits.maxCellsPerLine} cells; the rest of the line is not read`, { file, line, column: i - lineStart(text, i) + 1 }));
    }
  }
  if (!cutLine) out.push(text.slice(kept));
  return { text: out.join(''), findings: capFindings(findings) };
}

function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

/** One finding per cut line would itself be unbounded: keep the first ones and a count. */
function capFindings(findings: Finding[], max = 20): Finding[] {
  if (findings.length <= max) return findings;
  const rest = findings.length - max;
  const last = findings[max - 1]!;
  return [...findings.slice(0, max - 1), { ...last, message: `${last.message} (and ${rest} more lines cut the same way)` }];
}

function boundHtml(text: string, file: string, limits: TextLimits): BoundedText {
  const cell = /<t[dh][\s>]/gi;
  let count = 0;
  for (let m = cell.exec(text); m; m = cell.exec(text)) {
    if (++count > limits.maxCells) {
      const line = text.slice(0, m.index).split('\n').length;
      return {
        text: text.slice(0, m.index),
        findings: [finding('TABLE_TRUNCATED', `${file}: more than ${limits.maxCells} HTML cells; cells from line ${line} on are not read`, { file, line, column: 1 })],
      };
    }
  }
  return { text, findings: [] };
}
