import type { Found } from './engine';
import { kindLabels, type FacetKey } from './facets';
import { unitName } from './present';
import { normalizeText } from './tokens';

/**
 * What the page offers around a result set, made in the browser from the hits
 * already loaded: counts beside each filter value, "did you mean" names, and
 * the CSV download. Plain functions of the hits, so tests can check them on
 * their own.
 */

/** The values a hit has for each filter, as the filter controls name them. */
function facetValues(hit: Found): Partial<Record<FacetKey, string[]>> {
  return {
    kind: [kindLabels[hit.kind]],
    ...(hit.year ? { year: [hit.year] } : {}),
    ...(hit.region ? { region: [hit.region] } : {}),
    ...(hit.issuer ? { issuer: [hit.issuer] } : {}),
    ...(hit.facets?.unit ? { unit: hit.facets.unit } : {}),
    ...(hit.facets?.role ? { role: hit.facets.role } : {}),
    ...(hit.facets?.theme ? { theme: hit.facets.theme } : {}),
  };
}

/** How many hits have each value of each filter (a hit counts once per value). */
export function facetCounts(hits: readonly Found[]): Map<FacetKey, Map<string, number>> {
  const counts = new Map<FacetKey, Map<string, number>>();
  for (const hit of hits) {
    for (const [key, values] of Object.entries(facetValues(hit)) as Array<[FacetKey, string[]]>) {
      let byValue = counts.get(key);
      if (!byValue) counts.set(key, (byValue = new Map()));
      for (const v of new Set(values)) byValue.set(v, (byValue.get(v) ?? 0) + 1);
    }
  }
  return counts;
}

/** Edit distance (insertions, deletions, substitutions) between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * Names to offer when a query finds little ("您是不是要找"): the names, other
 * names and reform successors or predecessors of the units, and the theme
 * names, among the hits (partial hits of a slip are the unit and theme
 * records that nearly match) and in the site's names file (`names.ts`, for a
 * query no record holds even half of), that differ from the query by one
 * character (two in a name of eight or more), closest first.
 */
export function suggestions(query: string, hits: readonly Found[], known: readonly string[] = [], max = 3): string[] {
  const typed = normalizeText(query).replace(/\s+/gu, '');
  if ([...typed].length < 2) return [];
  const names = new Set<string>(known);
  for (const hit of hits) {
    if (hit.kind === 'theme') names.add(hit.title);
    if (hit.kind !== 'unit') continue;
    names.add(unitName(hit.title));
    for (const other of /^又称([^。]*)。/u.exec(hit.text)?.[1]?.split('、') ?? []) names.add(other);
  }
  const allowed = [...typed].length >= 8 ? 2 : 1;
  return [...names]
    .map((name) => ({ name, distance: editDistance(typed, normalizeText(name)) }))
    .filter((s) => s.distance > 0 && s.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'zh-CN'))
    .slice(0, max)
    .map((s) => s.name);
}

/**
 * First characters that make a spreadsheet read a cell as a formula; the same
 * rule as the published `.excel.csv` files (src/lib/data/csv.ts, which the
 * browser cannot import without zod; tests/search/results.test.ts keeps the
 * two byte-identical).
 */
const formulaStart = /^[=+\-@\t\r＝＋－＠]/;
const needsQuotes = /[",\r\n]/;

function excelField(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Columns of the downloaded results, in the site's own words. */
export const resultColumns = ['类型', '标题', '链接', '方案', '发文机关', '年度', '地区', '位置', '内容', '责任单位', '文号', '匹配'] as const;

/**
 * The hits as CSV for Excel and WPS: UTF-8 with BOM, CRLF, formulas
 * neutralised (as the site's `.excel.csv`), one row per hit in the order
 * shown. `origin` makes links absolute, so the file works away from the site.
 */
export function resultsCsv(hits: readonly Found[], origin: string): string {
  const rows = hits.map((h) => [
    kindLabels[h.kind],
    h.title,
    new URL(h.url, origin).href,
    h.plan ?? '',
    h.issuer ?? '',
    h.year ?? '',
    h.region ?? '',
    h.place ?? '',
    h.text,
    h.units ?? '',
    h.docNumber ?? '',
    h.partial ? `部分（约 ${Math.round(h.share * 100)}%）` : '全部',
  ]);
  return `\uFEFF${[resultColumns as readonly string[], ...rows].map((r) => `${r.map(excelField).join(',')}\r\n`).join('')}`;
}
