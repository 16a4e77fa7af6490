import { describe, expect, it } from 'vitest';
import { latestPlans, pagerNumbers, pageSize } from '../../src/lib/browse';
import { buildCatalog } from '../../src/lib/catalog';
import { loadCatalog, loadContent } from '../../src/lib/content/load';
import { sitePages } from '../../src/lib/data/sitemap';

describe('pagerNumbers', () => {
  it('lists every page of a short list', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and two either side of the current page of a long list', () => {
    expect(pagerNumbers(1, 400)).toEqual([1, 2, 3, null, 400]);
    expect(pagerNumbers(200, 400)).toEqual([1, null, 198, 199, 200, 201, 202, null, 400]);
    expect(pagerNumbers(400, 400)).toEqual([1, null, 398, 399, 400]);
  });

  it('shows a single missing page as its number, not as a gap', () => {
    expect(pagerNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('latestPlans', () => {
  const catalog = loadCatalog('src/content');

  it('puts the most recently issued plan first', () => {
    // 江门建管中心 issued its plan on 2022-11-23, 雷州 on 2022-11-16; then 梅州 (2021-07-13) and 揭阳 (published 2018-07-05).
    expect(latestPlans(catalog, 10).map((r) => r.plan.id)).toEqual(['2022-jiangmen-jgzx', '2022-leizhou', '2021-meizhou', '2018-jieyang']);
  });

  it('shows at most the number asked for', () => {
    expect(latestPlans(catalog, 2)).toHaveLength(2);
  });
});

describe('numbered pages of a large year', () => {
  it('the site map lists every page of a year with more plans than one page holds', () => {
    const { plans, units, themes } = loadContent('src/content');
    const leizhou = plans.find((p) => p.id === '2022-leizhou')!;
    // 2022 with the two real plans and as many copies of 雷州's as fill one more page.
    const copies = Array.from({ length: pageSize }, (_, i) => ({ ...leizhou, id: `2022-copy-${i}` }));
    const catalog = buildCatalog([...plans, ...copies], units, themes);
    const pages = sitePages(catalog, '/');
    expect(pages).toContain('/years/2022/');
    expect(pages).toContain('/years/2022/2/');
    expect(pages).not.toContain('/years/2022/3/');
    expect(pages).not.toContain('/years/2021/2/');
  });
});
