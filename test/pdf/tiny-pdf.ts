/**
 * Hand-written PDFs for tests: the shapes other producers write (report servers, Word, WPS),
 * which LibreOffice fixtures do not cover — a non-embedded Chinese font (STSong-Light with the
 * UniGB-UCS2-H CMap, read through pdfjs' CMaps), rectangles with `re`, borders as fills.
 */
export interface TinyPage { readonly content: string; readonly width?: number; readonly height?: number; readonly rotate?: number }

/** `<hex>` of a string in UCS-2 (what UniGB-UCS2-H expects). */
export const ucs2 = (s: string): string => `<${[...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}>`;

/** Text at (x, y) in STSong-Light. */
export const text = (s: string, x: number, y: number, size = 10): string => `BT /F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm ${ucs2(s)} Tj ET\n`;

export function tinyPdf(pages: readonly TinyPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => { objects.push(body); return objects.length; };
  const catalog = add(''); // filled below
  const pagesObj = add('');
  const descriptor = add('<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[-25 -254 1000 880]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 93>>');
  const cidFont = add(`<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 4>>/FontDescriptor ${descriptor} 0 R/DW 1000>>`);
  const font = add(`<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[${cidFont} 0 R]>>`);
  const kids: number[] = [];
  for (const p of pages) {
    const stream = add(`<</Length ${Buffer.byteLength(p.content, 'latin1')}>>\nstream\n${p.content}\nendstream`);
    kids.push(add(`<</Type/Page/Parent ${pagesObj} 0 R/MediaBox[0 0 ${p.width ?? 595} ${p.height ?? 842}]${p.rotate ? `/Rotate ${p.rotate}` : ''}/Resources<</Font<</F1 ${font} 0 R>>>>/Contents ${stream} 0 R>>`));
  }
  objects[catalog - 1] = `<</Type/Catalog/Pages ${pagesObj} 0 R>>`;
  objects[pagesObj - 1] = `<</Type/Pages/Count ${kids.length}/Kids[${kids.map((k) => `${k} 0 R`).join(' ')}]>>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => { offsets.push(Buffer.byteLength(out, 'latin1')); out += `${k + 1} 0 obj\n${body}\nendobj\n`; });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objects.length + 1}/Root ${catalog} 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
