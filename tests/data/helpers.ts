import { parse } from 'csv-parse/sync';
import { loadCatalog } from '../../src/lib/content/load';
import { DataSet } from '../../src/lib/data/dataset';
import { defaultLicence, type Publication } from '../../src/lib/data/publication';

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
