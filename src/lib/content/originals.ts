import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/**
 * How the site serves the original documents it keeps (public/sources/ →
 * /sources/), so that what a reader's browser opens there can run no script,
 * load nothing from outside and read correctly whatever charset the server
 * declares:
 *
 * - a web page (.html, .htm, .xhtml, .svg, .xml) is served as its source
 *   text in a page with a Content-Security-Policy of `default-src 'none'`:
 *   the scripts and analytics tags government pages carry are shown, never run;
 * - a text export (.txt, .md, .csv) gets a UTF-8 byte-order mark, which
 *   browsers obey before any charset the server sends (servers often send
 *   text/plain without one, and Chinese text then shows as mojibake);
 * - every changed file is also kept byte for byte as `<name>.original`
 *   (served as a download: an unknown extension), the file whose SHA-256 the
 *   plan page and the data give.
 *
 * Other formats (.docx, .pdf, .xlsx) are served as they are: browsers
 * download or display them without running page script.
 */

/** Extensions a browser renders as active documents. */
const pageExtensions = new Set(['.html', '.htm', '.xhtml', '.shtml', '.svg', '.xml']);
/** Extensions served as text. */
const textExtensions = new Set(['.txt', '.md', '.csv']);
const bom = new Uint8Array([0xef, 0xbb, 0xbf]);

export const originalSuffix = '.original';

/** Whether the site keeps an exact copy `<name>.original` beside the served form (web pages and text exports). */
export function hasExactCopy(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return pageExtensions.has(ext) || textExtensions.has(ext);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The served form of one original, or null when it is served as it is. */
export function servedOriginal(name: string, bytes: Uint8Array): Uint8Array | null {
  const ext = extname(name).toLowerCase();
  if (pageExtensions.has(ext)) {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const page =
      '\uFEFF<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n' +
      // The page's own policy, whatever the server sends: nothing loads, nothing runs.
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">\n` +
      '<meta name="robots" content="noindex">\n' +
      `<title>原始网页（源代码）：${escapeHtml(name)}</title>\n</head>\n<body>\n` +
      `<p>以下是本站保存的原始网页 ${escapeHtml(name)} 的源代码，以纯文本显示，其中的脚本不会运行。与原文件逐字节相同的副本：<a href="${encodeURIComponent(name)}${originalSuffix}" download>${escapeHtml(name)}${originalSuffix}</a>。</p>\n` +
      `<pre>${escapeHtml(text)}</pre>\n</body>\n</html>\n`;
    return new TextEncoder().encode(page);
  }
  if (textExtensions.has(ext)) {
    if (bytes[0] === bom[0] && bytes[1] === bom[1] && bytes[2] === bom[2]) return null;
    const out = new Uint8Array(bytes.length + bom.length);
    out.set(bom);
    out.set(bytes, bom.length);
    return out;
  }
  return null;
}

/**
 * Rewrites a built site's sources/ folder into its served form (see the
 * module comment): changed files keep their exact bytes as `<name>.original`.
 * Returns the names of the files it changed.
 */
export function publishOriginals(sourcesDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(sourcesDir);
  } catch {
    return [];
  }
  const changed: string[] = [];
  for (const name of names.sort()) {
    // Already served form (its exact copy exists): a second run must not wrap the wrapper.
    if (name.endsWith(originalSuffix) || name.startsWith('.') || names.includes(`${name}${originalSuffix}`)) continue;
    const path = join(sourcesDir, name);
    const bytes = readFileSync(path);
    const served = servedOriginal(name, bytes);
    if (!served) {
      // Already safe to serve (a text with its byte-order mark): the exact copy is the same bytes, so the page's link to it still works.
      if (hasExactCopy(name)) writeFileSync(`${path}${originalSuffix}`, bytes);
      continue;
    }
    writeFileSync(`${path}${originalSuffix}`, bytes);
    writeFileSync(path, served);
    changed.push(name);
  }
  return changed;
}
