import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, Node, parse, TextNode } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { archivePageText } from '../../src/lib/importer/corpus';
import { importPlan, type ImportResult } from '../../src/lib/importer/index';
import { readSource } from '../../src/lib/importer/read/index';
import { textToDocument } from '../../src/lib/importer/read/text';
import { Report } from '../../src/lib/importer/report';
import { splitRunOnLines } from '../../src/lib/importer/runon';
import { Registry } from '../../src/lib/registry/registry';
import type { Requirement } from '../../src/lib/schema/plan';
import { unitSchema } from '../../src/lib/schema/unit';

export const fixturesDir = join(import.meta.dirname, 'fixtures');
export const fixtureRegistry = new Registry((parseYaml(readFileSync(join(fixturesDir, 'units.yaml'), 'utf8')) as unknown[]).map((u) => unitSchema.parse(u)));

/** What a fixture's expectation pins down: metadata, every requirement (boundaries, units, roles, deadline) and the report. */
export function summarise(result: ImportResult) {
  const req = (r: Requirement) => ({
    id: r.id,
    no: r.no,
    text: r.text,
    unitsRaw: r.unitsRaw,
    units: r.units.map((u) => `${u.role}:${u.name}`),
    deadline: r.deadline,
  });
  const { entry } = result;
  return {
    id: result.id,
    meta: {
      title: entry.title,
      issuer: entry.issuer,
      docNumber: entry.docNumber,
      issuedOn: entry.issuedOn,
      publishedOn: entry.publishedOn,
      year: entry.year,
      region: entry.region.name,
      disclosure: entry.disclosure,
      recipients: entry.recipients,
    },
    sections: entry.sections.map((s) => ({
      no: s.no,
      title: s.title,
      tasks: s.tasks.map((t) => ({ no: t.no, title: t.title, requirements: t.requirements.map(req) })),
      requirements: s.requirements.map(req),
    })),
    report: result.report.map((i) => `${i.level} ${i.kind} line ${i.line ?? '-'}${i.requirement ? ` ${i.requirement}` : ''}`),
  };
}

export async function importFixture(file: string): Promise<ImportResult> {
  const source = await readSource(file);
  return importPlan(source.document, { sourceFile: file.split('/').at(-1)!, importedOn: '2026-01-01', registry: fixtureRegistry, sha256: source.sha256 });
}

/**
 * A corpus page as the archive's page.txt writes it (its labelled title line, then the article on one line: archivePageText),
 * cut by the run-on reader: the lines the importer reads.
 */
export function pageTxtLines(page: URL, title: string): string[] {
  const article = archivePageText(readFileSync(page, 'utf8'));
  return splitRunOnLines(textToDocument(`标题: ${title}\n==================== 正文 ====================\n${article}`), new Report()).lines.map((l) => l.text);
}

/**
 * A saved page's tables with one more column after each row's last cell (a header row gets `header`, a row of three cells or
 * more `cell`): the page as the many plans of its family print it that add a 完成时限 or 备注 column.
 */
export function withColumnAfter(html: string, header: string, cell: string): string {
  return html.replace(/<tr\b[\s\S]*?<\/tr>/g, (row) => {
    if ((row.match(/<td\b/g) ?? []).length < 3) return row;
    return `${row.slice(0, row.lastIndexOf('</tr>'))}<td><p>${/牵头单位|责任单位/.test(row) && !/\d[.．、]/.test(row.replace(/<[^>]+>/g, '')) ? header : cell}</p></td></tr>`;
  });
}

/**
 * A saved page's tables with a 序号 column before the first: a row whose first cell opens with its item's number (1.…) has
 * the number moved into the new cell (its digits may stand in several text nodes, <span>2</span><span>3.推进…); the header
 * row gets 序号; a heading across the table spans one column more, any other row gets an empty cell.
 */
export function withSerialColumn(html: string): string {
  const root = parse(html, { comment: false });
  for (const tr of root.querySelectorAll('tr')) {
    const cells = tr.childNodes.filter((c): c is HTMLElement => c instanceof HTMLElement && /^t[dh]$/i.test(c.rawTagName));
    const first = cells[0];
    if (!first) continue;
    const number = /^\s*(\d{1,3})\s*[.．、]/.exec(first.textContent);
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
      strip(first);
      first.insertAdjacentHTML('beforebegin', `<td><p>${number[1]}</p></td>`);
    } else if (/牵头单位|责任单位/.test(tr.textContent) && cells.length >= 3) first.insertAdjacentHTML('beforebegin', '<td><p>序号</p></td>');
    else if (cells.length === 1 || Number(first.getAttribute('colspan') ?? 1) > 1) first.setAttribute('colspan', String(Number(first.getAttribute('colspan') ?? 1) + 1));
    else first.insertAdjacentHTML('beforebegin', '<td><p></p></td>');
  }
  return root.toString();
}
