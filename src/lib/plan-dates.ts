/**
 * How pages write a plan's dates. The 发布日期 (when the original was posted
 * on its website) is shown on every plan and in every list of plans; where
 * it is not known the page says so instead of giving the 成文日期 in its place.
 */

/** 2022-11-16 → 2022年11月16日; null stays null. */
export function displayDate(iso: string | null): string | null {
  return iso ? iso.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') : null;
}

/** What a page says when the 发布日期 is not known. */
export const UNKNOWN_PUBLISHED = '不详';

/** The 发布日期, with its time where known (2018年7月5日 10:47), or 不详. */
export function publishedLabel(plan: { publishedOn: string | null; publishedTime?: string | undefined }): string {
  const date = displayDate(plan.publishedOn);
  if (!date) return UNKNOWN_PUBLISHED;
  return plan.publishedTime ? `${date} ${plan.publishedTime}` : date;
}
