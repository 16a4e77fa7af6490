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
// on 2 cores (a core idle about a third of the time). Four were tried
// (434a111) on the belief that cores stood idle with three, from the run's
// rusage (9 min 50 s of CPU in 8 min 21 s); but rusage misses Chromium's
// renderers (forked by its zygote, not waited for by the test process): the
// fresh-clone run of caf2cea kept the machine's two cores busy for 1,052 of
// 1,088 s (/proc/stat), 33 s idle, while rusage counted 609 s. More workers
// cannot speed up a suite that already fills the cores, so back to three,
// the setting measured before.
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
    maxWorkers: Math.max(3, availableParallelism() + 1),
    isolate: false,
    // The slowest files first (a fresh clone has no timings of a last run).
    sequence: { sequencer: SlowFirstSequencer },
    // A hang still fails, but a browser test walking many pages on a loaded
    // machine does not (at load 15-23, tests/site/care's
    // 超大 walk took 53 s and its page-kind walk passed 60 s).
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
