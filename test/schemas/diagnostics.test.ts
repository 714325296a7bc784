import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/extract-document.js';
import { FINDING_CODES } from '../../schemas/finding-codes.js';
import { DocumentSchema, FindingSchema } from '../../schemas/record.js';

describe('one diagnostic shape', () => {
  it('a finding or error with a code outside the one list is not a valid record', () => {
    expect(FindingSchema.safeParse({ code: 'SOMETHING_ELSE', severity: 'warning', message: 'x', source: null }).success).toBe(false);
    expect(FindingSchema.safeParse({ code: 'NUMBER_UNPARSED', severity: 'warning', message: 'x', source: null }).success).toBe(true);
  });

  it('document errors carry code, severity and the file as their place; the message names no path', async () => {
    const file = 'some/dir/empty-notes.txt';
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(0), 'FILE_EMPTY'],
      [new TextEncoder().encode('会议纪要\n今天天气很好。\n'), 'NO_TABLE_FOUND'],
      [new Uint8Array(Array.from({ length: 64 }, (_, k) => (k % 3 === 0 ? 0 : k))), 'FILE_BINARY'],
    ];
    for (const [bytes, code] of cases) {
      const doc = await extractDocument(bytes, { file });
      expect(DocumentSchema.safeParse(doc).success).toBe(true);
      expect(doc.errors).toHaveLength(1);
      const [e] = doc.errors;
      expect(e).toMatchObject({ code, severity: FINDING_CODES[code as keyof typeof FINDING_CODES], source: { file, line: null, column: null } });
      expect(e!.message).not.toContain(file);
    }
  });
});
