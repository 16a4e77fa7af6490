import type { Catalog, RequirementInPlan } from '../catalog';
import { unitsByRole } from '../catalog';
import { placeLabel, planLabel, planShortTitle } from '../model/vocabulary';
import { roleLabels } from '../schema/plan';
import type { Unit } from '../schema/unit';
import { countRoles, lineRequirementCount, predecessorsOf } from '../registry/ledger';
import type { Urls } from '../urls';
import { kindLabels, unitFilterValue, unitRoleKey, unitRoleValue, unitToken, type FacetKey } from './facets';
import { compactItem, type BlockFile, type BlockMeta, type ItemFacets, type SearchItem } from './items';
import { indexTokens } from './tokens';

/**
 * What goes into the search index, built from the catalog rather than scraped
 * from the HTML pages. The unit of search is an item: a requirement, a plan, a
 * unit or a theme; a result links straight to the item's permalink
 * (`/plans/<plan>/#<requirement>`) and shows the plan, year and units.
 *
 * Items are stored in blocks: one Pagefind record holds up to `blockSize`
 * consecutive requirements of one plan (or units of one region). Pagefind
 * keeps a fixed entry per record in the metadata every first search
 * downloads, so a record per requirement would cost a 1,000-plan site
 * (44,000 requirements) about 450 KB before any result; blocks divide that.
 * A record's content is the set of its items' tokens, each once, so a word's
 * entry in Pagefind's index grows with the number of blocks that hold it, not
 * with how often it occurs. Pagefind finds the blocks containing the query
 * tokens; the page then checks each item of a block on its own
 * (`matchesItem`), with the item's tokens worked out again from what it shows
 * (`storedTokens`, items.ts), so a result is still one requirement that
 * contains the whole query.
 *
 * Pagefind gets only the tokens, filters and sort of a record: it indexes the
 * words of every metadata field too, so the items and what they share go to
 * a file of the block's own (`BlockFile`, written beside the shard by
 * `write-index.ts`) that the page reads instead of Pagefind's fragment.
 */

/** Requirements (or units) per Pagefind record. */
export const defaultBlockSize = 12;

export type { BlockFile, BlockMeta, ItemFacets, SearchItem } from './items';

/**
 * One block: a Pagefind custom record (see `addCustomRecord`), whose
 * `content` holds the items' search tokens, and the file the page reads.
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  filters: Partial<Record<FacetKey, string[]>>;
  sort: Record<string, string>;
  /** Not given to Pagefind: written beside the shard (see `BlockFile`). */
  block: BlockFile;
}

// The plan's short title and short name (one rule for the whole site: src/lib/model/vocabulary.ts).
export { planLabel, planShortTitle };

/**
 * How a requirement is numbered in a result: 第22项 when the plan numbers its
 * requirements once through, or with its section and task (第一部分（二）第1项)
 * when the numbering starts again in each task, as 揭阳 2018 does.
 */
export function requirementLabel(placed: Pick<RequirementInPlan, 'section' | 'task' | 'requirement'>, restarts: boolean): string {
  const { section, task, requirement } = placed;
  const where = `第${section.no}部分${task?.no ? `（${task.no}）` : ''}`;
  if (requirement.no === null) return `${restarts ? where : ''}${task?.title ?? section.title}`;
  return `${restarts ? where : ''}第${requirement.no}项`;
}

/** Whether a plan's requirement numbers repeat, so a number alone does not say which requirement. */
export function numberingRestarts(items: readonly Pick<RequirementInPlan, 'requirement'>[]): boolean {
  const seen = new Set<number>();
  for (const { requirement } of items) {
    if (requirement.no === null) continue;
    if (seen.has(requirement.no)) return true;
    seen.add(requirement.no);
  }
  return false;
}

/** Names a unit is known by: its canonical name, its aliases, and the units before and after an institutional reform. */
export function unitSearchNames(unit: Unit, catalog: Pick<Catalog, 'units' | 'unitById'>): string[] {
  const names = [unit.name, ...unit.aliases];
  const successor = unit.successor ? catalog.unitById.get(unit.successor) : undefined;
  if (successor) names.push(successor.name, ...successor.aliases);
  for (const predecessor of predecessorsOf(unit.id, catalog.units)) names.push(predecessor.name, ...predecessor.aliases);
  return [...new Set(names)];
}

function tokens(...texts: Array<string | null | undefined>): string[] {
  return indexTokens(texts.filter((t): t is string => Boolean(t)).join('\n'));
}

function placeOf(item: RequirementInPlan): string {
  return placeLabel(item.section, item.task);
}

/** An item with its search tokens, before it is put in a block. */
interface Entry {
  item: SearchItem;
  tokens: string[];
}

function requirementEntry(placed: RequirementInPlan, catalog: Catalog, at: Urls, restarts: boolean): Entry {
  const { plan, requirement } = placed;
  const units = requirement.units.map((a) => ({ a, unit: catalog.unitById.get(a.unit) }));
  const unitValues = units.map(({ a, unit }) => unitFilterValue(unit ?? { name: a.name, region: plan.region.name }));
  const themeNames = placed.themes.map((id) => catalog.themeById.get(id)?.name ?? id);
  // Units and roles in the order the units line lists them (by role), so the block file rebuilds them from it (items.ts).
  const byRole = unitsByRole(requirement.units).map((g) => ({ role: roleLabels[g.role], values: g.units.map((a) => unitValues[requirement.units.indexOf(a)]!) }));
  const facets: ItemFacets = {
    unit: [...new Set(byRole.flatMap((g) => g.values))],
    role: byRole.map((g) => g.role),
    [unitRoleKey]: [...new Set(byRole.flatMap((g) => g.values.map((v) => unitRoleValue(v, g.role))))],
    theme: themeNames,
  };
  const unitsText = unitsByRole(requirement.units)
    .map((g) => `${roleLabels[g.role]}：${g.units.map((u) => u.name).join('、')}`)
    .join('；');
  return {
    item: {
      url: at.requirement(placed.planId, requirement.id),
      title: `${planLabel(plan)} ${requirementLabel(placed, restarts)}`,
      text: requirement.text,
      ...(unitsText ? { units: unitsText } : {}),
      place: placeOf(placed),
      facets: withoutEmpty(facets),
    },
    tokens: tokens(
      requirement.text,
      requirement.unitsRaw,
      ...units.flatMap(({ a, unit }) => (unit ? unitSearchNames(unit, catalog) : [a.name])),
      placed.section.title,
      placed.task?.title,
      requirement.deadline,
      ...themeNames,
      plan.region.name,
      `${plan.year}年`,
    ).concat([...new Set(unitValues)].map(unitToken)),
  };
}

function withoutEmpty<T extends Record<string, string[] | undefined>>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v.length > 0)) as T;
}

function union(entries: readonly Entry[], key: keyof ItemFacets): string[] {
  return [...new Set(entries.flatMap((e) => e.item.facets?.[key] ?? []))];
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * A block holding some items; its URL is the first item's, its filters the
 * union of the items', its content (what Pagefind indexes) the union of their
 * tokens. The block file holds what the items show; the page works each
 * item's tokens out from that again (`storedTokens`, items.ts).
 */
function block(entries: readonly Entry[], shared: BlockMeta, filters: SearchRecord['filters'], sort: Record<string, string>): SearchRecord {
  const content = [...new Set(entries.flatMap((e) => e.tokens))].join(' ');
  const places = [...new Set(entries.flatMap((e) => (e.item.place === undefined ? [] : [e.item.place])))];
  const themes = [...new Set(entries.flatMap((e) => e.item.facets?.theme ?? []))];
  const meta = {
    ...(Object.fromEntries(Object.entries(shared).filter(([, v]) => v !== undefined)) as BlockMeta),
    ...(places.length > 0 ? { places } : {}),
    ...(themes.length > 0 ? { themes } : {}),
  };
  return {
    url: entries[0]!.item.url,
    content,
    language: 'zh-cn',
    filters: withoutEmpty(filters),
    sort,
    block: { ...meta, items: entries.map((e) => compactItem(e.item, e.tokens, meta)) },
  };
}

/** The records of one plan: the plan itself and its requirements in blocks. */
export function planRecords(planId: string, catalog: Catalog, at: Urls, blockSize: number = defaultBlockSize): SearchRecord[] {
  const { data: plan } = catalog.planById.get(planId)!;
  const title = planLabel(plan);
  const year = String(plan.year);
  const planFilters = { year: [year], region: [plan.region.name], issuer: [plan.issuer] };
  const planEntry: Entry = {
    item: { url: at.plan(planId), title, text: plan.title, ...(plan.docNumber ? { docNumber: plan.docNumber } : {}) },
    tokens: tokens(plan.title, plan.issuer, plan.docNumber, ...plan.upstream, plan.region.name, `${year}年`),
  };
  const shared = { plan: title, issuer: plan.issuer, year, region: plan.region.name };
  const placed = catalog.requirementsByPlan.get(planId) ?? [];
  const restarts = numberingRestarts(placed);
  const requirements = placed.map((r) => requirementEntry(r, catalog, at, restarts));
  return [
    block([planEntry], { kind: 'plan', ...shared }, { kind: [kindLabels.plan], ...planFilters }, { year }),
    ...chunk(requirements, blockSize).map((entries) =>
      block(
        entries,
        { kind: 'requirement', ...shared, at: at.plan(planId), ...otherNames(entries, catalog) },
        {
          kind: [kindLabels.requirement],
          ...planFilters,
          unit: union(entries, 'unit'),
          role: union(entries, 'role'),
          theme: union(entries, 'theme'),
        },
        { year },
      ),
    ),
  ];
}

const otherNamesCache = new WeakMap<object, Map<string, string[]>>();

/** Every unit's other names by filter value, worked out once per catalog (a large site has thousands of units). */
function otherNamesOf(catalog: Catalog): Map<string, string[]> {
  let names = otherNamesCache.get(catalog);
  if (!names) {
    names = new Map(catalog.units.map((u) => [unitFilterValue(u), unitSearchNames(u, catalog).filter((n) => n !== u.name)]));
    otherNamesCache.set(catalog, names);
  }
  return names;
}

/** The `aka` metadata of a block: other names of its units that have any (see `BlockMeta.aka`). */
function otherNames(entries: readonly Entry[], catalog: Catalog): { aka?: Record<string, string[]> } {
  const names = otherNamesOf(catalog);
  const aka: Record<string, string[]> = {};
  for (const value of union(entries, 'unit')) {
    const other = names.get(value);
    if (other && other.length > 0) aka[value] = other;
  }
  return Object.keys(aka).length > 0 ? { aka } : {};
}

/** The unit records, in blocks per region. */
export function unitRecords(catalog: Catalog, at: Urls, blockSize: number = defaultBlockSize): SearchRecord[] {
  // Counted as the unit page counts them: the unit's own requirements and its
  // predecessors' (市卫生健康局 carries 市卫生计生局's 2018 lines), each once.
  const workload = (unit: Unit): string => {
    const total = lineRequirementCount(catalog, unit.id);
    const own = countRoles(catalog.assignmentsByUnit.get(unit.id) ?? []).total;
    return total > own ? `承担 ${total} 项要求（含前身单位名义下的 ${total - own} 项）。` : `承担 ${total} 项要求。`;
  };
  const regions = [...new Set(catalog.units.map((u) => u.region))];
  return regions.flatMap((region) => {
    const entries: Entry[] = catalog.units
      .filter((u) => u.region === region)
      .map((unit) => ({
        item: {
          url: at.unit(unit.id),
          title: unitFilterValue(unit),
          text: `${unit.aliases.length > 0 ? `又称${unit.aliases.join('、')}。` : ''}${workload(unit)}`,
          facets: { unit: [unitFilterValue(unit)] },
        },
        tokens: [...tokens(...unitSearchNames(unit, catalog), unit.region), unitToken(unitFilterValue(unit))],
      }));
    return chunk(entries, blockSize * 2).map((group) =>
      block(group, { kind: 'unit', region }, { kind: [kindLabels.unit], region: [region], unit: union(group, 'unit') }, {}),
    );
  });
}

export function themeRecords(catalog: Catalog, at: Urls): SearchRecord[] {
  return catalog.themes.map((theme) =>
    block(
      [{ item: { url: at.theme(theme.id), title: theme.name, text: theme.description, facets: { theme: [theme.name] } }, tokens: tokens(theme.name, theme.description) }],
      { kind: 'theme' },
      { kind: [kindLabels.theme], theme: [theme.name] },
      {},
    ),
  );
}

/** Every record of the search index, in catalog order so two builds write the same index. */
export function searchRecords(catalog: Catalog, at: Urls, blockSize: number = defaultBlockSize): SearchRecord[] {
  return [
    ...catalog.plans.flatMap((p) => planRecords(p.id, catalog, at, blockSize)),
    ...unitRecords(catalog, at, blockSize),
    ...themeRecords(catalog, at),
  ];
}
