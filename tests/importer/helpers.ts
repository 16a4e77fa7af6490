import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { walkPlan } from '../../src/lib/catalog';
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

/** A corpus text file (a page saved as text) as the run-on reader cuts it: the lines the importer reads. */
export function runOnLines(file: URL | string): string[] {
  return splitRunOnLines(textToDocument(readFileSync(file, 'utf8')), new Report()).lines.map((l) => l.text);
}

/** A corpus text file's requirements in printed order, imported with no unit registry (the names as printed). */
export function textRequirements(file: URL | string): Requirement[] {
  const entry = importPlan(readFileSync(file, 'utf8'), { sourceFile: 'page.txt', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) }).entry;
  return [...walkPlan(entry)].map((r) => r.requirement);
}

/**
 * A corpus page as the archive's page.txt writes it (its labelled title line, then the article on one line: archivePageText),
 * cut by the run-on reader: the lines the importer reads.
 */
export function pageTxtLines(page: URL, title: string): string[] {
  return splitRunOnLines(textToDocument(pageTxt(readFileSync(page, 'utf8'), title)), new Report()).lines.map((l) => l.text);
}

/** A saved page as page.txt with only its title line labelled, then the article on one line (archivePageText). */
function pageTxt(html: string, title: string): string {
  return `标题: ${title}\n==================== 正文 ====================\n${archivePageText(html)}`;
}

/**
 * A saved page (HTML) imported as the archive's page.txt writes it: the text given to the importer, the section and task
 * titles, and each requirement's units as `role:name` by the first words of its text.
 */
export function importPageTxt(html: string, title: string): { text: string; headings: string[]; roles: (start: string) => string[] | undefined } {
  const text = pageTxt(html, title);
  const result = importPlan(text, { sourceFile: 'page.txt', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
  const requirements = result.entry.sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]);
  const headings = result.entry.sections.flatMap((s) => [s.title, ...s.tasks.map((t) => t.title)]);
  return { text, headings, roles: (start) => requirements.find((r) => r.text.startsWith(start))?.units.map((u) => `${u.role}:${u.name}`) };
}

/**
 * A corpus document (tests/importer/corpus/<name>) imported whole, as `npm run import` reads it: the source, the result, its
 * requirements in printed order, and the roles (role:name) of the first requirement whose text starts with `start`.
 */
export async function importCorpusDocument(name: string) {
  const file = join(import.meta.dirname, 'corpus', name);
  const source = await readSource(file);
  const result = importPlan(source.document, { sourceFile: file, importedOn: '2026-01-01', registry: new Registry([]), sha256: source.sha256 });
  const requirements = [...walkPlan(result.entry)].map(({ requirement }) => requirement);
  const roles = (start: string) => requirements.find((r) => r.text.startsWith(start))?.units.map((u) => `${u.role}:${u.name}`);
  return { file, source, result, requirements, roles };
}

/**
 * A text (a page.txt, a document varied from one) imported as `npm run import` reads a .txt: the result, its requirements
 * in printed order, and the roles (role:name) of the first requirement whose text starts with `start`.
 */
export function importText(text: string) {
  const result = importPlan(text, { sourceFile: 'page.txt', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
  const requirements = [...walkPlan(result.entry)].map(({ requirement }) => requirement);
  const roles = (start: string) => requirements.find((r) => r.text.startsWith(start))?.units.map((u) => `${u.role}:${u.name}`);
  return { result, requirements, roles };
}
