import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

/** Fresh folders, removed after each test (or, with 'all', after the file's last test). */
export function useTmpDir(scope: 'each' | 'all' = 'each'): () => string {
  const made: string[] = [];
  (scope === 'each' ? afterEach : afterAll)(() => { for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true }); });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-store-'));
    made.push(dir);
    return dir;
  };
}
