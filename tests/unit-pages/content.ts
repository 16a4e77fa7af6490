import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCatalog, type Catalog, type PlanInput } from '../../src/lib/catalog';
import { readUnitFiles } from '../../src/lib/registry/files';
import { planEntrySchema } from '../../src/lib/schema/plan';
import { themeSchema } from '../../src/lib/schema/theme';
import { unitSchema } from '../../src/lib/schema/unit';

export const root = join(import.meta.dirname, '../..');

/** Plan entries of a content folder, parsed with the same schema the content collection uses. */
export function readPlans(contentDir: string): PlanInput[] {
  const dir = join(contentDir, 'plans');
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
      if (!m) throw new Error(`${join(dir, f)}: no frontmatter`);
      return { id: f.replace(/\.mdx?$/, ''), data: planEntrySchema.parse(parse(m[1]!)), body: m[2] };
    });
}

/**
 * The catalog of a content folder (plans/, units/, themes/) built without
 * Astro, the same way `getCatalog()` builds it from the collections.
 */
export function loadCatalog(contentDir = join(root, 'src/content')): Catalog {
  const units = readUnitFiles(join(contentDir, 'units')).map((u) => unitSchema.parse(u));
  const themes = (parse(readFileSync(join(contentDir, 'themes/themes.yaml'), 'utf8')) as unknown[]).map((t) => themeSchema.parse(t));
  return buildCatalog(readPlans(contentDir), units, themes);
}
