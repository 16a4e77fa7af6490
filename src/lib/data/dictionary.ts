import { ledgerRowSchema, publishedTables, type TableName } from '../schema/published';
import type { DataSet } from './dataset';
import { describeFields, type FieldInfo, type FieldType } from './fields';
import { publishedUnits, unitLedger } from './rows';

/*
 * The data dictionary for people (the data page): the same field records
 * the Table Schema is made of, with Chinese labels for types and examples
 * written the way they appear in a CSV cell.
 */

export const fieldTypeLabels: Record<FieldType, string> = {
  string: '文本',
  integer: '整数',
  number: '数字',
  boolean: '是否（true 是，false 否）',
  date: '日期（YYYY-MM-DD）',
  list: '列表（以“；”分隔）',
};

export interface DictionaryField extends FieldInfo {
  typeLabel: string;
  /** The example as a CSV cell shows it, or null when the schema gives none. */
  exampleText: string | null;
}

export interface DictionaryFile {
  path: string;
  title: string;
  bytes: number;
  sha256: string;
}

export interface DictionaryTable {
  name: string;
  title: string;
  description: string;
  primaryKey: readonly string[];
  fields: DictionaryField[];
  rows: number | null;
  files: DictionaryFile[];
  /** For a whole-site table too long for a spreadsheet: where Excel readers find it instead (DataSet.spreadsheetNote); else null. */
  spreadsheetNote: string | null;
  /** Whether the table is a sheet of fengong.xlsx. */
  inWorkbook: boolean;
}

const cell = (v: unknown) => (Array.isArray(v) ? v.join('；') : String(v));
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Fields with an example for every column: the schema's own example, else
 * the first non-empty value in the published rows (looking at a bounded
 * number of rows, so a huge table costs nothing).
 */
function dictionaryFields(fields: FieldInfo[], rows: Iterable<Readonly<Record<string, unknown>>> = []): DictionaryField[] {
  const fromData = new Map<string, string>();
  const wanted = fields.filter((f) => f.example === undefined).map((f) => f.name);
  let seen = 0;
  for (const row of rows) {
    if (fromData.size === wanted.length || ++seen > 1000) break;
    for (const name of wanted) if (!fromData.has(name) && !isEmpty(row[name])) fromData.set(name, cell(row[name]));
  }
  return fields.map((f) => ({
    ...f,
    typeLabel: fieldTypeLabels[f.type],
    exampleText: f.example === undefined ? (fromData.get(f.name) ?? null) : cell(f.example),
  }));
}

const file = (ds: DataSet, path: string): DictionaryFile => ({ path, title: ds.file(path)?.title ?? path, ...ds.digest(path) });

/** Every whole-site table with its columns and files (sizes and SHA-256 computed from the bytes). */
export function dataDictionary(ds: DataSet): DictionaryTable[] {
  const tables = (Object.keys(publishedTables) as TableName[]).map((name) => {
    const t = publishedTables[name];
    return {
      name,
      title: t.title,
      description: t.description,
      primaryKey: t.primaryKey,
      fields: dictionaryFields(describeFields(t.row), ds.rows(name)),
      rows: ds.rowCount(name),
      files: [`${name}.csv`, ...(ds.hasExcelCsv(name) ? [`${name}.excel.csv`] : []), ...(t.json ? [`${name}.json`] : [])].map((p) => file(ds, p)),
      spreadsheetNote: ds.spreadsheetNote(name),
      inWorkbook: ds.fitsSpreadsheet(name),
    };
  });
  const examplePlan = ds.catalog.plans[0];
  const exampleUnit = publishedUnits(ds.catalog).find((u) => (ds.catalog.assignmentsByUnit.get(u.id) ?? []).length > 0);
  return [
    ...tables,
    {
      name: 'plans/<方案编号>',
      title: '单份方案',
      description: `每份方案一个 Excel 表格（该方案的具体要求，列与 requirements.csv 相同，牵头、负责、配合单位各占一列）和一个 JSON 文件（嵌套结构：方案信息、通知正文、部分 → 任务 → 要求，与导入程序的输出相同，可重新导入；结构见 schemas/plan.schema.json）。${examplePlan ? `例如 plans/${examplePlan.id}.json。` : ''}方案网页上有下载链接。`,
      primaryKey: publishedTables.requirements.primaryKey,
      fields: [],
      rows: null,
      files: [],
      spreadsheetNote: null,
      inWorkbook: false,
    },
    {
      name: 'units/<单位编号>',
      title: '单位台账',
      description: `每个责任单位一个台账文件，列出该单位（含机构改革前的前身单位）历年承担的全部要求：方案的年度和发文机关、要求在方案中的位置、要求正文、职责、完成时限和要求网址；文件带 BOM、以 = + - @ 等开头的单元格前加了英文单引号，可直接用 Excel 或 WPS 打开。方案编号和要求编号在要求网址中（/plans/方案编号/#要求编号），部分和任务的名称、同一要求的其他单位请打开要求网址查看；程序读取同样的行请用 assignments.csv（按 unit_id 筛选）。${exampleUnit ? `例如 units/${exampleUnit.id}.excel.csv。` : ''}单位网页上有下载链接。`,
      primaryKey: ['url', 'unit_name', 'role_label'],
      fields: dictionaryFields(describeFields(ledgerRowSchema), exampleUnit ? unitLedger(exampleUnit.id, ds.catalog, ds.links) : []),
      rows: null,
      files: [],
      spreadsheetNote: null,
      inWorkbook: false,
    },
  ];
}

/** The metadata files (datapackage.json and the JSON Schemas) with their checksums. */
export function metadataFiles(ds: DataSet): DictionaryFile[] {
  return ds
    .files()
    .filter((f) => f.group === 'package' || f.group === 'schema')
    .map((f) => file(ds, f.path));
}

/** A byte count for people: 1.2 MB, 35 KB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
