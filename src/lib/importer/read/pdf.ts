import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ImportError } from '../errors';
import { rowText, type GridCell, type SourceDocument, type SourceLine } from './source-document';

/**
 * Reads a PDF's text layer with pdf.js and rebuilds the document from the
 * positions of its text: items on one baseline make a line; tables come from
 * the ruled lines the PDF draws (cells, merges and spans read off which
 * borders are there), or, where a table has no rules, from the x positions
 * of its text. Page headers and footers (page numbers, lines repeated at the
 * top or bottom of most pages) are dropped. A PDF with no text layer (a scan)
 * is refused: there is nothing to read without OCR.
 */
export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
  const pages = await loadPages(bytes);
  const textChars = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.replace(/\s/g, '').length, 0), 0);
  if (textChars < minTextCharsPerPage * pages.length) {
    throw new ImportError(
      `the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'}, ${textChars} characters of text): it is a scanned image. ` +
        'Run OCR on it (e.g. ocrmypdf -l chi_sim in.pdf out.pdf) and import the result, or ask the publisher for the text version (.docx, .html or a text PDF)',
    );
  }
  const { kept, dropped } = dropPageMargins(pages.map(pageBlocks));
  const textLines = kept.flat().flatMap((b) => (b.kind === 'text' ? [b.line] : []));
  const out = new Output(Math.min(...textLines.map((l) => l.x0)), Math.max(...textLines.map((l) => l.x1)));
  for (const blocks of kept) for (const b of blocks) out.add(b);
  const notes = [`read from a PDF: ${pages.length} page${pages.length === 1 ? '' : 's'}, ${dropped} page header${dropped === 1 ? '' : 's'}/footers dropped`];
  if (out.repeatedHeaders) notes.push(`${out.repeatedHeaders} table header row${out.repeatedHeaders === 1 ? '' : 's'} repeated on later pages dropped`);
  if (out.unruledTables) notes.push('a table without ruled lines was read from the positions of its text: check its rows');
  return { lines: out.lines.map((l, i) => ({ ...l, line: i + 1 })), notes };
}

/** Fewer characters than this per page on average: the text is only page numbers or stamps over a scan. */
const minTextCharsPerPage = 5;
/** Plans run to tens of pages; far more is not a plan, and would take long to read. */
const maxPages = 400;

// ---------------------------------------------------------------- loading

interface Item {
  str: string;
  /** Left end and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  w: number;
  size: number;
}
/** A ruled line: horizontal (at = y, a..b = x range) or vertical (at = x, a..b = y range). */
interface Rule {
  at: number;
  a: number;
  b: number;
}
interface Page {
  height: number;
  items: Item[];
  hRules: Rule[];
  vRules: Rule[];
}

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** pdf.js takes half a second to load: only imports of a PDF pay for it. */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

async function loadPages(bytes: Uint8Array): Promise<Page[]> {
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    // Chinese PDFs often use the predefined CJK encodings (GBK-EUC-H, UniGB-UCS2-H): their CMaps come with pdfjs-dist.
    cMapUrl: join(pdfjsDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
    stopAtErrors: false,
  });
  try {
    const pdf = await task.promise;
    if (pdf.numPages > maxPages) throw new ImportError(`the PDF has ${pdf.numPages} pages; plans are far shorter (limit ${maxPages})`);
    const pages: Page[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await loadPage(await pdf.getPage(n), pdfjs.OPS));
    return pages;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') throw new ImportError('the PDF is password-protected: ask the publisher for an unprotected copy or the text version');
    throw new ImportError(`not a readable PDF (${e instanceof Error ? e.message.split('\n')[0] : String(e)}): save it again from the program that made it, or import the .docx/text version`);
  } finally {
    await task.destroy();
  }
}

async function loadPage(page: PDFPageProxy, OPS: PdfJs['OPS']): Promise<Page> {
  const [, y0, , y1] = page.view;
  const content = await page.getTextContent();
  const items: Item[] = [];
  for (const it of content.items) {
    if (!('str' in it) || !it.str.trim()) continue;
    const t = (it as TextItem).transform as number[];
    const size = Math.hypot(t[2]!, t[3]!) || it.height || 10;
    items.push({ str: it.str, x: t[4]!, y: t[5]!, w: it.width, size });
  }
  const { h, v } = pageRules(await page.getOperatorList(), OPS);
  page.cleanup();
  return { height: Math.abs((y1 ?? 0) - (y0 ?? 0)) || 842, items, hRules: mergeRules(h), vRules: mergeRules(v) };
}

type Matrix = [number, number, number, number, number, number];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  n[0] * m[0] + n[1] * m[2],
  n[0] * m[1] + n[1] * m[3],
  n[2] * m[0] + n[3] * m[2],
  n[2] * m[1] + n[3] * m[3],
  n[4] * m[0] + n[5] * m[2] + m[4],
  n[4] * m[1] + n[5] * m[3] + m[5],
];
/** pdf.js path opcodes inside constructPath (DrawOPS) and how many numbers each takes. */
const pathArgs = [2, 2, 6, 4, 0];
/** Thicker than this, a filled rectangle is a shaded area, not a border drawn as a thin box (as Word and WPS draw them). */
const maxRuleWidth = 2.5;
const minRuleLength = 3;

/** The horizontal and vertical lines a page draws, in page coordinates. */
function pageRules(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: PdfJs['OPS']): { h: Rule[]; v: Rule[] } {
  const strokeOps = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set<number>([OPS.fill, OPS.eoFill]);
  const h: Rule[] = [];
  const v: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const segment = (p: [number, number], q: [number, number]) => {
    if (Math.abs(p[1] - q[1]) < 0.5 && Math.abs(p[0] - q[0]) >= minRuleLength) h.push({ at: p[1], a: Math.min(p[0], q[0]), b: Math.max(p[0], q[0]) });
    else if (Math.abs(p[0] - q[0]) < 0.5 && Math.abs(p[1] - q[1]) >= minRuleLength) v.push({ at: p[0], a: Math.min(p[1], q[1]), b: Math.max(p[1], q[1]) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath && args) {
      const draw = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || !(strokeOps.has(draw) || fillOps.has(draw))) continue;
      const points: Array<[number, number]> = [];
      let start: [number, number] = [0, 0];
      let cur: [number, number] = [0, 0];
      for (let k = 0; k < data.length; ) {
        const op = data[k++]!;
        const n = pathArgs[op];
        if (n === undefined) break;
        const nums = Array.from({ length: n }, () => data[k++]!);
        if (op === 4) {
          if (strokeOps.has(draw)) segment(cur, start);
          cur = start;
          continue;
        }
        const p = apply(ctm, nums[n - 2]!, nums[n - 1]!);
        points.push(p);
        if (op === 1 && strokeOps.has(draw)) segment(cur, p);
        if (op === 0) start = p;
        cur = p;
      }
      if (fillOps.has(draw) && points.length >= 2) {
        // A border drawn as a thin filled box.
        const xs = points.map((p) => p[0]);
        const ys = points.map((p) => p[1]);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        if (y1 - y0 <= maxRuleWidth && x1 - x0 >= minRuleLength) h.push({ at: (y0 + y1) / 2, a: x0, b: x1 });
        else if (x1 - x0 <= maxRuleWidth && y1 - y0 >= minRuleLength) v.push({ at: (x0 + x1) / 2, a: y0, b: y1 });
      }
    }
  }
  return { h, v };
}

/** Joins pieces of one line (same position, touching or overlapping), as border segments are often drawn cell by cell. */
function mergeRules(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((p, q) => p.at - q.at || p.a - q.a);
  const out: Rule[] = [];
  for (const r of sorted) {
    const last = out.find((o) => Math.abs(o.at - r.at) <= ruleTolerance && r.a <= o.b + ruleTolerance);
    if (last) last.b = Math.max(last.b, r.b);
    else out.push({ ...r });
  }
  return out;
}

// ---------------------------------------------------------------- a page's blocks

/** Borders closer than this (points) are one border: double lines, rounding, line width. */
const ruleTolerance = 2;
/** Rules running on this far past a table's outermost rule across them mark a side left open: about a character. */
const openSide = 8;

/** A line of text on the page: the items on one baseline, left to right. */
interface TextLine {
  y: number;
  x0: number;
  x1: number;
  size: number;
  items: Item[];
  text: string;
}
type Block =
  | { kind: 'text'; top: number; line: TextLine }
  | {
      kind: 'table';
      top: number;
      /** Where the borders between columns lie (x ranges): a table on the next page with the same borders continues it. */
      borders: Gap[];
      ruled: boolean;
      rows: GridCell[][];
      mergedColumns: Set<number>;
    };

function pageBlocks(page: Page): { height: number; blocks: Block[] } {
  const blocks: Block[] = [];
  let items = page.items;
  for (const grid of findGrids(withoutUnderlines(page.hRules, page.items), page.vRules)) {
    items = items.flatMap((i) => (grid.contains(i) ? splitAtBorders(i, grid.xs) : [i]));
    const inside = items.filter((i) => grid.contains(i));
    if (!inside.length) continue;
    items = items.filter((i) => !grid.contains(i));
    blocks.push(ruledTable(grid, inside));
  }
  const lines = textLines(items);
  blocks.push(...unruledTables(lines));
  blocks.sort((p, q) => q.top - p.top);
  return { height: page.height, blocks };
}

/**
 * Text underlined (下划线 under a deadline, a whole cell's text as some pages set it) is a horizontal stroke just
 * under a line's baseline, no wider than its text; taken for a rule it would cut a table's row at every line. A cell's
 * border runs past its text to the cell's edge, or stands clear of the baseline.
 */
function withoutUnderlines(hRules: Rule[], items: Item[]): Rule[] {
  // Each run of text a line holds (the cells on one baseline are runs of their own): a border under one cell spans
  // its padding too, so it is wider than the run above it.
  const runs = textLines(items).flatMap((l) => segments(l).map((g) => ({ ...g, y: l.y, size: l.size })));
  return hRules.filter((r) => !runs.some((g) => g.y - r.at > 0 && g.y - r.at <= g.size * 0.25 && r.a >= g.x0 - 1 && r.b <= g.x1 + 1));
}

/**
 * pdf.js joins the text of two cells that stand on one baseline into one item where the gap between them is narrow,
 * writing a space for the gap (区市，平潭综合实 办好: the end of a units cell's line and the start of the next cell's):
 * such an item is cut at the space nearest the column border it runs across. Where each character stands is estimated
 * from its width class (a Chinese character a font size, other characters half).
 */
function splitAtBorders(item: Item, xs: readonly number[]): Item[] {
  const border = xs.find((x) => x > item.x + item.size / 2 && x < item.x + item.w - item.size / 2);
  if (border === undefined || !item.str.includes(' ')) return [item];
  const chars = [...item.str];
  const unit = item.w / chars.reduce((n, c) => n + widthClass(c), 0);
  let best = -1;
  let bestGap = Infinity;
  let at = item.x;
  chars.forEach((c, k) => {
    if (c === ' ' && Math.abs(at - border) < bestGap) [best, bestGap] = [k, Math.abs(at - border)];
    at += widthClass(c) * unit;
  });
  const left = chars.slice(0, best).join('').trimEnd();
  const right = chars.slice(best + 1).join('').trimStart();
  if (!left || !right || bestGap > item.size * 2) return [item];
  const rightWidth = [...right].reduce((n, c) => n + widthClass(c), 0) * unit;
  // Each part may run across a further border.
  return [
    ...splitAtBorders({ ...item, str: left, w: Math.min(item.w, border - item.x) }, xs),
    ...splitAtBorders({ ...item, str: right, x: item.x + item.w - rightWidth, w: rightWidth }, xs),
  ];
}

/** A character's width in font sizes, roughly: a Chinese character (or full-width form) one, any other half. */
const widthClass = (c: string) => (/[\u2e80-\u9fff\uf900-\uffef]/u.test(c) ? 1 : 0.5);

/** Groups items into lines by baseline (within half the font size), each sorted by x. */
function textLines(items: Item[]): TextLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0]!.y - it.y) <= Math.min(g[0]!.size, it.size) * 0.5) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => {
    g.sort((p, q) => p.x - q.x);
    return { y: g[0]!.y, x0: g[0]!.x, x1: Math.max(...g.map((i) => i.x + i.w)), size: Math.max(...g.map((i) => i.size)), items: g, text: joinItems(g) };
  });
}

/** The text of items on one line: a space where there is a visible gap, none between Chinese and the digits next to it. */
function joinItems(items: Item[]): string {
  let s = '';
  let end = -Infinity;
  for (const it of items) {
    if (s && it.x - end > it.size * 0.25) s += ' ';
    s += it.str;
    end = it.x + it.w;
  }
  return tidy(withoutJustifiedSpacing(s));
}

const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
// Word and LibreOffice set a gap between Chinese and Latin letters or digits
// (autospace), which text extraction turns into a space the author never typed.
const autospace = new RegExp(`(?<=[${cjk}]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) (?=[${cjk}])`, 'gu');
const tidy = (s: string) => s.replace(/[ \t\u00a0]+/g, ' ').replace(autospace, '').trim();

// Chinese text's curly quotes (“双随机、一公开”) are set apart with the characters beside them.
const cjkPair = new RegExp(`(?<=[${cjk}\u2018-\u201d])( *)(?=[${cjk}\u2018-\u201d])`, 'gu');
/**
 * A line set justified or distributed (两端对齐, 分散对齐, as table cells often are) has its characters spread apart,
 * and pdf.js writes each wider gap as a space: 区 直 有 关 单位. Where most characters of a line stand apart like
 * that, the spaces between Chinese characters are spacing, not words the author separated (区财政局 区教育局 keeps
 * its space: one gap among many characters set close). A line of two characters set apart (关 单, in a narrow
 * cell) is spacing too.
 */
function withoutJustifiedSpacing(s: string): string {
  const pairs = [...s.matchAll(cjkPair)];
  const spaced = pairs.filter((m) => m[1]).length;
  return spaced > 0 && spaced * 2 >= pairs.length ? s.replace(cjkPair, '') : s;
}

// ---------------------------------------------------------------- ruled tables

interface Grid {
  /** Column borders, left to right. */
  xs: number[];
  /** Row borders, top to bottom (y decreasing). */
  ys: number[];
  hRules: Rule[];
  vRules: Rule[];
  contains(i: Item): boolean;
}

const anchor = (i: Item): [number, number] => [i.x + Math.min(i.w, i.size) / 2, i.y + i.size * 0.3];

/** Sorted distinct positions, positions closer than the tolerance taken as one. */
function cluster(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((p, q) => p - q)) {
    if (out.length && v - out[out.length - 1]! <= ruleTolerance) continue;
    out.push(v);
  }
  return out;
}

/** Tables drawn with ruled lines: sets of crossing horizontal and vertical lines with at least two columns and one row. */
function findGrids(hRules: Rule[], vRules: Rule[]): Grid[] {
  const all = [...hRules.map((r) => ({ r, h: true })), ...vRules.map((r) => ({ r, h: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const t = ruleTolerance;
  all.forEach((p, i) => {
    if (!p.h) return;
    all.forEach((q, j) => {
      if (q.h) return;
      if (q.r.at >= p.r.a - t && q.r.at <= p.r.b + t && p.r.at >= q.r.a - t && p.r.at <= q.r.b + t) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, typeof all>();
  all.forEach((p, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), p]));
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const h = g.filter((p) => p.h).map((p) => p.r);
    const v = g.filter((p) => !p.h).map((p) => p.r);
    const xs = cluster(v.map((r) => r.at));
    const ys = cluster(h.map((r) => r.at)).reverse();
    // A single vertical rule is a table only with rows ruled across it (a two-column table open at both sides).
    if (!xs.length || !ys.length || (xs.length < 2 && ys.length < 3)) continue;
    // A table open at its sides (no outer vertical rule, as many are set) has its horizontal rules run on past its last
    // vertical one: where they end is the outer column's edge.
    const [hLeft, hRight] = [Math.min(...h.map((r) => r.a)), Math.max(...h.map((r) => r.b))];
    if (hLeft < xs[0]! - openSide) xs.unshift(hLeft);
    if (hRight > xs[xs.length - 1]! + openSide) xs.push(hRight);
    // The same at the top and bottom: a row a page break cuts has its vertical rules run on to the page's text edge,
    // with no horizontal rule closing it there (as the rest of a table's last row on the next page, ruled only under it).
    const [vBottom, vTop] = [Math.min(...v.map((r) => r.a)), Math.max(...v.map((r) => r.b))];
    if (vTop > ys[0]! + openSide) ys.unshift(vTop);
    if (vBottom < ys[ys.length - 1]! - openSide) ys.push(vBottom);
    if (xs.length < 3 || ys.length < 2) continue;
    const [left, right, top, bottom] = [xs[0]!, xs[xs.length - 1]!, ys[0]!, ys[ys.length - 1]!];
    grids.push({
      xs,
      ys,
      hRules: h,
      vRules: v,
      contains: (i) => {
        const [x, y] = anchor(i);
        return x >= left && x <= right && y <= top && y >= bottom;
      },
    });
  }
  return grids;
}

const covered = (rules: Rule[], at: number, pos: number) => rules.some((r) => Math.abs(r.at - at) <= ruleTolerance && pos >= r.a - ruleTolerance && pos <= r.b + ruleTolerance);
const bandOf = (edges: number[], v: number, descending = false) => {
  for (let k = 0; k < edges.length - 1; k++) {
    const [p, q] = [edges[k]!, edges[k + 1]!];
    if (descending ? v <= p && v >= q : v >= p && v <= q) return k;
  }
  return -1;
};

/**
 * Reads a ruled table: a grid cell whose top border is missing belongs to the
 * cell above (a vertical merge), one whose left border is missing to the cell
 * on its left (a span). Each cell's text goes to the cell it belongs to.
 */
function ruledTable(grid: Grid, items: Item[]): Block {
  const { xs, ys } = grid;
  const nRows = ys.length - 1;
  const nCols = xs.length - 1;
  const origin: Array<Array<[number, number]>> = [];
  const kind: Array<Array<'cell' | 'merged' | 'spanned'>> = [];
  for (let r = 0; r < nRows; r++) {
    origin.push([]);
    kind.push([]);
    const ymid = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < nCols; c++) {
      const xmid = (xs[c]! + xs[c + 1]!) / 2;
      if (c > 0 && !covered(grid.vRules, xs[c]!, ymid)) {
        origin[r]!.push(origin[r]![c - 1]!);
        kind[r]!.push('spanned');
      } else if (r > 0 && !covered(grid.hRules, ys[r]!, xmid)) {
        origin[r]!.push(origin[r - 1]![c]!);
        kind[r]!.push('merged');
      } else {
        origin[r]!.push([r, c]);
        kind[r]!.push('cell');
      }
    }
  }
  const byCell = new Map<string, { items: Item[]; right: number }>();
  for (const it of items) {
    const [x, y] = anchor(it);
    const r = bandOf(ys, y, true);
    const c = bandOf(xs, x);
    if (r < 0 || c < 0) continue;
    const [or, oc] = origin[r]![c]!;
    const key = `${or},${oc}`;
    const cell = byCell.get(key) ?? { items: [], right: xs[c + 1]! };
    cell.items.push(it);
    cell.right = Math.max(cell.right, xs[c + 1]!);
    byCell.set(key, cell);
  }
  const rows: GridCell[][] = [];
  const mergedColumns = new Set<number>();
  for (let r = 0; r < nRows; r++) {
    const cells: GridCell[] = kind[r]!.map((k, c) => {
      if (k === 'spanned') return { text: '', spanned: true };
      if (k === 'merged') {
        mergedColumns.add(c);
        return { text: '', merged: true };
      }
      const cell = byCell.get(`${r},${c}`);
      return { text: cell ? cellText(textLines(cell.items), cell.right) : '' };
    });
    if (cells.some((c) => c.text)) rows.push(cells);
  }
  return { kind: 'table', top: ys[0]!, borders: xs.slice(1, -1).map((x): Gap => [x - ruleTolerance, x + ruleTolerance]), ruled: true, rows, mergedColumns };
}

const listMarker = /^(?:\d{1,3}\s*[.．、)）]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十\d]{1,3}[条项部分])/;

/**
 * The text of a cell from its lines: a line wrapped at the cell's right edge
 * continues on the next line; a next line starting with a list number, or a
 * line ending well short of the edge (or short of it after a full stop),
 * ends a paragraph ("\n"). Wrapped lines can end a character or two short
 * (padding, and 头， moved whole to the next line since ， cannot start one).
 */
function cellText(lines: TextLine[], right: number): string {
  let s = '';
  lines.forEach((l, k) => {
    const prev = lines[k - 1];
    if (prev) s += endsParagraph(prev, l, right) ? '\n' : joiner(s, l.text);
    s += l.text;
  });
  return s;
}

const endsParagraph = (line: TextLine, next: TextLine, right: number) => {
  const short = (right - line.x1) / line.size;
  return listMarker.test(next.text) || short > 3 || (short > 1 && /[。；;：:！!？?]$/.test(line.text));
};

/** Wrapped Latin words get their space back; Chinese has none. */
const joiner = (before: string, after: string) => (/[A-Za-z0-9,.;:]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? ' ' : '');

// ---------------------------------------------------------------- tables without rules

/** A gap wider than this many font sizes between items on a line may separate table columns (cell padding is about this). */
const columnGap = 0.5;

interface Segment {
  x0: number;
  x1: number;
  items: Item[];
}
type Gap = [number, number];

/** The line's runs of text, split where a gap could be a column border. */
function segments(line: TextLine): Segment[] {
  const out: Segment[] = [];
  for (const it of line.items) {
    const last = out[out.length - 1];
    if (last && it.x - last.x1 <= columnGap * it.size) {
      last.items.push(it);
      last.x1 = Math.max(last.x1, it.x + it.w);
    } else out.push({ x0: it.x, x1: it.x + it.w, items: [it] });
  }
  return out;
}

/** What is left of the gaps where the segments have no text; gaps narrower than the minimum are closed. */
function narrowGaps(gaps: Gap[], segs: Segment[], min: number): Gap[] {
  let out = gaps;
  for (const s of segs) {
    out = out.flatMap(([a, b]): Gap[] => (s.x1 <= a || s.x0 >= b ? [[a, b]] : [...(s.x0 > a ? [[a, s.x0] as Gap] : []), ...(s.x1 < b ? [[s.x1, b] as Gap] : [])]));
  }
  return out.filter(([a, b]) => b - a >= min);
}

const gapsOf = (segs: Segment[]): Gap[] => segs.slice(1).map((s, k) => [segs[k]!.x1, s.x0]);

/**
 * Finds tables without ruled lines among the page's lines: a run of lines
 * sharing vertical gaps where none of them has text (the column borders),
 * two lines at least with text on both sides of a gap. A line whose text
 * crosses a column border (a paragraph across the page) ends the run. Other
 * lines stay text lines.
 */
function unruledTables(lines: TextLine[]): Block[] {
  const blocks: Block[] = [];
  const text = (line: TextLine): Block => ({ kind: 'text', top: line.y + line.size, line });
  let k = 0;
  while (k < lines.length) {
    const first = segments(lines[k]!);
    const min = columnGap * lines[k]!.size;
    let gaps = gapsOf(first).filter(([a, b]) => b - a >= min);
    const run = [first];
    let j = k + 1;
    for (; gaps.length && j < lines.length; j++) {
      const segs = segments(lines[j]!);
      const next = narrowGaps(gaps, segs, min);
      if (lines[j - 1]!.y - lines[j]!.y > lines[j]!.size * 3 || next.length < gaps.length) break;
      gaps = next;
      run.push(segs);
    }
    gaps = withoutLetterSpacing(gaps, run);
    const spread = run.filter((segs) => gaps.filter(([a]) => segs.some((s) => s.x1 <= a) && segs.some((s) => s.x0 >= a)).length > 0);
    if (!gaps.length || spread.length < 2) {
      blocks.push(text(lines[k]!));
      k++;
      continue;
    }
    blocks.push(unruledRows(lines.slice(k, j), run, gaps));
    k = j;
  }
  return blocks;
}

/**
 * The gaps that are column borders, not the spacing inside a name set out to
 * the width of three characters (高 华, 翁 彬 in a list of a group's
 * members): a gap with only single characters on one side, in every line of
 * the run, is closed.
 */
function withoutLetterSpacing(gaps: Gap[], run: Segment[][]): Gap[] {
  const columnTexts = (from: number, to: number) => run.flatMap((segs) => segs.filter((s) => s.x0 >= from && s.x1 <= to).map((s) => joinItems(s.items).trim())).filter(Boolean);
  const single = (texts: string[]) => texts.length > 0 && texts.every((t) => /^[\u3400-\u9fff]$/u.test(t));
  return gaps.filter(([a, b], k) => !single(columnTexts(k === 0 ? -Infinity : gaps[k - 1]![1], a)) && !single(columnTexts(b, k + 1 < gaps.length ? gaps[k + 1]![0] : Infinity)));
}

/**
 * Rows of a table without rules. Where a visual line ends one row and starts
 * the next cannot be seen, so a new row starts where the leftmost (number)
 * column has text, unless that text only continues the cell's text from the
 * line above (no list number, and the line above had text there too).
 */
function unruledRows(lines: TextLine[], run: Segment[][], gaps: Gap[]): Block {
  const columnOf = (s: Segment) => gaps.filter(([a]) => s.x0 >= a).length;
  const nCols = gaps.length + 1;
  const rows: TextLine[][][] = [];
  let prevKey = false;
  run.forEach((segs, k) => {
    const line = lines[k]!;
    const key = segs.find((s) => columnOf(s) === 0);
    const keyText = key ? joinItems(key.items) : '';
    const columns = new Set(segs.map(columnOf));
    if (!rows.length || (key && (!prevKey || listMarker.test(keyText) || /^\d+$/.test(keyText) || columns.size === nCols))) rows.push(Array.from({ length: nCols }, () => []));
    prevKey = key !== undefined;
    const row = rows[rows.length - 1]!;
    for (const s of segs) row[columnOf(s)]!.push({ ...line, x0: s.x0, x1: s.x1, items: s.items, text: joinItems(s.items) });
  });
  // A column's right edge: where its longest lines end.
  const right = Array.from({ length: nCols }, (_, c) => Math.max(...rows.flatMap((row) => row[c]!.map((l) => l.x1))));
  return {
    kind: 'table',
    top: lines[0]!.y + lines[0]!.size,
    borders: gaps,
    ruled: false,
    rows: rows.map((row) => row.map((cellLines, c) => ({ text: cellText(cellLines, right[c]!) }))),
    mergedColumns: new Set(),
  };
}

// ---------------------------------------------------------------- page headers and footers

/** Page numbers as printed in the margin: "- 3 -", "— 3 —", "第 3 页", "第3页 共5页", "3/10", "Page 3 of 10", "3". */
// (Full-width digits too, as an official document's footer prints them: — ４ —, 浙江 2025 文化 人工智能.)
const pageNumber = /^(?:[-—–－~·\s]*[\d０-９]{1,4}[-—–－~·\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
/** How far into the page from the top or bottom a header or footer can sit. */
const marginShare = 0.15;
const marginKey = (s: string) => s.replace(/\s+/g, '').replace(/[\d０-９]+/g, '#');

/**
 * Drops the lines in the top and bottom margins that are page numbers, or
 * that repeat at the same end of most pages (running heads, the document
 * number, the issuing office): up to two lines at each end of a page.
 */
function dropPageMargins(pages: Array<{ height: number; blocks: Block[] }>): { kept: Block[][]; dropped: number } {
  const ends = pages.map(({ height, blocks }) => {
    const top: number[] = [];
    const bottom: number[] = [];
    for (let k = 0; k < Math.min(2, blocks.length); k++) {
      const b = blocks[k]!;
      if (b.kind !== 'text' || b.line.y < height * (1 - marginShare)) break;
      top.push(k);
    }
    for (let k = blocks.length - 1; k >= Math.max(0, blocks.length - 2); k--) {
      const b = blocks[k]!;
      if (b.kind !== 'text' || b.line.y > height * marginShare || top.includes(k)) break;
      bottom.push(k);
    }
    return { top, bottom };
  });
  const counts = (end: 'top' | 'bottom') => {
    const m = new Map<string, number>();
    pages.forEach((p, n) => {
      for (const key of new Set(ends[n]![end].map((k) => marginKey((p.blocks[k] as { line: TextLine }).line.text)))) m.set(key, (m.get(key) ?? 0) + 1);
    });
    return m;
  };
  const repeated = { top: counts('top'), bottom: counts('bottom') };
  const often = Math.max(2, Math.ceil(pages.length / 2));
  let dropped = 0;
  const kept = pages.map((p, n) => {
    const drop = new Set<number>();
    for (const end of ['top', 'bottom'] as const) {
      for (const k of ends[n]![end]) {
        const text = (p.blocks[k] as { line: TextLine }).line.text;
        if (pageNumber.test(text) || (repeated[end].get(marginKey(text)) ?? 0) >= often) drop.add(k);
      }
    }
    dropped += drop.size;
    return p.blocks.filter((_, k) => !drop.has(k));
  });
  return { kept, dropped };
}

// ---------------------------------------------------------------- the document

interface OpenTable {
  index: number;
  borders: Gap[];
  header: string;
  mergedColumns: Set<number>;
  lastRow: GridCell[];
}

/** Collects the lines of the document, page after page, joining what a page break split. */
class Output {
  lines: Array<Omit<SourceLine, 'line'>> = [];
  repeatedHeaders = 0;
  unruledTables = false;
  private tables = 0;
  private table: OpenTable | undefined;
  /** The last text line, while it may continue (it reached the right margin). */
  private paragraph: { line: TextLine; out: Omit<SourceLine, 'line'> } | undefined;

  /** The text area's left and right edges: where a line reaching the right edge wraps onto the next. */
  constructor(
    private readonly left: number,
    private readonly right: number,
  ) {}

  add(b: Block): void {
    if (b.kind === 'text') return this.addText(b.line);
    this.paragraph = undefined;
    if (!b.ruled) this.unruledTables = true;
    let rows = b.rows;
    const open = this.table;
    const continues = open && open.borders.length === b.borders.length && b.borders.every(([x0, x1], c) => x0 <= open.borders[c]![1] + 4 && x1 >= open.borders[c]![0] - 4);
    if (!continues || !open) {
      this.table = { index: this.tables++, borders: b.borders, header: rows[0] ? rowText(rows[0]) : '', mergedColumns: new Set(b.mergedColumns), lastRow: [] };
    } else {
      if (rows[0] && rowText(rows[0]) === open.header) {
        this.repeatedHeaders++;
        rows = rows.slice(1);
      }
      rows = this.continueAcrossPage(open, rows);
      for (const c of b.mergedColumns) open.mergedColumns.add(c);
    }
    const table = this.table!;
    for (const cells of rows) {
      this.lines.push({ text: rowText(cells), cells, table: table.index });
      table.lastRow = cells;
    }
  }

  /**
   * The first row after a page break: where its cells only continue the row
   * cut by the page break (no list number, the cut text had not ended a
   * sentence, and the row is a fragment), they are appended to it; an empty cell under a column of
   * merged cells continues the merged cell from the previous page.
   */
  private continueAcrossPage(open: OpenTable, rows: GridCell[][]): GridCell[][] {
    const first = rows[0];
    const prev = this.lines[this.lines.length - 1];
    if (!first || !prev?.cells) return rows;
    const wide = first.reduce((best, c, i) => (c.text.length > (first[best]?.text.length ?? 0) ? i : best), 0);
    const cut = prev.cells[wide]?.text ?? '';
    // A fragment: its first cell empty, or continuing too (a task's title cut mid-line), with cells empty where the
    // cut row had text (the units, already whole above the break); a new row would start with its number or name them.
    const fragment = !first[0]?.text || (!listMarker.test(first[0].text) && first.some((c, i) => !c.text && !c.merged && !c.spanned && prev.cells![i]?.text));
    // A number in the column the cut row numbered in (序号 7, then 8) starts a row of its own.
    const numbered = first.some((c, i) => /^\d{1,3}$/.test(c.text) && /^\d{1,3}$/.test(prev.cells![i]?.text ?? ''));
    const split = fragment && !numbered && rowText(prev.cells) !== open.header && cut && !/[。；;！!？?）)]$/.test(cut) && !listMarker.test(first[wide]?.text ?? '');
    if (split) {
      prev.cells = prev.cells.map((c, i) => {
        const more = first[i]?.text ?? '';
        return more && !c.merged && !c.spanned ? { ...c, text: c.text + joiner(c.text, more) + more } : c;
      });
      prev.text = rowText(prev.cells);
      return rows.slice(1);
    }
    return rows.map((cells, r) =>
      r > 0 ? cells : cells.map((c, i) => (!c.text && !c.spanned && open.mergedColumns.has(i) && (open.lastRow[i]?.text || open.lastRow[i]?.merged) ? { text: '', merged: true } : c)),
    );
  }

  private addText(line: TextLine): void {
    this.table = undefined;
    const p = this.paragraph;
    if (p && !endsParagraph(p.line, line, this.right) && line.x0 <= this.left + line.size * 0.5 && Math.abs(p.line.size - line.size) < 1) {
      p.out.text += joiner(p.out.text, line.text) + line.text;
      p.line = line;
      return;
    }
    const out = { text: line.text };
    this.lines.push(out);
    this.paragraph = { line, out };
  }
}
