import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { z } from 'zod';
import { buildCatalog, type Catalog, type PlanInput } from '../catalog';
import { checkPlanFile, checkThemeFile, checkUnitFile } from '../check/content';
import { assignmentNameProblems, controlCharacterProblems, duplicateOriginalProblems, originalsDir, planFileProblems } from '../check/plans';
import { ProblemError, type Problem } from '../model/problem';
import { readUnitFiles, unitFileNames } from '../registry/files';
import { planEntrySchema } from '../schema/plan';
import { themeSchema, type Theme } from '../schema/theme';
import { unitSchema, type Unit } from '../schema/unit';
import { planFileParts } from './plan-file';

export { planFileParts, type PlanFileParts } from './plan-file';

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

/**
 * Content the build must not publish: every problem found, each in the one
 * format of `npm run check` (`file:line: field: message. Fix: …`,
 * src/lib/model/problem.ts).
 */
export class ContentError extends ProblemError {
  constructor(problems: readonly Problem[], heading = 'not publishable', options?: ErrorOptions) {
    super(problems, `${heading} (${problems.length} problem${problems.length === 1 ? '' : 's'})`, options);
    this.name = 'ContentError';
  }
}

/** A file as problems name it: relative to the working folder (the project root) when inside it. */
const shown = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
};

/** Every issue of a schema check as a problem of `file`, its field prefixed with `prefix` (a unit's or theme's place). */
function issueProblems(error: z.ZodError, file: string, prefix: string): Problem[] {
  return error.issues.map((i) => ({ file: shown(file), field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(whole file)', message: i.message }));
}

/**
 * Strings already read, so that equal values share one copy: role and kind
 * codes, unit names and sentences that plans of many counties and years
 * repeat. Interning cut a loaded catalog's heap by a quarter at 1,000 plans.
 */
export type StringPool = Map<string, string>;

/**
 * Splits a Markdown/MDX file into its YAML frontmatter and body. Files read
 * together should share a `pool`.
 */
export function splitFrontmatter(file: string, source: string, pool: StringPool = new Map()): { frontmatter: unknown; body: string } {
  const parts = planFileParts(source);
  if (!parts) throw new ContentError([{ file: shown(file), line: 1, field: '', message: 'no YAML frontmatter', fix: 'start the file with a line "---", the plan metadata, and another "---"' }]);
  let frontmatter: unknown;
  // Entries are written without YAML aliases; many of them expand exponentially
  // in the copy below (a minute and gigabytes for a few hundred bytes).
  const aliases = parts.yaml.match(/(?:^|[\s[{,:-])\*[^\s,[\]{}]+/g)?.length ?? 0;
  if (aliases > maxAliases) {
    throw new ContentError([{ file: shown(file), line: 2, field: '', message: `frontmatter uses ${aliases} YAML aliases (*name); plan entries need none (limit ${maxAliases})`, fix: 'write the values out instead of using YAML aliases' }]);
  }
  try {
    // Copied through JSON: js-yaml returns substrings of the file, and V8
    // keeps a whole file alive while any slice of it lives. Flat copies let
    // the sources go; 23 % less heap for a loaded catalog (1,000 plans). The
    // copy also interns every string value in `pool`.
    const parsed = parseYaml(parts.yaml, { filename: file });
    frontmatter = parsed === undefined ? undefined : internStrings(JSON.parse(JSON.stringify(parsed)) as unknown, pool);
  } catch (cause) {
    // js-yaml counts lines from 0 in the frontmatter, which starts on line 2.
    const mark = (cause as { mark?: { line?: number }; reason?: string }).mark;
    const reason = (cause as { reason?: string }).reason ?? (cause as Error).message.split('\n')[0];
    throw new ContentError(
      [{ file: shown(file), ...(mark?.line !== undefined ? { line: mark.line + 2 } : {}), field: '', message: `not valid YAML: ${reason}`, fix: 'check the indentation and quote values that contain ": " or start with a special character' }],
      'not publishable',
      { cause },
    );
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
  if (mdx) throw new ContentError([{ file: shown(join(dir, mdx)), field: '', message: 'plans are Markdown files (.md)', fix: 'rename it to .md and keep the notice text as plain Markdown' }]);
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
  const refused = !parsed.success || (sourcesDir !== undefined && planFileProblems({ id: planIdOf(file), file, frontmatter, body, bodyLine: 1 }, sourcesDir, sourcesDir).length > 0);
  // Refused: read the file again as `npm run check` does, for the same
  // problems with their lines (js-yaml, fast on the usual path, gives none).
  if (refused) throw new ContentError(refusedPlanProblems(file, sourcesDir, parsed.error));
  return { id: planIdOf(file), data: parsed.data, body };
}

/** A refused plan's problems as `npm run check` lists them; the schema's issues if that check finds nothing more. */
function refusedPlanProblems(file: string, sourcesDir: string | undefined, schemaError: z.ZodError | undefined): Problem[] {
  const sources = sourcesDir ?? originalsDir(dirname(dirname(resolve(file))));
  const { problems } = checkPlanFile(file, shown(file), sources, shown(sources));
  return problems.length > 0 ? problems : schemaError ? issueProblems(schemaError, file, '') : [];
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
  if (twice.length > 0) throw new ContentError(twice.map((p) => ({ ...p, file: shown(p.file) })));
  return plans;
}

/**
 * Reads and validates the unit registry (one YAML list per region). A file
 * the build refuses is reported by `npm run check`'s own reading of it
 * (`checkUnitFile`), so every problem has its file, line and fix.
 */
export function loadUnits(dir: string): Unit[] {
  const refused = () => new ContentError(unitFileNames(dir).flatMap((name) => checkUnitFile(join(dir, name), shown(join(dir, name))).problems));
  let records: ReturnType<typeof readUnitFiles>;
  try {
    records = readUnitFiles(dir);
  } catch (error) {
    if (error instanceof ProblemError) throw refused();
    throw error;
  }
  const units: Unit[] = [];
  for (const record of records) {
    const parsed = unitSchema.safeParse(record);
    if (!parsed.success || controlCharacterProblems(record, '').length > 0) throw refused();
    units.push(parsed.data);
  }
  return units;
}

/** Reads and validates the theme vocabulary (`themes.yaml`, a YAML list); a refused file is reported as `checkThemeFile` reads it, every problem located. */
export function loadThemes(file: string): Theme[] {
  const refused = () => new ContentError(checkThemeFile(file, shown(file)).problems);
  const data: unknown = parseYaml(readFileSync(file, 'utf8'), { filename: file });
  if (!Array.isArray(data) || controlCharacterProblems(data, '').length > 0) throw refused();
  const themes: Theme[] = [];
  for (const item of data) {
    const parsed = themeSchema.safeParse(item);
    if (!parsed.success) throw refused();
    themes.push(parsed.data);
  }
  return themes;
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
  if (names.length > 0) throw new ContentError(names.map((p) => ({ ...p, file: shown(p.file) })));
  return buildCatalog(plans, units, themes);
}
