/**
 * A row's units cell run into its text where the names carry no level to say where they begin: a bureau's table of its
 * own offices saved as text (十三五规划办公室, 综治考评法规处, 民宿检查食品处: 市场监管局 2016 牵头处室分解表, 配合工作 |
 * 牵头处室; …宣传教育局各处室按职责落实, …事故会议局安监处牵头，各业务处室配合: 交建局 2024 安全生产 计划表). What tells
 * the name from the words before it is the table itself: the same offices recur row after row.
 */
import { unitNameEnding } from '../units/names';

/** Longest office name looked for, and the fewest characters of text left before it. */
const maxName = 8;
const minText = 2;

/** The role words a name in such a cell may carry (局安监处牵头, 局各处室按职责落实). */
const roleAtEnd = /(?:按职责(?:分工)?(?:落实|负责)|牵头|配合|负责|落实|协办|参与)$/;
const bare = (piece: string) => piece.replace(/[、，,]$/, '').replace(roleAtEnd, '');
const genericOffice = /^(?:处室|科室|股室|单位|部门|机构)$/;
const isName = (name: string) => name.length >= 2 && name.length <= maxName && unitNameEnding.test(name);

/**
 * The row's text and its units cell, parted before the name that ends the row's text and ends (or stands in a list of) the
 * most other rows of the table, the longest of those; null when no other row has it. Counting rows, not taking the
 * longest shared ending, keeps 文明行业创建 | 机关党委 (five rows) from 文明行业 | 创建机关党委 (two). A list ending the row
 * (…食品处、药械处; …安监处牵头，各业务处室配合) keeps its later names whole: only its first is glued to the text.
 */
export function officeCellApart(row: string, rows: readonly string[]): [text: string, units: string] | null {
  // Pieces each with the mark after it; the names after the one glued to the text are the pieces from `first` on.
  const pieces = row.split(/(?<=[、，,])/);
  let first = pieces.length;
  while (first > 1 && isName(bare(pieces[first - 1]!))) first--;
  const head = bare(pieces[first - 1]!);
  const headRole = pieces[first - 1]!.replace(/[、，,]$/, '').slice(head.length);
  const before = pieces.slice(0, first - 1).join('');
  const names = (other: string) => other.split(/[、，,]/).map(bare);
  let best: { name: string; count: number } | null = null;
  for (let length = Math.min(maxName, head.length - minText); length >= 2; length--) {
    const name = head.slice(-length);
    // (Not a bare kind of office, 处室 of 局各处室 and 各业务处室: it would count every row that names one.)
    if (!unitNameEnding.test(name) || !/^[\u4e00-\u9fa5]/.test(name) || genericOffice.test(name)) continue;
    const count = rows.filter((other) => other !== row && names(other).some((piece) => piece.endsWith(name))).length;
    if (count > 0 && count > (best?.count ?? 0)) best = { name, count };
  }
  if (!best) return null;
  const mark = pieces[first - 1]!.match(/[、，,]$/)?.[0] ?? '';
  return [before + head.slice(0, -best.name.length), best.name + headRole + mark + pieces.slice(first).join('')];
}
