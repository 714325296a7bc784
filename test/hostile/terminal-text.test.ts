import { describe, expect, it } from 'vitest';
import { escapeControls, escapeLines } from '../../store/import/terminal-text.js';

describe('text for the terminal', () => {
  it('escapes C0/C1 controls, DEL and bidi overrides; printable text (CJK, emoji) unchanged', () => {
    expect(escapeControls('a\x1b[31mred\x07\u202etxt.exe\x7f\x9b')).toBe('a\\x1b[31mred\\x07\\u202etxt.exe\\x7f\\x9b');
    expect(escapeControls('绩效自评表 2022 😀 ≥90%')).toBe('绩效自评表 2022 😀 ≥90%');
    expect(escapeControls('two\nlines\tand tab')).toBe('two\\x0alines\\x09and tab');
  });

  it('multi-line output keeps its line breaks', () => {
    expect(escapeLines('x\x1b.txt  (text)\n  table 1\n')).toBe('x\\x1b.txt  (text)\n  table 1\n');
  });
});
