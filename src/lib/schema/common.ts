import { z } from 'zod';

/**
 * Field metadata used by every published schema: a Chinese title and
 * description for the data dictionary (datapackage.json, JSON Schema, the
 * data page). Kept next to the field so the docs cannot drift from the code.
 */
export const zh = (title: string, description: string, example?: unknown) =>
  ({ title, description, ...(example === undefined ? {} : { examples: [example] }) }) as const;

/** An ISO 8601 calendar date, `YYYY-MM-DD`, that exists on the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2022-11-16')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'expected a real calendar date');

/**
 * An id usable in URLs and file names: lower-case ASCII letters, digits and
 * hyphens. Ids are what other sites link to, so they must never need escaping.
 */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single hyphens, e.g. 2022-leizhou');
