import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH, markupDepth } from '../../extractors/markup-depth.js';
import { extractDocument } from '../../pipeline/extract-document.js';

/** Hostile nesting is refused before parsing (linear scan), with a stable code — never a stack overflow. */
describe('markupDepth', () => {
  it('counts nesting; void, self-closing and optional-end elements, comments and script text do not count', () => {
    expect(markupDepth('<div><span><b>x</b></span></div><div></div>', 'html')).toBe(3);
    expect(markupDepth('<table><tr><td>a<td>b<tr><td>c</table>', 'html')).toBe(1);
    expect(markupDepth('<p>a<p>b<br><img src=x><li>c<!-- <div><div> -->', 'html')).toBe(0);
    expect(markupDepth('<script>if (a<b) { "<div><div><div>" }</script><div></div>', 'html')).toBe(1);
    expect(markupDepth('<w:p><w:r><w:t>x</w:t><w:br/></w:r></w:p>', 'xml')).toBe(3);
  });

  it('the committed web pages are far below the limit', () => {
    expect(markupDepth(readFileSync('fixtures/office/seed-001-nine-projects-flowing/input.html', 'utf8'), 'html')).toBeLessThan(10);
  });

  it('a page nesting 200,000 <div>s is MARKUP_TOO_DEEP, not a crash', async () => {
    const n = 200_000;
    const html = `<html><body>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`;
    const doc = await extractDocument(new TextEncoder().encode(html), { file: 'deep.html' });
    expect(doc.format).toBe('html');
    expect(doc.errors.map((e) => e.code)).toEqual(['MARKUP_TOO_DEEP']);
    expect(doc.errors[0]!.source?.file).toBe('deep.html');
    expect(doc.errors[0]!.message).toMatch(/200000 deep/);
  });

  it('a .docx nesting past the limit is MARKUP_TOO_DEEP', async () => {
    const n = MAX_MARKUP_DEPTH + 10;
    const body = `${'<w:sdt><w:sdtContent>'.repeat(n)}<w:p/>${'</w:sdtContent></w:sdt>'.repeat(n)}`;
    const bytes = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`) });
    const doc = await extractDocument(bytes, { file: 'deep.docx' });
    expect(doc.errors.map((e) => e.code)).toEqual(['MARKUP_TOO_DEEP']);
  });
});
