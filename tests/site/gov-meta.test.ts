/**
 * The government page metadata (《政府网站发展指引》 网页标签) on every built
 * page: site and column tags everywhere, article tags on plan pages, and a
 * PubDate that is the 发布日期 with its time or nothing at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load';
import { planLabel } from '../../src/lib/model/vocabulary';
import { columns, metaTagsHtml, pageMeta, pubDate } from '../../src/lib/site/page-meta';
import { buildSite, builtPages } from '../support/site';

const SITE_TAGS = ['SiteName', 'ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'];
const ARTICLE_TAGS = ['ArticleTitle', 'ContentSource', 'Keywords', 'Author', 'Description', 'Image', 'Url'];

describe('pubDate', () => {
  it.each([
    // 揭阳 2018: the page says 发布时间:2018-07-05 10:47:11.
    ['2018-07-05', '10:47', '2018-07-05 10:47'],
    // A 发布日期 without its time: no PubDate rather than an invented 00:00.
    ['2018-07-05', undefined, null],
    // No 发布日期 (only a 成文日期): no PubDate.
    [null, undefined, null],
    [null, '10:47', null],
  ] as const)('%s %s → %s', (date, time, expected) => {
    expect(pubDate(date, time)).toBe(expected);
  });
});

describe('pageMeta', () => {
  const base = { siteName: '雷州市政务公开工作要点分工方案', siteDomain: 'www.leizhou.gov.cn', siteIdCode: '4408820001', column: columns.plans, url: 'https://www.leizhou.gov.cn/zwgk/fgfa/plans/2022-leizhou/' };
  const article = { title: '关于印发<方案>的通知', publishedOn: '2022-11-18', publishedTime: '09:05', source: '雷州市政务服务数据管理局', author: '雷州市人民政府办公室', keywords: ['政务公开', '分工方案'], description: '共 54 项要求。', image: null };

  it('gives site and column tags, then the article tags, in the order of the 指引', () => {
    expect(pageMeta({ ...base, article }).map(([name]) => name)).toEqual([
      'SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType',
      'ArticleTitle', 'PubDate', 'ContentSource', 'Keywords', 'Author', 'Description', 'Image', 'Url',
    ]);
  });

  it('leaves out what is not configured or not known, never writing a guess', () => {
    const tags = new Map(pageMeta({ ...base, siteDomain: undefined, siteIdCode: null, article: { ...article, publishedTime: undefined } }));
    expect([...tags.keys()]).not.toContain('SiteDomain');
    expect([...tags.keys()]).not.toContain('SiteIDCode');
    expect([...tags.keys()]).not.toContain('PubDate');
    expect(tags.get('Image')).toBe('');
  });

  it('writes every value quoted and escaped, an empty one too', () => {
    expect(metaTagsHtml([['ArticleTitle', '关于印发<方案>的"通知"&'], ['Image', '']])).toBe(
      '<meta name="ArticleTitle" content="关于印发&lt;方案&gt;的&quot;通知&quot;&amp;">\n<meta name="Image" content="">',
    );
  });
});

describe('the built site', () => {
  let dist: string;
  let pages: string[];
  beforeAll(() => {
    dist = buildSite();
    pages = builtPages(dist);
  });
  const html = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const metaOf = (path: string) => parse(html(path)).querySelectorAll('meta[name]').map((m) => [m.getAttribute('name')!, m.getAttribute('content')!] as const);

  it('names each plan in its breadcrumb by the one short name search results use (planLabel)', () => {
    const shown = (id: string) => parse(html(`/plans/${id}/`)).querySelector('nav.breadcrumbs [aria-current="page"]')?.text;
    for (const plan of loadCatalog().plans) expect(shown(plan.id), plan.id).toBe(planLabel(plan.data));
    // 江门建管中心's plan is not the city government's.
    expect(shown('2022-jiangmen-jgzx')).toBe('2022年政务公开工作要点分工方案（江门市政府投资工程建设管理中心）');
  });

  it('carries the site and column tags on every page, once each', () => {
    expect(pages.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const path of pages) {
      const names = metaOf(path).map(([n]) => n);
      for (const tag of SITE_TAGS) if (names.filter((n) => n === tag).length !== 1) missing.push(`${path} ${tag}`);
      if (names.filter((n) => n.toLowerCase() === 'description').length > 1) missing.push(`${path} two descriptions`);
    }
    expect(missing).toEqual([]);
  });

  it('names each page’s column', () => {
    const column = (path: string) => new Map(metaOf(path)).get('ColumnName');
    expect(['/', '/plans/2022-leizhou/', '/units/', '/themes/', '/years/2022/', '/regions/', '/data/', '/search/', '/accessibility/', '/404.html'].map(column)).toEqual([
      '首页', '分工方案', '责任单位', '主题', '按年度浏览', '按地区浏览', '数据下载', '搜索', '无障碍声明', '页面不存在',
    ]);
  });

  it('carries the article tags on every plan page; PubDate only where the 发布日期 and its time are known', () => {
    const plans = pages.filter((p) => /^\/plans\/[^/]+\/$/.test(p));
    expect(plans).toHaveLength(4);
    const pub: Record<string, string | undefined> = {};
    for (const path of plans) {
      const tags = new Map(metaOf(path));
      for (const tag of ARTICLE_TAGS) expect(tags.has(tag), `${path} ${tag}`).toBe(true);
      expect(tags.get('Url')).toBe(path);
      pub[path] = tags.get('PubDate');
    }
    // Only 揭阳 2018 states when it was posted (发布时间:2018-07-05 10:47:11); the
    // others give a 成文日期 only, which is not a posting date.
    expect(pub).toEqual({
      '/plans/2018-jieyang/': '2018-07-05 10:47',
      '/plans/2021-meizhou/': undefined,
      '/plans/2022-jiangmen-jgzx/': undefined,
      '/plans/2022-leizhou/': undefined,
    });
    const leizhou = new Map(metaOf('/plans/2022-leizhou/'));
    expect([leizhou.get('ArticleTitle'), leizhou.get('Author'), leizhou.get('ContentSource')]).toEqual([
      '雷州市人民政府办公室关于印发雷州市2022年政务公开工作要点分工方案的通知', '雷州市人民政府办公室', '雷州市人民政府办公室',
    ]);
  });
});
