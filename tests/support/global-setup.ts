/**
 * Vitest's global setup (vitest.config.ts): fingerprints the build's sources
 * once, before any test file runs, and provides it to every worker, so that
 * all test files of one run ask `buildSite()` (tests/support/site.ts) for the
 * same cached builds: one per configuration per run, even when a source file
 * changes while the suite runs.
 */
import type { TestProject } from 'vitest/node';
import { sourcesFingerprint } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The build's sources' fingerprint, taken when the run started. */
    fengongSources: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('fengongSources', sourcesFingerprint());
}
