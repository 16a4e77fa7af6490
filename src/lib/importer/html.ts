import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';
import { ImportError } from './errors';
import { isHeaderRow, mergedCellMark } from './table';

/**
 * Turns an HTML document (a page saved from a government website, or the
 * HTML mammoth makes of a .docx) into the text form the importer reads:
 * paragraphs become lines, the plan's table becomes a Markdown pipe table
 * with one row per line. Cells a vertically merged cell spans get the merge
 * mark, so the structure reader knows the cell above applies to them.
 * Navigation, share buttons, scripts and footers are left out.
 */
export function htmlToText(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const body = root.querySelector('body') ?? root;
  const lines: string[] = [];
  collect(body, lines, 0);
  return lines.join('\n\n');
}

const skippedTags = new Set([
  'script', 'style', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'noscript', 'iframe', 'input', 'textarea',
  'svg', 'head', 'object', 'embed', 'template', 'map', 'audio', 'video', 'canvas',
]);
// Class and id words government page templates use for chrome around the article.
const chrome =
  /(^|[\s_-])(nav|navbar|menu|share|bdshare|bdsharebuttonbox|footer|foot|breadcrumb|crumbs?|position|location|toolbar|copyright|sidebar|related|xgxx|xgwj|print|fontsize|font-size|login|topbar|top-bar|search|qrcode|ewm|skip|jiathis)([\s_-]|$)/i;
const blockTags = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dd', 'dt', 'dl',
  'blockquote', 'center', 'header', 'tr', 'tbody', 'thead', 'hr', 'figure', 'figcaption', 'address', 'pre',
]);
const maxDepth = 400;

const isElement = (n: Node): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE;
const tagOf = (e: HTMLElement) => (e.rawTagName ?? '').toLowerCase();
const isChrome = (e: HTMLElement) => chrome.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`);

/** Collects the element's text as lines; tables are written as pipe rows. */
function collect(node: HTMLElement, lines: string[], depth: number): void {
  if (depth > maxDepth) throw new ImportError(`the HTML is nested more than ${maxDepth} levels deep: not a saved web page or Word document`);
  let current = '';
  const flush = () => {
    const t = current.replace(/[ \t\r\n\u00a0\u3000]+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  for (const child of node.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      current += child.text;
      continue;
    }
    if (!isElement(child)) continue;
    const tag = tagOf(child);
    if (skippedTags.has(tag) || isChrome(child)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'table' && !child.querySelector('table')) {
      flush();
      tableLines(child, lines, depth);
      continue;
    }
    if (blockTags.has(tag) || tag === 'table' || tag === 'td' || tag === 'th') {
      flush();
      collect(child, lines, depth + 1);
      continue;
    }
    // Inline element: its text continues the current line.
    const inner: string[] = [];
    collect(child, inner, depth + 1);
    current += inner.join(' ');
  }
  flush();
}

/** Text of one table cell, its paragraphs separated by newlines. */
function cellText(cell: HTMLElement, depth: number): string {
  const lines: string[] = [];
  collect(cell, lines, depth + 1);
  return lines.join('\n');
}

/** Escapes a cell for a pipe row; the table reader undoes this (stripMarkup), so literal <…> in the text stays text. */
const pipeCell = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '｜').replace(/\n/g, '<br>');

const span = (e: HTMLElement, name: string) => Math.min(Math.max(Number.parseInt(e.getAttribute(name) ?? '1', 10) || 1, 1), 100);

/**
 * Writes a leaf table: as pipe rows when it is the plan's table (it has a
 * header row or numbered items), as plain lines otherwise (the metadata table
 * many government pages put above the article: 索引号, 发文字号, 发布日期).
 */
function tableLines(table: HTMLElement, lines: string[], depth: number): void {
  const grid: string[][] = [];
  const carry: Array<{ rows: number; text: string }> = [];
  for (const tr of table.querySelectorAll('tr')) {
    const row: string[] = [];
    let col = 0;
    const fillCarried = () => {
      while (carry[col] && carry[col]!.rows > 0) {
        row[col] = carry[col]!.text;
        carry[col]!.rows--;
        col++;
      }
    };
    for (const cell of tr.childNodes.filter(isElement).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th')) {
      fillCarried();
      const text = cellText(cell, depth);
      const rows = span(cell, 'rowspan');
      const cols = span(cell, 'colspan');
      for (let k = 0; k < cols; k++) {
        row[col + k] = k === 0 ? text : '';
        if (rows > 1) carry[col + k] = { rows: rows - 1, text: mergedCellMark };
      }
      col += cols;
    }
    fillCarried();
    for (let c = col; c < carry.length; c++) if (carry[c] && carry[c]!.rows > 0) {
      row[c] = carry[c]!.text;
      carry[c]!.rows--;
    }
    grid.push(Array.from(row, (c) => c ?? ''));
  }
  const numbered = grid.flat().filter((c) => /^\s*(?:\d{1,3}\s?[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/.test(c)).length;
  const isPlanTable = numbered >= 2 || grid.some((r) => isHeaderRow(r));
  for (const row of grid) {
    if (row.every((c) => !c.trim())) continue;
    if (isPlanTable) lines.push(`| ${row.map(pipeCell).join(' | ')} |`);
    else lines.push(row.map((c) => c.replace(/\n/g, ' ').trim()).filter(Boolean).join(' '));
  }
}
