import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { planFileParts } from '../content/plan-file';
import { formatProblem, yamlLineLocator, type LineLocator, type Problem } from '../model/problem';
import { validateRegistry } from '../registry/validate';
import { planEntrySchema, type PlanEntry } from '../schema/plan';
import { themeSchema, type Theme } from '../schema/theme';
import { unitSchema, type Unit } from '../schema/unit';
import { checkSiteConfig, CONFIG_FILE } from '../site/config';
import { assignmentNameProblems, controlCharacterProblems, duplicateOriginalProblems, originalsDir, planFileProblems } from './plans';

/**
 * Everything `npm run check` verifies, without building: every content file
 * against its schema, the files against each other (unit and theme ids), the
 * original documents against their checksums, and the site config. It
 * collects every problem instead of stopping at the first, so one run gives a
 * webmaster or editor the whole list.
 */

export type { Problem };

export interface CheckResult {
  problems: Problem[];
  /** How many entries of each kind were read (valid or not). */
  counts: { plans: number; units: number; themes: number };
}

export interface CheckOptions {
  /** Project root (where fengong.config.yaml and public/ are). */
  root: string;
  /** Content folder; default `src/content` under root. */
  contentDir?: string;
  /** Environment for the site config (BASE_PATH, FENGONG_CONFIG); default process.env. */
  env?: Record<string, string | undefined>;
}

/** `file:line: field: message. Fix: …` (src/lib/model/problem.ts), the one format. */
export const formatContentProblem = formatProblem;

/**
 * A YAML text parsed the way Astro's content loaders read it (unquoted dates
 * become Date objects); `offset` lines come before it in its file.
 */
function parseYaml(text: string, offset = 0) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, customTags: ['timestamp'], merge: true, prettyErrors: false });
  return { doc, counter, lineAt: yamlLineLocator(doc, counter, offset) };
}

/** Explains a schema issue in the words an editor needs; dates are the usual slip. */
function issueMessage(issue: z.core.$ZodIssue, value: unknown): { message: string; fix?: string } {
  if (value instanceof Date) {
    return {
      message: `${issue.message}: the date is unquoted, so YAML reads it as a timestamp`,
      fix: `quote it: '${value.toISOString().slice(0, 10)}'`,
    };
  }
  return { message: issue.message };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Validates one parsed value against a schema, turning every issue into a located problem (`fixFor` says how to fix an issue the message alone does not). */
function validate<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: string,
  lineAt: LineLocator,
  prefix: readonly PropertyKey[],
  problems: Problem[],
  fixFor?: (path: readonly PropertyKey[]) => string | undefined,
): T | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path];
    const line = lineAt(path);
    const { message, fix = fixFor?.(issue.path) } = issueMessage(issue, valueAt(data, issue.path));
    problems.push({
      file,
      ...(line ? { line } : {}),
      field: path.join('.') || '(whole file)',
      message,
      ...(fix ? { fix } : {}),
    });
  }
  return null;
}

function yamlErrors(doc: ReturnType<typeof parseDocument>, counter: LineCounter, file: string, lineOffset: number): Problem[] {
  // Only the first error: the ones after it are usually its echoes.
  return doc.errors.slice(0, 1).map((err) => ({
    file,
    line: counter.linePos(err.pos[0]).line + lineOffset,
    field: '',
    message: `not valid YAML: ${err.message.split('\n')[0]}`,
    fix: 'check the indentation and quote values that contain ": " or start with a special character',
  }));
}

const failed = Symbol('failed');

/** The document's value, or `failed` with a problem when it cannot be expanded (too many aliases: a YAML bomb). */
function toJS(doc: ReturnType<typeof parseDocument>, file: string, problems: Problem[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push({ file, line: 1, field: '', message: `cannot be read: ${(e as Error).message}`, fix: 'write the values out instead of using YAML aliases (*name)' });
    return failed;
  }
}

/** A registry list's entry schema: a unit of the unit registry, or a theme of the vocabulary. */
type EntrySchema = typeof unitSchema | typeof themeSchema;

/**
 * How to fix a field of a unit or theme entry, from the schema's own
 * description of it (the one the data dictionary prints): what the field
 * holds and an example.
 */
function entryFix(schema: EntrySchema, what: string, schemaFile: string): (path: readonly PropertyKey[]) => string {
  const fields = Object.keys(schema.shape).join(', ');
  return (path) => {
    const key = String(path[0] ?? '');
    const field = (schema.shape as Record<string, z.ZodType>)[key];
    const meta = field?.meta() as { title?: string; description?: string; examples?: unknown[] } | undefined;
    if (!meta?.description) return `each ${what} is a list item with the fields ${fields} (${schemaFile})`;
    const example = meta.examples?.[0];
    return `${key} (${meta.title}) is ${meta.description}${example === undefined ? '' : `, e.g. ${key}: ${JSON.stringify(example)}`} (${schemaFile})`;
  };
}

/** What checking one registry list file (a region's units, or the theme vocabulary) found. */
export interface ListFileCheck<T> {
  /** The file as the problems name it. */
  file: string;
  /** Every problem, located (file:line, field, fix). */
  problems: Problem[];
  /** The entries that fit their schema. */
  entries: T[];
  /** How many entries the file has, valid or not. */
  count: number;
}

/**
 * Checks one YAML list of registry entries as `npm run check` does: valid
 * YAML, a list, every entry against its schema, no field the schema does not
 * know (it would be dropped silently: a misspelt `successor` would cut a
 * unit's history), no control characters; every problem with its line and
 * how to fix it. The build's loader (src/lib/content/load.ts) reports a
 * refused unit or theme file with it, so both say the same thing.
 */
function checkListFile<T>(
  path: string,
  file: string,
  schema: EntrySchema,
  what: 'unit' | 'theme',
  schemaFile: string,
  more: (entry: T, index: number, lineAt: LineLocator) => Problem[] = () => [],
): ListFileCheck<T> {
  const result: ListFileCheck<T> = { file, problems: [], entries: [], count: 0 };
  const { problems } = result;
  const { doc, counter, lineAt } = parseYaml(readFileSync(path, 'utf8'));
  if (doc.errors.length > 0) {
    problems.push(...yamlErrors(doc, counter, file, 0));
    return result;
  }
  const list = toJS(doc, file, problems);
  if (list === failed) return result;
  if (!Array.isArray(list)) {
    problems.push({ file, line: 1, field: '', message: `expected a YAML list of ${what}s`, fix: `write each ${what} as a list item starting with "- id: …" (${Object.keys(schema.shape).join(', ')})` });
    return result;
  }
  problems.push(...controlCharacterProblems(list, file, lineAt));
  const known = new Set(Object.keys(schema.shape));
  const fix = entryFix(schema, what, schemaFile);
  list.forEach((item: unknown, i) => {
    result.count++;
    const entry = validate(schema as unknown as z.ZodType<T>, item, file, lineAt, [i], problems, fix);
    if (entry) {
      result.entries.push(entry);
      problems.push(...more(entry, i, lineAt));
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
    for (const key of Object.keys(item)) {
      if (known.has(key)) continue;
      const line = lineAt([i, key]);
      problems.push({ file, ...(line ? { line } : {}), field: `${i}.${key}`, message: `unknown field “${key}”: the site would ignore it`, fix: `correct the spelling or remove it; a ${what} has ${[...known].join(', ')} (${schemaFile})` });
    }
  });
  return result;
}

/** Checks one region's unit registry file (`src/content/units/<region>.yaml`), every problem located. */
export function checkUnitFile(path: string, file: string): ListFileCheck<Unit> {
  return checkListFile<Unit>(path, file, unitSchema, 'unit', 'src/lib/schema/unit.ts');
}

/** Checks the theme vocabulary (`src/content/themes/themes.yaml`), every problem located; a theme id used twice is a problem too. */
export function checkThemeFile(path: string, file: string): ListFileCheck<Theme> {
  const seen = new Set<string>();
  return checkListFile<Theme>(path, file, themeSchema, 'theme', 'src/lib/schema/theme.ts', (theme, i, lineAt) => {
    if (!seen.has(theme.id)) {
      seen.add(theme.id);
      return [];
    }
    const line = lineAt([i, 'id']);
    return [{ file, ...(line ? { line } : {}), field: `${i}.id`, message: `theme id "${theme.id}" is used twice`, fix: 'give each theme its own id' }];
  });
}

function listFiles(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => extensions.includes(extname(f)))
    .sort();
}

/** What checking one plan file found. */
export interface PlanFileCheck {
  id: string;
  /** The file as the problems name it. */
  file: string;
  /** Every problem of the file, located (file:line, field). */
  problems: Problem[];
  /** The entry, when it fits the schema. */
  data: PlanEntry | null;
  /** Whether its frontmatter could be read at all (then `sha256` is what it names). */
  read: boolean;
  sha256: string | undefined;
}

/**
 * Checks one plan file as `npm run check` does: frontmatter present and valid
 * YAML, the schema, and what the schema cannot see (id, original and
 * checksum, 公开方式 anywhere, control characters, unknown keys), every
 * problem with its line. The build's loader (src/lib/content/load.ts) reports
 * a refused plan with it, so both say the same thing.
 */
export function checkPlanFile(path: string, file: string, sourcesDir: string, sourcesLabel: string): PlanFileCheck {
  const id = basename(path, extname(path));
  const problems: Problem[] = [];
  const result: PlanFileCheck = { id, file, problems, data: null, read: false, sha256: undefined };
  const source = readFileSync(path, 'utf8');
  // Cut where the build cuts it (a byte-order mark before the first --- allowed).
  const parts = planFileParts(source);
  if (!parts) {
    problems.push({ file, line: 1, field: '', message: 'no YAML frontmatter', fix: 'start the file with a line "---", the plan metadata, and another "---"' });
    return result;
  }
  // Frontmatter starts on line 2 (after the opening ---).
  const { doc, counter, lineAt: at } = parseYaml(parts.yaml, 1);
  if (doc.errors.length > 0) {
    problems.push(...yamlErrors(doc, counter, file, 1));
    return result;
  }
  const raw = toJS(doc, file, problems);
  if (raw === failed) return result;
  result.data = validate(planEntrySchema, raw, file, at, [], problems);
  problems.push(...planFileProblems({ id, file, frontmatter: raw, body: parts.body, lineAt: at, bodyLine: parts.bodyLine }, sourcesDir, sourcesLabel));
  const sha = (raw as { source?: { sha256?: unknown } } | null)?.source?.sha256;
  result.read = true;
  result.sha256 = typeof sha === 'string' ? sha : undefined;
  return result;
}

/** Checks plans, units, themes, original documents and the site config; never throws on bad content. */
export function checkContent(options: CheckOptions): CheckResult {
  const root = resolve(options.root);
  const contentDir = resolve(root, options.contentDir ?? 'src/content');
  const rel = (p: string) => relative(root, p) || p;
  const problems: Problem[] = [];
  const plans: Array<{ id: string; data: PlanEntry; file: string }> = [];
  const units: Unit[] = [];
  const themes: Theme[] = [];
  let planCount = 0;
  let unitCount = 0;
  let themeCount = 0;

  // Plans: Markdown/MDX with YAML frontmatter.
  const sourcesDir = originalsDir(contentDir, root);
  const originals: Array<{ id: string; file: string; sha256: string | undefined }> = [];
  const planDir = join(contentDir, 'plans');
  if (!existsSync(planDir)) problems.push({ file: rel(planDir), field: '', message: 'folder not found', fix: 'create it; each plan is one .md file in it' });
  for (const name of listFiles(planDir, ['.md', '.mdx'])) {
    planCount++;
    const path = join(planDir, name);
    const checked = checkPlanFile(path, rel(path), sourcesDir, rel(sourcesDir));
    problems.push(...checked.problems);
    if (checked.data) plans.push({ id: checked.id, data: checked.data, file: checked.file });
    if (checked.read) originals.push({ id: checked.id, file: checked.file, sha256: checked.sha256 });
  }
  problems.push(...duplicateOriginalProblems(originals));

  // Units: one YAML list per region.
  const unitDir = join(contentDir, 'units');
  for (const name of listFiles(unitDir, ['.yaml', '.yml'])) {
    const path = join(unitDir, name);
    const checked = checkUnitFile(path, rel(path));
    problems.push(...checked.problems);
    units.push(...checked.entries);
    unitCount += checked.count;
  }

  // Themes: one YAML list.
  const themeFile = join(contentDir, 'themes', 'themes.yaml');
  if (existsSync(themeFile)) {
    const checked = checkThemeFile(themeFile, rel(themeFile));
    problems.push(...checked.problems);
    themes.push(...checked.entries);
    themeCount += checked.count;
  } else {
    problems.push({ file: rel(themeFile), field: '', message: 'theme vocabulary not found', fix: 'create it as a YAML list of themes (id, name, description, keywords, order)' });
  }

  // Across files: unit and theme ids the plans use must exist. Only the
  // entries that passed their schema take part, so one broken file does not
  // bury the rest under follow-on errors.
  problems.push(...validateRegistry({ plans, units, themes }, { contentDir: rel(contentDir) }));
  problems.push(...assignmentNameProblems(plans, units));

  // The site config.
  const site = checkSiteConfig({ root, ...(options.env ? { env: options.env } : {}) });
  for (const p of site.problems) {
    problems.push({ file: p.file || CONFIG_FILE, ...(p.line ? { line: p.line } : {}), field: p.field, message: p.message, fix: p.fix });
  }

  return { problems, counts: { plans: planCount, units: unitCount, themes: themeCount } };
}
