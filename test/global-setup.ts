import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Tests that spawn the CLI or start worker threads run compiled JS from dist/, so build once
 * before the run. Incremental: an unchanged tree costs about a second. Type errors in files
 * being edited elsewhere do not stop tsc from emitting, so its exit code is not fatal here.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--incremental'], { cwd: root, stdio: 'ignore' });
  } catch {
    // type errors: dist/ was still written
  }
}
