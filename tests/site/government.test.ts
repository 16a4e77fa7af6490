/**
 * What a 政府网站 inspection checks in the footer and the site's indexes
 * (《政府网站发展指引》 国办发〔2017〕47号): identifiers and service links on
 * every page of a configured site, `npm run check -- --production` refusing a
 * site without them, the 网站地图 page, and sitemap.xml only with absolute
 * addresses.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/lib/site/config';
import { errorReportUrl, missingForProduction } from '../../src/lib/site/production';
import { buildEnv, buildSite, builtPages, ROOT, tsx } from '../support/site';

const PRODUCTION = 'tests/site/fixtures/production.config.yaml';
const BASE = '/zwgk/fgfa/';

function check(args: string[], env: Record<string, string> = {}) {
  return spawnSync(...tsx('scripts/check.ts', ...args), { cwd: ROOT, env: buildEnv(env), encoding: 'utf8' });
}

describe('what a production site needs', () => {
  const defaults = parseSiteConfig(null, 'fengong.config.yaml').config!;

  it('lists every identifier and service field a default config lacks, required ones first', () => {
    expect(missingForProduction(defaults).map((r) => [r.field, r.required])).toEqual([
      ['sponsor', true],
      ['contact', true],
      ['siteIdCode', true],
      ['icp', true],
      ['psb', true],
      ['psbIcon', true],
      ['siteUrl', true],
      ['parentPortal', true],
      ['operator', false],
      ['conacBadge', false],
    ]);
  });

  it.each([
    // The configured link wins.
    [{ errorReportUrl: 'https://www.leizhou.gov.cn/jiucuo/', siteIdCode: '4408820001' }, undefined, 'https://www.leizhou.gov.cn/jiucuo/'],
    // Else 我为政府网站找错 for the site's 网站标识码, naming the page when its address is absolute.
    [{ errorReportUrl: null, siteIdCode: '4408820001' }, 'https://www.leizhou.gov.cn/zwgk/fgfa/units/', 'https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?siteCode=4408820001&url=https%3A%2F%2Fwww.leizhou.gov.cn%2Fzwgk%2Ffgfa%2Funits%2F'],
    [{ errorReportUrl: null, siteIdCode: '4408820001' }, '/units/', 'https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?siteCode=4408820001'],
    // Neither: no link (the footer falls back to the contact email).
    [{ errorReportUrl: null, siteIdCode: null }, undefined, null],
  ])('纠错 link for %o', (config, page, expected) => {
    expect(errorReportUrl(config, page)).toBe(expected);
  });

  it('npm run check passes a default checkout and notes what production would need, and that there is no sitemap.xml', () => {
    const run = check([]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('note: a production site (npm run check -- --production) needs: sponsor (主办单位), contact (联系方式), siteIdCode (网站标识码), icp (ICP备案号), psb (公安机关备案号), psbIcon (公安机关备案图标), siteUrl (网站地址), parentPortal (上级门户), operator (承办单位, recommended), conacBadge (党政机关网站标识, recommended)');
    expect(run.stdout).toContain('note: no siteUrl: sitemap.xml is not written');
  });

  it('npm run check -- --production refuses it, naming each missing field on a line of its own', () => {
    const run = check(['--production']);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.includes('required for a production site'));
    expect(lines.map((l) => /^fengong\.config\.yaml: (\S+)/.exec(l)?.[1])).toEqual(['sponsor', 'contact', 'siteIdCode', 'icp', 'psb', 'psbIcon', 'siteUrl', 'parentPortal']);
    for (const l of lines) expect(l).toMatch(/Fix: add \S+/);
  });

  it('npm run check -- --production passes a fully configured site', () => {
    const run = check(['--production'], { FENGONG_CONFIG: PRODUCTION });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('sitemap.xml is not written');
  });

  it('npm run check refuses an unknown argument', () => {
    expect(check(['--prod']).status).toBe(2);
  });
});

describe('a configured production site', () => {
  let dist: string;
  let pages: string[];
  beforeAll(() => {
    dist = buildSite({ env: { FENGONG_CONFIG: PRODUCTION } });
    pages = builtPages(dist, BASE);
  }, 600_000);
  const page = (path: string) => parse(readFileSync(join(dist, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : ''), 'utf8'));

  it('shows identifiers and service links in the footer of every page', () => {
    expect(pages.length).toBeGreaterThan(100);
    const wanted = ['主办单位：雷州市人民政府办公室', '承办单位：雷州市政务服务数据管理局', '联系电话：0759-8888888', '网站标识码：4408820001', '粤ICP备12345678号-1', '粤公网安备 44088202000001号', '网站地图', '纠错', '返回雷州市人民政府门户网站'];
    const missing: string[] = [];
    for (const path of pages) {
      const footer = page(path).querySelector('footer');
      for (const text of wanted) if (!footer?.text.includes(text)) missing.push(`${path}: ${text}`);
    }
    expect(missing).toEqual([]);
  });

  it('links the footer to the registries, the 纠错 platform and the portal, with the badges as local images', () => {
    const footer = page(`${BASE}units/`).querySelector('footer')!;
    const href = (text: string) => footer.querySelectorAll('a').find((a) => a.text.includes(text))?.getAttribute('href');
    expect(href('返回雷州市人民政府门户网站')).toBe('https://www.leizhou.gov.cn/');
    expect(href('纠错')).toBe('https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?siteCode=4408820001&url=https%3A%2F%2Fwww.leizhou.gov.cn%2Fzwgk%2Ffgfa%2Funits%2F');
    expect(href('网站地图')).toBe(`${BASE}sitemap/`);
    expect(href('公网安备')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=44088202000001');
    const psbIcon = footer.querySelectorAll('a').find((a) => a.text.includes('公网安备'))?.querySelector('img');
    const conac = footer.querySelector('a.conac');
    expect(conac?.getAttribute('href')).toBe('https://bszs.conac.cn/sitename?method=show&id=TEST');
    expect(conac?.querySelector('img')?.getAttribute('alt')).toContain('党政机关网站标识');
    for (const img of [psbIcon, conac?.querySelector('img')]) {
      const src = img?.getAttribute('src') ?? '';
      expect(src).toMatch(new RegExp(`^${BASE}brand/(psb|conac)-[0-9a-f]{8}\\.png$`));
      expect(existsSync(join(dist, src.slice(BASE.length)))).toBe(true);
    }
  });

  it('carries SiteDomain and SiteIDCode on every page and an absolute Url on plan pages', () => {
    const wrong: string[] = [];
    for (const path of pages) {
      const meta = new Map(page(path).querySelectorAll('meta[name]').map((m) => [m.getAttribute('name'), m.getAttribute('content')]));
      if (meta.get('SiteDomain') !== 'www.leizhou.gov.cn') wrong.push(`${path} SiteDomain`);
      if (meta.get('SiteIDCode') !== '4408820001') wrong.push(`${path} SiteIDCode`);
      if (path.includes('/plans/') && meta.get('Url') !== `https://www.leizhou.gov.cn${path}`) wrong.push(`${path} Url ${meta.get('Url')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('writes sitemap.xml with the absolute address of every page, the 网站地图 page included', () => {
    const locs = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.every((l) => l.startsWith(`https://www.leizhou.gov.cn${BASE}`))).toBe(true);
    expect(locs.map((l) => new URL(l).pathname).sort()).toEqual(pages.filter((p) => p.endsWith('/')));
    expect(locs).toContain(`https://www.leizhou.gov.cn${BASE}sitemap/`);
  });
});

describe('a default build', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildSite();
  }, 600_000);

  it('writes no sitemap.xml (it would need absolute addresses)', () => {
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
  });

  it('has a 网站地图 page linking every column, every year, region and theme, linked from every footer', () => {
    const map = parse(readFileSync(join(dist, 'sitemap', 'index.html'), 'utf8'));
    expect(map.querySelector('h1')?.text).toBe('网站地图');
    const links = new Set(map.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    for (const href of ['/', '/years/', '/regions/', '/units/', '/themes/', '/data/', '/search/', '/accessibility/', '/years/2022/', '/years/2018/', '/regions/leizhou/', '/themes/zhengce-jiedu/', '/plans/2018-jieyang/']) {
      expect(links.has(href), href).toBe(true);
    }
    const home = parse(readFileSync(join(dist, 'index.html'), 'utf8'));
    expect(home.querySelectorAll('footer a').map((a) => a.getAttribute('href'))).toContain('/sitemap/');
    // No identifiers are configured: the footer shows none of them, and no empty labels.
    expect(home.querySelector('footer')?.text).not.toMatch(/网站标识码|主办单位|公网安备|纠错/);
  });
});
