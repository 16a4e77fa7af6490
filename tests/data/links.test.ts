/**
 * Links in the data (issue 17, item 4): absolute when the site's address is
 * configured (siteUrl in fengong.config.yaml), else base-relative paths, and
 * the dictionary says which, on every column that holds one.
 */
import { describe, expect, it } from 'vitest';
import { DataSet } from '../../src/lib/data/dataset';
import { fixtureCatalog, fixturePublication } from './fixture';
import { csvRecords, text } from './helpers';

interface Package {
  description: string;
  resources: Array<{ name: string; schema?: { fields: Array<{ name: string; description: string }> } }>;
}

const withSite = new DataSet(fixtureCatalog(), { ...fixturePublication, site: 'https://www.leizhou.gov.cn' });
const withoutSite = new DataSet(fixtureCatalog(), fixturePublication);
const linkColumns = (ds: DataSet) =>
  (JSON.parse(text(ds.bytes('datapackage.json'))) as Package).resources.flatMap((r) =>
    (r.schema?.fields ?? []).filter((f) => f.name === 'url' || f.name === 'source_copy_url').map((f) => ({ table: r.name, ...f })),
  );

describe('links in the data', () => {
  it('are full addresses under the deployment path when the site address is configured, and the dictionary says so', () => {
    // assignments.csv has no link: its rows join requirements.csv (plan_id + requirement_id) for the permalink.
    for (const table of ['plans', 'requirements', 'units', 'themes']) {
      for (const row of csvRecords(withSite.bytes(`${table}.csv`))) expect(row['url'], table).toMatch(/^https:\/\/www\.leizhou\.gov\.cn\/zwgk\/fgfa\//);
    }
    const columns = linkColumns(withSite);
    expect(columns.map((c) => `${c.table}.${c.name}`)).toEqual(['plans.source_copy_url', 'plans.url', 'requirements.url', 'units.url', 'themes.url']);
    for (const c of columns) expect(c.description, `${c.table}.${c.name}`).toContain('本站网址均为完整网址，以 https://www.leizhou.gov.cn/zwgk/fgfa/ 开头');
  });

  it('are paths under the base path otherwise, and the dictionary says what they are relative to', () => {
    for (const row of csvRecords(withoutSite.bytes('requirements.csv'))) expect(row['url']).toMatch(/^\/zwgk\/fgfa\/plans\//);
    for (const c of linkColumns(withoutSite)) expect(c.description, `${c.table}.${c.name}`).toContain('相对于本站的域名');
    expect((JSON.parse(text(withoutSite.bytes('datapackage.json'))) as Package).description).toContain('以 /zwgk/fgfa/ 开头');
  });
});
