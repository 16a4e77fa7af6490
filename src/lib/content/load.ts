import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { z } from 'zod';
import { buildCatalog, type Catalog, type PlanInput } from '../catalog';
import { assignmentNameProblems, controlCharacterProblems, duplicateOriginalProblems, originalsDir, planFileProblems } from '../check/plans';
import { formatProblem } from '../model/problem';
import { readUnitFiles } from '../registry/files';
import { planEntrySchema } from '../schema/plan';
import { themeSchema, type Theme } from '../schema/theme';
import { unitSchema, type Unit } from '../schema/unit';

/**
 * Loads the content folder (plans/, units/, themes/) straight from disk with
 * Node's fs, validated by the same zod schemas as the Astro collections. This
 * is how the whole build reads plans (pages through `src/site/catalog.ts`, the
 * search and data steps, benchmarks): Astro's content store keeps only a plan
 * summary, see `src/content.config.ts`.
 *
 * Frontmatter is parsed with js-yaml, the parser Astro's glob loader uses, so
 * both read a file the same way; it is also about eleven times faster than the
 * `yaml` package on plan frontmatter (measured at 1,000 plans, docs/scale.md).
 */

/** The content folder: `FENGONG_CONTENT` when set (as in `src/content.config.ts`), else `src/content` under `root`. */
export function contentDirFor(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env['FENGONG_CONTENT'] ?? 'src/content');
}

export interface Content {
  plans: PlanInput[];
  units: Unit[];
  themes: Theme[];
}

/** A content file that does not match its schema; the message names the file, the field and what is wrong. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${file}: ${message}`, options);
    this.name = 'ContentError';
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}

/**
 * Strings already read, so that equal values share one copy: role and kind
 * codes, unit names and sentences that plans of many counties and years
 * repeat. Interning cut a loaded catalog's heap by a quarter at 1,000 plans.
 */
export type StringPool = Map<string, string>;

/** A plan file cut in two: the YAML text of its frontmatter (which starts on line 2) and the notice text after it. */
export interface PlanFileParts {
  yaml: string;
  body: string;
  /** 1-based line of the file the body starts on. */
  bodyLine: number;
}

/**
 * The one place that knows where a plan file's frontmatter ends: between a
 * first line `---` and the next `---`, a byte-order mark (Windows editors add
 * one) and CRLF line ends allowed. Null when the file has no frontmatter.
 * `npm run check`, the build's loader and catalog, and the tests cut files
 * with it.
 */
export function planFileParts(source: string): PlanFileParts | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return null;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Splits a Markdown/MDX file into its YAML frontmatter and body. Files read
 * together should share a `pool`.
 */
export function splitFrontmatter(file: string, source: string, pool: StringPool = new Map()): { frontmatter: unknown; body: string } {
  const parts = planFileParts(source);
  if (!parts) throw new ContentError(file, 'no YAML frontmatter; a plan entry starts with a line "---", its metadata, and another "---"');
  let frontmatter: unknown;
  // Entries are written without YAML aliases; many of them expand exponentially
  // in the copy below (a minute and gigabytes for a few hundred bytes).
  const aliases = parts.yaml.match(/(?:^|[\s[{,:-])\*[^\s,[\]{}]+/g)?.length ?? 0;
  if (aliases > maxAliases) throw new ContentError(file, `frontmatter uses ${aliases} YAML aliases (*name); plan entries need none (limit ${maxAliases}): write the values out`);
  try {
    // Copied through JSON: js-yaml returns substrings of the file, and V8
    // keeps a whole file alive while any slice of it lives. Flat copies let
    // the sources go; 23 % less heap for a loaded catalog (1,000 plans). The
    // copy also interns every string value in `pool`.
    const parsed = parseYaml(parts.yaml, { filename: file });
    frontmatter = parsed === undefined ? undefined : internStrings(JSON.parse(JSON.stringify(parsed)) as unknown, pool);
  } catch (cause) {
    throw new ContentError(file, `frontmatter is not valid YAML: ${(cause as Error).message}`, { cause });
  }
  // The body too: `slice` makes a V8 sliced string, which kept every plan's
  // whole source alive through its short notice text (42 % of a loaded
  // catalog's heap at 1,000 plans, measured with a heap snapshot).
  return { frontmatter, body: detached(parts.body) };
}

function intern(pool: StringPool, value: string): string {
  const known = pool.get(value);
  if (known !== undefined) return known;
  pool.set(value, value);
  return value;
}

/** Replaces, in place, every string in a JSON value by its pooled copy. */
function internStrings(value: unknown, pool: StringPool): unknown {
  if (typeof value === 'string') return intern(pool, value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = internStrings(value[i], pool);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = internStrings(record[key], pool);
  }
  return value;
}

/** A copy of a string that shares no memory with the string it was cut from. */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A plan file's id: its file name without `.md` (2022-leizhou.md → 2022-leizhou). */
export function planIdOf(name: string): string {
  return basename(name, extname(name));
}

/**
 * The plan files of a plans folder, sorted: every `*.md` directly in it. An
 * `.mdx` plan is refused: the notice text is plain Markdown (the importer
 * writes `.md`), and the content store renders it without MDX's compiler.
 */
export function planFiles(dir: string): string[] {
  const names = readdirSync(dir).sort();
  const mdx = names.find((n) => n.endsWith('.mdx'));
  if (mdx) throw new ContentError(join(dir, mdx), 'plans are Markdown files (.md); rename it to .md and keep the notice text as plain Markdown');
  return names.filter((n) => n.endsWith('.md'));
}

/** Most YAML aliases a plan's frontmatter may use (the importer writes none). */
const maxAliases = 100;

/**
 * Reads and validates one plan entry. With `sourcesDir`, also makes the
 * checks `npm run check` makes beyond the schema (src/lib/check/plans.ts:
 * id, original and checksum, 公开方式 anywhere, control characters, unknown
 * keys) and throws their list.
 */
export function loadPlan(file: string, pool: StringPool = new Map(), sourcesDir?: string): PlanInput {
  const source = readFileSync(file, 'utf8');
  const { frontmatter, body } = splitFrontmatter(file, source, pool);
  const parsed = planEntrySchema.safeParse(frontmatter);
  if (!parsed.success) throw new ContentError(file, `invalid plan entry: ${describeIssues(parsed.error)}`);
  if (sourcesDir !== undefined) {
    const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
    const problems = planFileProblems({ id: planIdOf(file), file, frontmatter, body, bodyLine }, sourcesDir, sourcesDir);
    if (problems.length > 0) throw new ContentError(file, `not publishable:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
  return { id: planIdOf(file), data: parsed.data, body };
}

/**
 * Reads and validates every plan entry of a plans folder, with every check
 * `npm run check` makes (the build publishes nothing check would refuse):
 * originals are looked up in `originalsDir` of the content folder.
 */
export function loadPlans(dir: string): PlanInput[] {
  const pool: StringPool = new Map();
  const sourcesDir = originalsDir(dirname(resolve(dir)));
  const plans = planFiles(dir).map((name) => loadPlan(join(dir, name), pool, sourcesDir));
  const twice = duplicateOriginalProblems(plans.map((p) => ({ id: p.id, file: join(dir, `${p.id}.md`), sha256: p.data.source.sha256 })));
  if (twice.length > 0) throw new ContentError(dir, `not publishable:\n${twice.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  return plans;
}

/** Reads and validates the unit registry (one YAML list per region). */
export function loadUnits(dir: string): Unit[] {
  const records = readUnitFiles(dir);
  const bad = controlCharacterProblems(records, dir);
  if (bad.length > 0) throw new ContentError(dir, bad.map((p) => `unit ${String(records[Number(p.field.split('.')[0])]?.id)}: ${p.field.split('.').slice(1).join('.')}: ${p.message}`).join('; '));
  return records.map((record) => {
    const parsed = unitSchema.safeParse(record);
    if (!parsed.success) throw new ContentError(dir, `unit "${record.id}": ${describeIssues(parsed.error)}`);
    return parsed.data;
  });
}

/** Reads and validates the theme vocabulary (`themes.yaml`, a YAML list). */
export function loadThemes(file: string): Theme[] {
  const data: unknown = parseYaml(readFileSync(file, 'utf8'), { filename: file });
  if (!Array.isArray(data)) throw new ContentError(file, 'expected a YAML list of themes (each with id, name, description, keywords, order)');
  const bad = controlCharacterProblems(data, file);
  if (bad.length > 0) throw new ContentError(file, bad.map((p) => `${p.field}: ${p.message}`).join('; '));
  return data.map((item: unknown, i) => {
    const parsed = themeSchema.safeParse(item);
    if (!parsed.success) throw new ContentError(file, `theme ${i + 1}: ${describeIssues(parsed.error)}`);
    return parsed.data;
  });
}

/** Reads the whole content folder. */
export function loadContent(dir: string = contentDirFor()): Content {
  return {
    plans: loadPlans(join(dir, 'plans')),
    units: loadUnits(join(dir, 'units')),
    themes: loadThemes(join(dir, 'themes', 'themes.yaml')),
  };
}

/** The catalog the site renders, built from the content folder on disk. */
export function loadCatalog(dir: string = contentDirFor()): Catalog {
  const { plans, units, themes } = loadContent(dir);
  // The one cross-file check `npm run check` makes that the pages' registry check does not.
  const names = assignmentNameProblems(plans.map((p) => ({ ...p, file: join(dir, 'plans', `${p.id}.md`) })), units);
  if (names.length > 0) throw new ContentError(join(dir, 'plans'), `not publishable:\n${names.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  return buildCatalog(plans, units, themes);
}
