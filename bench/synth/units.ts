import { pinyin } from 'pinyin-pro';
import type { Unit, UnitKind } from '../../src/lib/schema/unit';
import { levelPrefix, type SynthRegion } from './regions';

/**
 * The institutional reform of 2018–2019 renamed or merged departments in
 * every Guangdong region; the seeds span it (揭阳 2018 has 工商局, 卫生计生局;
 * the later plans have 市场监管局, 卫生健康局). Generated plans use the names
 * valid in their year, and the registry links old units to their successors,
 * so the unit pages carry the same history as the real ones.
 */
export const reformSuccessors: Readonly<Record<string, string>> = {
  工商局: '市场监管局',
  食品药品监管局: '市场监管局',
  卫生计生局: '卫生健康局',
  环境保护局: '生态环境局',
  安全生产监管局: '应急管理局',
  法制局: '司法局',
  经济信息化局: '工业和信息化局',
  政管办: '政务服务数据管理局',
  电子政务办: '政务服务数据管理局',
};

/** Departments created by the reform: they do not exist in a 2018 plan. */
const createdByReform = new Set([...Object.values(reformSuccessors), '应急管理局', '医疗保障局', '农业农村局', '文化广电旅游局', '自然资源局']);

/** Short forms the seeds use for a department (市住建局 for 市住房城乡建设局): aliases, not units. */
export const departmentAliases: Readonly<Record<string, string>> = {
  住建局: '住房城乡建设局',
  卫健委: '卫生健康局',
};

/** Names the seeds use that belong to one particular region, not to every region. */
const regionSpecific = new Set(['生态环境分局']);

/** The year the reform took effect in Guangdong's cities and counties. */
export const reformYear = 2019;

/** Department base names (without the level prefix) that exist in a given year. */
export function departmentsInYear(vocabulary: readonly string[], year: number): string[] {
  return vocabulary.filter((d) => {
    if (d in departmentAliases || regionSpecific.has(d)) return false;
    if (d in reformSuccessors) return year < reformYear;
    if (createdByReform.has(d)) return year >= reformYear;
    return true;
  });
}

/** Memoised: a corpus spells the same few hundred names hundreds of thousands of times. */
const slugCache = new Map<string, string>();

/** Lower-case toneless pinyin of a name, ASCII letters and digits only. */
export function pinyinSlug(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    slugCache.set(name, slug);
  }
  return slug;
}

/** Pinyin initials of a name: 财政局 → czj (used in plan ids like 2022-jiangmen-jgzx). */
export function pinyinInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * One region's unit registry while a corpus is generated. Every unit a plan
 * assigns a requirement to comes from here, and only units that some plan
 * uses are written out, so the registry and the plans agree by construction.
 */
export class RegionUnits {
  readonly prefix: string;
  private readonly all = new Map<string, Unit>();
  private readonly used = new Set<string>();
  /** Plan-id initials already taken by departments of this region. */
  private readonly initials = new Map<string, string>();

  constructor(
    readonly region: SynthRegion,
    readonly slug: string,
  ) {
    this.prefix = levelPrefix(region);
  }

  private register(name: string, kind: UnitKind, extra: Partial<Unit> = {}, idStem?: string): Unit {
    const id = `${this.slug}-${idStem ?? pinyinSlug(name)}`;
    let unit = this.all.get(id);
    if (!unit) {
      unit = { id, name, region: this.region.name, kind, parent: null, aliases: [], successor: null, ...extra };
      this.all.set(id, unit);
    } else if (unit.name !== name) {
      throw new Error(`unit id ${id} would name both ${unit.name} and ${name}; the pinyin of two names collides`);
    }
    return unit;
  }

  /** A department by its base name (财政局 → 市财政局 / 县财政局), with aliases and reform successor. */
  department(base: string): Unit {
    const aliases = Object.entries(departmentAliases)
      .filter(([, full]) => full === base)
      .map(([short]) => this.prefix + short);
    const successorBase = reformSuccessors[base];
    const successor = successorBase ? this.department(successorBase).id : null;
    return this.register(this.prefix + base, 'department', { aliases, successor });
  }

  /** A collective designation; `{L}` in the template becomes the level prefix (市直各单位, 县直各单位). */
  collective(template: string): Unit {
    return this.register(template.replace('{L}', this.prefix), 'collective');
  }

  /**
   * An internal office (办公室) or the collective of offices (各科室) of a
   * department that issues its own plan; `parentName` is the department's full
   * name as issuer (雷州市财政局), `parentKey` its plan-id initials.
   */
  office(name: string, parentName: string, parentKey: string, kind: 'office' | 'collective'): Unit {
    return this.register(name, kind, { parent: kind === 'office' ? parentName : null }, `${parentKey}-${pinyinSlug(name)}`);
  }

  /** Plan-id part for a department's own plan: its pinyin initials, unique within the region. */
  initialsOf(unit: Unit): string {
    const known = this.initials.get(unit.id);
    if (known) return known;
    const base = pinyinInitials(unit.name.slice(1));
    const taken = new Set(this.initials.values());
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
    this.initials.set(unit.id, candidate);
    return candidate;
  }

  /** Marks a unit as used by a plan; its successor chain is used too, so every id a unit points at is registered. */
  use(unit: Unit): void {
    this.used.add(unit.id);
    if (unit.successor) {
      const next = this.all.get(unit.successor);
      if (next && !this.used.has(next.id)) this.use(next);
    }
  }

  /** Units some plan used, in id order (stable output). */
  usedUnits(): Unit[] {
    return [...this.used].sort().map((id) => this.all.get(id)!);
  }
}
