import { lstat, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { globToRegExp, isGlob, splitGlob } from './glob.js';

/**
 * One input the importer will process: a file to read, an argument that named nothing, or a
 * path inside a folder that could not be taken (unreadable folder, dangling link, FIFO …) —
 * reported and counted, never passed over silently.
 * `open` is the path as bytes when the name is not valid UTF-8 (a GBK name from a zip made on
 * Chinese Windows): `path` then shows it decoded as GB18030, `open` is what the system opens.
 */
export type WalkEntry =
  | { readonly kind: 'file'; readonly path: string; readonly open?: Buffer }
  | { readonly kind: 'missing'; readonly path: string }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string };

/**
 * Streams the files named by the arguments: files as given, folders recursively (sorted, dot
 * files skipped, symlinked folders not followed so a loop cannot recur), globs matched below
 * their static base. Holds one directory listing at a time, never the whole tree.
 */
export async function* walkPaths(args: readonly string[], onPassedOver: (path: string) => void = () => {}): AsyncGenerator<WalkEntry> {
  for (const arg of args) {
    // a path that exists is taken as it is, even when its name has glob characters (`[2022] 档案`)
    const info = await stat(arg).catch(() => null);
    if (!info && isGlob(arg)) {
      const { base, pattern } = splitGlob(arg);
      const matches = globToRegExp(pattern);
      let any = false;
      for await (const entry of walkFolder(folderOf(base), false, onPassedOver)) {
        // an unreadable folder may hold matches: always reported; other entries when they match
        const folderSkipped = entry.kind === 'skipped' && entry.reason.startsWith('folder');
        if (folderSkipped || matches.test(relative(base, entry.path).split(sep).join('/'))) { any = true; yield entry; }
      }
      if (!any) yield { kind: 'missing', path: arg };
      continue;
    }
    if (!info) yield (await lstat(arg).catch(() => null)) ? { kind: 'skipped', path: arg, reason: await brokenLink(arg) } : { kind: 'missing', path: arg };
    else if (info.isDirectory()) yield* walkFolder(folderOf(arg), true, onPassedOver);
    else yield { kind: 'file', path: arg };
  }
}

/** Why a symbolic link leads nowhere: its target is missing, or links lead back in a loop. */
async function brokenLink(path: string | Buffer): Promise<string> {
  const code = await stat(path).then(() => null, (error: NodeJS.ErrnoException) => error.code);
  return code === 'ELOOP' ? 'symbolic link loop' : 'dangling symbolic link';
}

interface Folder {
  readonly path: string;
  readonly bytes: Buffer;
}

const folderOf = (path: string): Folder => ({ path, bytes: Buffer.from(path) });

/** A file name's bytes → its text: UTF-8 when valid, else GB18030 (what Chinese Windows writes). */
function decodeName(bytes: Buffer): { name: string; utf8: boolean } {
  try {
    return { name: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
  } catch {
    return { name: new TextDecoder('gb18030').decode(bytes), utf8: false };
  }
}

/**
 * Inside folders, files that are certainly no archive document (this tool's own databases and
 * records, notes, code) are passed over; everything else is tried and, if it cannot be read,
 * reported. Files named on the command line, and files a glob names (a quoted glob of *.md for
 * MinerU's Markdown), are always taken.
 */
const NOT_A_DOCUMENT = /\.(json|jsonl|md|markdown|sqlite|sqlite3|sqlite-wal|sqlite-shm|db|db-journal|js|mjs|cjs|ts|map|lock|log|ya?ml|toml|ini|sh|py)$/i;
export const isCandidate = (name: string): boolean => !NOT_A_DOCUMENT.test(name);

/** `onlyCandidates`: a plain folder walk passes over non-documents; a glob takes what it names. */
async function* walkFolder(dir: Folder, onlyCandidates: boolean, onPassedOver: (path: string) => void): AsyncGenerator<WalkEntry> {
  let entries;
  try {
    entries = await readdir(dir.bytes, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield { kind: 'skipped', path: dir.path, reason: code === 'EACCES' || code === 'EPERM' ? 'folder not readable (permission denied)' : `folder not readable (${code ?? String(error)})` };
    return;
  }
  const named = entries.map((entry) => ({ entry, ...decodeName(entry.name as Buffer) }));
  named.sort((a, b) => Buffer.compare(a.entry.name as Buffer, b.entry.name as Buffer));
  for (const { entry, name, utf8 } of named) {
    if (name.startsWith('.')) continue;
    const path = dir.path === '.' ? name : join(dir.path, name);
    const bytes = Buffer.concat([dir.bytes, Buffer.from(sep), entry.name as Buffer]);
    const file: WalkEntry = utf8 && dir.bytes.equals(Buffer.from(dir.path)) ? { kind: 'file', path } : { kind: 'file', path, open: bytes };
    if (entry.isDirectory()) { yield* walkFolder({ path, bytes }, onlyCandidates, onPassedOver); continue; }
    if (onlyCandidates && !isCandidate(name)) { onPassedOver(path); continue; }
    if (entry.isFile()) { yield file; continue; }
    if (entry.isSymbolicLink()) {
      const target = await stat(bytes).catch(() => null);
      if (target?.isFile()) yield file;
      else if (!target) yield { kind: 'skipped', path, reason: await brokenLink(bytes) };
      else if (target.isDirectory()) yield { kind: 'skipped', path, reason: 'symbolic link to a folder, not followed' };
      else yield { kind: 'skipped', path, reason: 'symbolic link to something that is not a file' };
      continue;
    }
    yield { kind: 'skipped', path, reason: entry.isFIFO() ? 'a FIFO (named pipe), not a file' : entry.isSocket() ? 'a socket, not a file' : 'a device, not a file' };
  }
}

/** How many entries `walkPaths` will yield: a second, cheap walk that gives the progress bar its total. */
export async function countEntries(args: readonly string[], select: (entry: WalkEntry) => boolean = () => true): Promise<number> {
  let n = 0;
  for await (const entry of walkPaths(args)) if (select(entry)) n++;
  return n;
}
