import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The four real plans as delivered (the project's own copies of the originals), before the importer structured them. */
export const seedsDir = join(import.meta.dirname, '../../public/sources');

/**
 * Requirement sentences cut from the raw seed documents with a plain regex:
 * a printed number (1. 2. …) at the start of a line, table cell or tab
 * column, up to the end of that line, cell or column. Rough on purpose: it is
 * a second, importer-independent sample of what the plans say, used to tune
 * theme keywords; the plan entries themselves are checked via the catalog.
 */
export function seedRequirementTexts(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = readFileSync(join(seedsDir, file), 'utf8').replace(/\r/g, '');
    for (const m of raw.matchAll(/(?:^|[|\t])[ \u3000]*\d{1,2}[ ]*[.．](?!\d)([^|\t\n]+)/gm)) {
      const text = (m[1] ?? '').trim();
      if (text.length >= 8) out.push({ file, text });
    }
  }
  return out;
}
