import { deflateSync } from 'node:zlib';

/**
 * A PDF writer for drawn fixtures: text in the non-embedded STSong-Light (UniGB-UCS2-H CMap,
 * as report servers and many government exports write it) and stroked lines. Every glyph is
 * one em wide (the font's default width), so the layout code can place text exactly.
 */
export interface DrawnText { readonly x: number; readonly y: number; readonly size: number; readonly text: string }
export interface DrawnLine { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }
export interface DrawnPage { readonly width: number; readonly height: number; readonly texts: readonly DrawnText[]; readonly lines: readonly DrawnLine[] }

const ucs2 = (s: string): string => `<${[...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}>`;

const pageContent = (p: DrawnPage): string =>
  '0.5 w\n' + p.lines.map((l) => `${l.x1.toFixed(2)} ${l.y1.toFixed(2)} m ${l.x2.toFixed(2)} ${l.y2.toFixed(2)} l S\n`).join('')
  + p.texts.map((t) => `BT /F1 ${t.size} Tf 1 0 0 1 ${t.x.toFixed(2)} ${t.y.toFixed(2)} Tm ${ucs2(t.text)} Tj ET\n`).join('');

export function writePdf(pages: readonly DrawnPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => { objects.push(body); return objects.length; };
  const catalog = add('');
  const pagesObj = add('');
  const descriptor = add('<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[-25 -254 1000 880]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 93>>');
  const cidFont = add(`<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 4>>/FontDescriptor ${descriptor} 0 R/DW 1000>>`);
  const font = add(`<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[${cidFont} 0 R]>>`);
  const kids: number[] = [];
  for (const p of pages) {
    // Flate-compressed, as nearly every producer writes content streams (and the fixtures stay small)
    const content = deflateSync(Buffer.from(pageContent(p), 'latin1')).toString('latin1');
    const stream = add(`<</Length ${Buffer.byteLength(content, 'latin1')}/Filter/FlateDecode>>\nstream\n${content}\nendstream`);
    kids.push(add(`<</Type/Page/Parent ${pagesObj} 0 R/MediaBox[0 0 ${p.width} ${p.height}]/Resources<</Font<</F1 ${font} 0 R>>>>/Contents ${stream} 0 R>>`));
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
