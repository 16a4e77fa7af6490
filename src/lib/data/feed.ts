import type { Catalog } from '../catalog';
import type { DataLinks } from './publication';
import { planDate, plansNewestFirst } from './metadata';

/** Text escaped for XML element content and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Atom id of a page: its absolute URL when the site origin is configured;
 * otherwise a URN built from the plan id, because an Atom id must be an
 * absolute IRI and a base-relative path is not one.
 */
function atomId(url: string, fallback: string): string {
  return /^https?:\/\//.test(url) ? url : `urn:fengong:${fallback}`;
}

/**
 * An Atom feed of the plans, newest first. Dates are the documents' own
 * (publication, else issue, else import date), never the build time, so the
 * feed only changes when the content does.
 */
export function plansFeed(catalog: Catalog, links: DataLinks, siteName: string): string {
  const plans = plansNewestFirst(catalog);
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const updated = plans[0] ? stamp(planDate(plans[0])) : '2000-01-01T00:00:00Z';
  const entries = plans.map((p) => {
    const d = p.data;
    const url = links.plan(p.id);
    const count = (catalog.requirementsByPlan.get(p.id) ?? []).length;
    const summary = [d.issuer, d.docNumber, d.issuedOn ? `成文日期 ${d.issuedOn}` : null, `${d.region.name} ${d.year} 年`, `具体要求 ${count} 条`]
      .filter(Boolean)
      .join('，');
    return [
      '  <entry>',
      `    <title>${xmlEscape(d.title)}</title>`,
      `    <id>${xmlEscape(atomId(url, `plan:${p.id}`))}</id>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `    <link rel="related" type="application/json" href="${xmlEscape(links.dataFile(`plans/${p.id}.json`))}"/>`,
      `    <updated>${stamp(planDate(p))}</updated>`,
      ...(d.publishedOn ? [`    <published>${stamp(d.publishedOn)}</published>`] : []),
      `    <author><name>${xmlEscape(d.issuer)}</name></author>`,
      `    <summary>${xmlEscape(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${xmlEscape(siteName)}</title>`,
    `  <subtitle>新收录的政务公开工作要点分工方案</subtitle>`,
    `  <id>${xmlEscape(atomId(links.home(), 'site'))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(links.feed())}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(links.home())}"/>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
