import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { globToRegExp, isGlob, splitGlob } from './glob.js';

/** One input the importer will process: a file to read, or an argument that named nothing. */
export type WalkEntry =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'missing'; readonly path: string };

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
      for await (const path of walkFolder(base, false, onPassedOver)) {
        if (matches.test(relative(base, path).split(sep).join('/'))) { any = true; yield { kind: 'file', path }; }
      }
      if (!any) yield { kind: 'missing', path: arg };
      continue;
    }
    if (!info) yield { kind: 'missing', path: arg };
    else if (info.isDirectory()) for await (const path of walkFolder(arg, true, onPassedOver)) yield { kind: 'file', path };
    else yield { kind: 'file', path: arg };
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
async function* walkFolder(dir: string, onlyCandidates: boolean, onPassedOver: (path: string) => void): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = dir === '.' ? entry.name : join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path, onlyCandidates, onPassedOver);
    else if (onlyCandidates && !isCandidate(entry.name)) onPassedOver(path);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()) yield path;
  }
}

/** How many entries `walkPaths` will yield: a second, cheap walk that gives the progress bar its total. */
export async function countEntries(args: readonly string[], select: (entry: WalkEntry) => boolean = () => true): Promise<number> {
  let n = 0;
  for await (const entry of walkPaths(args)) if (select(entry)) n++;
  return n;
}
