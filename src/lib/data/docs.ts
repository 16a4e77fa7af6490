import { ledgerRowSchema, publishedTables, type TableName } from '../schema/published';
import { fieldTypeLabels } from './dictionary';
import { describeFields, type FieldInfo } from './fields';

/*
 * The column dictionary of docs/data.md, generated from the zod schemas like
 * the data page's and datapackage.json's, so the three cannot drift.
 * tests/data/docs.test.ts fails when docs/data.md differs;
 * `UPDATE_DOCS=1 npx vitest run tests/data/docs.test.ts` rewrites it.
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
