import type { Database } from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { StoreError } from './store-error.js';

/** Brings the schema up to this tool's version; each migration and its version bump commit together. */
export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError('DB_SCHEMA_NEWER',
      `${db.name}: schema version ${current} is newer than this tool's ${SCHEMA_VERSION}; upgrade jixiao`);
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      // re-read under the write lock: another import started at the same moment may have
      // applied this migration while this one waited for the lock (busy_timeout)
      if ((db.pragma('user_version', { simple: true }) as number) > version) return;
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
