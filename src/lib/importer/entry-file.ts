import { Scalar, stringify } from 'yaml';
import type { PlanEntry } from '../schema/plan';

/** Date-like strings are quoted: Astro's frontmatter reader would otherwise turn "2022-11-16" into a Date. */
function quoteDates(_key: unknown, value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
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
  return `---\n${yaml}---\n\n${notice.trim()}\n`;
}
