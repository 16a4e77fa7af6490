/**
 * The site deployed as a webmaster would: built with BASE_PATH=/zwgk/fgfa/,
 * served by a real nginx (Debian package) with the documented config
 * docs/nginx/fengong.conf, then crawled — by HTTP for every link and file,
 * and in Chromium for every page, watching every request the browser makes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { browserUnavailable, inTabs, launchBrowser } from '../support/browser';
import { buildSite, ROOT } from '../support/site';
import { crawl, type CrawlResult } from './crawl';

const BASE = '/zwgk/fgfa/';
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const nginxUnavailable = NGINX ? null : 'nginx not installed: apt-get install -y --no-install-recommends nginx (CI installs it)';
if (nginxUnavailable) console.warn(`tests/site/nginx.test.ts skipped: ${nginxUnavailable}`);

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** Starts nginx with the documented location block, the site files at <tmp>/www/zwgk/fgfa/. */
async function startNginx(dist: string): Promise<{ origin: string; stop(): void; errorLog: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-nginx-'));
  const www = join(dir, 'www');
  mkdirSync(join(www, 'zwgk'), { recursive: true });
  symlinkSync(dist, join(www, 'zwgk', 'fgfa'));
  const snippet = readFileSync(join(ROOT, 'docs/nginx/fengong.conf'), 'utf8').replaceAll('/srv/www', www);
  writeFileSync(join(dir, 'fengong.conf'), snippet);
  const port = await freePort();
  const conf = [
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${dir}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
    '  server {',
    `    listen 127.0.0.1:${port};`,
    '    server_name localhost;',
    `    include ${dir}/fengong.conf;`,
    '  }',
    '}',
  ].join('\n');
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const test = spawnSync(NGINX as string, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects the documented config:\n${test.stderr}`);
  const child: ChildProcess = spawn(NGINX as string, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${origin}${BASE}`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origin,
    errorLog: join(dir, 'error.log'),
    stop() {
      child.kill('SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe.skipIf(nginxUnavailable !== null)(`built with BASE_PATH=${BASE}, served by nginx with docs/nginx/fengong.conf`, () => {
  let server: Awaited<ReturnType<typeof startNginx>>;
  let site: CrawlResult;

  beforeAll(async () => {
    const dist = buildSite({ basePath: BASE });
    server = await startNginx(dist);
    // sitemap.xml is for search engines, not linked from pages: start there too.
    const sitemap = existsSync(join(dist, 'sitemap.xml')) ? ['sitemap.xml'] : [];
    site = await crawl(`${server.origin}${BASE}`, sitemap);
  });
  afterAll(() => server?.stop());

  it('has zero broken links, anchors, or references outside the site', () => {
    expect(site.problems).toEqual([]);
    // The crawl reached the site, not just its front page.
    expect(site.pages.length).toBeGreaterThan(3);
    expect(site.pages).toContain(`${server.origin}${BASE}accessibility/`);
    // The feed is announced in every page's head, so the crawl read it and its entries.
    expect(site.files).toContain(`${server.origin}${BASE}feed.xml`);
  });

  it('serves the documented headers: CSV in UTF-8, WebAssembly type, long cache for hashed assets, CSP', async () => {
    const home = await fetch(`${server.origin}${BASE}`);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(home.headers.get('cache-control')).toBe('no-cache');

    const csv = site.files.find((f) => f.endsWith('.csv'));
    if (csv) expect((await fetch(csv)).headers.get('content-type')).toBe('text/csv; charset=utf-8');

    const asset = site.files.find((f) => f.includes(`${BASE}_astro/`));
    expect(asset, 'the pages load hashed assets from _astro/').toBeDefined();
    const assetResponse = await fetch(asset as string);
    expect(assetResponse.headers.get('cache-control')).toBe('max-age=31536000');
    expect(assetResponse.headers.get('content-security-policy')).toContain("default-src 'self'");

    const missing = await fetch(`${server.origin}${BASE}no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('页面不存在');

    const redirect = await fetch(`${server.origin}${BASE}accessibility`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`${BASE}accessibility/`);
  });

  it.skipIf(browserUnavailable !== null)(
    'in Chromium, every page loads only from the site, without failed requests or CSP violations',
    async () => {
      const browser = await launchBrowser();
      const problems: string[] = [];
      try {
        const context = await browser.newContext();
        const prefix = `${server.origin}${BASE}`;
        // Search results too, when the site has a search page: they load the index and its WebAssembly.
        const searchPage = site.pages.find((p) => p === `${prefix}search/`);
        const urls = [...site.pages, ...(searchPage ? [`${searchPage}?q=${encodeURIComponent('公开')}`] : [])];
        // Four tabs, each going on to the next page (tests/support/browser.ts `inTabs`). A request belongs to the page
        // the tab showed when it started: until the next page commits, the tab still shows the last one, which may yet
        // ask for something (Chromium fetches the icon once a page is idle) that the next navigation cuts short, as
        // closing the tab used to.
        type Visit = { url: string; committed: boolean; last?: Visit };
        const on = new Map<Page, Visit>();
        await inTabs(context, urls, 4, async (page, url) => {
          const last = on.get(page);
          if (!last) {
            const started = new WeakMap<Request, Visit>();
            const now = () => on.get(page)!;
            const of = (r: Request) => started.get(r) ?? now();
            page.on('framenavigated', (frame) => {
              if (frame === page.mainFrame()) now().committed = true;
            });
            page.on('request', (r) => {
              const visit = now();
              started.set(r, visit.committed || r.isNavigationRequest() || !visit.last ? visit : visit.last);
              if (!r.url().startsWith(prefix) && !r.url().startsWith('data:')) problems.push(`${of(r).url}: requested ${r.url()}`);
            });
            page.on('response', (r) => {
              if (r.status() >= 400) problems.push(`${of(r.request()).url}: ${r.url()} answered HTTP ${r.status()}`);
            });
            page.on('requestfailed', (r) => {
              if (of(r) !== now() && r.failure()?.errorText === 'net::ERR_ABORTED') return;
              problems.push(`${of(r).url}: ${r.url()} failed (${r.failure()?.errorText})`);
            });
            page.on('console', (m) => {
              if (m.type() === 'error') problems.push(`${now().url}: console error: ${m.text()}`);
            });
            page.on('pageerror', (e) => problems.push(`${now().url}: script error: ${e.message}`));
          }
          if (last) delete last.last;
          on.set(page, { url, committed: false, ...(last ? { last } : {}) });
          await page.goto(url, { waitUntil: 'networkidle' });
        });
      } finally {
        await browser.close();
      }
      expect(problems).toEqual([]);
    },
    300_000,
  );
});
