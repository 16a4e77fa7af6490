/**
 * The whole output of a built site by part (pages, data folder, search index,
 * the rest) and the pages by type (count, median, largest, total), with the
 * bytes every page repeats (the header before <main>, Astro's scope
 * attributes), measured on a sample. Scales each part to 10,000 plans against
 * the target of issue 17 (whole output ≤ 3 GB at 10,000 plans). Writes
 * bench/pages-size.json and bench/pages-size.md (one section per --label).
 *
 *     npm run synth -- --plans 1000 --out .tmp/corpus-1000
 *     FENGONG_CONTENT=.tmp/corpus-1000 npm run build -- --outDir .tmp/site-1000
 *     npx tsx bench/pages-size.ts .tmp/site-1000 --plans 1000 [--label after] [--data-at-10k <MB measured>]
 *
 * Scaling from the 1,000-plan benchmark corpus (governments' plans only, 2.79
 * units a requirement) to the 10,000-plan one (2.47): unit pages grow with the
 * assignments (×9.0), theme pages with the requirements (×10.1), the rest
 * with the plans (×10). The data folder is better measured than scaled
 * (bench/data-size.ts at 10,000 plans): pass that number as --data-at-10k.
 * A site built from the 10,000-plan corpus (`npm run bench -- --plans 10000
 * --keep`) is measured as it is (--plans 10000: nothing scaled).
 * Raw bytes on disk, MB = 10⁶ bytes. docs/pages.md explains the numbers.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, pageType } from './synth/measure';

const args = process.argv.slice(2);
const dir = args[0];
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const plans = Number(option('--plans'));
const label = option('--label') ?? 'current';
const dataAt10kMb = option('--data-at-10k') === undefined ? undefined : Number(option('--data-at-10k'));
if (!dir || !existsSync(join(dir, 'index.html')) || !Number.isInteger(plans) || plans <= 0 || (dataAt10kMb !== undefined && !(dataAt10kMb > 0))) {
  console.error('Usage: npx tsx bench/pages-size.ts <built site folder> --plans <number of plans in it> [--label <name>] [--data-at-10k <MB>]');
  process.exit(1);
}

/** Growth from the 1,000-plan benchmark corpus to the 10,000-plan one, per 1,000 plans (see the header). */
const growth: Record<string, number> = { unit: 0.9, theme: 1.01 };
/** A built 10,000-plan site is measured, not scaled. */
const at10k = (type: string, bytes: number) => (plans === 10_000 ? bytes : (bytes * 10_000 * (growth[type] ?? 1)) / plans);
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1000).toFixed(1)} KB`;

// Pages by type.
const pages = htmlPages(dir);
const byType = new Map<string, number[]>();
for (const p of pages) {
  const t = pageType(p);
  byType.set(t, [...(byType.get(t) ?? []), statSync(join(dir, p)).size]);
}
const median = (v: readonly number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
const types = [...byType]
  .map(([type, sizes]) => ({ type, pages: sizes.length, median: median(sizes), largest: Math.max(...sizes), bytes: sum(sizes) }))
  .sort((a, b) => b.bytes - a.bytes);
const pageBytes = sum(types.map((t) => t.bytes));
const pagesAt10k = sum(types.map((t) => at10k(t.type, t.bytes)));

// The whole output by part.
const folderBytes = (sub: string) =>
  existsSync(join(dir, sub)) ? sum(readdirSync(join(dir, sub), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).size)) : 0;
const allBytes = folderBytes('.');
// The data page (data/index.html) is a page, counted with the pages.
const pageBytesUnder = (sub: string) => sum(pages.filter((p) => p.startsWith(`${sub}/`)).map((p) => statSync(join(dir, p)).size));
const data = folderBytes('data') - pageBytesUnder('data');
const search = folderBytes('pagefind') - pageBytesUnder('pagefind');
const rest = allBytes - pageBytes - data - search;
const dataAt10k = dataAt10kMb !== undefined ? dataAt10kMb * 1e6 : at10k('data', data);
const wholeAt10k = pagesAt10k + dataAt10k + at10k('search', search) + at10k('rest', rest);

// What every page repeats, on a sample of about 400 pages.
const step = Math.max(1, Math.floor(pages.length / 400));
const sample = pages.filter((_, i) => i % step === 0);
let sampled = 0;
let beforeMain = 0;
let scopeAttributes = 0;
for (const p of sample) {
  const html = readFileSync(join(dir, p), 'utf8');
  sampled += Buffer.byteLength(html);
  const main = html.indexOf('<main');
  if (main > 0) beforeMain += Buffer.byteLength(html.slice(html.indexOf('</head>'), main));
  for (const m of html.matchAll(/ data-astro-cid-[a-z0-9]+(="[^"]*")?/g)) scopeAttributes += Buffer.byteLength(m[0]);
}

const run = {
  label,
  plans,
  wholeBytes: allBytes,
  pagesBytes: pageBytes,
  dataBytes: data,
  searchBytes: search,
  restBytes: rest,
  pagesAt10kBytes: Math.round(pagesAt10k),
  dataAt10kBytes: Math.round(dataAt10k),
  wholeAt10kBytes: Math.round(wholeAt10k),
  targetBytes: 3e9,
  types,
  sample: { pages: sample.length, beforeMainPerPage: Math.round(beforeMain / sample.length), scopeAttributeShare: scopeAttributes / sampled },
};
const jsonPath = join(import.meta.dirname, 'pages-size.json');
const runs = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Array<{ label: string }>) : [];
writeFileSync(jsonPath, `${JSON.stringify([...runs.filter((r) => r.label !== label), run], null, 2)}\n`);

const lines = [
  `## ${label}: ${plans.toLocaleString('en')} plans`,
  '',
  '| page type | pages | median | largest | total | at 10,000 plans |',
  '|---|---:|---:|---:|---:|---:|',
  ...types.map((t) => `| ${t.type} | ${t.pages.toLocaleString('en')} | ${kb(t.median)} | ${kb(t.largest)} | ${mb(t.bytes)} | ${mb(at10k(t.type, t.bytes))} |`),
  `| **all pages** | ${pages.length.toLocaleString('en')} | | | **${mb(pageBytes)}** | **${mb(pagesAt10k)}** |`,
  '',
  '| whole output | bytes | at 10,000 plans |',
  '|---|---:|---:|',
  `| pages | ${mb(pageBytes)} | ${mb(pagesAt10k)} |`,
  `| data folder | ${mb(data)} | ${mb(dataAt10k)}${dataAt10kMb !== undefined ? ' (measured at 10,000 plans)' : ''} |`,
  `| search index (pagefind/) | ${mb(search)} | ${mb(at10k('search', search))} |`,
  `| the rest (originals, scripts, styles, feed) | ${mb(rest)} | ${mb(at10k('rest', rest))} |`,
  `| **whole output** | **${mb(allBytes)}** | **${mb(wholeAt10k)}** (target ≤ 3000.0 MB) |`,
  '',
  `Sample of ${sample.length} pages: ${kb(beforeMain / sample.length)} a page before \`<main>\` (the header); Astro's scope attributes (\`data-astro-cid-…\`) ${(100 * run.sample.scopeAttributeShare).toFixed(1)} % of the bytes.`,
  '',
];
const mdPath = join(import.meta.dirname, 'pages-size.md');
const previous = existsSync(mdPath)
  ? readFileSync(mdPath, 'utf8')
      .split(/^(?=## )/m)
      .filter((s) => !s.startsWith(`## ${label}:`) && s.startsWith('## '))
      .map((s) => `${s.trimEnd()}\n`)
  : [];
const head =
  '# The whole output and its pages by type\n\nWritten by `bench/pages-size.ts` (see its header for the commands and how a run is scaled to 10,000 plans). ' +
  'Raw bytes on disk, MB = 10⁶ bytes, KB = 10³. What changed between runs and why: docs/pages.md.\n\n';
writeFileSync(mdPath, head + [...previous, lines.join('\n')].join('\n'));
console.log(lines.join('\n'));
