/**
 * Where pdfjs "loads" a document's fonts when we only read text and operator lists.
 *
 * With `disableFontFace: true` (pdfjs' Node default) the pdfjs worker compiles every glyph's
 * outline into a path for canvas rendering as soon as text is shown — about a fifth of the
 * time of reading a page, for nothing the records use. With font faces enabled it skips that
 * and asks the main thread to load each font as a CSS FontFace into `ownerDocument.fonts`;
 * this module gives it a document whose font set accepts and drops them. The operator lists,
 * glyphs, widths and font matrices are the same either way (the PDF goldens check it).
 */

/** The FontFace members pdfjs' FontLoader touches: family, and `loaded` to await. */
class StubFontFace {
  readonly status = 'loaded';
  readonly loaded: Promise<StubFontFace>;
  constructor(readonly family: string) {
    this.loaded = Promise.resolve(this);
  }
  load(): Promise<StubFontFace> { return this.loaded; }
}

/** A font set that keeps nothing: adding and deleting a face are no-ops. */
const stubFontSet = { add(): void {}, delete(): boolean { return true; } };

/** The `ownerDocument` pdfjs gets: only `fonts` is read outside rendering. */
export const stubOwnerDocument = { fonts: stubFontSet };

/** Node has no FontFace; pdfjs constructs one per embedded font it "loads". Installed only if absent. */
export function installStubFontFace(): 'present' | 'stub' {
  const g = globalThis as { FontFace?: unknown };
  if (g.FontFace) return 'present';
  g.FontFace = StubFontFace;
  return 'stub';
}
