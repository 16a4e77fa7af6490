import { describe, expect, it } from 'vitest';
import { DataSet } from '../../src/lib/data/dataset';
import { plansFeed } from '../../src/lib/data/feed';
import { jsonLdText, planDataset, siteDataset } from '../../src/lib/data/metadata';
import { sitemapXml, sitePages } from '../../src/lib/data/sitemap';
import { bundledDataSet, bundledPublication } from './helpers';

describe('schema.org JSON-LD', () => {
  const ds = bundledDataSet();

  it('describes the site data as a Dataset with a DataDownload per whole-site file', () => {
    const d = siteDataset(ds, '政务公开工作要点分工方案');
    expect(d['@type']).toBe('Dataset');
    expect(d['license']).toBe('https://creativecommons.org/licenses/by/4.0/deed.zh-hans');
    const downloads = d['distribution'] as Array<{ '@type': string; contentUrl: string; encodingFormat: string }>;
    expect(downloads.map((x) => x.contentUrl)).toContain('/data/requirements.csv');
    expect(downloads.map((x) => x.contentUrl)).toContain('/data/fengong-data.zip');
    expect(downloads.find((x) => x.contentUrl === '/data/fengong.xlsx')?.encodingFormat).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(downloads.every((x) => x['@type'] === 'DataDownload')).toBe(true);
    expect(d['temporalCoverage']).toBe('2018/2022');
  });

  it('describes one plan with its document number, issuer and downloads', () => {
    const d = planDataset(ds, '2022-leizhou');
    expect(d).toMatchObject({
      '@type': 'Dataset',
      identifier: '雷府办函〔2022〕316号',
      creator: { name: '雷州市人民政府办公室' },
      dateCreated: '2022-11-16',
      temporalCoverage: '2022',
      spatialCoverage: { name: '雷州市' },
    });
    expect((d['distribution'] as Array<{ contentUrl: string }>).map((x) => x.contentUrl)).toEqual([
      '/data/plans/2022-leizhou.json',
      '/data/plans/2022-leizhou.xlsx',
    ]);
  });

  it('cannot be closed early by a title containing </script>', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});

describe('Atom feed', () => {
  const ds = bundledDataSet();
  const feed = plansFeed(ds.catalog, ds.links, '政务公开工作要点分工方案');

  it('lists the plans newest first by their own dates', () => {
    const titles = [...feed.matchAll(/<entry>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toHaveLength(4);
    // 江门建管中心 signed 2022-11-23, 雷州 2022-11-16, 梅州 2021-07-13, 揭阳 2018.
    expect(titles[0]).toContain('2022年政务公开工作要点');
    expect(titles[1]).toContain('雷州市');
    expect(titles[2]).toContain('梅州市');
    expect(titles[3]).toContain('揭阳');
    expect(feed).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="zh-CN">/);
    expect(feed).toContain('<updated>2022-11-23T00:00:00Z</updated>');
  });

  it('uses absolute ids and links when the site origin is configured', () => {
    const withSite = new DataSet(ds.catalog, { ...bundledPublication, base: '/zwgk/fgfa/', site: 'https://www.leizhou.gov.cn' });
    const xml = plansFeed(withSite.catalog, withSite.links, '站点');
    expect(xml).toContain('<id>https://www.leizhou.gov.cn/zwgk/fgfa/plans/2022-leizhou/</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://www.leizhou.gov.cn/zwgk/fgfa/feed.xml"/>');
    expect(feed).toContain('<id>urn:fengong:plan:2022-leizhou</id>');
  });
});

describe('sitemap', () => {
  const ds = bundledDataSet();

  it('lists pages under the base path, absolute when the site origin is known', () => {
    const pages = sitePages(ds.catalog, '/zwgk/fgfa/');
    expect(pages).toContain('/zwgk/fgfa/plans/2022-leizhou/');
    expect(pages).toContain('/zwgk/fgfa/data/');
    expect(new Set(pages).size).toBe(pages.length);
    const xml = sitemapXml(pages, 'https://www.leizhou.gov.cn');
    expect(xml).toContain('<loc>https://www.leizhou.gov.cn/zwgk/fgfa/units/</loc>');
    expect(xml).not.toContain('lastmod');
  });
});
