/** The formats a page's own data is published in: `excel.csv` is the CSV for Excel and WPS (BOM, formulas neutralised). */
export type DataFormat = 'json' | 'csv' | 'excel.csv' | 'xlsx';

/** What a data file is about: one plan, one unit's ledger, or what a theme, year or region page lists. */
export type DataView = 'plan' | 'unit' | 'theme' | 'year' | 'region';

const dataFolders: Record<DataView, string> = { plan: 'plans', unit: 'units', theme: 'themes', year: 'years', region: 'regions' };

/**
 * The path under data/ of a page's own data file, e.g. `plans/2022-leizhou.csv`
 * or `years/2022.xlsx`: the one place these names are made, for the data
 * writer, the download links and the data page alike.
 */
export function dataPath(view: DataView, id: string | number, format: DataFormat): string {
  return `${dataFolders[view]}/${id}.${format}`;
}

/**
 * Every URL the site links to, in one place, relative to the deployment's base
 * path (e.g. `/zwgk/fgfa/`). Pages call `urls(import.meta.env.BASE_URL)`; the
 * domain code stays free of Astro so it can be unit-tested.
 */
export function urls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path.replace(/^\//, '')}`;
  return {
    /** Any path under the base. */
    at,
    home: () => at(''),
    plan: (planId: string) => at(`plans/${planId}/`),
    /** Permalink of one requirement: the plan page with the requirement's anchor. */
    requirement: (planId: string, requirementId: string) => at(`plans/${planId}/#${requirementId}`),
    units: () => at('units/'),
    unit: (unitId: string) => at(`units/${unitId}/`),
    /** Page `n` (1-based) of a unit's requirements; page 1 is the unit page itself. */
    unitPage: (unitId: string, n: number) => at(n === 1 ? `units/${unitId}/` : `units/${unitId}/${n}/`),
    themes: () => at('themes/'),
    theme: (themeId: string) => at(`themes/${themeId}/`),
    /** Page `n` (1-based) of a theme's requirements; page 1 is the theme page itself. */
    themePage: (themeId: string, n: number) => at(n === 1 ? `themes/${themeId}/` : `themes/${themeId}/${n}/`),
    years: () => at('years/'),
    year: (year: number) => at(`years/${year}/`),
    /** Page `n` (1-based) of a year's plans; page 1 is the year page itself. */
    yearPage: (year: number, n: number) => at(n === 1 ? `years/${year}/` : `years/${year}/${n}/`),
    regions: () => at('regions/'),
    region: (regionSlug: string) => at(`regions/${regionSlug}/`),
    data: () => at('data/'),
    dataFile: (file: string) => at(`data/${file}`),
    /** A page's own data file: `data/plans/<id>.csv`, `data/years/<year>.xlsx` … */
    viewData: (view: DataView, id: string | number, format: DataFormat) => at(`data/${dataPath(view, id, format)}`),
    /** The original document kept for provenance. */
    source: (file: string) => at(`sources/${file}`),
    search: () => at('search/'),
    /** Folder of the per-region filter choices of a large site's search page (`search/options/<slug>.json`). */
    searchOptions: () => at('search/options/'),
    accessibility: () => at('accessibility/'),
    /** 网站地图: every column and page, for people (sitemap.xml is for crawlers). */
    siteMap: () => at('sitemap/'),
    feed: () => at('feed.xml'),
  };
}
export type Urls = ReturnType<typeof urls>;
