import type { AssignmentInPlan, Catalog, PlanInput, RequirementInPlan } from '../catalog';
import { roleLabels, type Requirement, type Role } from '../schema/plan';
import { ledgerRowSchema } from '../schema/published';
import type {
  AssignmentRow,
  LedgerRow,
  PlanRow,
  PublishedPlan,
  RequirementRow,
  ThemeRow,
  UnitRow,
} from '../schema/published';
import type { PlanEntry } from '../schema/plan';
import type { Unit } from '../schema/unit';
import { predecessorsOf, unitDisplayName } from '../registry/ledger';
import type { DataLinks } from './publication';

/*
 * Rows of the published tables, built from the catalog. Every builder
 * constructs its objects key by key in schema order, so JSON output has a
 * stable key order whatever order the content files used.
 */

/** The Chinese label of a role, typed as the published enum (牵头, 负责, 配合). */
const roleLabel = (role: Role): LedgerRow['role_label'] => ledgerRowSchema.shape.role_label.parse(roleLabels[role]);

/** Where a requirement sits in its plan, as 1-based numbers (Chinese numerals sort wrongly as text: 十 before 二). */
interface Placement {
  section_position: number;
  task_position: number | null;
  requirement_position: number;
}

/** Per plan entry: requirement → its section's and task's positions. Built once per plan, not per row. */
const placements = new WeakMap<PlanEntry, Map<Requirement, { section: number; task: number | null }>>();
function placement(item: RequirementInPlan): Placement {
  let map = placements.get(item.plan);
  if (!map) {
    map = new Map();
    item.plan.sections.forEach((section, s) => {
      for (const r of section.requirements) map!.set(r, { section: s + 1, task: null });
      section.tasks.forEach((task, t) => {
        for (const r of task.requirements) map!.set(r, { section: s + 1, task: t + 1 });
      });
    });
    placements.set(item.plan, map);
  }
  const at = map.get(item.requirement);
  if (!at) throw new Error(`requirement ${item.requirement.id} is not in plan ${item.planId}`);
  return { section_position: at.section, task_position: at.task, requirement_position: item.index + 1 };
}

/**
 * A unit's name that stays apart from the same name in another city in a
 * pivot table: the region, a space, then the name (an internal office with
 * the body it belongs to): 雷州市 市财政局.
 */
export function unitFullName(unit: Unit): string {
  return `${unit.region} ${unitDisplayName(unit)}`;
}

export function planRow(plan: PlanInput, catalog: Catalog, links: DataLinks): PlanRow {
  const d = plan.data;
  const items = catalog.requirementsByPlan.get(plan.id) ?? [];
  return {
    plan_id: plan.id,
    title: d.title,
    issuer: d.issuer,
    doc_number: d.docNumber,
    issued_on: d.issuedOn,
    published_on: d.publishedOn,
    year: d.year,
    region: d.region.name,
    region_code: d.region.code,
    disclosure: d.disclosure,
    validity: d.validity,
    upstream: d.upstream,
    recipients: d.recipients,
    cc: d.cc,
    section_count: d.sections.length,
    requirement_count: items.length,
    assignment_count: items.reduce((n, item) => n + item.requirement.units.length, 0),
    source_file: d.source.file,
    source_url: d.source.url,
    source_sha256: d.source.sha256,
    source_copy_url: links.source(d.source.file),
    imported_on: d.source.importedOn,
    url: links.plan(plan.id),
  };
}

/** The placement columns between `region` and `no`, in schema order. */
function sectionAndTask(item: RequirementInPlan) {
  const at = placement(item);
  return {
    section_position: at.section_position,
    section_no: item.section.no,
    section_title: item.section.title,
    task_position: at.task_position,
    task_no: item.task?.no ?? null,
    task_title: item.task?.title ?? null,
    requirement_position: at.requirement_position,
  };
}

const unitNamesWithRole = (r: Requirement, role: Role) => r.units.filter((u) => u.role === role).map((u) => u.name);

export function requirementRow(item: RequirementInPlan, links: DataLinks): RequirementRow {
  const r = item.requirement;
  return {
    plan_id: item.planId,
    requirement_id: r.id,
    year: item.plan.year,
    region: item.plan.region.name,
    ...sectionAndTask(item),
    no: r.no,
    text: r.text,
    lead_units: unitNamesWithRole(r, 'lead'),
    responsible_units: unitNamesWithRole(r, 'responsible'),
    participate_units: unitNamesWithRole(r, 'participate'),
    units_raw: r.unitsRaw,
    deadline: r.deadline,
    themes: item.themes,
    url: links.requirement(item.planId, r.id),
  };
}

/**
 * Assignment rows of one requirement, in the order the document names the
 * units. A unit missing from the registry is reported by `unregisteredUnits`
 * before any file is written; this fails rather than invent one.
 */
export function* assignmentRows(item: RequirementInPlan, catalog: Catalog): Generator<AssignmentRow> {
  const at = placement(item);
  for (const a of item.requirement.units) {
    const unit = catalog.unitById.get(a.unit);
    if (!unit) throw new Error(`plan ${item.planId}, requirement ${item.requirement.id}: unit "${a.unit}" (${a.name}) is not in the unit registry`);
    yield {
      plan_id: item.planId,
      requirement_id: item.requirement.id,
      unit_id: a.unit,
      unit_name: a.name,
      unit_full_name: unitFullName(unit),
      collective: unit.kind === 'collective',
      role: a.role,
      year: item.plan.year,
      region: item.plan.region.name,
      issuer: item.plan.issuer,
      section_position: at.section_position,
      section_no: item.section.no,
      task_position: at.task_position,
      task_no: item.task?.no ?? null,
      requirement_position: at.requirement_position,
      no: item.requirement.no,
    };
  }
}

export function ledgerRow(a: AssignmentInPlan, links: DataLinks): LedgerRow {
  const { item } = a;
  const at = placement(item);
  return {
    unit_name: a.name,
    role_label: roleLabel(a.role),
    year: item.plan.year,
    issuer: item.plan.issuer,
    section_position: at.section_position,
    section_no: item.section.no,
    task_position: at.task_position,
    task_no: item.task?.no ?? null,
    requirement_position: at.requirement_position,
    no: item.requirement.no,
    text: item.requirement.text,
    deadline: item.requirement.deadline,
    url: links.requirement(item.planId, item.requirement.id),
  };
}

/** Units in publication order: by region, then id (ids are ASCII, so the order never depends on collation data). */
export function publishedUnits(catalog: Catalog): Unit[] {
  return [...catalog.units].sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function unitRow(unit: Unit, catalog: Catalog, links: DataLinks): UnitRow {
  const assignments = catalog.assignmentsByUnit.get(unit.id) ?? [];
  const byRole = (role: Role) => assignments.filter((a) => a.role === role).length;
  let first: number | null = null;
  let last: number | null = null;
  for (const a of assignments) {
    const year = a.item.plan.year;
    if (first === null || year < first) first = year;
    if (last === null || year > last) last = year;
  }
  return {
    unit_id: unit.id,
    name: unit.name,
    region: unit.region,
    kind: unit.kind,
    parent: unit.parent,
    aliases: unit.aliases,
    successor: unit.successor,
    lead_count: byRole('lead'),
    responsible_count: byRole('responsible'),
    participate_count: byRole('participate'),
    requirement_count: new Set(assignments.map((a) => a.item)).size,
    plan_count: new Set(assignments.map((a) => a.item.planId)).size,
    first_year: first,
    last_year: last,
    url: links.unit(unit.id),
  };
}

/**
 * Units whose duties passed to `unitId` through institutional reforms
 * (successor chains, e.g. 市卫生计生局 → 市卫生健康局), nearest first: the
 * unit page's order (src/lib/registry/ledger.ts), so a unit page and its
 * data file never disagree.
 */
export function predecessors(unitId: string, catalog: Catalog): string[] {
  return predecessorsOf(unitId, catalog.units).map((u) => u.id);
}

/** One unit's ledger: its assignments and its predecessors', in catalog plan order, then document order. */
export function unitLedger(unitId: string, catalog: Catalog, links: DataLinks): LedgerRow[] {
  const ids = [unitId, ...predecessors(unitId, catalog)];
  const position = catalog.planPosition;
  const all = ids.flatMap((id, rank) => (catalog.assignmentsByUnit.get(id) ?? []).map((a) => ({ a, rank, plan: position.get(a.item.planId) ?? 0 })));
  all.sort((x, y) => x.plan - y.plan || x.a.item.index - y.a.item.index || x.rank - y.rank);
  return all.map(({ a }) => ledgerRow(a, links));
}

export function themeRow(theme: Catalog['themes'][number], catalog: Catalog, links: DataLinks): ThemeRow {
  const items = catalog.requirementsByTheme.get(theme.id) ?? [];
  return {
    theme_id: theme.id,
    name: theme.name,
    description: theme.description,
    keywords: theme.keywords,
    order: theme.order,
    requirement_count: items.length,
    plan_count: new Set(items.map((i) => i.planId)).size,
    url: links.theme(theme.id),
  };
}

/** A requirement as published in the nested plan JSON, with its themes resolved. */
function publishedRequirement(r: Requirement, themes: string[]) {
  return {
    id: r.id,
    no: r.no,
    text: r.text,
    unitsRaw: r.unitsRaw,
    units: r.units.map((u) => ({ name: u.name, unit: u.unit, role: u.role })),
    deadline: r.deadline,
    themes,
    ...(r.review ? { review: { issue: r.review.issue, decision: r.review.decision } } : {}),
  };
}

/** data/plans/<id>.json: the plan's metadata, notice and nested structure (the importer's --json shape). */
export function publishedPlan(plan: PlanInput, catalog: Catalog): PublishedPlan {
  const d = plan.data;
  const themesOf = new Map((catalog.requirementsByPlan.get(plan.id) ?? []).map((i) => [i.requirement, i.themes]));
  const req = (r: Requirement) => publishedRequirement(r, themesOf.get(r) ?? []);
  return {
    id: plan.id,
    title: d.title,
    issuer: d.issuer,
    docNumber: d.docNumber,
    issuedOn: d.issuedOn,
    publishedOn: d.publishedOn,
    ...(d.publishedTime ? { publishedTime: d.publishedTime } : {}),
    year: d.year,
    region: { name: d.region.name, code: d.region.code },
    disclosure: d.disclosure,
    upstream: d.upstream,
    recipients: d.recipients,
    cc: d.cc,
    source: { file: d.source.file, url: d.source.url, sha256: d.source.sha256, importedOn: d.source.importedOn },
    validity: d.validity,
    // The 政府信息公开目录 fields, only where the entry gives them.
    ...(d.indexNo ? { indexNo: d.indexNo } : {}),
    ...(d.subjectCategory ? { subjectCategory: d.subjectCategory } : {}),
    ...(d.publisher ? { publisher: d.publisher } : {}),
    ...(d.subjectTerms ? { subjectTerms: d.subjectTerms } : {}),
    notice: plan.body?.trim() ? plan.body.trim() : null,
    sections: d.sections.map((s) => ({
      no: s.no,
      title: s.title,
      tasks: s.tasks.map((t) => ({ no: t.no, title: t.title, requirements: t.requirements.map(req) })),
      requirements: s.requirements.map(req),
    })),
  };
}

/**
 * Assignments that name a unit id missing from the registry. The data
 * builder reports them (such rows would break the foreign key from
 * assignments.csv to units.csv) instead of inventing a unit.
 */
export function unregisteredUnits(catalog: Catalog): Array<{ unitId: string; name: string; planId: string; requirementId: string }> {
  const out: Array<{ unitId: string; name: string; planId: string; requirementId: string }> = [];
  for (const [unitId, list] of catalog.assignmentsByUnit) {
    if (catalog.unitById.has(unitId)) continue;
    const first = list[0];
    if (first) out.push({ unitId, name: first.name, planId: first.item.planId, requirementId: first.item.requirement.id });
  }
  return out.sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
}
