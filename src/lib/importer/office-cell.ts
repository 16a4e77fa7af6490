/**
 * A row's units cell run into its text where the names carry no level to say where they begin: a bureau's table of its
 * own offices saved as text (十三五规划办公室, 综治考评法规处, 民宿检查食品处: 市场监管局 2016 牵头处室分解表, 配合工作 |
 * 牵头处室). What tells the name from the words before it is the table itself: the same offices lead row after row.
 */
import { unitNameEnding } from '../units/names';

/** Longest office name looked for, and the fewest characters of text left before it. */
const maxName = 8;
const minText = 2;

/**
 * The row's text and its units cell, parted before the name that ends the row and ends (or stands in a list of) the most
 * other rows of the table, the longest of those; null when no other row has it. Counting rows, not taking the longest
 * shared ending, keeps 文明行业创建 | 机关党委 (five rows) from 文明行业 | 创建机关党委 (two). A list ending the row
 * (…食品处、药械处) keeps its later names whole: only its first is glued to the text.
 */
export function officeCellApart(row: string, rows: readonly string[]): [text: string, units: string] | null {
  const [head, ...listed] = row.split('、');
  if (!head || listed.some((n) => n.length > maxName || !unitNameEnding.test(n))) return null;
  let best: { name: string; count: number } | null = null;
  for (let length = Math.min(maxName, head.length - minText); length >= 2; length--) {
    const name = head.slice(-length);
    if (!unitNameEnding.test(name) || !/^[\u4e00-\u9fa5]/.test(name)) continue;
    const count = rows.filter((other) => other !== row && other.split('、').some((piece, k) => (k === 0 ? piece.endsWith(name) : piece === name))).length;
    if (count > 0 && count > (best?.count ?? 0)) best = { name, count };
  }
  return best ? [head.slice(0, -best.name.length), [best.name, ...listed].join('、')] : null;
}
