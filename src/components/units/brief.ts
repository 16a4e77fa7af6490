/**
 * What a one-line listing shows of a requirement: its first sentence, or its
 * first `max` characters when that sentence is longer. The full text stays on
 * the plan page (the permalink) and in the data files; a line only has to say
 * which requirement it is (docs/pages.md).
 */
export function briefText(text: string, max = 40): string {
  const chars = Array.from(text.trim());
  const end = chars.findIndex((c) => c === '。' || c === '；' || c === '！' || c === '？');
  const sentence = end >= 0 ? chars.slice(0, end + 1) : chars;
  // A sentence a little over the limit reads better whole than cut.
  if (sentence.length <= max + 8) return sentence.join('');
  return `${chars.slice(0, max).join('').replace(/[，、：；（(]+$/, '')}…`;
}
