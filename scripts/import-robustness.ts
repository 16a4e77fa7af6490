/**
 * npm run import:robustness -- <form> [--verbose] [--dump dir] [name-filter]
 *
 * How the importer reads the tuned-on documents of the scored corpus when they
 * reach it in another form than the saved page, scored against the same
 * expectations (kept-aside documents are never used):
 *
 *   run-on        each page's text on one line, cells a space apart (a page saved as text, text copied from a browser)
 *   run-on-tight  the same with nothing between cells (a document-sharing site's text)
 *   page-txt      the same with a space for each empty cell, as the public archive's page.txt writes a table (an empty
 *                 cell's &nbsp;)
 *   archive-txt   each saved HTML page written as the public archive's page.txt writes one (archivePageFile), from the HTML itself (text
 *                 nodes joined, a run of white space one space, an empty cell nothing, a cell holding &nbsp; a space, the
 *                 site's frame before 当前位置 and after the page's share links left out): on the tuned-on pages that have
 *                 both, this gives the archive's page.txt within a few characters
 *   deadline-column  each saved HTML page with a 完成时限 column added after its tables' last (withColumnAfter), then
 *                 written as archive-txt: the page as the plans of its family that print a deadline column, saved as text
 *   serial-column each saved HTML page with a 序号 column before its tables' first, the items' numbers moved into it
 *                 (withSerialColumn), then written as archive-txt
 *   spaced-cells  each saved HTML page with a line break between its tables' cells (withBreaksBetweenTags), then written as
 *                 archive-txt: the cells a space apart, an empty cell nothing
 *   spaced-paragraphs the same with a line break between the paragraphs inside the cells too
 *   cells-omit    each real table rendered as the search tool renders one: a cell a line closed by " |", the cells a
 *                 merge covers left out, nothing between rows
 *   cells-bars    the same with the covered cells written as bars after the row's last cell (2.… | ||)
 *   cells-barline the same with a line of one bar after every row
 *   text-moved    each saved HTML page whose table has a text column on one side of its units columns and another on the
 *                 other (工作任务 | 牵头单位 | 责任单位 | 工作要求) or two before them (工作任务 | 工作要求 | 牵头单位 | 责任单位), read with
 *                 that text column moved to the other side (withCellsInOrder, textColumnMoved), merged cells and all: the
 *                 plan as the departments of its family that order their columns the other way print it
 *   text-moved-txt the same written as archive-txt (the archive's page.txt of such a page)
 *   units-merged-txt each saved HTML page with each units column's runs of equal cells merged into one (withUnitsMerged:
 *                 各设区市，平潭综合实验区 once down a task), then written as archive-txt: a merged cell's later rows have nothing
 *   table-broken  each saved HTML page with its tables broken at a page (withTableBroken: the rows of a table's second half in
 *                 a new table after a page number, its header not repeated, the row at the break cut in two), read as HTML
 *   header-two-rows each saved HTML page whose header has units columns side by side, with its header drawn in two rows
 *                 (withHeaderInTwoRows: 责任单位 spanning 牵头单位 | 配合单位, the other labels spanning both rows), read as HTML
 *   header-two-rows-txt the same written as archive-txt (the second row's labels run on after the whole first row)
 *   header-two-rows-cells the header-two-rows pages rendered as cells-omit renders a table (a cell a line, the covered cells
 *                 left out: 工作任务 | / 工作要求 | / 责任单位 | / 牵头单位 | / 配合/责任单位 |)
 *   header-two-rows-bars the same rendered as cells-bars does (责任单位 | | then 配合/责任单位 | ||)
 *   serial-merged-txt each saved HTML page as the departments of 平潭's family print a 分工表: a 序号 column before its tables'
 *                 first (withSerialColumn), a 完成时限 column after their last (withColumnAfter), each column's runs of equal
 *                 cells merged (withUnitsMerged), then written as archive-txt: the forms above at once
 *   serial-spaced-txt each saved HTML page with a 序号 column and a line break between its tables' cells, written as
 *                 archive-txt: each row's cells a space apart, a merged task cell on its first row only
 *   pdf           each saved HTML page with a table printed to an A4 PDF by Chromium (playwright-core, /usr/bin/chromium), as a
 *                 browser's "save as PDF" prints it: its innermost tables ruled as a word processor rules a table, tables that
 *                 hold tables laid out as the page's text, then read by the PDF reader (ruled grid, rows cut by page breaks,
 *                 justified cells); a page whose table would run off the paper, or that prints no text, is left out
 *   unprefixed    each document (any format) with the level that opens its units' names left out, in the text and the
 *                 expectation alike (区财政金融局 → 财政金融局, 省财政厅 → 财政厅; collectives kept: unprefixedNames): the plan as a
 *                 department writes its offices, or a plan of one level its bureaus, with nothing to say where a name starts
 *   banner-level  each document with its units' names that open with 区 opening with 旗 instead, text and expectation alike
 *                 (bannerNames: 区财政金融局 → 旗财政金融局): the plan as a banner of 内蒙古 (or, with 州, an autonomous prefecture)
 *                 names its bodies
 *   items-bracketed each document with its items' numbers 1. written （1） (withItemsBracketed): the plan as the plans that
 *                 number their requirements one level down print it
 *   header-lost   each saved HTML page with its tables' header rows left out (withHeaderLost), read as HTML: a table broken
 *                 from its header, or one whose header is a picture, its columns told by what they hold
 *   units-last    each real table kept as a grid, its units and deadline columns (as its header names them) moved after
 *                 the others (工作任务 | 牵头单位 | 责任单位 | 工作要求 becomes 工作任务 | 工作要求 | 牵头单位 | 责任单位):
 *                 the columns read by what they are, not where they stand
 *
 * Prints, per document and in total, units and roles right as the page / in that form. A measurement, like the
 * benchmarks: no test asserts on its numbers. --dump writes each document's text in the form to <dir>/<name>.txt, to read
 * or import by hand.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { archivePageFile, bannerNames, corpusDocuments, namesReplacer, printedPdf, scoreCorpusDocument, textColumnMoved, unprefixedNames, withBreaksBetweenTags, withCellsInOrder, withColumnAfter, withHeaderInTwoRows, withHeaderLost, withItemsBracketed, withSerialColumn, withTableBroken, withUnitsMerged } from '../src/lib/importer/corpus';
import { htmlToDocument } from '../src/lib/importer/read/html';
import { readPdf } from '../src/lib/importer/read/pdf';
import { chromium, type Browser } from 'playwright-core';
import { parse } from 'node-html-parser';
import { importPlan } from '../src/lib/importer/index';
import { readSource } from '../src/lib/importer/read/index';
import type { SourceLine } from '../src/lib/importer/read/source-document';
import { rowText, type GridCell, type SourceDocument } from '../src/lib/importer/read/source-document';
import { textToDocument } from '../src/lib/importer/read/text';
import { requirementsOf, scoreDocument, type ExpectedPlan } from '../src/lib/importer/score';
import { Registry } from '../src/lib/registry/registry';

const forms = ['run-on', 'run-on-tight', 'page-txt', 'archive-txt', 'deadline-column', 'serial-column', 'spaced-cells', 'spaced-paragraphs', 'cells-omit', 'cells-bars', 'cells-barline', 'units-last', 'text-moved', 'text-moved-txt', 'units-merged-txt', 'table-broken', 'header-two-rows', 'header-two-rows-txt', 'header-two-rows-cells', 'header-two-rows-bars', 'serial-merged-txt', 'serial-spaced-txt', 'unprefixed', 'banner-level', 'items-bracketed', 'header-lost', 'pdf'] as const;
type Form = (typeof forms)[number];

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v', default: false }, dump: { type: 'string' } } });
const form = positionals[0] as Form;
if (!forms.includes(form)) {
  process.stderr.write(`import:robustness: name a form, one of ${forms.join(', ')} (e.g. npm run import:robustness -- cells-omit)\n`);
  process.exit(2);
}
const only = positionals[1];
if (values.dump) mkdirSync(values.dump, { recursive: true });

/** The document's lines in the form, or null when the form does not apply (no real table, too short to run on). */
function render(lines: readonly SourceLine[], name: string, as: Form = form): string | null {
  if (as === 'run-on' || as === 'run-on-tight' || as === 'page-txt') {
    if (lines.length < 8) return null;
    const sep = as === 'run-on' ? ' ' : '';
    const cell = (text: string) => (as === 'page-txt' && !text.trim() ? ' ' : text.replace(/\n/g, ''));
    const header = `标题: ${name}\n发布时间: 2020-01-01 00:00\n==================== 正文 ====================\n`;
    return header + lines.map((l) => (l.cells ? l.cells.map((c) => cell(c.text)).join(sep) : l.text)).join('');
  }
  if (lines.filter((l) => l.cells).length < 4) return null;
  const out: string[] = [];
  for (const l of lines) {
    if (!l.cells) {
      out.push(l.text);
      continue;
    }
    const real = l.cells.filter((c) => !c.merged && !c.spanned);
    const covered = l.cells.length - real.length;
    real.forEach((c, k) => out.push(`${c.text.replace(/\n/g, '')} |${as === 'cells-bars' && k === real.length - 1 && covered > 0 ? ` ${'|'.repeat(covered)}` : ''}`));
    if (as === 'cells-barline') out.push('|');
  }
  return out.join('\n');
}

/** A saved HTML page with its table's text column moved across its units columns, or null when no table has that shape. */
function textMoved(file: string): string | null {
  if (!file.endsWith('.html')) return null;
  const page = readFileSync(file, 'utf8');
  for (const tr of parse(page, { comment: false }).querySelectorAll('tr')) {
    const labels = tr.querySelectorAll('td, th').filter((c) => c.closest('tr') === tr).map((c) => c.textContent.replace(/\s+/g, ''));
    const order = labels.length >= 3 ? textColumnMoved(labels) : null;
    if (order) return withCellsInOrder(page, order);
  }
  return null;
}

/** A saved HTML page in one of the archive's page.txt forms, or null when the form does not apply (not a page; no table to vary). */
function archiveForm(file: string): string | null {
  if (!file.endsWith('.html')) return null;
  const page = readFileSync(file, 'utf8');
  const html =
    form === 'deadline-column'
      ? withColumnAfter(page, '完成时限', '2021年12月底前')
      : form === 'serial-column'
        ? withSerialColumn(page)
        : form === 'spaced-cells'
          ? withBreaksBetweenTags(page, 'cells')
          : form === 'spaced-paragraphs'
            ? withBreaksBetweenTags(page, 'paragraphs')
            : form === 'units-merged-txt'
              ? withUnitsMerged(page)
              : form === 'header-two-rows-txt'
                ? withHeaderInTwoRows(page)
                : form === 'serial-merged-txt'
                  ? withUnitsMerged(withColumnAfter(withSerialColumn(page), '完成时限', '2021年12月底前'))
                  : form === 'serial-spaced-txt'
                    ? withBreaksBetweenTags(withSerialColumn(page), 'cells')
                    : page;
  if (form !== 'archive-txt' && html === page) return null;
  // (A page whose header is not in one row of units columns side by side is the same page written again: not varied.)
  if (form === 'header-two-rows-txt' && html === parse(page, { comment: false }).toString()) return null;
  if (form !== 'archive-txt' && (page.match(/<tr\b/gi) ?? []).length < 4) return null;
  return archivePageFile(html);
}

/** A saved HTML page with its tables varied (withTableBroken, withHeaderInTwoRows), or null when no table changes. */
function htmlVaried(file: string, vary: (html: string) => string): string | null {
  if (!file.endsWith('.html')) return null;
  const page = readFileSync(file, 'utf8');
  const varied = vary(page);
  return varied === parse(page, { comment: false }).toString() ? null : varied;
}

/** The document with the units and deadline columns of each real table moved after its other columns, or null when none moves. */
function unitsLast(doc: SourceDocument): SourceDocument | null {
  const header = (cells: readonly GridCell[]) => cells.map((c) => c.text.replace(/\s+/g, ''));
  const moving = new Map<number, number[]>();
  for (const l of doc.lines) {
    if (!l.cells || l.cells.length < 3 || l.table === undefined || moving.has(l.table)) continue;
    const labels = header(l.cells);
    // The table's header: its first row naming a units column.
    const units = labels.flatMap((label, k) => (/(?:单位|部门|处室|科室|股室)$|^(?:完成)?时限$|^完成时间$/.test(label) && label.length <= 8 ? [k] : []));
    if (units.length > 0) moving.set(l.table, units);
  }
  // Only a table whose units columns do not already stand last.
  const moves = [...moving.entries()].filter(([table, units]) => {
    const width = doc.lines.find((l) => l.table === table && l.cells)!.cells!.length;
    return units.some((k, i) => k !== width - units.length + i);
  });
  if (moves.length === 0) return null;
  const byTable = new Map(moves);
  const lines = doc.lines.map((l) => {
    const units = l.table === undefined ? undefined : byTable.get(l.table);
    if (!l.cells || !units || units.some((k) => k >= l.cells!.length)) return l;
    // A cell a colspan covers goes with its run: the span is undone so each row keeps its cells in reading order.
    const plain = l.cells.map((c) => (c.spanned ? { text: '' } : c));
    const cells = [...plain.filter((_, k) => !units.includes(k)), ...units.map((k) => plain[k]!)];
    return { ...l, cells, text: rowText(cells) };
  });
  return { ...doc, lines };
}

let browser: Browser | undefined;
/** A saved HTML page with a table as Chromium prints it to an A4 PDF, or null when the form does not apply. */
async function pdfForm(file: string): Promise<Uint8Array | null> {
  if (!file.endsWith('.html')) return null;
  browser ??= await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  return printedPdf(browser, readFileSync(file, 'utf8'));
}

let asPage = 0;
let inForm = 0;
let expected = 0;
for (const doc of corpusDocuments(join(import.meta.dirname, '../tests/importer/corpus'))) {
  if (doc.expected.split !== 'tune' || doc.expected.truncated || (only && !doc.name.includes(only))) continue;
  const source = (await readSource(doc.file)).document;
  const pdf = form === 'pdf' ? await pdfForm(doc.file) : null;
  if (form === 'pdf' && pdf === null) continue;
  const moved = form === 'text-moved' || form === 'text-moved-txt' ? textMoved(doc.file) : null;
  if ((form === 'text-moved' || form === 'text-moved-txt') && moved === null) continue;
  const twoRows = form === 'header-two-rows' || form === 'header-two-rows-cells' || form === 'header-two-rows-bars';
  const broken = form === 'table-broken' ? htmlVaried(doc.file, withTableBroken) : twoRows ? htmlVaried(doc.file, withHeaderInTwoRows) : form === 'header-lost' ? htmlVaried(doc.file, withHeaderLost) : null;
  if ((form === 'table-broken' || twoRows || form === 'header-lost') && broken === null) continue;
  const cells = form === 'header-two-rows-cells' ? 'cells-omit' : form === 'header-two-rows-bars' ? 'cells-bars' : null;
  // The forms that vary the words (the names, the item numbers) of any document's lines, the names in its expectation too.
  const names = form === 'unprefixed' ? unprefixedNames(doc.expected as ExpectedPlan) : form === 'banner-level' ? bannerNames(doc.expected as ExpectedPlan) : null;
  if (names && names.size === 0) continue;
  const vary = names ? namesReplacer(names) : form === 'items-bracketed' ? withItemsBracketed : null;
  const varied = vary ? { ...source, lines: source.lines.map((l) => ({ ...l, text: vary(l.text), ...(l.cells ? { cells: l.cells.map((c) => ({ ...c, text: vary(c.text) })) } : {}) })) } : null;
  if (form === 'items-bracketed' && JSON.stringify(varied) === JSON.stringify(source)) continue;
  const reversed = form === 'units-last' ? unitsLast(source) : form === 'text-moved' ? htmlToDocument(moved!) : broken && !cells ? htmlToDocument(broken) : varied;
  const text =
    form === 'pdf'
      ? ''
      : cells
      ? render(htmlToDocument(broken!).lines, doc.name, cells)
      : form === 'text-moved-txt'
      ? archivePageFile(moved!)
      : form === 'units-last' || form === 'text-moved' || form === 'table-broken' || form === 'header-two-rows' || form === 'header-lost' || form === 'unprefixed' || form === 'banner-level' || form === 'items-bracketed'
      ? reversed
        ? reversed.lines.map((l) => l.text).join('\n')
        : null
      : form === 'archive-txt' || form === 'deadline-column' || form === 'serial-column' || form === 'spaced-cells' || form === 'spaced-paragraphs' || form === 'units-merged-txt' || form === 'header-two-rows-txt' || form === 'serial-merged-txt' || form === 'serial-spaced-txt'
        ? archiveForm(doc.file)
        : render(source.lines, doc.name);
  if (text === null) continue;
  if (values.dump) writeFileSync(join(values.dump, pdf ? `${doc.name}.pdf` : `${doc.name}.txt`), pdf ?? text);
  const page = await scoreCorpusDocument(doc);
  let score;
  try {
    const inputDoc = pdf ? await readPdf(pdf) : (reversed ?? textToDocument(text));
    const result = importPlan(inputDoc, { sourceFile: `${doc.name}.${pdf ? 'pdf' : 'txt'}`, importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
    const expectedInForm = names ? (JSON.parse(vary!(JSON.stringify(doc.expected))) as ExpectedPlan) : (doc.expected as ExpectedPlan);
    score = scoreDocument(expectedInForm, requirementsOf(result.entry));
  } catch (err) {
    score = { ...scoreDocument(doc.expected as ExpectedPlan, null), error: String(err).slice(0, 80) };
  }
  asPage += page.rolesRight;
  inForm += score.rolesRight;
  expected += page.expected;
  process.stdout.write(`${doc.name.padEnd(48)} page ${page.rolesRight}/${page.expected}  ${form} ${score.rolesRight}/${score.expected}  found ${score.found}${'error' in score ? `  ERROR ${score.error}` : ''}\n`);
  if (values.verbose) for (const m of score.misses) process.stdout.write(`    ${m}\n`);
}
await browser?.close();
process.stdout.write(`tuned-on documents: units and roles right ${asPage}/${expected} as the page, ${inForm}/${expected} as ${form}\n`);
