import type { PlanEntry } from './schema/plan';
import type { Theme } from './schema/theme';
import { tagThemes } from './themes/tag';

/**
 * The nested JSON shape of one plan, shared by the importer's `--json` output
 * and the published `data/plans/<id>.json`: the plan's metadata, its notice
 * text, then sections → tasks → requirements, each requirement with its
 * resolved themes. Importing this JSON gives the same plan back.
 */
export function toPlanDocument(id: string, entry: PlanEntry, notice: string, vocabulary: readonly Theme[]) {
  const withThemes = <R extends PlanEntry['sections'][number]['requirements'][number]>(r: R) => ({
    ...r,
    themes: tagThemes(r.text, r.themes, vocabulary),
  });
  const { sections, ...meta } = entry;
  return {
    id,
    ...meta,
    notice,
    sections: sections.map((s) => ({
      no: s.no,
      title: s.title,
      tasks: s.tasks.map((t) => ({ no: t.no, title: t.title, requirements: t.requirements.map(withThemes) })),
      requirements: s.requirements.map(withThemes),
    })),
  };
}
export type PlanDocument = ReturnType<typeof toPlanDocument>;
