// A cold ?q= page (someone opens a shared search link) without the start-up
// work it does not need: Pagefind's files inflated by the browser, not by
// Pagefind's JavaScript (src/lib/search/native-inflation.ts), and no
// Intl.Segmenter for the engine's ASCII tokens (`splitOnlyNonAscii` in
// write-index.ts). The inflation step on the real files of the bundled plans'
// index, the patched Pagefind script, and a shared ?q= link in Chromium, which
// must still show the right results.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipJson, inflatingFetch, isGzip, pagefindSignature } from '../../src/lib/search/native-inflation';
import { blockFolder } from '../../src/lib/search/shards';
import { fflateTablesStart, lazyInflateTables, pagefindSegmenterTest, pagefindSegmenterTestPatched, splitOnlyNonAscii } from '../../src/lib/search/write-index';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { searchSettled } from '../support/search-page';
import { buildSite, serveStatic, type Served } from '../support/site';

let dist = '';
const pagefindDir = () => join(dist, 'pagefind');
const folder = 'https://gov.example/zwgk/pagefind/';
/** The first file of a kind in the built index, as a path under the pagefind folder. */
const fileOf = (dir: string, ext: string) => {
  const name = readdirSync(join(pagefindDir(), dir)).find((n) => n.endsWith(ext));
  if (!name) throw new Error(`no ${ext} file in ${join(pagefindDir(), dir)}`);
  return dir === '.' ? name : `${dir}/${name}`;
};
// One real file of each kind Pagefind fetches and inflates (the build removes the fragments: see docs/scale.md).
const kinds: Array<[kind: string, dir: string, ext: string]> = [
  ['metadata', '.', '.pf_meta'],
  ['WebAssembly', '.', '.pagefind'],
  ['word index chunk', 'index', '.pf_index'],
  ['filter chunk', 'filter', '.pf_filter'],
];
beforeAll(() => {
  dist = buildSite();
});
const signature = new TextEncoder().encode(pagefindSignature);

/** A stand-in for the network: the bytes of a file, as a static host sends them (no Content-Encoding), and the requests made. */
function host(body: (url: string) => Uint8Array) {
  const requested: string[] = [];
  const responses: Response[] = [];
  const fetch = (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    const response = new Response(new Uint8Array(body(url)), { status: 200, headers: { 'content-type': 'application/octet-stream' } });
    responses.push(response);
    return Promise.resolve(response);
  };
  return { fetch: fetch as typeof globalThis.fetch, requested, responses };
}

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('inflating Pagefind files natively', () => {
  describe.each(kinds)('%s', (_kind, dir, ext) => {
    let file = '';
    let raw = new Uint8Array();
    beforeAll(() => {
      file = fileOf(dir, ext);
      raw = new Uint8Array(readFileSync(join(pagefindDir(), file)));
    });

    it('is sent gzip, and comes back as the bytes Pagefind would inflate in JavaScript', async () => {
      expect(isGzip(raw)).toBe(true);
      const network = host(() => raw);
      const response = await inflatingFetch(network.fetch, folder)(`${folder}${file}`);
      expect(network.requested).toEqual([`${folder}${file}`]);
      const bytes = await bytesOf(response);
      // Pagefind's decompress is its bundled fflate gunzipSync, then it drops the 12-byte signature.
      const pagefinds = gunzipSync(raw);
      expect(bytes.slice(0, 12)).toEqual(signature);
      expect(bytes).toEqual(pagefinds);
      expect(response.status).toBe(200);
    });

    it('leaves a body the host already inflated (Content-Encoding: gzip) as it is', async () => {
      const inflated = gunzipSync(raw);
      const response = await inflatingFetch(host(() => inflated).fetch, folder)(`${folder}${file}`);
      expect(await bytesOf(response)).toEqual(inflated);
    });

    it('resolves a request relative to the page (later shards ask for ../wasm…)', async () => {
      const network = host(() => raw);
      const response = await inflatingFetch(network.fetch, folder, 'https://gov.example/zwgk/search/?q=1')(`../pagefind/shard/../${file}`);
      expect((await bytesOf(response)).slice(0, 12)).toEqual(signature);
    });
  });

  it('passes other requests to the network untouched: the same response object', async () => {
    const file = fileOf('.', '.pf_meta');
    const raw = new Uint8Array(readFileSync(join(pagefindDir(), file)));
    const network = host(() => raw);
    const wrapped = inflatingFetch(network.fetch, folder);
    const cases: Array<[RequestInfo | URL, RequestInit?]> = [
      // The page's own files in the index folder (block files, shards.json, Pagefind's entry and script).
      [`${folder}items/1.json.gz`],
      [`${folder}shards.json`],
      [`${folder}pagefind-entry.json?ts=1`],
      [`${folder}pagefind.js`],
      // A Pagefind-named file outside the index folder, and a request that is not a GET.
      ['https://gov.example/other/pagefind.pf_meta'],
      ['https://other.example/zwgk/pagefind/pagefind.pf_meta'],
      [`${folder}${file}`, { method: 'POST' }],
    ];
    for (const [input, init] of cases) {
      const response = await wrapped(input, init);
      expect(response).toBe(network.responses.at(-1));
      expect(isGzip(await bytesOf(response))).toBe(true);
    }
  });

  it('passes an error response through; a body the browser cannot inflate fails when read, as Pagefind reads it', async () => {
    const missing = await inflatingFetch(() => Promise.resolve(new Response('not found', { status: 404 })), folder)(`${folder}index/x.pf_index`);
    expect(missing.status).toBe(404);
    // The gzip magic, then garbage.
    const broken = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]);
    const response = await inflatingFetch(host(() => broken).fetch, folder)(`${folder}index/x.pf_index`);
    // The response comes before the body is inflated: the body streams to its reader (no buffer, no Blob, in between).
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow(TypeError);
  });

  it('streams the inflated body to its reader: nothing inflated before the reader asks, and no Blob', async () => {
    const { gzipSync } = await import('fflate');
    const original = new TextEncoder().encode('pagefind index chunk '.repeat(2000));
    const made = new Set<unknown>();
    const RealBlob = globalThis.Blob;
    globalThis.Blob = class extends RealBlob {
      constructor(...args: ConstructorParameters<typeof Blob>) {
        super(...args);
        made.add(this);
      }
    };
    try {
      const response = await inflatingFetch(host(() => gzipSync(original)).fetch, folder)(`${folder}index/x.pf_index`);
      expect(response.bodyUsed).toBe(false);
      expect(await bytesOf(response)).toEqual(original);
      expect(made.size).toBe(0);
    } finally {
      globalThis.Blob = RealBlob;
    }
  });
});

// The block files (what results show) are stored gzip, as Pagefind's files are: most of a large index on disk.
describe('block files stored gzip', () => {
  const realFile = () => {
    const name = readdirSync(join(pagefindDir(), blockFolder)).find((n) => n.endsWith('.json.gz'));
    if (!name) throw new Error(`no .json.gz block file in ${join(pagefindDir(), blockFolder)}`);
    return new Uint8Array(readFileSync(join(pagefindDir(), blockFolder, name)));
  };

  it('are gzip on disk, and read back as the JSON of a block by the browser\'s own inflation', async () => {
    const raw = realFile();
    expect(isGzip(raw)).toBe(true);
    const expected = JSON.parse(new TextDecoder().decode(gunzipSync(raw))) as { items: unknown[] };
    expect(expected.items.length).toBeGreaterThan(0);
    expect(await gzipJson(new Response(raw))).toEqual(expected);
  });

  it('are read as they come when the host already inflated them (Content-Encoding: gzip for .gz)', async () => {
    const inflated = gunzipSync(realFile());
    expect(await gzipJson(new Response(inflated))).toEqual(JSON.parse(new TextDecoder().decode(inflated)));
  });

  it('are inflated by fflate in a browser without DecompressionStream (Safari before 16.4)', async () => {
    const raw = realFile();
    const expected: unknown = JSON.parse(new TextDecoder().decode(gunzipSync(raw)));
    const Native = globalThis.DecompressionStream;
    let used = 0;
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
    try {
      expect(await gzipJson(new Response(raw))).toEqual(expected);
    } finally {
      globalThis.DecompressionStream = Native;
    }
    // And natively again once the browser has it.
    globalThis.DecompressionStream = class extends Native {
      constructor(format: CompressionFormat) {
        super(format);
        used++;
      }
    };
    try {
      expect(await gzipJson(new Response(raw))).toEqual(expected);
      expect(used).toBe(1);
    } finally {
      globalThis.DecompressionStream = Native;
    }
  });
});

describe("Pagefind's query splitting", () => {
  it('the built Pagefind script segments only a query with a character beyond ASCII', () => {
    const script = readFileSync(join(pagefindDir(), 'pagefind.js'), 'utf8');
    expect(script.split(pagefindSegmenterTestPatched)).toHaveLength(2);
    expect(script).not.toContain(pagefindSegmenterTest);
  });

  it('fails the build with what to do when a Pagefind upgrade changed its search', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-pagefind-'));
    writeFileSync(join(dir, 'pagefind.js'), 'export async function search(term){return term;}');
    expect(() => splitOnlyNonAscii(dir)).toThrow(/pagefind\.js has 0 copies of Pagefind's segmenter test .*update splitOnlyNonAscii in src\/lib\/search\/write-index\.ts/);
  });
});

describe("Pagefind's inflate tables", () => {
  it('the built Pagefind script builds them in a function, not when it is imported', () => {
    const script = readFileSync(join(pagefindDir(), 'pagefind.js'), 'utf8');
    expect(script).toContain(`function fflateTables(){if(fdrm)return;${fflateTablesStart.replace(/^var /, '')}`);
    expect(script).toContain('function gunzipSync(data,out){fflateTables();');
    expect(script).not.toContain(fflateTablesStart);
  });

  it('fails the build with what to do when a Pagefind upgrade changed its inflate code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-pagefind-'));
    writeFileSync(join(dir, 'pagefind.js'), 'function gunzipSync(data,out){return data;}');
    expect(() => lazyInflateTables(dir)).toThrow(/does not have the inflate tables of Pagefind 1\.6's script .*update lazyInflateTables in src\/lib\/search\/write-index\.ts/);
  });
});

/** How often the functions of Pagefind's script ran, by name (V8's precise coverage). */
async function pagefindCalls(page: Page, start: () => Promise<void>): Promise<Map<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await start();
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  const calls = new Map<string, number>();
  for (const script of result.filter((s) => new URL(s.url || 'about:blank').pathname.endsWith('/pagefind/pagefind.js'))) {
    for (const fn of script.functions) calls.set(fn.functionName, (calls.get(fn.functionName) ?? 0) + (fn.ranges[0]?.count ?? 0));
  }
  return calls;
}

describe.skipIf(browserUnavailable)('a shared ?q= link in Chromium', () => {
  let browser: Browser;
  let site: Served;
  beforeAll(async () => {
    site = await serveStatic(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const opened = async (page: Page) => {
    // Counts the word and grapheme segmenters the page makes (the first costs about 12 ms of main-thread CPU).
    await page.addInitScript(() => {
      const Original = Intl.Segmenter;
      const made = { count: 0 };
      (window as unknown as { segmentersMade: typeof made }).segmentersMade = made;
      (Intl as { Segmenter: typeof Original }).Segmenter = new Proxy(Original, {
        construct(target, args: ConstructorParameters<typeof Intl.Segmenter>) {
          made.count++;
          return new target(...args);
        },
      });
    });
    await page.goto(new URL(`search/?q=${encodeURIComponent('卫健委')}`, site.url).href);
    await searchSettled(page);
    // 9 requirements and 4 unit pages (as in search-page.test.ts).
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/找到 13 条与“卫健委”相关的结果/);
    const titles = await page.locator('[data-search-results] a.result-link').allTextContents();
    expect(titles).toHaveLength(10);
    expect(titles).toContain('市卫生健康局（雷州市）');
    expect(titles.filter((t) => /^(梅州市2021年|雷州市2022年)政务公开工作要点分工方案 第\d+项$/.test(t)).length).toBeGreaterThanOrEqual(5);
    // Pagefind was given only ASCII tokens, and split them without a segmenter.
    await expect(page.evaluate(() => (window as unknown as { segmentersMade: { count: number } }).segmentersMade.count)).resolves.toBe(0);
  };

  it('shows the right results; Pagefind never inflates a file in JavaScript nor makes a segmenter; the files still come gzip', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const wire: Array<{ path: string; gzip: boolean; encoding: string | undefined }> = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (/\.(pf_meta|pf_index|pf_filter|pagefind)$/.test(path)) {
        void r.body().then((body) => wire.push({ path, gzip: isGzip(new Uint8Array(body)), encoding: r.headers()['content-encoding'] }));
      }
    });
    const calls = await pagefindCalls(page, () => opened(page));
    // Pagefind read its metadata, WebAssembly and word chunks (decompress ran for each) …
    expect(calls.get('decompress') ?? 0).toBeGreaterThanOrEqual(3);
    // … and found every one inflated already: its JavaScript gunzip never ran,
    expect(calls.get('gunzipSync') ?? 0).toBe(0);
    // nor did the code building its tables (about 3.5 ms of main-thread CPU on import, before they were built lazily).
    expect(calls.get('fflateTables') ?? 0).toBe(0);
    expect(calls.get('freb') ?? 0).toBe(0);
    expect(calls.get('hMap') ?? 0).toBe(0);
    // On the wire they are the gzip files as built (the transfer budget is unchanged).
    await expect.poll(() => wire.map((w) => w.path.replace(/^.*\./, ''))).toEqual(expect.arrayContaining(['pf_meta', 'pagefind', 'pf_index']));
    expect(wire.every((w) => w.gzip && w.encoding === undefined)).toBe(true);
    await context.close();
  });

  it('without DecompressionStream (an old browser), Pagefind inflates in JavaScript as before and the results are the same', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      delete (window as { DecompressionStream?: unknown }).DecompressionStream;
    });
    const calls = await pagefindCalls(page, () => opened(page));
    expect(calls.get('gunzipSync') ?? 0).toBeGreaterThanOrEqual(3);
    // The tables are built once, on the first inflation.
    expect(calls.get('fflateTables') ?? 0).toBe(calls.get('gunzipSync'));
    expect(calls.get('freb')).toBe(2);
    await context.close();
  });
});
