import { unzipSync } from 'fflate';

/**
 * The entries of a ZIP container (xlsx, docx), read with fflate. Only the entries asked for are
 * inflated, and only while their declared sizes stay within bounds: a zip bomb is refused before
 * a byte of it is inflated. Never throws.
 */
export type ZipRead =
  | { readonly kind: 'zip'; readonly entries: ReadonlyMap<string, Uint8Array> }
  | { readonly kind: 'error'; readonly message: string };

/** No part of a real evaluation table comes near these. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;

/** `inflate` false: only the directory is read and the sizes checked (entries come back empty). */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, inflate = true): ZipRead {
  let total = 0;
  let tooBig: string | undefined;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) { tooBig ??= f.name; return false; }
        return inflate;
      },
    });
    if (tooBig) return { kind: 'error', message: `ZIP entry ${tooBig} inflates past ${MAX_ENTRY_BYTES / 1024 / 1024} MiB (or all entries past ${MAX_TOTAL_BYTES / 1024 / 1024} MiB)` };
    return { kind: 'zip', entries: new Map(Object.entries(files)) };
  } catch (e) {
    return { kind: 'error', message: `not a readable ZIP container (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** The names in a ZIP's central directory, nothing inflated (for sniffing). */
export function zipNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  const read = readZip(bytes, (name) => { names.push(name); return false; });
  return read.kind === 'zip' ? names : null;
}

/**
 * Whether a ZIP's declared sizes stay within the bounds above, from its central directory alone
 * (nothing inflated): for readers that inflate everything themselves (exceljs), so a zip bomb is
 * refused first. Null when they do, else why not.
 */
export function zipTooLarge(bytes: Uint8Array): string | null {
  const read = readZip(bytes, () => true, false);
  return read.kind === 'error' ? read.message : null;
}
