/**
 * Benchmark: for each corpus size, generate a corpus, build the site with the
 * real `npm run build`, and measure time, memory, output and page weight.
 *
 *   npm run bench -- --plans 100,1000,10000 [--seed 1] [--results bench] [--no-browser] [--keep] [--merge] [--timing-runs N] [--first-queries 词,词]
 *
 * --timing-runs: how many times each search case is timed (default 5, the
 * medians the budgets are judged on); the test suite's run
 * (tests/scale/bench.test.ts) asks for 1, which proves every measurement
 * works in a fraction of the time.
 * --first-queries: the queries timed as a reader's first, cold, after the
 * page loaded and after typing (default the budget's three,
 * tests/search/support/budgets.ts `firstQueryTimed`, on which the budget is
 * judged); the test suite's run asks for one, which takes each of those ways
 * through the measurement.
 *
 * Writes <results>/results.json and <results>/results.md. Builds share the
 * Astro content cache, so each build holds /tmp/fengong-build.lock (taken
 * before its clock starts); generating the corpus and measuring the output
 * and the search page do not, so other builds need not wait for them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCorpus } from '../bench/synth/write';
import { folderSize, htmlPages, processGroupRss, weightsByType, type TypeWeight } from '../bench/synth/measure';
import { basePathOf, chromiumPath, measureFirstSearch, type SearchCost } from '../bench/synth/search-cost';
import { launchBrowser } from '../tests/support/browser';
import { budgets, firstMaxMs, firstQueryTimed, loadedMaxMs, measureSearch, timingRuns, withinBudgets, type SearchMeasures } from '../tests/search/support/budgets';

const lockFile = '/tmp/fengong-build.lock';
/** Terminal colour codes in the build log (ESC [ … m). */
const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const root = resolve(new URL('..', import.meta.url).pathname);

function usage(message: string): never {
  console.error(`${message}\nusage: npm run bench -- --plans 100,1000[,10000] [--seed N] [--results DIR] [--work DIR] [--query 词] [--no-browser] [--keep] [--merge] [--timing-runs N] [--first-queries 词,词]`);
  process.exit(2);
}

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => ['--no-browser', '--keep', '--merge'].includes(a)));
const options = new Map<string, string>();
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (flags.has(a)) continue;
  if (!['--plans', '--seed', '--results', '--work', '--query', '--timing-runs', '--first-queries'].includes(a)) usage(`unknown option ${a}`);
  const value = argv[++i];
  if (value === undefined) usage(`${a} needs a value`);
  options.set(a, value);
}
const sizes = (options.get('--plans') ?? '100').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) usage(`--plans must be a comma-separated list of positive integers, got ${options.get('--plans')}`);
const seed = Number(options.get('--seed') ?? '1');
const resultsDir = resolve(options.get('--results') ?? join(root, 'bench'));
const workDir = resolve(options.get('--work') ?? join(root, '.tmp', 'bench'));
const query = options.get('--query') ?? '政务公开';
const runsPerCase = Number(options.get('--timing-runs') ?? timingRuns);
if (!Number.isInteger(runsPerCase) || runsPerCase < 1) usage(`--timing-runs must be a positive integer, got ${options.get('--timing-runs')}`);
const firstQueries = options.has('--first-queries') ? options.get('--first-queries')!.split(',').filter(Boolean) : [...firstQueryTimed];
if (firstQueries.length === 0) usage('--first-queries needs at least one query');


interface Run {
  plans: number;
  requirements: number;
  units: number;
  date: string;
  commit: string;
  synthSeconds: number;
  buildSeconds: number;
  /** HTML pages in the output. */
  pages: number;
  pagesPerSecond: number;
  /** Peak of the summed RSS of every process of the build (npm, node, Pagefind). */
  peakRssBytes: number;
  /** Peak RSS of the largest single process. */
  peakRssLargestBytes: number;
  peakProcesses: number;
  output: { files: number; bytes: number };
  pagefind: { files: number; bytes: number } | null;
  /** The data folder (data files, SHA256SUMS, the zip). */
  data: { files: number; bytes: number } | null;
  firstSearch: SearchCost | null;
  firstSearchNote: string | null;
  /** The search budgets' measurements (tests/search/support/budgets.ts): bytes of each first query, query times at 4× CPU. */
  search: SearchMeasures | null;
  searchNote: string | null;
  weights: TypeWeight[];
  /** Lines of the build log that report phase timings. */
  phases: string[];
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function commitId(): string {
  const head = git('rev-parse', '--short', 'HEAD');
  return git('status', '--porcelain', '--untracked-files=no') === '' ? head : `${head}+uncommitted`;
}

/**
 * Takes the build lock and returns its release: `flock` holds it for a child
 * that waits on its standard input, and says so once it has it.
 */
async function takeBuildLock(): Promise<() => void> {
  const holder = spawn('flock', [lockFile, 'sh', '-c', 'echo locked; exec cat >/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((ok, fail) => {
    holder.stdout.once('data', () => ok());
    holder.once('error', fail);
    holder.once('close', (code) => fail(new Error(`could not take the build lock ${lockFile} (flock exit ${code})`)));
  });
  return () => holder.stdin.end();
}

/** Runs `npm run build -- --outDir <outDir>` under the build lock, in its own process group, and samples its memory. */
async function build(corpus: string, outDir: string, log: string): Promise<{ seconds: number; peak: number; largest: number; processes: number; code: number }> {
  const release = await takeBuildLock();
  try {
    return await buildLocked(corpus, outDir, log);
  } finally {
    release();
  }
}

async function buildLocked(corpus: string, outDir: string, log: string): Promise<{ seconds: number; peak: number; largest: number; processes: number; code: number }> {
  const started = performance.now();
  const out = createWriteStream(log);
  const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, FENGONG_CONTENT: corpus },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let peak = 0;
  let largest = 0;
  let processes = 0;
  const sample = () => {
    const rss = processGroupRss(child.pid!);
    peak = Math.max(peak, rss.total);
    largest = Math.max(largest, rss.largest);
    processes = Math.max(processes, rss.processes);
  };
  const timer = setInterval(sample, 200);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  clearInterval(timer);
  out.end();
  return { seconds: (performance.now() - started) / 1000, peak, largest, processes, code };
}

async function runSize(plans: number): Promise<Run> {
  const corpus = join(workDir, `corpus-${plans}`);
  const outDir = join(root, `dist.bench-${plans}`);
  const log = join(workDir, `build-${plans}.log`);
  mkdirSync(workDir, { recursive: true });

  const synthStarted = performance.now();
  const themesYaml = readFileSync(join(root, 'src/content/themes/themes.yaml'), 'utf8');
  const summary = writeCorpus({ out: corpus, plans, seed, themesYaml });
  const synthSeconds = (performance.now() - synthStarted) / 1000;
  for (const skipped of summary.skippedRegions) console.warn(`bench: left out region ${skipped}`);
  console.log(`bench ${plans}: corpus ${summary.requirements} requirements, ${summary.units} units (${synthSeconds.toFixed(1)}s); building…`);

  rmSync(outDir, { recursive: true, force: true });
  const result = await build(corpus, outDir, log);
  if (result.code !== 0) {
    throw new Error(`build of ${plans} plans failed (exit ${result.code}); see ${log}:\n${readFileSync(log, 'utf8').split('\n').slice(-25).join('\n')}`);
  }
  const logText = readFileSync(log, 'utf8');
  const phases = logText
    .split('\n')
    .map((l) => l.replace(ansiColour, '').trim())
    .filter((l) => /(Completed in|page\(s\) built in|Indexed .* in|Wrote .* in|data .* in \d)/.test(l));
  const pages = htmlPages(outDir).length;
  const pagefindDir = join(outDir, 'pagefind');
  let firstSearch: SearchCost | null = null;
  let firstSearchNote: string | null = null;
  if (flags.has('--no-browser')) firstSearchNote = 'skipped (--no-browser)';
  else if (!existsSync(chromiumPath)) firstSearchNote = `skipped: ${chromiumPath} not installed`;
  else if (!existsSync(join(outDir, 'search', 'index.html'))) firstSearchNote = 'skipped: the site has no search page';
  else if (!existsSync(pagefindDir)) firstSearchNote = 'skipped: the build wrote no pagefind/ index';
  else firstSearch = await measureFirstSearch(outDir, query);
  let search: SearchMeasures | null = null;
  let searchNote: string | null = firstSearchNote;
  if (firstSearch && basePathOf(outDir) !== '/') searchNote = `skipped: the search budgets are measured for a site built at /, not ${basePathOf(outDir)}`;
  else if (firstSearch) {
    console.log(`bench ${plans}: measuring the search budgets…`);
    const browser = await launchBrowser();
    try {
      search = await measureSearch(browser, outDir, undefined, runsPerCase, firstQueries);
    } finally {
      await browser.close();
    }
  }

  const run: Run = {
    plans: summary.plans,
    requirements: summary.requirements,
    units: summary.units,
    date: new Date().toISOString(),
    commit: commitId(),
    synthSeconds: round(synthSeconds),
    buildSeconds: round(result.seconds),
    pages,
    pagesPerSecond: round(pages / result.seconds),
    peakRssBytes: result.peak,
    peakRssLargestBytes: result.largest,
    peakProcesses: result.processes,
    output: folderSize(outDir),
    pagefind: existsSync(pagefindDir) ? folderSize(pagefindDir) : null,
    data: existsSync(join(outDir, 'data')) ? folderSize(join(outDir, 'data')) : null,
    firstSearch,
    firstSearchNote,
    search,
    searchNote,
    weights: weightsByType(outDir),
    phases,
  };
  console.log(
    `bench ${plans}: built ${pages} pages in ${run.buildSeconds}s (${run.pagesPerSecond}/s), peak RSS ${mb(run.peakRssBytes)}, ` +
      `output ${mb(run.output.bytes)} in ${run.output.files} files` +
      (firstSearch ? `, first search ${kb(firstSearch.totalBytes)}` : ''),
  );
  if (!flags.has('--keep')) rmSync(outDir, { recursive: true, force: true });
  return run;
}

const round = (n: number) => Math.round(n * 100) / 100;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

interface Target {
  target: string;
  measured: string;
  status: 'pass' | 'fail' | 'not measured';
}

function targets(runs: Run[]): Target[] {
  const at = (n: number) => runs.find((r) => r.plans === n);
  const largest = [...runs].sort((a, b) => b.plans - a.plans)[0];
  const r100 = at(100);
  const r10k = at(10_000);
  const list: Target[] = [];
  list.push(
    r10k
      ? {
          target: '10,000 plans build in < 15 min with peak memory < 4 GB',
          measured: `${(r10k.buildSeconds / 60).toFixed(1)} min, ${mb(r10k.peakRssBytes)}`,
          status: r10k.buildSeconds < 900 && r10k.peakRssBytes < 4 * 1024 ** 3 ? 'pass' : 'fail',
        }
      : { target: '10,000 plans build in < 15 min with peak memory < 4 GB', measured: 'no 10,000-plan run', status: 'not measured' },
  );
  if (r100 && r10k) {
    const ratio = r10k.buildSeconds / r100.buildSeconds;
    list.push({ target: 'time linear: t(10,000) ≤ 130 × t(100)', measured: `${ratio.toFixed(1)} ×`, status: ratio <= 130 ? 'pass' : 'fail' });
  } else {
    const r1k = at(1000);
    list.push({
      target: 'time linear: t(10,000) ≤ 130 × t(100)',
      measured: r100 && r1k ? `no 10,000-plan run; t(1,000) = ${(r1k.buildSeconds / r100.buildSeconds).toFixed(1)} × t(100) (linear: ≤ 13)` : 'needs the 100 and 10,000 runs',
      status: 'not measured',
    });
  }
  const plan = largest?.weights.find((w) => w.type === 'plan');
  // Issue 19: remembering the text size, contrast and 长者模式 is worth one small script (site/prefs.js,
  // src/client/prefs.ts); it is the only one a plan page may load (tests/e2e/plans.test.ts checks which).
  const planTarget = 'plan page ≤ 30 KB gzipped HTML; its only script the reading-preferences script, ≤ 1.5 KB gzipped';
  list.push(
    plan
      ? {
          target: planTarget,
          measured: `max ${kb(plan.htmlGzipMax)} (${plan.heaviest}), ${plan.scriptsMax} script(s), ${kb(plan.jsGzipMax)} of JavaScript (${largest!.plans} plans)`,
          status: plan.htmlGzipMax <= 30 * 1024 && plan.scriptsMax <= 1 && plan.jsGzipMax <= 1.5 * 1024 ? 'pass' : 'fail',
        }
      : { target: planTarget, measured: 'the site has no plan pages yet', status: 'not measured' },
  );
  const css = largest ? Math.max(0, ...largest.weights.map((w) => w.cssGzipMax)) : 0;
  list.push(
    largest && largest.weights.length > 0
      ? { target: 'CSS ≤ 15 KB gzipped (any page)', measured: kb(css), status: css <= 15 * 1024 ? 'pass' : 'fail' }
      : { target: 'CSS ≤ 15 KB gzipped (any page)', measured: 'no pages', status: 'not measured' },
  );
  list.push(
    r10k?.firstSearch
      ? {
          target: 'first Chinese query on the 10,000-plan site < 300 KB',
          measured: `${kb(r10k.firstSearch.totalBytes)} (“${r10k.firstSearch.query}”)`,
          status: r10k.firstSearch.totalBytes < 300 * 1024 ? 'pass' : 'fail',
        }
      : {
          target: 'first Chinese query on the 10,000-plan site < 300 KB',
          measured: r10k ? (r10k.firstSearchNote ?? 'not measured') : 'no 10,000-plan run',
          status: 'not measured',
        },
  );
  list.push(...searchTargets(runs));
  return list;
}

/** The search budgets of issue 16 (see tests/search/support/budgets.ts), from the runs of the sizes they name. */
function searchTargets(runs: Run[]): Target[] {
  const bytesRun = runs.find((r) => r.plans === budgets.firstQueryBytes.plans);
  const msRun = runs.find((r) => r.plans === budgets.queryMs.plans);
  const bytesTarget = `every first query of the search benchmark on the ${budgets.firstQueryBytes.plans.toLocaleString('en')}-plan site ≤ ${kb(budgets.firstQueryBytes.budget)}`;
  const msTarget = `search query ≤ ${budgets.queryMs.budget} ms at ${budgets.queryMs.cpuThrottle}× CPU on the ${budgets.queryMs.plans.toLocaleString('en')}-plan site (each query, and a reader's first: once the page has loaded, and arriving with ?q= with nothing loaded)`;
  const out: Target[] = [];
  if (bytesRun?.search) {
    const worst = [...bytesRun.search.firstQuery].sort((a, b) => b.bytes - a.bytes)[0]!;
    out.push({ target: bytesTarget, measured: `max ${kb(worst.bytes)} (“${worst.query}”)`, status: bytesRun.search.maxFirstQueryBytes <= budgets.firstQueryBytes.budget ? 'pass' : 'fail' });
  } else out.push({ target: bytesTarget, measured: bytesRun ? (bytesRun.searchNote ?? 'not measured') : `no ${budgets.firstQueryBytes.plans.toLocaleString('en')}-plan run`, status: 'not measured' });
  const loaded = msRun?.search ? loadedMaxMs(msRun.search) : null;
  const within = msRun?.search ? withinBudgets(budgets.queryMs.plans, msRun.search).ms : null;
  if (msRun?.search && within !== null) {
    const { warmMaxMs, warmCpuMaxMs, warmCpuWorstMs } = msRun.search.latency;
    const cpu = (start: 'cold' | 'loaded' | 'typed') => firstMaxMs(msRun.search!, start, true);
    out.push({
      target: msTarget,
      measured:
        `page CPU time × ${budgets.queryMs.cpuThrottle} (medians; decides): each query max ${warmCpuMaxMs} ms (worst run ${warmCpuWorstMs} ms), first after the page loaded max ${cpu('loaded')} ms, ` +
        `a first query arriving with ?q= (nothing loaded) ${cpu('cold')} ms; wall time at ${budgets.queryMs.cpuThrottle}× (medians, machine shared): ${warmMaxMs} ms, ${loaded} ms, ${firstMaxMs(msRun.search, 'cold')} ms`,
      status: within ? 'pass' : 'fail',
    });
  } else out.push({ target: msTarget, measured: msRun ? (msRun.searchNote ?? 'not measured') : `no ${budgets.queryMs.plans.toLocaleString('en')}-plan run`, status: 'not measured' });
  return out;
}

function markdown(report: { machine: Record<string, unknown>; buildCommand: string; runs: Run[]; targets: Target[] }): string {
  const m = report.machine;
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` (scripts/bench.ts). Machine: ${m['cpus']} × ${m['cpuModel']}, ${m['memoryGB']} GB RAM, Node ${m['node']}, ${m['platform']}. Build command: \`${report.buildCommand}\`.`,
    '',
    '## Build',
    '',
    '| plans | requirements | units | commit | build | pages | pages/s | peak RSS (build tree) | output | files | data folder | Pagefind index | first search |',
    '|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.runs.map(
      (r) =>
        `| ${r.plans.toLocaleString('en')} | ${r.requirements.toLocaleString('en')} | ${r.units.toLocaleString('en')} | ${r.commit} | ${r.buildSeconds.toFixed(1)} s | ${r.pages.toLocaleString('en')} | ${r.pagesPerSecond.toFixed(1)} | ${mb(r.peakRssBytes)} | ${mb(r.output.bytes)} | ${r.output.files.toLocaleString('en')} | ${r.data ? `${mb(r.data.bytes)} (${r.data.files.toLocaleString('en')} files)` : '—'} | ${r.pagefind ? `${mb(r.pagefind.bytes)} (${r.pagefind.files} files)` : '—'} | ${r.firstSearch ? kb(r.firstSearch.totalBytes) : (r.firstSearchNote ?? '—')} |`,
    ),
    '',
    '## Targets',
    '',
    '| target | measured | status |',
    '|---|---|---|',
    ...report.targets.map((t) => `| ${t.target} | ${t.measured} | ${t.status} |`),
  ];
  for (const r of report.runs) {
    lines.push(
      '',
      `## Page weight, ${r.plans.toLocaleString('en')} plans (gzip -9; CSS and JS are what the page loads)`,
      '',
      '| page type | pages | sampled | HTML median | HTML max | heaviest page | CSS max | JS max | scripts |',
      '|---|---:|---:|---:|---:|---|---:|---:|---:|',
      ...r.weights.map(
        (w) => `| ${w.type} | ${w.pages.toLocaleString('en')} | ${w.sampled} | ${kb(w.htmlGzipMedian)} | ${kb(w.htmlGzipMax)} | ${w.heaviest} | ${kb(w.cssGzipMax)} | ${kb(w.jsGzipMax)} | ${w.scriptsMax} |`,
      ),
    );
    if (r.firstSearch) {
      lines.push('', `First search “${r.firstSearch.query}”: ${kb(r.firstSearch.totalBytes)} in ${r.firstSearch.requests} requests (Pagefind ${kb(r.firstSearch.pagefindBytes)}), ${r.firstSearch.results ?? '?'} results shown. Largest transfers: ${r.firstSearch.largest.map((l) => `${l.url} ${kb(l.bytes)}`).join(', ')}.`);
    }
    if (r.search) {
      const first = r.search.latency.first;
      lines.push(
        '',
        `Search budgets, ${r.plans.toLocaleString('en')} plans (each query in an empty cache; times at ${r.search.latency.cpuThrottle}× CPU, one page, the first cold; each case timed ${r.search.latency.runs ?? timingRuns} times):`,
        '',
        '| query | bytes | requests | shown | ms (median, worst) | page CPU × 4 (median, worst) |',
        '|---|---:|---:|---:|---:|---:|',
        ...r.search.firstQuery.map((q) => {
          const t = r.search!.latency.queries.find((l) => l.query === q.query);
          return `| ${q.query.replace(/\|/g, '\\|')} | ${kb(q.bytes)} | ${q.requests} | ${q.shown} | ${t ? `${t.ms}, ${t.worstMs}` : '—'} | ${t ? `${t.cpu.throttledMs}, ${t.worstCpuMs}` : '—'} |`;
        }),
        '',
        `A reader's first query (fresh page; wall ms / page CPU × 4 ms, medians): ${[...new Set(first.map((f) => f.query))].map((query) => `“${query}” ${first.filter((f) => f.query === query).map((f) => `${f.start} ${f.ms} / ${f.cpu.throttledMs}`).join(', ')}`).join('; ')} (loaded: the page readied Pagefind and the segmenter once idle; typed: also the words preloaded while typing).`,
      );
    }
    if (r.phases.length > 0) lines.push('', 'Build log timings:', '', ...r.phases.map((p) => `- ${p.replace(/\|/g, '\\|')}`));
  }
  return `${lines.join('\n')}\n`;
}

const runs: Run[] = [];
try {
  for (const n of sizes) runs.push(await runSize(n));
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const resultsJson = join(resultsDir, 'results.json');
if (flags.has('--merge') && existsSync(resultsJson)) {
  const previous = JSON.parse(readFileSync(resultsJson, 'utf8')) as { runs: Run[] };
  for (const r of previous.runs) if (!runs.some((x) => x.plans === r.plans)) runs.push(r);
}
runs.sort((a, b) => a.plans - b.plans);

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.versions.node,
  platform: `${process.platform} ${process.arch}`,
  date: new Date().toISOString(),
  commit: commitId(),
};
const report = { machine, buildCommand: `npm run build (${packageJson.scripts['build']})`, seed, runs, targets: targets(runs) };
mkdirSync(resultsDir, { recursive: true });
writeFileSync(resultsJson, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(resultsDir, 'results.md'), markdown(report));
console.log(`bench: wrote ${resultsJson} and results.md`);
for (const t of report.targets) console.log(`  ${t.status.padEnd(12)} ${t.target}: ${t.measured}`);
