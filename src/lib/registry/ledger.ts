import { pageSize, paginate } from '../browse';
import type { AssignmentInPlan, Catalog, PlanInput, RequirementInPlan } from '../catalog';
import { zhCollator } from '../catalog';
import { roles, type Assignment, type Role } from '../schema/plan';
import { unitKind, type Unit, type UnitKind } from '../schema/unit';

/** Requirement counts per role, and the number of distinct requirements (a unit can hold two roles on one). */
export type RoleCounts = Record<Role, number> & { total: number };

const zeroCounts = (): RoleCounts => ({ lead: 0, responsible: 0, participate: 0, total: 0 });

/** Counts by role over assignments, counting each requirement once per role and once in `total`. */
export function countRoles(assignments: readonly AssignmentInPlan[]): RoleCounts {
  const counts = zeroCounts();
  const seen = new Set<string>();
  const seenRole = new Set<string>();
  for (const a of assignments) {
    const key = `${a.item.planId}#${a.item.requirement.id}`;
    if (!seenRole.has(`${key}:${a.role}`)) {
      seenRole.add(`${key}:${a.role}`);
      counts[a.role]++;
    }
    if (!seen.has(key)) {
      seen.add(key);
      counts.total++;
    }
  }
  return counts;
}

/** Units whose duties passed, directly or through earlier reforms, to each unit: successor id → predecessors. */
const lineageCache = new WeakMap<readonly Unit[], Map<string, Unit[]>>();
function directPredecessors(units: readonly Unit[]): Map<string, Unit[]> {
  let map = lineageCache.get(units);
  if (!map) {
    map = new Map();
    for (const u of units) {
      if (u.successor === null || u.successor === u.id) continue;
      const list = map.get(u.successor) ?? [];
      list.push(u);
      map.set(u.successor, list);
    }
    for (const list of map.values()) list.sort((a, b) => zhCollator.compare(a.name, b.name));
    lineageCache.set(units, map);
  }
  return map;
}

/**
 * Every unit whose duties this unit took over, nearest first (市卫生计生局
 * for 市卫生健康局, and the units that became 市卫生计生局 before it).
 * Loops in bad data are cut rather than followed forever.
 */
export function predecessorsOf(unitId: string, units: readonly Unit[]): Unit[] {
  const direct = directPredecessors(units);
  const out: Unit[] = [];
  const seen = new Set([unitId]);
  const queue = [unitId];
  while (queue.length > 0) {
    for (const p of direct.get(queue.shift()!) ?? []) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      out.push(p);
      queue.push(p.id);
    }
  }
  return out;
}

/**
 * A unit's name as a reader needs it out of context: an internal office
 * (办公室) with the body it belongs to, everything else as registered.
 */
export function unitDisplayName(unit: Unit): string {
  return unit.parent && !unit.name.startsWith(unit.parent) ? `${unit.parent}${unit.name}` : unit.name;
}

/** The chain of successors after a unit (市卫生计生局 → 市卫生健康局 → …), stopping at a loop or a missing id. */
export function successorsOf(unit: Unit, unitById: ReadonlyMap<string, Unit>): Unit[] {
  const out: Unit[] = [];
  const seen = new Set([unit.id]);
  for (let next = unit.successor ? unitById.get(unit.successor) : undefined; next && !seen.has(next.id); next = next.successor ? unitById.get(next.successor) : undefined) {
    seen.add(next.id);
    out.push(next);
  }
  return out;
}

/** One line of a unit's ledger (台账): a requirement and the unit's part in it. */
export interface LedgerEntry {
  item: RequirementInPlan;
  /** The roles the unit (or a predecessor) holds on this requirement, in role order. */
  roles: Role[];
  /** The name the document used, e.g. 市卫生计生局 on a 2018 line of 市卫生健康局's ledger. */
  assignedAs: Unit;
  /** True when the line belongs to a predecessor, not to the unit itself. */
  inherited: boolean;
  /** The other units on the requirement, grouped by role. */
  others: Array<{ role: Role; units: Assignment[] }>;
}

export interface LedgerPlanGroup {
  plan: PlanInput;
  entries: LedgerEntry[];
}

export interface LedgerYearGroup {
  year: number;
  plans: LedgerPlanGroup[];
  counts: RoleCounts;
}

export interface UnitLedger {
  unit: Unit;
  predecessors: Unit[];
  successors: Unit[];
  /** Years newest first; plans in catalog order; requirements in document order. */
  years: LedgerYearGroup[];
  /** Counts over the whole line, predecessors included. */
  counts: RoleCounts;
  /** Counts of the unit's own assignments only (what data/units.csv reports for this id). */
  ownCounts: RoleCounts;
  /** Counts per predecessor, for the note that explains the merged history. */
  inheritedCounts: Array<{ unit: Unit; counts: RoleCounts }>;
}

/**
 * A unit's ledger across plans and years, its predecessors' lines included and
 * marked as such, so the history of 市卫生健康局 reads as one line from the
 * 2018 市卫生计生局 onward. Cost is linear in the unit's own assignments.
 */
export function unitLedger(catalog: Catalog, unitId: string): UnitLedger {
  const unit = catalog.unitById.get(unitId);
  if (!unit) throw new Error(`unit "${unitId}" is not in the unit registry`);
  const predecessors = predecessorsOf(unitId, catalog.units);
  const line = [unit, ...predecessors];
  const lineIds = new Set(line.map((u) => u.id));

  const all: AssignmentInPlan[] = [];
  const byRequirement = new Map<string, { item: RequirementInPlan; roles: Set<Role>; assignedAs: Unit }>();
  for (const member of line) {
    for (const a of catalog.assignmentsByUnit.get(member.id) ?? []) {
      all.push(a);
      const key = `${a.item.planId}#${a.item.requirement.id}`;
      const entry = byRequirement.get(key) ?? { item: a.item, roles: new Set<Role>(), assignedAs: member };
      entry.roles.add(a.role);
      byRequirement.set(key, entry);
    }
  }

  const planOrder = catalog.planPosition;
  const entries = [...byRequirement.values()].sort(
    (a, b) => (planOrder.get(a.item.planId) ?? 0) - (planOrder.get(b.item.planId) ?? 0) || a.item.index - b.item.index,
  );

  const years: LedgerYearGroup[] = [];
  for (const e of entries) {
    const year = e.item.plan.year;
    let yearGroup = years.at(-1);
    if (!yearGroup || yearGroup.year !== year) {
      yearGroup = { year, plans: [], counts: zeroCounts() };
      years.push(yearGroup);
    }
    let planGroup = yearGroup.plans.at(-1);
    if (!planGroup || planGroup.plan.id !== e.item.planId) {
      planGroup = { plan: catalog.planById.get(e.item.planId)!, entries: [] };
      yearGroup.plans.push(planGroup);
    }
    const others = e.item.requirement.units.filter((u) => !lineIds.has(u.unit));
    planGroup.entries.push({
      item: e.item,
      roles: roles.filter((r) => e.roles.has(r)),
      assignedAs: e.assignedAs,
      inherited: e.assignedAs.id !== unit.id,
      others: roles.map((role) => ({ role, units: others.filter((u) => u.role === role) })).filter((g) => g.units.length > 0),
    });
  }
  for (const y of years) {
    y.counts = countRoles(all.filter((a) => a.item.plan.year === y.year));
  }

  return {
    unit,
    predecessors,
    successors: successorsOf(unit, catalog.unitById),
    years,
    counts: countRoles(all),
    ownCounts: countRoles(catalog.assignmentsByUnit.get(unit.id) ?? []),
    inheritedCounts: predecessors.map((p) => ({ unit: p, counts: countRoles(catalog.assignmentsByUnit.get(p.id) ?? []) })),
  };
}

/** One row of the unit index. */
export interface UnitIndexRow {
  unit: Unit;
  counts: RoleCounts;
  /** The unit that took over after a reform, shown so a reader knows the name is historical. */
  successor: Unit | null;
}

export interface UnitIndexGroup {
  kind: UnitKind;
  rows: UnitIndexRow[];
}

export interface UnitIndexRegion {
  region: string;
  /** Departments, offices, governments and towns, by kind then pinyin. */
  groups: UnitIndexGroup[];
  /** Collective designations (各镇（街）, 市直各单位), listed apart and never ranked with departments. */
  collectives: UnitIndexRow[];
}

/**
 * The unit index: per region (in Chinese collation order), units grouped by
 * kind in the schema's order and sorted by pinyin within a kind, the way a
 * Chinese reader looks a name up. Counts are the unit's own assignments.
 */
const unitIndexCache = new WeakMap<Catalog, UnitIndexRegion[]>();
export function unitIndex(catalog: Catalog): UnitIndexRegion[] {
  // Every region page reads this; computing it once keeps the build linear in the number of regions.
  const cached = unitIndexCache.get(catalog);
  if (cached) return cached;
  const result = computeUnitIndex(catalog);
  unitIndexCache.set(catalog, result);
  return result;
}

function computeUnitIndex(catalog: Catalog): UnitIndexRegion[] {
  const byRegion = new Map<string, Unit[]>();
  for (const u of catalog.units) {
    const list = byRegion.get(u.region) ?? [];
    list.push(u);
    byRegion.set(u.region, list);
  }
  const row = (unit: Unit): UnitIndexRow => ({
    unit,
    counts: countRoles(catalog.assignmentsByUnit.get(unit.id) ?? []),
    successor: (unit.successor && catalog.unitById.get(unit.successor)) || null,
  });
  const byName = (a: UnitIndexRow, b: UnitIndexRow) => zhCollator.compare(a.unit.name, b.unit.name) || a.unit.id.localeCompare(b.unit.id);
  return [...byRegion.keys()].sort(zhCollator.compare).map((region) => {
    const units = byRegion.get(region)!;
    const groups = unitKind.options
      .filter((k) => k !== 'collective')
      .map((kind) => ({ kind, rows: units.filter((u) => u.kind === kind).map(row).sort(byName) }))
      .filter((g) => g.rows.length > 0);
    const collectives = units.filter((u) => u.kind === 'collective').map(row).sort(byName);
    return { region, groups, collectives };
  });
}

/**
 * The bodies with the most requirements in a region, collective designations
 * excluded: 市直各单位 is on almost every line and would top any ranking while
 * saying nothing about a department. Ties broken by lead count, then pinyin.
 */
export function busiestUnits(region: UnitIndexRegion, limit: number): UnitIndexRow[] {
  return region.groups
    .flatMap((g) => g.rows)
    .filter((r) => r.counts.total > 0)
    .sort((a, b) => b.counts.total - a.counts.total || b.counts.lead - a.counts.lead || zhCollator.compare(a.unit.name, b.unit.name))
    .slice(0, limit);
}

/**
 * A ledger's entries split into pages of at most `size`, each page regrouped
 * by year and plan; a plan whose entries do not fit continues on the next
 * page. Year counts stay those of the whole year. A collective designation
 * such as 各镇（街） gathers a region's requirements over every year (48 KB
 * of gzipped HTML at 10,000 plans on one page); pages keep it bounded. A
 * ledger without entries is one empty page.
 */
export function ledgerPages(ledger: Pick<UnitLedger, 'years'>, size: number = pageSize): LedgerYearGroup[][] {
  const flat = ledger.years.flatMap((y) => y.plans.flatMap((p) => p.entries.map((entry) => ({ y, p, entry }))));
  return paginate(flat, size).map((slice) => {
    const years: LedgerYearGroup[] = [];
    for (const { y, p, entry } of slice) {
      let year = years.at(-1);
      if (!year || year.year !== y.year) {
        year = { year: y.year, counts: y.counts, plans: [] };
        years.push(year);
      }
      let plan = year.plans.at(-1);
      if (!plan || plan.plan.id !== p.plan.id) {
        plan = { plan: p.plan, entries: [] };
        year.plans.push(plan);
      }
      plan.entries.push(entry);
    }
    return years;
  });
}

/**
 * Requirements on a unit's page: its own and its predecessors', each once
 * (the ledger's `counts.total`), without building the ledger.
 */
export function lineRequirementCount(catalog: Pick<Catalog, 'units' | 'assignmentsByUnit'>, unitId: string): number {
  const line = [unitId, ...predecessorsOf(unitId, catalog.units).map((p) => p.id)];
  return countRoles(line.flatMap((id) => catalog.assignmentsByUnit.get(id) ?? [])).total;
}

/** Number of pages `ledgerPages` makes of a ledger with this many requirements. */
export function ledgerPageCount(requirementCount: number, size: number = pageSize): number {
  return Math.max(1, Math.ceil(requirementCount / size));
}
