/**
 * The data folder by kind of file: what each part weighs and what it would
 * weigh at 10,000 plans (scaled linearly from the run, an upper bound: the
 * whole-site tables for spreadsheets stop at 200,000 rows a table, and the 1,000-plan
 * corpus holds only governments' plans, 2.79 units per requirement, where the
 * 10,000-plan one names 2.47 and the real plans 2.57), against the
 * target of issue 17 (data folder ≤ 1.5 GB at 10,000 plans). Writes
 * bench/data-size.json and bench/data-size.md.
 *
 *     npm run synth -- --plans 1000 --out .tmp/corpus-1000
 *     FENGONG_CONTENT=.tmp/corpus-1000 npx tsx scripts/write-data-and-search.ts --data .tmp/d1000/data
 *     npx tsx bench/data-size.ts .tmp/d1000/data --plans 1000 [--label after]
 *
 * At 10,000 plans the data step alone takes about 6 minutes of CPU (8 to 26 minutes of wall clock
 * on the shared two-core machine): `npm run synth -- --plans 10000 --out .tmp/corpus-10000`, the
 * same two commands with 10000, and the table's last column is then measured, not scaled.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const args = process.argv.slice(2);
const dir = args[0];
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const plans = Number(option('--plans'));
const label = option('--label') ?? 'current';
if (!dir || !existsSync(dir) || !Number.isInteger(plans) || plans <= 0) {
  console.error('Usage: npx tsx bench/data-size.ts <data folder> --plans <number of plans in it> [--label <name>]');
  process.exit(1);
}

/** The kind of a data file, by where it lives and how it ends. */
function kind(path: string): string {
  const [top, ...rest] = path.split('/');
  const ext = (rest.at(-1) ?? top ?? '').replace(/^[^.]*/, '') || '(none)';
  if (rest.length === 0) return top === 'fengong-data.zip' ? 'zip' : top === 'SHA256SUMS' ? 'SHA256SUMS' : `whole-site ${ext}`;
  return `${top}/ ${ext}`;
}

const sizes = new Map<string, { files: number; bytes: number }>();
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
  if (path === 'index.html') continue;
  const k = kind(path);
  const s = sizes.get(k) ?? { files: 0, bytes: 0 };
  s.files++;
  s.bytes += statSync(join(dir, path)).size;
  sizes.set(k, s);
}
const total = [...sizes.values()].reduce((n, s) => n + s.bytes, 0);
const target = 1.5e9;
const at10k = (bytes: number) => (bytes * 10_000) / plans;
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const rows = [...sizes].sort((a, b) => b[1].bytes - a[1].bytes);

const jsonPath = join(import.meta.dirname, 'data-size.json');
const runs = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Array<{ label: string }>) : [];
const run = { label, plans, totalBytes: total, at10kBytes: at10k(total), targetBytes: target, parts: Object.fromEntries(rows) };
writeFileSync(jsonPath, `${JSON.stringify([...runs.filter((r) => r.label !== label), run], null, 2)}\n`);

const lines = [
  `## ${label}: ${plans.toLocaleString('en')} plans`,
  '',
  '| files | count | bytes | share | at 10,000 plans |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(([k, s]) => `| ${k} | ${s.files.toLocaleString('en')} | ${mb(s.bytes)} | ${((100 * s.bytes) / total).toFixed(1)} % | ${mb(at10k(s.bytes))} |`),
  `| **data folder** | ${[...sizes.values()].reduce((n, s) => n + s.files, 0).toLocaleString('en')} | ${mb(total)} | 100 % | **${mb(at10k(total))}** (target ≤ ${mb(target)}) |`,
  '',
];
const mdPath = join(import.meta.dirname, 'data-size.md');
// Each earlier section once, without the blank lines that joining them used to add on every run.
const previous = existsSync(mdPath)
  ? readFileSync(mdPath, 'utf8')
      .split(/^(?=## )/m)
      .filter((s) => !s.startsWith(`## ${label}:`) && s.startsWith('## '))
      .map((s) => `${s.trimEnd()}\n`)
  : [];
const head =
  '# Data folder by kind of file\n\nWritten by `bench/data-size.ts` (see its header for the commands). MB = 10⁶ bytes; "at 10,000 plans" scales a smaller run linearly, ' +
  'which overstates it (the whole-site tables for spreadsheets, fengong.xlsx and the Excel CSVs, stop at 200,000 rows a table, and the 1,000-plan corpus, only governments’ plans, names 2.79 units per requirement where the 10,000-plan one names 2.47); ' +
  'a run of 10,000 plans is measured. Decisions and their reasons: docs/data.md, "Slimmer at scale".\n\n';
writeFileSync(mdPath, head + [...previous, lines.join('\n')].join('\n'));
console.log(lines.join('\n'));
