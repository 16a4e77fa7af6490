import { planEntrySchema, type PlanEntry } from '../schema/plan';

/**
 * Fields a webmaster may write into a plan entry by hand because the
 * document itself does not say them: the original's public URL, the
 * 发布时间 of the publishing page, and the 政府信息公开目录 block (索引号,
 * 主题分类, 发布机构, 主题词).
 */
export const handSetFields = ['publishedTime', 'indexNo', 'subjectCategory', 'publisher', 'subjectTerms'] as const;

/**
 * A re-import of the same original (same sha256) keeps what a person added
 * to the entry, so re-importing never silently drops a hand-set URL or
 * 索引号, and the committed entries re-import to the same bytes. What the
 * fresh import found itself (or was given by a flag) wins. The 发布时间 is
 * kept only when the 发布日期 it belongs to is unchanged.
 *
 * Keys come out in the schema's order, so the written YAML is stable.
 */
export function keepHandSetFields(fresh: PlanEntry, previous: PlanEntry | undefined): PlanEntry {
  if (!previous || previous.source.sha256 !== fresh.source.sha256) return fresh;
  const merged: Record<string, unknown> = { ...fresh, source: { ...fresh.source, url: fresh.source.url ?? previous.source.url } };
  for (const field of handSetFields) {
    if (merged[field] !== undefined || previous[field] === undefined) continue;
    if (field === 'publishedTime' && previous.publishedOn !== fresh.publishedOn) continue;
    merged[field] = previous[field];
  }
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(planEntrySchema.shape)) if (merged[key] !== undefined) ordered[key] = merged[key];
  for (const key of Object.keys(merged)) if (!(key in ordered) && merged[key] !== undefined) ordered[key] = merged[key];
  return ordered as PlanEntry;
}
