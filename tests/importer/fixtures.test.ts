import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importPlan, type ImportResult } from '../../src/lib/importer/index';
import { readSource } from '../../src/lib/importer/sources';
import { Registry } from '../../src/lib/registry/registry';
import type { Requirement } from '../../src/lib/schema/plan';
import { unitSchema } from '../../src/lib/schema/unit';
import { buildDocx, meizhouDocx } from './docx';

const dir = join(import.meta.dirname, 'fixtures');
export const fixtureRegistry = new Registry((parse(readFileSync(join(dir, 'units.yaml'), 'utf8')) as unknown[]).map((u) => unitSchema.parse(u)));

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
  return importPlan(source.text, { sourceFile: file.split('/').at(-1)!, importedOn: '2026-01-01', registry: fixtureRegistry, sha256: source.sha256 });
}

const tmp = mkdtempSync(join(tmpdir(), 'fengong-fixtures-'));
const docxPath = join(tmp, 'meizhou-merged.docx');
writeFileSync(docxPath, buildDocx(meizhouDocx));

const fixtures = [
  ...readdirSync(dir)
    .filter((f) => /\.(md|txt|html)$/.test(f) && f !== 'README.md')
    .map((f) => ({ name: f.replace(/\.[a-z]+$/, ''), path: join(dir, f) })),
  { name: 'docx-merged', path: docxPath },
];

describe('importer fixtures (one per layout, expectations checked by hand)', () => {
  it.each(fixtures)('$name', async ({ name, path }) => {
    const got = summarise(await importFixture(path));
    const expectedFile = join(dir, `${name}.expected.json`);
    // UPDATE_EXPECTED=1 writes a new expectation, to be read line by line against the fixture before committing.
    if (process.env['UPDATE_EXPECTED'] || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(got, null, 2)}\n`);
    expect(got).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
