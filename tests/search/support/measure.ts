import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { SearchSession } from '../../../src/lib/search/engine';
import { engineBundle } from './engine-bundle';
import { serveSite } from './server';

/** Sizes of a Pagefind bundle folder, in bytes. */
export interface IndexSize {
  /** Everything Pagefind wrote, including its stock UI files that Fengong does not load. */
  totalBytes: number;
  /** The index proper: metadata, word index chunks, filters, and the block files (`items/*.json.gz`, before that `*.json`; before them, Pagefind's fragments). */
  indexBytes: number;
  /** Of which the block files, as stored (gzip JSON; plain JSON in indexes written before they were stored gzip). */
  blockFileBytes: number;
  files: number;
  records?: number;
}

export function indexSize(pagefindDir: string): IndexSize {
  let totalBytes = 0;
  let indexBytes = 0;
  let blockFileBytes = 0;
  let files = 0;
  for (const entry of readdirSync(pagefindDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    totalBytes += size;
    files++;
    if (/\.pf_(meta|index|fragment|filter)$/.test(entry.name)) indexBytes += size;
    if (/\.json(\.gz)?$/.test(entry.name) && /(^|\/)items$/.test(entry.parentPath)) {
      indexBytes += size;
      blockFileBytes += size;
    }
  }
  return { totalBytes, indexBytes, blockFileBytes, files };
}

export interface QueryCost {
  /** What the reader typed, or the search page's URL parameters when there are filters (`q=…&year=2022`). */
  query: string;
  /** Bytes the browser received (gzip where a static host would compress) for Pagefind and index files. */
  bytes: number;
  requests: number;
  /** Results shown on the first page. */
  shown: number;
  /** Matching index records (blocks) before the per-item check. */
  blocks: number;
}

/**
 * What a first query costs: a fresh browser context (empty cache) loads the
 * Pagefind bundle from `siteDir` and runs the query as the search page does
 * (first page of 10 results, exact count when at most 16 blocks match).
 * Counts the bytes of every request under `/pagefind/` (the shard manifest included). `siteDir` needs an
 * index.html at its root to host the page.
 */
export async function firstQueryCosts(browser: Browser, siteDir: string, queries: readonly string[]): Promise<QueryCost[]> {
  const site = await serveSite(siteDir);
  const engine = await engineBundle();
  const costs: QueryCost[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      await page.addScriptTag({ content: engine });
      site.sent.clear();
      const result = await page.evaluate(async (q) => {
        const { SearchSession: Session, parseSearchParams, openIndex } = window.fengongSearch;
        const pagefind = await openIndex('/pagefind/pagefind.js');
        const params = q.includes('=') ? new URLSearchParams(q) : new URLSearchParams({ q });
        const session: SearchSession | null = await Session.start(pagefind, parseSearchParams(params));
        if (!session) return { shown: 0, blocks: 0 };
        await session.countIfFew(16);
        const hits = await session.next(10);
        return { shown: hits.length, blocks: session.blockCount };
      }, query);
      const entries = [...site.sent].filter(([path]) => path.startsWith('/pagefind/'));
      costs.push({ query, bytes: entries.reduce((n, [, b]) => n + b, 0), requests: entries.length, ...result });
      await context.close();
    }
  } finally {
    await site.close();
  }
  return costs;
}

/**
 * CPU time the page spent on something, read from Chromium's own counters
 * (`Performance.getMetrics` with `timeDomain: 'threadTicks'`): unlike wall
 * time, it hardly grows when other processes take the machine's cores (two
 * runs at load 12–15 differed by under 10 %), so a loaded machine does not
 * decide whether a budget is met. Measured without CPU throttling: Chromium's
 * throttling itself takes main-thread CPU time (the same query's thread time
 * was 4–8× its unthrottled time at 4×), so the benchmark times a throttled
 * pass for wall time and an unthrottled pass for CPU time, which it then
 * multiplies by the throttle (`budgets.ts`).
 */
export interface CpuTime {
  /** CPU time of the page's main thread (`ThreadTime`): its script, style, layout, WebAssembly and garbage collection. */
  threadMs: number;
  /** Of which in tasks (`TaskDuration`, in thread time). */
  taskMs: number;
  /** Of which compiling and running script (`ScriptDuration`, in thread time). */
  scriptMs: number;
  /** CPU time of the whole renderer process (`ProcessTime`, counted in 10 ms steps): the main thread and its helpers (compiling WebAssembly, garbage collection threads). */
  processMs: number;
}

/** Reads the page's CPU counters; call the result to get the CPU time spent since. */
async function cpuMeter(cdp: CDPSession): Promise<() => Promise<CpuTime>> {
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return new Map(metrics.map((m) => [m.name, m.value]));
  };
  const before = await read();
  return async () => {
    const after = await read();
    const ms = (name: string) => Math.round(((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 10_000) / 10;
    return { threadMs: ms('ThreadTime'), taskMs: ms('TaskDuration'), scriptMs: ms('ScriptDuration'), processMs: ms('ProcessTime') };
  };
}

export interface QueryLatency {
  query: string;
  /** Milliseconds from starting the search to the first page of results, as the page runs it (exact count when at most 16 blocks match). */
  ms: number;
  /** CPU time the page spent meanwhile (see `CpuTime`). */
  cpu: CpuTime;
  shown: number;
  /** True for the first query of the page: it also loads Pagefind's script, WebAssembly and index metadata. */
  cold: boolean;
}

/** How a first query is started: what the page had loaded before the reader committed it. */
export type FirstQueryStart =
  /** Nothing: the page was opened with the query in its URL (from the header's search box on another page). */
  | 'cold'
  /** The page loaded and idle: it has readied Pagefind (`warmIndex(index, '')`), as the search page does then. */
  | 'loaded'
  /** Also the query's first index chunks, as the page preloads them while the reader types (`warmIndex(index, query)`). */
  | 'typed';

export interface FirstQueryLatency {
  query: string;
  start: FirstQueryStart;
  /** Milliseconds from committing the query to its first page of results. */
  ms: number;
  /** CPU time the page spent on the query, not on the warm-up before it (see `CpuTime`). */
  cpu: CpuTime;
  /** Milliseconds the warm-up took before the query (0 when cold): the time the reader spends reaching the box and typing must cover it. */
  warmMs: number;
  shown: number;
}

/** Runs one query in a page that has the engine (`window.fengongSearch`) and the index promise in `window.fengongIndex`. */
async function timedQuery(page: Page, query: string): Promise<{ ms: number; shown: number }> {
  return page.evaluate(async (q) => {
    const started = performance.now();
    const { SearchSession: Session, parseSearchParams, openIndex } = window.fengongSearch;
    // Opened once, as the search page keeps it.
    const kept = window as unknown as { fengongIndex?: ReturnType<typeof openIndex> };
    kept.fengongIndex ??= openIndex('/pagefind/pagefind.js');
    const pagefind = await kept.fengongIndex;
    const params = q.includes('=') ? new URLSearchParams(q) : new URLSearchParams({ q });
    const session: SearchSession | null = await Session.start(pagefind, parseSearchParams(params));
    let shown = 0;
    if (session) {
      await session.countIfFew(16);
      shown = (await session.next(10)).length;
    }
    return { ms: performance.now() - started, shown };
  }, query);
}

async function throttledPage(context: BrowserContext, origin: string, engine: string, cpuThrottle: number): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.addScriptTag({ content: engine });
  const cdp = await context.newCDPSession(page);
  if (cpuThrottle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  // Durations in thread time, not wall time (see `CpuTime`).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

/**
 * How long queries take with Chromium's CPU slowed `cpuThrottle` times (4 ≈
 * a mid-range phone, as Lighthouse's mobile preset): one page, the queries in
 * turn, the first cold. Served from localhost, so this is computing time, not
 * network time. Wall-clock numbers: for the benchmark, never for tests.
 */
export async function queryLatencies(browser: Browser, siteDir: string, queries: readonly string[], cpuThrottle = 4): Promise<QueryLatency[]> {
  const site = await serveSite(siteDir);
  const engine = await engineBundle();
  try {
    const context = await browser.newContext();
    const { page, cdp } = await throttledPage(context, site.origin, engine, cpuThrottle);
    const out: QueryLatency[] = [];
    for (const [i, query] of queries.entries()) {
      const spent = await cpuMeter(cdp);
      const result = await timedQuery(page, query);
      out.push({ query, ms: Math.round(result.ms), cpu: await spent(), shown: result.shown, cold: i === 0 });
    }
    await context.close();
    return out;
  } finally {
    await site.close();
  }
}

/**
 * A first query in a fresh page (empty cache), throttled as above, in each of
 * the ways a reader starts one (`FirstQueryStart`).
 */
export async function firstQueryLatencies(browser: Browser, siteDir: string, queries: readonly string[], cpuThrottle = 4): Promise<FirstQueryLatency[]> {
  const site = await serveSite(siteDir);
  const engine = await engineBundle();
  const out: FirstQueryLatency[] = [];
  try {
    for (const query of queries) {
      for (const start of ['cold', 'loaded', 'typed'] as const) {
        const context = await browser.newContext();
        const { page, cdp } = await throttledPage(context, site.origin, engine, cpuThrottle);
        const warmMs =
          start === 'cold'
            ? 0
            : await page.evaluate(
                async ({ q, text }) => {
                  const started = performance.now();
                  const { openIndex, warmIndex } = window.fengongSearch;
                  const kept = window as unknown as { fengongIndex?: ReturnType<typeof openIndex> };
                  kept.fengongIndex ??= openIndex('/pagefind/pagefind.js');
                  await warmIndex(await kept.fengongIndex, text ? (q.includes('=') ? (new URLSearchParams(q).get('q') ?? '') : q) : '');
                  return performance.now() - started;
                },
                { q: query, text: start === 'typed' },
              );
        const spent = await cpuMeter(cdp);
        const result = await timedQuery(page, query);
        out.push({ query, start, ms: Math.round(result.ms), cpu: await spent(), warmMs: Math.round(warmMs), shown: result.shown });
        await context.close();
      }
    }
  } finally {
    await site.close();
  }
  return out;
}
