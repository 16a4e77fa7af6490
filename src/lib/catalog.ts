import type { Assignment, PlanEntry, Requirement, Role, Section, Task } from './schema/plan';
import type { Theme } from './schema/theme';
import type { Unit } from './schema/unit';
import { tagThemes } from './themes/tag';

/** A plan entry with its id (the content file's name) and notice text. */
export interface PlanInput {
  id: string;
  data: PlanEntry;
  /** The notice text (Markdown body of the entry). */
  body?: string | undefined;
}

/** A requirement placed in its plan, with its themes resolved. */
export interface RequirementInPlan {
  planId: string;
  plan: PlanEntry;
  section: Pick<Section, 'no' | 'title'>;
  task: Pick<Task, 'no' | 'title'> | null;
  requirement: Requirement;
  /** Theme ids: the entry's override, or rule-based tags. */
  themes: string[];
  /** Position in the plan, 0-based, for stable ordering. */
  index: number;
}

/** One unit's part in one requirement, the row of the assignments table. */
export interface AssignmentInPlan {
  unitId: string;
  name: string;
  role: Role;
  item: RequirementInPlan;
}

/**
 * Everything the site renders, computed once per build from the three
 * collections. Pages read from these indexes instead of re-scanning content,
 * so build time stays linear in the number of plans.
 */
export interface Catalog {
  /** Plans, newest year first, then region and issuer in Chinese collation order. */
  plans: PlanInput[];
  planById: Map<string, PlanInput>;
  /** Each plan's position in `plans`: the one order of plans that a unit's page and its data file both sort by. */
  planPosition: Map<string, number>;
  units: Unit[];
  unitById: Map<string, Unit>;
  themes: Theme[];
  themeById: Map<string, Theme>;
  /** Every requirement of every plan, in plan order then document order. */
  requirements: RequirementInPlan[];
  requirementsByPlan: Map<string, RequirementInPlan[]>;
  assignmentsByUnit: Map<string, AssignmentInPlan[]>;
  requirementsByTheme: Map<string, RequirementInPlan[]>;
}

export const zhCollator = new Intl.Collator('zh-CN');

/** Requirements of a plan in document order, with their section and task. */
export function* walkPlan(plan: PlanEntry): Generator<Omit<RequirementInPlan, 'planId' | 'plan' | 'themes' | 'index'>> {
  for (const section of plan.sections) {
    const s = { no: section.no, title: section.title };
    for (const requirement of section.requirements) yield { section: s, task: null, requirement };
    for (const task of section.tasks) {
      const t = { no: task.no, title: task.title };
      for (const requirement of task.requirements) yield { section: s, task: t, requirement };
    }
  }
}

/** Plans ordered for listing: newest year first, then region, issuer, id. */
export function comparePlans(a: PlanInput, b: PlanInput): number {
  return (
    b.data.year - a.data.year ||
    zhCollator.compare(a.data.region.name, b.data.region.name) ||
    zhCollator.compare(a.data.issuer, b.data.issuer) ||
    a.id.localeCompare(b.id)
  );
}

/** Units of a requirement grouped by role, in role order. */
export function unitsByRole(units: readonly Assignment[]): Array<{ role: Role; units: Assignment[] }> {
  const order: Role[] = ['lead', 'responsible', 'participate'];
  return order.map((role) => ({ role, units: units.filter((u) => u.role === role) })).filter((g) => g.units.length > 0);
}

export function buildCatalog(plans: readonly PlanInput[], units: readonly Unit[], themes: readonly Theme[]): Catalog {
  const sortedThemes = [...themes].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const sortedPlans = [...plans].sort(comparePlans);
  const requirements: RequirementInPlan[] = [];
  const requirementsByPlan = new Map<string, RequirementInPlan[]>();
  const assignmentsByUnit = new Map<string, AssignmentInPlan[]>();
  const requirementsByTheme = new Map<string, RequirementInPlan[]>(sortedThemes.map((t) => [t.id, []]));

  for (const plan of sortedPlans) {
    const items: RequirementInPlan[] = [];
    let index = 0;
    for (const placed of walkPlan(plan.data)) {
      const item: RequirementInPlan = {
        ...placed,
        planId: plan.id,
        plan: plan.data,
        themes: tagThemes(placed.requirement.text, placed.requirement.themes, sortedThemes),
        index: index++,
      };
      items.push(item);
      for (const a of item.requirement.units) {
        const list = assignmentsByUnit.get(a.unit) ?? [];
        list.push({ unitId: a.unit, name: a.name, role: a.role, item });
        assignmentsByUnit.set(a.unit, list);
      }
      for (const t of item.themes) requirementsByTheme.get(t)?.push(item);
    }
    requirements.push(...items);
    requirementsByPlan.set(plan.id, items);
  }

  return {
    plans: sortedPlans,
    planById: new Map(sortedPlans.map((p) => [p.id, p])),
    planPosition: new Map(sortedPlans.map((p, i) => [p.id, i])),
    units: [...units],
    unitById: new Map(units.map((u) => [u.id, u])),
    themes: sortedThemes,
    themeById: new Map(sortedThemes.map((t) => [t.id, t])),
    requirements,
    requirementsByPlan,
    assignmentsByUnit,
    requirementsByTheme,
  };
}
