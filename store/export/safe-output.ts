import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { StoreError } from '../store-error.js';

/** The database file and the files SQLite keeps next to it: an export must never write over them. */
const databaseFiles = (db: string): string[] => ['', '-wal', '-shm', '-journal'].map((suffix) => resolve(db) + suffix);

/** The same file, whether by spelling (after resolving) or by inode (links, other spellings). */
export const sameFile = (a: string, b: string): boolean => {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
};

/** Refuses an output path that is the database (or its journal), however it is spelled. */
export function refuseDatabase(out: string, db: string): void {
  if (databaseFiles(db).some((f) => sameFile(out, f))) {
    throw new StoreError('EXPORT_OVER_DATABASE', `${out}: is the database being exported; choose another --out`);
  }
}

export interface WrittenFile {
  readonly path: string;
  /** a file was there before and has been replaced */
  readonly replaced: boolean;
}

/**
 * Writes `path` through a temporary file in the same folder, renamed over `path` only when
 * `write` succeeded: a failed or interrupted export leaves no partial file and the old file,
 * if any, untouched.
 */
export async function writeAtomically(path: string, write: (tmp: string) => Promise<void>): Promise<WrittenFile> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const replaced = existsSync(path);
  try {
    await write(tmp);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    if (error instanceof StoreError) throw error;
    throw new StoreError('EXPORT_FAILED', `${path}: ${(error as Error).message}; nothing was written`);
  }
  return { path, replaced };
}
