import { createHash } from 'node:crypto';
import { z } from 'zod';
import { plansByRegion, plansByYear } from '../browse';
import type { Catalog, PlanInput, RequirementInPlan } from '../catalog';
import { dataPath, urls, type DataView } from '../urls';
import {
  ledgerRowSchema,
  publishedPlanSchema,
  type PublishedPlan,
  publishedTables,
  tableEnvelope,
  type TableName,
} from '../schema/published';
import { csvChunks, type CsvVariant } from './csv';
import { describeFields, type FieldInfo } from './fields';
import { dataLinks, linkNote, republicationNotice, type DataLinks, type Publication } from './publication';
import { formatRows, maxSheetRows, workbookBytes, type WorkbookAbout, type WorkbookSheet } from './workbook';
import {
  assignmentRows,
  planRow,
  publishedPlan,
  publishedUnits,
  requirementRow,
  themeRow,
  unitLedger,
  unitRow,
} from './rows';
import { tableSchema } from './table-schema';

/** What a data file is, for grouping on the data page and in the zip. */
export type DataFileGroup = 'table' | 'workbook' | 'plan' | 'unit' | 'view' | 'schema' | 'package';

interface DataFileInfo {
  /** Path relative to data/, with forward slashes, e.g. `plans/2022-leizhou.csv`. */
  path: string;
  mediaType: string;
  group: DataFileGroup;
  /** Chinese description for the data page. */
  title: string;
}

/**
 * One file under data/, rendered on demand so a large site never holds every
 * file in memory at once: text files stream their chunks; a workbook (.xlsx,
 * written by exceljs, which works asynchronously) is rendered whole.
 */
export type DataFile = DataFileInfo &
  ({ chunks(): Iterable<Uint8Array>; render?: undefined } | { render(): Promise<Uint8Array>; chunks?: undefined });

/** A theme, year or region page and the rows it lists (see DataSet.views). */
export interface DataViewSource {
  view: Extract<DataView, 'theme' | 'year' | 'region'>;
  id: string | number;
  /** Chinese title, e.g. 2022 年的方案. */
  title: string;
  /** The published table whose columns the rows have. */
  table: Extract<TableName, 'plans' | 'requirements'>;
  count: number;
  rows: () => ReadonlyArray<PlanInput | RequirementInPlan>;
  /** The plans the rows come from (for the sources in the workbook's 说明). */
  plans: () => PlanInput[];
  /**
   * A year's requirements, plan by plan in the page's order, for a second sheet of its
   * workbook: the whole-site requirements table split by year, which is
   * what Excel readers get when that table is too long for a spreadsheet
   * (`DataSet.spreadsheetNote`).
   */
  requirements?: () => ReadonlyArray<RequirementInPlan>;
  /** The page's base-relative URL. */
  page: string;
}

/**
 * Whether every theme page has its own workbook (themes/<id>.xlsx): while
 * the whole-site requirements fit a spreadsheet (`maxSheetRows`, the one
 * limit of `DataSet.fitsSpreadsheet`). Above it the theme workbooks, which
 * hold every requirement again under each of its two or three themes (130
 * MB at 10,000 plans), are left out: the years' workbooks hold every
 * requirement with its 主题名称 column, one filter away (`themeWorkbookNote`).
 * Below it, every real deployment today, nothing changes. For the theme
 * page, which has the catalog but no DataSet.
 */
export function hasThemeWorkbooks(catalog: Pick<Catalog, 'requirements'>, limit = maxSheetRows): boolean {
  return catalog.requirements.length <= limit;
}

/** Where a theme's requirements are for spreadsheet readers when it has no workbook of its own (`hasThemeWorkbooks`). */
export const themeWorkbookNote =
  '主题没有单独的 Excel 表格：各年度 Excel 表格的“具体要求”工作表有该年度的全部要求，其中“主题名称”一列写明每条要求所属的主题，筛选该列包含主题名称的行即可。';

/** Size and SHA-256 of a data file's bytes. */
export interface Digest {
  sha256: string;
  bytes: number;
}

/** Files written by the build step after every other data file exists (they cover the final bytes). */
export const checksumFile = 'SHA256SUMS';
export const zipFile = 'fengong-data.zip';

const encoder = new TextEncoder();
const csvType = 'text/csv; charset=utf-8';
const jsonType = 'application/json';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The whole-site workbook: every table as a sheet, for people (DATA-CONTRACT). */
export const workbookFile = 'fengong.xlsx';
const csvLabel: Record<CsvVariant, string> = { clean: 'CSV', excel: 'Excel CSV，用 Excel 或 WPS 打开不乱码' };

/** JSON with a fixed two-space layout and a final newline, so files diff cleanly. */
const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A plan's nested JSON, compact, with each requirement on a line of its own:
 * a change to one requirement is a one-line diff, and no byte goes to
 * indentation (the indented head and structure were 15.1 MB of the 320.9 MB
 * of per-plan JSON at 10,000 plans; docs/data.md, "Slimmer at scale"). The
 * content is the same JSON value as the importer's `--json`, every field
 * written out (a `null` or `[]` stays: readers index fields by name, and the
 * plan's JSON Schema requires them).
 */
function planJsonText(plan: PublishedPlan): string {
  const lines: string[] = [];
  const mark = (r: unknown) => `\u0000${lines.push(JSON.stringify(r)) - 1}`;
  const marked = {
    ...plan,
    sections: plan.sections.map((s) => ({ ...s, tasks: s.tasks.map((t) => ({ ...t, requirements: t.requirements.map(mark) })), requirements: s.requirements.map(mark) })),
  };
  return `${JSON.stringify(marked).replace(/"\\u0000(\d+)"/g, (_, i: string) => `\n${lines[Number(i)] ?? ''}`)}\n`;
}

/**
 * An object whose last key holds many rows: the head laid out with two-space
 * indents, then one row per line. Readable and diffable, a third smaller
 * than indenting every row, and written as a stream at any size.
 */
function* rowsJson(head: Readonly<Record<string, unknown>>, key: string, rows: Iterable<unknown>): Generator<Uint8Array> {
  const opening = Object.keys(head).length > 0 ? `${JSON.stringify(head, null, 2).replace(/\n}$/, ',')}\n  ` : '{\n  ';
  yield encoder.encode(`${opening}${JSON.stringify(key)}: [`);
  let first = true;
  for (const row of rows) {
    yield encoder.encode(`${first ? '\n' : ',\n'}    ${JSON.stringify(row)}`);
    first = false;
  }
  yield encoder.encode(first ? ']\n}\n' : '\n  ]\n}\n');
}

/**
 * The whole set of published data files for one catalog: the manifest, the
 * bytes of each file, their checksums, and the dictionary (datapackage.json,
 * JSON Schemas). Everything is a pure function of the catalog and the
 * publication settings: no clock, no randomness, stable ordering.
 */
export class DataSet {
  readonly links: DataLinks;
  /**
   * Rows beyond which a whole-site table is not given to spreadsheets: no
   * sheet in fengong.xlsx, no `.excel.csv` (`maxSheetRows`; tests inject a
   * small one instead of building a site of 200,000 requirements).
   */
  readonly maxSheetRows: number;
  readonly #files: Map<string, DataFile>;
  readonly #hashes = new Map<string, Digest>();

  constructor(
    readonly catalog: Catalog,
    readonly publication: Publication,
    options: { maxSheetRows?: number } = {},
  ) {
    this.links = dataLinks(publication);
    this.maxSheetRows = options.maxSheetRows ?? maxSheetRows;
    this.#files = new Map(this.#manifest().map((f) => [f.path, f]));
  }

  /** Whether a whole-site table is short enough for a spreadsheet: a sheet in fengong.xlsx, and its `.excel.csv` where it has one. */
  fitsSpreadsheet(name: TableName): boolean {
    return this.rowCount(name) <= this.maxSheetRows;
  }

  /** Whether every theme page has its own workbook (`hasThemeWorkbooks`, at this data set's limit). */
  hasThemeWorkbooks(): boolean {
    return hasThemeWorkbooks(this.catalog, this.maxSheetRows);
  }

  /** Whether `<name>.excel.csv` is published: the table has an Excel twin and fits a spreadsheet. */
  hasExcelCsv(name: TableName): boolean {
    return publishedTables[name].excelCsv && this.fitsSpreadsheet(name);
  }

  /**
   * Where Excel readers find a whole-site table that is too long for a
   * spreadsheet (null while it fits): for datapackage.json and the data page,
   * so they say the same as the 说明 sheet of fengong.xlsx (`#spreadsheetWhere`).
   */
  spreadsheetNote(name: TableName): string | null {
    if (this.fitsSpreadsheet(name)) return null;
    const over = `本表超过 ${formatRows(this.maxSheetRows)} 行，没有放入 ${workbookFile}${publishedTables[name].excelCsv ? '，也不另附 Excel CSV' : ''}。`;
    return `${over}${this.#spreadsheetWhere(name)}`;
  }

  /** The second half of `spreadsheetNote`: where the rows are instead (the 说明 sheet says the first half itself). */
  #spreadsheetWhere(name: TableName): string {
    const table = publishedTables[name];
    switch (name) {
      case 'requirements':
        return `用 Excel 或 WPS 查看时，请下载各年度的 Excel 表格 years/<年度>.xlsx：其中的“${table.title}”工作表是该年度的全部要求（附正文，牵头、负责、配合单位各占一列）；某一年度的要求超过 ${formatRows(this.maxSheetRows)} 条时，该年度的表格不含此表，请下载各方案的 Excel 表格 plans/<方案编号>.xlsx。${themeWorkbookNote}程序读取请用 ${name}.csv。`;
      case 'assignments':
        return `用 Excel 查看时，每个责任单位的台账 units/<单位编号>.excel.csv 列出该单位承担的每条要求（附正文、职责和要求网址），每份方案的 Excel 表格 plans/<方案编号>.xlsx 的“具体要求”工作表按职责列出每条要求的责任单位。`;
      default:
        return `程序读取请用 ${name}.csv。`;
    }
  }


  /**
   * Whether a file goes into fengong-data.zip: the data package, i.e. the
   * whole-site tables (CSV, JSON) of at most `maxSheetRows` rows, the
   * workbook, datapackage.json and the JSON Schemas (SHA256SUMS is added by
   * the writer). Left out: the Excel CSVs (each is its CSV again with a BOM
   * and guarded cells, for a reader who opens one file in Excel; 40 % of the
   * zip once); the per-plan, per-unit and per-view slices (zipping them too
   * made the zip a fifth of the data folder); and, by the one limit of
   * `fitsSpreadsheet`, a table too long for a spreadsheet, whose reader
   * downloads it on its own (requirements and assignments at 10,000 plans:
   * 58.1 MB of the 65.3 MB zip). SHA256SUMS lists every file of the folder, so
   * the zip is checked with `sha256sum -c --ignore-missing` (docs/data.md).
   */
  inZip(file: Pick<DataFile, 'group' | 'path'>): boolean {
    if (file.path.endsWith('.excel.csv')) return false;
    if (file.group === 'table') return this.zipTables().some((name) => file.path === `${name}.csv` || file.path === `${name}.json`);
    return file.group === 'workbook' || file.group === 'schema' || file.group === 'package';
  }

  /** The whole-site tables in fengong-data.zip: those of at most `maxSheetRows` rows. */
  zipTables(): TableName[] {
    return (Object.keys(publishedTables) as TableName[]).filter((name) => this.fitsSpreadsheet(name));
  }

  /**
   * What fengong-data.zip holds, for people (datapackage.json and the data
   * page): the tables in it and, when a table is left out for its size,
   * which and why.
   */
  zipNote(): string {
    const outside = this.zipLeftOut();
    const list = (names: readonly TableName[]) => names.map((n) => `${n}（${publishedTables[n].title}）`).join('、');
    const tables = outside.length === 0 ? '全部全站表格（CSV、JSON）' : `全站表格 ${list(this.zipTables())}的 CSV 和 JSON`;
    const left =
      outside.length === 0
        ? ''
        : `超过 ${formatRows(this.maxSheetRows)} 行的表 ${list(outside)}太大，不放入压缩包，请单独下载 ${outside.map((n) => `${n}.csv`).join('、')}。`;
    return `${zipFile} 含${tables}、Excel 工作簿 ${workbookFile} 和说明文件（datapackage.json、schemas/、${checksumFile}）。${left}`;
  }

  /** The whole-site tables left out of fengong-data.zip for their size (none below `maxSheetRows` rows). */
  zipLeftOut(): TableName[] {
    return (Object.keys(publishedTables) as TableName[]).filter((name) => !this.fitsSpreadsheet(name));
  }

  /** Every data file except SHA256SUMS and the zip, sorted by path (byte order). */
  files(): DataFile[] {
    return [...this.#files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  file(path: string): DataFile | undefined {
    return this.#files.get(path);
  }

  /** The bytes of a text file (CSV, JSON) in one buffer; a workbook needs `content`. */
  bytes(path: string): Uint8Array<ArrayBuffer> {
    const chunks = [...this.#chunks(path)];
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /**
   * SHA-256 and size of a file: as remembered (taken when the file was
   * written, see `remember`), else computed by streaming its chunks and then
   * remembered (64 characters per file).
   */
  digest(path: string): Digest {
    const known = this.#hashes.get(path);
    if (known) return known;
    const hash = createHash('sha256');
    let bytes = 0;
    for (const c of this.#chunks(path)) {
      hash.update(c);
      bytes += c.length;
    }
    const result = { sha256: hash.digest('hex'), bytes };
    this.#hashes.set(path, result);
    return result;
  }

  /**
   * Records the digest of a file's bytes as written to disk, so that
   * datapackage.json and the data page never render a table a second time
   * to learn its size and checksum.
   */
  remember(path: string, digest: Digest): void {
    this.#require(path);
    this.#hashes.set(path, digest);
  }

  /** The bytes of any data file, a workbook included (what an endpoint returns). */
  async content(path: string): Promise<Uint8Array> {
    const file = this.#require(path);
    return file.chunks ? this.bytes(path) : file.render();
  }

  /** SHA-256 and size of any data file, a workbook included. */
  async digestOf(path: string): Promise<Digest> {
    const known = this.#hashes.get(path);
    if (known) return known;
    const file = this.#require(path);
    if (file.chunks) return this.digest(path);
    const bytes = await file.render();
    const result = { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
    this.#hashes.set(path, result);
    return result;
  }

  #chunks(path: string): Iterable<Uint8Array> {
    const file = this.#require(path);
    if (!file.chunks) throw new Error(`data file "${path}" is a workbook, rendered asynchronously: use DataSet.content or digestOf`);
    return file.chunks();
  }

  #require(path: string): DataFile {
    const file = this.#files.get(path);
    if (!file) throw new Error(`no data file "${path}"; known files are listed by DataSet.files()`);
    return file;
  }

  // ---- tables -------------------------------------------------------------

  /** Rows of a whole-site table, generated lazily in publication order. */
  *rows(name: TableName): Generator<Readonly<Record<string, unknown>>> {
    const { catalog, links } = this;
    switch (name) {
      case 'plans':
        for (const p of catalog.plans) yield planRow(p, catalog, links);
        return;
      case 'requirements':
        for (const item of catalog.requirements) yield requirementRow(item, links);
        return;
      case 'assignments':
        for (const item of catalog.requirements) yield* assignmentRows(item, catalog);
        return;
      case 'units':
        for (const u of publishedUnits(catalog)) yield unitRow(u, catalog, links);
        return;
      case 'themes':
        for (const t of catalog.themes) yield themeRow(t, catalog, links);
        return;
    }
  }

  /** Number of rows of a whole-site table, without building them. */
  rowCount(name: TableName): number {
    const { catalog } = this;
    switch (name) {
      case 'plans':
        return catalog.plans.length;
      case 'requirements':
        return catalog.requirements.length;
      case 'assignments':
        return catalog.requirements.reduce((n, i) => n + i.requirement.units.length, 0);
      case 'units':
        return catalog.units.length;
      case 'themes':
        return catalog.themes.length;
    }
  }

  #tableJson(name: TableName): Iterable<Uint8Array> {
    const table = publishedTables[name];
    const head = {
      name,
      title: table.title,
      license: this.publication.licence,
      notice: republicationNotice,
      count: this.rowCount(name),
    };
    return rowsJson(head, 'rows', this.rows(name));
  }

  // ---- manifest -----------------------------------------------------------

  #manifest(): DataFile[] {
    const { catalog, links } = this;
    const files: DataFile[] = [];
    /**
     * The CSV and/or the Excel CSV of some rows, at `path(format)`. Which
     * slices get which formats is decided by their size at scale
     * (docs/data.md, "Slimmer at scale"): a file with a workbook for people
     * gets no Excel CSV, and a unit's ledger only the Excel CSV.
     */
    const csvPair = (
      path: (format: 'csv' | 'excel.csv') => string,
      title: string,
      columns: readonly string[],
      rows: () => Iterable<Readonly<Record<string, unknown>>>,
      group: DataFileGroup,
      variants: readonly CsvVariant[] = ['clean', 'excel'],
    ) => {
      for (const variant of variants) {
        files.push({
          path: path(variant === 'excel' ? 'excel.csv' : 'csv'),
          mediaType: csvType,
          group,
          title: `${title}（${csvLabel[variant]}）`,
          chunks: () => csvChunks(columns, rows(), variant),
        });
      }
    };
    const columnsOf = (row: z.ZodObject) => Object.keys(row.shape);

    for (const name of Object.keys(publishedTables) as TableName[]) {
      const table = publishedTables[name];
      csvPair((format) => `${name}.${format}`, table.title, columnsOf(table.row), () => this.rows(name), 'table', this.hasExcelCsv(name) ? ['clean', 'excel'] : ['clean']);
      if (table.json) {
        files.push({ path: `${name}.json`, mediaType: jsonType, group: 'table', title: `${table.title}（JSON）`, chunks: () => this.#tableJson(name) });
      }
    }

    files.push({
      path: workbookFile,
      mediaType: xlsxType,
      group: 'workbook',
      title: '全部数据（Excel 工作簿）',
      render: () =>
        workbookBytes(
          (Object.keys(publishedTables) as TableName[]).map((name) => {
            const sheet = this.#sheet(name, () => this.rows(name), this.rowCount(name), `${name}.csv`);
            return this.fitsSpreadsheet(name) ? sheet : { ...sheet, elsewhere: this.#spreadsheetWhere(name) };
          }),
          this.#about('政务公开工作要点分工方案数据', [], catalog.plans),
          this.maxSheetRows,
        ),
    });

    for (const plan of catalog.plans) {
      const title = `${plan.data.title}`;
      const items = () => catalog.requirementsByPlan.get(plan.id) ?? [];
      files.push({
        path: dataPath('plan', plan.id, 'xlsx'),
        mediaType: xlsxType,
        group: 'plan',
        title: `${title}（Excel 工作簿）`,
        render: () => {
          const d = plan.data;
          // The requirements sheet only: its 牵头/负责/配合单位 columns are the plan's 分工明细 pivoted
          // (a tidy 分工明细 sheet was 28 % of every plan workbook; docs/data.md, "Slimmer at scale").
          return workbookBytes(
            [this.#sheet('requirements', () => items().map((i) => requirementRow(i, links)), items().length, 'requirements.csv')],
            this.#about(
              `${d.title}：数据`,
              [
                { label: '发文机关', value: d.issuer },
                { label: '发文字号', value: d.docNumber ?? '无' },
                { label: '年度', value: String(d.year) },
                { label: '地区', value: d.region.name },
                { label: '方案网页', ...this.#link(links.plan(plan.id)) },
              ],
              [plan],
            ),
            this.maxSheetRows,
          );
        },
      });
      files.push({
        path: dataPath('plan', plan.id, 'json'),
        mediaType: jsonType,
        group: 'plan',
        title: `${title}（JSON，嵌套结构）`,
        chunks: () => [encoder.encode(planJsonText(publishedPlan(plan, catalog)))],
      });
    }

    // One file per ledger, for the people who open it from the unit page; programs read assignments.csv.
    const ledgerColumns = columnsOf(ledgerRowSchema);
    for (const unit of publishedUnits(catalog)) {
      csvPair((format) => dataPath('unit', unit.id, format), `${unit.region}${unit.name}台账`, ledgerColumns, () => unitLedger(unit.id, catalog, links), 'unit', ['excel']);
    }

    // What each theme, year and region page lists, as Datasette gives every view its data.
    for (const view of this.views()) {
      const table = publishedTables[view.table];
      const rows = () => view.rows().map((row) => (view.table === 'plans' ? planRow(row as PlanInput, catalog, links) : requirementRow(row as RequirementInPlan, links)));
      // A theme lists requirements, every one again under each of its themes: its
      // workbook is the one copy (requirements.csv has the themes column for programs).
      // A year or region lists plans, a few KB: JSON and CSV too.
      if (view.table === 'plans') {
        files.push({
          path: dataPath(view.view, view.id, 'json'),
          mediaType: jsonType,
          group: 'view',
          title: `${view.title}（JSON）`,
          chunks: () =>
            rowsJson({ name: `${dataPath(view.view, view.id, 'json').replace(/\.json$/, '')}`, title: view.title, license: this.publication.licence, notice: republicationNotice, count: view.count }, 'rows', rows()),
        });
        csvPair((format) => dataPath(view.view, view.id, format), view.title, columnsOf(table.row), rows, 'view', ['clean']);
      }
      // Above the limit a theme's workbook is left out: the years' workbooks hold its requirements under 主题.
      if (view.view === 'theme' && !this.hasThemeWorkbooks()) continue;
      // A year's workbook also holds the year's requirements: with the other years' it is
      // the whole-site requirements table for spreadsheets, which fengong.xlsx leaves out
      // above maxSheetRows rows (spreadsheetNote).
      const requirements = view.requirements;
      const requirementSheet = requirements && {
        ...this.#sheet('requirements', () => requirements().map((i) => requirementRow(i, links)), requirements().length, 'requirements.csv'),
        elsewhere: `请下载各方案的 Excel 表格 plans/<方案编号>.xlsx（每份方案一个，在方案网页上下载），或用程序读取 requirements.csv。`,
      };
      files.push({
        path: dataPath(view.view, view.id, 'xlsx'),
        mediaType: xlsxType,
        group: 'view',
        title: `${view.title}${requirementSheet ? '和具体要求' : ''}（Excel 工作簿）`,
        render: () =>
          workbookBytes(
            [this.#sheet(view.table, rows, view.count, view.table === 'plans' ? dataPath(view.view, view.id, 'csv') : 'requirements.csv'), ...(requirementSheet ? [requirementSheet] : [])],
            this.#about(`${view.title}：数据`, [{ label: '网页', ...this.#link(links.absolute(view.page)) }], view.plans()),
            this.maxSheetRows,
          ),
      });
    }

    for (const [name, schema] of Object.entries(this.jsonSchemas())) {
      files.push({ path: `schemas/${name}.schema.json`, mediaType: 'application/schema+json', group: 'schema', title: `${name} 的 JSON Schema`, chunks: () => [encoder.encode(jsonText(schema))] });
    }

    files.push({ path: 'datapackage.json', mediaType: jsonType, group: 'package', title: '数据包说明（Frictionless Data Package）', chunks: () => [encoder.encode(jsonText(this.datapackage()))] });
    return files;
  }

  // ---- views ----------------------------------------------------------------

  /**
   * The theme, year and region pages, each with what it lists: a theme page
   * its requirements, a year or region page its plans. Their data files are
   * these rows, in the page's order.
   */
  views(): DataViewSource[] {
    const { catalog } = this;
    const u = urls(this.publication.base);
    const out: DataViewSource[] = [];
    for (const theme of catalog.themes) {
      const items = () => catalog.requirementsByTheme.get(theme.id) ?? [];
      out.push({
        view: 'theme',
        id: theme.id,
        title: `主题“${theme.name}”的要求`,
        table: 'requirements',
        count: items().length,
        rows: items,
        plans: () => [...new Set(items().map((i) => i.planId))].map((id) => catalog.planById.get(id)).filter((p): p is PlanInput => p !== undefined),
        page: u.theme(theme.id),
      });
    }
    for (const year of plansByYear(catalog)) {
      const plans = () => year.plans.map((p) => p.plan);
      const requirements = () => year.plans.flatMap((p) => catalog.requirementsByPlan.get(p.plan.id) ?? []);
      out.push({ view: 'year', id: year.year, title: `${year.year} 年的方案`, table: 'plans', count: year.plans.length, rows: plans, plans, requirements, page: u.year(year.year) });
    }
    for (const region of plansByRegion(catalog)) {
      const plans = () => region.plans.map((p) => p.plan);
      out.push({ view: 'region', id: region.slug, title: `${region.name}的方案`, table: 'plans', count: region.plans.length, rows: plans, plans, page: u.region(region.slug) });
    }
    return out;
  }

  // ---- workbooks ----------------------------------------------------------

  /**
   * The columns of a table's workbook sheets: the CSV's columns with their Chinese titles, links described with what
   * they are relative to, and a requirement's themes by name (`#themeNames`).
   */
  sheetFields(name: TableName): FieldInfo[] {
    const note = linkNote(this.publication);
    return describeFields(publishedTables[name].row).map((f) =>
      f.siteLink ? { ...f, description: `${f.description}。${note}` } : f.name === 'themes' ? this.#themeNames(f) : f,
    );
  }

  /** A workbook sheet of a published table's rows (or a slice of them), with the table's columns and Chinese title. */
  #sheet(name: TableName, rows: () => Iterable<Readonly<Record<string, unknown>>>, rowCount: number, csv: string): WorkbookSheet {
    const table = publishedTables[name];
    return {
      name: table.title,
      description: table.description,
      fields: this.sheetFields(name),
      rows,
      rowCount,
      csv,
    };
  }

  /**
   * A workbook is for people: its requirements sheets show a requirement's
   * themes by name (政策解读；回应关切) under 主题名称, where the CSV, for
   * programs, has their ids (`themes`, names in themes.csv). The CSV had both
   * until the names went as a duplicated column (19 MB at 10,000 plans;
   * docs/data.md, "Slimmer at scale"); the years' workbooks, where a theme's
   * requirements are found on a large site, still filter by 主题名称.
   */
  #themeNames(field: FieldInfo): FieldInfo {
    return {
      ...field,
      title: '主题名称',
      description: '要求所属主题的中文名称；多个主题以“；”分隔（CSV 的 themes 列是主题的编号）',
      sheetLabels: Object.fromEntries(this.catalog.themes.map((t) => [t.id, t.name])),
    };
  }

  /** A value that is a link when it is a full web address (a site-relative path cannot be followed from a downloaded file). */
  #link(url: string): { value: string; link?: string } {
    return /^https?:\/\//.test(url) ? { value: url, link: url } : { value: url };
  }

  /** The 说明 sheet: the notice, licence, where the data page is, what links are relative to, and the sources. */
  #about(title: string, facts: WorkbookAbout['facts'], plans: readonly Catalog['plans'][number][]): WorkbookAbout {
    const { publication, links } = this;
    return {
      title,
      facts: [
        ...facts,
        { label: '说明', value: republicationNotice },
        { label: '许可协议', value: publication.licence.title, link: publication.licence.path },
        { label: '数据与字段说明', ...this.#link(links.data()) },
        { label: '网址', value: linkNote(publication) },
        { label: '多个值', value: '一个单元格中有多个单位或主题时，以全角分号“；”分隔' },
      ],
      sources: plans.map((p) => ({ title: p.data.title, docNumber: p.data.docNumber, url: p.data.source.url ?? links.source(p.data.source.file) })),
      creator: publication.publisher ?? '分工（Fengong）',
    };
  }

  // ---- dictionary ---------------------------------------------------------

  /** JSON Schema (draft 2020-12) of every JSON file kind, from the same zod schemas. */
  jsonSchemas(): Record<string, unknown> {
    const schemas: Record<string, unknown> = {};
    const make = (title: string, schema: z.ZodType) => ({ ...z.toJSONSchema(schema, { io: 'output' }), title });
    for (const name of Object.keys(publishedTables) as TableName[]) {
      const table = publishedTables[name];
      if (table.json) schemas[name] = make(`data/${name}.json：${table.title}`, tableEnvelope(table.row));
    }
    schemas['plan'] = make('data/plans/<方案编号>.json：单份方案（嵌套结构）', publishedPlanSchema);
    return schemas;
  }

  /**
   * datapackage.json: Frictionless Data Package v2 describing the whole-site
   * tables (CSV, each with its Table Schema) and JSON files, with sizes and
   * SHA-256 hashes, the licence and the original documents as sources.
   */
  datapackage(): Record<string, unknown> {
    const { catalog, links, publication } = this;
    const resources: Array<Record<string, unknown>> = [];
    for (const name of Object.keys(publishedTables) as TableName[]) {
      const table = publishedTables[name];
      const csv = this.digest(`${name}.csv`);
      resources.push({
        name,
        type: 'table',
        path: `${name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        title: table.title,
        description: `${table.description}${this.spreadsheetNote(name) ?? (this.hasExcelCsv(name) ? `Excel 版本见 ${name}.excel.csv（带 BOM；以 = + - @ 等开头的单元格前加了英文单引号），也是 ${workbookFile} 中的“${table.title}”工作表。` : `用 Excel 打开请用 ${workbookFile} 中的“${table.title}”工作表。`)}`,
        bytes: csv.bytes,
        hash: `sha256:${csv.sha256}`,
        dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
        schema: tableSchema(name, linkNote(publication)),
      });
      if (table.json) {
        const json = this.digest(`${name}.json`);
        resources.push({
          name: `${name}-json`,
          path: `${name}.json`,
          format: 'json',
          mediatype: 'application/json',
          encoding: 'utf-8',
          title: `${table.title}（JSON）`,
          description: `与 ${name}.csv 相同的行，列表字段为数组，空值为 null；结构见 schemas/${name}.schema.json。`,
          bytes: json.bytes,
          hash: `sha256:${json.sha256}`,
        });
      }
    }
    return {
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: 'fengong-data',
      title: '政务公开工作要点分工方案数据',
      description: `${republicationNotice}全部表格另有 Excel 工作簿 ${workbookFile}。单份方案见 plans/<方案编号>.json（嵌套结构，可重新导入）与 .xlsx，单个责任单位的台账见 units/<单位编号>.excel.csv，${this.hasThemeWorkbooks() ? '每个主题网页所列的要求见 themes/<主题编号>.xlsx，' : ''}每个年度和地区网页所列的方案见 years/、regions/ 下的 .json、.csv 与 .xlsx，年度的 .xlsx 另有该年度的全部具体要求。${this.hasThemeWorkbooks() ? '' : themeWorkbookNote}${this.zipNote()}全部文件的 SHA-256 校验值见 SHA256SUMS。${linkNote(publication)}。`,
      homepage: links.data(),
      licenses: [publication.licence],
      ...(publication.publisher ? { contributors: [{ title: publication.publisher, roles: ['publisher'] }] } : {}),
      sources: catalog.plans.map((p) => ({
        title: `${p.data.title}${p.data.docNumber ? `（${p.data.docNumber}）` : ''}`,
        path: p.data.source.url ?? links.source(p.data.source.file),
      })),
      keywords: ['政务公开', '工作要点', '分工方案', '责任单位'],
      resources,
    };
  }
}

/** The CSV header of a table, from its row schema (the same order as Table Schema fields). */
export function csvHeader(name: TableName): string[] {
  return describeFields(publishedTables[name].row).map((f) => f.name);
}
