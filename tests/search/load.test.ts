// The content loader used outside Astro (search index, benchmarks): the real
// content loads to the same catalog the site renders, and bad input names the
// file and the field.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDirFor, loadCatalog, loadContent } from '../../src/lib/content/load';
import { searchRecords } from '../../src/lib/search/records';
import { urls } from '../../src/lib/urls';

const real = contentDirFor(join(import.meta.dirname, '..', '..'), {});

describe('loadContent', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'fengong-load-'));
    cpSync(real, dir, { recursive: true });
    return dir;
  };

  it('loads the four plans with their requirements, units and themes', () => {
    const catalog = loadCatalog(real);
    expect(catalog.plans.map((p) => p.id).sort()).toEqual(['2018-jieyang', '2021-meizhou', '2022-jiangmen-jgzx', '2022-leizhou']);
    expect(catalog.requirementsByPlan.get('2022-leizhou')?.length).toBe(54);
    expect(catalog.requirementsByPlan.get('2021-meizhou')?.length).toBe(46);
    expect(catalog.requirementsByPlan.get('2022-jiangmen-jgzx')?.length).toBe(30);
    expect(catalog.requirementsByPlan.get('2018-jieyang')?.map((r) => r.requirement.id)).toContain('t13');
    expect(catalog.unitById.get('leizhou-shiweishengjiankangju')?.aliases).toContain('市卫健委');
  });

  it('honours FENGONG_CONTENT', () => {
    expect(contentDirFor('/project', { FENGONG_CONTENT: '/data/corpus' })).toBe('/data/corpus');
    expect(contentDirFor('/project', {})).toBe('/project/src/content');
  });

  it('puts every requirement in exactly one search item, linked to its permalink', () => {
    const catalog = loadCatalog(real);
    const items = searchRecords(catalog, urls('/zwgk/fgfa/')).flatMap((r) => JSON.parse(r.meta['items'] ?? '[]') as Array<{ url: string }>);
    const requirementUrls = items.map((i) => i.url).filter((u) => u.includes('#'));
    expect(requirementUrls.length).toBe(catalog.requirements.length);
    expect(new Set(requirementUrls).size).toBe(requirementUrls.length);
    expect(requirementUrls).toContain('/zwgk/fgfa/plans/2018-jieyang/#t9');
  });

  it('names the file and the field of an invalid plan', () => {
    const d = copy();
    const file = join(d, 'plans', '2022-leizhou.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^year: 2022$/m, 'year: twenty'));
    expect(() => loadContent(d)).toThrow(/2022-leizhou\.md: invalid plan entry: year: /);
  });

  it('names the file when frontmatter is missing', () => {
    const d = copy();
    writeFileSync(join(d, 'plans', 'broken.md'), '# no frontmatter\n');
    expect(() => loadContent(d)).toThrow(/broken\.md: no YAML frontmatter/);
  });
});
