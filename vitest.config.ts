import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Tests that need the built site share one build per configuration
// (tests/support/site.ts: `buildSite()` caches it under .tmp/site-builds/,
// keyed by the sources as they were when the run started: the global setup
// fingerprints them once; builds take turns under one lock). Vitest's
// default of one worker fewer than the cores means a single worker on this
// project's 2-core machines, which then sits idle while a build or Chromium
// works in another process: two workers at least let the unit tests run
// beside the builds and browser tests (suite time in the README).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
