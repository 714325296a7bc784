import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ROOT } from '../store/cli.js';

/** Debian's chromium (CI installs it with .ci/run); tests skip with this message when it is missing. */
export const CHROMIUM = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const NO_CHROMIUM = `skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set JIXIAO_CHROMIUM)`;

/** Screenshots are test artefacts, kept out of git (test-artifacts/ is ignored). */
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/**
 * Headless Chromium with no network chatter and a fresh profile (playwright takes the
 * --user-data-dir as the persistent context's folder), closed and removed by `close`.
 */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'jixiao-chromium-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1500, height: 950 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
