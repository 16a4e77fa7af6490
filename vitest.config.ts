import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/support/sequencer.ts';

// Tests that need the built site share one build per configuration
// (tests/support/site.ts: `buildSite()` caches it under .tmp/site-builds/,
// keyed by the sources as they were when the run started: the global setup
// fingerprints them once; builds take turns under one lock). Vitest's
// default of one worker fewer than the cores means a single worker on this
// project's 2-core machines, which then sits idle while a build or Chromium
// works in another process. One worker more than the cores (three at
// least): a worker waiting for the build lock or for Chromium leaves its
// core to the others: with two, the suite's 8.5 min of CPU took 6 min 40 s
// on 2 cores (a core idle about a third of the time). Three were still not
// enough: the fresh-clone run of a2dc3e9 on the idle machine spent about
// 9 min of CPU in 7 min 45 s of npm test (1.2 of 2 cores), one worker held
// for 3.5 min by the benchmark file, which mostly waits on a CPU-throttled
// page. Two more than the cores (four here).
//
// `isolate: false`: a worker runs file after file in one module graph
// instead of a fresh process per file (about 0.6 s of start-up and the whole
// import graph again for each of the 81 files). Measured on the 50 files
// under 3 s: 54.4 s -> 40.0 s of CPU, the same 1,077 tests and results. Safe
// here because no test mocks modules or leaves globals changed: the few that
// swap process.env, fetch, Blob or DecompressionStream put them back in a
// `finally`.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    maxWorkers: Math.max(4, availableParallelism() + 2),
    isolate: false,
    // The slowest files first (a fresh clone has no timings of a last run).
    sequence: { sequencer: SlowFirstSequencer },
    // A hang still fails, but a browser test walking many pages on a loaded
    // machine does not (at load 15-23 with four workers, tests/site/care's
    // 超大 walk took 53 s and its page-kind walk passed 60 s).
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
