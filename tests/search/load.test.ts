// The content loader used outside Astro (search index, benchmarks): the real
// content loads to the same catalog the site renders, and bad input names the
// file and the field.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDirFor, loadCatalog, loadContent } from '../../src/lib/content/load';
import { compactItem, expandItem, storedTokens } from '../../src/lib/search/items';
import { unitLedger } from '../../src/lib/registry/ledger';
import { searchRecords, unitRecords } from '../../src/lib/search/records';
import { urls } from '../../src/lib/urls';

const real = contentDirFor(join(import.meta.dirname, '..', '..'), {});

describe('loadContent', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'fengong-load-'));
    cpSync(real, dir, { recursive: true });
    return dir;
  };

  it('loads the four plans with their requirements, units and themes', () => {
    const catalog = loadCatalog(real);
    expect(catalog.plans.map((p) => p.id).sort()).toEqual(['2018-jieyang', '2021-meizhou', '2022-jiangmen-jgzx', '2022-leizhou']);
    expect(catalog.requirementsByPlan.get('2022-leizhou')?.length).toBe(54);
    expect(catalog.requirementsByPlan.get('2021-meizhou')?.length).toBe(46);
    expect(catalog.requirementsByPlan.get('2022-jiangmen-jgzx')?.length).toBe(30);
    expect(catalog.requirementsByPlan.get('2018-jieyang')?.map((r) => r.requirement.id)).toContain('t13');
    expect(catalog.unitById.get('leizhou-shiweishengjiankangju')?.aliases).toContain('市卫健委');
  });

  it('honours FENGONG_CONTENT', () => {
    expect(contentDirFor('/project', { FENGONG_CONTENT: '/data/corpus' })).toBe('/data/corpus');
    expect(contentDirFor('/project', {})).toBe('/project/src/content');
  });

  it('puts every requirement in exactly one search item, linked to its permalink', () => {
    const catalog = loadCatalog(real);
    const items = searchRecords(catalog, urls('/zwgk/fgfa/')).flatMap((r) => r.block.items.map((i) => expandItem(i, r.block)));
    const requirementUrls = items.map((i) => i.url).filter((u) => u.includes('#'));
    expect(requirementUrls.length).toBe(catalog.requirements.length);
    expect(new Set(requirementUrls).size).toBe(requirementUrls.length);
    expect(requirementUrls).toContain('/zwgk/fgfa/plans/2018-jieyang/#t9');
  });

  it('counts a unit\'s requirements as its page does, its predecessors\' included', () => {
    const catalog = loadCatalog(real);
    const at = urls('/');
    const items = unitRecords(catalog, at).flatMap((r) => r.block.items.map((i) => expandItem(i, r.block)));
    const textOf = (id: string) => items.find((i) => i.url === at.unit(id))?.text;
    // 揭阳 2018 names 市卫生计生局; the unit page of its successor 市卫生健康局 lists those lines.
    const health = unitLedger(catalog, 'jieyang-shiweishengjiankangju');
    expect(health.ownCounts.total).toBe(0);
    expect(health.counts.total).toBeGreaterThan(0);
    expect(textOf('jieyang-shiweishengjiankangju')).toContain(`承担 ${health.counts.total} 项要求（含前身单位名义下的 ${health.counts.total} 项）。`);
    const leizhou = unitLedger(catalog, 'leizhou-shiweishengjiankangju');
    expect(textOf('leizhou-shiweishengjiankangju')).toContain(`承担 ${leizhou.counts.total} 项要求。`);
  });

  it('names the file and the field of an invalid plan', () => {
    const d = copy();
    const file = join(d, 'plans', '2022-leizhou.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^year: 2022$/m, 'year: twenty'));
    expect(() => loadContent(d)).toThrow(/2022-leizhou\.md:\d+: year: /);
  });

  it('names the file when frontmatter is missing', () => {
    const d = copy();
    writeFileSync(join(d, 'plans', 'broken.md'), '# no frontmatter\n');
    expect(() => loadContent(d)).toThrow(/broken\.md:1: no YAML frontmatter\. Fix: /);
  });
});

describe('stored search items', () => {
  it('leave out only what the page rebuilds exactly: every item expands back to what was built, with the same tokens', () => {
    const catalog = loadCatalog(real);
    const at = urls('/zwgk/fgfa/');
    let stored = 0;
    let full = 0;
    let extra = 0;
    for (const record of searchRecords(catalog, at)) {
      const held = new Set<string>();
      for (const item of record.block.items) {
        const expanded = expandItem(item, record.block);
        const tokens = storedTokens(item, expanded, record.block);
        for (const t of tokens) held.add(t);
        expect(compactItem(expanded, tokens, record.block)).toEqual(item);
        full += JSON.stringify({ ...expanded, tokens }).length;
        stored += JSON.stringify(item).length;
        extra += (item.x?.length ?? 0) + (item.n?.length ?? 0);
      }
      // What Pagefind indexed for the block is exactly what its items hold.
      expect([...held].sort()).toEqual(record.content.split(' ').sort());
    }
    // Requirement items keep their text, units line, anchor, number and a place index; a few tokens
    // come from what they do not show (the units cell as printed, deadlines).
    expect(stored / full).toBeLessThan(0.3);
    expect(extra / stored).toBeLessThan(0.15);
  });

  it('rebuild a requirement item: permalink, title, place, units and roles from its units line', () => {
    const block = { kind: 'requirement' as const, plan: '雷州市2022年政务公开工作要点分工方案', at: '/plans/2022-leizhou/', region: '雷州市', places: ['一、甲 › （二）乙'] };
    const item = expandItem({ id: 'r22', no: '第22项', text: '加强健康雷州信息公开', units: '牵头：市卫生健康局；负责：各镇（街）', p: 0 }, block);
    expect(item).toEqual({
      url: '/plans/2022-leizhou/#r22',
      title: '雷州市2022年政务公开工作要点分工方案 第22项',
      text: '加强健康雷州信息公开',
      units: '牵头：市卫生健康局；负责：各镇（街）',
      place: '一、甲 › （二）乙',
      facets: {
        unitRole: ['市卫生健康局（雷州市）｜牵头', '各镇（街）（雷州市）｜负责'],
        unit: ['市卫生健康局（雷州市）', '各镇（街）（雷州市）'],
        role: ['牵头', '负责'],
      },
    });
  });

  it('read a name with 、 in brackets as one unit, and keep the pairs the units line cannot give back', () => {
    const block = { kind: 'requirement' as const, region: '揭阳市' };
    const county = { url: '/p/#r1', title: 't', text: '公开', units: '负责：各县（市、区）人民政府、市直各单位', facets: { unit: ['各县（市、区）人民政府（揭阳市）', '市直各单位（揭阳市）'], role: ['负责'], unitRole: ['各县（市、区）人民政府（揭阳市）｜负责', '市直各单位（揭阳市）｜负责'] } };
    expect(compactItem(county, [], block).facets).toBeUndefined();
    expect(expandItem(compactItem(county, [], block), block).facets).toEqual(county.facets);
    // A unit of another region than the plan's: its pair is stored.
    const province = { url: '/p/#r2', title: 't', text: '公开', units: '负责：省政务服务数据管理局', facets: { unit: ['省政务服务数据管理局（广东省）'], role: ['负责'], unitRole: ['省政务服务数据管理局（广东省）｜负责'] } };
    const stored = compactItem(province, [], block);
    expect(stored.facets?.unitRole).toEqual(['省政务服务数据管理局（广东省）｜负责']);
    expect(expandItem(stored, block).facets).toEqual(province.facets);
  });
});
