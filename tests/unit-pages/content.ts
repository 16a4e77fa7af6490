import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCatalog, type Catalog, type PlanInput } from '../../src/lib/catalog';
import { planFiles, planIdOf, splitFrontmatter } from '../../src/lib/content/load';
import { readUnitFiles } from '../../src/lib/registry/files';
import { planEntrySchema } from '../../src/lib/schema/plan';
import { themeSchema } from '../../src/lib/schema/theme';
import { unitSchema } from '../../src/lib/schema/unit';

export const root = join(import.meta.dirname, '../..');

/**
 * Plan entries of a content folder, read as the build reads them (the one
 * reader, src/lib/content/load.ts) and parsed with the same schema, without
 * the checks of originals (a generated corpus has none).
 */
export function readPlans(contentDir: string): PlanInput[] {
  const dir = join(contentDir, 'plans');
  return planFiles(dir).map((f) => {
    const { frontmatter, body } = splitFrontmatter(join(dir, f), readFileSync(join(dir, f), 'utf8'));
    return { id: planIdOf(f), data: planEntrySchema.parse(frontmatter), body };
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
