/**
 * Static checks over every built HTML, CSS and JavaScript file: nothing is
 * loaded from another host (a government intranet has no outside access, and
 * inspections flag third-party requests), and nothing needs a Content
 * Security Policy weaker than the one in docs/nginx/fengong.conf.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/site';
import { cssReferences, htmlReferences } from './crawl';

const BASE = '/zwgk/fgfa/';

/**
 * URLs that appear in scripts but are names, never fetched: XML namespaces,
 * JSON Schema dialect identifiers (bundled zod carries them), and the
 * reserved example.com that Pagefind uses as a base for parsing relative URLs.
 */
const NOT_RESOURCES = /^https?:\/\/(www\.w3\.org|json-schema\.org|example\.com)[/$]/;

function filesIn(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && extensions.includes(extname(e.name)))
    .map((e) => join(e.parentPath, e.name));
}

const isExternal = (url: string) => /^(https?:)?\/\//i.test(url.trim());

describe('the built output', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildSite({ basePath: BASE });
  });

  it('loads no resource from another host (only plain <a> links may leave the site)', () => {
    const found: string[] = [];
    for (const file of filesIn(dist, ['.html'])) {
      for (const [url, link] of htmlReferences(parse(readFileSync(file, 'utf8')))) {
        if (!link && isExternal(url)) found.push(`${relative(dist, file)}: ${url}`);
      }
    }
    for (const file of filesIn(dist, ['.css'])) {
      for (const url of cssReferences(readFileSync(file, 'utf8'))) if (isExternal(url)) found.push(`${relative(dist, file)}: ${url}`);
    }
    for (const file of filesIn(dist, ['.js', '.mjs'])) {
      for (const m of readFileSync(file, 'utf8').matchAll(/["'`]((?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^"'`\s]*)/gi)) {
        if (m[1] && !NOT_RESOURCES.test(m[1])) found.push(`${relative(dist, file)}: ${m[1]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('has no inline script, inline style or event-handler attribute (CSP without unsafe-inline)', () => {
    const found: string[] = [];
    for (const file of filesIn(dist, ['.html'])) {
      const root = parse(readFileSync(file, 'utf8'));
      const where = relative(dist, file);
      for (const s of root.querySelectorAll('script')) {
        const type = s.getAttribute('type') ?? '';
        // JSON data blocks are never executed, so CSP allows them.
        if (!s.hasAttribute('src') && !/json/.test(type)) found.push(`${where}: inline <script>${s.text.slice(0, 60)}`);
      }
      for (const s of root.querySelectorAll('style')) found.push(`${where}: inline <style>${s.text.slice(0, 60)}`);
      for (const el of root.querySelectorAll('*')) {
        for (const attr of Object.keys(el.attributes)) {
          if (attr === 'style' || /^on[a-z]+$/i.test(attr)) found.push(`${where}: <${el.tagName.toLowerCase()} ${attr}="${el.getAttribute(attr)?.slice(0, 60)}">`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('links every page to the site under the base path, with the government meta tags', () => {
    const problems: string[] = [];
    for (const file of filesIn(dist, ['.html'])) {
      const root = parse(readFileSync(file, 'utf8'));
      const where = relative(dist, file);
      if (root.querySelector('html')?.getAttribute('lang') !== 'zh-CN') problems.push(`${where}: <html lang> is not zh-CN`);
      if (!root.querySelector('meta[name="SiteName"]')?.getAttribute('content')) problems.push(`${where}: no SiteName meta tag`);
      if (!root.querySelector('a.skip-link[href="#main"]') || !root.querySelector('main#main')) problems.push(`${where}: no skip link to main#main`);
      for (const [url] of htmlReferences(root)) {
        if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(BASE)) problems.push(`${where}: root-relative URL outside ${BASE}: ${url}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
