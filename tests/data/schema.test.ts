import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeFields } from '../../src/lib/data/fields';
import { tableSchema } from '../../src/lib/data/table-schema';
import { ledgerRowSchema, publishedPlanSchema, publishedTables, type TableName } from '../../src/lib/schema/published';

const tables = Object.keys(publishedTables) as TableName[];

describe('published columns are documented from the zod schemas', () => {
  // Every CSV column: a Chinese title and a description, or the build fails.
  describe.each([...tables.map((t) => [t, publishedTables[t].row] as const), ['ledger', ledgerRowSchema] as const])('%s', (_name, row) => {
    it.each(describeFields(row).map((f) => [f.name, f] as const))('%s has a Chinese title and description', (_column, f) => {
      expect(f.title).toMatch(/\p{Script=Han}/u);
      expect(f.description.length).toBeGreaterThan(3);
    });
  });

  it('fails loudly when a column has no description', () => {
    const undocumented = z.object({ plan_id: z.string().meta({ title: '方案编号' }) });
    expect(() => describeFields(undocumented)).toThrow(/published column "plan_id" has no Chinese description/);
  });

  it('keeps the contract columns of requirements.csv and assignments.csv', () => {
    const requirements = describeFields(publishedTables.requirements.row).map((f) => f.name);
    for (const c of ['plan_id', 'requirement_id', 'section_no', 'section_title', 'task_no', 'task_title', 'no', 'text', 'lead_units', 'responsible_units', 'participate_units', 'units_raw', 'themes', 'url']) {
      expect(requirements).toContain(c);
    }
    const assignments = describeFields(publishedTables.assignments.row).map((f) => f.name);
    for (const c of ['plan_id', 'requirement_id', 'unit_id', 'unit_name', 'role', 'year', 'region']) expect(assignments).toContain(c);
    // What one join gives is not repeated on every row (docs/data.md): the permalink (requirements.csv), the unit's kind
    // (units.csv), the role's Chinese label (a workbook shows roles in Chinese; the CSV keeps the code).
    for (const c of ['text', 'url', 'unit_kind', 'role_label']) expect(assignments).not.toContain(c);
    for (const name of [...requirements, ...assignments]) expect(name).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
  });

  it('gives role and disclosure their enums, and keys every table', () => {
    const field = (t: TableName, n: string) => tableSchema(t).fields.find((f) => f.name === n);
    expect(field('assignments', 'role')?.constraints?.enum).toEqual(['lead', 'responsible', 'participate']);
    expect(field('plans', 'disclosure')?.constraints?.enum).toEqual(['主动公开', '依申请公开', '不予公开']);
    expect(field('plans', 'disclosure')?.constraints?.required).toBeUndefined();
    expect(field('plans', 'issued_on')?.type).toBe('date');
    expect(field('requirements', 'lead_units')).toMatchObject({ type: 'list', delimiter: '；' });
    for (const t of tables) expect(tableSchema(t).primaryKey.length).toBeGreaterThan(0);
    expect(tableSchema('assignments').foreignKeys).toContainEqual({ fields: ['unit_id'], reference: { resource: 'units', fields: ['unit_id'] } });
    // Self-reference (a unit's successor is a unit) omits `resource`, per Table Schema v2.
    expect(tableSchema('units').foreignKeys).toEqual([{ fields: ['successor'], reference: { fields: ['unit_id'] } }]);
  });

  it('derives JSON Schemas with the same Chinese titles', () => {
    const plan = z.toJSONSchema(publishedPlanSchema, { io: 'output' }) as { properties: Record<string, { title?: string }> };
    expect(plan.properties['docNumber']?.title).toBe('发文字号');
    const ledger = z.toJSONSchema(ledgerRowSchema, { io: 'output' }) as { properties: Record<string, { title?: string }> };
    expect(ledger.properties['text']?.title).toBe('要求正文');
  });
});
