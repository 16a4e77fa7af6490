import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../src/lib/data/dataset';
import { tableSchema } from '../../src/lib/data/table-schema';
import { validatePackage, type TableData } from '../../src/lib/data/validate';
import { publishedTables, type TableName } from '../../src/lib/schema/published';
import { DataSet as DataSetClass } from '../../src/lib/data/dataset';
import { predecessors } from '../../src/lib/data/rows';
import { roleLabels, type Role } from '../../src/lib/schema/plan';
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

  it('every CSV parses back with as many rows as its table, and its Excel twin and JSON where the table has them', () => {
    const paths = new Set(ds.files().map((f) => f.path));
    for (const t of tables) {
      const rows = parseCsv(ds.bytes(`${t}.csv`)).length - 1;
      expect(rows, t).toBe(ds.rowCount(t));
      expect(paths.has(`${t}.excel.csv`), `${t}.excel.csv`).toBe(publishedTables[t].excelCsv);
      if (publishedTables[t].excelCsv) expect(parseCsv(ds.bytes(`${t}.excel.csv`)).length - 1, `${t} (Excel)`).toBe(rows);
      expect(paths.has(`${t}.json`), `${t}.json`).toBe(publishedTables[t].json);
      if (publishedTables[t].json) {
        const data = json(ds, `${t}.json`);
        expect((data['rows'] as unknown[]).length, `${t}.json`).toBe(rows);
        expect(data['count']).toBe(rows);
      }
    }
  });

  it('datapackage.json sends Excel readers of a table without an Excel CSV to its workbook sheet', () => {
    const dp = json(ds, 'datapackage.json') as { resources: Array<{ name: string; description: string }> };
    const assignments = dp.resources.find((r) => r.name === 'assignments');
    expect(publishedTables.assignments.excelCsv).toBe(false);
    expect(assignments?.description).toContain('用 Excel 打开请用 fengong.xlsx 中的“分工明细”工作表');
    expect(dp.resources.find((r) => r.name === 'requirements')?.description).toContain('requirements.excel.csv');
  });

  it('each plan has its nested JSON with every requirement of requirements.csv, and a workbook; no CSV', () => {
    const requirements = csvRecords(ds.bytes('requirements.csv'));
    for (const plan of ds.catalog.plans) {
      const data = json(ds, `plans/${plan.id}.json`) as { sections: Array<{ tasks: Array<{ requirements: Array<{ id: string }> }>; requirements: Array<{ id: string }> }> };
      const ids = data.sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)].map((r) => r.id));
      expect(new Set(ids), plan.id).toEqual(new Set(requirements.filter((r) => r['plan_id'] === plan.id).map((r) => r['requirement_id'])));
      expect(ds.file(`plans/${plan.id}.xlsx`), plan.id).toBeDefined();
      expect(ds.file(`plans/${plan.id}.csv`), plan.id).toBeUndefined();
    }
  });

  it('the Excel variant holds the same cells as the CSV, apart from neutralised formulas', () => {
    for (const f of ds.files().filter((f) => f.path.endsWith('.excel.csv') && f.group !== 'unit')) {
      const excel = parseCsv(ds.bytes(f.path));
      const clean = parseCsv(ds.bytes(f.path.replace('.excel.csv', '.csv')));
      excel.forEach((row, i) => row.forEach((cell, j) => expect(cell === clean[i]?.[j] || cell === `'${clean[i]?.[j]}`, `${f.path} ${i}:${j}`).toBe(true)));
    }
  });

  it('each unit has one ledger, an Excel CSV: its rows of assignments.csv and its predecessors’, with the text of requirements.csv', () => {
    const assignments = csvRecords(ds.bytes('assignments.csv'));
    const requirements = csvRecords(ds.bytes('requirements.csv'));
    const textOf = new Map(requirements.map((r) => [r['url'], r['text']]));
    const urlOf = new Map(requirements.map((r) => [`${r['plan_id']}#${r['requirement_id']}`, r['url']]));
    // A ledger row is named by its permalink (which holds the plan and requirement ids), unit name and role (in Chinese);
    // an assignment row by its ids, which join requirements.csv for the permalink.
    const key = (r: Record<string, string | undefined>) => `${r['url']}:${r['unit_name']}:${r['role_label']}`;
    const assignmentKey = (a: Record<string, string | undefined>) =>
      `${urlOf.get(`${a['plan_id']}#${a['requirement_id']}`)}:${a['unit_name']}:${roleLabels[a['role'] as Role]}`;
    const ledgers = ds.files().filter((f) => f.group === 'unit');
    expect(ledgers.length).toBe(ds.catalog.units.length);
    for (const f of ledgers) {
      expect(f.path).toMatch(/^units\/[a-z0-9-]+\.excel\.csv$/);
      const unitId = f.path.slice('units/'.length, -'.excel.csv'.length);
      const bytes = ds.bytes(f.path);
      expect(bytes.subarray(0, 3), f.path).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
      const ledger = csvRecords(bytes);
      const ids = new Set([unitId, ...predecessors(unitId, ds.catalog)]);
      expect(new Set(ledger.map(key)), f.path).toEqual(new Set(assignments.filter((a) => ids.has(a['unit_id'] ?? '')).map(assignmentKey)));
      for (const row of ledger) expect([textOf.get(row['url']), `'${textOf.get(row['url'])}`], f.path).toContain(row['text']);
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
    collective: 'false',
    role: 'lead',
    year: '2022',
    region: '雷州市',
    issuer: '雷州市人民政府办公室',
    section_position: '1',
    section_no: '一',
    task_position: '1',
    task_no: '一',
    requirement_position: '1',
    no: '1',
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
    ['a short row', good.slice(0, 8), /has 8 cells; the header has 16/],
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
