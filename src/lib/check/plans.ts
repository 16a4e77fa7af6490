import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { disclosureFix, findDisclosureMarkings, judgeDisclosure, textLines } from '../model/disclosure';
import type { LineLocator, Problem } from '../model/problem';
import { slug } from '../schema/common';
import { planEntrySchema, requirementSchema } from '../schema/plan';

/**
 * The checks on plan entries that their schema cannot make, shared by
 * `npm run check` (src/lib/check/content.ts) and the build (every plan the
 * build reads goes through src/lib/content/load.ts), so the two never
 * disagree about what may be published:
 * - the file name is a plan id (it becomes the URL and plan_id);
 * - the original document is there and is the one imported (SHA-256);
 * - no 公开方式 marking anywhere in the entry says anything but 主动公开;
 * - no text holds a character that is not text (control characters,
 *   unpaired surrogates, U+FFFE/U+FFFF: feed.xml and the sitemap would not be XML);
 * - no frontmatter key the schema does not know (a misspelt field is
 *   otherwise dropped without a word);
 * - across plans, no original is published twice under two ids.
 */


/** One plan file as read: its id, raw frontmatter (before the schema) and body. */
export interface PlanFileInput {
  id: string;
  /** The file as messages name it (relative to the project root). */
  file: string;
  frontmatter: unknown;
  body: string;
  /** Line of a frontmatter field, when the reader knows it. */
  lineAt?: LineLocator;
  /** Line of the file the body starts on. */
  bodyLine?: number;
}

/**
 * Where the original documents of a content folder are: `<content>/sources/`
 * when that folder exists (a generated or separate corpus keeps its own),
 * else the site's `public/sources/`, which the site serves at /sources/.
 */
export function originalsDir(contentDir: string, root: string = process.cwd()): string {
  const own = join(contentDir, 'sources');
  return existsSync(own) ? own : resolve(root, 'public', 'sources');
}

/** Characters XML 1.0 cannot hold, and C1 controls, which are not text either. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const notText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Every string in a parsed value, with its path. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** Problems for characters that are not text anywhere in a parsed YAML value (plans, units, themes). */
export function controlCharacterProblems(value: unknown, file: string, lineAt?: LineLocator): Problem[] {
  const problems: Problem[] = [];
  for (const [path, s] of strings(value)) {
    const bad = notText.exec(s);
    if (!bad) continue;
    const line = lineAt?.(path);
    problems.push({
      file,
      ...(line ? { line } : {}),
      field: path.join('.'),
      message: `holds ${codePoint(bad[0])}, which is not text (a control character or a broken surrogate): feeds and sitemaps with it are not valid XML`,
      fix: 'delete the character (in YAML, also any escape such as "\\x01" that writes it)',
    });
  }
  return problems;
}

const planKeys = new Set(Object.keys(planEntrySchema.shape));
const requirementKeys = new Set(Object.keys(requirementSchema.shape));
const sectionKeys = new Set(['no', 'title', 'tasks', 'requirements']);
const taskKeys = new Set(['no', 'title', 'requirements']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys the schema does not know: the schema drops them, so a misspelt `disclosure` or `url` would vanish silently. */
function unknownKeys(frontmatter: unknown): Array<{ path: PropertyKey[]; key: string }> {
  const out: Array<{ path: PropertyKey[]; key: string }> = [];
  const check = (value: unknown, known: Set<string>, path: PropertyKey[]) => {
    if (!isRecord(value)) return;
    for (const key of Object.keys(value)) if (!known.has(key)) out.push({ path: [...path, key], key });
  };
  check(frontmatter, planKeys, []);
  if (!isRecord(frontmatter) || !Array.isArray(frontmatter['sections'])) return out;
  frontmatter['sections'].forEach((s: unknown, si) => {
    check(s, sectionKeys, ['sections', si]);
    if (!isRecord(s)) return;
    const reqs = (list: unknown, path: PropertyKey[]) => Array.isArray(list) && list.forEach((r: unknown, ri) => check(r, requirementKeys, [...path, ri]));
    reqs(s['requirements'], ['sections', si, 'requirements']);
    if (Array.isArray(s['tasks'])) {
      s['tasks'].forEach((t: unknown, ti) => {
        check(t, taskKeys, ['sections', si, 'tasks', ti]);
        if (isRecord(t)) reqs(t['requirements'], ['sections', si, 'tasks', ti, 'requirements']);
      });
    }
  });
  return out;
}

/** The checks of one plan file beyond its schema; see the module comment. */
export function planFileProblems(plan: PlanFileInput, sourcesDir: string, sourcesLabel = 'public/sources'): Problem[] {
  const { file } = plan;
  const at = (path: readonly PropertyKey[]) => plan.lineAt?.(path);
  const located = (path: readonly PropertyKey[]) => {
    const line = at(path);
    return line ? { line } : {};
  };
  const problems: Problem[] = [];

  if (!slug.safeParse(plan.id).success) {
    problems.push({
      file,
      line: 1,
      field: '',
      message: `the file name “${plan.id}” is not a plan id: it becomes the plan's URL and plan_id, which are lower-case letters, digits and single hyphens`,
      fix: 'rename the file, e.g. 2022-leizhou.md (and its review file, if any)',
    });
  }

  for (const { path, key } of unknownKeys(plan.frontmatter)) {
    problems.push({ file, ...located(path), field: path.join('.'), message: `unknown field “${key}”: the site would ignore it`, fix: 'correct the spelling or remove it (the fields are listed in docs/data.md)' });
  }

  problems.push(...controlCharacterProblems(plan.frontmatter, file, plan.lineAt));
  const bodyBad = notText.exec(plan.body);
  if (bodyBad) {
    const line = (plan.bodyLine ?? 1) + plan.body.slice(0, bodyBad.index).split('\n').length - 1;
    problems.push({ file, line, field: '(notice text)', message: `holds ${codePoint(bodyBad[0])}, which is not text: feeds and sitemaps with it are not valid XML`, fix: 'delete the character' });
  }

  problems.push(...noticeMarkupProblems(plan.body, file, plan.bodyLine ?? 1));

  // 公开方式: the frontmatter field is checked by the schema; a marking written
  // anywhere in the entry (the notice, a requirement that swallowed it) counts too.
  const markings = [
    ...findDisclosureMarkings(textLines(plan.body, plan.bodyLine ?? 1)),
    ...[...strings(plan.frontmatter)]
      .filter(([path]) => path[0] !== 'disclosure' && path[0] !== 'source')
      .flatMap(([path, s]) => findDisclosureMarkings([{ text: s, line: at(path) ?? 0 }])),
  ];
  const verdict = judgeDisclosure(markings);
  if (verdict.refusal) {
    const line = verdict.markings.find((m) => m.value !== '主动公开')?.line;
    problems.push({ file, ...(line ? { line } : {}), field: 'disclosure', message: `must not be published: ${verdict.refusal.replace(/line 0 /g, '')}`, fix: disclosureFix });
  }

  // The original document must be the one that was imported; checked even when
  // other fields are wrong, as long as the source fields are readable.
  const origin = isRecord(plan.frontmatter) && isRecord(plan.frontmatter['source']) ? plan.frontmatter['source'] : undefined;
  if (typeof origin?.['file'] === 'string' && typeof origin['sha256'] === 'string') {
    const name = origin['file'];
    const original = resolve(sourcesDir, name);
    if (name.includes('/') || name.includes('\\') || name.startsWith('.')) {
      problems.push({ file, ...located(['source', 'file']), field: 'source.file', message: `“${name}” is not a file name in ${sourcesLabel}/`, fix: 'give the name of the original in that folder, e.g. 2022-leizhou.txt' });
    } else if (!existsSync(original)) {
      problems.push({ file, ...located(['source', 'file']), field: 'source.file', message: `original document ${sourcesLabel}/${name} not found`, fix: 'put the original file there; it is published next to the plan for provenance' });
    } else {
      const sha = createHash('sha256').update(readFileSync(original)).digest('hex');
      if (sha !== origin['sha256']) {
        problems.push({
          file,
          ...located(['source', 'sha256']),
          field: 'source.sha256',
          message: `${sourcesLabel}/${name} has SHA-256 ${sha}, not the recorded ${origin['sha256']}`,
          fix: 'if the original was replaced on purpose, re-import it; otherwise restore the original file',
        });
      }
    }
  }
  return problems;
}

/**
 * Markup in the notice text that the page would render: the importer escapes
 * every Markdown-significant character (entry-file.ts), so raw HTML or a link
 * in an entry's body was typed by hand, and a <script>, an onerror= or a
 * [link](javascript:…) would run in readers' browsers.
 */
export function noticeMarkupProblems(body: string, file: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split('\n');
  lines.forEach((raw, i) => {
    // Escaped characters (\< \[) are text; drop them before looking.
    const text = raw.replace(/\\./g, '');
    const line = bodyLine + i;
    if (/<[A-Za-z!?/]/.test(text)) {
      problems.push({ file, line, field: '(notice text)', message: 'holds raw HTML, which the page would render (scripts and event handlers would run)', fix: 'write < as \\< (or remove the markup); re-importing the original writes it escaped' });
    }
    if (/\]\(\s*<?\s*(?!https?:\/\/)/i.test(text) || /^\s{0,3}\[[^\]]+\]:\s*<?(?!https?:\/\/)/i.test(text)) {
      problems.push({ file, line, field: '(notice text)', message: 'holds a Markdown link that is not an http(s) address (javascript:, data: and relative links are refused)', fix: 'use an https:// address, or write [ as \\[ to keep the brackets as text' });
    }
  });
  return problems;
}

/**
 * Assignments whose unit name is not the registered unit's name: the data
 * would carry two names for one unit id, and pages would disagree with the
 * data files.
 */
export function assignmentNameProblems(
  plans: ReadonlyArray<{ id: string; file: string; data: { sections: ReadonlyArray<{ tasks: ReadonlyArray<{ requirements: readonly RequirementLike[] }>; requirements: readonly RequirementLike[] }> } }>,
  units: ReadonlyArray<{ id: string; name: string }>,
): Problem[] {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const problems: Problem[] = [];
  for (const plan of plans) {
    for (const section of plan.data.sections) {
      for (const r of [...section.requirements, ...section.tasks.flatMap((t) => t.requirements)]) {
        for (const a of r.units) {
          const name = names.get(a.unit);
          if (name !== undefined && name !== a.name) {
            problems.push({
              file: plan.file,
              field: `requirement ${r.id}`,
              message: `names unit “${a.name}” with id ${a.unit}, which the registry calls “${name}”`,
              fix: `write name: ${name} (the registry's canonical name), or the id of the unit that is meant`,
            });
          }
        }
      }
    }
  }
  return problems;
}
type RequirementLike = { id: string; units: ReadonlyArray<{ name: string; unit: string }> };

/** Plans that publish the same original twice (same source.sha256 under two ids). */
export function duplicateOriginalProblems(plans: ReadonlyArray<{ id: string; file: string; sha256: string | undefined }>): Problem[] {
  const first = new Map<string, { id: string; file: string }>();
  const problems: Problem[] = [];
  for (const p of plans) {
    if (!p.sha256) continue;
    const seen = first.get(p.sha256);
    if (!seen) first.set(p.sha256, p);
    else {
      problems.push({
        file: p.file,
        field: 'source.sha256',
        message: `the same original as ${seen.file} (${seen.id}): one document would be published twice`,
        fix: `keep one of the two entries (npm run import -- <original> --id ${seen.id} --replace replaces an entry by a re-import)`,
      });
    }
  }
  return problems;
}
