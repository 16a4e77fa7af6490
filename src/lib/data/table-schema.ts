import { listSeparator, publishedTables, type TableName } from '../schema/published';
import { describeFields, type FieldInfo } from './fields';

/**
 * Frictionless Table Schema (v2) for one published table, derived from its
 * row schema: Chinese titles and descriptions, types, enums, patterns,
 * required columns, primary and foreign keys.
 */
export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys: Array<{ fields: string[]; reference: { resource?: string; fields: string[] } }>;
}

export interface TableSchemaField {
  name: string;
  title: string;
  description: string;
  type: FieldInfo['type'];
  example?: unknown;
  itemType?: 'string';
  delimiter?: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

/** `linkNote`: what links to this site are relative to (publication.ts), appended to the description of such columns. */
export function tableSchemaField(f: FieldInfo, linkNote?: string): TableSchemaField {
  const constraints: NonNullable<TableSchemaField['constraints']> = {};
  if (f.required) constraints.required = true;
  if (f.enum) constraints.enum = [...f.enum];
  if (f.pattern) constraints.pattern = f.pattern;
  return {
    name: f.name,
    title: f.title,
    description: f.siteLink && linkNote ? `${f.description}。${linkNote}` : f.description,
    type: f.type,
    ...(f.example === undefined ? {} : { example: f.example }),
    ...(f.type === 'list' ? { itemType: 'string' as const, delimiter: listSeparator } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

export function tableSchema(name: TableName, linkNote?: string): TableSchema {
  const table = publishedTables[name];
  return {
    fields: describeFields(table.row).map((f) => tableSchemaField(f, linkNote)),
    // An empty cell is the CSV form of null (no document number, no task level, …).
    missingValues: [''],
    primaryKey: [...table.primaryKey],
    foreignKeys: table.foreignKeys.map((fk) => ({
      fields: [...fk.fields],
      // Table Schema v2: a reference without `resource` points at the same table.
      reference: { ...(fk.resource === null ? {} : { resource: fk.resource }), fields: [...fk.reference] },
    })),
  };
}
