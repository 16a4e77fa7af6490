import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/load';
import { importPlan, type Decision } from '../../src/lib/importer/index';
import { readUnitFiles } from '../../src/lib/registry/files';
import { Registry } from '../../src/lib/registry/registry';
import { unitSchema } from '../../src/lib/schema/unit';

export const root = join(import.meta.dirname, '../..');

/** The four real plans bundled with the project: the fixtures almost every test uses. */
export const seedIds = ['2022-leizhou', '2021-meizhou', '2018-jieyang', '2022-jiangmen-jgzx'] as const;
export type SeedId = (typeof seedIds)[number];

export const registry = () => new Registry(readUnitFiles(join(root, 'src/content/units')).map((u) => unitSchema.parse(u)));

function decisions(id: string): Record<string, Decision> {
  try {
    return (parse(readFileSync(join(root, 'src/content/reviews', `${id}.yaml`), 'utf8')) as { requirements: Record<string, Decision> }).requirements;
  } catch {
    return {};
  }
}

/**
 * The public URL of the original as the committed entry gives it: found by a
 * person, not in the document, and kept by `npm run import` on a re-import
 * (src/lib/content/hand-set.ts).
 */
function committedSourceUrl(id: string): string | null {
  const file = join(root, 'src/content/plans', `${id}.md`);
  const { frontmatter } = splitFrontmatter(file, readFileSync(file, 'utf8'));
  return (frontmatter as { source?: { url?: string | null } } | null)?.source?.url ?? null;
}

/** Imports one bundled original exactly as `npm run import` does for the committed entry. */
export function importSeed(id: SeedId) {
  const text = readFileSync(join(root, 'public/sources', `${id}.txt`), 'utf8');
  return importPlan(text, { sourceFile: `${id}.txt`, sourceUrl: committedSourceUrl(id), importedOn: '2026-11-21', registry: registry(), decisions: decisions(id), id });
}
