/**
 * Unit names where they stand in running text, with nothing to say where a name begins: a units cell that a page saved as
 * text ran together with the cells around it (…关于印发…的通知区经济发展局、区财政金融局…, …调查区环土局牵头，区农发局配合2015年…).
 * Shared by the run-on cutter (runon.ts) and the glued-table reader (glued-table.ts).
 */
import { moreUnitEndings, nameLevels, officeEnding } from '../units/names';

/** A character that may open a run of names in running text: a level (nameLevels), or 各 of a collective. */
export const opensName = new RegExp(`[各${nameLevels}]`);
/** The same, with 相关 and 有关 (相关乡镇, 有关单位) too. */
export const opensNameOrRelated = new RegExp(`[各相有${nameLevels}]`);

/** A collective name (各设区市, 各县（市、区）, 各乡镇人民政府, 各村（居）), not 各级: it may stand anywhere in a run. */
export const collectiveName = String.raw`(?:相关|有关)(?:乡镇|镇|街道)(?:人民政府|政府|办事处)?|各设区市|各县（市、区）|各县\(市、区\)|各村居|各(?:行政)?村(?:（居）|（社区）|\(居\))?(?:民委员会|委会)?|各社区|各(?!级)[\u4e00-\u9fa5]{1,8}?(?:市|区|县|镇|乡|街道|部门|单位|政府|管委会|机构|处室|科室|股室)|(?:[局委厅办]属|直属|下属|机关)各(?:单位|处室|科室|股室|部门)`;
/** How a unit's name ends in running text (处室 before 处: 各包村处室); 实验区, 开发区, 新区 only after a 、 or ，, where no level opens the name. */
export const nameEndings = `厅|局|委员会|委(?![会员])|办公室|办(?!事处|公)|办事处|部门|单位|政府|中心|管委会|公司|集团|院|所|站|队|处室|${officeEnding}|科|(?<![入控参持配])股|室|分行|支行|银行|馆|${moreUnitEndings}`;
export const alias = String.raw`(?:[（(][^）)]{1,14}[）)])?`;
/** A unit's name in running text: the first of a run opens with its level or 各; those after a 、 or ， need not. */
export const unitNameAt = new RegExp(String.raw`^(?:${collectiveName}|[${nameLevels}][\u4e00-\u9fa5]{1,14}?(?:${nameEndings}))${alias}`);
export const listedNameAt = new RegExp(String.raw`^(?:${collectiveName}|[\u4e00-\u9fa5]{2,14}?(?:${nameEndings}|实验区|开发区|新区))${alias}`);
/** A name glued to the one before it, with nothing between them: an ending of a body's name, not a place's (实验区, 新区). */
const gluedNameAt = new RegExp(String.raw`^(?:${collectiveName}|[\u4e00-\u9fa5]{2,14}?(?:${nameEndings}))${alias}`);
/**
 * A name goes on past the first ending it reaches: 人行福州中心 / 支行, 市公安局 / 交警支队, 各乡镇 / 人民政府（街道办事处）.
 */
export const nameGoesOn = /^(?:支行|分行|分局|办公室|管理局|大队|支队|分中心|(?:人民政府|政府|党委|党工委|街道办事处|办事处|管委会)(?:[（(][^）)]{1,12}[）)])?)/;
/** Words that make a "name" a phrase of the text (公开…情况, 通过…), not a unit. */
export const notInName = /公开|情况|政策|通过|及时|做好|加强|推进|开展|落实|制度|机制|要求|范围|目标|任务|违法|违规|案件/;

/**
 * How far a run of unit names from `from` reaches and how many names it holds: glued together or parted by 、 ， (and by
 * spaces where `loose`, whose first name need not open with its level either).
 */
export function nameRun(text: string, from: number, loose: boolean): { end: number; count: number } {
  let i = from;
  let count = 0;
  for (;;) {
    const rest = text.slice(i);
    const sep = (loose ? /^[，、,\s]/ : /^[，、,]/).test(rest) && (count > 0 || !loose);
    const m = (loose || (sep && count > 0) ? listedNameAt : unitNameAt).exec(sep ? rest.slice(1) : rest);
    if (!m || notInName.test(m[0])) break;
    i += m[0].length + (sep ? 1 : 0);
    i += nameGoesOn.exec(text.slice(i))?.[0].length ?? 0;
    count++;
  }
  return { end: i, count };
}

/**
 * The unit names `text` is made of, parted by 、 or ， or glued together (财务科, 发改处、重点办, 财政厅物价局, 行政审批局管委会办公室), or
 * null when it holds anything else. Each name is the shortest that leaves the rest readable as names (管委会办公室 is one: 办公室
 * alone names no one).
 */
export function nameListApart(text: string): string[] | null {
  const names: string[] = [];
  for (const piece of text.split(/[、，,]/)) {
    const apart = gluedApart(piece);
    if (!apart) return null;
    names.push(...apart);
  }
  return names;
}

/** The names glued together in `piece`, each the shortest that leaves the rest readable, or null. */
function gluedApart(piece: string): string[] | null {
  if (!piece) return null;
  for (let end = 3; end <= Math.min(piece.length, 16); end++) {
    const name = piece.slice(0, end);
    // (Read where it stands, the rest after it: 区管委 is no name before 会办公室, 委 before 会 being 委员会's or 管委会's.)
    const at = new RegExp(`${listedNameAt.source}(?=[\\s\\S]{${piece.length - end}}$)`);
    if (at.exec(piece)?.[0] !== name || notInName.test(name)) continue;
    if (end === piece.length) return [name];
    const rest = gluedApart(piece.slice(end));
    if (rest) return [name, ...rest];
  }
  return null;
}

/** A units cell whose names are glued together with no level to part them (行政审批局行政服务中心), written apart with 、; else as it is. */
// (A bureau's own detachment after it stays with it: 区公安局交警支队 is one body.)
export function gluedNamesApart(cell: string): string {
  if (/[、，,；;：:\s（(]/.test(cell)) return cell;
  const names = nameListApart(cell)?.reduce<string[]>((all, n) => (all.length > 0 && /局$/.test(all.at(-1)!) && /(?:支队|大队|中队|分局|派出所)$/.test(n) && !opensName.test(n[0]!) ? [...all.slice(0, -1), all.at(-1)! + n] : [...all, n]), []);
  return names && names.length >= 2 ? names.join('、') : cell;
}

/** The names that stand after a mark (、，) in `body`: where a name begins is known there, and a cell's first name is one of them. */
export function namesAfterMarks(body: string): string[] {
  const names = new Set<string>();
  for (const m of body.matchAll(/[、，,；;]/g)) {
    const name = listedNameAt.exec(body.slice(m.index + 1));
    if (name && !notInName.test(name[0])) names.add(name[0]);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * The run of names from `from` where something else says a name starts there (a deadline cell before it): names with or
 * without their level, glued together or parted by 、 and ，, up to the first words that are no name's; its end and the
 * names one by one.
 */
export function gluedNames(text: string, from: number): { end: number; names: string[] } {
  let i = from;
  const names: string[] = [];
  for (;;) {
    const sep = names.length > 0 && /^[，、,]/.test(text.slice(i)) ? 1 : 0;
    // (A place's name, 平潭综合实验区, glued after a name is the next cell's words: …交建局平潭综合实验区2016年工作要点.)
    const m = (sep || names.length === 0 ? listedNameAt : gluedNameAt).exec(text.slice(i + sep));
    if (!m || notInName.test(m[0])) break;
    const start = i + sep;
    i = start + m[0].length;
    i += nameGoesOn.exec(text.slice(i))?.[0].length ?? 0;
    names.push(text.slice(start, i));
  }
  return { end: i, names };
}
