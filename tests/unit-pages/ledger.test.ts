import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageSize } from '../../src/lib/browse';
import { buildCatalog, zhCollator } from '../../src/lib/catalog';
import { loadContent } from '../../src/lib/content/load';
import { sitePages } from '../../src/lib/data/sitemap';
import { busiestUnits, countRoles, ledgerPageCount, ledgerPages, lineRequirementCount, predecessorsOf, unitIndex, unitLedger } from '../../src/lib/registry/ledger';
import { Registry } from '../../src/lib/registry/registry';
import { unitKind } from '../../src/lib/schema/unit';
import { loadCatalog } from './content';

const catalog = loadCatalog();
const registry = new Registry(catalog.units);

describe('the registry resolves every unit name in the bundled plans', () => {
  it('resolves every assignment name to the unit id the plan records', () => {
    let checked = 0;
    for (const item of catalog.requirements) {
      for (const a of item.requirement.units) {
        expect(registry.resolve(item.plan.region.name, a.name, item.plan.issuer)?.id, `${item.planId} ${item.requirement.id} ${a.name}`).toBe(a.unit);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('sends every alias written in a units cell to its unit (雷州 市卫健委 → 市卫生健康局)', () => {
    const seen: string[] = [];
    for (const item of catalog.requirements) {
      const raw = item.requirement.unitsRaw?.normalize('NFKC') ?? '';
      for (const unit of catalog.units.filter((u) => u.region === item.plan.region.name)) {
        for (const alias of unit.aliases) {
          if (raw.includes(alias.normalize('NFKC'))) {
            expect(item.requirement.units.map((a) => a.unit), `${item.planId} ${item.requirement.id}: ${alias}`).toContain(unit.id);
            seen.push(`${item.planId} ${alias}`);
          }
        }
      }
    }
    // 2022-leizhou r23 and r24 write 市卫健委 and 市住建局.
    expect(seen).toContain('2022-leizhou 市卫健委');
    expect(seen).toContain('2022-leizhou 市住建局');
  });

  it('puts 市卫健委 and 市卫生健康局 of 雷州 on one unit page', () => {
    const ledger = unitLedger(catalog, 'leizhou-shiweishengjiankangju');
    const ids = ledger.years.flatMap((y) => y.plans.flatMap((p) => p.entries.map((e) => e.item.requirement.id)));
    const raws = ledger.years.flatMap((y) => y.plans.flatMap((p) => p.entries.map((e) => e.item.requirement.unitsRaw ?? '')));
    expect(raws.some((r) => r.includes('市卫健委'))).toBe(true);
    expect(raws.some((r) => r.includes('市卫生健康局'))).toBe(true);
    expect(ids).toContain('r22'); // 市卫生健康局；各镇（街）
    expect(ids).toContain('r23'); // 市教育局、生态环境分局、市住建局、市交通运输局、市卫健委牵头
  });
});

describe('unit history across institutional reforms (揭阳 2018)', () => {
  it.each([
    ['jieyang-shiweishengjiankangju', ['jieyang-shiweishengjishengju']], // 市卫生计生局 → 市卫生健康局
    ['jieyang-shishengtaihuanjingju', ['jieyang-shihuanjingbaohuju']], // 市环境保护局 → 市生态环境局
    ['jieyang-shishichangjianguanju', ['jieyang-shigongshangju', 'jieyang-shishipinyaopinjianguanju']], // 市工商局, 市食品药品监管局 → 市市场监管局
  ])('%s takes over from %j', (id, predecessors) => {
    expect(predecessorsOf(id, catalog.units).map((u) => u.id).sort()).toEqual([...predecessors].sort());
  });

  it('lists the predecessors\' requirements on the successor, marked as inherited, and counts them', () => {
    const ledger = unitLedger(catalog, 'jieyang-shiweishengjiankangju');
    const entries = ledger.years.flatMap((y) => y.plans.flatMap((p) => p.entries));
    const own = catalog.assignmentsByUnit.get('jieyang-shiweishengjiankangju') ?? [];
    const predecessor = catalog.assignmentsByUnit.get('jieyang-shiweishengjishengju') ?? [];
    expect(predecessor.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.inherited).every((e) => e.assignedAs.name === '市卫生计生局')).toBe(true);
    expect(entries.filter((e) => e.inherited)).toHaveLength(new Set(predecessor.map((a) => a.item.requirement.id)).size);
    expect(ledger.counts.total).toBe(new Set([...own, ...predecessor].map((a) => `${a.item.planId}#${a.item.requirement.id}`)).size);
    expect(ledger.inheritedCounts[0]?.unit.name).toBe('市卫生计生局');
  });

  it('shows the successor chain on the predecessor', () => {
    expect(unitLedger(catalog, 'jieyang-shiweishengjishengju').successors.map((u) => u.name)).toEqual(['市卫生健康局']);
  });

  it('shows the other units of each requirement, never the unit itself or its predecessors', () => {
    const ledger = unitLedger(catalog, 'jieyang-shishichangjianguanju');
    for (const e of ledger.years.flatMap((y) => y.plans.flatMap((p) => p.entries))) {
      const others = e.others.flatMap((g) => g.units.map((u) => u.unit));
      expect(others).not.toContain('jieyang-shishichangjianguanju');
      expect(others).not.toContain('jieyang-shigongshangju');
      expect(others).not.toContain('jieyang-shishipinyaopinjianguanju');
    }
  });
});

describe('counts by role and year', () => {
  it('counts each role once per requirement and the total once per requirement', () => {
    const ledger = unitLedger(catalog, 'leizhou-shizhigedanwei');
    const assignments = catalog.assignmentsByUnit.get('leizhou-shizhigedanwei')!;
    for (const role of ['lead', 'responsible', 'participate'] as const) {
      expect(ledger.counts[role]).toBe(new Set(assignments.filter((a) => a.role === role).map((a) => a.item.requirement.id)).size);
    }
    expect(ledger.counts.total).toBe(new Set(assignments.map((a) => a.item.requirement.id)).size);
    expect(ledger.years.map((y) => y.year)).toEqual([2022]);
    expect(ledger.years[0]!.counts).toEqual(ledger.counts);
  });

  it('sums unit counts to the assignments in the data', () => {
    const all = [...catalog.assignmentsByUnit.values()].flat();
    const perUnit = catalog.units.map((u) => countRoles(catalog.assignmentsByUnit.get(u.id) ?? []));
    // No bundled requirement names one unit twice in one role.
    expect(perUnit.reduce((n, c) => n + c.lead + c.responsible + c.participate, 0)).toBe(all.length);
  });
});

describe('unit index', () => {
  const index = unitIndex(catalog);

  it('has one section per region, in Chinese collation order', () => {
    expect(index.map((r) => r.region)).toEqual(['江门市', '揭阳市', '雷州市', '梅州市'].sort(zhCollator.compare));
  });

  it('groups by kind in schema order, then sorts by pinyin', () => {
    for (const region of index) {
      const kinds = region.groups.map((g) => g.kind);
      expect(kinds).toEqual(unitKind.options.filter((k) => kinds.includes(k)));
      for (const g of region.groups) {
        const names = g.rows.map((r) => r.unit.name);
        expect(names).toEqual([...names].sort(zhCollator.compare));
      }
    }
    const meizhou = index.find((r) => r.region === '梅州市')!;
    const departments = meizhou.groups.find((g) => g.kind === 'department')!.rows.map((r) => r.unit.name);
    // pinyin: cai < fa < gong(安) < gong(业) … < zi
    expect(departments.indexOf('市财政局')).toBeLessThan(departments.indexOf('市发展改革局'));
    expect(departments.indexOf('市发展改革局')).toBeLessThan(departments.indexOf('市自然资源局'));
  });

  it('keeps collective designations out of the kind groups and out of rankings', () => {
    const leizhou = index.find((r) => r.region === '雷州市')!;
    expect(leizhou.collectives.map((r) => r.unit.name).sort(zhCollator.compare)).toEqual(['各镇（街）', '市直各单位'].sort(zhCollator.compare));
    expect(leizhou.groups.flatMap((g) => g.rows).some((r) => r.unit.kind === 'collective')).toBe(false);
    const top = busiestUnits(leizhou, 5);
    expect(top.some((r) => r.unit.kind === 'collective')).toBe(false);
    const totals = top.map((r) => r.counts.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });
});

describe('numbered pages of a unit with many requirements', () => {
  // 雷州 2022 four more times: 雷州's busiest units then hold more than one page.
  const { plans, units, themes } = loadContent(join(import.meta.dirname, '../../src/content'));
  const leizhou = plans.find((p) => p.id === '2022-leizhou')!;
  const big = buildCatalog([...plans, ...Array.from({ length: 4 }, (_, i) => ({ ...leizhou, id: `2022-leizhou-copy-${i}` }))], units, themes);
  const busiest = [...big.units].sort((a, b) => lineRequirementCount(big, b.id) - lineRequirementCount(big, a.id))[0]!;
  const ledger = unitLedger(big, busiest.id);
  const entries = (years: ReturnType<typeof ledgerPages>[number]) => years.flatMap((y) => y.plans.flatMap((p) => p.entries));

  it('splits the ledger into pages of at most pageSize, in ledger order, with whole-year counts', () => {
    expect(ledger.counts.total).toBeGreaterThan(pageSize);
    const pages = ledgerPages(ledger);
    expect(pages).toHaveLength(ledgerPageCount(lineRequirementCount(big, busiest.id)));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(entries(page).length).toBeLessThanOrEqual(pageSize);
    expect(pages.flatMap(entries)).toEqual(ledger.years.flatMap((y) => y.plans.flatMap((p) => p.entries)));
    expect(pages[1]![0]!.counts).toEqual(ledger.years.find((y) => y.year === pages[1]![0]!.year)!.counts);
  });

  it('counts pages the same way without building the ledger, for every unit', () => {
    for (const unit of big.units) {
      expect(ledgerPageCount(lineRequirementCount(big, unit.id)), unit.id).toBe(ledgerPages(unitLedger(big, unit.id)).length);
    }
  });

  it('the site map lists every page of the unit', () => {
    const pages = sitePages(big, '/');
    const count = ledgerPages(ledger).length;
    for (let n = 2; n <= count; n++) expect(pages).toContain(`/units/${busiest.id}/${n}/`);
    expect(pages).not.toContain(`/units/${busiest.id}/${count + 1}/`);
  });
});
