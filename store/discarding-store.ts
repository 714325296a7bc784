import type { Store } from './store.js';

/** A Store that keeps nothing: `import --dry-run`, and the bench's extraction-only rate through the same pipeline. */
export const discardingStore = (): Store => ({
  beginRun: () => 0,
  finishRun: () => {},
  lookup: () => null,
  putDocument: () => 'imported',
  putFailure: () => {},
  close: () => {},
});
