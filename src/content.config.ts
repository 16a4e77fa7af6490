import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { planEntrySchema } from './lib/schema/plan';
import { themeSchema } from './lib/schema/theme';
import { unitSchema } from './lib/schema/unit';
import { readUnitFiles } from './lib/registry/files';
import { planSummary } from './lib/content/summary';
import { planLoader } from './site/plan-loader';

/**
 * Where content lives. `FENGONG_CONTENT` points the build at another content
 * folder (same layout: plans/, units/, themes/), e.g. a generated corpus for
 * benchmarks; the bundled plans are the default.
 */
const contentDir = process.env['FENGONG_CONTENT'] ?? './src/content';

/**
 * Plans (分工方案): one Markdown file each, directly in plans/; frontmatter
 * holds the structure, the body the notice text. Every plan is validated with
 * `planEntrySchema`, but the store keeps only its summary and rendered body:
 * pages read the full plans through the catalog (`src/site/catalog.ts`), see
 * `src/lib/content/summary.ts` and `src/site/plan-loader.ts` for why.
 */
const plans = defineCollection({
  loader: planLoader(`${contentDir}/plans`),
  schema: planEntrySchema.transform(planSummary),
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
