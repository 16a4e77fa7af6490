import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../bench/synth/search-cost';
import { buildEnv } from '../support/site';

/**
 * A small run of the real benchmark (generate, `npm run build`, measure), so
 * the benchmark cannot rot. It asserts what was measured, never how fast.
 * 100 plans, the size the scale issue names for the suite (about 20 s of build
 * on an idle machine); the Chromium step runs only where Chromium exists.
 * Each search case is timed once (`--timing-runs 1`) instead of the five runs
 * whose medians the budgets are judged on, and one query instead of three is
 * timed as a reader's first (`--first-queries`; each start, cold, loaded and
 * typed, a fresh browser context twice over: most of the measuring's CPU):
 * every measurement still runs and is checked. The run holds the build lock only while it builds, not while
 * it measures (about half of its time), so the suite's other builds need not
 * wait for it.
 */
const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'fengong-bench-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run bench (100 plans)', () => {
  // Generous: the run waits for the shared build lock behind every other test build in the suite.
  it('builds a generated corpus and writes results.json and results.md', { timeout: 2_400_000 }, () => {
    const args = ['run', 'bench', '--', '--plans', '100', '--results', join(work, 'results'), '--work', join(work, 'work'), '--timing-runs', '1', '--first-queries', '市卫生健康局'];
    if (!existsSync(chromiumPath)) args.push('--no-browser');
    // Without the test runner's variables, as a person runs it (a Chromium of its own: tests/support/browser.ts).
    const run = spawnSync('npm', args, { cwd: root, encoding: 'utf8', env: buildEnv() });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

    const results = JSON.parse(readFileSync(join(work, 'results', 'results.json'), 'utf8'));
    expect(results.machine).toMatchObject({ cpus: expect.any(Number), node: expect.stringMatching(/^24\./) });
    const [r] = results.runs;
    expect(r.plans).toBe(100);
    expect(r.requirements).toBeGreaterThan(4000);
    expect(r.pages).toBeGreaterThan(100);
    expect(r.peakRssBytes).toBeGreaterThan(0);
    expect(r.output.files).toBeGreaterThan(r.pages);
    const types = r.weights.map((w: { type: string }) => w.type);
    expect(types).toEqual(expect.arrayContaining(['home', 'unit']));
    for (const w of r.weights) expect(w.htmlGzipMax).toBeGreaterThan(0);
    if (r.firstSearch) {
      // A first search on a real page downloads Pagefind and shows results.
      expect(r.firstSearch.pagefindBytes).toBeGreaterThan(0);
    } else expect(r.firstSearchNote).toMatch(/skipped/);
    if (r.search) {
      // The search budgets' queries (tests/search/support/budgets.ts), each measured in an empty cache.
      expect(r.search.firstQuery.length).toBeGreaterThan(10);
      expect(r.search.maxFirstQueryBytes).toBeGreaterThan(0);
      expect(r.search.latency.first.map((f: { query: string; start: string }) => `${f.query} ${f.start}`)).toEqual(['市卫生健康局 cold', '市卫生健康局 loaded', '市卫生健康局 typed']);
      // Timed as many times as asked, wall time and the page's CPU time alike.
      expect(r.search.latency.runs).toBe(1);
      for (const t of [...r.search.latency.queries, ...r.search.latency.first]) {
        expect(t.runsMs).toHaveLength(1);
        expect(t.runsCpuMs).toHaveLength(1);
        expect(t.cpu.throttledMs).toBeGreaterThan(0);
      }
    } else expect(r.searchNote).toMatch(/skipped/);
    // Build, linearity, plan page, CSS, first search, and the two search budgets.
    expect(results.targets).toHaveLength(7);

    const md = readFileSync(join(work, 'results', 'results.md'), 'utf8');
    expect(md).toContain('| plans | requirements |');
    expect(md).toContain('## Targets');
    // The build output is removed after measuring unless --keep is given.
    expect(existsSync(join(root, 'dist.bench-100'))).toBe(false);
  });
});
