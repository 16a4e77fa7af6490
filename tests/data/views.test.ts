/**
 * Every view has its data, as in Datasette: each year and region page of the
 * bundled site has a CSV, a JSON and a workbook of exactly what it lists, in
 * the page's order; a theme page, whose requirements repeat under each of
 * their themes, has the workbook only (docs/data.md, "Slimmer at scale").
 * A year's workbook also holds the year's requirements (the whole-site table
 * for spreadsheets, split by year: tests/data/spreadsheet-limit.test.ts).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { plansByRegion, plansByYear } from '../../src/lib/browse';
import { dataPath, type DataFormat } from '../../src/lib/urls';
import { bundledDataSet, csvRecords } from './helpers';

const ds = bundledDataSet();
const plans = csvRecords(ds.bytes('plans.csv'));
const requirements = csvRecords(ds.bytes('requirements.csv'));
const formats: Record<'theme' | 'year' | 'region', DataFormat[]> = { theme: ['xlsx'], year: ['json', 'csv', 'xlsx'], region: ['json', 'csv', 'xlsx'] };

describe('per-view data files', () => {
  it('exist for every theme (a workbook), year and region (workbook, CSV, JSON), and in no other format', () => {
    const paths = new Set(ds.files().map((f) => f.path));
    const expected = [
      ...ds.catalog.themes.map((t) => ['theme', t.id] as const),
      ...plansByYear(ds.catalog).map((y) => ['year', y.year] as const),
      ...plansByRegion(ds.catalog).map((r) => ['region', r.slug] as const),
    ];
    expect(expected.length).toBe(ds.catalog.themes.length + 3 + 4);
    for (const [view, id] of expected) {
      for (const format of ['json', 'csv', 'excel.csv', 'xlsx'] as const) expect(paths.has(dataPath(view, id, format)), dataPath(view, id, format)).toBe(formats[view].includes(format));
    }
    expect(ds.files().filter((f) => f.group === 'view')).toHaveLength(ds.catalog.themes.length + 3 * (3 + 4));
  });

  it('years/2022 lists 2022’s three plans, as the year page does', () => {
    const rows = csvRecords(ds.bytes('years/2022.csv'));
    expect(rows.map((r) => r['plan_id'])).toEqual(plansByYear(ds.catalog).find((y) => y.year === 2022)?.plans.map((p) => p.plan.id));
    expect(rows).toEqual(plans.filter((p) => p['year'] === '2022'));
    expect(rows.map((r) => r['plan_id'])).toEqual(['2022-jiangmen-jgzx', '2022-leizhou']);
  });

  it.each(plansByRegion(ds.catalog).map((r) => [r.name, r.slug]))('regions/%s lists that region’s plans', (name, slug) => {
    expect(csvRecords(ds.bytes(`regions/${slug}.csv`))).toEqual(plans.filter((p) => p['region'] === name));
  });

  it.each(ds.catalog.themes.map((t) => [t.id]))('themes/%s.xlsx lists the requirements of that theme, in site order', async (id) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await ds.content(`themes/${id}.xlsx`)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('具体要求');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const idColumn = header.indexOf('要求编号') + 1;
    const planColumn = header.indexOf('方案编号') + 1;
    const listed: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) listed.push(`${String(row.getCell(planColumn).value)}#${String(row.getCell(idColumn).value)}`);
    });
    expect(listed).toEqual(requirements.filter((r) => (r['themes'] ?? '').split('；').includes(id)).map((r) => `${r['plan_id']}#${r['requirement_id']}`));
  });

  it('themes/zhengce-jiedu.xlsx opens with the theme’s requirements and a 说明 sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await ds.content('themes/zhengce-jiedu.xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['具体要求', '说明']);
    expect(workbook.getWorksheet('具体要求')?.rowCount).toBe(requirements.filter((r) => (r['themes'] ?? '').split('；').includes('zhengce-jiedu')).length + 1);
  });
});
