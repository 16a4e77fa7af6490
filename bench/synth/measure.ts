import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Measurements of a built site for the benchmark: sizes on disk, the gzipped
 * weight of each page type and what it loads, and the peak memory of a
 * process tree. Plain functions over the output folder and /proc, so they can
 * be tested on a small fixture.
 */

export interface FolderSize {
  files: number;
  bytes: number;
}

export function folderSize(dir: string): FolderSize {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** Every HTML page of the output, as paths relative to it with forward slashes. */
export function htmlPages(outDir: string): string[] {
  return readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Page types the targets talk about, by URL shape (see src/lib/urls.ts). */
export type PageType = 'home' | 'plan' | 'unit' | 'unit-index' | 'theme' | 'theme-index' | 'year' | 'region' | 'data' | 'search' | 'other';

export function pageType(page: string): PageType {
  if (page === 'index.html') return 'home';
  const parts = page.split('/');
  const [top, second] = parts;
  // A detail page, or one of its numbered continuation pages (themes/<id>/2/).
  const leaf = (parts.length === 3 || (parts.length === 4 && /^\d+$/.test(parts[2]!))) && parts[parts.length - 1] === 'index.html';
  const index = parts.length === 2 && second === 'index.html';
  if (top === 'plans' && leaf) return 'plan';
  if (top === 'units') return leaf ? 'unit' : index ? 'unit-index' : 'other';
  if (top === 'themes') return leaf ? 'theme' : index ? 'theme-index' : 'other';
  if (top === 'years' && (leaf || index)) return 'year';
  if (top === 'regions' && (leaf || index)) return 'region';
  if (top === 'data' && index) return 'data';
  if (top === 'search' && index) return 'search';
  return 'other';
}

export interface PageWeight {
  page: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** External scripts plus inline scripts (JSON data blocks excluded). */
  scripts: number;
}

const gzipCache = new Map<string, number>();

function gzipSize(path: string): number {
  let size = gzipCache.get(path);
  if (size === undefined) {
    size = gzipSync(readFileSync(path), { level: 9 }).length;
    gzipCache.set(path, size);
  }
  return size;
}

/**
 * Finds the file an absolute URL of the page refers to. The site may be built
 * for a sub-path (/zwgk/fgfa/…), so leading path segments are dropped until
 * the rest names a file in the output.
 */
export function resolveAsset(outDir: string, href: string): string | null {
  const path = decodeURIComponent(href.split(/[?#]/)[0] ?? '');
  if (/^[a-z]+:/i.test(path) || path.startsWith('//')) return null;
  const parts = path.split('/').filter((p) => p !== '');
  for (let i = 0; i < parts.length; i++) {
    const candidate = join(outDir, ...parts.slice(i));
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Gzipped weight of one page: its HTML, the stylesheets and scripts it loads (shared files counted per page). */
export function pageWeight(outDir: string, page: string): PageWeight {
  const file = join(outDir, page);
  const html = readFileSync(file, 'utf8');
  let cssGzip = 0;
  let jsGzip = 0;
  let scripts = 0;
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/rel=["']?stylesheet/i.test(tag)) continue;
    const href = /href=["']?([^"' >]+)/i.exec(tag)?.[1];
    const asset = href ? resolveAsset(outDir, href) : null;
    if (asset) cssGzip += gzipSize(asset);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    // JSON and JSON-LD blocks are data, not code the browser runs.
    if (/type=["']?application\/(ld\+)?json/i.test(attrs)) continue;
    const src = /src=["']?([^"' >]+)/i.exec(attrs)?.[1];
    if (src) {
      scripts++;
      const asset = resolveAsset(outDir, src);
      if (asset) jsGzip += gzipSize(asset);
    } else if ((m[2] ?? '').trim() !== '') {
      scripts++;
      jsGzip += gzipSync(m[2]!, { level: 9 }).length;
    }
  }
  // Module preloads are script the page downloads even before running it.
  for (const m of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/gi)) {
    const href = /href=["']?([^"' >]+)/i.exec(m[0])?.[1];
    const asset = href ? resolveAsset(outDir, href) : null;
    if (asset) {
      scripts++;
      jsGzip += gzipSize(asset);
    }
  }
  return { page, htmlGzip: gzipSync(html, { level: 9 }).length, cssGzip, jsGzip, scripts };
}

export interface TypeWeight {
  type: PageType;
  /** How many pages of this type the site has. */
  pages: number;
  /** How many were measured (an even sample across the sorted list). */
  sampled: number;
  htmlGzipMedian: number;
  htmlGzipMax: number;
  /** The heaviest page measured. */
  heaviest: string;
  cssGzipMax: number;
  jsGzipMax: number;
  scriptsMax: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Weight per page type, measuring at most `sample` pages of each type (evenly spread, deterministic). */
export function weightsByType(outDir: string, sample = 200): TypeWeight[] {
  const byType = new Map<PageType, string[]>();
  for (const page of htmlPages(outDir)) {
    const type = pageType(page);
    byType.set(type, [...(byType.get(type) ?? []), page]);
  }
  const result: TypeWeight[] = [];
  for (const [type, pages] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const step = Math.max(1, pages.length / sample);
    const chosen = new Set<string>();
    for (let i = 0; i < pages.length && chosen.size < sample; i += step) chosen.add(pages[Math.floor(i)]!);
    const weights = [...chosen].map((p) => pageWeight(outDir, p));
    const heaviest = weights.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a));
    result.push({
      type,
      pages: pages.length,
      sampled: weights.length,
      htmlGzipMedian: median(weights.map((w) => w.htmlGzip)),
      htmlGzipMax: heaviest.htmlGzip,
      heaviest: heaviest.page,
      cssGzipMax: Math.max(...weights.map((w) => w.cssGzip)),
      jsGzipMax: Math.max(...weights.map((w) => w.jsGzip)),
      scriptsMax: Math.max(...weights.map((w) => w.scripts)),
    });
  }
  return result;
}

/** Resident memory of every process in a process group, from /proc (Linux). */
export function processGroupRss(pgid: number): { total: number; largest: number; processes: number } {
  let total = 0;
  let largest = 0;
  let processes = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return { total, largest, processes };
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      total += kb * 1024;
      largest = Math.max(largest, kb * 1024);
      processes++;
    } catch {
      // The process ended between listing and reading; it no longer holds memory.
    }
  }
  return { total, largest, processes };
}
