import { parse } from 'csv-parse/sync';
import { loadCatalog } from '../../src/lib/content/load';
import { DataSet } from '../../src/lib/data/dataset';
import { defaultLicence, type Publication } from '../../src/lib/data/publication';
import { listSeparator, type TableName } from '../../src/lib/schema/published';

/** The bundled plans (src/content), published at the root without a site origin, under the default licence. */
export const bundledPublication: Publication = { base: '/', licence: defaultLicence };

export function bundledDataSet(): DataSet {
  return new DataSet(loadCatalog(), bundledPublication);
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes as text, keeping a BOM if there is one (so tests can see it). */
export const text = (bytes: Uint8Array) => decoder.decode(bytes);

/** A CSV file parsed the way a careful notebook would: strict RFC 4180, BOM removed if present. */
export function parseCsv(bytes: Uint8Array): string[][] {
  return parse(text(bytes), { bom: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as string[][];
}

/** Parsed CSV as objects keyed by header. */
export function csvRecords(bytes: Uint8Array): Array<Record<string, string>> {
  const [header = [], ...rows] = parseCsv(bytes);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/**
 * A published CSV row's cells as a workbook sheet of that table shows them (`DataSet.sheetFields`): booleans as
 * 是/否, codes by their labels (roles as 牵头/负责/配合, each theme id of a list by its name).
 */
export function asShownInSheet(ds: DataSet, name: TableName, record: Record<string, string>): string[] {
  return ds.sheetFields(name).map((f) => {
    const value = record[f.name] ?? '';
    if (f.type === 'boolean') return value === 'true' ? '是' : '否';
    if (f.type === 'list' && f.sheetLabels) return value === '' ? '' : value.split(listSeparator).map((v) => f.sheetLabels?.[v] ?? v).join(listSeparator);
    return f.sheetLabels?.[value] ?? value;
  });
}
