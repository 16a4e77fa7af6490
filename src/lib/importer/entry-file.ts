import { stringify } from 'yaml';
import type { PlanEntry } from '../schema/plan';

/**
 * Serialises a plan entry as the Markdown file the content collection reads:
 * YAML frontmatter (the structure) and the notice text as the body. Output is
 * deterministic so a re-import of the same document gives the same bytes.
 */
export function planEntryFile(entry: PlanEntry, notice: string): string {
  const yaml = stringify(entry, { lineWidth: 0, defaultStringType: 'PLAIN', aliasDuplicateObjects: false });
  return `---\n${yaml}---\n\n${notice.trim()}\n`;
}
