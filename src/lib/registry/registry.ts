import type { Unit, UnitKind } from '../schema/unit';
import { regionSlug } from '../regions';
import { pinyinInitials, pinyinSlug } from '../slug';
import { isCollectiveName } from '../model/vocabulary';
import { normalizeUnitName } from '../units/names';

/**
 * The unit registry for lookups: canonical names and aliases, per region,
 * compared after bracket and punctuation normalisation.
 */
export class Registry {
  private readonly byRegion = new Map<string, Map<string, Unit[]>>();

  constructor(readonly units: readonly Unit[]) {
    for (const u of units) {
      const names = this.byRegion.get(u.region) ?? new Map<string, Unit[]>();
      for (const n of [u.name, ...u.aliases]) {
        const key = normalizeUnitName(n);
        names.set(key, [...(names.get(key) ?? []), u]);
      }
      this.byRegion.set(u.region, names);
    }
  }

  /**
   * The unit a name refers to in a region. Internal offices (办公室) share names
   * across bodies, so the issuing body breaks ties.
   */
  resolve(region: string, name: string, issuer?: string): Unit | undefined {
    const found = this.byRegion.get(region)?.get(normalizeUnitName(name)) ?? [];
    return found.find((u) => u.parent !== null && u.parent === issuer) ?? found.find((u) => u.parent === null) ?? found[0];
  }

  knows(region: string, name: string): boolean {
    return this.byRegion.get(region)?.has(normalizeUnitName(name)) ?? false;
  }
}

/** A registry entry proposed for a name the registry does not know yet. */
export function proposeUnit(region: string, name: string, issuer: string, issuerIsGovernment: boolean): Unit {
  const clean = normalizeUnitName(name);
  const kind: UnitKind = isCollectiveName(clean)
    ? 'collective'
    : /人民政府|管委会|^.{1,6}(县|区)$/.test(clean)
      ? 'government'
      : /(镇|街道|乡)$|^.{1,6}(镇|街道)/.test(clean)
        ? 'town'
        : !issuerIsGovernment && /^(办公室|.{1,6}(科|室|股|部))$/.test(clean)
          ? 'office'
          : 'department';
  const parent = kind === 'office' ? issuer : null;
  const id = [regionSlug(region), parent ? pinyinInitials(parent.replace(region, '')) : '', pinyinSlug(clean)]
    .filter(Boolean)
    .join('-')
    .slice(0, 80)
    .replace(/-+$/, '');
  return { id, name: clean, region, kind, parent, aliases: [], successor: null };
}
