import { z } from 'zod';

/**
 * A review file, `src/content/reviews/<plan id>.yaml`: human decisions on
 * ambiguities the importer flagged, keyed by requirement id. Read by the
 * importer, which copies `issue` and `decision` into the entry, where the
 * plan page shows them as plain text. Unknown keys are refused, so a
 * misspelt field (or a link someone hoped to render) is not silently dropped.
 */
export const decisionSchema = z
  .object({
    /** What the importer was unsure about. */
    issue: z.string().trim().min(1),
    /** What was decided, and why. */
    decision: z.string().trim().min(1),
    /** The part of a shared units cell that applies to this requirement, parsed instead of the whole cell. */
    units: z.string().trim().min(1).optional(),
  })
  .strict();

export const reviewFileSchema = z
  .object({
    requirements: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a requirement id such as r24 or t2-r3'), decisionSchema).default({}),
  })
  .strict();
export type ReviewFile = z.infer<typeof reviewFileSchema>;
