/**
 * Where the plan is in a document: the notice before it (head), the plan
 * itself (body) and what follows it (trailer: 公开方式, 抄送, the signature).
 * The first stage after reading the format; the notice goes to metadata.ts,
 * the body to the readings (reading.ts).
 */
import { isMarkingLine } from '../model/disclosure';
import { isHeaderLabel, isHeaderRow } from './header';
import type { SourceLine } from './read/source-document';
import { tidy } from './text';

/** A line that is only a date (2017年4月20日, 二〇一二年三月一日): the date under a signature. */
export const dateLine = /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,2}\s*月\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日\s*$/;

/** How a signature's name ends: an office, a government, a bureau (平潭县国土资源局, 平潭综合实验区管委会). */
// (厅 too: 福建省人民政府办公厅, a province's 教育厅.)
export const signatureEnding = '(?:办公室|办公厅|人民政府|政府|局|委员会|管委会|中心|办|委|厅)';
/** A body's name and the date under it run together on one line (平潭综合实验区管委会2015年2月24日): the name, then the date. */
/** A line that ends as a body's name does (its signature's first line). */
const signatureNameEnd = new RegExp(`${signatureEnding}$`);
export const signedLine = new RegExp(`^\\s*([^\\s，。；：:|]{2,30}?${signatureEnding})\\s*(${dateLine.source.replace(/^\^\\s\*/, '').replace(/\\s\*\$$/, '')})\\s*$`);

/** The plan's own title: 雷州市2022年政务公开工作要点分工方案, …任务分解表, …责任清单. */
const planTitleRe = /(分工方案|分解方案|任务分解表?|责任分解表?|责任分工表?|任务分工表?|分工表|责任清单|任务清单|工作台账|台账|工作要点|实施方案|工作方案|重点任务|任务分工)\s*(?:[（(][^）)]{1,16}[）)])?\s*$/;
/**
 * What follows the article on a government page: the titles of its empty
 * related-reading widgets (文字解读 图片解读, 附件下载 with the attachments'
 * names), written after the plan's last line when the page was saved.
 */
const widgetTitles = /^\s*(?:附件下载\s*)?(?:\S{0,40}?\.(?:docx?|pdf|xlsx?|wps|zip|rar)\s*)*文字解读\s*图片解读\s*$|^\s*(?:文字解读|图片解读|附件下载)\s*$/i;
/**
 * The page's own lines after an article (首都之窗, 重庆, www.gov.cn, 平潭 templates): related links, sharing,
 * printing, feedback and browser notices, each a line of its own. After the plan's first heading or item they
 * end it; before it (分享 and 公报PDF under the title) they are the page's head.
 */
// (And the page's source line, its attachments' widget after it: 来源：平潭综合实验区管委会办公室 附件下载 关于印发…的通知.pdf, the
// archive's page.txt after the table; and the site's footer, 主办单位：广州市卫生健康委员会 … 粤公网安备… 粤ICP备…, a page saved as
// text: no sentence before its registration numbers, so not a last requirement the footer ran into.)
const pageEndLine = /^\s*(?:来源[:：]\s*[^\s。，；：:]{2,40}(?:\s+附件下载(?:\s+\S.*)?)?|相关(?:解读|政策|链接|文件|稿件|新闻|附件)|分享(?:到)?[:：]?|打印本页|关闭窗口|【\s*(?:打印|关闭)\s*】|公报PDF|评价建议|我要纠错|扫一扫在手机打开当前页|当前浏览器版本过低.*|您访问的链接即将离开.*|[^。；;]*(?:ICP备|公网安备|网站标识码).*)\s*$/;
/**
 * A measure document's closing words, after its last measure (上级文件另有规定或有新政策出台，按照有关规定执行;
 * 本措施自印发之日起施行; 本方案由市住建局负责解释): they end the plan, so what follows on the page is not read
 * into its last requirement.
 */
const closingWords = /^\s*(?:上级(?:文件|政策)?另有规定|本(?:措施|方案|办法|细则|意见|规定|通知)(?:自|从|由|适用|有效期|执行期)|(?:以上|上述)(?:措施|政策)(?:自|从|由))/;
const trailerRe = /^\s*(公开方式[:：]|抄送[:：]|相关阅读|附件\s*\d*\s*[.．]?\s*(doc|docx|pdf|xls|xlsx|wps)\b|.{0,40}\d{4}年\d{1,2}月\d{1,2}日印发\s*$)/;
/** Where a plan body can start when it has no title of its own: a table row, a section heading, a numbered item. */
const bodyStartRe = /^\s*(?:\||[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,3}\s*[.、．]\s*\S)/;

/**
 * Finds where the plan itself starts (its own title, else its first table
 * row, heading or item after the notice) and where the trailer starts. A page
 * that starts at the table, with no title or notice, is all body.
 */
export function segment(lines: readonly SourceLine[]): { head: SourceLine[]; body: SourceLine[]; trailer: SourceLine[]; planTitle: string | null } {
  // The notice's own title, not a sentence of the plan that cites another notice (按照《…关于印发…的通知》要求，…).
  const titleAt = lines.findIndex((l) => /印发/.test(l.text) && /通知\s*$|关于/.test(l.text) && l.text.length < 120 && !/[。；]/.test(l.text));
  // A title broken over lines (鞍山市人民政府关于印发《2023年 / 市〈政府工作报告〉任务分解 / 和责任分工方案》的通知): its
  // lines up to the one that ends in 通知 are the notice's title, not the plan's.
  let titleEnd = titleAt;
  while (titleAt >= 0 && titleEnd - titleAt < 3 && !/通知\s*$/.test(lines[titleEnd]!.text) && lines[titleEnd + 1]?.text.trim() && !lines[titleEnd + 1]!.cells) titleEnd++;
  if (titleAt >= 0 && !/通知\s*$/.test(lines[titleEnd]!.text)) titleEnd = titleAt;
  let start = lines.findIndex(
    // A numbered heading (三、责任分工, （二）重点任务) is a part of the document, not its title.
    (l, i) => i > titleEnd && !l.cells && planTitleRe.test(l.text) && !/通知|关于|印发|附件[:：]|[。，；]|^\s*\d{1,3}\s*[.、．]|^\s*[[【]|^\s*[一二三四五六七八九十]{1,3}\s*[、.．]|^\s*[（(][一二三四五六七八九十]{1,3}[)）]/.test(l.text) && tidy(l.text).length <= 50 && tidy(l.text).length >= 6,
  );
  // (标题: 区经济发展局2018年政务公开工作主要任务分解表, a saved page's labelled title: the label is not part of it.)
  const planTitle = start >= 0 ? tidy(lines[start]!.text).replace(/^(?:标题|文件标题|题名)\s*[:：]\s*/, '') : null;
  if (start < 0) {
    // No title of its own: the body starts at the first table row, or at the
    // first heading or item after the notice's signature.
    const table = lines.findIndex((l, i) => i > titleAt && (l.cells !== undefined || /^\s*\||\S\s*\|\s*\S|\S\s*\|\s*$/.test(l.text) || l.text.includes('\t')));
    const heading = lines.findIndex((l, i) => i > titleAt && bodyStartRe.test(l.text));
    // A table's header flattened one label a line (指标序号 / 任务 / 时限 / 推进落实情况), its rows opening with bare numbers
    // that are no heading or item (22, 24, 30, 天长 2023 台账): the body starts at the header.
    const labels = (from: number) => lines.slice(from, from + 12).filter((l) => l.text.trim()).slice(0, 3);
    const header = lines.findIndex((l, i) => i > titleAt && l.text.trim() && !l.cells && labels(i).length === 3 && labels(i).every((x) => !x.cells && isHeaderLabel(x.text.trim())) && isHeaderRow(labels(i).map((x) => x.text.trim())));
    start = [table, heading, header].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), lines.length);
    if (start === lines.length) start = 0;
    // The table's header (and a header broken into label lines) belongs to the body.
    // (Blank lines may stand between the labels: a table flattened one cell a paragraph, 宿州 2023 完成情况.)
    for (let k = start; k > 0 && k - 1 > titleAt; k--) {
      const above = lines[k - 1]!;
      if (!above.cells && !above.text.trim()) continue;
      if (!isHeaderLike(above)) break;
      start = k - 1;
    }
    start -= 1;
  }
  const rest = lines.slice(start + 1);
  // A 公开方式 marking however written (公开属性 ：, 【公开方式】…) ends the plan, so it is never glued onto the last requirement.
  // So does the signature (a body's name over a date line) and a 联系人 line after the last requirement.
  // Near the end, or followed only by the page's own lines (（此件公开发布）, 公报PDF, 相关解读 and its titles): no
  // heading, item or sentence after it.
  // (Or both on one line, a page saved as text having lost the break: 平潭综合实验区管委会2015年2月24日.)
  // (Several bodies' names over the date, of a joint notice: 沈阳市房产局      沈阳市自然资源局 / 国家税务总局沈阳市税务局 / …
  // / 2023年9月3日, the first ending as a body's name does.)
  const nameLine = (l: SourceLine | undefined) => l !== undefined && !l.cells && tidy(l.text).length <= 30 && !/[，。；：:|]/.test(l.text) && !dateLine.test(l.text);
  const dated = (i: number) => {
    let j = i + 1;
    while (j < rest.length && j - i <= 6 && nameLine(rest[j])) j++;
    return dateLine.test(rest[j]?.text ?? '') && (j === i + 1 || signatureNameEnd.test(tidy(rest[i]!.text)));
  };
  const signature = (i: number) =>
    !rest[i]!.cells &&
    ((nameLine(rest[i]) && dated(i)) || signedLine.test(rest[i]!.text)) &&
    (i + 1 >= rest.length - 8 || rest.slice(i + 2).every((l) => !l.cells && !bodyStartRe.test(l.text) && !/[。；;]/.test(l.text)));
  const end = rest.findIndex((l, i) => trailerRe.test(l.text) || widgetTitles.test(l.text) || ((pageEndLine.test(l.text) || closingWords.test(l.text)) && rest.slice(0, i).some((b) => bodyStartRe.test(b.text))) || isMarkingLine(l.text) || /^\s*[（(]?\s*联\s*系\s*人\s*[:：]/.test(l.text) || signature(i));
  return {
    head: lines.slice(0, Math.max(start, 0)),
    body: end >= 0 ? rest.slice(0, end) : rest,
    trailer: end >= 0 ? rest.slice(end) : [],
    planTitle,
  };
}

/** A header row or one of its labels on a line of its own (工作任务 | 具体要求 | 责任单位 |, or 责任单位 |). */
function isHeaderLike(l: SourceLine): boolean {
  const cells = l.cells ? l.cells.map((c) => c.text) : l.text.split(/[|\t]/).map((c) => c.trim());
  // (Or labels one space apart: 序号 目标任务 责任单位 上半年推进情况, a page's table copied as text.)
  const words = l.cells ? [] : l.text.trim().split(/\s+/);
  const spaced = words.length >= 3 && words.every((w) => isHeaderLabel(w)) && isHeaderRow(words);
  return isHeaderRow(cells) || spaced || (cells.filter(Boolean).length > 0 && cells.filter(Boolean).every((c) => isHeaderLabel(c))) || /^\s*[|｜]\s*$/.test(l.text);
}

