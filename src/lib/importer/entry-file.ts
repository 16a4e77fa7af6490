import { Scalar, stringify } from 'yaml';
import type { PlanEntry } from '../schema/plan';

/**
 * Markdown-significant ASCII punctuation, backslash-escaped in the notice
 * body: the body is rendered as Markdown, which passes raw HTML through, so a
 * source that says <script> or <img onerror=…> must reach the page as text,
 * and [..](javascript:…) must not become a link. Chinese text has none of
 * these in ordinary prose, so real notices are unchanged.
 */
const markdownSpecial = /[\\`*_[\]<>&~|]/g;

/** Escapes notice text for the Markdown body, one paragraph per line pair. */
export function escapeNotice(notice: string): string {
  return notice.replace(markdownSpecial, (c) => `\\${c}`).replace(/^(\s*)#/gm, '$1\\#');
}

/** The notice text as the document says it, from an entry body written by planEntryFile. */
export function unescapeNotice(body: string): string {
  return body.replace(/\\([\\`*_[\]<>&~|#])/g, '$1');
}

/**
 * Date-like strings are quoted: Astro's frontmatter reader would otherwise
 * turn "2022-11-16" into a Date, and a YAML 1.1 reader (many a journalist's
 * tool) would read the time 10:47 as the number 647.
 */
function quoteDates(_key: unknown, value: unknown): unknown {
  if (typeof value === 'string' && /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})$/.test(value)) {
    const s = new Scalar(value);
    s.type = Scalar.QUOTE_DOUBLE;
    return s;
  }
  return value;
}

/**
 * Serialises a plan entry as the Markdown file the content collection reads:
 * YAML frontmatter (the structure) and the notice text as the body. Output is
 * deterministic so a re-import of the same document gives the same bytes.
 */
export function planEntryFile(entry: PlanEntry, notice: string): string {
  const yaml = stringify(entry, quoteDates, { lineWidth: 0, aliasDuplicateObjects: false });
  return `---\n${yaml}---\n\n${escapeNotice(notice.trim())}\n`;
}
