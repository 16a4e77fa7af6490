/**
 * Predecessors and ledgers are indexed once per catalog (they were rebuilt
 * for every unit, quadratic in units and plans); these tests pin the order
 * the published ledgers have always had.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { dataLinks } from '../../src/lib/data/publication';
import { predecessors, unitLedger } from '../../src/lib/data/rows';
import { unitSchema } from '../../src/lib/schema/unit';
import { fixtureCatalog, fixturePlans, fixturePublication } from './fixture';

const unit = (id: string, successor: string | null = null) => unitSchema.parse({ id, name: `单位${id}`, region: '雷州市', kind: 'department', successor });

describe('predecessors', () => {
  const catalog = buildCatalog(
    [],
    [unit('c'), unit('b', 'c'), unit('a', 'b'), unit('d', 'c'), unit('x', 'y'), unit('y', 'x'), unit('s', 's')],
    [],
  );

  it('lists the units whose duties passed to a unit, nearest first, in id order at each step', () => {
    expect(predecessors('c', catalog)).toEqual(['b', 'd', 'a']);
    expect(predecessors('b', catalog)).toEqual(['a']);
    expect(predecessors('a', catalog)).toEqual([]);
  });

  it('stops at a loop in the registry, and never lists a unit as its own predecessor', () => {
    expect(predecessors('x', catalog)).toEqual(['y']);
    expect(predecessors('s', catalog)).toEqual([]);
  });
});

describe('unitLedger', () => {
  it('merges a unit with its predecessors in plan order, then document order, the unit itself first', () => {
    const base = fixtureCatalog();
    // 市司法局 became part of 市财政局 (a made-up reform, to have two ledgers to merge).
    const units = base.units.map((u) => (u.id === 'leizhou-shisifaju' ? { ...u, successor: 'leizhou-shicaizhengju' } : u));
    const catalog = buildCatalog(structuredClone(fixturePlans), units, base.themes);
    const links = dataLinks(fixturePublication);
    const ledger = unitLedger('leizhou-shicaizhengju', catalog, links);
    const ids = ['leizhou-shicaizhengju', 'leizhou-shisifaju'];
    const label = { lead: '牵头', responsible: '负责', participate: '配合' } as const;
    // A ledger row is named by its permalink, unit name and role (the ids are in the permalink).
    const expected = catalog.requirements.flatMap((item) =>
      ids.flatMap((id) =>
        item.requirement.units.filter((a) => a.unit === id).map((a) => `${links.requirement(item.planId, item.requirement.id)}:${a.name}:${label[a.role]}`),
      ),
    );
    expect(ledger.map((r) => `${r.url}:${r.unit_name}:${r.role_label}`)).toEqual(expected);
    expect(new Set(ledger.map((r) => r.unit_name))).toEqual(new Set(['市财政局', '市司法局']));
  });
});
