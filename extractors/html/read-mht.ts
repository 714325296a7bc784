/**
 * A saved web page in MHTML (.mht/.mhtml, "网页，单个文件"): a MIME message whose first
 * text/html part is the page. Parts are decoded from quoted-printable or base64 and from their
 * charset (GBK/GB2312 read as GB18030, a superset). Pure; returns null when the text is not MHTML
 * or holds no HTML part.
 */
export function looksLikeMht(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^mime-version:/im.test(head) && /multipart\/related/i.test(head);
}

export interface MhtPage { readonly html: string }

export function htmlOfMht(text: string): MhtPage | null {
  const top = splitHeaders(text);
  const boundary = /boundary\s*=\s*"?([^";\n]+)"?/i.exec(top.headers.get('content-type') ?? '')?.[1];
  if (!boundary) return null;
  for (const raw of top.body.split(`--${boundary}`).slice(1)) {
    if (raw.startsWith('--')) break;
    const part = splitHeaders(raw.replace(/^\r?\n/, ''));
    const type = part.headers.get('content-type') ?? 'text/plain';
    if (!/^text\/html/i.test(type)) continue;
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
    const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
    // 7bit/8bit bodies were decoded with the file (the caller read it as text)
    if (encoding === 'base64') return { html: decodeCharset(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'), charset) };
    if (encoding === 'quoted-printable') return { html: decodeCharset(quotedPrintable(part.body), charset) };
    return { html: part.body };
  }
  return null;
}

/** Headers (lower-case names, folded lines joined) and the body after the first empty line. */
function splitHeaders(text: string): { headers: Map<string, string>; body: string } {
  const normal = text.replace(/\r\n?/g, '\n');
  const end = normal.indexOf('\n\n');
  const head = end === -1 ? normal : normal.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end === -1 ? '' : normal.slice(end + 2) };
}

function quotedPrintable(body: string): Uint8Array {
  const out: number[] = [];
  const text = body.replace(/=\n/g, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '=' && /^[0-9a-f]{2}$/i.test(text.slice(i + 1, i + 3))) { out.push(parseInt(text.slice(i + 1, i + 3), 16)); i += 2; }
    else out.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(out);
}

function decodeCharset(bytes: Uint8Array, charset: string): string {
  const name = /^(gb2312|gbk|gb18030|x-gbk|cp936)$/i.test(charset) ? 'gb18030' : charset.toLowerCase();
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
