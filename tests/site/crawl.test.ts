/**
 * The link checker used by the nginx test finds what it claims to find: a
 * clean crawl there means something only if a broken site fails here.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { serveStatic } from '../support/site';
import { crawl } from './crawl';

it('reports broken links, missing anchors, external resources and links outside the base path', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-crawl-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'style.css'), 'body { background: url("https://cdn.example.net/bg.png"); }');
  writeFileSync(
    join(dir, 'index.html'),
    `<link rel="stylesheet" href="style.css"><a href="a/">ok</a><a href="a/#here">anchor ok</a><a href="a/#gone">anchor missing</a>
     <a href="missing/">broken</a><a href="/elsewhere/">outside base</a><a href="https://www.gov.cn/">external link</a>
     <img src="https://cdn.example.net/logo.png" alt="">`,
  );
  writeFileSync(join(dir, 'a', 'index.html'), '<h1 id="here">A</h1><a href="../">home</a>');
  const server = await serveStatic(dir, '/sub/');
  try {
    const result = await crawl(server.url);
    const p = (s: string) => result.problems.filter((x) => x.includes(s));
    expect(p('broken link').map((x) => x.split(' ').at(-3))).toEqual([`${server.url}missing/`]);
    expect(p('no element with id')).toHaveLength(1);
    expect(p('points outside the base path')).toHaveLength(1);
    expect(p('outside the site: https://cdn.example.net/logo.png')).toHaveLength(1);
    expect(p('outside the site: https://cdn.example.net/bg.png')).toHaveLength(1);
    expect(result.problems).toHaveLength(5);
    expect([...result.externalLinks]).toEqual(['https://www.gov.cn/']);
    expect(result.pages).toEqual([`${server.url}`, `${server.url}a/`]);
  } finally {
    await server.close();
  }
});
