import { deflateSync, inflateSync } from 'node:zlib';

/**
 * A small reader/writer for the classic PDFs LibreOffice writes (plain `N 0 obj` objects,
 * an xref table, Flate streams), used to turn a LibreOffice export into the other real
 * shapes archives come in: pages printed sideways (/Rotate and content rotated), borders
 * drawn as thin filled rectangles and text overprinted for bold (Word/WPS), fonts whose
 * ToUnicode maps to Kangxi radicals, and fonts whose ToUnicode is garbage.
 */
interface PdfObject { dict: string; stream?: Buffer }

export class PdfFile {
  private constructor(readonly objects: Map<number, PdfObject>, private readonly trailer: string) {}

  static parse(bytes: Uint8Array): PdfFile {
    const buf = Buffer.from(bytes);
    const s = buf.toString('latin1');
    const objects = new Map<number, PdfObject>();
    const head = /(\d+) 0 obj\b/g;
    let m: RegExpExecArray | null;
    const lengthOf = (dict: string): number | null => {
      const lm = /\/Length\s+(\d+)(\s+0\s+R)?/.exec(dict);
      if (!lm) return null;
      if (!lm[2]) return Number(lm[1]);
      const ref = new RegExp(`(?:^|\\s)${lm[1]} 0 obj\\s*(\\d+)\\s*endobj`).exec(s);
      return ref ? Number(ref[1]) : null;
    };
    while ((m = head.exec(s))) {
      const num = Number(m[1]);
      const start = m.index + m[0].length;
      const end = s.indexOf('endobj', start);
      const streamAt = s.slice(start, end).search(/stream\r?\n/);
      if (streamAt < 0) {
        objects.set(num, { dict: s.slice(start, end).trim() });
        head.lastIndex = end + 6;
        continue;
      }
      const dict = s.slice(start, start + streamAt).trim();
      const dataStart = start + streamAt + (s[start + streamAt + 6] === '\r' ? 8 : 7);
      const len = lengthOf(dict);
      if (len === null) throw new Error(`object ${num}: stream without a readable /Length`);
      objects.set(num, { dict, stream: buf.subarray(dataStart, dataStart + len) });
      head.lastIndex = s.indexOf('endobj', dataStart + len) + 6;
    }
    const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(s)?.[1] ?? '';
    return new PdfFile(objects, trailer);
  }

  /** Objects whose dictionary matches. */
  find(test: RegExp): number[] {
    return [...this.objects.entries()].filter(([, o]) => test.test(o.dict)).map(([n]) => n);
  }

  /** Decoded stream data of an object (Flate is undone). */
  streamText(num: number): string {
    const o = this.objects.get(num);
    if (!o?.stream) throw new Error(`object ${num} has no stream`);
    const raw = /\/FlateDecode/.test(o.dict) ? inflateSync(o.stream) : o.stream;
    return raw.toString('latin1');
  }

  setStreamText(num: number, text: string): void {
    const o = this.objects.get(num)!;
    this.objects.set(num, { dict: o.dict.includes('/FlateDecode') ? o.dict : `${o.dict.replace(/>>\s*$/, '')}/Filter/FlateDecode>>`, stream: deflateSync(Buffer.from(text, 'latin1')) });
  }

  setDict(num: number, dict: string): void {
    const o = this.objects.get(num)!;
    this.objects.set(num, { ...o, dict });
  }

  /** Adds a trailer entry (e.g. an /Encrypt reference) verbatim. */
  serialize(): Buffer {
    const parts: Buffer[] = [Buffer.from('%PDF-1.6\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
    let offset = parts[0]!.length;
    const max = Math.max(...this.objects.keys());
    const offsets = new Map<number, number>();
    for (const num of [...this.objects.keys()].sort((a, b) => a - b)) {
      const o = this.objects.get(num)!;
      offsets.set(num, offset);
      const chunks = o.stream
        ? [Buffer.from(`${num} 0 obj\n${o.dict.replace(/\/Length\s+\d+(\s+0\s+R)?/, `/Length ${o.stream.length}`)}\nstream\n`, 'latin1'), o.stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]
        : [Buffer.from(`${num} 0 obj\n${o.dict}\nendobj\n`, 'latin1')];
      for (const c of chunks) { parts.push(c); offset += c.length; }
    }
    let xref = `xref\n0 ${max + 1}\n0000000000 65535 f \n`;
    for (let n = 1; n <= max; n++) {
      const at = offsets.get(n);
      xref += at === undefined ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
    }
    const keep = (key: string) => new RegExp(`/${key}\\s*(\\d+ 0 R|\\[[^\\]]*\\])`).exec(this.trailer)?.[0] ?? '';
    xref += `trailer\n<</Size ${max + 1}${keep('Root')}${keep('Info')}${keep('ID')}>>\nstartxref\n${offset}\n%%EOF\n`;
    parts.push(Buffer.from(xref, 'latin1'));
    return Buffer.concat(parts);
  }

  /** Page objects in document order of their object numbers (LibreOffice writes them in page order). */
  pages(): number[] {
    return this.find(/\/Type\s*\/Page(?!s)\b/).sort((a, b) => a - b);
  }

  contentsOf(page: number): number {
    const m = /\/Contents\s+(\d+) 0 R/.exec(this.objects.get(page)!.dict);
    if (!m) throw new Error(`page ${page}: /Contents is not a single stream`);
    return Number(m[1]);
  }
}

/**
 * Prints the page sideways: the content is turned a quarter counter-clockwise onto a page of
 * swapped size; with `rotateAttr` the page also gets /Rotate 90 so viewers show it upright.
 */
export function turnPage(pdf: PdfFile, page: number, rotateAttr: boolean): void {
  const dict = pdf.objects.get(page)!.dict;
  const box = /\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/.exec(dict);
  if (!box) throw new Error(`page ${page} has no MediaBox`);
  const w = Number(box[3]) - Number(box[1]), h = Number(box[4]) - Number(box[2]);
  const contents = pdf.contentsOf(page);
  pdf.setStreamText(contents, `q 0 1 -1 0 ${h} 0 cm\n${pdf.streamText(contents)}\nQ\n`);
  let next = dict.replace(box[0], `/MediaBox[0 0 ${h} ${w}]`);
  if (rotateAttr) next = next.replace(/>>\s*$/, '/Rotate 90>>');
  pdf.setDict(page, next);
}

/** Word/WPS draw cell borders as thin filled rectangles: replace every stroked border line by one. */
export function bordersAsFilledRectangles(pdf: PdfFile, page: number): number {
  const contents = pdf.contentsOf(page);
  let count = 0;
  const line = /q ([\d.]+) w[^\n]*\n([\d.-]+) ([\d.-]+) m\n([\d.-]+) ([\d.-]+) l S\nQ/g;
  const text = pdf.streamText(contents).replace(line, (_all, lw: string, a: string, b: string, c: string, d: string) => {
    const [x1, y1, x2, y2, w] = [a, b, c, d, lw].map(Number) as [number, number, number, number, number];
    count++;
    const rect = Math.abs(y2 - y1) < Math.abs(x2 - x1)
      ? [Math.min(x1, x2), y1 - w / 2, Math.abs(x2 - x1), w]
      : [x1 - w / 2, Math.min(y1, y2), w, Math.abs(y2 - y1)];
    return `q 0 0 0 rg\n${rect.map((v) => v.toFixed(3)).join(' ')} re f\nQ`;
  });
  pdf.setStreamText(contents, text);
  return count;
}

/** Fake bold: every text object painted a second time a third of a point to the right. */
export function overprintText(pdf: PdfFile, page: number): void {
  const contents = pdf.contentsOf(page);
  pdf.setStreamText(contents, pdf.streamText(contents).replace(/BT\n[\s\S]*?\nET/g, (bt) => `${bt}\nq 1 0 0 1 0.33 0 cm\n${bt}\nQ`));
}

/** Rewrites the targets of every ToUnicode bfchar entry. */
export function remapToUnicode(pdf: PdfFile, map: (codePoint: number) => number): number {
  let changed = 0;
  for (const num of pdf.find(/./)) {
    const o = pdf.objects.get(num)!;
    if (!o.stream) continue;
    let text: string;
    try { text = pdf.streamText(num); } catch { continue; }
    if (!text.includes('beginbfchar')) continue;
    const next = text.replace(/beginbfchar([\s\S]*?)endbfchar/g, (_all, body: string) =>
      'beginbfchar' + body.replace(/(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{4})>/g, (_m, src: string, dst: string) => {
        const cp = parseInt(dst, 16);
        const to = map(cp);
        if (to !== cp) changed++;
        return `${src}<${to.toString(16).toUpperCase().padStart(4, '0')}>`;
      }) + 'endbfchar');
    pdf.setStreamText(num, next);
  }
  return changed;
}

/** Unified ideograph → the Kangxi radical that NFKC folds into it (⽬ → 目), where one exists. */
export function kangxiLookalikes(): Map<number, number> {
  const out = new Map<number, number>();
  for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
    const unified = String.fromCodePoint(cp).normalize('NFKC').codePointAt(0)!;
    if (unified !== cp && !out.has(unified)) out.set(unified, cp);
  }
  return out;
}
