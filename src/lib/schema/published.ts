import { z } from 'zod';
import { slug, zh } from './common';
import {
  assignmentSchema,
  disclosure,
  planMetaShape,
  regionSchema,
  requirementSchema,
  role,
  roleLabels,
  sectionSchema,
  sourceSchema,
  taskSchema,
} from './plan';
import { themeSchema } from './theme';
import { unitKind, unitSchema } from './unit';

/**
 * The published tables (data/*.csv and data/*.json). Every column reuses the
 * field schema of the content model where one exists, so its Chinese title,
 * description and example come from one place; the CSV headers, the Table
 * Schema in datapackage.json, the JSON Schema files and the data page's
 * dictionary are all derived from these objects. Keys are the CSV column
 * names: stable snake_case, never renamed without a deliberate change to the
 * public data contract.
 *
 * Multi-valued columns are arrays here; the CSV writes them joined with `；`.
 */

/** Separator between the values of a multi-valued CSV cell (full-width semicolon, never found inside a unit name). */
export const listSeparator = '；';

const planId = slug.meta(zh('方案编号', '方案的稳定编号（年度-地区），也是方案网页和数据文件的名称', '2022-leizhou'));
const requirementId = requirementSchema.shape.id;
const unitId = slug.meta(zh('单位编号', '单位登记表中的单位编号，用于关联 units 表', 'leizhou-shicaizhengju'));
const themeId = themeSchema.shape.id;
/**
 * Columns holding a link to this site (a page, a permalink, a kept copy):
 * absolute when the site's address is configured, else paths under the
 * deployment's base path. The data dictionary says which (src/lib/data/publication.ts, `linkNote`).
 */
const siteLinks = new WeakSet<z.ZodType>();
export const isSiteLink = (column: z.ZodType | undefined): boolean => column !== undefined && siteLinks.has(column);
const pageUrl = (title: string, description: string, example: string) => {
  const column = z.string().min(1).meta(zh(title, description, example));
  siteLinks.add(column);
  return column;
};
const count = (title: string, description: string, example: number) =>
  z.number().int().min(0).meta(zh(title, description, example));
const position = (title: string, description: string, example: number) =>
  z.number().int().positive().meta(zh(title, `${description}（从 1 起）；按此列排序即恢复原文顺序，中文序号“十”“十一”按文字排序会排错`, example));
const unitNames = (title: string, description: string, example: string) =>
  z.array(z.string().min(1)).meta(zh(title, `${description}；多个单位之间在 CSV 中以“；”分隔`, example));

/** data/plans.csv and data/plans.json: one row per plan (分工方案). */
export const planRowSchema = z.object({
  plan_id: planId,
  title: planMetaShape.title,
  issuer: planMetaShape.issuer,
  doc_number: planMetaShape.docNumber,
  issued_on: planMetaShape.issuedOn,
  published_on: planMetaShape.publishedOn,
  year: planMetaShape.year,
  region: regionSchema.shape.name,
  region_code: regionSchema.shape.code,
  disclosure: disclosure.nullable().meta(zh('公开方式', '原文件标注的公开方式；原文未标注为空', '主动公开')),
  validity: planMetaShape.validity,
  upstream: planMetaShape.upstream,
  recipients: planMetaShape.recipients,
  cc: planMetaShape.cc,
  section_count: count('部分数', '方案中工作要求（部分）的个数', 8),
  requirement_count: count('要求数', '方案中具体要求的条数', 42),
  assignment_count: count('分工数', '“要求 × 责任单位 × 职责”的条数，即 assignments 表中属于本方案的行数', 120),
  source_file: sourceSchema.shape.file,
  source_url: sourceSchema.shape.url,
  source_sha256: sourceSchema.shape.sha256,
  source_copy_url: pageUrl('原始文件副本', '本站保存的原始文件副本的网址', '/sources/2022-leizhou.txt'),
  imported_on: sourceSchema.shape.importedOn,
  url: pageUrl('方案网页', '本站该方案网页的网址', '/plans/2022-leizhou/'),
});
export type PlanRow = z.infer<typeof planRowSchema>;

/** Columns shared by every table that places one requirement in its plan. */
const requirementPlacement = {
  plan_id: planId,
  requirement_id: requirementId,
  year: planMetaShape.year,
  region: regionSchema.shape.name,
  section_position: position('部分顺序', '该部分在方案中的位置', 4),
  section_no: sectionSchema.shape.no,
  section_title: sectionSchema.shape.title,
  task_position: position('任务顺序', '该任务在所属部分中的位置', 2).nullable().meta(
    zh('任务顺序', '该任务在所属部分中的位置（从 1 起）；方案没有“具体任务”一级或要求直属于部分时为空', 2),
  ),
  task_no: taskSchema.shape.no,
  task_title: taskSchema.shape.title.nullable().meta(zh('任务名称', '具体任务的标题；方案没有“具体任务”一级时为空', '持续推进基层政务公开标准化规范化')),
  requirement_position: position('要求顺序', '该条要求在整份方案中的位置', 24),
  no: requirementSchema.shape.no,
  text: requirementSchema.shape.text,
};

/** Where a requirement stands in its plan, by number and position, without the titles (rows that name the requirement but do not repeat its headings). */
const requirementPlace = {
  section_position: requirementPlacement.section_position,
  section_no: requirementPlacement.section_no,
  task_position: requirementPlacement.task_position,
  task_no: requirementPlacement.task_no,
  requirement_position: requirementPlacement.requirement_position,
  no: requirementPlacement.no,
};

/** data/requirements.csv: one row per requirement; also the theme views and the requirements sheet of every workbook. */
export const requirementRowSchema = z.object({
  ...requirementPlacement,
  lead_units: unitNames('牵头单位', '职责为“牵头”（牵头、主办）的单位', '市政务服务数据管理局；市司法局'),
  responsible_units: unitNames('负责单位', '职责为“负责”（负责、落实或未写明职责）的单位', '各镇（街）；市直各单位'),
  participate_units: unitNames('配合单位', '职责为“配合”（配合、协办、按职责分工落实等）的单位', '市直各单位'),
  units_raw: requirementSchema.shape.unitsRaw,
  deadline: requirementSchema.shape.deadline,
  themes: z
    .array(themeId)
    .meta(
      zh(
        '主题',
        '要求所属主题的编号（人工指定优先，否则按关键词归类）；多个主题在 CSV 中以“；”分隔，其中文名称见 themes 表（Excel 工作簿中此列为“主题名称”，直接显示中文名称）',
        'zhengce-jiedu',
      ),
    ),
  url: pageUrl('要求网址', '该条要求的永久链接（方案网页加锚点）', '/plans/2022-leizhou/#r24'),
});
export type RequirementRow = z.infer<typeof requirementRowSchema>;

const roleLabel = z.enum(['牵头', '负责', '配合']).meta(zh('职责（中文）', 'role 的中文说法：牵头、负责、配合', '牵头'));

/**
 * Code columns that a workbook, written for people, shows in Chinese: where a
 * sheet shows roles it shows 牵头/负责/配合, not lead/responsible/participate.
 * The CSV and JSON keep the stable codes for programs.
 */
const sheetLabelsByColumn = new WeakMap<z.ZodType, Readonly<Record<string, string>>>([[role, roleLabels]]);
export const sheetLabels = (column: z.ZodType | undefined): Readonly<Record<string, string>> | undefined =>
  column === undefined ? undefined : sheetLabelsByColumn.get(column);

/**
 * data/assignments.csv: one row per requirement × unit × role, the tidy table
 * to pivot. It carries what a pivot table needs without a lookup in another
 * table: who issued the plan, where and when, the requirement's place, a unit
 * name that stays apart from the same name in another city, and whether the
 * unit is a collective designation (各镇（街）, 市直各单位), which a count of
 * departments should leave out. What one join gives is not repeated on every
 * row (docs/data.md, "Slimmer at scale"): the requirement's text (57 % of the
 * table's bytes, 35 MB per 1,000 plans) and its permalink are in
 * requirements.csv under the same plan_id + requirement_id, the unit's kind
 * in units.csv under its unit_id; the role is its code only (a workbook
 * shows it as 牵头/负责/配合, `sheetLabels`). The columns the data contract
 * lists all stay.
 */
export const assignmentRowSchema = z.object({
  plan_id: planId,
  requirement_id: requirementId,
  unit_id: unitId,
  unit_name: assignmentSchema.shape.name,
  unit_full_name: z
    .string()
    .min(1)
    .meta(
      zh(
        '单位（含地区）',
        '地区名称加单位名称（内设科室另加所属机关），如“雷州市 市财政局”；各地都有的同名单位（市财政局、市政府办公室等）在数据透视中不会合并',
        '雷州市 市财政局',
      ),
    ),
  collective: z
    .boolean()
    .meta(
      zh(
        '集合称谓',
        '单位是否为集合称谓（如“各镇（街）”“市直各单位”“各县（市、区）人民政府”），而不是一个具体单位；统计部门的分工时通常筛除值为 true 的行',
        false,
      ),
    ),
  role,
  year: planMetaShape.year,
  region: regionSchema.shape.name,
  issuer: planMetaShape.issuer,
  ...requirementPlace,
});
export type AssignmentRow = z.infer<typeof assignmentRowSchema>;

/** data/units.csv and data/units.json: one row per unit of the registry, with counts by role. */
export const unitRowSchema = z.object({
  unit_id: unitSchema.shape.id,
  name: unitSchema.shape.name,
  region: unitSchema.shape.region,
  kind: unitKind,
  parent: unitSchema.shape.parent,
  aliases: unitSchema.shape.aliases,
  successor: unitSchema.shape.successor,
  lead_count: count('牵头次数', '该单位作为牵头单位的要求条数', 12),
  responsible_count: count('负责次数', '该单位作为负责单位的要求条数', 5),
  participate_count: count('配合次数', '该单位作为配合单位的要求条数', 30),
  requirement_count: count('涉及要求数', '该单位承担（任一职责）的要求条数', 40),
  plan_count: count('涉及方案数', '该单位出现的方案份数', 2),
  first_year: planMetaShape.year.nullable().meta(zh('最早年度', '该单位出现的最早工作年度；未出现在任何方案中为空', 2018)),
  last_year: planMetaShape.year.nullable().meta(zh('最近年度', '该单位出现的最近工作年度；未出现在任何方案中为空', 2022)),
  url: pageUrl('单位网页', '本站该单位网页的网址', '/units/leizhou-shicaizhengju/'),
});
export type UnitRow = z.infer<typeof unitRowSchema>;

/** data/themes.json and data/themes.csv: the theme vocabulary with counts. */
export const themeRowSchema = z.object({
  theme_id: themeId,
  name: themeSchema.shape.name,
  description: themeSchema.shape.description,
  keywords: themeSchema.shape.keywords,
  order: themeSchema.shape.order,
  requirement_count: count('要求数', '归入该主题的要求条数', 25),
  plan_count: count('方案数', '含有该主题要求的方案份数', 4),
  url: pageUrl('主题网页', '本站该主题网页的网址', '/themes/zhengce-jiedu/'),
});
export type ThemeRow = z.infer<typeof themeRowSchema>;

/**
 * data/units/<unit id>.excel.csv: one unit's ledger (台账), one row per assignment
 * across plans and years, useful on its own: what the unit must do (the text,
 * whole), in which plan (year and issuer), where in it (positions and
 * numbers), with what role, by when, and the permalink. What a reader can
 * follow the link for, or what every row of the file would repeat, is left to
 * requirements.csv and assignments.csv (docs/data.md, "Slimmer at scale"):
 * the section and task titles and the units cell (40 % of every ledger's
 * bytes), the plan's title (20 % of what was left), then the unit's id and
 * region (the same on every row: the file is the unit's), the role's English
 * code beside its Chinese label, and the plan and requirement ids, which the
 * permalink holds (/plans/<plan id>/#<requirement id>): 15 % of the ledgers
 * at 10,000 plans. A predecessor's rows (机构改革前的单位) are told apart by
 * their unit name. A ledger is published once, for the people who open it
 * from the unit's page, as an Excel CSV (BOM, formulas neutralised); programs
 * read assignments.csv and the text from requirements.csv.
 */
export const ledgerRowSchema = z.object({
  unit_name: assignmentSchema.shape.name.meta(zh('单位名称', '承担该要求的单位；机构改革前的单位（前身单位）的行写它当时的名称', '市财政局')),
  role_label: roleLabel.meta(zh('职责', '该单位对这条要求的职责：牵头、负责、配合', '牵头')),
  year: requirementPlacement.year,
  issuer: planMetaShape.issuer,
  ...requirementPlace,
  text: requirementPlacement.text,
  deadline: requirementSchema.shape.deadline,
  url: requirementRowSchema.shape.url,
});
export type LedgerRow = z.infer<typeof ledgerRowSchema>;

/** A requirement as published inside a plan's nested JSON: themes are always resolved. */
export const publishedRequirementSchema = requirementSchema.extend({
  themes: z.array(themeId).meta(zh('主题', '要求所属主题的编号（人工指定优先，否则按关键词归类）')),
});

/**
 * data/plans/<id>.json: one plan, nested, in the shape of the importer's
 * `--json` output (the plan entry's frontmatter), with its id first and the
 * notice text (通知正文, Markdown) before the structure.
 */
export const publishedPlanSchema = z.object({
  id: planId,
  ...planMetaShape,
  notice: z.string().nullable().meta(zh('通知正文', '印发通知的正文（Markdown）；没有通知正文为空')),
  sections: z.array(
    sectionSchema.extend({
      tasks: z.array(taskSchema.extend({ requirements: z.array(publishedRequirementSchema) })),
      requirements: z.array(publishedRequirementSchema),
    }),
  ),
});
export type PublishedPlan = z.infer<typeof publishedPlanSchema>;

/** Licence block carried by every whole-site JSON file and by datapackage.json. */
export const licenceSchema = z.object({
  name: z.string().min(1).meta(zh('许可协议代码', 'SPDX 许可协议代码', 'CC-BY-4.0')),
  title: z.string().min(1).meta(zh('许可协议', '许可协议的名称', '知识共享署名 4.0 国际许可协议')),
  path: z.url().meta(zh('许可协议网址', '许可协议全文的网址', 'https://creativecommons.org/licenses/by/4.0/')),
});
export type Licence = z.infer<typeof licenceSchema>;

/**
 * The envelope of the whole-site JSON files (plans.json, requirements.json,
 * units.json, themes.json): the licence and the re-publication notice travel
 * with the rows, so a copied file still says where it came from.
 */
export const tableEnvelope = <Row extends z.ZodType>(row: Row) =>
  z.object({
    name: z.string().min(1).meta(zh('表名', '数据表的名称，与 datapackage.json 中的资源名一致', 'requirements')),
    title: z.string().min(1).meta(zh('表标题', '数据表的中文标题')),
    license: licenceSchema,
    notice: z.string().min(1).meta(zh('说明', '转载声明：本数据转载自各级政府公开发布的文件，以原文件为准')),
    count: count('行数', '表中的行数', 42),
    rows: z.array(row),
  });

/**
 * The published tables: name (the file name and the datapackage resource
 * name), Chinese title, row schema, primary key and foreign keys. Order is the
 * order of the data page and of datapackage.json.
 */
export const publishedTables = {
  plans: {
    title: '分工方案',
    description: '每份分工方案一行：文号、日期、地区、公开方式、来源与校验值。',
    row: planRowSchema,
    primaryKey: ['plan_id'],
    foreignKeys: [],
    json: true,
    excelCsv: true,
  },
  requirements: {
    title: '具体要求',
    description: '每条具体要求一行：所属部分与任务、正文、按职责分列的责任单位、责任单位原文、主题与永久链接。',
    row: requirementRowSchema,
    primaryKey: ['plan_id', 'requirement_id'],
    foreignKeys: [{ fields: ['plan_id'], resource: 'plans', reference: ['plan_id'] }],
    // The same rows, nested, are the per-plan JSON files (plans/<id>.json); a second
    // copy of every requirement in one JSON was 42 MB per 1,000 plans (docs/data.md).
    json: false,
    excelCsv: true,
  },
  assignments: {
    title: '分工明细',
    description: '每条“要求 × 责任单位 × 职责”一行，便于按单位、职责、年度和地区做数据透视；要求正文和要求网址不在每行重复，按方案编号和要求编号到“具体要求”表中查找，单位类型按单位编号到“责任单位”表中查找。',
    row: assignmentRowSchema,
    primaryKey: ['plan_id', 'requirement_id', 'unit_id', 'role'],
    foreignKeys: [
      { fields: ['plan_id', 'requirement_id'], resource: 'requirements', reference: ['plan_id', 'requirement_id'] },
      { fields: ['unit_id'], resource: 'units', reference: ['unit_id'] },
    ],
    json: false,
    // Excel readers get this table in fengong.xlsx (up to 200,000 rows) and in every
    // plan's workbook; past 1,048,576 rows (about 8,500 plans) no spreadsheet opens it
    // whole, and the Excel twin was 61 MB per 1,000 plans (docs/data.md).
    excelCsv: false,
  },
  units: {
    title: '责任单位',
    description: '单位登记表中的每个单位一行，附按职责统计的要求条数。',
    row: unitRowSchema,
    primaryKey: ['unit_id'],
    foreignKeys: [{ fields: ['successor'], resource: null, reference: ['unit_id'] }],
    json: true,
    excelCsv: true,
  },
  themes: {
    title: '主题',
    description: '主题词表，附各主题的要求条数和方案份数。',
    row: themeRowSchema,
    primaryKey: ['theme_id'],
    foreignKeys: [],
    json: true,
    excelCsv: true,
  },
} as const satisfies Record<
  string,
  {
    title: string;
    description: string;
    row: z.ZodObject;
    primaryKey: readonly string[];
    /** `resource: null` is a reference to the same table. */
    foreignKeys: ReadonlyArray<{ fields: readonly string[]; resource: string | null; reference: readonly string[] }>;
    /** Whether the table is also published as data/<name>.json. */
    json: boolean;
    /**
     * Whether the table is also published as data/<name>.excel.csv (BOM, formulas
     * neutralised), while it has no more rows than a spreadsheet is given
     * (`DataSet.hasExcelCsv`, `maxSheetRows`).
     */
    excelCsv: boolean;
  }
>;
export type TableName = keyof typeof publishedTables;
