import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from 'playwright-core';

/**
 * What a reader's phone downloads for a first search: the search page opened
 * cold (empty cache) with a query in its URL, measured in Chromium as bytes on
 * the wire (response headers and encoded bodies), from navigation until the
 * network has been quiet. The site is
 * served locally the way a plain static host serves it: text types gzipped,
 * Pagefind's index chunks as they are (they are already compressed).
 */

export const chromiumPath = '/usr/bin/chromium';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml']);

/** The deployment's base path, read from where the search page says the Pagefind script is. */
export function basePathOf(outDir: string): string {
  const html = readFileSync(join(outDir, 'search', 'index.html'), 'utf8');
  const script = /data-pagefind-path=["']([^"']+)["']/.exec(html)?.[1] ?? /["']([^"']*\/)pagefind\/pagefind\.js/.exec(html)?.[1];
  if (!script) return '/';
  return script.replace(/pagefind\/pagefind\.js$/, '');
}

function serve(outDir: string, base: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    path = join(outDir, path.slice(base.length));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(path);
    let body = readFileSync(path);
    const headers: Record<string, string> = { 'content-type': types[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (compressible.has(ext) && /gzip/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export interface SearchCost {
  query: string;
  /** Bytes on the wire, page load included. */
  totalBytes: number;
  /** Bytes fetched by the search itself: Pagefind's script, wasm, index and fragments. */
  pagefindBytes: number;
  requests: number;
  /** How many results the page showed (to prove the query ran). */
  results: number | null;
  largest: Array<{ url: string; bytes: number }>;
}

/** Opens `<base>search/?q=<query>` in a fresh Chromium profile and counts the bytes transferred. */
export async function measureFirstSearch(outDir: string, query: string): Promise<SearchCost> {
  const base = basePathOf(outDir);
  const server = await serve(outDir, base);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Pagefind fetches its index from a Web Worker; context-level request
    // events see the worker's requests too (a page CDP session would not).
    const bytes = new Map<string, number>();
    const pending = new Set<object>();
    let lastActivity = Date.now();
    let counter = 0;
    context.on('request', (request) => {
      pending.add(request);
      lastActivity = Date.now();
    });
    const settle = async (request: Request) => {
      try {
        const sizes = await request.sizes();
        bytes.set(`${counter++} ${request.url()}`, sizes.responseBodySize + sizes.responseHeadersSize);
      } finally {
        pending.delete(request);
        lastActivity = Date.now();
      }
    };
    context.on('requestfinished', (request) => void settle(request));
    context.on('requestfailed', (request) => {
      pending.delete(request);
      lastActivity = Date.now();
    });
    await page.goto(`http://127.0.0.1:${port}${base}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    // Pagefind loads its chunks after the page's load event; wait until the network is quiet for a while.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (Date.now() - lastActivity < 1500 || pending.size > 0)) await page.waitForTimeout(200);
    const results = await page.evaluate(() => {
      const list = document.querySelector('[data-search-results], .pagefind-ui__results, [role="list"]');
      return list ? list.children.length : null;
    });
    const urls = new Map([...bytes.keys()].map((k) => [k, k.slice(k.indexOf(' ') + 1)]));
    const rows = [...bytes].map(([id, n]) => ({ url: urls.get(id) ?? '?', bytes: n }));
    return {
      query,
      totalBytes: rows.reduce((s, r) => s + r.bytes, 0),
      pagefindBytes: rows.filter((r) => r.url.includes('/pagefind/')).reduce((s, r) => s + r.bytes, 0),
      requests: rows.length,
      results,
      largest: rows.sort((a, b) => b.bytes - a.bytes).slice(0, 8).map((r) => ({ url: r.url.replace(`http://127.0.0.1:${port}`, ''), bytes: r.bytes })),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
