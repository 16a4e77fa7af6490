/**
 * The .xlsx workbooks, opened as a journalist would: read back with exceljs
 * (sheets, Chinese titles from the data dictionary, frozen header,
 * autofilter, widths, links, the 说明 sheet) and converted by LibreOffice Calc
 * to CSV, which must give the published cells.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { zipInMemory } from '../../src/lib/data/archive';
import { afterAll, describe, expect, it } from 'vitest';
import { DataSet, workbookFile } from '../../src/lib/data/dataset';
import { displayWidth } from '../../src/lib/data/workbook';
import { publishedTables, type TableName } from '../../src/lib/schema/published';
import { fixtureCatalog, fixturePublication } from './fixture';
import { asShownInSheet, bundledDataSet, csvRecords } from './helpers';

const ds = bundledDataSet();
const tableNames = Object.keys(publishedTables) as TableName[];

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as shown text, header included (links as their text, numbers as digits). */
function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? '' : typeof v === 'object' && 'text' in v ? String(v.text) : String(v));
    }
    out.push(cells);
  });
  return out;
}

/** The published CSV's cells as a workbook shows them: booleans as 是/否, roles as 牵头/负责/配合, themes by name. */
const asShown = (name: TableName, record: Record<string, string>) => asShownInSheet(ds, name, record);

const whole = await open(await ds.content(workbookFile));

describe('fengong.xlsx, the whole-site workbook', () => {
  it('has one sheet per table, in the data page’s order, then 说明', () => {
    expect(whole.worksheets.map((w) => w.name)).toEqual([...tableNames.map((n) => publishedTables[n].title), '说明']);
  });

  it.each(tableNames.map((n) => [n]))('%s: Chinese titles from the dictionary, frozen header, autofilter over every row, the same cells as the CSV', (name) => {
    const ws = whole.getWorksheet(publishedTables[name].title);
    if (!ws) throw new Error(`no sheet ${publishedTables[name].title}`);
    const fields = ds.sheetFields(name);
    const [header, ...rows] = sheetRows(ws);
    expect(header).toEqual(fields.map((f) => f.title));
    expect(new Set(header).size, 'column titles are unique within a sheet').toBe(header?.length);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const records = csvRecords(ds.bytes(`${name}.csv`));
    expect(ws.autoFilter).toBe(`A1:${ws.getColumn(fields.length).letter}${records.length + 1}`);
    expect(rows).toEqual(records.map((r) => asShown(name, r)));
    // Widths follow the content: no column narrower than its title, long text capped and wrapped.
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(displayWidth(fields[0]?.title ?? ''));
    const text = fields.findIndex((f) => f.name === 'text');
    if (text >= 0) {
      expect(ws.getColumn(text + 1).width).toBe(60);
      expect(ws.getColumn(text + 1).alignment).toMatchObject({ wrapText: true });
    }
  });

  it('shows roles in Chinese in 分工明细 (牵头/负责/配合), where assignments.csv has the codes', () => {
    const [header = [], ...rows] = sheetRows(whole.getWorksheet('分工明细')!);
    const role = header.indexOf('职责类型');
    expect(role).toBeGreaterThanOrEqual(0);
    expect(new Set(rows.map((r) => r[role]))).toEqual(new Set(['牵头', '负责', '配合']));
    expect(new Set(csvRecords(ds.bytes('assignments.csv')).map((r) => r['role']))).toEqual(new Set(['lead', 'responsible', 'participate']));
    const about = sheetRows(whole.getWorksheet('说明')!).find((r) => r[0] === '分工明细' && r[2] === 'role');
    expect(about?.[4]).toContain('取值：牵头、负责、配合');
  });

  it('writes counts and positions as numbers, so they sum and sort', () => {
    const ws = whole.getWorksheet('具体要求');
    const header = sheetRows(ws!)[0] ?? [];
    const at = header.indexOf('要求顺序') + 1;
    expect(at).toBeGreaterThan(0);
    expect(typeof ws!.getRow(2).getCell(at).value).toBe('number');
  });

  it('shows a requirement’s themes by name under 主题名称, where requirements.csv has their ids (and no names)', () => {
    const [header = [], ...rows] = sheetRows(whole.getWorksheet('具体要求')!);
    expect(header).toContain('主题名称');
    expect(header).not.toContain('主题');
    const r43 = rows.find((r) => r[header.indexOf('方案编号')] === '2022-leizhou' && r[header.indexOf('要求编号')] === 'r43');
    expect(r43?.[header.indexOf('主题名称')]).toBe('政府网站与政务新媒体；政府公报');
    const csv = csvRecords(ds.bytes('requirements.csv')).find((r) => r['plan_id'] === '2022-leizhou' && r['requirement_id'] === 'r43');
    expect(csv?.['themes']).toBe('zhengfu-wangzhan；zhengfu-gongbao');
    expect(Object.keys(csv ?? {})).not.toContain('theme_names');
  });

  it('explains every column in 说明, with its CSV name, the licence, what links are relative to and the four sources', () => {
    const about = sheetRows(whole.getWorksheet('说明')!);
    const text = about.map((r) => r.join('\t')).join('\n');
    for (const name of tableNames) {
      for (const f of ds.sheetFields(name)) {
        expect(about.some((r) => r[0] === publishedTables[name].title && r[1] === f.title && r[2] === f.name), `${name}.${f.name}`).toBe(true);
      }
    }
    expect(text).toContain('知识共享署名 4.0 国际许可协议');
    expect(text).toContain('相对于本站的域名');
    expect(text).toContain('雷府办函〔2022〕316号');
    expect(text).toContain('http://www.jieyang.gov.cn/zwgk/jcxxgk/zfwj/content/post_468676.html');
  });

  it('compresses its entries at zlib level 9 (smaller than the default 6), re-packed the same way every time', async () => {
    const bytes = Buffer.from(await ds.content(workbookFile));
    const entries = Object.entries(unzipSync(bytes));
    expect(entries.map(([name]) => name)).toContain('xl/worksheets/sheet1.xml');
    expect(Buffer.compare(Buffer.from(zipInMemory(entries, 9)), bytes)).toBe(0);
    expect(zipInMemory(entries, 6).length).toBeGreaterThan(bytes.length);
  });

  it('is the same bytes when written twice', async () => {
    expect(Buffer.compare(Buffer.from(await ds.content(workbookFile)), Buffer.from(await bundledDataSet().content(workbookFile)))).toBe(0);
  });
});

describe('per-plan workbooks', () => {
  it.each(ds.catalog.plans.map((p) => [p.id]))('plans/%s.xlsx holds that plan’s requirements, their units by role, and no 分工明细 sheet', async (planId) => {
    const workbook = await open(await ds.content(`plans/${planId}.xlsx`));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['具体要求', '说明']);
    const requirements = sheetRows(workbook.getWorksheet('具体要求')!).slice(1);
    expect(requirements).toEqual(
      csvRecords(ds.bytes('requirements.csv'))
        .filter((r) => r['plan_id'] === planId)
        .map((r) => asShown('requirements', r)),
    );
    // The plan's 分工明细 is in the 牵头/负责/配合单位 columns: every assignment of the plan is there.
    const header = sheetRows(workbook.getWorksheet('具体要求')!)[0] ?? [];
    const column = { lead: header.indexOf('牵头单位'), responsible: header.indexOf('负责单位'), participate: header.indexOf('配合单位') };
    const byRequirement = new Map(requirements.map((r) => [r[header.indexOf('要求编号')], r]));
    const assignments = csvRecords(ds.bytes('assignments.csv')).filter((r) => r['plan_id'] === planId);
    expect(assignments.length).toBeGreaterThan(0);
    for (const a of assignments) {
      const row = byRequirement.get(a['requirement_id']);
      expect(String(row?.[column[a['role'] as keyof typeof column]] ?? '').split('；'), `${a['requirement_id']} ${a['unit_name']}`).toContain(a['unit_name']);
    }
    const about = sheetRows(workbook.getWorksheet('说明')!).map((r) => r.join('\t')).join('\n');
    expect(about).toContain(ds.catalog.planById.get(planId)?.data.title);
  });
});

describe('links and formula-like text', () => {
  const planted = '=HYPERLINK("http://example.com","点击")';
  const withSite = new DataSet(
    fixtureCatalog((plans) => {
      const r = plans[0]?.data.sections[0]?.tasks[0]?.requirements[0];
      if (r) r.text = planted;
    }),
    { ...fixturePublication, site: 'https://www.leizhou.gov.cn' },
  );

  it('makes full addresses clickable when the site’s address is configured, and keeps a formula-like text as text', async () => {
    const workbook = await open(await withSite.content(workbookFile));
    const ws = workbook.getWorksheet('具体要求')!;
    const header = sheetRows(ws)[0] ?? [];
    const row = ws.getRow(2 + [...withSite.rows('requirements')].findIndex((r) => r['text'] === planted));
    const url = row.getCell(header.indexOf('要求网址') + 1).value as ExcelJS.CellHyperlinkValue;
    expect(url.hyperlink).toMatch(/^https:\/\/www\.leizhou\.gov\.cn\/zwgk\/fgfa\/plans\/2022-leizhou\/#r1$/);
    const text = row.getCell(header.indexOf('要求正文') + 1);
    expect(text.value).toBe(planted);
    expect(text.type).toBe(ExcelJS.ValueType.String);
    expect(text.formula).toBeUndefined();
  });

  it('writes base-relative paths as plain text when no site address is configured', async () => {
    const workbook = await open(await new DataSet(fixtureCatalog(), fixturePublication).content(workbookFile));
    const ws = workbook.getWorksheet('具体要求')!;
    const header = sheetRows(ws)[0] ?? [];
    expect(ws.getRow(2).getCell(header.indexOf('要求网址') + 1).value).toMatch(/^\/zwgk\/fgfa\/plans\//);
  });
});

describe('LibreOffice Calc reads the workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts 分工明细 to the same cells as assignments.csv', async () => {
    const path = join(dir, 'plan.xlsx');
    const content = await ds.content(workbookFile);
    writeFileSync(path, content);
    const sheet = (await open(content)).worksheets.findIndex((w) => w.name === '分工明细') + 1;
    expect(sheet).toBeGreaterThan(0);
    // 44,34,76 = comma, double quote, UTF-8; the last option is the sheet's number.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`, '--outdir', dir, path],
      { timeout: 120_000, stdio: 'pipe' },
    );
    const csv = readFileSync(join(dir, 'plan-分工明细.csv'), 'utf8');
    const [header, ...rows] = parse(csv) as string[][];
    expect(header).toEqual(ds.sheetFields('assignments').map((f) => f.title));
    expect(rows).toEqual(
      csvRecords(ds.bytes('assignments.csv')).map((r) => asShown('assignments', r)),
    );
  }, 150_000);
});
