/**
 * The published data checked by an independent implementation: the
 * Frictionless JavaScript libraries (npm `datapackage` and `tableschema`, the
 * reference implementation in JavaScript, not our validator in
 * src/lib/data/validate.ts) read datapackage.json as written, validate the
 * descriptor against the Data Package profile, and cast every row of every
 * CSV against its Table Schema: types, required, enum, pattern, primary keys
 * and foreign keys between the tables.
 *
 * Those libraries implement Table Schema v1, the last version published for
 * JavaScript; our descriptor is v2, whose one addition we use is the `list`
 * field type (units and themes separated by "；"). For them, list fields are
 * read as strings and a same-table foreign key gets v1's `resource: ""`;
 * nothing else is changed. The lists themselves are checked by
 * tables.test.ts (no empty items).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataFolder } from '../../src/lib/data/write-folder';
import { bundledDataSet } from './helpers';

interface Descriptor {
  $schema?: string;
  resources: Array<{ name: string; format: string; path: string; schema?: { fields: Array<Record<string, unknown>>; foreignKeys: Array<{ reference: { resource?: string } }> } }>;
}

let dir = '';
let published: Descriptor;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fengong-frictionless-'));
  await writeDataFolder(bundledDataSet(), dir);
  published = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The published descriptor as Table Schema v1 readers take it (see above). */
function asV1(descriptor: Descriptor): Descriptor {
  const v1 = structuredClone(descriptor);
  delete v1.$schema;
  for (const r of v1.resources) {
    for (const f of r.schema?.fields ?? []) {
      if (f['type'] !== 'list') continue;
      f['type'] = 'string';
      delete f['itemType'];
      delete f['delimiter'];
    }
    for (const fk of r.schema?.foreignKeys ?? []) fk.reference.resource ??= '';
  }
  return v1;
}

/** Every casting, constraint and key error the Frictionless libraries find in the package's CSV tables. */
async function frictionlessErrors(descriptor: Descriptor, basePath: string): Promise<string[]> {
  const pkg = await Package.load(asV1(descriptor), { basePath, strict: false });
  const errors = pkg.errors.map((e) => `datapackage.json: ${e.message}`);
  for (const resource of pkg.resources.filter((r) => r.tabular)) {
    for (const row of await resource.read({ forceCast: true, relations: true })) {
      if (row instanceof Error) errors.push(`${resource.name}: ${row.message}`);
    }
  }
  return errors;
}

describe('the Frictionless libraries validate the published data package', () => {
  it('find the descriptor valid and every row of every CSV valid, keys included', async () => {
    const tables = published.resources.filter((r) => r.format === 'csv').map((r) => r.name);
    expect(tables).toEqual(['plans', 'requirements', 'assignments', 'units', 'themes']);
    expect(await frictionlessErrors(published, dir)).toEqual([]);
  }, 60_000);

  it.each([
    ['an unknown role', (csv: string) => csv.replace(',lead,2022,', ',boss,2022,')],
    ['a unit missing from units.csv', (csv: string) => csv.replace(',leizhou-shicaizhengju,', ',leizhou-nosuchunit,')],
    ['a duplicated row (primary key)', (csv: string) => csv + csv.split('\r\n')[1] + '\r\n'],
    ['a year that is not a number', (csv: string) => csv.replace(',2022,雷州市,', ',二〇二二,雷州市,')],
  ])('report %s in assignments.csv', async (_case, corrupt) => {
    const broken = mkdtempSync(join(tmpdir(), 'fengong-frictionless-broken-'));
    try {
      for (const r of published.resources.filter((r) => r.format === 'csv')) {
        const csv = readFileSync(join(dir, r.path), 'utf8');
        const changed = r.name === 'assignments' ? corrupt(csv) : csv;
        if (r.name === 'assignments') expect(changed).not.toBe(csv);
        writeFileSync(join(broken, r.path), changed);
      }
      const errors = await frictionlessErrors(published, broken);
      expect(errors.length, errors.join('\n')).toBeGreaterThan(0);
      expect(errors.every((e) => e.startsWith('assignments: ')), errors.join('\n')).toBe(true);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  }, 60_000);
});
