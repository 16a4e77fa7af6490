import { describe, expect, it } from 'vitest';
import { themeCounts, themeSummary } from '../../src/lib/themes/stats';
import { loadCatalog } from '../unit-pages/content';

const catalog = loadCatalog();

describe('themeSummary', () => {
  it.each(catalog.themes.map((t) => [t.id]))('%s: year, issuer and plan counts all add up to the tagged requirements', (id) => {
    const s = themeSummary(catalog, id);
    const tagged = catalog.requirements.filter((r) => r.themes.includes(id));
    expect(s.total).toBe(tagged.length);
    expect(s.byYear.reduce((n, c) => n + c.count, 0)).toBe(tagged.length);
    expect(s.byIssuer.reduce((n, c) => n + c.count, 0)).toBe(tagged.length);
    expect(s.byPlan.flatMap((g) => g.items)).toEqual(catalog.requirements.filter((r) => r.themes.includes(id)));
    for (const c of s.byYear) expect(c.count).toBe(tagged.filter((r) => String(r.plan.year) === c.label).length);
    expect(s.byYear.map((c) => c.label)).toEqual([...s.byYear.map((c) => c.label)].sort());
  });

  it('groups requirements by plan, each plan once', () => {
    const s = themeSummary(catalog, 'zhengce-jiedu');
    const ids = s.byPlan.map((g) => g.plan.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(s.byIssuer.map((c) => c.label)).toContain('江门市政府投资工程建设管理中心');
  });

  it('names the vocabulary file for an unknown theme', () => {
    expect(() => themeSummary(catalog, 'bu-cunzai')).toThrow(/themes\.yaml/);
  });
});

describe('themeCounts', () => {
  it('counts the themes of one plan in vocabulary order, leaving out themes it never mentions', () => {
    const counts = themeCounts(catalog, catalog.requirementsByPlan.get('2022-jiangmen-jgzx')!);
    const order = catalog.themes.map((t) => t.id);
    expect(counts.map((c) => order.indexOf(c.theme.id))).toEqual([...counts.map((c) => order.indexOf(c.theme.id))].sort((a, b) => a - b));
    expect(counts.find((c) => c.theme.id === 'guihua-xinxi')).toBeUndefined();
    expect(counts.find((c) => c.theme.id === 'niandu-baogao')?.count).toBe(3); // r3, r29, r30
  });
});
