/**
 * The order vitest starts test files in (vitest.config.ts `sequence.sequencer`).
 *
 * Vitest starts the files that took longest in its last run first, but a
 * fresh clone (CI) has no last run, so it falls back to the largest files
 * first, and a one-minute file of 56 lines (the benchmark) started last and
 * ran alone at the end: the tail of the whole suite. These files are started
 * first, in this order, longest first, measured in `bash .ci/run`
 * (.tmp/vitest.json, per file); the order also spreads the site builds,
 * which take turns under one lock (tests/support/site.ts): the benchmark's
 * build, then the sub-path build (a11y) and the default build (care), while
 * the importer's tests, which build nothing, keep the cores busy. Every
 * other file keeps vitest's own order after these.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const SLOW_FIRST = [
  // The longest file (3-4 min, three quarters of it waiting on a CPU-throttled
  // page): first, so the run does not end on it. It holds the build lock
  // only while it builds (about 20 s idle), before the site builds below.
  'tests/scale/bench.test.ts',
  'tests/site/a11y.test.ts',
  'tests/importer/formats.test.ts',
  'tests/importer/trust.test.ts',
  'tests/site/care.test.ts',
  'tests/build/trust.test.ts',
  'tests/site/nginx.test.ts',
  'tests/e2e/plans.test.ts',
  'tests/unit-pages/axe.test.ts',
  'tests/importer/safety.test.ts',
  'tests/search/search-reading.test.ts',
  'tests/search/recall.test.ts',
  'tests/search/search-page.test.ts',
  'tests/site/government.test.ts',
  'tests/site/phone.test.ts',
  'tests/site/build.test.ts',
  // Started among the last small files they ended the run (fresh-clone runs of d58c046).
  'tests/site/document-block.test.ts',
  'tests/importer/facts.test.ts',
  'tests/unit-pages/large-site.test.ts',
  'tests/data/write-folder.test.ts',
  'tests/importer/reimport.test.ts',
  'tests/data/determinism.test.ts',
  // Files of 4-10 s that ended the fresh-clone run of cbf637e (5 min 5.6 s; the corpus test, 7 s, started at 272 s of 279,
  // alone on its core at the end): started before the sub-second files.
  'tests/search/integration.test.ts',
  'tests/importer/corpus.test.ts',
  'tests/site/print.test.ts',
  'tests/unit-pages/registry-lines.test.ts',
  'tests/search/shards-page.test.ts',
  'tests/build/content-errors.test.ts',
  'tests/data/workbook.test.ts',
  'tests/search/stored.test.ts',
  'tests/data/build.test.ts',
];

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const at = SLOW_FIRST.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
      return at === -1 ? SLOW_FIRST.length : at;
    };
    // Array.prototype.sort is stable: files not listed keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
