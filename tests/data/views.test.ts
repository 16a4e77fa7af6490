/**
 * Every view has its data, as in Datasette: each theme, year and region page
 * of the bundled site has a CSV, a JSON and a workbook of
 * exactly what it lists, in the page's order.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { plansByRegion, plansByYear } from '../../src/lib/browse';
import { dataPath, type DataFormat } from '../../src/lib/urls';
import { bundledDataSet, csvRecords, text } from './helpers';

const ds = bundledDataSet();
const plans = csvRecords(ds.bytes('plans.csv'));
const requirements = csvRecords(ds.bytes('requirements.csv'));
const formats: DataFormat[] = ['json', 'csv', 'xlsx'];

describe('per-view data files', () => {
  it('exist for every theme, year and region, in three formats (the workbook stands in for an Excel CSV)', () => {
    const paths = new Set(ds.files().map((f) => f.path));
    const expected = [
      ...ds.catalog.themes.map((t) => ['theme', t.id] as const),
      ...plansByYear(ds.catalog).map((y) => ['year', y.year] as const),
      ...plansByRegion(ds.catalog).map((r) => ['region', r.slug] as const),
    ];
    expect(expected.length).toBe(ds.catalog.themes.length + 3 + 4);
    for (const [view, id] of expected) for (const format of formats) expect(paths.has(dataPath(view, id, format)), dataPath(view, id, format)).toBe(true);
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

  it.each(ds.catalog.themes.map((t) => [t.id]))('themes/%s lists the requirements of that theme, in site order', (id) => {
    const rows = csvRecords(ds.bytes(`themes/${id}.csv`));
    expect(rows).toEqual(requirements.filter((r) => (r['themes'] ?? '').split('；').includes(id)));
    const json = JSON.parse(text(ds.bytes(`themes/${id}.json`))) as { count: number; rows: unknown[]; license: { name: string } };
    expect(json.count).toBe(rows.length);
    expect(json.rows).toHaveLength(rows.length);
    expect(json.license.name).toBe('CC-BY-4.0');
  });

  it('themes/zhengce-jiedu.xlsx opens with the theme’s requirements and a 说明 sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await ds.content('themes/zhengce-jiedu.xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['具体要求', '说明']);
    expect(workbook.getWorksheet('具体要求')?.rowCount).toBe(requirements.filter((r) => (r['themes'] ?? '').split('；').includes('zhengce-jiedu')).length + 1);
  });
});
