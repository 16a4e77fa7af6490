/**
 * npm run import -- <file> [more files] [options]
 *
 * Turns a plan document into a content entry in src/content/plans/ and prints
 * a review report of everything the importer was unsure about.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { keepHandSetFields } from '../src/lib/content/hand-set';
import { loadThemes as loadThemeFile, loadUnits, planFileParts } from '../src/lib/content/load';
import { planEntryFile } from '../src/lib/importer/entry-file';
import { formatProblem, formatProblems, ProblemError } from '../src/lib/model/problem';
import { factFlags, ImportError, importPlan, planIdMessage, requiredFacts, type Decision, type Fact, type FactOverrides } from '../src/lib/importer/index';
import { formatReport, type ReviewItem } from '../src/lib/importer/report';
import { toPlanDocument } from '../src/lib/plan-document';
import { Registry } from '../src/lib/registry/registry';
import { httpUrl, slug } from '../src/lib/schema/common';
import { planEntrySchema, validity, type PlanEntry } from '../src/lib/schema/plan';
import { reviewFileSchema } from '../src/lib/schema/review';
import type { Unit } from '../src/lib/schema/unit';
import { regionSlug } from '../src/lib/regions';
import { readSource } from '../src/lib/importer/read/index';
import { importPlanDocument } from '../src/lib/importer/document';

const usage = `Usage: npm run import -- <file> [more files] [options]

Imports 政务公开工作要点分工方案 documents into src/content/plans/.
Accepts text exports (.txt, .md: pipe tables, tab-separated cells, web text),
Word .docx, web pages saved as .html, and Fengong's own plan JSON (.json).

Options:
  --out <dir>       write entries here instead of src/content/plans
  --json            print the parsed plan as JSON on stdout (nothing is written)
  --report <file>   also write the review report as JSON
  --strict          treat review warnings as failure: exit 1, write nothing
  --id <id>         plan id to use instead of the derived one (one file only)
  --url <url>       public URL of the original document; default: kept from an existing entry of the same source
  --replace         replace the entry of another id that holds the same original (otherwise refused)
  --register        add proposed entries for unknown unit names to src/content/units/<region>.yaml
  --date <date>     import date (YYYY-MM-DD); default: kept from an existing entry of the same source, else today

Facts the document does not give (or gets wrong); the report names each missing one:
  --title <text>          full title of the document
  --issuer <name>         发文机关, e.g. 雷州市人民政府办公室
  --year <yyyy>           the work year the plan covers
  --region <name>         region, e.g. 雷州市
  --doc-number <text>     发文字号, e.g. 雷府办函〔2022〕316号
  --issued-on <date>      成文日期 (YYYY-MM-DD)
  --published-on <date>   发布日期 (YYYY-MM-DD)

The 政府信息公开目录 block (read from a saved government page when it has one):
  --index-no <text>         索引号, e.g. 11440882007254390X/2022-00316
  --subject-category <text> 主题分类, e.g. 综合政务\\政务公开
  --publisher <name>        发布机构, when it is not the issuer
  --subject-terms <terms>   主题词, separated by commas or spaces
  --validity <status>       有效性: 有效 (default), 已修改, 已废止 or 已失效
  -h, --help        this help`;

const root = resolve(import.meta.dirname, '..');
const contentDir = process.env['FENGONG_CONTENT'] ?? join(root, 'src/content');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** A registry or theme file the build would refuse stops the import with the build's own located problems (file:line: field: what. Fix: how). */
function readOrFail<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ProblemError) fail(formatProblems(e.problems));
    throw e;
  }
}

function loadRegistry(): Registry {
  const dir = join(contentDir, 'units');
  if (!existsSync(dir)) return new Registry([]);
  return new Registry(readOrFail(() => loadUnits(dir)));
}

function loadThemes() {
  const file = join(contentDir, 'themes/themes.yaml');
  if (!existsSync(file)) return [];
  return readOrFail(() => loadThemeFile(file));
}

function loadDecisions(id: string): Record<string, Decision> {
  const file = join(contentDir, 'reviews', `${id}.yaml`);
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${file}: not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  // Decisions are shown on the plan page: only the known fields, as plain text.
  const review = reviewFileSchema.safeParse(data ?? {});
  if (!review.success) fail(`${file}: ${review.error.issues.map((i) => `${i.path.join('.') || '(whole file)'}: ${i.message}`).join('; ')}`);
  return Object.fromEntries(Object.entries(review.data.requirements).map(([id, d]) => [id, { issue: d.issue, decision: d.decision, ...(d.units ? { units: d.units } : {}) }]));
}

/** The frontmatter of an existing entry, or undefined when it is missing or unreadable. */
function readEntry(entryPath: string): PlanEntry | undefined {
  if (!existsSync(entryPath)) return undefined;
  const parts = planFileParts(readFileSync(entryPath, 'utf8'));
  if (!parts) return undefined;
  try {
    const old = planEntrySchema.safeParse(parse(parts.yaml));
    return old.success ? old.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The existing entry of the same original (same sha256), whose import date
 * and hand-set fields a re-import keeps, so re-imports are byte-identical:
 * first the entry this import replaces, then any entry of the site's own
 * content (a trial import with --out of a plan the site already has keeps
 * the committed entry's).
 */
function previousEntry(entryPath: string, sha256: string): PlanEntry | undefined {
  const same = readEntry(entryPath);
  if (same?.source.sha256 === sha256) return same;
  const plansDir = join(contentDir, 'plans');
  if (!existsSync(plansDir)) return undefined;
  for (const f of readdirSync(plansDir).filter((n) => n.endsWith('.md')).sort()) {
    const entry = readEntry(join(plansDir, f));
    if (entry?.source.sha256 === sha256) return entry;
  }
  return undefined;
}

/** Entries in a plans folder whose original has this SHA-256. */
function entriesOfOriginal(plansDir: string, sha256: string): Array<{ id: string; path: string }> {
  if (!existsSync(plansDir)) return [];
  return readdirSync(plansDir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => ({ id: n.slice(0, -'.md'.length), path: join(plansDir, n) }))
    .filter((e) => {
      // Read loosely: an entry the schema now refuses still holds its original.
      const parts = planFileParts(readFileSync(e.path, 'utf8'));
      try {
        return (parse(parts?.yaml ?? '') as { source?: { sha256?: unknown } } | null)?.source?.sha256 === sha256;
      } catch {
        return false;
      }
    });
}

/** Writes via a temporary file and rename, so a reader never sees half a file. */
function writeAtomic(path: string, content: string) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

function register(proposals: Unit[]) {
  const byRegion = Map.groupBy(proposals, (u) => u.region);
  for (const [region, units] of byRegion) {
    const file = join(contentDir, 'units', `${regionSlug(region)}.yaml`);
    const existing = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as Unit[] | null) ?? []) : [];
    const known = new Set(existing.map((u) => u.id));
    const added = units.filter((u) => !known.has(u.id));
    mkdirSync(join(contentDir, 'units'), { recursive: true });
    writeAtomic(file, stringify([...existing, ...added], { lineWidth: 0 }));
    process.stderr.write(`registered ${added.length} unit(s) in ${file}\n`);
  }
}

const optionSpec = {
  out: { type: 'string' },
  json: { type: 'boolean', default: false },
  report: { type: 'string' },
  strict: { type: 'boolean', default: false },
  id: { type: 'string' },
  url: { type: 'string' },
  register: { type: 'boolean', default: false },
  replace: { type: 'boolean', default: false },
  date: { type: 'string' },
  title: { type: 'string' },
  issuer: { type: 'string' },
  year: { type: 'string' },
  region: { type: 'string' },
  'doc-number': { type: 'string' },
  'issued-on': { type: 'string' },
  'published-on': { type: 'string' },
  'index-no': { type: 'string' },
  'subject-category': { type: 'string' },
  publisher: { type: 'string' },
  'subject-terms': { type: 'string' },
  validity: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const parsed = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: optionSpec });
  } catch (e) {
    // Unknown flags and flags without their value: a message and the usage, not a stack trace.
    return fail(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
  }
})();
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (positionals.length === 0) fail(`No input file.\n\n${usage}`);
if (values.id !== undefined && positionals.length > 1) fail('--id names one plan: give one file with it');
// Ids become file names, URLs and plan_id: checked before anything is read, so ../ can never reach the file system.
if (values.id !== undefined && !slug.safeParse(values.id).success) fail(`--id ${JSON.stringify(values.id)}: ${planIdMessage(values.id).replace(/^plan id “.*?” is not allowed: /, '')}`);
if (values.url !== undefined) {
  const url = httpUrl.safeParse(values.url);
  if (!url.success) fail(`--url ${JSON.stringify(values.url)}: ${url.error.issues[0]?.message ?? 'not an http(s) address'}`);
}
if (values.report !== undefined && !existsSync(dirname(resolve(values.report)))) {
  fail(`--report ${values.report}: the folder ${dirname(resolve(values.report))} does not exist; create it or write the report elsewhere`);
}
if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) fail(`--date ${values.date}: expected YYYY-MM-DD`);
for (const flag of ['issued-on', 'published-on'] as const) {
  const v = values[flag];
  if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) fail(`--${flag} ${v}: expected a date written YYYY-MM-DD, e.g. 2022-11-16`);
}
if (values.year !== undefined && !/^(19|20)\d{2}$/.test(values.year)) fail(`--year ${values.year}: expected a four-digit year, e.g. 2022`);
for (const flag of ['title', 'issuer', 'region', 'doc-number', 'index-no', 'subject-category', 'publisher', 'subject-terms'] as const) {
  if (values[flag] !== undefined && !values[flag]!.trim()) fail(`--${flag} is empty: give the text, or leave the flag out`);
}
function validityOf(v: string): NonNullable<FactOverrides['validity']> {
  const r = validity.safeParse(v.trim());
  if (!r.success) fail(`--validity ${v}: expected one of ${validity.options.join(', ')}`);
  return r.data;
}
const overrides: FactOverrides = {
  ...(values.title ? { title: values.title.trim() } : {}),
  ...(values.issuer ? { issuer: values.issuer.trim() } : {}),
  ...(values.year ? { year: Number(values.year) } : {}),
  ...(values.region ? { region: values.region.trim() } : {}),
  ...(values['doc-number'] ? { docNumber: values['doc-number'].trim() } : {}),
  ...(values['issued-on'] ? { issuedOn: values['issued-on'] } : {}),
  ...(values['published-on'] ? { publishedOn: values['published-on'] } : {}),
  ...(values['index-no'] ? { indexNo: values['index-no'].trim() } : {}),
  ...(values['subject-category'] ? { subjectCategory: values['subject-category'].trim() } : {}),
  ...(values.publisher ? { publisher: values.publisher.trim() } : {}),
  ...(values['subject-terms'] ? { subjectTerms: values['subject-terms'].split(/[\s,，、；;]+/).filter(Boolean) } : {}),
  ...(values.validity ? { validity: validityOf(values.validity) } : {}),
};

const outDir = resolve(values.out ?? join(contentDir, 'plans'));
const registry = loadRegistry();
const themes = loadThemes();
const today = values.date ?? new Date().toISOString().slice(0, 10);
const documents: unknown[] = [];
const reports: Record<string, unknown> = {};
let failed = false;

for (const file of positionals) {
  if (!existsSync(file)) fail(`${file}: no such file`);
  try {
    const { document, text, format, sha256 } = await readSource(file);
    const sourceFile = (id: string) => `${id}${extname(file).toLowerCase() || '.txt'}`;
    let result: { id: string; entry: PlanEntry; notice: string; report: ReviewItem[]; proposals: Unit[]; missing: Fact[] };
    if (format === 'json') {
      // A published plan document: the plan itself, no original to keep.
      result = { ...importPlanDocument(text, { registry, themes, ...(values.id ? { id: values.id } : {}) }), proposals: [], missing: [] };
    } else {
      // First pass derives the id; decisions and the import date depend on it.
      const first = importPlan(document, { sourceFile: basename(file), importedOn: today, registry, sha256, overrides, ...(values.id ? { id: values.id } : {}) });
      const id = first.id;
      const previous = previousEntry(join(outDir, `${id}.md`), sha256);
      const importedOn = values.date ?? previous?.source.importedOn ?? today;
      result = importPlan(document, {
        overrides,
        sourceFile: sourceFile(id),
        sourceUrl: values.url ?? null,
        importedOn,
        registry,
        decisions: loadDecisions(id),
        id,
        sha256,
      });
      result.entry = keepHandSetFields(result.entry, previous);
    }
    const id = result.id;
    const entryPath = join(outDir, `${id}.md`);
    const report = formatReport(file, result.report);
    reports[file] = { id, items: result.report, proposals: result.proposals, missing: result.missing };
    const warnings = result.report.filter((i) => i.level === 'warning').length;
    if (values.json) {
      process.stderr.write(`${report}\n`);
      documents.push(toPlanDocument(id, result.entry, result.notice, themes));
      continue;
    }
    process.stdout.write(`${report}\n`);
    const needed = result.missing.filter((f) => requiredFacts.includes(f));
    if (needed.length > 0) {
      failed = true;
      process.stderr.write(
        `${file}: not written: the document does not give ${needed.join(', ')}. Give ${needed.length > 1 ? 'them' : 'it'} on the command line: ${needed.map((f) => `${factFlags[f]} …`).join(' ')} (npm run import -- ${file} --json shows what was found)\n`,
      );
      continue;
    }
    if (values.strict && warnings > 0) {
      failed = true;
      process.stderr.write(`${file}: ${warnings} warning(s) and --strict: nothing written\n`);
      continue;
    }
    // One original, one plan: the same document under a second id would be published twice.
    const others = entriesOfOriginal(outDir, result.entry.source.sha256).filter((other) => other.id !== id);
    if (others.length > 0 && !values.replace) {
      failed = true;
      process.stderr.write(
        `${file}: not written: this original is already imported as ${others.map((o) => o.path).join(', ')}. Re-import it under that id (--id ${others[0]!.id}), or give --replace to replace that entry with ${id}\n`,
      );
      continue;
    }
    mkdirSync(outDir, { recursive: true });
    // The original is kept (and served at /sources/) only for entries written
    // into the site's own content; --out is for trial imports and leaves public/ alone.
    // Written first, so an entry never points at an original that is not there.
    const keepOriginal = format !== 'json' && !values.out;
    const sourcesDir = join(root, 'public/sources');
    if (keepOriginal && resolve(file) !== resolve(join(sourcesDir, sourceFile(id)))) {
      mkdirSync(sourcesDir, { recursive: true });
      const tmp = join(sourcesDir, `.${sourceFile(id)}.tmp-${process.pid}`);
      copyFileSync(file, tmp);
      renameSync(tmp, join(sourcesDir, sourceFile(id)));
    }
    writeAtomic(entryPath, planEntryFile(result.entry, result.notice));
    for (const other of others) {
      rmSync(other.path);
      process.stdout.write(`replaced ${other.path} (${other.id}) by ${id}\n`);
    }
    // The registry changes last: a failure above leaves it as it was.
    if (values.register && result.proposals.length > 0) register(result.proposals);
    if (keepOriginal) process.stdout.write(`wrote ${entryPath} (${id}); original kept as public/sources/${sourceFile(id)}\n`);
    else process.stdout.write(`wrote ${entryPath} (${id})\n`);
  } catch (e) {
    failed = true;
    if (e instanceof ImportError) process.stderr.write(`${formatProblem(e.problemIn(file))}\n`);
    else process.stderr.write(`${file}: import failed: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}

if (values.report) writeAtomic(values.report, `${JSON.stringify(reports, null, 2)}\n`);
if (values.json && documents.length > 0) process.stdout.write(`${JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2)}\n`);
process.exit(failed ? 1 : 0);
