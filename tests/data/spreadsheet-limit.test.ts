/**
 * One rule for whole-site tables in spreadsheets (docs/data.md, "Whole-site
 * tables for spreadsheets: one limit"): a table of more than
 * `maxSheetRows` rows has no sheet in fengong.xlsx and no `.excel.csv`, and
 * Excel readers get the requirements split by year, in every
 * `years/<year>.xlsx`. A small limit is injected instead of building a site
 * of 200,000 requirements: with 80, the bundled site's requirements (167)
 * and assignments (430) are over it, its plans (4), units (75) and themes
 * (25) are not, and of its years 2022 (84 requirements) is over it while
 * 2021 (46) and 2018 (37) are not. The same limit keeps a table out of
 * fengong-data.zip, and above it on requirements the theme workbooks go.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DataSet, hasThemeWorkbooks, themeWorkbookNote, workbookFile, zipFile } from '../../src/lib/data/dataset';
import { writeDataFolder } from '../../src/lib/data/write-folder';
import { dataDictionary } from '../../src/lib/data/dictionary';
import { maxSheetRows } from '../../src/lib/data/workbook';
import { asShownInSheet, bundledDataSet, bundledPublication, csvRecords } from './helpers';

const normal = bundledDataSet();
const small = new DataSet(normal.catalog, bundledPublication, { maxSheetRows: 80 });
const requirements = csvRecords(normal.bytes('requirements.csv'));

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as shown text, header included (links as their text). */
function sheetRows(ws: ExcelJS.Worksheet | undefined): string[][] {
  if (!ws) throw new Error('no such sheet');
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

const requirementFields = normal.sheetFields('requirements');
/** requirements.csv's rows as a workbook shows them. */
const shown = (rows: Array<Record<string, string>>) => rows.map((r) => asShownInSheet(normal, 'requirements', r));
/** The 说明 sheet's row that describes a data sheet (工作表, 行数, CSV 文件, '', 内容). */
const aboutRow = (about: string[][], sheet: string) => about.find((r) => r[0] === sheet && /^\d+$/.test(r[1] ?? ''));
const datapackageDescription = (ds: DataSet, name: string) =>
  (JSON.parse(Buffer.from(ds.bytes('datapackage.json')).toString('utf8')) as { resources: Array<{ name: string; description: string }> }).resources.find((r) => r.name === name)?.description;

describe('whole-site tables for spreadsheets: one row limit', () => {
  it('is 200,000 rows by default, so the bundled site gives every table to spreadsheets', () => {
    expect(normal.maxSheetRows).toBe(maxSheetRows);
    expect(maxSheetRows).toBe(200_000);
    expect(normal.file('requirements.excel.csv')).toBeDefined();
    expect(normal.spreadsheetNote('requirements')).toBeNull();
    expect(datapackageDescription(normal, 'requirements')).toContain('requirements.excel.csv');
  });

  it('above the limit, a table has no .excel.csv; the tables under it keep theirs', () => {
    expect(small.file('requirements.excel.csv')).toBeUndefined();
    expect(small.file('requirements.csv')).toBeDefined();
    for (const name of ['plans', 'units', 'themes']) expect(small.file(`${name}.excel.csv`), name).toBeDefined();
  });

  it('above the limit, fengong.xlsx has no sheet for the table, and its 说明 says where Excel readers find it', async () => {
    const workbook = await open(await small.content(workbookFile));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['分工方案', '责任单位', '主题', '说明']);
    const about = sheetRows(workbook.getWorksheet('说明'));
    const row = aboutRow(about, '具体要求');
    expect(row?.[1]).toBe('167');
    expect(row?.[4]).toContain('行数超过 80，未放入本工作簿');
    expect(row?.[4]).toContain('years/<年度>.xlsx');
    // Said once, not twice (the 说明 sheet's own "行数超过" and the note's "本表超过").
    expect(row?.[4]).not.toContain('本表超过');
    expect(aboutRow(about, '分工明细')?.[4]).toContain('units/<单位编号>.excel.csv');
  });

  it('datapackage.json and the data page’s dictionary say the same, at the injected limit', () => {
    const note = small.spreadsheetNote('requirements');
    expect(note).toContain('本表超过 80 行，没有放入 fengong.xlsx，也不另附 Excel CSV');
    expect(note).toContain('years/<年度>.xlsx');
    expect(note).toContain('某一年度的要求超过 80 条时');
    expect(datapackageDescription(small, 'requirements')).toContain(note);
    expect(datapackageDescription(small, 'requirements')).not.toContain('requirements.excel.csv');
    const table = dataDictionary(small).find((t) => t.name === 'requirements');
    expect(table?.spreadsheetNote).toBe(note);
    expect(table?.inWorkbook).toBe(false);
    expect(table?.files.map((f) => f.path)).toEqual(['requirements.csv']);
  });

  it('a year under the limit has all its requirements in its workbook, with their text and units by role', async () => {
    const workbook = await open(await small.content('years/2021.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['分工方案', '具体要求', '说明']);
    const [header, ...rows] = sheetRows(workbook.getWorksheet('具体要求'));
    expect(header).toEqual(requirementFields.map((f) => f.title));
    expect(header).toEqual(expect.arrayContaining(['要求正文', '牵头单位', '负责单位', '配合单位']));
    expect(rows).toEqual(shown(requirements.filter((r) => r['year'] === '2021')));
    expect(rows).toHaveLength(46);
  });

  it('a year over the limit leaves its requirements out, and its 说明 sends the reader to the plans’ workbooks', async () => {
    const workbook = await open(await small.content('years/2022.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['分工方案', '说明']);
    const row = aboutRow(sheetRows(workbook.getWorksheet('说明')), '具体要求');
    expect(row?.[1]).toBe('84');
    expect(row?.[4]).toContain('行数超过 80，未放入本工作簿');
    expect(row?.[4]).toContain('plans/<方案编号>.xlsx');
  });

  it('the years’ workbooks together hold every requirement once (the whole-site table, split by year)', async () => {
    const all: string[][] = [];
    for (const view of normal.views().filter((v) => v.view === 'year')) {
      const workbook = await open(await normal.content(`years/${view.id}.xlsx`));
      all.push(...sheetRows(workbook.getWorksheet('具体要求')).slice(1));
    }
    expect(all).toHaveLength(requirements.length);
    expect(new Set(all.map((r) => r.join('\t')))).toEqual(new Set(shown(requirements).map((r) => r.join('\t'))));
  });

  it('above the limit, a table is not in fengong-data.zip, and datapackage.json says which tables the zip holds and why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-zip-limit-'));
    try {
      await writeDataFolder(small, dir);
      const names = Object.keys(unzipSync(readFileSync(join(dir, zipFile))));
      // The reader downloads the long tables on their own: they are in the folder and in SHA256SUMS, not in the zip.
      for (const f of ['requirements.csv', 'assignments.csv']) {
        expect(names, f).not.toContain(f);
        expect(readFileSync(join(dir, f)).length, f).toBeGreaterThan(0);
        expect(readFileSync(join(dir, 'SHA256SUMS'), 'utf8'), f).toContain(`  ${f}\n`);
      }
      for (const f of ['plans.csv', 'plans.json', 'units.csv', 'units.json', 'themes.csv', 'themes.json', workbookFile, 'datapackage.json', 'SHA256SUMS']) expect(names, f).toContain(f);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(small.zipLeftOut()).toEqual(['requirements', 'assignments']);
    const description = (JSON.parse(Buffer.from(small.bytes('datapackage.json')).toString('utf8')) as { description: string }).description;
    expect(description).toContain('fengong-data.zip 含全站表格 plans（分工方案）、units（责任单位）、themes（主题）的 CSV 和 JSON');
    expect(description).toContain('超过 80 行的表 requirements（具体要求）、assignments（分工明细）太大，不放入压缩包，请单独下载 requirements.csv、assignments.csv。');
  });

  it('under the limit, the zip holds every whole-site table (the bundled site, every real deployment today)', () => {
    expect(normal.zipLeftOut()).toEqual([]);
    for (const f of ['requirements.csv', 'assignments.csv', 'plans.json']) expect(normal.inZip(normal.file(f)!), f).toBe(true);
    expect(normal.inZip(normal.file('requirements.excel.csv')!)).toBe(false);
    expect(normal.zipNote()).toContain('fengong-data.zip 含全部全站表格（CSV、JSON）');
    expect(normal.zipNote()).not.toContain('不放入压缩包');
  });

  it('a site of more requirements than the limit has no theme workbooks; every theme still has its page, and the data says where its requirements are', () => {
    // 167 requirements: the limit decides on the whole site's requirements, nothing else.
    expect(hasThemeWorkbooks(normal.catalog, 167)).toBe(true);
    expect(hasThemeWorkbooks(normal.catalog, 166)).toBe(false);
    expect(small.hasThemeWorkbooks()).toBe(false);
    expect(small.files().filter((f) => f.path.startsWith('themes/'))).toEqual([]);
    expect(small.views().filter((v) => v.view === 'theme')).toHaveLength(normal.catalog.themes.length);
    const description = (JSON.parse(Buffer.from(small.bytes('datapackage.json')).toString('utf8')) as { description: string }).description;
    expect(description).not.toContain('themes/<主题编号>.xlsx');
    expect(description).toContain(themeWorkbookNote);
    expect(small.spreadsheetNote('requirements')).toContain('“主题名称”一列写明每条要求所属的主题');
    expect(small.spreadsheetNote('requirements')).not.toContain('themes/<主题编号>.xlsx');
  });

  it('below the limit every theme has its workbook and datapackage.json names them (every real deployment today)', () => {
    expect(normal.hasThemeWorkbooks()).toBe(true);
    for (const t of normal.catalog.themes) expect(normal.file(`themes/${t.id}.xlsx`), t.id).toBeDefined();
    const description = (JSON.parse(Buffer.from(normal.bytes('datapackage.json')).toString('utf8')) as { description: string }).description;
    expect(description).toContain('每个主题网页所列的要求见 themes/<主题编号>.xlsx');
    expect(description).not.toContain(themeWorkbookNote);
  });
});
