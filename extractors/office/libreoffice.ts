import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { converterMissing, describeLegacy, inputExtension, LEGACY_TARGET, type Conversion, type ConvertLegacy } from './convert-legacy.js';

/**
 * I/O, for wrappers only (CLI, import workers): legacy binaries converted by LibreOffice headless.
 * Each conversion runs in a temporary folder of its own with a private profile (conversions in
 * parallel do not share LibreOffice's user installation, which it locks), under a time limit that
 * kills the whole process group, and the folder is removed afterwards whatever happened.
 */
export interface LibreOfficeOptions {
  /** the soffice binary; default: $JIXIAO_SOFFICE, else `soffice` on PATH */
  readonly binary?: string;
  /** default 90 s: below the import workers' 120 s per file, so a hung conversion is reported as such */
  readonly timeoutMs?: number;
}

export const DEFAULT_CONVERT_TIMEOUT_MS = 90_000;

/** The soffice executable, or null when LibreOffice is not installed. */
export function findSoffice(explicit?: string): string | null {
  const wanted = explicit ?? process.env['JIXIAO_SOFFICE'];
  if (wanted) return existsSync(wanted) ? wanted : null;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'soffice'))) return join(dir, 'soffice');
  }
  return null;
}

export function libreOfficeConverter(options: LibreOfficeOptions = {}): ConvertLegacy {
  return async (bytes, family, source = 'ole2') => {
    const binary = findSoffice(options.binary);
    if (!binary) return converterMissing(family, source);
    const target = { ...LEGACY_TARGET[family], what: describeLegacy(family, source) };
    const work = await mkdtemp(join(tmpdir(), 'jixiao-lo-'));
    try {
      const input = join(work, `input.${inputExtension(family, source)}`);
      const out = join(work, 'out');
      await writeFile(input, bytes);
      const args = ['--headless', '--norestore', '--nolockcheck', '--nodefault', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--convert-to', target.ext, '--outdir', out, input];
      const run = await runKilled(binary, args, options.timeoutMs ?? DEFAULT_CONVERT_TIMEOUT_MS);
      if (run !== 'ok') return { kind: 'error', code: 'CONVERSION_FAILED', message: `LibreOffice could not convert ${target.what} to .${target.ext}: ${run}` } satisfies Conversion;
      const made = existsSync(out) ? (await readdir(out)).find((f) => f.endsWith(`.${target.ext}`)) : undefined;
      if (!made) return { kind: 'error', code: 'CONVERSION_FAILED', message: `LibreOffice wrote no .${target.ext} for ${target.what} (a damaged or password-protected file?)` };
      return { kind: 'converted', bytes: new Uint8Array(await readFile(join(out, made))) };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  };
}

/** Runs a process in its own group; 'ok', or why not. The whole group is killed at the deadline. */
function runKilled(binary: string, args: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => { if (stderr.length < 2000) stderr += d.toString(); });
    const timer = setTimeout(() => {
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
      resolve(`no result within ${Math.round(timeoutMs / 1000)} s`);
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); resolve(e.message); });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? 'ok' : `exit code ${code}${stderr ? `: ${stderr.trim().slice(0, 300)}` : ''}`);
    });
  });
}
