import type { PlanEntry } from '../schema/plan';

/**
 * What Astro's content store keeps of a plan: enough to list and identify it,
 * not its sections. Astro serialises its whole store into one JavaScript
 * module during a build (27 million characters per 1,000 plans, measured in
 * docs/scale.md), which made a 10,000-plan build need 4.3 GB before the first
 * page and would exceed V8's string limit near 20,000 plans. The collection
 * still validates every plan with `planEntrySchema`; the full plans reach the
 * pages through the catalog, read from disk once per build
 * (`src/lib/content/load.ts`).
 */
export function planSummary(plan: PlanEntry) {
  return {
    title: plan.title,
    issuer: plan.issuer,
    year: plan.year,
    region: plan.region.name,
    requirements: plan.sections.reduce((n, s) => n + s.requirements.length + s.tasks.reduce((m, t) => m + t.requirements.length, 0), 0),
  };
}

export type PlanSummary = ReturnType<typeof planSummary>;
