import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isGlob, splitGlob } from './glob.js';

/** Shard `index` of `count` (1-based): `--shard 2/4`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/**
 * What a file is keyed by for sharding: its path relative to the argument that named it (the
 * folder, or a glob's base), `/`-separated — the same on every machine whatever the archive is
 * mounted at. A file named directly is keyed by its name as given.
 */
export function shardKey(path: string, args: readonly string[]): string {
  const full = resolve(path);
  let best: string | null = null;
  for (const arg of args) {
    const base = resolve(isGlob(arg) && !existsSync(arg) ? splitGlob(arg).base : arg);
    if ((full === base || full.startsWith(base + sep)) && (best === null || base.length > best.length)) best = base;
  }
  const key = best === null || best === full ? path : relative(best, full);
  return key.split(sep).join('/');
}

/**
 * A stable split of the file list: a file belongs to shard ⌊hash(key) · n⌋ + 1 (sha256 of the
 * key, its first 48 bits as a fraction). Every file is in exactly one shard; the split does not
 * depend on the order of the walk, on which other files exist, or on the machine.
 */
export function inShard(key: string, shard: Shard): boolean {
  const h = createHash('sha256').update(key).digest();
  const fraction = h.readUIntBE(0, 6) / 2 ** 48;
  return Math.floor(fraction * shard.count) + 1 === shard.index;
}
