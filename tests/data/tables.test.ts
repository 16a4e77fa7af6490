import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../src/lib/data/dataset';
import { tableSchema } from '../../src/lib/data/table-schema';
import { validatePackage, type TableData } from '../../src/lib/data/validate';
import { publishedTables, type TableName } from '../../src/lib/schema/published';
import { DataSet as DataSetClass } from '../../src/lib/data/dataset';
import { fixtureCatalog, fixturePublication } from './fixture';
import { bundledDataSet, csvRecords, parseCsv, text } from './helpers';

const tables = Object.keys(publishedTables) as TableName[];
const json = (ds: DataSet, path: string) => JSON.parse(text(ds.bytes(path))) as Record<string, unknown>;

/** The published CSV of every table, parsed back, with the Table Schema from datapackage.json. */
function packageTables(ds: DataSet): Map<string, TableData> {
  const dp = json(ds, 'datapackage.json') as { resources: Array<{ name: string; schema?: TableData['schema'] }> };
  return new Map(
    tables.map((t) => {
      const schema = dp.resources.find((r) => r.name === t)?.schema;
      if (!schema) throw new Error(`datapackage.json has no schema for ${t}`);
      return [t, { schema, rows: parseCsv(ds.bytes(`${t}.csv`)) }];
    }),
  );
}

describe.each([
  ['the bundled plans', bundledDataSet],
  ['the fixture', () => new DataSetClass(fixtureCatalog(), fixturePublication)],
])('published tables of %s', (_label, make) => {
  const ds = make();

  it('every table validates against its own Table Schema, keys included', () => {
    expect(validatePackage(packageTables(ds))).toEqual([]);
  });

  it('every CSV parses back with as many rows as its JSON', () => {
    for (const t of tables) {
      const rows = parseCsv(ds.bytes(`${t}.csv`)).length - 1;
      expect(rows, t).toBe(ds.rowCount(t));
      expect(parseCsv(ds.bytes(`${t}.excel.csv`)).length - 1, `${t} (Excel)`).toBe(rows);
      if (publishedTables[t].json) {
        const data = json(ds, `${t}.json`);
        expect((data['rows'] as unknown[]).length, `${t}.json`).toBe(rows);
        expect(data['count']).toBe(rows);
      }
    }
    for (const f of ds.files().filter((f) => f.group === 'plan' && f.path.endsWith('.json'))) {
      const plan = json(ds, f.path) as { sections: Array<{ tasks: Array<{ requirements: unknown[] }>; requirements: unknown[] }> };
      const count = plan.sections.reduce((n, s) => n + s.requirements.length + s.tasks.reduce((m, t) => m + t.requirements.length, 0), 0);
      expect(parseCsv(ds.bytes(f.path.replace(/\.json$/, '.csv'))).length - 1, f.path).toBe(count);
    }
    for (const f of ds.files().filter((f) => f.group === 'unit' && f.path.endsWith('.json'))) {
      const unit = json(ds, f.path) as { ledger: unknown[] };
      expect(parseCsv(ds.bytes(f.path.replace(/\.json$/, '.csv'))).length - 1, f.path).toBe(unit.ledger.length);
    }
  });

  it('the Excel variant holds the same cells, apart from neutralised formulas', () => {
    for (const f of ds.files().filter((f) => f.path.endsWith('.excel.csv'))) {
      const excel = parseCsv(ds.bytes(f.path));
      const clean = parseCsv(ds.bytes(f.path.replace('.excel.csv', '.csv')));
      excel.forEach((row, i) => row.forEach((cell, j) => expect(cell === clean[i]?.[j] || cell === `'${clean[i]?.[j]}`, `${f.path} ${i}:${j}`).toBe(true)));
    }
  });

  it('every per-plan CSV is that plan’s slice of requirements.csv', () => {
    const all = text(ds.bytes('requirements.csv')).split('\r\n');
    for (const f of ds.files().filter((f) => f.group === 'plan' && f.path.endsWith('.json'))) {
      const id = f.path.slice('plans/'.length, -'.json'.length);
      const lines = text(ds.bytes(`plans/${id}.csv`)).split('\r\n').filter((l) => l !== '');
      expect(lines[0]).toBe(all[0]);
      for (const line of lines.slice(1)) expect(all).toContain(line);
    }
  });
});

describe('what a journalist sees in the bundled data', () => {
  const ds = bundledDataSet();
  const requirements = csvRecords(ds.bytes('requirements.excel.csv'));
  const plans = csvRecords(ds.bytes('plans.csv'));

  it('has the four plans with their document numbers, newest first', () => {
    expect(plans.map((p) => [p['plan_id'], p['doc_number'], p['year']])).toEqual([
      ['2022-jiangmen-jgzx', '江建管〔2022〕39号', '2022'],
      ['2022-leizhou', '雷府办函〔2022〕316号', '2022'],
      ['2021-meizhou', '梅市府办函〔2021〕159号', '2021'],
      ['2018-jieyang', expect.any(String), '2018'],
    ]);
    for (const p of plans) expect(p['source_sha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows 雷州 requirement 1 as the document prints it, with its two lead units', () => {
    const r1 = requirements.find((r) => r['plan_id'] === '2022-leizhou' && r['requirement_id'] === 'r1');
    expect(r1?.['text']).toMatch(/^加快推进市政府行政规范性文件库建设。/);
    expect(r1?.['section_title']).toBe('优化政务公开工作基础');
    expect(r1?.['lead_units']).toBe('市政务服务数据管理局；市司法局');
    expect(r1?.['participate_units']).toBe('市直各单位');
    expect(r1?.['units_raw']).toBe('市政务服务数据管理局、市司法局牵头，市直各单位按职责分工落实');
  });

  it('counts assignments per unit consistently with the assignments table', () => {
    const assignments = csvRecords(ds.bytes('assignments.csv'));
    for (const u of csvRecords(ds.bytes('units.csv'))) {
      const mine = assignments.filter((a) => a['unit_id'] === u['unit_id']);
      expect(Number(u['lead_count']) + Number(u['responsible_count']) + Number(u['participate_count']), u['unit_id']).toBe(mine.length);
    }
  });
});

describe('the Table Schema validator', () => {
  const schema = tableSchema('assignments');
  const header = schema.fields.map((f) => f.name);
  const goodCells: Record<string, string> = {
    plan_id: '2022-leizhou',
    requirement_id: 'r1',
    unit_id: 'leizhou-shisifaju',
    unit_name: '市司法局',
    unit_full_name: '雷州市 市司法局',
    unit_kind: 'department',
    collective: 'false',
    role: 'lead',
    role_label: '牵头',
    year: '2022',
    region: '雷州市',
    issuer: '雷州市人民政府办公室',
    section_position: '1',
    section_no: '一',
    task_position: '1',
    task_no: '一',
    requirement_position: '1',
    no: '1',
    text: '加快推进市政府行政规范性文件库建设。',
    url: '/plans/2022-leizhou/#r1',
  };
  /** The good row with some cells replaced, in header order. */
  const rowWith = (edit: Record<string, string> = {}) => header.map((h) => edit[h] ?? goodCells[h] ?? '');
  const good = rowWith();
  // Each case: one broken cell or row, and the error it must produce.
  it.each([
    ['an unknown role', rowWith({ role: 'boss' }), /not one of lead, responsible, participate/],
    ['a non-integer year', rowWith({ year: '二〇二二' }), /not an integer/],
    ['an empty required cell', rowWith({ plan_id: '' }), /required but empty/],
    ['a bad unit id', rowWith({ unit_id: 'Leizhou 司法局' }), /does not match/],
    ['a collective flag that is not true or false', rowWith({ collective: '是' }), /not true or false/],
    ['a short row', good.slice(0, 8), /has 8 cells; the header has 20/],
  ])('reports %s', (_case, row, message) => {
    const errors = validatePackage(new Map([['assignments', { schema: { ...schema, foreignKeys: [] }, rows: [header, row] }]]));
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('reports a duplicate primary key and a dangling foreign key', () => {
    const units: TableData = { schema: tableSchema('units'), rows: [tableSchema('units').fields.map((f) => f.name)] };
    const errors = validatePackage(
      new Map([
        ['assignments', { schema: { ...schema, foreignKeys: schema.foreignKeys.filter((fk) => fk.reference.resource === 'units') }, rows: [header, good, good] }],
        ['units', units],
      ]),
    );
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/duplicate primary key/),
      'leizhou-shisifaju is not a unit_id of units',
      'leizhou-shisifaju is not a unit_id of units',
    ]);
  });
});
