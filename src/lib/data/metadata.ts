import type { Catalog, PlanInput } from '../catalog';
import { dataPath } from '../urls';
import type { DataSet } from './dataset';
import { republicationNotice } from './publication';

/*
 * Machine-readable metadata about the data: schema.org Dataset /
 * DataDownload JSON-LD for the data page and each plan page. Built from the
 * same data set as the files, so the links, licence and sources agree.
 */

/** JSON for a <script type="application/ld+json"> element: `<` escaped so no text can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

const download = (ds: DataSet, path: string, encodingFormat: string, name: string) => ({
  '@type': 'DataDownload',
  name,
  encodingFormat,
  contentUrl: ds.links.dataFile(path),
});

/** The date a plan was issued or published, else imported: what "newest" means for feeds and metadata. */
export function planDate(plan: PlanInput): string {
  return plan.data.publishedOn ?? plan.data.issuedOn ?? plan.data.source.importedOn;
}

function span(values: number[]): string | undefined {
  if (values.length === 0) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? String(min) : `${min}/${max}`;
}

/** The whole site's data as one schema.org Dataset, with every whole-site file as a DataDownload. */
export function siteDataset(ds: DataSet, siteName: string): Record<string, unknown> {
  const { catalog, links, publication } = ds;
  const tables = ds.files().filter((f) => f.group === 'table' || f.group === 'workbook' || f.group === 'package');
  const regions = [...new Set(catalog.plans.map((p) => p.data.region.name))];
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${siteName}：政务公开工作要点分工方案数据`,
    description: `${catalog.plans.length} 份政务公开工作要点分工方案的全部具体要求及责任单位分工，提供 Excel 工作簿、CSV、Excel CSV 和 JSON 格式。${republicationNotice}`,
    url: links.data(),
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    license: publication.licence.path,
    ...(publication.publisher ? { publisher: { '@type': 'Organization', name: publication.publisher } } : {}),
    keywords: ['政务公开', '工作要点', '分工方案', '责任单位'],
    ...(span(catalog.plans.map((p) => p.data.year)) ? { temporalCoverage: span(catalog.plans.map((p) => p.data.year)) } : {}),
    spatialCoverage: regions.map((name) => ({ '@type': 'Place', name })),
    // Each plan page carries its own Dataset with its original document as
    // isBasedOn; listing every original here made the data page grow with the
    // site (340 KB of JSON-LD at 10,000 plans).
    distribution: [
      download(ds, 'fengong-data.zip', 'application/zip', '全部数据（ZIP）'),
      ...tables.map((f) => download(ds, f.path, f.mediaType.split(';')[0] ?? f.mediaType, f.title)),
    ],
  };
}

/** One plan as a schema.org Dataset: its JSON, CSV and Excel workbook, the original document as its basis. */
export function planDataset(ds: DataSet, planId: string): Record<string, unknown> {
  const plan = ds.catalog.planById.get(planId);
  if (!plan) throw new Error(`no plan "${planId}" in the catalog; PlanJsonLd needs the id of a plan in src/content/plans/`);
  const { links, publication } = ds;
  const d = plan.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.title,
    description: `${d.issuer}${d.docNumber ? `《${d.docNumber}》` : ''}印发的${d.year}年政务公开工作要点分工方案，共 ${(ds.catalog.requirementsByPlan.get(planId) ?? []).length} 条具体要求及其责任单位。${republicationNotice}`,
    url: links.plan(planId),
    ...(d.docNumber ? { identifier: d.docNumber } : {}),
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    license: publication.licence.path,
    creator: { '@type': 'GovernmentOrganization', name: d.issuer },
    ...(d.issuedOn ? { dateCreated: d.issuedOn } : {}),
    ...(d.publishedOn ? { datePublished: d.publishedOn } : {}),
    temporalCoverage: String(d.year),
    spatialCoverage: { '@type': 'Place', name: d.region.name },
    isBasedOn: d.source.url ?? links.source(d.source.file),
    distribution: [
      download(ds, dataPath('plan', planId, 'json'), 'application/json', 'JSON（嵌套结构）'),
      download(ds, dataPath('plan', planId, 'xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel 表格'),
    ],
  };
}

/** Plans newest first (by issue or publication date), for the feed. */
export function plansNewestFirst(catalog: Catalog): PlanInput[] {
  return [...catalog.plans].sort((a, b) => {
    const da = planDate(a);
    const db = planDate(b);
    return da < db ? 1 : da > db ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
