import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // builds dist/ once: CLI and worker-thread tests run the compiled JS
    globalSetup: ['test/global-setup.ts'],
  },
});
