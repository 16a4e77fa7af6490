import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { planEntrySchema } from './lib/schema/plan';
import { themeSchema } from './lib/schema/theme';
import { unitSchema } from './lib/schema/unit';
import { readUnitFiles } from './lib/registry/files';

/**
 * Where content lives. `FENGONG_CONTENT` points the build at another content
 * folder (same layout: plans/, units/, themes/), e.g. a generated corpus for
 * benchmarks; the bundled plans are the default.
 */
const contentDir = process.env['FENGONG_CONTENT'] ?? './src/content';

/** Plans (分工方案): one Markdown/MDX file each; frontmatter holds the structure, the body the notice text. */
const plans = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/plans` }),
  schema: planEntrySchema,
});

/** The unit registry: one YAML list per region. */
const units = defineCollection({
  loader: () => readUnitFiles(`${contentDir}/units`),
  schema: unitSchema,
});

/** The theme vocabulary. */
const themes = defineCollection({
  loader: file(`${contentDir}/themes/themes.yaml`),
  schema: themeSchema,
});

export const collections = { plans, units, themes };
