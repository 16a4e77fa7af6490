import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { planEntrySchema } from './lib/schema/plan';
import { themeSchema } from './lib/schema/theme';
import { unitSchema } from './lib/schema/unit';
import { readUnitFiles } from './lib/registry/files';

/** Plans (分工方案): one Markdown/MDX file each; frontmatter holds the structure, the body the notice text. */
const plans = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/plans' }),
  schema: planEntrySchema,
});

/** The unit registry: one YAML list per region. */
const units = defineCollection({
  loader: () => readUnitFiles('./src/content/units'),
  schema: unitSchema,
});

/** The theme vocabulary. */
const themes = defineCollection({
  loader: file('./src/content/themes/themes.yaml'),
  schema: themeSchema,
});

export const collections = { plans, units, themes };
