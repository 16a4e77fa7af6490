import { z } from 'zod';
import { isSiteLink, listSeparator, sheetLabels } from '../schema/published';

/** A Table Schema field type, as used in datapackage.json (Table Schema v2). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list';

/**
 * One published column, described from its zod schema: the single record the
 * CSV header, the Table Schema, and the data page's dictionary all read.
 */
export interface FieldInfo {
  /** snake_case column name, the key in the row schema. */
  name: string;
  title: string;
  description: string;
  /** First example from the schema's `.meta({ examples })`, when it has one. */
  example: unknown;
  type: FieldType;
  /** For `list` columns: the type of each item. */
  itemType?: 'string';
  /** False when the value may be empty (null in JSON, empty cell in CSV). */
  required: boolean;
  enum?: readonly string[];
  pattern?: string;
  /** A link to this site: absolute or base-relative depending on the configuration (see `linkNote`). */
  siteLink: boolean;
  /** For a code column: what a workbook shows for each code (role lead → 牵头); CSV and JSON keep the code. */
  sheetLabels?: Readonly<Record<string, string>>;
}

type JsonSchemaNode = {
  type?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
  enum?: string[];
  pattern?: string;
  format?: string;
  anyOf?: JsonSchemaNode[];
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
};

/** The ISO date pattern of `isoDate` in schema/common.ts, as z.toJSONSchema prints it. */
const isoDatePattern = String.raw`^\d{4}-\d{2}-\d{2}$`;

/**
 * Describes every column of a row schema. Goes through z.toJSONSchema so the
 * Table Schema and the JSON Schema files can never disagree about a column's
 * type, enum or pattern. Throws when a column has no Chinese title or
 * description: an undocumented published column is a bug.
 */
export function describeFields(row: z.ZodObject): FieldInfo[] {
  const json = z.toJSONSchema(row, { io: 'output', unrepresentable: 'throw' }) as JsonSchemaNode;
  return Object.entries(json.properties ?? {}).map(([name, node]) => {
    const labels = sheetLabels(row.shape[name]);
    return { ...describeField(name, node), siteLink: isSiteLink(row.shape[name]), ...(labels ? { sheetLabels: labels } : {}) };
  });
}

function describeField(name: string, outer: JsonSchemaNode): Omit<FieldInfo, 'siteLink'> {
  const variants = outer.anyOf ?? [outer];
  const nonNull = variants.filter((v) => v.type !== 'null');
  const inner = nonNull[0];
  if (inner === undefined || nonNull.length > 1) throw new Error(`column ${name}: cannot map a union of ${nonNull.length} types to one CSV column`);
  // Metadata can sit on a nullable/default wrapper or on the inner schema; the outer one wins.
  const title = outer.title ?? inner.title;
  const description = outer.description ?? inner.description;
  if (!title || !description) {
    throw new Error(
      `published column "${name}" has no Chinese ${title ? 'description' : 'title'}; add .meta(zh('标题', '说明')) to its schema in src/lib/schema/`,
    );
  }
  const example = (outer.examples ?? inner.examples)?.[0];
  const info: Omit<FieldInfo, 'siteLink'> = { name, title, description, example, type: 'string', required: nonNull.length === variants.length };
  switch (inner.type) {
    case 'integer':
      info.type = 'integer';
      break;
    case 'number':
      info.type = 'number';
      break;
    case 'boolean':
      // Written as true / false, Table Schema's default true and false values.
      info.type = 'boolean';
      break;
    case 'array': {
      if (inner.items?.type !== 'string') throw new Error(`column ${name}: only lists of strings can be written to CSV`);
      info.type = 'list';
      info.itemType = 'string';
      // An empty list is written as an empty cell, which Table Schema reads as missing.
      info.required = false;
      break;
    }
    case 'string':
      if (inner.pattern === isoDatePattern) info.type = 'date';
      else if (inner.pattern) info.pattern = inner.pattern;
      if (inner.enum) info.enum = inner.enum;
      break;
    default:
      throw new Error(`column ${name}: type ${String(inner.type)} cannot be written to a CSV cell`);
  }
  return info;
}

/** A CSV cell's text for a row value: lists joined with `；`, null as an empty cell. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(listSeparator);
  return String(value);
}
