/**
 * Pagefind's files are gzip on disk and on the wire: its metadata
 * (`*.pf_meta`), its WebAssembly (`wasm.*.pagefind`), the word index chunks
 * (`*.pf_index`), filter chunks (`*.pf_filter`) and fragments
 * (`*.pf_fragment`). Pagefind inflates each one in JavaScript on the main
 * thread (its bundled fflate `gunzipSync`), unless the bytes it receives
 * already start with its signature `pagefind_dcd`, which is what it gets when
 * a host sends them with `Content-Encoding: gzip` and the browser inflates
 * them. A static host does not (the files are gzip already), so a page opened
 * with a shared `?q=` link spent most of its extra start-up CPU inflating the
 * metadata and WebAssembly in JavaScript (docs/scale.md, "A cold `?q=` page").
 *
 * So the search engine hands Pagefind natively inflated bodies: before
 * Pagefind is loaded it wraps the page's `fetch` so that a response to a
 * Pagefind file under the index's folder whose body starts with the gzip magic
 * (1f 8b) is piped through the browser's `DecompressionStream('gzip')`. The
 * files stay gzip on the wire (the first-query transfer budget is unchanged);
 * every other request, and a body the host already inflated, passes through
 * untouched. A browser without `DecompressionStream` keeps Pagefind's own
 * inflation; a body the browser cannot inflate fails when Pagefind reads it,
 * as it failed in Pagefind's own inflation before.
 */

/** What an inflated Pagefind file starts with; Pagefind strips it and skips its own inflation. */
export const pagefindSignature = 'pagefind_dcd';

/** The files Pagefind fetches and inflates (`decompress` in its pagefind.js). */
const pagefindFile = /\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

/** Whether bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Whether the browser (or Node) can inflate gzip natively. */
export function canInflateNatively(): boolean {
  return typeof DecompressionStream === 'function' && typeof Response === 'function' && typeof Blob === 'function';
}

/**
 * A response whose gzip body is inflated by the browser as it is read; any
 * other response (an error, a body already inflated) with the same status and
 * bytes. The inflated body is streamed straight to the reader (Pagefind reads
 * it once), not inflated into a buffer first and wrapped again: going through
 * a `Blob` and a second buffer cost the main thread about 2.6 ms more for the
 * WebAssembly, the metadata and a word chunk, measured in Chromium
 * (docs/scale.md, "A cold `?q=` page"). A body the browser cannot inflate
 * fails when it is read, as Pagefind's own inflation would fail on it.
 */
export async function inflatedResponse(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  // The body's length changes; nothing downstream reads these.
  headers.delete('content-length');
  headers.delete('content-encoding');
  const init = { status: response.status, statusText: response.statusText, headers };
  if (!isGzip(bytes)) return new Response(bytes, init);
  return new Response(new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip')), init);
}

/** The URL a fetch asks for, resolved against `base` (a page's address). */
function requestUrl(input: RequestInfo | URL, base: string): URL | null {
  try {
    return new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, base);
  } catch {
    return null;
  }
}

/**
 * `fetch` that inflates the responses to Pagefind files under `folder` (an
 * absolute URL ending in `/`, the index's folder; later shards and the shared
 * WebAssembly live under it) with the browser's `DecompressionStream`, and
 * passes every other request to `inner` untouched. `pageUrl` resolves
 * relative request URLs (the page's address).
 */
export function inflatingFetch(inner: typeof fetch, folder: string, pageUrl: string = folder): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = requestUrl(input, pageUrl);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (!url || method.toUpperCase() !== 'GET' || !url.href.startsWith(folder) || !pagefindFile.test(url.pathname)) return inner(input, init);
    return inflatedResponse(await inner(input, init));
  };
}

/** Index folders whose Pagefind files the page's `fetch` already inflates. */
const installed = new Set<string>();

/**
 * Makes the page's `fetch` inflate Pagefind's files under `folder` (see the
 * top of this file); call it before Pagefind is loaded. Does nothing outside a
 * page, without `DecompressionStream`, or when already done for the folder.
 */
export function inflatePagefindNatively(folder: string): void {
  if (typeof location === 'undefined' || typeof globalThis.fetch !== 'function' || !canInflateNatively()) return;
  const absolute = new URL(folder, location.href).href;
  if (installed.has(absolute)) return;
  installed.add(absolute);
  globalThis.fetch = inflatingFetch(globalThis.fetch.bind(globalThis), absolute, location.href);
}

/**
 * The JSON of a response whose body may be gzip: the search page's block files
 * (`items/<id>.json.gz`, see `write-index.ts`) are stored gzip. A host that
 * sends them with `Content-Encoding: gzip` (as some do for `.gz`) has the
 * browser inflate them, and the body is then read as it is. Inflated by the
 * browser where it can (`DecompressionStream`: Chrome 80, Safari 16.4, Firefox
 * 113), otherwise by fflate, loaded only then (older phones keep working).
 */
export async function gzipJson(response: Response): Promise<unknown> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isGzip(bytes)) return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  if (canInflateNatively()) return new Response(new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip'))).json() as Promise<unknown>;
  const { gunzipSync } = await import('fflate');
  return JSON.parse(new TextDecoder().decode(gunzipSync(bytes))) as unknown;
}
