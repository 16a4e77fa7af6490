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
 *   cells-omit    each real table rendered as the search tool renders one: a cell a line closed by " |", the cells a
 *                 merge covers left out, nothing between rows
 *   cells-bars    the same with the covered cells written as bars after the row's last cell (2.… | ||)
 *   cells-barline the same with a line of one bar after every row
 *
 * Prints, per document and in total, units and roles right as the page / in that form. A measurement, like the
 * benchmarks: no test asserts on its numbers. --dump writes each document's text in the form to <dir>/<name>.txt, to read
 * or import by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusDocuments, scoreCorpusDocument } from '../src/lib/importer/corpus';
import { importPlan } from '../src/lib/importer/index';
import { readSource } from '../src/lib/importer/read/index';
import type { SourceLine } from '../src/lib/importer/read/source-document';
import { textToDocument } from '../src/lib/importer/read/text';
import { requirementsOf, scoreDocument, type ExpectedPlan } from '../src/lib/importer/score';
import { Registry } from '../src/lib/registry/registry';

const forms = ['run-on', 'run-on-tight', 'page-txt', 'cells-omit', 'cells-bars', 'cells-barline'] as const;
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
function render(lines: readonly SourceLine[], name: string): string | null {
  if (form === 'run-on' || form === 'run-on-tight' || form === 'page-txt') {
    if (lines.length < 8) return null;
    const sep = form === 'run-on' ? ' ' : '';
    const cell = (text: string) => (form === 'page-txt' && !text.trim() ? ' ' : text.replace(/\n/g, ''));
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
    real.forEach((c, k) => out.push(`${c.text.replace(/\n/g, '')} |${form === 'cells-bars' && k === real.length - 1 && covered > 0 ? ` ${'|'.repeat(covered)}` : ''}`));
    if (form === 'cells-barline') out.push('|');
  }
  return out.join('\n');
}

let asPage = 0;
let inForm = 0;
let expected = 0;
for (const doc of corpusDocuments(join(import.meta.dirname, '../tests/importer/corpus'))) {
  if (doc.expected.split !== 'tune' || doc.expected.truncated || (only && !doc.name.includes(only))) continue;
  const text = render((await readSource(doc.file)).document.lines, doc.name);
  if (text === null) continue;
  if (values.dump) writeFileSync(join(values.dump, `${doc.name}.txt`), text);
  const page = await scoreCorpusDocument(doc);
  let score;
  try {
    const result = importPlan(textToDocument(text), { sourceFile: `${doc.name}.txt`, importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
    score = scoreDocument(doc.expected as ExpectedPlan, requirementsOf(result.entry));
  } catch (err) {
    score = { ...scoreDocument(doc.expected as ExpectedPlan, null), error: String(err).slice(0, 80) };
  }
  asPage += page.rolesRight;
  inForm += score.rolesRight;
  expected += page.expected;
  process.stdout.write(`${doc.name.padEnd(48)} page ${page.rolesRight}/${page.expected}  ${form} ${score.rolesRight}/${score.expected}  found ${score.found}${'error' in score ? `  ERROR ${score.error}` : ''}\n`);
  if (values.verbose) for (const m of score.misses) process.stdout.write(`    ${m}\n`);
}
process.stdout.write(`tuned-on documents: units and roles right ${asPage}/${expected} as the page, ${inForm}/${expected} as ${form}\n`);
