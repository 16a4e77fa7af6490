import type { TableSchema, TableSchemaField } from './table-schema';

/**
 * A small validator for the subset of Frictionless Table Schema that
 * datapackage.json uses: field types (string, integer, number, date, list),
 * required, enum, pattern, primary keys and foreign keys. It checks CSV as
 * parsed (every cell a string, empty = missing), so it tests the published
 * bytes, not the objects they were made from.
 */

export interface TableData {
  schema: TableSchema;
  /** Parsed CSV: the header row, then the records. */
  rows: string[][];
}

export interface ValidationError {
  table: string;
  /** 1-based CSV line of the record (the header is line 1); 0 for the table as a whole. */
  row: number;
  field?: string;
  message: string;
}

const integerPattern = /^-?\d+$/;
const numberPattern = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Problems with one cell's value (already known not to be missing). */
function cellProblems(field: TableSchemaField, value: string): string[] {
  const problems: string[] = [];
  const values = field.type === 'list' ? value.split(field.delimiter ?? ',') : [value];
  for (const v of values) {
    switch (field.type) {
      case 'integer':
        if (!integerPattern.test(v)) problems.push(`"${v}" is not an integer`);
        break;
      case 'number':
        if (!numberPattern.test(v)) problems.push(`"${v}" is not a number`);
        break;
      case 'boolean':
        if (v !== 'true' && v !== 'false') problems.push(`"${v}" is not true or false`);
        break;
      case 'date':
        if (!isRealDate(v)) problems.push(`"${v}" is not an ISO date (YYYY-MM-DD)`);
        break;
      case 'list':
        if (v === '') problems.push(`list "${value}" has an empty item`);
        break;
      case 'string':
        break;
    }
    if (field.constraints?.enum && !field.constraints.enum.includes(v)) problems.push(`"${v}" is not one of ${field.constraints.enum.join(', ')}`);
    if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`, 'u').test(v)) {
      problems.push(`"${v}" does not match ${field.constraints.pattern}`);
    }
  }
  return problems;
}

/** Validates one table on its own: header, cell types and constraints, primary key uniqueness. */
export function validateTable(name: string, table: TableData): ValidationError[] {
  const errors: ValidationError[] = [];
  const [header = [], ...records] = table.rows;
  const names = table.schema.fields.map((f) => f.name);
  if (header.join(',') !== names.join(',')) {
    errors.push({ table: name, row: 1, message: `header is ${header.join(',')}; the schema expects ${names.join(',')}` });
    return errors;
  }
  const missing = new Set(table.schema.missingValues);
  const keys = new Set<string>();
  const keyIndexes = table.schema.primaryKey.map((k) => names.indexOf(k));
  records.forEach((record, i) => {
    const line = i + 2;
    if (record.length !== names.length) {
      errors.push({ table: name, row: line, message: `has ${record.length} cells; the header has ${names.length}` });
      return;
    }
    table.schema.fields.forEach((field, c) => {
      const value = record[c] ?? '';
      if (missing.has(value)) {
        if (field.constraints?.required) errors.push({ table: name, row: line, field: field.name, message: 'is required but empty' });
        return;
      }
      for (const message of cellProblems(field, value)) errors.push({ table: name, row: line, field: field.name, message });
    });
    const key = JSON.stringify(keyIndexes.map((k) => record[k]));
    if (keys.has(key)) errors.push({ table: name, row: line, message: `duplicate primary key (${table.schema.primaryKey.join(', ')}) = ${key}` });
    keys.add(key);
  });
  return errors;
}

/** Validates every table and the foreign keys between them (a reference without `resource` is to the same table). */
export function validatePackage(tables: ReadonlyMap<string, TableData>): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const [name, table] of tables) errors.push(...validateTable(name, table));
  for (const [name, table] of tables) {
    const [header = [], ...records] = table.rows;
    for (const fk of table.schema.foreignKeys) {
      const targetName = fk.reference.resource ?? name;
      const target = tables.get(targetName);
      if (!target) {
        errors.push({ table: name, row: 0, message: `foreign key to unknown table "${targetName}"` });
        continue;
      }
      const [targetHeader = [], ...targetRecords] = target.rows;
      const targetIdx = fk.reference.fields.map((f) => targetHeader.indexOf(f));
      const known = new Set(targetRecords.map((r) => JSON.stringify(targetIdx.map((i) => r[i]))));
      const idx = fk.fields.map((f) => header.indexOf(f));
      records.forEach((record, i) => {
        const values = idx.map((k) => record[k] ?? '');
        // A missing value references nothing (e.g. a unit without successor).
        if (values.every((v) => table.schema.missingValues.includes(v))) return;
        if (!known.has(JSON.stringify(values))) {
          errors.push({
            table: name,
            row: i + 2,
            field: fk.fields.join(', '),
            message: `${values.join(', ')} is not a ${fk.reference.fields.join(', ')} of ${targetName}`,
          });
        }
      });
    }
  }
  return errors;
}
