import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSize, pageType, pageWeight, processGroupRss, resolveAsset } from '../../bench/synth/measure';

describe('pageType', () => {
  it.each([
    ['index.html', 'home'],
    ['plans/2022-leizhou/index.html', 'plan'],
    ['units/index.html', 'unit-index'],
    ['units/leizhou-shicaizhengju/index.html', 'unit'],
    // A numbered continuation of a paginated theme page is still a theme page.
    ['themes/zhengce-jiedu/2/index.html', 'theme'],
    ['themes/index.html', 'theme-index'],
    ['years/2022/index.html', 'year'],
    ['regions/leizhou/index.html', 'region'],
    ['data/index.html', 'data'],
    ['search/index.html', 'search'],
    ['404.html', 'other'],
  ])('%s is %s', (page, type) => expect(pageType(page)).toBe(type));
});

describe('page weight', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-measure-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const css = 'body { color: #111; }\n'.repeat(50);
  const js = 'console.log("search");\n'.repeat(20);
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'plans', 'p'), { recursive: true });
  writeFileSync(join(dir, '_astro', 'site.css'), css);
  writeFileSync(join(dir, '_astro', 'search.js'), js);
  // Built for a sub-path: asset URLs carry the base, the files do not.
  const html = `<html lang="zh-CN"><link rel="stylesheet" href="/zwgk/_astro/site.css"><script type="application/ld+json">{"a":1}</script><script type="module" src="/zwgk/_astro/search.js"></script><p>分工</p></html>`;
  writeFileSync(join(dir, 'plans', 'p', 'index.html'), html);

  it('finds assets under a base path', () => {
    expect(resolveAsset(dir, '/zwgk/_astro/site.css')).toBe(join(dir, '_astro', 'site.css'));
    expect(resolveAsset(dir, 'https://example.org/x.js')).toBeNull();
  });

  it('counts gzipped HTML, the CSS and the scripts a page loads, not JSON data blocks', () => {
    expect(pageWeight(dir, 'plans/p/index.html')).toEqual({
      page: 'plans/p/index.html',
      htmlGzip: gzipSync(html, { level: 9 }).length,
      cssGzip: gzipSync(css, { level: 9 }).length,
      jsGzip: gzipSync(js, { level: 9 }).length,
      scripts: 1,
    });
  });

  it('sizes a folder', () => {
    expect(folderSize(dir)).toEqual({ files: 3, bytes: css.length + js.length + Buffer.byteLength(html) });
  });
});

describe('processGroupRss', () => {
  it('sees the memory of this process group', () => {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    const rss = processGroupRss(pgid);
    expect(rss.processes).toBeGreaterThan(0);
    expect(rss.total).toBeGreaterThanOrEqual(rss.largest);
    expect(rss.largest).toBeGreaterThan(10 * 1024 * 1024);
  });
});
