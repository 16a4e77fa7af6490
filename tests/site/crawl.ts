/**
 * A link checker for the built site: starts at the base URL, follows every
 * link, stylesheet, script, image and form on every page (and url() in every
 * stylesheet), and reports what is broken or leaves the site.
 */
import { parse, type HTMLElement } from 'node-html-parser';

export interface CrawlResult {
  /** Every page (HTML) reached, as full URLs without fragment. */
  pages: string[];
  /** Every other file reached (CSS, JS, data, images). */
  files: string[];
  /** Links to other hosts from plain <a> elements: allowed, not followed. */
  externalLinks: Set<string>;
  /** What is wrong, one line each: "<from>: <what>". */
  problems: string[];
}

/** Where references live in HTML: element, attribute, and whether it is a plain link. */
const REFERENCES: Array<{ selector: string; attr: string; link: boolean }> = [
  { selector: 'a[href]', attr: 'href', link: true },
  { selector: 'area[href]', attr: 'href', link: true },
  { selector: 'link[href]', attr: 'href', link: false },
  { selector: 'script[src]', attr: 'src', link: false },
  { selector: 'img[src]', attr: 'src', link: false },
  { selector: 'source[src]', attr: 'src', link: false },
  { selector: 'video[src]', attr: 'src', link: false },
  { selector: 'audio[src]', attr: 'src', link: false },
  { selector: 'iframe[src]', attr: 'src', link: false },
  { selector: 'embed[src]', attr: 'src', link: false },
  { selector: 'object[data]', attr: 'data', link: false },
  { selector: 'form[action]', attr: 'action', link: true },
];

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** All references in a page: [url, isPlainLink]. */
export function htmlReferences(root: HTMLElement): Array<[string, boolean]> {
  const refs: Array<[string, boolean]> = [];
  for (const { selector, attr, link } of REFERENCES) {
    for (const el of root.querySelectorAll(selector)) {
      const v = el.getAttribute(attr);
      // rel=canonical names the page's public address; browsers do not fetch it.
      if (v !== undefined && !(el.tagName === 'LINK' && /\bcanonical\b/.test(el.getAttribute('rel') ?? ''))) refs.push([v, link]);
    }
  }
  for (const el of root.querySelectorAll('[srcset]')) for (const u of srcsetUrls(el.getAttribute('srcset') ?? '')) refs.push([u, false]);
  for (const el of root.querySelectorAll('[style]')) for (const u of cssReferences(el.getAttribute('style') ?? '')) refs.push([u, false]);
  return refs;
}

/** url(…) and @import references in CSS. */
export function cssReferences(css: string): string[] {
  const refs: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) if (m[2] && !m[2].startsWith('data:')) refs.push(m[2]);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) if (m[2]) refs.push(m[2]);
  return refs;
}

/** Page addresses in a sitemap (<loc>) or an Atom feed (<link href>). */
export function xmlReferences(xml: string): string[] {
  const refs: string[] = [];
  for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) if (m[1]) refs.push(m[1].replaceAll('&amp;', '&'));
  for (const m of xml.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)) if (m[1]) refs.push(m[1].replaceAll('&amp;', '&'));
  return refs;
}

/**
 * Crawls from `start` (the site's base URL) and `alsoStartAt` (files no page
 * links to, such as sitemap.xml), following links in HTML, CSS, sitemaps and
 * feeds. Same-origin URLs outside the
 * base path and any non-link reference to another host are problems; so is
 * any URL that does not end in a 200 (redirects within the site are
 * followed), and any #fragment that names no element on its page.
 */
export async function crawl(start: string, alsoStartAt: readonly string[] = []): Promise<CrawlResult> {
  const base = new URL(start);
  const starts = [base.href, ...alsoStartAt.map((u) => new URL(u, base).href)];
  const queue: Array<{ url: string; from: string }> = starts.map((url) => ({ url, from: '(start)' }));
  const seen = new Set<string>(starts);
  const ids = new Map<string, Set<string>>();
  const fragments: Array<{ url: string; id: string; from: string }> = [];
  const result: CrawlResult = { pages: [], files: [], externalLinks: new Set(), problems: [] };

  const enqueue = (raw: string, from: string, link: boolean) => {
    if (/^(mailto|tel|javascript|data):/i.test(raw)) {
      if (/^javascript:/i.test(raw)) result.problems.push(`${from}: javascript: URL ${raw}`);
      return;
    }
    let url: URL;
    try {
      url = new URL(raw, from);
    } catch {
      result.problems.push(`${from}: unparseable URL ${raw}`);
      return;
    }
    if (url.origin !== base.origin) {
      if (link && /^https?:$/.test(url.protocol)) result.externalLinks.add(url.href);
      else result.problems.push(`${from}: loads a resource from outside the site: ${url.href}`);
      return;
    }
    if (!url.pathname.startsWith(base.pathname)) {
      result.problems.push(`${from}: points outside the base path ${base.pathname}: ${raw}`);
      return;
    }
    if (url.hash.length > 1) fragments.push({ url: url.origin + url.pathname + url.search, id: decodeURIComponent(url.hash.slice(1)), from });
    url.hash = '';
    if (!seen.has(url.href)) {
      seen.add(url.href);
      queue.push({ url: url.href, from });
    }
  };

  while (queue.length > 0) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async ({ url, from }) => {
        let response = await fetch(url, { redirect: 'manual' });
        let finalUrl = url;
        for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 5; hops++) {
          const location = response.headers.get('location') ?? '';
          const next = new URL(location, finalUrl);
          if (next.origin !== base.origin || !next.pathname.startsWith(base.pathname)) {
            result.problems.push(`${from}: ${url} redirects outside the site to ${next.href}`);
            return;
          }
          finalUrl = next.href;
          response = await fetch(finalUrl, { redirect: 'manual' });
        }
        if (response.status !== 200) {
          result.problems.push(`${from}: broken link ${url} (HTTP ${response.status})`);
          return;
        }
        const type = response.headers.get('content-type') ?? '';
        if (type.startsWith('text/html')) {
          result.pages.push(finalUrl);
          const root = parse(await response.text());
          ids.set(finalUrl, new Set(root.querySelectorAll('[id]').map((e) => e.id)));
          if (finalUrl !== url) ids.set(url, ids.get(finalUrl) ?? new Set());
          for (const [ref, link] of htmlReferences(root)) enqueue(ref, finalUrl, link);
        } else {
          result.files.push(finalUrl);
          if (type.startsWith('text/css')) for (const ref of cssReferences(await response.text())) enqueue(ref, finalUrl, false);
          else if (/\bxml\b/.test(type)) for (const ref of xmlReferences(await response.text())) enqueue(ref, finalUrl, true);
          else await response.arrayBuffer();
        }
      }),
    );
  }

  for (const f of fragments) {
    const targets = ids.get(f.url);
    if (targets && !targets.has(f.id)) result.problems.push(`${f.from}: link to ${f.url}#${f.id}, but that page has no element with id "${f.id}"`);
  }
  result.pages.sort();
  result.files.sort();
  return result;
}
