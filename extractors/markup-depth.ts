/**
 * How deeply a page or XML part nests its elements, counted in one linear pass over the tags
 * (start tags up, end tags down; void elements, self-closing tags, comments and declarations
 * not counted). A guard, not a parser: it runs before parsing so a hostile file (200,000 nested
 * <div>s) is refused in linear time instead of costing the parser quadratic time and the
 * readers' recursion its stack. For HTML, elements whose end tag may be left out (<p>, <li>,
 * <td>, <tr> …) are not counted, so real pages with unclosed tags stay far below the limit.
 */
export const MAX_MARKUP_DEPTH = 2000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'frame', 'keygen']);
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rt', 'rp', 'html', 'head', 'body', 'o:p']);

export function markupDepth(text: string, mode: 'html' | 'xml'): number {
  let depth = 0;
  let max = 0;
  const html = mode === 'html';
  const lowered = html ? text.toLowerCase() : text;
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      // a comment or CDATA section may hold "<" freely: skip past its end
      const ends = text.startsWith('<!--', i) ? '-->' : text.startsWith('<![CDATA[', i) ? ']]>' : null;
      if (ends) { const end = text.indexOf(ends, i + 4); if (end === -1) break; i = end; }
      continue;
    }
    const closing = next === 0x2f; /* / */
    let j = i + (closing ? 2 : 1);
    let name = '';
    while (j < text.length && name.length < 32) {
      const c = text[j]!;
      if (/[\s/>]/.test(c)) break;
      name += c;
      j++;
    }
    if (!name || !/^[A-Za-z]/.test(name)) continue;
    const lower = html ? name.toLowerCase() : name;
    if (html && (VOID.has(lower) || OPTIONAL_END.has(lower))) continue;
    if (closing) { depth = Math.max(0, depth - 1); continue; }
    const end = text.indexOf('>', j);
    if (end !== -1 && text.charCodeAt(end - 1) === 0x2f) continue; // <x/>
    if (html && (lower === 'script' || lower === 'style')) {
      // their text may hold "<" freely: skip to the end tag
      const close = lowered.indexOf(`</${lower}`, j);
      if (close === -1) break;
      i = close;
      continue;
    }
    depth++;
    if (depth > max) max = depth;
  }
  return max;
}
