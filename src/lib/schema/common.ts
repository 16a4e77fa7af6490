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

/**
 * A public web address: http or https only. A URL becomes a live link on a
 * plan page and `isBasedOn` in JSON-LD, so javascript:, data:, vbscript: or
 * file: would run script or reach the reader's disk when clicked.
 */
export const httpUrl = z
  .string()
  // Checked as written, before URL parsing: a parser forgives leading spaces and odd case that a browser may read differently.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  .regex(/^https?:\/\/[^\s"'<>\\^`{|}\u0000-\u001F\u007F]+$/i, 'expected an http(s) address such as https://www.leizhou.gov.cn/…, without spaces or quotes; javascript:, data:, file: and other schemes are refused')
  .pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) address such as https://www.leizhou.gov.cn/…' }));
