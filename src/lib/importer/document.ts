import type { PlanEntry } from '../schema/plan';
import { planEntrySchema } from '../schema/plan';
import type { Theme } from '../schema/theme';
import type { Registry } from '../registry/registry';
import { tagThemes } from '../themes/tag';
import { planFileProblems } from '../check/plans';
import { slug } from '../schema/common';
import { ImportError } from './errors';
import { planIdMessage } from './index';
import { Report, type ReviewItem } from './report';

export interface DocumentImport {
  id: string;
  entry: PlanEntry;
  notice: string;
  report: ReviewItem[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Imports a plan from the JSON Fengong publishes (data/plans/<id>.json, the
 * importer's --json output; shape of toPlanDocument). Gives back the same
 * entry: themes the rules would assign anyway are dropped, so only manual
 * overrides stay in the entry, as they were.
 */
export function importPlanDocument(text: string, options: { registry: Registry; themes: readonly Theme[]; id?: string }): DocumentImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (Array.isArray(data)) throw new ImportError('the JSON holds several plans: import them one file per plan');
  if (!isRecord(data) || !Array.isArray(data['sections'])) {
    throw new ImportError('this JSON is not a Fengong plan document (expected an object with "sections", as in data/plans/<id>.json)');
  }
  const { id: docId, notice, sections, ...meta } = data;
  const id = options.id ?? (typeof docId === 'string' ? docId : undefined);
  if (!id) throw new ImportError('the JSON has no "id": give one with --id');
  // The id becomes a file name: a JSON "id" of ../../x must not write outside the plans folder.
  if (!slug.safeParse(id).success) throw new ImportError(planIdMessage(id));
  const unthemed = (r: unknown) => {
    if (!isRecord(r) || !Array.isArray(r['themes']) || typeof r['text'] !== 'string') return r;
    const { themes, ...rest } = r;
    const auto = tagThemes(r['text'], undefined, options.themes);
    return JSON.stringify(auto) === JSON.stringify(themes) ? rest : r;
  };
  const entryInput = {
    ...meta,
    sections: (sections as unknown[]).map((s) =>
      isRecord(s)
        ? {
            ...s,
            tasks: Array.isArray(s['tasks']) ? s['tasks'].map((t) => (isRecord(t) && Array.isArray(t['requirements']) ? { ...t, requirements: t['requirements'].map(unthemed) } : t)) : s['tasks'],
            requirements: Array.isArray(s['requirements']) ? s['requirements'].map(unthemed) : s['requirements'],
          }
        : s,
    ),
  };
  const checked = planEntrySchema.safeParse(entryInput);
  if (!checked.success) {
    throw new ImportError(`the JSON does not fit the plan schema:\n${checked.error.issues.slice(0, 20).map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  // What check and the build would refuse (control characters, 公开方式 in the notice) is refused here, before anything is written.
  const problems = planFileProblems({ id, file: 'the JSON', frontmatter: checked.data, body: typeof notice === 'string' ? notice : '' }, '').filter((p) => p.field !== 'source.file' && p.field !== 'source.sha256');
  if (problems.length > 0) throw new ImportError(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  const report = new Report();
  const known = new Set(options.registry.units.map((u) => u.id));
  for (const s of checked.data.sections)
    for (const r of [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)])
      for (const u of r.units) if (!known.has(u.unit)) report.warn('unit-unregistered', null, `unit id ${u.unit} (${u.name}) is not in the unit registry`, r.id);
  return { id, entry: checked.data, notice: typeof notice === 'string' ? notice : '', report: report.items };
}
