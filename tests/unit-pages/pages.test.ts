// The built unit, theme, year and region pages show the numbers the data
// holds: counts read from the HTML are compared with counts computed here
// from the content, independently of the page code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageSize, plansByRegion, plansByYear } from '../../src/lib/browse';
import { buildSite } from '../support/site';
import { loadCatalog } from './content';

const catalog = loadCatalog();
let dist: string;
beforeAll(() => {
  dist = buildSite();
});
const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const numbers = (row: HTMLElement | null) => (row ? row.querySelectorAll('td').map((td) => Number(td.text.trim())) : []);

/** The unit and every unit whose successor chain reaches it, from the registry alone. */
function line(unitId: string): string[] {
  const ids = [unitId];
  for (let i = 0; i < ids.length; i++) ids.push(...catalog.units.filter((u) => u.successor === ids[i]).map((u) => u.id));
  return ids;
}

/** Distinct requirements per role and in total for a set of units, straight from the plan entries. */
function expectedCounts(unitIds: readonly string[]) {
  const sets = { lead: new Set<string>(), responsible: new Set<string>(), participate: new Set<string>(), total: new Set<string>() };
  for (const item of catalog.requirements) {
    for (const a of item.requirement.units) {
      if (!unitIds.includes(a.unit)) continue;
      const key = `${item.planId}#${item.requirement.id}`;
      sets[a.role].add(key);
      sets.total.add(key);
    }
  }
  return [sets.lead.size, sets.responsible.size, sets.participate.size, sets.total.size];
}

describe('unit pages', () => {
  it.each(catalog.units.map((u) => [u.id]))('%s shows the counts and requirements in the data', (id) => {
    const html = page(`units/${id}`);
    // Listed: the unit's lines and its predecessors' (揭阳 市卫生计生局's under 市卫生健康局).
    const listed = expectedCounts(line(id));
    // Counted: the requirements under the unit's own name, as in the unit index and data/units.csv.
    const own = expectedCounts([id]);
    const requirements = html.querySelectorAll('article.requirement');
    expect(requirements).toHaveLength(listed[3]!);
    if (own[3] === 0) expect(html.querySelector('tfoot tr')).toBeNull();
    else expect(numbers(html.querySelector('tfoot tr'))).toEqual(own);
    expect(html.querySelector('[data-own-count]')?.getAttribute('data-own-count')).toBe(String(own[3]));
    if (listed[3] === 0) return;
    // every line links to its permalink on the plan page
    for (const a of requirements.map((r) => r.querySelector('.requirement-title a'))) {
      expect(a?.getAttribute('href')).toMatch(/^\/plans\/[a-z0-9-]+\/#[a-z][a-z0-9-]*$/);
    }
  });

  it('puts 雷州 市卫健委 and 市卫生健康局 on one page', () => {
    const html = page('units/leizhou-shiweishengjiankangju');
    expect(html.querySelector('h1')!.text).toBe('市卫生健康局');
    expect(html.querySelector('.facts')!.text).toContain('市卫健委');
    const hrefs = html.querySelectorAll('article.requirement .requirement-title a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/plans/2022-leizhou/#r22'); // written 市卫生健康局
    expect(hrefs).toContain('/plans/2022-leizhou/#r23'); // written 市卫健委
  });

  it('reads 揭阳 市卫生计生局 → 市卫生健康局 as one line, inherited lines labelled', () => {
    const successor = page('units/jieyang-shiweishengjiankangju');
    expect(successor.querySelector('.facts')!.text).toContain('前身单位');
    expect(successor.querySelector('.facts a[href="/units/jieyang-shiweishengjishengju/"]')).not.toBeNull();
    expect(successor.querySelectorAll('article.requirement .inherited').map((s) => s.text)).toContain('（时为市卫生计生局）');
    const predecessor = page('units/jieyang-shiweishengjishengju');
    expect(predecessor.querySelector('.notice')!.text).toContain('市卫生健康局');
  });

  it('links every unit page to its downloads', () => {
    const links = page('units/meizhou-shicaizhengju').querySelectorAll('.downloads a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/data/units/meizhou-shicaizhengju.excel.csv');
  });
});

describe('unit index', () => {
  const html = () => page('units');
  it('lists every registered unit once, with its own counts', () => {
    const rows = html().querySelectorAll('tbody tr');
    expect(rows).toHaveLength(catalog.units.length);
    for (const row of rows) {
      const id = /\/units\/([^/]+)\//.exec(row.querySelector('a')!.getAttribute('href')!)![1]!;
      expect(numbers(row), id).toEqual(expectedCounts([id]));
    }
  });

  it('lists collective designations in their own table', () => {
    const captions = html().querySelectorAll('caption').map((c) => c.text);
    expect(captions.filter((c) => c.includes('集合称谓'))).toHaveLength(4);
    const leizhou = html().querySelector('section[aria-labelledby="leizhou"]')!;
    const departments = leizhou.querySelectorAll('table').find((t) => t.querySelector('caption')!.text.startsWith('雷州市：部门和单位'))!;
    expect(departments.text).not.toContain('市直各单位');
  });
});

describe('theme pages', () => {
  it.each(catalog.themes.map((t) => [t.id]))('%s shows as many requirements as the data tags, by year too', (id) => {
    const tagged = catalog.requirementsByTheme.get(id)!;
    const html = page(`themes/${id}`);
    expect(html.querySelector('main')!.text).toContain(`共有 ${tagged.length} 项要求`);
    // One line a requirement (number, first sentence, permalink); the full text is on the plan page.
    const lines = html.querySelectorAll('ul.requirement-lines > li');
    expect(lines).toHaveLength(Math.min(tagged.length, pageSize));
    expect(html.querySelectorAll('article.requirement')).toHaveLength(0);
    const byHref = new Map(tagged.map((item) => [`/plans/${item.planId}/#${item.requirement.id}`, item]));
    for (const [i, li] of lines.entries()) {
      const item = byHref.get(li.querySelector('a')!.getAttribute('href')!)!;
      expect(item, `${id} line ${i} links to a requirement of the theme`).toBeDefined();
      expect(li.querySelector('a')!.text).toBe(item.requirement.no === null ? '无序号条目' : `第 ${item.requirement.no} 项`);
      const brief = li.text.slice(li.querySelector('a')!.text.length).trim().replace(/…$/, '');
      expect(brief.length).toBeGreaterThan(0);
      expect(item.requirement.text.startsWith(brief), `${id} line ${i}: ${brief}`).toBe(true);
    }
    const figure = html.querySelectorAll('figure').find((f) => f.querySelector('figcaption')!.text === '各年度要求数')!;
    const byYear = figure.querySelectorAll('tbody tr');
    const table = new Map(byYear.map((tr) => [tr.querySelector('th')!.text.trim(), Number(tr.querySelector('td')!.text)]));
    for (const year of new Set(tagged.map((r) => r.plan.year))) {
      expect(table.get(`${year} 年`), `${id} ${year}`).toBe(tagged.filter((r) => r.plan.year === year).length);
    }
  });

  it('the theme index counts every theme', () => {
    const html = page('themes');
    for (const t of catalog.themes) {
      const item = html.querySelectorAll('.themes li').find((li) => li.querySelector('h2')!.text.trim() === t.name)!;
      expect(item.querySelector('.count')!.text).toBe(`${catalog.requirementsByTheme.get(t.id)!.length} 项要求`);
    }
  });
});

describe('year and region pages', () => {
  it.each(plansByYear(catalog).map((y) => [y.year]))('years/%s lists the plans of that year', (year) => {
    const table = page(`years/${year}`).querySelectorAll('table').find((t) => t.querySelector('caption')?.text === `${year} 年度的方案`)!;
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.map((r) => r.querySelector('a')!.getAttribute('href')).sort()).toEqual(
      catalog.plans.filter((p) => p.data.year === year).map((p) => `/plans/${p.id}/`).sort(),
    );
  });

  it.each(plansByRegion(catalog).map((r) => [r.slug, r.name]))('regions/%s lists the plans of %s', (slug, name) => {
    const html = page(`regions/${slug}`);
    const planLinks = html.querySelectorAll('a').map((a) => a.getAttribute('href')).filter((h) => h?.startsWith('/plans/'));
    expect(planLinks.sort()).toEqual(catalog.plans.filter((p) => p.data.region.name === name).map((p) => `/plans/${p.id}/`).sort());
  });

  it('ranks no collective designation among the busiest units', () => {
    const tables = page('regions/leizhou').querySelectorAll('table');
    const ranking = tables.find((t) => t.querySelector('caption')?.text.startsWith('承担要求数前'));
    expect(ranking).toBeDefined();
    expect(ranking!.text).not.toContain('市直各单位');
    expect(ranking!.text).not.toContain('各镇');
    const collectives = tables.find((t) => t.querySelector('caption')?.text.startsWith('雷州市：集合称谓'));
    expect(collectives!.text).toContain('市直各单位');
  });
});
