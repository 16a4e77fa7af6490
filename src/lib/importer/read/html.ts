import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';
import { ImportError } from '../errors';
import { rowText, type GridCell, type SourceDocument, type SourceLine } from './source-document';
import { isHeaderRow } from '../header';

/**
 * Reads an HTML document (a page saved from a government website, or the
 * HTML mammoth makes of a .docx) into lines: paragraphs become text lines,
 * the plan's table becomes grid rows whose cells keep their spans (a cell a
 * rowspan covers is marked merged, one a colspan covers spanned), so the
 * structure reader works on the table itself. Navigation, share buttons,
 * scripts and footers are left out. Lines are numbered by block (paragraph or
 * table row), the unit review messages point at.
 */
export function htmlToDocument(html: string): SourceDocument {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  // A page whose <body> tag the parser lost (markup before it) still has its content under <html>.
  const body = root.querySelector('body') ?? root.querySelector('html') ?? root;
  const blocks: Block[] = [];
  const counter: Counter = { tables: 0, planWidth: 0, notes: [] };
  collect(body, blocks, 0, counter);
  const lines: SourceLine[] = blocks.map((b, i) => (typeof b === 'string' ? { text: b, line: i + 1 } : { text: rowText(b.cells), line: i + 1, cells: b.cells, table: b.table }));
  return { lines, notes: counter.notes };
}

/** A paragraph, or a row of the plan's table. */
type Block = string | { cells: GridCell[]; table: number };
/** Tables seen so far, the width of the last one read as the plan's (0 before any), and what the review report should say. */
interface Counter {
  tables: number;
  planWidth: number;
  notes: string[];
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

/** Collects the element's text as blocks; the plan's tables as grid rows. */
function collect(node: HTMLElement, lines: Block[], depth: number, counter: Counter): void {
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
      tableLines(child, lines, depth, counter);
      continue;
    }
    if (blockTags.has(tag) || tag === 'table' || tag === 'td' || tag === 'th') {
      flush();
      collect(child, lines, depth + 1, counter);
      continue;
    }
    // Inline element: its text continues the current line.
    const inner: Block[] = [];
    collect(child, inner, depth + 1, counter);
    current += inner.map((b) => (typeof b === 'string' ? b : rowText(b.cells))).join(' ');
  }
  flush();
}

/** Text of one table cell, its paragraphs separated by newlines. */
function cellText(cell: HTMLElement, depth: number, counter: Counter): string {
  const lines: Block[] = [];
  collect(cell, lines, depth + 1, counter);
  return lines.map((b) => (typeof b === 'string' ? b : rowText(b.cells))).join('\n');
}

const span = (e: HTMLElement, name: string) => Math.min(Math.max(Number.parseInt(e.getAttribute(name) ?? '1', 10) || 1, 1), 100);

/**
 * Writes a leaf table: as grid rows when it is the plan's table (it has a
 * header row or numbered items), as plain lines otherwise (the metadata table
 * many government pages put above the article: 索引号, 发文字号, 发布日期).
 */
function tableLines(element: HTMLElement, lines: Block[], depth: number, counter: Counter): void {
  const grid: GridCell[][] = [];
  const carry: Array<{ rows: number }> = [];
  const trCells = (tr: HTMLElement) => tr.childNodes.filter(isElement).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th');
  const trs = element.querySelectorAll('tr');
  const rowWidth = (tr: HTMLElement) => trCells(tr).reduce((n, c) => n + span(c, 'colspan'), 0);
  const width = Math.max(0, ...trs.map(rowWidth));
  for (const tr of trs) {
    const row: GridCell[] = [];
    let col = 0;
    // Word exports rowspans that count rows the page no longer has (平潭 2016 粮食安全 考核表): a row then finds
    // its columns taken and would run off the table's right edge, as a browser draws it. Such a row stands in
    // the table's last columns, as its cells say, and the spans above it end there.
    const need = rowWidth(tr);
    const free = Array.from({ length: width }, (_, c) => c).filter((c) => !(carry[c] && carry[c]!.rows > 0)).length;
    const overflows = need > free && need <= width;
    const startAt = overflows ? width - need : 0;
    if (overflows) for (let c = startAt; c < width; c++) if (carry[c]) carry[c]!.rows = 0;
    const fillCarried = () => {
      while ((carry[col] && carry[col]!.rows > 0) || col < startAt) {
        row[col] = carry[col] && carry[col]!.rows > 0 ? { text: '', merged: true } : { text: '' };
        if (carry[col] && carry[col]!.rows > 0) carry[col]!.rows--;
        col++;
      }
    };
    for (const cell of trCells(tr)) {
      fillCarried();
      const text = cellText(cell, depth, counter);
      const rows = span(cell, 'rowspan');
      const cols = span(cell, 'colspan');
      for (let k = 0; k < cols; k++) {
        row[col + k] = k === 0 ? { text } : { text: '', spanned: true };
        if (rows > 1) carry[col + k] = { rows: rows - 1 };
      }
      col += cols;
    }
    fillCarried();
    for (let c = col; c < carry.length; c++)
      if (carry[c] && carry[c]!.rows > 0) {
        row[c] = { text: '', merged: true };
        carry[c]!.rows--;
      }
    grid.push(Array.from(row, (c) => c ?? { text: '' }));
  }
  const texts = grid.map((r) => r.map((c) => c.text));
  const numbered = texts.flat().filter((c) => /^\s*(?:\d{1,3}\s?[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/.test(c)).length;
  const bareNumbers = texts.filter((r) => r.some((c) => /^\s*\d{1,3}\s*$/.test(c))).length;
  // A table as wide as the plan's table before it, with two filled cells or more in a row, goes on with it: a table
  // broken at a page (a Word or PDF page pasted into the site), its header not repeated and too few rows to tell by.
  const continues = counter.planWidth >= 3 && width === counter.planWidth && texts.some((r) => r.filter((c) => c.trim()).length >= 2);
  const isPlanTable = numbered >= 2 || bareNumbers >= 3 || texts.some((r) => isHeaderRow(r)) || continues;
  if (isPlanTable) counter.planWidth = width;
  const table = counter.tables++;
  // Its first row, with no 序号 and its words cut off mid-sentence in the row before the break, is the rest of that row.
  const first = texts.findIndex((r) => r.some((c) => c.trim()));
  const cutRow = continues && first >= 0 && !texts[first]![0]!.trim() && !grid[first]![0]!.merged ? lastRow(lines, width) : undefined;
  if (cutRow && cutRow.cells.some((c) => c.text.trim() && !/[。；;！？!?]\s*$/.test(c.text))) {
    cutRow.cells = cutRow.cells.map((c, k) => {
      const rest = texts[first]![k]!.trim();
      return rest ? { ...c, text: c.text.trim() ? `${c.text}${/[。；;！？!?）)]\s*$/.test(c.text) ? '\n' : ''}${rest}` : rest } : c;
    });
    grid.splice(first, 1);
    texts.splice(first, 1);
    counter.notes.push(`line ${lines.indexOf(cutRow) + 1}: the first row of the table after it, with no 序号, goes on with this row's words cut at a page: joined to it (check the row against the original)`);
  }
  if (continues && !texts.some((r) => isHeaderRow(r)) && numbered < 2 && bareNumbers < 3) {
    counter.notes.push(`line ${lines.length + 1}: a table with no header, as wide as the plan's table before it, read as that table going on after a page break`);
  }
  for (const [i, row] of grid.entries()) {
    if (texts[i]!.every((c) => !c.trim())) continue;
    if (isPlanTable) lines.push({ cells: row, table });
    else {
      const filled = texts[i]!.map((c) => c.trim()).filter(Boolean);
      // A layout table: one cell holding the whole article (gov.cn's UCAP-CONTENT), its paragraphs lines of their own.
      if (filled.length === 1) lines.push(...filled[0]!.split('\n').map((p) => p.trim()).filter(Boolean));
      else lines.push(filled.map((c) => c.replace(/\n/g, ' ')).join(' '));
    }
  }
}

/** The last table row among the blocks so far, when it has `width` cells (paragraphs after it, a page number, skipped). */
function lastRow(lines: Block[], width: number): { cells: GridCell[]; table: number } | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const b = lines[i]!;
    if (typeof b !== 'string') return b.cells.length === width ? b : undefined;
  }
  return undefined;
}
