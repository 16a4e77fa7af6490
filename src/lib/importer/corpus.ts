import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, NodeType, parse, TextNode, type Node } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { Registry } from '../registry/registry';
import { importPlan } from './index';
import { scoreDocument, requirementsOf, type DocumentScore, type ExpectedPlan } from './score';
import { readSource } from './read/index';
import { headerKind, unitColumnKinds } from './header';

export interface CorpusDocument {
  name: string;
  file: string;
  expected: ExpectedPlan;
}

/** The documents of a scored corpus folder: every `<name>.expected.json` beside its original `<name>.<ext>`. */
export function corpusDocuments(dir: string): CorpusDocument[] {
  const files = readdirSync(dir).sort();
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const name = f.slice(0, -'.expected.json'.length);
      const original = files.find((o) => o.startsWith(`${name}.`) && !o.endsWith('.expected.json'));
      if (!original) throw new Error(`${join(dir, f)}: no original document ${name}.<ext> beside it`);
      return { name, file: join(dir, original), expected: JSON.parse(readFileSync(join(dir, f), 'utf8')) as ExpectedPlan };
    });
}

/** Imports one corpus document as a new user would (empty unit registry, no flags) and scores it. */
export async function scoreCorpusDocument(doc: CorpusDocument): Promise<DocumentScore & { error?: string }> {
  try {
    const source = await readSource(doc.file);
    const result = importPlan(source.document, { sourceFile: doc.file, importedOn: '2026-01-01', registry: new Registry([]), sha256: source.sha256 });
    return scoreDocument(doc.expected, requirementsOf(result.entry));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ...scoreDocument(doc.expected, null), error: message };
  }
}

/**
 * A saved HTML page's article as the public archive's page.txt writes it, on one line: the text nodes joined, a run of
 * white space one space (so an empty cell is nothing and a cell holding &nbsp; a space), the site's frame before 当前位置
 * and after the page's share links left out. On the corpus pages that have the archive's page.txt beside them, this gives
 * that page.txt's article within a few characters (where it starts, a stray `-->`).
 */
export function archivePageText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = node.text.replace(/[\u00a0\u2002]/g, ' ');
      parts.push(text.trim() ? text : ' ');
      return;
    }
    if (node instanceof HTMLElement && ['script', 'style', 'noscript', 'head', 'title'].includes(node.rawTagName?.toLowerCase() ?? '')) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(parse(html, { comment: false }));
  let text = parts.join('').replace(/[\s\u3000]{2,}|[\t\r\n]/g, ' ');
  const start = text.indexOf('当前位置：');
  if (start >= 0) text = text.slice(start);
  const end = text.indexOf('扫一扫在手机上查看当前页面');
  return (end >= 0 ? text.slice(0, end) : text).trim();
}

/**
 * A saved page as the public archive's page.txt file holds it: the archive's labelled header lines (标题 the article's
 * title after the page's crumbs, 发布时间 and 发布机构 from the page's own 时间：/来源： words, 栏目 from the page's title),
 * then the article on one line (archivePageText).
 */
export function archivePageFile(html: string): string {
  const article = archivePageText(html);
  const column = (/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '').replace(/\s+/g, ' ').split('_').at(-2)?.trim() ?? '';
  // (The article's title stands after the page's crumbs: 当前位置： 首页政务公开最新文件部门文件 <title> 时间：….)
  // (Some pages print it twice, the crumb's and the heading's: once is the archive's.)
  const shown = /当前位置[:：]\s*\S+\s+(.+?)\s+(?:来源|时间)[:：]/.exec(article)?.[1] ?? '';
  const title = /^(.+) \1$/.exec(shown)?.[1] ?? shown;
  const time = /时间：\s*(\d{4}-\d{2}-\d{2} \d{2}:\d{2})/.exec(article)?.[1] ?? '';
  const source = /来源：\s*(\S+)/.exec(article)?.[1] ?? '';
  return `标题: ${title.trim()}\n发布时间: ${time}\n文号: \n发布机构: ${source}\n栏目: ${column.trim()}\n==================== 正文 ====================\n${article}`;
}

/**
 * A saved page's tables with one more column after each row's last cell (the first row of three cells or more in a table, its
 * header, and that header repeated at a page break get `header`; every other row of three cells or more `cell`): the page as
 * the many plans of its family print it that add a 完成时限 or 备注 column.
 */
export function withColumnAfter(html: string, header: string, cell: string): string {
  const root = parse(html, { comment: false });
  for (const table of root.querySelectorAll('table')) {
    let first: string | null = null;
    for (const tr of table.querySelectorAll('tr')) {
      if (tr.closest('table') !== table || cellsOf(tr).length < 3) continue;
      const text = tr.textContent.replace(/\s+/g, '');
      first ??= text;
      tr.insertAdjacentHTML('beforeend', `<td><p>${text === first ? header : cell}</p></td>`);
    }
  }
  return root.toString();
}

/**
 * A saved page's tables with their columns in another order: `order` lists, for each new column, the old column it
 * takes (0,3,1,2: 工作任务 | 牵头单位 | 责任单位 | 工作要求 becomes 工作任务 | 工作要求 | 牵头单位 | 责任单位), merged cells and all
 * (a row under a cell spanning rows from above gets its own cells in the new order of the columns they stand in): the
 * same plan as a department that orders its columns otherwise prints it. Only tables `order.length` columns wide are
 * reordered, and only where no cell spans columns but one across the whole table (a heading row, left as it is).
 */
export function withCellsInOrder(html: string, order: readonly number[]): string {
  const root = parse(html, { comment: false });
  const width = order.length;
  const newAt = order.map((_, j) => order.indexOf(j));
  for (const table of root.querySelectorAll('table')) {
    const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
    // Only a table whose rows fit `width` columns, no cell spanning some but not all of them.
    if (!rows.some((tr) => cellsOf(tr).length === width)) continue;
    if (rows.some((tr) => cellsOf(tr).some((c) => span(c, 'colspan') > 1 && span(c, 'colspan') < width))) continue;
    // The columns a cell from a row above still covers, and for how many more rows.
    const covered = Array<number>(width).fill(0);
    for (const tr of rows) {
      const cells = cellsOf(tr);
      if (cells.length === 1 && span(cells[0]!, 'colspan') >= width) continue;
      const columns: number[] = [];
      for (let c = 0; c < width && columns.length < cells.length; c++) if (covered[c]! === 0) columns.push(c);
      if (columns.length < cells.length) continue;
      cells.forEach((cell, k) => (covered[columns[k]!] = span(cell, 'rowspan')));
      const reordered = cells.map((cell, k) => ({ html: cell.toString(), at: newAt[columns[k]!]! })).sort((a, b) => a.at - b.at);
      for (const cell of cells) cell.remove();
      tr.insertAdjacentHTML('beforeend', reordered.map((c) => c.html).join(''));
      // (A row's own cells start their spans now; the others count down.)
      for (let c = 0; c < width; c++) if (!columns.includes(c) && covered[c]! > 0) covered[c]!--;
      for (const c of columns) covered[c]!--;
    }
  }
  return root.toString();
}

/**
 * The order of columns that moves a table's last text column to the other side of its units columns (工作任务 | 牵头单位 |
 * 责任单位 | 工作要求 ⇄ 工作任务 | 工作要求 | 牵头单位 | 责任单位), from its header's labels; null when the header has no such
 * shape (one text column, the units columns not together, other columns among them).
 */
export function textColumnMoved(labels: readonly string[]): number[] | null {
  const kinds = labels.map((l) => headerKind(l.replace(/\s+/g, '')));
  const units = kinds.flatMap((k, i) => (k !== undefined && unitColumnKinds.has(k) ? [i] : []));
  if (units.length === 0 || units.some((u, i) => i > 0 && u !== units[i - 1]! + 1)) return null;
  const [first, last] = [units[0]!, units.at(-1)!];
  const columns = labels.map((_, i) => i);
  // A text column right after the units, the last column: before them.
  if (last === labels.length - 2 && kinds.at(-1) === 'text' && kinds[first - 1] === 'text') return [...columns.slice(0, first), labels.length - 1, ...columns.slice(first, labels.length - 1)];
  // The units last, two text columns before them: the second after them.
  if (last === labels.length - 1 && first >= 2 && kinds[first - 1] === 'text' && kinds[first - 2] === 'text') return [...columns.slice(0, first - 1), ...columns.slice(first, labels.length), first - 1];
  return null;
}

/**
 * A saved page's tables with each units column's runs of equal cells merged (a rowspan over the rows that name the same
 * units, 各设区市，平潭综合实验区 down a whole task), as a clerk who merges repeated cells prints the table; not across a row
 * that spans the table (a heading) and not where a run's cells already span rows. The header row names the units columns;
 * tables without one are left as they are.
 */
export function withUnitsMerged(html: string): string {
  const root = parse(html, { comment: false });
  for (const table of root.querySelectorAll('table')) {
    const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
    const header = rows.find((tr) => cellsOf(tr).some((c) => unitColumnKinds.has(headerKind(c.textContent.replace(/\s+/g, '')))));
    if (!header) continue;
    const width = cellsOf(header).reduce((n, c) => n + span(c, 'colspan'), 0);
    const units = new Set<number>();
    let x = 0;
    for (const c of cellsOf(header)) {
      if (unitColumnKinds.has(headerKind(c.textContent.replace(/\s+/g, '')))) units.add(x);
      x += span(c, 'colspan');
    }
    // Each row's cells by the column they stand in (a cell a rowspan covers has none).
    const covered = Array<number>(width).fill(0);
    const grid = rows.map((tr) => {
      const at = new Map<number, HTMLElement>();
      let c = 0;
      for (const cell of cellsOf(tr)) {
        while (c < width && covered[c]! > 0) c++;
        if (c >= width) break;
        at.set(c, cell);
        for (let k = 0; k < span(cell, 'colspan'); k++) covered[c + k] = span(cell, 'rowspan');
        c += span(cell, 'colspan');
      }
      for (let k = 0; k < width; k++) if (covered[k]! > 0) covered[k]!--;
      return at;
    });
    for (const column of units) {
      let run: HTMLElement[] = [];
      const close = () => {
        if (run.length > 1) {
          run[0]!.setAttribute('rowspan', String(run.length));
          run.slice(1).forEach((cell) => cell.remove());
        }
        run = [];
      };
      grid.forEach((at, r) => {
        const cell = at.get(column);
        const text = cell?.textContent.replace(/\s+/g, '') ?? '';
        const plain = cell && span(cell, 'rowspan') === 1 && span(cell, 'colspan') === 1 && text.length > 0 && rows[r] !== header;
        if (plain && run.length > 0 && run[0]!.textContent.replace(/\s+/g, '') === text) run.push(cell);
        else {
          close();
          if (plain) run = [cell];
        }
      });
      close();
    }
  }
  return root.toString();
}

/**
 * A saved page's tables broken at pages, as a page pasted from a Word or PDF file has them: each table whose header names a
 * units column goes on in a new table after a page number (— 2 —) every eight rows or so, its header not repeated, at the
 * first row there that no cell above spans into. The row before each break is cut where the page ended: the second half of
 * its longest cell opens the next table, in a row of its own with its other cells empty. Tables with no such place are left
 * as they are.
 */
export function withTableBroken(html: string): string {
  const root = parse(html, { comment: false });
  const pageRows = 8;
  for (const table of root.querySelectorAll('table')) {
    if (table.querySelector('table')) continue;
    const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
    const head = rows.findIndex((tr) => cellsOf(tr).some((c) => unitColumnKinds.has(headerKind(c.textContent.replace(/\s+/g, '')))));
    if (head < 0) continue;
    // Where each row's spans end: a break is only where none runs on.
    const reach = rows.map((tr, r) => Math.max(r, ...cellsOf(tr).map((c) => r + span(c, 'rowspan') - 1)));
    const breaks: number[] = [];
    for (let r = head + 1 + pageRows; r < rows.length; r++) if (r - (breaks.at(-1) ?? head + 1) >= pageRows && reach.slice(0, r).every((e) => e < r)) breaks.push(r);
    if (breaks.length === 0) continue;
    const pieces = breaks.map((at, k) => {
      const before = rows[at - 1]!;
      const longest = cellsOf(before).reduce<HTMLElement | undefined>((a, c) => (!a || c.textContent.trim().length > a.textContent.trim().length ? c : a), undefined);
      const text = longest?.textContent.trim() ?? '';
      let cut = '';
      if (longest && text.length >= 20 && cellsOf(before).length === cellsOf(rows[at]!).length) {
        const half = Math.floor(text.length / 2);
        longest.set_content(`<p>${text.slice(0, half)}</p>`);
        cut = `<tr>${cellsOf(before).map((c) => (c === longest ? `<td><p>${text.slice(half)}</p></td>` : '<td></td>')).join('')}</tr>`;
      }
      return `<p>— ${k + 2} —</p><table${table.rawAttrs ? ` ${table.rawAttrs}` : ''}>${cut}${rows.slice(at, breaks[k + 1] ?? rows.length).map((tr) => tr.toString()).join('')}</table>`;
    });
    rows.slice(breaks[0]).forEach((tr) => tr.remove());
    table.insertAdjacentHTML('afterend', pieces.join(''));
  }
  return root.toString();
}

/**
 * A saved page's tables with their header in two rows, as a 台账 often draws it: the units columns side by side (牵头单位 |
 * 配合单位) under one 责任单位 cell spanning them, every other label spanning both rows. Tables whose header has fewer than two
 * units columns side by side are left as they are.
 */
export function withHeaderInTwoRows(html: string): string {
  const root = parse(html, { comment: false });
  for (const table of root.querySelectorAll('table')) {
    const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
    const at = rows.findIndex((tr) => cellsOf(tr).some((c) => unitColumnKinds.has(headerKind(c.textContent.replace(/\s+/g, '')))));
    const header = rows[at];
    // (Not a header drawn in two rows already: its own cells span nothing, and the row above is not a header row's first,
    // whose spans would reach it; a table's title across the whole table may stand above.)
    const spans = (tr: HTMLElement) => cellsOf(tr).some((c) => span(c, 'colspan') > 1 || span(c, 'rowspan') > 1);
    if (!header || spans(header) || (at > 0 && cellsOf(rows[at - 1]!).length > 1 && spans(rows[at - 1]!))) continue;
    const cells = cellsOf(header);
    const units = cells.map((c) => unitColumnKinds.has(headerKind(c.textContent.replace(/\s+/g, ''))));
    const first = units.indexOf(true);
    const run = units.slice(first).findIndex((u) => !u);
    const count = run < 0 ? units.length - first : run;
    if (count < 2) continue;
    const top = cells.map((c, k) => (k === first ? `<td colspan="${count}"><p>责任单位</p></td>` : k > first && k < first + count ? '' : `<td rowspan="2">${c.innerHTML}</td>`)).join('');
    const below = cells.slice(first, first + count).map((c) => `<td>${c.innerHTML}</td>`).join('');
    header.insertAdjacentHTML('beforebegin', `<tr>${top}</tr><tr>${below}</tr>`);
    header.remove();
  }
  return root.toString();
}

/** How many rows or columns a cell spans (1 where the attribute is missing or not a number). */
const span = (cell: HTMLElement, attr: 'rowspan' | 'colspan'): number => Number(cell.getAttribute(attr) ?? 1) || 1;

/** A row's own cells (not those of a table inside one of them). */
function cellsOf(tr: HTMLElement): HTMLElement[] {
  return tr.childNodes.filter((c): c is HTMLElement => c instanceof HTMLElement && /^t[dh]$/i.test(c.rawTagName));
}

/**
 * A saved page's tables with a 序号 column before the first: a row whose first cell opens with its item's number (1.…) has
 * the number moved into the new cell (its digits may stand in several text nodes, <span>2</span><span>3.推进…); the header
 * row (the first of three cells or more before the first numbered row, and it repeated at a page break) gets 序号; a heading
 * across the table spans one column more, any other row gets an empty cell. Tables that do not number their items in the
 * first cell are left as they are.
 */
export function withSerialColumn(html: string): string {
  const root = parse(html, { comment: false });
  const numberOf = (cell: HTMLElement | undefined) => (cell ? /^\s*(\d{1,3})\s*[.．、]/.exec(cell.textContent) : null);
  for (const table of root.querySelectorAll('table')) {
    const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
    // Only a table whose rows number their items in the first cell (two at least): another has no numbers to move.
    if (rows.filter((tr) => numberOf(cellsOf(tr)[0]) || numberOf(cellsOf(tr)[1])).length < 2) continue;
    let header: string | null = null;
    let numbered = false;
    for (const tr of rows) {
      const cells = cellsOf(tr);
      const first = cells[0];
      if (!first) continue;
      // (The number may stand in the second cell, after the task cell its first item's row opens with.)
      const spanned = !numberOf(first) && numberOf(cells[1]) ? cells[1] : undefined;
      const number = numberOf(spanned ?? first);
      const text = tr.textContent.replace(/\s+/g, '');
      if (number) {
        let left = number[0].replace(/\s/g, '').length;
        const strip = (node: Node): void => {
          if (left === 0) return;
          if (node instanceof TextNode) {
            node.rawText = [...node.rawText].filter((ch) => (left > 0 && /\s/.test(ch) ? false : left > 0 ? (left--, false) : true)).join('');
            return;
          }
          node.childNodes.forEach(strip);
        };
        strip(spanned ?? first);
        first.insertAdjacentHTML('beforebegin', `<td><p>${number[1]}</p></td>`);
        numbered = true;
      } else if (cells.length >= 3 && ((!numbered && header === null) || text === header)) {
        header = text;
        first.insertAdjacentHTML('beforebegin', '<td><p>序号</p></td>');
      } else if (cells.length === 1 || span(first, 'colspan') > 1) first.setAttribute('colspan', String(span(first, 'colspan') + 1));
      else first.insertAdjacentHTML('beforebegin', '<td><p></p></td>');
    }
  }
  return root.toString();
}

/**
 * A saved page with a line break between the tags of its tables (`cells`: between a cell's end and the next cell;
 * `paragraphs`: between the paragraphs inside the cells too), as a page whose HTML was written with line breaks has them:
 * its page.txt then has a space wherever the break stood.
 */
export function withBreaksBetweenTags(html: string, where: 'cells' | 'paragraphs'): string {
  const pattern = where === 'cells' ? /(<\/t[dh]>)\s*(<t[dh]\b)/gi : /(<\/(?:t[dh]|p)>)\s*(<(?:t[dh]|p)\b)/gi;
  return html.replace(/<table\b[\s\S]*?<\/table>/gi, (table) => table.replace(pattern, '$1\n$2'));
}

/** Ruled as Word rules a table; nothing wider than the paper (saved pages set fixed widths a printed document does not have). */
const printStyle =
  '<style>*{min-width:0!important;max-width:100%!important;box-sizing:border-box} table.printed-table{width:100%!important;border-collapse:collapse!important}' +
  ' .printed-table td,.printed-table th{width:auto!important;border:1px solid #000!important}</style>';

/**
 * A saved HTML page with a table as Chromium prints it to an A4 PDF (a browser's "save as PDF"), its innermost tables
 * ruled as a word processor rules a table and the tables that hold tables laid out as the page's text; null when the
 * page has no table of four rows, a table would run off the paper, or the page prints no text. The robustness measure's
 * pdf form, and the fixtures made from it.
 */
export async function printedPdf(browser: Browser, html: string): Promise<Uint8Array | null> {
  if ((html.match(/<tr\b/gi) ?? []).length < 4) return null;
  // The A4 text width at 96 dpi (21 cm less 2 cm margins each side), printed with the page's print styles.
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 643, height: 900 } });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html.replace(/<meta[^>]+http-equiv[^>]*>/gi, '') + printStyle, { waitUntil: 'load', timeout: 15_000 });
    const applies = await page.evaluate(() => {
      for (const t of document.querySelectorAll('table')) {
        if (!t.querySelector('table')) t.classList.add('printed-table');
        else for (const e of [t, ...t.querySelectorAll(':scope > *, :scope > * > tr, :scope > * > tr > td, :scope > * > tr > th')]) if ((e === t || !e.closest('table table')) && e instanceof window.HTMLElement) e.style.setProperty('display', 'block', 'important');
      }
      const tables = [...document.querySelectorAll('table.printed-table')];
      return tables.length > 0 && tables.every((t) => t.getBoundingClientRect().right <= window.innerWidth + 2) && document.body.innerText.trim().length > 50;
    });
    if (!applies) return null;
    return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } }));
  } finally {
    await context.close();
  }
}

/**
 * The names a document's expectation lists that open with their level (区财政金融局, 省财政厅, 市直各单位 excepted: a
 * collective keeps it), each mapped to the name without it (财政金融局, 财政厅): the same plan as a department or a plan of
 * one level writes its units, offices and bureaus with no level to open them.
 */
export function unprefixedNames(expected: ExpectedPlan): Map<string, string> {
  const names = expectedNames(expected);
  // (Not where a level would open the rest again, 区市监局: the name would change, not lose its level; nor where two names
  // would become one, 区公安局 and 县公安局.)
  const pairs = [...names].filter((n) => /^[省市区县](?![省市区县])[\u4e00-\u9fa5]{2,}/.test(n) && !/各|有关|相关|直属|所属/.test(n)).map((n) => [n, n.slice(1)] as const);
  return new Map(pairs.filter(([, bare]) => !names.has(bare) && pairs.filter(([, b]) => b === bare).length === 1));
}

/** Every unit name a document's expectation lists. */
function expectedNames(expected: ExpectedPlan): Set<string> {
  return new Set(expected.requirements.flatMap((r) => r.units.map(([, name]) => name)));
}

/** A function that replaces each name of `names` in a text, the longest first: built once for all of a document's lines. */
export function namesReplacer(names: ReadonlyMap<string, string>): (text: string) => string {
  if (names.size === 0) return (text) => text;
  const order = [...names.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(order.join('|'), 'g');
  return (text) => text.replace(re, (n) => names.get(n)!);
}

/** `text` with each name of `names` replaced, the longest first. */
export function withNamesReplaced(text: string, names: ReadonlyMap<string, string>): string {
  return namesReplacer(names)(text);
}

/**
 * The names a document's expectation lists that open with 区, each opening with 旗 instead (区财政金融局 → 旗财政金融局, 区直有关
 * 单位 → 旗直有关单位): the same plan as a banner of 内蒙古 names its bodies (州 for an autonomous prefecture is the same case).
 */
export function bannerNames(expected: ExpectedPlan): Map<string, string> {
  const names = expectedNames(expected);
  return new Map([...names].filter((n) => n.startsWith('区') && n.length >= 3 && !names.has(`旗${n.slice(1)}`)).map((n) => [n, `旗${n.slice(1)}`]));
}

/** `text` with each item number 1. written （1）, as plans that number their requirements one level down print them. */
export function withItemsBracketed(text: string): string {
  return text.replace(/(?<![\d.])(\d{1,2})[.．](?=[\u4e00-\u9fa5“《])/g, '（$1）');
}

/**
 * A saved HTML page with each table's header row left out (a short row naming a units column, 牵头单位 | 责任单位 …): a table
 * broken from its header, or one whose header is a picture (the page as the parser writes it again where none is found).
 */
export function withHeaderLost(html: string): string {
  const root = parse(html, { comment: false });
  for (const tr of root.querySelectorAll('tr')) {
    const text = tr.textContent.replace(/\s+/g, '');
    if (text.length < 40 && /(?:牵头|责任|配合|协办|主办)(?:单位|部门|处室|科室)/.test(text) && !/^\d/.test(text)) tr.remove();
  }
  return root.toString();
}
