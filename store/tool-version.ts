import { readFileSync } from 'node:fs';

/** The package version, found by walking up from this module (source or dist/ depth differ). */
export function toolVersion(): string {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'jixiao' && pkg.version) return pkg.version;
    } catch {
      // no package.json here: keep walking
    }
    if (dir.pathname === '/') return 'unknown';
  }
}
