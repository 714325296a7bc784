import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** What reading one named file gave: its bytes, or why there are none (a stable code). */
export type CappedRead =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'error'; readonly code: 'FILE_NOT_FOUND' | 'FILE_UNREADABLE' | 'FILE_TOO_LARGE'; readonly message: string };

/** The largest file read (README "Limits"): a bigger one is FILE_TOO_LARGE, read no further. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

const CHUNK = 1024 * 1024;

const kindOf = (info: Stats): string =>
  info.isFIFO() ? 'a FIFO (named pipe)' : info.isCharacterDevice() ? 'a character device' : info.isBlockDevice() ? 'a block device'
    : info.isSocket() ? 'a socket' : info.isDirectory() ? 'a directory' : 'not a regular file';

/**
 * Reads a file with the size checked while reading, not by `stat` (a file may grow, `/proc`
 * files report 0): at most `maxBytes + 1` bytes are ever held. Opened non-blocking, so a FIFO
 * named on the command line cannot hang the open; only regular files are read (a FIFO,
 * `/dev/zero` or a socket is refused with FILE_UNREADABLE saying what it is). Never throws.
 */
export async function readCapped(path: string | Buffer, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<CappedRead> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'error', code: 'FILE_NOT_FOUND', message: 'no such file' };
    return { kind: 'error', code: 'FILE_UNREADABLE', message: reason(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'error', code: 'FILE_UNREADABLE', message: `${kindOf(info)}, not a file` };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total) || 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { kind: 'error', code: 'FILE_TOO_LARGE', message: `over the ${maxBytes} byte limit (${mib(maxBytes)})` };
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
    return { kind: 'bytes', bytes };
  } catch (error) {
    return { kind: 'error', code: 'FILE_UNREADABLE', message: reason(error) };
  } finally {
    await handle.close().catch(() => {});
  }
}

const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MiB`;

const reason = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'ELOOP') return 'symbolic link loop';
  return e.message ?? String(error);
};
