import { ledgerRowSchema, publishedTables, type TableName } from '../schema/published';
import { fieldTypeLabels } from './dictionary';
import { describeFields, type FieldInfo } from './fields';
import { formatRows, maxSheetRows } from './workbook';

/*
 * The generated parts of docs/data.md: the column dictionary, from the zod
 * schemas like the data page's and datapackage.json's, and the rule for
 * whole-site tables in spreadsheets, from the constant the data writer uses,
 * so none of them can drift. tests/data/docs.test.ts fails when docs/data.md
 * differs; `UPDATE_DOCS=1 npx vitest run tests/data/docs.test.ts` rewrites them.
 */

export const dictionaryStart = '<!-- dictionary: generated from src/lib/schema/published.ts by src/lib/data/docs.ts; do not edit -->';
export const dictionaryEnd = '<!-- /dictionary -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fieldRows(fields: readonly FieldInfo[]): string[] {
  return [
    '| column | 中文名称（Excel 列名） | type | meaning |',
    '|---|---|---|---|',
    ...fields.map((f) => {
      const meaning = `${f.description}${f.enum ? `。取值：${f.enum.join('、')}` : ''}${!f.required && f.type !== 'list' ? '（可为空）' : ''}${f.siteLink ? '（本站网址：配置了 siteUrl 时为完整网址，否则为以部署路径开头的站内路径）' : ''}`;
      return `| \`${f.name}\` | ${cell(f.title)} | ${cell(f.type === 'boolean' ? '是否（CSV 中为 true/false，Excel 中为 是/否）' : fieldTypeLabels[f.type])} | ${cell(meaning)} |`;
    }),
  ];
}

/** The generated dictionary section of docs/data.md, markers included. */
export function dictionaryMarkdown(): string {
  const lines = [dictionaryStart, ''];
  for (const name of Object.keys(publishedTables) as TableName[]) {
    const t = publishedTables[name];
    lines.push(`### ${name} — ${t.title}`, '', `${t.description} Primary key: ${t.primaryKey.map((k) => `\`${k}\``).join(' + ')}.`, '', ...fieldRows(describeFields(t.row)), '');
  }
  lines.push('### units/<unit id> — 单位台账', '', 'One unit’s ledger, its predecessors’ rows included.', '', ...fieldRows(describeFields(ledgerRowSchema)), '', dictionaryEnd);
  return lines.join('\n');
}

export const spreadsheetRuleStart = '<!-- spreadsheet rule: generated from maxSheetRows (src/lib/data/workbook.ts) by src/lib/data/docs.ts; do not edit -->';
export const spreadsheetRuleEnd = '<!-- /spreadsheet rule -->';

/** The rule for whole-site tables in spreadsheets, at the size at which it applies (`maxSheetRows`), markers included. */
export function spreadsheetRuleMarkdown(): string {
  const limit = formatRows(maxSheetRows);
  return [
    spreadsheetRuleStart,
    '',
    `**One rule for whole-site tables for spreadsheets: ${limit} rows.** A whole-site table of more than ${limit} rows has no sheet in`,
    '`fengong.xlsx` and no `.excel.csv` (`DataSet.fitsSpreadsheet`, `maxSheetRows` in `src/lib/data/workbook.ts`). Excel readers of',
    '`requirements` then get it split by year: every `years/<year>.xlsx` has a 具体要求 sheet with all of that year’s requirements',
    '(text, and the 牵头、负责、配合单位 columns); a year of more than',
    `${limit} requirements leaves that sheet out too, and its 说明 sheet sends the reader to the plans’ workbooks`,
    '(`plans/<plan id>.xlsx`). The theme workbooks (`themes/<theme id>.xlsx`) are left out too (`hasThemeWorkbooks`): the years’',
    'requirements sheets have the 主题名称 column, and the theme page says so. Excel readers of `assignments` get the unit ledgers',
    '(`units/<unit id>.excel.csv`) and the role columns of every plan’s workbook. datapackage.json, the data page and the 说明 sheet of',
    '`fengong.xlsx` say so with the same limit (`DataSet.spreadsheetNote`). The same limit keeps such a table out of',
    '`fengong-data.zip` (`DataSet.inZip`): its reader downloads `<table>.csv` on its own; datapackage.json and the data page say',
    'which tables the zip holds and why (`DataSet.zipNote`).',
    '',
    spreadsheetRuleEnd,
  ].join('\n');
}
