import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Reads every `*.yaml` file in the units folder (one per region) and returns
 * the raw unit records, each tagged with the file it came from so a schema
 * error can name the file. Validation is left to the caller's schema.
 */
export function readUnitFiles(dir: string): Array<Record<string, unknown> & { id: string }> {
  const records: Array<Record<string, unknown> & { id: string }> = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(dir, name);
    const data: unknown = parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(data)) {
      throw new Error(`${path}: expected a YAML list of units (each item with id, name, region, kind)`);
    }
    data.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string') {
        throw new Error(`${path}: item ${i + 1} has no string "id"; every unit needs an id such as leizhou-shicaizhengju`);
      }
      records.push(item as Record<string, unknown> & { id: string });
    });
  }
  return records;
}
