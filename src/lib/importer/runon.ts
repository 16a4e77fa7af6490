/**
 * Text that lost its line breaks: a page's article saved as one line (the
 * archive's page.txt, text copied out of a browser, a document-sharing site),
 * a table flattened cell after cell. The line is cut where the plan's own
 * numbering starts a new part — 一、 (一) 1. in sequence — and the units that
 * end an item or a task (…集中展示。区经济发展局 区直有关单位，…) become a line of
 * their own, so the readers see the lines a saved page would have had.
 */
import type { Report } from './report';
import type { SourceDocument, SourceLine } from './read/source-document';
import { deadlineAtEnd, deadlineAtStart, dutiesLabel, groupMemberUnits, looksLikeUnits, unitLabel, withoutLeadNotes } from './structure/cells';
import { headerRunAtEnd, headerRunFrom, sideBySideOrder, sideBySideWidth, unitColumnKinds, type ColumnKind } from './header';
import { chineseToNumber } from './text';
import { gluedTitleEnd, namesAfterTitle } from './heading-title';
import { officeCellApart } from './office-cell';
import { gluedNames, gluedNamesApart, nameListApart, nameRun, namesAfterMarks, notInName, opensName, opensNameOrRelated } from './names-in-text';
import { gluedTable, type GluedTable } from './glued-table';
import { gluedForm } from './glued-form';
import { peopleTable } from './people-columns';
import { nameLevels, unitNameEnding, workingGroupEndings } from '../units/names';
import { isCollectiveName, roleWordsAfterNames } from '../model/vocabulary';

/** The table number of a form read from a run-on line (a page saved as text has no tables of its own). */
const formTable = 0;
/** The table numbers of tables with people's columns read from run-on lines: this one plus the file line they were on. */
const peopleTableNo = 100;
/** The same for tables whose cells ran together (gluedTable). */
const gluedTableNo = 200;
/** Shorter lines are paragraphs, however long; a run-on page is thousands of characters. */
const minRunOnChars = 400;
/** The share of the document's text a run-on line holds (a page's header lines and the article on one line). */
const minShare = 0.4;
/** Fewer numbered parts than this in a long line: a long paragraph, not a plan run together. */
const minParts = 4;

const sectionAt = /^([一二三四五六七八九十]{1,3})、/;
const taskAt = /^[（(]([一二三四五六七八九十]{1,3})[)）]/;
/** A section's or task's number at the start of its heading (一、 （一）). */
const headingNumberAt = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/;
/** 第一条 of measures written as articles (clean.ts numbers them as items once cut). */
const articleAt = /^第([一二三四五六七八九十]{1,3})条/;
/** 第一章 of a regulation, and a part that holds only a chapter's number and title (第二章 领导机构). */
const chapterAt = /^第([一二三四五六七八九十]{1,3})章/;
const chapterTitleOnly = new RegExp(`${chapterAt.source}\\s*[^。；，,]{1,20}$`);
// 1.2017年10月底前…: an item whose text opens with a year is not a decimal.
const itemAt = /^(\d{1,3})\s?[.．、](?![.．])(?!\d(?!\d{3}年))\s?/;
/** A units label of the vocabulary (牵头单位：, 主办单位：, 承办单位：, 责任处室：…) starting here. */
/** A table row's bare 序号 before its text (1重要指示…), not a count or a date (2月底前, 3个, 10项). */
// After a space the row's text may open with a figure (104 302电台迁建工程).
const rowSerialAt = /^(\d{1,3})(?:\s(?![年月日号个项次批家所条名万亿元人户台辆天周])(?=[\u4e00-\u9fa5“《（(\d])|(?![年月日号个项次批家所条名万亿元人户台辆天周])(?=[\u4e00-\u9fa5“《（(]))/;
const unitsLabelAt = new RegExp(`^${unitLabel.source}`);
/** A unit's name and a colon opening its paragraph of duties (教育部门：, 人事（编制）部门：, 区交通与建设局：). */
// (Its duties may be numbered from 1 after the colon: 党政办公室：1.负责…；2.负责…, 海坛 2020 生活垃圾分类.)
const dutyLabelAt = /^([\u4e00-\u9fa5][\u4e00-\u9fa5、（）()]{1,35}?)[：:]\s?(?=[\u4e00-\u9fa5“]|1\s?[.．、](?!\d))/;
/** A unit's name, with a bracket of its own (区社会事业局（民政部门）), as the subject of 负责 opening a sentence. */
// (Or 牵头, 协助, 配合 its verb: 。区经济发展局牵头将社会救助纳入…, 。区农村发展局协助做好…, 平潭 2016 社会救助 工作职责.)
// (Not after 镇 or 乡 alone: a town is the subject of a duty by its name, 流水镇负责….)
const dutySubject = String.raw`((?:[${nameLevels.replace(/[镇乡]/g, '')}]|各|人民银行|中国人民银行|国家税务总局)[\u4e00-\u9fa5]{1,14}?(?:（[\u4e00-\u9fa5]{1,10}）)?)`;
const dutySubjectAt = new RegExp(`^${dutySubject}(?:负责(?!人|同志)|牵头(?!单位|部门)|协助|配合(?!单位|部门))`);
/** The same subject before another verb of a duty: 区经济发展局（商务）建立…, 区公安局（烟花办）建立…. */
const dutySubjectVerbAt = new RegExp(`^${dutySubject}(?:建立|制定|组织|开展|推进|做好|加强|督促|指导|实施|落实)`);
/** After a serial that runs into its row's text: a character that opens a word (台, 家, 所 too) or a digit of the text's own, not a count, a date or a longer number. */
const serialRunsOn = String.raw`(?![年月日号个项次批条名万亿元人户辆天周时])(?!\d[\d年月日号个项次批家所条名万亿元人户台辆天周时.．%])(?=[\u4e00-\u9fa5\d])`;
/** The row serial `n` at the start of `text` where it runs straight into the row (…办公室2台商直通车…, …231+X专项督查…), or null. */
function serialRunningOn(text: string, n: number): RegExpExecArray | null {
  return text.startsWith(String(n)) ? new RegExp(`^(${n})${serialRunsOn}`).exec(text) : null;
}

/** The `width` characters before `i` end in a units cell: a unit's name or a role word (…局安监处牵头，各业务部门配合 ). */
function endsInUnitsCell(text: string, i: number, width: number): boolean {
  const before = text.slice(Math.max(0, i - width), i);
  return unitNameEnding.test(before.trim()) || /(?:牵头|配合|负责|落实)\s*$/.test(before);
}

/** Serial `n` run into the date after it, where a date column follows 序号 (71月元旦…: row 7, 1月; 144-12月…: row 14), or null. */
function serialBeforeDate(text: string, n: number): RegExpExecArray | null {
  return new RegExp(`^(${n})(?=${deadlineAtStart.source.slice(1)})`).exec(text);
}

/** A short name of a body with no level before it (经济发展局, 财务科, 行政服务中心), at the start: where a units cell may start after a sentence. */
const shortNameAt = new RegExp(`^[\u4e00-\u9fa5]{2,7}?(?:局|委(?![会员])|办(?![事公])|厅|中心|科|股|处室|室)`);
/** A deadline cell run onto the end of a row's sentence (…政策落地见效。2021年12月底前): the deadline, group 1. */
const deadlineAfterSentence = new RegExp(`[。；;]\\s*(${deadlineAtEnd.source})`);

/** A village or a community ending a label's names (…各包村工作队、相关村, …配合单位：相关村（居）). */
const placeAtEnd = /(?:村|社区|村（居）|村居)$/;

/** `i` stands inside a quotation opened in the 40 characters before it and not closed. */
function insideQuote(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 40), i);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** `i` stands inside a document's title, 《 opened before it and not closed. */
function insideTitle(text: string, i: number): boolean {
  const before = text.slice(0, i);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** A sub-item's number in brackets, （1） (2), under an item 1.; ① ② under those. */
const subItemAt = /^[（(](\d{1,2})[)）]/;
const circledNumbers = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Characters after which a number does not start a part: 第1, 1、2、3 (a list of numbers), 2.5, 一、二、三. */
const notAfter = /[\d.．第、一二三四五六七八九十A-Za-z]/;
/** What a table's header opens with: the first label of a header row repeated mid-page. */
const headerKindAt = /^(?:序号|工作|任务|重点|具体|主要|目标|项目|事项|内容|类别|主线)/;
/** A sentence or a bracket ends here: the strongest sign a new part begins. */
const boundary = /[。；;！？!?）)」”』\s]/;

/**
 * The positions where a run-on line's numbered parts begin, in the plan's sequence. `taskColumn`: the line holds a table
 * with a task column before its text column (hasTaskColumn), the only layout in which a heading's title and a requirement
 * are glued.
 */
function partStarts(text: string, taskColumn: boolean, bracketItems: Set<number> = new Set()): number[] {
  const starts: number[] = [];
  let nextSection = 1;
  let nextTask = 1;
  let nextItem = 1;
  let nextArticle = 1;
  let nextChapter = 1;
  let headingSinceItem = true;
  let sectionSinceTask = true;
  // Inside a table whose header has a 序号 column: its rows start with a bare number (1重要指示…, 2推进…).
  let nextSerial = 0;
  let headingSinceSerial = false;
  // The table's column after 序号 is a date (序号 | 时间 | 重点内容 | 落实单位, a work calendar): a serial runs into its digits
  // (…人防办71月元旦…: row 7, 1月).
  let serialThenDate = false;
  // Where the last section or task heading started, while its title may still be open.
  let headingAt = -1;
  // Sub-items under an item: （1） （2） …, and ① ② … under those (平潭 2017 餐桌污染: 1.加强产地环境保护（1）做好…。（区…局）（2）…).
  let nextSub = 0;
  let nextCircled = 0;
  // The plan numbers its items so, （1） （2） under its headings, with no 1. 2. above them.
  let subsAreItems = false;
  // A section or task heading (一、 （一）) has been cut.
  let headingsCut = false;
  // Where the names after the last units label begin, while they may still run on (the label's part the last one cut).
  let labelAt = -1;
  let labelStart = -1;
  for (let i = 1; i < text.length; i++) {
    const prev = text[i - 1]!;
    // A units label's names, then a space and words that name nobody (…责任单位：…辖区内各派出所、各村（社区） 四、实施阶段…,
    // …各村居 以上八类整治重点以…): the page's next paragraph starts at the space, as the page's own line ended there.
    if (labelAt >= 0 && starts.at(-1) === labelStart && /\s/.test(prev) && !/\s/.test(text[i]!)) {
      const units = text.slice(labelAt, i).trim();
      if (i - labelAt > 160 || /[。；;！？]/.test(units)) labelAt = -1;
      // (A number there is the numbering's to cut, which counts it.)
      else if (units && looksLikeUnits(units) && /^[\u4e00-\u9fa5“《]/.test(text[i]!) && !sectionAt.test(text.slice(i, i + 6)) && nameRun(text, i, true).count === 0 && !unitsLabelAt.test(text.slice(i, i + 10)) && !/^(?:牵头|配合|负责|协办|参与|落实)/.test(text.slice(i, i + 4))) {
        starts.push(i);
        labelAt = -1;
        continue;
      }
    }
    // A heading's title, then a space and its paragraph closed by its own units bracket (一、坚决纠正…问题 严厉查处…。
    // （牵头单位：…，参加单位：…）): page.txt keeps the paragraph's indent as a space, so the paragraph starts there, as on
    // the page, and is the heading's one requirement.
    if (headingAt >= 0 && /\s/.test(prev) && starts.at(-1) === headingAt) {
      const title = text.slice(headingAt, i).replace(headingNumberAt, '').trim();
      const paragraph = text.slice(i, i + 600).split(/(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/)[0]!;
      // (Or closed by a units label after a space, where the heading has no sub-items: 五、大力发展循环经济 加强城市废弃物…。
      // 牵头单位：…；配合单位：… 六、…, 平潭 2017 节能减排.)
      const labelled = text.slice(i, i + 1500).split(/(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d))/)[0]!;
      const ownUnits = /[（(][^（）()]{0,80}(?:牵头|负责|配合|单位[:：])[^（）()]{0,80}[)）](?:\s|$)/.test(paragraph) || /[。；]\s+$/.test(labelled.split(unitLabel)[0]!) && unitLabel.test(labelled);
      if (i - headingAt > 60 || /[，。；：:,;]/.test(title)) headingAt = -1;
      // (Not a labelled block, 五、拓展客源市场推介 工作任务：…具体措施：…（牵头负责单位：…）: the heading is its requirement.)
      else if (title.length >= 4 && ownUnits && /^[\u4e00-\u9fa5“《]/.test(text.slice(i, i + 1)) && !/^[\u4e00-\u9fa5]{2,6}[:：]/.test(text.slice(i, i + 8))) {
        starts.push(i);
        headingAt = -1;
        continue;
      }
    }
    if (text.startsWith('序号', i)) {
      const header = headerRunFrom(text, i);
      if (header && header.labels[0]!.kind === 'no') {
        starts.push(i);
        // The table numbers its own sections (…工作落实情况一、健全消防安全责任1认真学习…), whatever the text before it did.
        nextSection = 1;
        headingSinceItem = true;
        // The first row's number, usually 1; a list handed down in parts goes on from the last (98, 99, … in 平潭 2016
        // 效能督查 整改: the province's list continued).
        nextSerial = Number(rowSerialAt.exec(text.slice(header.end, header.end + 8).trimStart())?.[1] ?? 1) || 1;
        serialThenDate = header.labels[1]?.kind === 'deadline';
        i = header.end - 1;
        continue;
      }
    }
    // A table's header after the text, opening with another label than 序号 (…综合改革一览表主线项目 主要内容责任单位完成时限（一）
    // 合理配置…1科学编制…, 平潭 2015 公立医院改革): where its rows, opening with bare serials, start; the serials restart
    // under each heading the table repeats.
    if (nextSerial === 0 && /[。；;）)\s表]/.test(prev) && headerKindAt.test(text.slice(i, i + 4))) {
      const header = headerRunFrom(text, i);
      const after = header ? text.slice(header.end, header.end + 80).trimStart() : '';
      const firstRow = after.replace(/^[（(][一二三四五六七八九十]{1,3}[)）][^\d。；]{2,40}?(?=1\D)/, '');
      if (header && header.labels.length >= 3 && rowSerialAt.exec(firstRow.slice(0, 8))?.[1] === '1') {
        starts.push(i);
        nextSerial = 1;
        nextTask = 1;
        sectionSinceTask = true;
        headingSinceItem = true;
        headingSinceSerial = false;
        i = header.end - 1;
        continue;
      }
    }
    // 附件：… after a space or a sentence (…责任单位：各片区管理局，区行政审批局、党群工作部 附件：5G网络建设协调领导小组成员名单…):
    // the list of attachments starts there, not another name of the units before it.
    // (Only after the plan's last units: the notice's own 附件： line before the plan stays with the notice.)
    if (/[\s。；;）)]/.test(prev) && /^附件\s*\d{0,2}\s*[:：]/.test(text.slice(i, i + 7)) && starts.length > 0 && unitLabel.test(text.slice(starts.at(-1)!, i))) {
      starts.push(i);
      continue;
    }
    // 附件：its title after the plan's last sentence, the attachment itself following under 附件 and the same title (…常态化。
    // 附件：春节期间防范非法集资宣传标语 附件 春节期间防范非法集资宣传标语 1.远离…, 海坛 2021 春节 防范非法集资): the body ends
    // there, and the attachment's numbered list is no item of the last task.
    if (/[\s。；;]/.test(prev) && starts.length > 0 && /^附件\s*\d{0,2}\s*[:：]/.test(text.slice(i, i + 7))) {
      const title = /^附件\s*\d{0,2}\s*[:：]\s*([^\s。；，]{6,40})/.exec(text.slice(i, i + 60))?.[1];
      const again = title ? text.indexOf(title.slice(0, 8), i + 4 + title.length) : -1;
      if (again > 0 && /附件\s*\d{0,2}\s*$/.test(text.slice(Math.max(0, again - 8), again))) {
        starts.push(i);
        continue;
      }
    }
    // The next attachment's number and title after a table row's units cell (…局建工处牵头，区城乡交建中心配合 附件3 百日大会战
    // 专项检查情况报告…): the table ends there.
    if (nextSerial > 1 && /\s/.test(prev) && /^附件\s*\d{1,2}\s/.test(text.slice(i, i + 6)) && endsInUnitsCell(text, i, 8)) {
      starts.push(i);
      continue;
    }
    // The header again where the table broke across pages (…不再向公众重复采集。工作任务牵头单位责任单位工 作 要 求21.完善…):
    // a part of its own, so it is not read into the row before it.
    // (Also after the row's deadline, where a column of them ends the table: …不再向公众重复采集。2018年12月底前工作任务….)
    if (nextItem > 1 && (/[。；;）)]/.test(prev) || deadlineAtEnd.test(text.slice(Math.max(0, i - 12), i))) && headerKindAt.test(text.slice(i, i + 4))) {
      const header = headerRunFrom(text, i);
      const after = header ? text.slice(header.end).trimStart() : '';
      const item = itemAt.exec(after.slice(0, 8));
      if (header && header.labels.length >= 3 && item && Number(item[1]) >= nextItem && Number(item[1]) <= nextItem + 3) {
        starts.push(i);
        i = header.end - 1;
        continue;
      }
    }
    if (nextSerial > 0 && !/\d/.test(prev)) {
      // (The next serial straight after a units cell may open a text whose first character is one that stands for a measure
      // word as often as it opens a word (台, 家, 所): …办公室2台商直通车…, …质监处29家政服务业…, 市场监管局 2016 牵头处室分解表.)
      // (Or a text that opens with a digit, a serial's digits run on into it: …市场规范处231+X专项督查, the row 23.)
      const strict = rowSerialAt.exec(text.slice(i, i + 6));
      const afterUnits = unitNameEnding.test(text.slice(Math.max(0, i - 3), i)) ? serialRunningOn(text.slice(i, i + 6), nextSerial) : null;
      const dated = serialThenDate ? serialBeforeDate(text.slice(i, i + 16), nextSerial) : null;
      const serial = strict && Number(strict[1]) === nextSerial ? strict : (dated ?? afterUnits ?? strict);
      // (1 again under the next heading: serials that restart in each task. Or on past a skip under a heading, after a space:
      // a list with a part left out, …军民深度融合方面（共6项）    五、管理体制创新方面（共3项）    21允许…, 国务院 2018 推广清单.)
      const n = Number(serial?.[1]);
      // (Or straight after a heading's title: （十一）贯彻落实政府信息公开条例37贯彻…, the page's 35 and 36 left out.)
      const afterTitle = starts.at(-1) === headingAt && i - headingAt <= 60 && !/[。；;，,]/.test(text.slice(headingAt, i));
      // (Or on past a skip between cells a space apart, after a row's units cell: …局各业务处室配合 6 全面扫除隐患…, a table
      // printed with the rows of another list left out, 平潭 2022 百日大会战 职责分工.)
      const afterUnitsCell = /\s/.test(prev) && /^\d{1,3}\s/.test(text.slice(i, i + 5)) && endsInUnitsCell(text, i, 6);
      const skipped = n > nextSerial && n <= nextSerial + 9 && ((headingSinceSerial && (/\s/.test(prev) || afterTitle)) || afterUnitsCell);
      if (serial && (n === nextSerial || (n === 1 && headingSinceSerial) || skipped)) {
        starts.push(i);
        nextSerial = Number(serial[1]) + 1;
        headingSinceSerial = false;
        continue;
      }
    }
    // A working group's members named as units before its duties (…综合协调组组 长：贾尉斌成 员：社会事业处、党政办公室工作职责：1.…):
    // a line of their own, as a units label's names are, and the duties after them another.
    if (text[i] === '成' && /^成\s?员/.test(text.slice(i, i + 3))) {
      const members = groupMemberUnits(text.slice(i, i + 200));
      if (members && members.at === 0) {
        starts.push(i);
        const duties = i + text.slice(i).search(dutiesLabel);
        if (duties > i) starts.push(duties);
        i = duties;
        continue;
      }
    }
    // 责任单位：… after a sentence or a space: the units of the part before, on a line of their own.
    // Also straight after the item's last word (1.习近平法治思想责任单位：局机关党委…): the label and its colon say it.
    // Not inside a units run (牵头处室：党群工作处配合单位：各村…: one units text, its roles apart).
    // A bare role word glued on (由机关党委牵头：①…) is the sentence's own colon, not a label; 负责单位： after 牵头 is the
    // rest of one label (（牵头负责单位：…）).
    const label = unitsLabelAt.exec(text.slice(i, i + 10))?.[0];
    const glued = label !== undefined && label.replace(/\s?[:：]$/, '').length >= 4 && /[\u4e00-\u9fa5》”]/.test(prev) && !/[各该本]$|牵头$|配合$|主办$|协办$|责任$/.test(text.slice(Math.max(0, i - 2), i)) && !unitsLabelAt.test(text.slice(Math.max(0, i - 60), i).split(/[。；;\s）)]/).at(-1) ?? '');
    // (Not the second label inside one open units bracket: （牵头责任单位：恩阳区住房公积金管理部；责任单位：…）, 恩阳 2022.)
    const opened = label !== undefined ? Math.max(text.lastIndexOf('（', i), text.lastIndexOf('(', i)) : -1;
    const inBracket = opened >= 0 && i - opened <= 80 && !/[）)]/.test(text.slice(opened, i)) && unitsLabelAt.test(text.slice(opened + 1, i));
    // (Nor a label just inside its bracket, a space after the bracket: …接受社会监督。( 责任单位：…), 平潭 2022 种业.)
    const justOpened = /[（(]\s+$/.test(text.slice(Math.max(0, i - 4), i));
    if (label !== undefined && (/[\s。；;）)]/.test(prev) || glued) && !inBracket && !justOpened) {
      starts.push(i);
      labelStart = i;
      labelAt = i + label.length;
      // (Past the label: 主要责任单位： is one, not 主要 and a 责任单位： inside it.)
      i = labelAt - 1;
      continue;
    }
    // 。民政部门：组织、指导… after a sentence, or after the list's heading (四、部门职责教育部门：…, 三、相关部门 环保部门：…):
    // the next unit's paragraph of duties (a 部门职责 list run together); not a heading's number and what follows it
    // (职责分工（一）区环境与国土资源局：…, where （一） starts the part).
    if (/[。；]\s*$/.test(text.slice(Math.max(0, i - 3), i)) || /(?:职责|分工)\s*$|[一二三四五六七八九十]、[^。；，\s]{2,10}\s+$/.test(text.slice(Math.max(0, i - 14), i))) {
      const duty = dutyLabelAt.exec(text.slice(i, i + 40));
      // (Not a units label inside a bracket: …采矿权的；超计划开采…矿种的（牵头单位：…）.)
      // (A working group is one too: 工作职责区社会救助工作协调小组：统筹…, 平潭 2016 社会救助.)
      if (duty && (looksLikeUnits(duty[1]!) || new RegExp(`(?:${workingGroupEndings})$`).test(duty[1]!)) && !unitsLabelAt.test(duty[0]) && !/[（(][一二三四五六七八九十\d]{1,3}[)）]/.test(duty[1]!) && !/[（(][^（）()]*$/.test(duty[1]!)) {
        starts.push(i);
        // (The unit's own duties are numbered from 1 again: a heading's items.)
        headingSinceItem = true;
        continue;
      }
      // 。区交通与建设局（住房保障部门）负责…: the next unit's duty sentence, its name the subject of 负责 (牵头, 协助, 配合).
      const subject = dutySubjectAt.exec(text.slice(i, i + 30));
      if (subject && looksLikeUnits(subject[1]!) && unitNameEnding.test(subject[1]!.replace(/（[^（）]{1,10}）$/, ''))) {
        starts.push(i);
        continue;
      }
      // (Or another verb, in a list of such sentences: the part before opens with a unit and 负责 too: …诚信体系。区经济发展局
      // （商务）建立商场…, 平潭 2015 安全生产诚信.)
      const acting = dutySubjectVerbAt.exec(text.slice(i, i + 30));
      const previous = starts.length > 0 ? dutySubjectAt.exec(text.slice(starts.at(-1)!, starts.at(-1)! + 30)) : null;
      if (acting && previous && looksLikeUnits(acting[1]!) && unitNameEnding.test(acting[1]!.replace(/（[^（）]{1,10}）$/, ''))) {
        starts.push(i);
        continue;
      }
      // 。 工商部门负责…, 。 公安部门要…: after a full stop and a space (a paragraph break in page.txt), a kind of department
      // that opens its own duty paragraph (平潭 2014 六打六治 职责分工).
      // (Not 各…, 有关…, 其他…: in a table run together those open the next units cell, 省直各部门，各设区市….)
      const kindSubject = /(?:[。；]|分工|职责)\s$/.test(text.slice(Math.max(0, i - 3), i)) ? /^([\u4e00-\u9fa5、]{2,12}?(?:部门|单位))(?:要|负责|应)/.exec(text.slice(i, i + 20)) : null;
      if (kindSubject && !/^(?:各|有关|相关|其他)/.test(kindSubject[1]!)) {
        starts.push(i);
        continue;
      }
    }
    // A units bracket after the full stop of a task's last item, a heading after it (…。（责任单位：区社会事业局、医改办…）（二）…,
    // 平潭 2015 公立医院改革 page.txt): a paragraph of its own, as the page had it, so it closes every item above it
    // still without units, not only the last.
    // (Also after the full stop and the spaces that indent the bracket's own paragraph: …有效落实。[two ideographic spaces]（责任部门：…）, 河北 2022
    // 全民科学素质, a crawl's text.)
    if ((text[i] === '（' || text[i] === '(') && /。\s*$/.test(text.slice(Math.max(0, i - 4), i))) {
      const close = text.slice(i).search(/[）)]/);
      const after = close > 0 ? text.slice(i + close + 1, i + close + 48) : '';
      // (Or the last item's, the signature after it: …。（责任单位：…）平潭综合实验区管委会2015年2月24日, 平潭 2015 土地流转.)
      if (close > 0 && unitsBracketAt(text, i + close) && (/^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/.test(after) || /^\s*[^\s。；，]{4,30}?(?:\d{4}|[〇一二三四五六七八九零]{4})年[\d〇一二三四五六七八九十]{1,2}月[\d〇一二三四五六七八九十]{1,3}日/.test(after))) {
        starts.push(i);
        continue;
      }
    }
    // After a units bracket that closes a paragraph (…确保工作有序进行。（责任单位：经济发展局、…）鼓励承包农户…): the next
    // paragraph, unnumbered, starts here (a number starting here is cut below); not the next clause of the same item
    // (…（农业农村处负责）二是…).
    if (paragraphAfterUnits(text, i)) {
      starts.push(i);
      continue;
    }
    // An item's bare title, then clauses 一是, 二是 … each closed by its own units label (4.实施街容街貌提升工程。 一是规范占道经营。
    // …责任处室：… 二是…, 苏平 2020 创城): the first clause is a paragraph of its own, as the later ones are after their labels.
    // The next clause (二是, 三是 …) glued to the last name of the clause before's units label (…配合单位：辖区派出所、综合执法
    // 大队二是落实“门前三包”。…, 金井 2020 创城长效机制): a paragraph of its own, as on the page.
    if (labelAt >= 0 && starts.at(-1) === labelStart && /^[二三四五六七八九十]是/.test(text.slice(i, i + 2)) && (unitNameEnding.test(text.slice(Math.max(labelAt, i - 12), i)) || placeAtEnd.test(text.slice(Math.max(labelAt, i - 6), i)))) {
      starts.push(i);
      labelAt = -1;
      continue;
    }
    // A closing note glued to the last name of a units label with no full stop (…责任单位：市政处、中心市政园林管理科同时，针对…
    // 各部门、企业要举一反三…, 交建局 2021 控事故保安全): the note is the plan's, not a name of the label's.
    if (labelAt >= 0 && starts.at(-1) === labelStart && /^(?:同时|此外|另外)[，,]/.test(text.slice(i, i + 3)) && unitNameEnding.test(text.slice(Math.max(labelAt, i - 12), i))) {
      starts.push(i);
      labelAt = -1;
      continue;
    }
    // (Or right after the title's full stop, no space: 4.实施街容街貌提升工程。一是规范占道经营。…, 金井 2020 创城长效机制.)
    if (text.startsWith('一是', i) && /。\s?$/.test(text.slice(i - 2, i)) && starts.length > 0 && /^\d{1,2}\s*[.、．]\s*[^。；，,]{2,30}。\s?$/.test(text.slice(starts.at(-1)!, i))) {
      const clause = text.slice(i, i + 800).split('二是')[0]!;
      if (clause.length < text.slice(i, i + 800).length && unitLabel.test(clause)) {
        starts.push(i);
        continue;
      }
    }
    if (notAfter.test(prev)) continue;
    const rest = text.slice(i, i + 8);
    const article = articleAt.exec(rest);
    // (Or straight after a chapter's title: 第二章 领导机构第四条 …)
    if (article && chineseToNumber(article[1]!) === nextArticle && (nextArticle === 1 || boundary.test(prev) || chapterTitleOnly.test(text.slice(starts.at(-1) ?? i, i)))) {
      starts.push(i);
      nextArticle++;
      // (An article's own points number afresh: 第五条 区廉政办工作职责：（一）监察方面 … 第六条 区党群工作部工作职责：（一）组织方面 1.…,
      // 平潭 2018 生态环境保护工作职责规定.)
      sectionSinceTask = true;
      headingSinceItem = true;
      continue;
    }
    // A regulation's chapters (第一章总则第一条…。第二章领导机构第四条…): each its own line, as the page prints it, once its articles
    // are being cut (clean.ts reads them as sections when a 职责 chapter gives each unit its article).
    const chapter = chapterAt.exec(rest);
    // (A chapter's title may be long: 第二章 区党工委和管委会有关部门生态环境保护工作职责 第四条 …)
    if (chapter && chineseToNumber(chapter[1]!) === nextChapter && articleAt.test(text.slice(i + chapter[0].length).replace(/^[^。；，,第]{1,30}/, '').trimStart())) {
      starts.push(i);
      nextChapter++;
      continue;
    }
    const s = sectionAt.exec(rest);
    const sn = s ? chineseToNumber(s[1]!) : undefined;
    // 一、 again after a sentence or a block's title (…局环境保护目标责任一、): the next block's items (unit-headed blocks).
    // (Or after a colon: …现将重点工作作如下安排：一、…, the plan's sections after the notice's own 一、–四、.)
    // (Or after a table's header, its last column a units one: …总投资（万元）…组织实施单位一、养老项目, 平潭 2023 一老一小.)
    const restart = sn === 1 && nextSection > 2 && (boundary.test(prev) || /[：:]/.test(prev) || /(?:责任|清单|任务|要求|职责|单位)$/.test(text.slice(Math.max(0, i - 4), i)));
    // (Not inside a quotation: “多证合一、一照一码”改革.)
    // A section number that jumps right after an item's units label's names (…责任处室：消保处九、强化要素市场管理), in a plan
    // that keeps the numbers of the plan it takes its items from.
    // (A space may part them: …海洋与渔业执法支队一大队 五、整治步骤, 苏平 2020 涉渔“三无”船舶, its 四、 never printed.)
    const afterNames = labelAt >= 0 && unitNameEnding.test(text.slice(Math.max(labelAt, i - 12), i).trimEnd());
    // (Or after the item's labelled deadline and a space: …完成时限：2019年12月5日前 五、工作要求, 招投标 2019, its 四、 never printed.)
    const afterDeadline = /(?:时限|时间)[:：]\s?[^。；：:\s]{2,30}\s+$/.test(text.slice(Math.max(0, i - 40), i));
    const jumped = (n: number | undefined, next: number) => n !== undefined && n > next && n <= next + 10 && (afterNames || afterDeadline);
    // A task column's heading as the cell after a row's serial, a space apart (1 一、加强…信息公开 增强…): the row's, which
    // reads it as the heading before the row (as its serial glued on, 1一、…, is never cut from it).
    const rowsHeading = taskColumn && starts.length > 0 && /^\d{1,3}\s+$/.test(text.slice(starts.at(-1)!, i));
    if (sn !== undefined && (sn === nextSection || restart || jumped(sn, nextSection)) && !insideQuote(text, i)) {
      if (rowsHeading) {
        nextSection = sn + 1;
        sectionSinceTask = true;
        headingSinceItem = true;
        continue;
      }
      if (sn === 1) {
        // A block's title between the last sentence and its 一、 (2016年区经济发展局环境保护目标责任): a line of its own.
        // (Spaces may stand around it: …6月20日 附件 2016年…局环境保护目标责任 一、, page.txt.)
        const before = text.slice(Math.max(0, i - 60), i).trimEnd();
        // (Or 附件 before it: …2016年6月20日附件2016年…局环境保护目标责任一、.)
        const attachment = before.lastIndexOf('附件');
        const end = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('）'), before.search(/\s\S*$/), attachment < 0 ? -1 : attachment + 1);
        const title = i - text.slice(Math.max(0, i - 60), i).length + end + 1;
        const words = before.slice(end + 1);
        if (end >= 0 && words.length >= 4 && !/[，,：:]/.test(words) && /(?:目标责任|责任书|责任清单|任务清单|工作职责)$/.test(words) && title > (starts.at(-1) ?? 0)) starts.push(title);
      }
      starts.push(i);
      headingAt = i;
      headingsCut = true;
      nextSection = sn + 1;
      sectionSinceTask = true;
      headingSinceItem = true;
      headingSinceSerial = true;
      if (taskColumn) i = gluedRequirement(text, i + s![0].length, starts, i);
      continue;
    }
    const t = taskAt.exec(rest);
    const tn = t ? chineseToNumber(t[1]!) : undefined;
    // Tasks restart at （一） in a new section, or are numbered straight through the plan (one number may be skipped).
    // A task's number printed twice (…（四）加强硬件配备…牵头处室：…（四）建立激励机制, a clerk's slip): the second starts a
    // task too where the part before it ends in its units.
    const repeated = tn !== undefined && tn > 1 && tn === nextTask - 1 && unitLabel.test(text.slice(starts.at(-1) ?? 0, i));
    // (Or afresh in an attachment: …附件 2020年度国务院安委会现场考核巡查问题清单 （一）深入学习…, 交建局 2021 控事故保安全.)
    const inAttachment = tn === 1 && nextTask > 2 && /附件\s*\d{0,2}\s*[：:]?[^。；！？]{4,200}$/.test(text.slice(Math.max(0, i - 200), i));
    if (tn !== undefined && (tn === nextTask || (tn === 1 && (sectionSinceTask || inAttachment)) || (tn === nextTask + 1 && boundary.test(prev)) || repeated || jumped(tn, nextTask))) {
      if (rowsHeading) {
        nextTask = tn + 1;
        sectionSinceTask = false;
        headingSinceItem = true;
        continue;
      }
      starts.push(i);
      headingAt = i;
      headingsCut = true;
      nextTask = tn + 1;
      sectionSinceTask = false;
      headingSinceItem = true;
      headingSinceSerial = true;
      if (taskColumn) i = gluedRequirement(text, i + t![0].length, starts, i);
      continue;
    }
    // (（1） right after its item's title or a sentence; a later one after a sentence or a bracket; not a figure's note.)
    const sub = subItemAt.exec(rest);
    // (An item may open with its year: （1）2017年10月底前….)
    if (sub && (/[\u4e00-\u9fa5“《]/.test(text[i + sub[0].length] ?? '') || /^\d{4}年/.test(text.slice(i + sub[0].length, i + sub[0].length + 5)))) {
      const n = Number(sub[1]);
      // (Or right after a units label's last name: …责任单位：各村及包村工作队（2）经营安全性排查, 苏平 2023 自建房.)
      // (A village or a community ends the names too: …各包村工作队、相关村（3）沿街商铺乱倒垃圾…, 苏平 2024 旅游环境卫生.)
      const afterPlaces = labelAt >= 0 && placeAtEnd.test(text.slice(Math.max(labelAt, i - 12), i));
      // (Or a plan's own item numbering where it numbers its items （1） （2） under its headings, with no 1. 2. above them: （1）
      // right after a heading, the items on from it; not in a table's row, whose serial is its item.)
      // (Once so, they are cut as items are, wherever the next one stands: …各乡镇人民政府（2）推进….)
      // (Only under the plan's headings, 一、 or （一）: not a list of a plan numbered 2.3, 专家咨询委员会主要职责：（1）….)
      const itemLevel = n === 1 && headingSinceItem && headingsCut && nextItem === 1 && nextSerial === 0 && (nextSub === 0 || subsAreItems);
      // (Up to three on past a skip straight after a heading's title, as items are: （十一）…条例（37）贯彻…, 35 and 36 not printed.)
      const skipped = subsAreItems && headingSinceItem && n > nextSub && n <= nextSub + 3;
      if ((n === 1 && nextSub === 1) || itemLevel || skipped || (n === nextSub && n > 1 && (boundary.test(prev) || afterNames || afterPlaces || subsAreItems))) {
        starts.push(i);
        nextSub = n + 1;
        nextCircled = 1;
        if (itemLevel) subsAreItems = true;
        if (subsAreItems) {
          headingSinceItem = false;
          bracketItems.add(i);
        }
        continue;
      }
    }
    const circled = circledNumbers.indexOf(text[i]!) + 1;
    if (circled > 0 && circled === nextCircled && (circled === 1 || boundary.test(prev)) && /[\u4e00-\u9fa5“《]/.test(text[i + 1] ?? '')) {
      starts.push(i);
      nextCircled++;
      continue;
    }
    const m = itemAt.exec(rest);
    if (!m || !/[\u4e00-\u9fa5“《（(【\d]/.test(text[i + m[0].length] ?? '')) continue;
    const n = Number(m[1]);
    // The next number; 1 again after a heading; one number skipped where a sentence or bracket ends (27. … 29.),
    // or straight after a heading's title (（三）推进基层政务公开标准化规范化29.及时…, 28 missing from the table).
    // Up to three after a heading's title where a page's numbers ran on past the table's (（十一）贯彻落实…条例37.贯彻…,
    // items 35 and 36 of the page not in the page.txt).
    // Numbers that jump where a plan keeps those of the plan it takes its items from (a bureau's share of the 区 plan: 4.
    // 10. 17. …): after a units label's names or a heading's title, the item's own units label ahead of it.
    const jump = n > nextItem && n <= nextItem + 60 && (labelAt >= 0 || headingSinceItem) && unitsLabelAhead(text, i + m[0].length);
    // The number printed twice, a sentence between (7.加强对所属公用人防工程…的监督管理。7.负责电动自行车废弃蓄电池…, 金井 2021 电动
    // 自行车): the next item under a slip of the numbering.
    // (Only where the numbering goes on from it or its list ends: the next number after it is n + 1, or a heading comes first;
    // not a list of its own, 2.…。1.…, a standards table's columns run together.)
    const following = n === nextItem - 1 && n > 1 && prev === '。' ? /[。；]\s?(?:(\d{1,2})[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/.exec(text.slice(i + m[0].length, i + m[0].length + 400)) : null;
    const again = following !== null && (following[1] === undefined || Number(following[1]) === n + 1) && /[\u4e00-\u9fa5]/.test(text[i + m[0].length] ?? '');
    if (n === nextItem || (n === 1 && headingSinceItem) || (n === nextItem + 1 && (boundary.test(prev) || headingSinceItem)) || (n > nextItem + 1 && n <= nextItem + 3 && headingSinceItem && nextItem > 1) || jump || again) {
      starts.push(i);
      nextItem = n + 1;
      headingSinceItem = false;
      nextSub = 1;
      nextCircled = 0;
    }
  }
  return starts;
}

/** A units label (牵头单位：, 责任单位：) within the item that starts at `from`: before the next item's number or heading. */
function unitsLabelAhead(text: string, from: number): boolean {
  const ahead = text.slice(from, from + 400);
  const label = ahead.search(new RegExp(unitLabel.source));
  const next = ahead.search(/[。；;）)](?:\d{1,3}[.．、][\u4e00-\u9fa5]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/);
  return label > 0 && (next < 0 || label < next);
}

/**
 * The line holds a table's header run together whose columns before the units are two of text (工作任务工作要求牵头单位…,
 * 序号重点任务具体措施责任单位…): a task column and a requirement column, the layout in which a page saved as text glues
 * a task's title to its first requirement.
 */
function hasTaskColumn(text: string): boolean {
  for (const m of text.matchAll(new RegExp(headerKindAt.source.slice(1), 'g'))) {
    const header = headerRunFrom(text, m.index);
    const units = header ? header.labels.findIndex((l) => unitColumnKinds.has(l.kind)) : -1;
    if (header && header.labels.slice(0, units).filter((l) => l.kind === 'text').length >= 2) return true;
  }
  return false;
}

/**
 * A heading's title with its requirement glued on (一、加强涉及市场主体的信息公开增强政策…, a table's task cell and text cell
 * run together): the requirement starts where the words say the title ends, a part of its own. Returns where the scan
 * goes on (the loop's index): past the title when it was cut, else `at`, the heading's start.
 */
function gluedRequirement(text: string, titleFrom: number, starts: number[], at: number): number {
  const end = gluedTitleEnd(text, titleFrom);
  if (end < 0) return at;
  starts.push(end);
  return end - 1;
}

/**
 * A paragraph starting at `i` after a units bracket that closes a sentence (…确保工作有序进行。（责任单位：经济发展局、…）鼓励承包
 * 农户…, …掌握。（合肥海关负责）巩固纺织…, or …体系（…牵头，…配合）。加强…): the bracket closes the words before it, and the
 * next sentence is the next assignment, unnumbered. Not a number starting there (cut by the numbering), nor the next clause of the same item
 * (…（农业农村处负责）二是…, 同时, 此外).
 */
function paragraphAfterUnits(text: string, i: number): boolean {
  // (Or the bracket stands before the sentence's full stop: …支撑体系（省大数据局、省政府办公厅牵头，各有关部门配合）。加强…,
  // 数字山东 2019.)
  const before = /[）)]/.test(text[i - 1] ?? '');
  const close = before ? i - 1 : /[。；]/.test(text[i - 1] ?? '') && /[）)]/.test(text[i - 2] ?? '') ? i - 2 : -1;
  const open = close >= 0 ? bracketOpen(text, close) : -1;
  return (
    open >= 0 &&
    (!before || /[。；;]\s*$/.test(text.slice(Math.max(0, open - 2), open))) &&
    unitsBracketAt(text, close) &&
    !/^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,3}\s?[.．、]|第[一二三四五六七八九十]{1,3}条)/.test(text.slice(i, i + 6)) &&
    /[\u4e00-\u9fa5“]/.test(text[i] ?? '') &&
    !/^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|同时|此外|另外)/.test(text.slice(i, i + 3))
  );
}

/** Where the bracket that closes at `close` opens (full- or half-width), or -1. */
const bracketOpen = (text: string, close: number): number => Math.max(text.lastIndexOf('（', close), text.lastIndexOf('(', close));

/** A units bracket with its label or role words (（责任单位：…）, （X牵头，Y配合）) closes at `close`. */
function unitsBracketAt(text: string, close: number): boolean {
  const open = bracketOpen(text, close);
  if (open < 0 || close - open > 200) return false;
  // (A first-unit-leads note after the names is the bracket's too: …省中医药管理局负责，排在第一位的为牵头单位，其他为协助配合单位，下同,
  // 河北 2018 全科医生.)
  const inner = withoutLeadNotes(text.slice(open + 1, close)).replace(/[，,\s]+$/, '');
  // (主办 and 协办, 会办 close one as 牵头 and 配合 do: （省财政厅主办，省国税局、地税局协办）, 黑龙江 2013. Not 参与 or 指导: the
  // ministries that guide a pilot, or take part in it, named after each of a paragraph's sentences (商务部指导，供销合作总社参与),
  // are the paragraph's, 国务院办公厅 2018 无废城市.)
  return !/[（(]/.test(inner) && (unitsLabelAt.test(inner) || /(?:牵头|负责|配合|落实|主办|协办|会办)$/.test(inner));
}

/** The bracket closed at `close` holds units (（责任单位：A、B）, （区农发局）), not a note or a document number. */
function closesUnitsBracket(text: string, close: number): boolean {
  const open = bracketOpen(text, close);
  if (open < 0 || close - open > 200) return false;
  const inner = text.slice(open + 1, close);
  return !/[（(]/.test(inner) && (unitsLabelAt.test(inner) || looksLikeUnits(inner));
}

/**
 * Where the last part's units bracket closes when words that are not the item's follow it: the page's own words
 * (… 重庆市发展和改革委员会发布 返回顶部) or the plan's closing paragraph (各牵头处室（单位）要将…报送局办公室。), with no
 * units bracket of their own (a two-character note such as （单位） is not one); -1 when there are none.
 */
function closingWords(part: string): number {
  // A bracket of more than two characters: 各处室（中心）、各村（居） are names' own brackets.
  const unitsBracket = (text: string, close: number) => close - bracketOpen(text, close) > 3 && closesUnitsBracket(text, close);
  for (const m of part.matchAll(/[)）]/g)) {
    const rest = part.slice(m.index + 1).trim();
    if (rest.length < 2 || rest.length > 400 || /^[、，,；;]/.test(rest) || !unitsBracket(part, m.index) || looksLikeUnits(rest)) continue;
    // Short words without a sentence (a site's footer) or sentences (a closing paragraph); no units bracket after.
    if (rest.length > 40 && !/[。；;]/.test(rest)) continue;
    if (![...rest.matchAll(/[)）]/g)].some((b) => unitsBracket(rest, b.index))) return m.index;
  }
  // The last item's units after a label, then the closing words (…责任单位：各处室（中心），东庠办事处，各村（居）请各有关部门、
  // 各村（居）认真履职，…。): the run of names ends the item, a sentence that opens with 请 or 望 is the plan's own.
  const labels = [...part.matchAll(new RegExp(unitsLabelAt.source.replace(/^\^/, ''), 'g'))];
  const label = labels.at(-1);
  if (label) {
    const from = label.index + label[0].length;
    const ask = /请(?=各|全|有关|相关)|希望(?=各|全)/.exec(part.slice(from, from + 120));
    const at = ask ? from + ask.index : -1;
    if (at > from && nameRun(part, from, true).count > 0 && /[。！]/.test(part.slice(at)) && part.length - at <= 400) return at - 1;
    // Or, a space after the units, the notice's signature and date (…农村发展局配合 平潭综合实验区管委会办公室 2016年8月1日印发)
    // or a closing paragraph of sentences (…区农业农村局 各片区、相关单位要提高对…的认识，…。 …办公室 2021年10月29日): the
    // units end at the space, as the page's own line ends there.
    if (nameRun(part, from, true).count > 0 && part.length - from <= 600) {
      for (const space of part.slice(from, from + 200).matchAll(/\s+/g)) {
        const at = from + space.index;
        // (Not past a sentence, nor past a closed bracket: the units end there.)
        if (/[。；;！]/.test(part.slice(from, at)) || /[）)]\s*$/.test(part.slice(from, at - 1))) break;
        const after = part.slice(at).trim();
        if (signatureAndDate.test(after) || (/^[^。！]{6,}[，,][^。！]*[。！]/.test(after) && /[。！]/.test(after) && !looksLikeUnits(after.split(/[，,]/)[0]!))) return at - 1;
      }
    }
  }
  return -1;
}

/** A units label and the numbered units after it (责任处室：1.A（…）2.B（…）) cut into lines, one a unit, or null. */
function numberedUnitsList(part: string): string[] | null {
  const label = unitsLabelAt.exec(part)?.[0];
  if (!label || !/^\s*1[.．、]/.test(part.slice(label.length))) return null;
  // The first unit stays on the label's line (责任处室：1.经济发展处（…）), as the line reader expects the list.
  const lines: string[] = [];
  let next = 2;
  let from = 0;
  for (const m of part.slice(label.length).matchAll(/(?<=[）)\u4e00-\u9fa5])(\d{1,2})[.．、]/g)) {
    if (Number(m[1]) !== next) continue;
    lines.push(part.slice(from, label.length + m.index).trim());
    from = label.length + m.index;
    next++;
  }
  lines.push(part.slice(from).trim());
  return next > 2 ? lines : null;
}

/**
 * A part's text and, when it ends in units after its last sentence (…展示。区经济发展局 区直有关单位), those
 * units apart: one line per cell where the header names several units columns and spaces part the cells.
 */
/** How an indicator is checked (an indicator table's 评价方法: 现场调研, 查阅资料, 专家推荐), never the start of a unit's name. */
const assessedBy = /^(?:(?:现场|实地)(?:调研|检查|查看|核查|核验)|查阅(?:资料|台账|文件|材料)|专家(?:推荐|评审|打分)|听取汇报|材料审核)+/;

function withUnitsApart(part: string, unitColumns: number, trailing = 0, deadlineFirst = false): string[] {
  // An indicator of a 考核表 closed by its score, the names glued after it (2.耕地质量保护与提升；耕地质量监测网络(4分)区农村
  // 发展局（农业处）区环境与国土资源局, 平潭 2016 粮食安全 考核表): the score ends the text, whatever punctuation the text holds.
  const score = [...part.matchAll(/[（(]\s*\d{1,3}(?:\.\d)?\s*分\s*[)）]/g)].at(-1);
  if (score) {
    const end = score.index + score[0].length;
    const rest = part.slice(end).trim();
    if (rest && rest.length <= 200 && looksLikeUnits(rest) && !notInName.test(rest.split(/[、，,\s]/)[0]!)) return [part.slice(0, end).trim(), ...unitCellsApart(rest, unitColumns)];
  }
  // A 完成时限 column right before the units: the row's text runs into its deadline and the deadline into the names
  // (…落实情况12月区环土局, …整治全年区综合执法局, 平潭 2016 生态环境保护 分工表 page.txt).
  if (deadlineFirst && unitColumns > 0) {
    const cut = unitsAfterDeadline(part);
    if (cut) return cut;
  }
  // Columns after the units (绩效指标, 完成时限): the units are the last run of names after a sentence, the words after
  // them those columns' cells (…进行工作总结。知识产权处完成相关专利政策的制定、修订工作。).
  if (trailing > 0) {
    const inside = unitsBeforeLastCells(part);
    // Two units columns run together: parted before the name that opens the second's list, as below.
    if (inside && unitColumns < 2) return inside;
    if (inside) {
      const cells = unitCellsApart(inside[1]!, unitColumns);
      // One list, then a space before the cells after it (…各乡镇人民政府（街道办事处） 2021年12月底前): page.txt writes the
      // empty next units cell as that space, so the list is the lead column's, as below for a row that ends in its units.
      const gap = /^\s/.test(part.slice(part.lastIndexOf(inside[1]!) + inside[1]!.length));
      return [inside[0]!, ...cells, ...(cells.length === 1 && gap && inside.length > 2 ? ['—'] : []), ...inside.slice(2)];
    }
  }
  let depth = 0;
  let lastEnd = -1;
  for (let i = 0; i < part.length; i++) {
    const ch = part[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。；;！？]/.test(ch)) lastEnd = i;
  }
  if (lastEnd === part.length - 1) return [part];
  if (lastEnd < 0) {
    // A row of a title and its units only (30.加大对查处假冒伪劣…的公开力度省商务厅省工商局省物价局各设区市，平潭综合实验区):
    // the names that end it, after a title of its own.
    // (Only with nothing between the cells: cells a space apart are read as the row they are.)
    const from = unitColumns > 0 && !/\s/.test(part) ? unitsRunToEnd(part) : -1;
    if (from < 6) return [part];
    return [part.slice(0, from).trim(), ...(unitColumns >= 2 ? leadCellApart(part.slice(from)) : [part.slice(from)])];
  }
  // (An indicator table's 评价方法 cell glued before the units, 现场调研查阅资料交通建设局: how the item is checked, no name's part.)
  let tail = part.slice(lastEnd + 1).trim().replace(assessedBy, '');
  if (tail.length > 200 || !looksLikeUnits(tail)) return [part];
  // The last sentence had no full stop and the units follow it glued (…存续期 、重大事项等相关信息区财政金融局): the
  // list's first item is a phrase of the text, so only the run of names that ends the part is the units.
  // (Not after a full stop and a space, the cell's own end: …各项制度规定。 政府信息公开工作部门, 平潭 2022 政务公开.)
  const cellAfterSentence = /^\s/.test(part.slice(lastEnd + 1)) && !/\s/.test(tail);
  if (!cellAfterSentence && notInName.test(tail.split(/[、，,\s]/)[0]!)) {
    const from = unitsRunToEnd(tail);
    if (from < 0) return [part];
    const text = part.slice(0, part.length - tail.length + from).trim();
    tail = tail.slice(from);
    return [text, ...(unitColumns >= 2 ? leadCellApart(tail) : [tail])];
  }
  return [part.slice(0, lastEnd + 1).trim(), ...unitCellsApart(tail, unitColumns)];
}

/** A row's units text cut into its units cells (one list, or the lead cell and the next run together or a space apart). */
function unitCellsApart(tail: string, unitColumns: number): string[] {
  const spaced = unitColumns >= 2 ? tail.split(/\s+/).filter(Boolean) : [tail];
  // A space between two names of the lead cell (two paragraphs in it: 区经济发展局 区市场监督管理局区直有关单位，…): the
  // cells part where the last piece's names run into the next cell's, the pieces before it all the lead's.
  const lastApart = spaced.length >= 2 && unitColumns >= 2 ? leadCellApart(spaced.at(-1)!) : [];
  const cells = spaced.length === 1 && unitColumns >= 2 ? leadCellApart(tail) : lastApart.length === 2 ? [[...spaced.slice(0, -1), lastApart[0]!].join('、'), lastApart[1]!] : spaced;
  return cells.length <= unitColumns ? cells : [tail];
}

/** The row's text, its deadline, its units and what follows them, where a deadline runs into the names; or null. */
function unitsAfterDeadline(part: string): string[] | null {
  for (let p = 6; p < part.length - 2; p++) {
    // (The deadline says where the names start: they need no level to open them, a plan of one level writes its bureaus
    // without it, …领导小组3月经发局环土局.)
    const level = opensNameOrRelated.test(part[p]!);
    if (!level && !/[\u4e00-\u9fa5]/.test(part[p]!)) continue;
    // A deadline the row's text runs into, right before its units (…情况12月区环土局, …建设全年区交建局).
    const deadline = deadlineAtEnd.exec(part.slice(Math.max(0, p - 12), p))?.[0];
    if (!deadline) continue;
    // (Names glued together with no level to part them were the cell's paragraphs: they are written apart, 经发局、环土局.)
    const glued = level ? null : gluedNames(part, p);
    const { end, count } = glued ? { end: glued.end, count: glued.names.length } : nameRun(part, p, false);
    if (count === 0 || end - p < 3) continue;
    const rest = part.slice(end).trim();
    return [part.slice(0, p - deadline.length).trim(), deadline, glued ? glued.names.join('、') : part.slice(p, end), ...(rest ? [rest] : [])];
  }
  return null;
}

/**
 * Two units cells run together with nothing between them (区经济发展局区行政审批局区直有关单位，各片区管理局…):
 * the second is a list written with ，、, the first names run together without them; the cut is before the
 * name that opens the list. One cell when the names before the list are one name.
 */
function leadCellApart(tail: string): string[] {
  // Up to the first ，or ；: a lead list may part its names with 、 (省财政厅、省物价局各设区市，平潭综合实验区).
  const sep = tail.search(/[，,；;]/);
  const head = sep < 0 ? tail : tail.slice(0, sep);
  // (With no ，、 at all, both cells' names run together, as a cell's paragraphs do: the lead cell most often names one, so the cut
  // is at the first join: 区直有关单位各区属事业单位各区属国企, 平潭 2021 政务公开 page.txt.)
  const joins = cellJoins(head);
  const at = sep < 0 && !/、/.test(tail) ? joins[0] : joins.at(-1);
  // (The lead cell's names glued with no level between them were its paragraphs: written apart, 行政审批局、行政服务中心; names
  // that open with their level are left as printed, the units cell's parser parts them.)
  const lead = at === undefined ? '' : tail.slice(0, at);
  return at === undefined ? [tail] : [cellJoins(lead).length > 0 ? lead : gluedNamesApart(lead), tail.slice(at)];
}

/**
 * Where two names stand glued together with nothing between them in a run of names (…智慧岛服务管理中心区直有关单位…): a
 * name ends (局, 办, 委 …) and the next starts with its level (区, 市, 县, 省) or 各, as one cell's last name and the next
 * cell's first do when page.txt runs a table's cells together.
 */
function cellJoins(names: string): number[] {
  return [...names.matchAll(cellJoin)].map((m) => m.index);
}
/** (Not before 镇 or 乡: a town's name after a body's is read as the names of one cell, …局乡镇人民政府.) */
const cellJoin = new RegExp(`(?<=(?:局|办|委|室|中心|政府|处|科|股|院|队|所|站|会|部|厅|单位))(?=[各${nameLevels.replace(/[镇乡]/g, '')}][\u4e00-\u9fa5]{2})`, 'g');

/**
 * Where a run of unit names that starts at `from` ends (省财政厅各设区市，平潭综合实验区 before 在“中国福建”…), or
 * -1: names glued together or parted by 、 ， and text that is not a name after them.
 */
function unitsRunEnd(text: string, from: number, toEnd = false): number {
  const { end, count } = nameRun(text, from, false);
  // Text after the run, unless the run may end the text (toEnd): a row's last cell, a sentence's last words.
  const after = text.length - end >= 8 || (toEnd && end > from);
  return count >= 1 && end - from >= 3 && after && !/^[，、,；;。]/.test(text.slice(end)) ? end : -1;
}

/**
 * A row's text, its units and the cells after them, where the units are the last run of names that follows a
 * sentence (or a space) and the words after them are short and name nobody; null when there is no such run.
 */
function unitsBeforeLastCells(part: string): string[] | null {
  for (let b = part.length - 2; b > 8; b--) {
    if (!/[。；;！？）)\s]/.test(part[b]!)) continue;
    const { end: names, count } = nameRun(part, b + 1, true);
    if (count === 0) continue;
    // (The names' role words are the units cell's, not the next cell's: …。各处室依据行业分管负责2024年6月底, 苏平 2024 消防 治本攻坚.)
    const i = names + (roleWordsAfterNames.exec(part.slice(names))?.[0].length ?? 0);
    const after = part.slice(i).trim();
    // (A deadline that reads like a name and its role, 常态化落实, is the cell after them.)
    if (after.length > 150 || /^[，、,；;]/.test(after) || (after && looksLikeUnits(after) && !deadlineAtStart.test(after))) continue;
    // A space before the run with names glued to the sentence before it (…集中展示。区经济发展局区自然资源与生态环境局 区直有关
    // 单位，…2018年12月底前): those names are the lead cell, the space the cells' boundary.
    const sentence = /\s/.test(part[b]!) ? Math.max(...[...'。；;！？'].map((c) => part.lastIndexOf(c, b))) : -1;
    const start = sentence + 1 + (/^\s*/.exec(part.slice(sentence + 1))?.[0].length ?? 0);
    const from = sentence > 8 && b - start > 2 && nameRun(part, start, true).end >= b ? start : b + 1;
    return [part.slice(0, from).trim(), part.slice(from, i).trim(), ...(after ? [after] : [])];
  }
  // The names glued to the text without a full stop, a space before the cells after them (…等相关信息区财政金融局 2021年12月底前):
  // the run of names that ends the words before the space.
  const space = part.trimEnd().search(/\s\S*$/);
  const after = space > 0 ? part.slice(space).trim() : '';
  // (Only before a deadline: other words after a space are the page's own, 来源：… 附件下载.)
  const run = after.length <= 30 && /\d{1,4}\s*[年月]|全年|年底|季度|持续|长期/.test(after) ? unitsRunToEnd(part.slice(0, space)) : -1;
  return run > 6 ? [part.slice(0, run).trim(), part.slice(run, space).trim(), after] : null;
}

/**
 * A row's text run together cut into the cells of a header whose units columns stand between two text columns
 * (工作任务 | 牵头单位 | 责任单位 | 工作要求): the units are the run of names after the item's title, the text after them
 * its 工作要求; null when no such run is found.
 */
function unitsCells(part: string, kinds: ReadonlyArray<ColumnKind | undefined>, lexicon: readonly string[]): string[] | null {
  const first = kinds.findIndex((k) => unitColumnKinds.has(k));
  const lastUnits = kinds.length - 1 - [...kinds].reverse().findIndex((k) => unitColumnKinds.has(k));
  if (first < 1 || kinds[first - 1] !== 'text' || kinds[lastUnits + 1] !== 'text') return null;
  for (let p = 4; p < Math.min(part.length, 80); p++) {
    // (The title may end in a full stop right before them: 1.主动公开…规划等。区经济发展局…)
    // (Or by a full stop and the space page.txt writes for an empty 牵头单位 cell: 16.创新解读形式。 区直各单位，…善于运用…, the
    // list then the last units column's, as below.)
    // (Not inside a quoted title: 贯彻落实《福建省人民政府办公厅…》 names no unit.)
    if (!opensName.test(part[p]!) || /[。；;]/.test(part.slice(0, p).replace(/[。；;]\s?$/, '')) || insideTitle(part, p)) continue;
    // The run may end the part: a row whose 工作要求 cell is empty or merged with the row above.
    let end = unitsRunEnd(part, p, true);
    if (end < 0) continue;
    // The 工作要求 may open with the names its sentence is about (…各乡镇人民政府区教育局、环土局…等行业主管部门要组织…,
    // …各乡镇人民政府各有关单位要履行…, 平潭 2018 分解表): where the run is the subject of 要/应/负责, the names after the last
    // two names glued together (one cell's end, the next cell's start) are that sentence's.
    // (With 等…部门要, or one name alone before 要: a list before a plain 要 is the last units cell, the sentence's subject
    // left unsaid, …行政审批局区直有关单位，各乡镇人民政府要制定….)
    const subject = /^等[\u4e00-\u9fa5]{0,10}?(?:部门|单位|机构)(?:要|应|须|负责)/.test(part.slice(end)) ? 'list' : /^(?:要|应|须|负责)/.test(part.slice(end)) ? 'name' : null;
    const glued = subject ? cellJoins(part.slice(p, end)).at(-1) : undefined;
    if (glued !== undefined && (subject === 'list' || !/[，、,；;]/.test(part.slice(p + glued, end)))) end = p + glued;
    const names = part.slice(p, end);
    // Two lists a space apart (…的工作机制区宣传部、网信办 区直有关单位，各乡镇人民政府建立…, 平潭 2018 分解表 page.txt):
    // the lead cell, then the next units cell; the space parts them, whatever the lead cell runs together
    // (区经济发展局区自然资源与生态环境局 区直有关单位，…: two names of one cell, two paragraphs of it).
    const next = lastUnits > first && /^\s/.test(part.slice(end)) ? end + (/^\s+/.exec(part.slice(end))?.[0].length ?? 0) : -1;
    const nextEnd = next > 0 && opensName.test(part[next] ?? '') ? unitsRunEnd(part, next, true) : -1;
    // Else two units cells run together part before the name that opens the list; one list alone is the last units
    // column's (the lead column left empty, as 省直各部门，各设区市 under 责任单位).
    const apart = nextEnd > 0 ? [names] : lastUnits > first ? leadCellApart(names) : [names];
    if (nextEnd > 0) {
      apart.push(part.slice(next, nextEnd));
      end = nextEnd;
    }
    // One list glued to the text, a space after it (…办理和公开工作。区行政服务中心、各片区管理局 加强…): page.txt's space is the
    // empty next units cell, so the list is the lead column's.
    const leadOnly = apart.length === 1 && lastUnits > first && nextEnd < 0 && /^\s/.test(part.slice(end)) && !/\s$/.test(part.slice(0, p));
    // (A deadline column after the text, 完成时限: its cell run onto the text's end, …见效。2021年12月底前, goes to it.)
    const dated = kinds.length > lastUnits + 2 && kinds.slice(lastUnits + 2).every((k) => k === 'deadline') ? deadlineAfterSentence.exec(part.slice(end)) : null;
    const text = dated ? part.slice(end, part.length - dated[1]!.length).trimEnd() : part.slice(end);
    // A lead cell whose names have no level to open them, glued to the title before the list (…预决算公开财务科各有关处室，局属
    // 各单位…, a department's plan whose units are its offices): the title ends where titles end, the names are the lead's.
    // (A space may stand between them, the lead cell's paragraph end: …工作机制宣传科、网信股 各有关处室，….)
    const leadEnd = p - (/\s*$/.exec(part.slice(0, p))?.[0].length ?? 0);
    // (Names glued together there were a cell's paragraphs: they are written apart, 财政厅、物价局.)
    const gluedLead = lastUnits > first && apart.length === 1 && !leadOnly && nextEnd < 0 ? namesAfterTitle(part, leadEnd, nameListApart, lexicon) : -1;
    if (gluedLead > 0) {
      const lead = nameListApart(part.slice(gluedLead, leadEnd))!.join('、');
      const cells = [part.slice(0, gluedLead), lead, ...Array<string>(lastUnits - first - 1).fill(''), names, text];
      if (dated) cells.push(dated[1]!);
      while (cells.length < kinds.length) cells.push('');
      if (cells.length === kinds.length) return cells;
    }
    const cells = [part.slice(0, p), ...(leadOnly ? [names, ...Array<string>(lastUnits - first).fill('')] : apart.length === 1 && lastUnits > first ? [...Array<string>(lastUnits - first).fill(''), names] : apart), text];
    while (cells.length < lastUnits + 2) cells.splice(cells.length - 1, 0, '');
    if (dated) cells.push(dated[1]!);
    while (cells.length < kinds.length) cells.push('');
    return cells.length === kinds.length ? cells : null;
  }
  return null;
}

/**
 * Where the names that end a part begin, the space before them included (…环境。 区直各有关单位，… → the space; 二、加强…信息公开
 * 区财政金融局区直… → 区), or -1 when it ends in none.
 */
function namesAtEndFrom(part: string, unitColumns: number): number {
  const cells = withUnitsApart(part, unitColumns);
  if (cells.length > 1) return cells[0]!.length;
  // (A heading's title, a space, then its names: withUnitsApart reads a row with a space in it as cells a space apart.)
  const title = headingNumberAt.exec(part);
  if (!title) return -1;
  const space = part.search(/\s+\S*$/);
  const from = space > title[0].length ? space : unitsRunToEnd(part);
  return from > title[0].length + 2 && looksLikeUnits(part.slice(from).trim()) ? from : -1;
}

/**
 * A table run together whose text column follows its units columns (…牵头单位 | 配合/责任单位 | 工作要求): its heading parts
 * (一、…, （一）…) that an item follows mostly end in names, the first row's names run onto its 工作任务 cell.
 */
function unitsBeforeText(parts: readonly string[], labels: ReadonlyArray<{ kind: ColumnKind }>, unitColumns: number): boolean {
  const lastUnits = labels.findLastIndex((h) => unitColumnKinds.has(h.kind));
  if (lastUnits !== labels.length - 2 || labels.at(-1)!.kind !== 'text') return false;
  const headings = parts.slice(1, -1).filter((p, k) => headingNumberAt.test(p) && itemAt.test(parts[k + 2]!));
  const named = headings.filter((p) => namesAtEndFrom(p, unitColumns) > 0).length;
  return named >= 2 && named * 2 > headings.length;
}

/** Where the run of unit names that ends `text` begins (…相关信息区财政金融局 → 区财政金融局), or -1. */
function unitsRunToEnd(text: string): number {
  for (let p = 2; p <= text.length - 3; p++) {
    if (!opensName.test(text[p]!)) continue;
    if (unitsRunEnd(text, p, true) === text.length) return p;
  }
  return -1;
}

/**
 * The document with each run-on line cut into the lines it lost. Pieces are
 * numbered on from the line they came from (the lines after it move down),
 * and the report says which file line they are.
 */
export function splitRunOnLines(source: SourceDocument, report: Report): SourceDocument {
  const doc = joinPageChunks(source, report);
  const out: SourceLine[] = [];
  let shift = 0;
  // A long paragraph among many (a saved page whose item lists 1.…2.…3. inline) is left to the structure
  // reader; a line that holds most of the document's text is the page run together.
  const total = doc.lines.reduce((n, l) => n + (l.cells ? 0 : l.text.length), 0);
  for (const l of doc.lines) {
    const runOn = !l.cells && l.text.length >= minRunOnChars && l.text.length >= total * minShare;
    const taskColumn = runOn && hasTaskColumn(l.text);
    // The names the line writes after a 、 or ，, where their start is known: a name glued to a title may be one of them.
    const lexicon = runOn ? namesAfterMarks(l.text) : [];
    // (Full-width digits read as digits where the parts are found, the text kept as printed: …市政园林公司８.注重源头治理, 平潭 2017
    // 建筑垃圾; one character for one, so the places are the same.)
    // (Where the plan numbers its items （1） （2）, partStarts says which parts open with such an item's number.)
    const bracketItems = new Set<number>();
    const starts = runOn ? partStarts(l.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)), taskColumn, bracketItems) : [];
    // A table that names people beside its units (责任领导 | 责任处室 | 责任人), run together: its rows as a grid's, the
    // text before it (the notice, the plan's own body) cut as a run-on line of its own.
    const people = runOn ? peopleTable(l.text) : null;
    if (people) {
      const first = l.line + shift;
      const head = people.before ? splitRunOnLines({ lines: [{ text: people.before, line: first }], notes: [] }, report).lines : [];
      const table = peopleTableNo + l.line;
      const rowLine = (cells: string[], merged = -1): Omit<SourceLine, 'line'> => ({ text: cells.filter(Boolean).join(' | '), cells: cells.map((text, k) => (k === merged ? { text: '', merged: true } : { text })), table });
      const unitsAt = people.labels.findIndex((h) => unitColumnKinds.has(h.kind));
      const pieces: Array<Omit<SourceLine, 'line'>> = [
        rowLine(people.labels.map((h) => h.label)),
        ...people.rows.map((r) => rowLine(r.cells, r.merged ? unitsAt : -1)),
        ...(people.after ? [{ text: people.after }] : []),
      ];
      const at = first + head.length;
      out.push(...head, ...pieces.map((piece, k) => ({ ...piece, line: at + k })));
      const merged = people.rows.filter((r) => r.merged).length;
      report.info('reading', at, `line ${l.line} of the file holds a table run together whose header names people beside the units (${people.labels.map((h) => h.label).join(' | ')}): read as its ${people.rows.length} rows, the people's names told from the offices' by their endings${merged ? `; ${merged} row(s) without an office of their own read under the cell above, merged over them` : ''}; lines ${at}–${at + pieces.length - 1} of this report are those rows`);
      shift += head.length + pieces.length - 1;
      continue;
    }
    // A form table run together (专项名称…牵头单位质监处配合单位各分局工作任务（一）…): its rows of a label and a value, as the
    // HTML reader gives them.
    const form = runOn ? gluedForm(l.text) : null;
    if (form) {
      const first = l.line + shift;
      const pieces: SourceLine[] = [
        ...noticeLines(form.before).map((text) => ({ text })),
        ...form.pairs.map(({ label, value }) => ({ text: `${label} | ${value.replace(/\n/g, ' ')}`, cells: [{ text: label }, { text: value }], table: formTable })),
        ...(form.after ? [{ text: form.after }] : []),
      ].map((piece, k) => ({ ...piece, line: first + k }));
      report.info('reading', first, `line ${l.line} of the file is ${l.text.length} characters holding a form table run together (${form.pairs.map((p) => p.label).join(' | ')}): read as its ${form.pairs.length} rows of a label and a value; lines ${first}–${first + pieces.length - 1} of this report are those pieces`);
      out.push(...pieces);
      shift += pieces.length - 1;
      continue;
    }
    // A table run together with no numbers to cut it by: its rows found by their units cells. After a plan's own numbered
    // body, a table whose rows its serials open, the rows under merged 序号 cells found the same way (附件2 任务分工表 of 广州
    // 2023 家庭医生, its units in four columns): the body before it cut as a run-on line of its own.
    const table = runOn ? (starts.length < minParts ? gluedTable(l.text) : gluedTableAfterBody(l.text, starts)) : null;
    if (table) {
      const first = l.line + shift;
      const head = starts.length < minParts ? noticeLines(table.before).map((text, k) => ({ text, line: first + k })) : splitRunOnLines({ lines: [{ text: table.before, line: first }], notes: [] }, report).lines;
      // (A row with no title or serial of its own is under the cells of the row above, merged over it: the 序号 and the
      // 工作事项 of 广州's rows, the 存在问题 of 平潭 2016 环境问题整改.)
      const lastText = table.labels.findLastIndex((h) => h.kind === 'text' || h.kind === 'no');
      const rowLine = (cells: string[], merged: boolean): Omit<SourceLine, 'line'> => ({
        text: `| ${cells.join(' | ')} |`,
        cells: cells.map((text, k) => (merged && !text && k < lastText ? { text: '', merged: true } : { text })),
        table: gluedTableNo + l.line,
      });
      const pieces = [rowLine(table.labels.map((h) => h.label), false), ...table.rows.map((cells) => rowLine(cells, true)), ...(table.after ? [{ text: table.after }] : [])];
      const at = first + head.length;
      report.info('reading', at, `line ${l.line} of the file is ${l.text.length} characters holding a table whose cells ran together with nothing between them (a page saved as text): read as its header and ${table.rows.length} rows, each row ending at its units cell${table.labels.filter((h) => unitColumnKinds.has(h.kind)).length > 1 ? ', the names parted into its units columns where nothing stands between two of them' : ''}; lines ${at}–${at + pieces.length - 1} of this report are those pieces`);
      out.push(...head, ...pieces.map((piece, k) => ({ ...piece, line: at + k })));
      shift += head.length + pieces.length - 1;
      continue;
    }
    if (starts.length < minParts) {
      // A paragraph whose sentences each close with their own units bracket (1.扩大优势产品出口。…。（合肥海关负责）巩固纺织…。
      // （省商务厅牵头，合肥海关配合）支持…, 安徽 2022 RCEP): one line an assignment, as a run-on page is cut.
      // (Not a heading's paragraph, （一）提升…。…（牵头单位：…）常态化推进…: the structure reader parts a task's sentences itself.)
      const heading = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/.test(l.text);
      // (Also the next item's number glued after the bracket, in full-width digits too: …市发改委）１０．大力培育…, 济南 2019.)
      const nextItem = (i: number) => /[）)]/.test(l.text[i - 1] ?? '') && unitsBracketAt(l.text, i - 1) && /^[0-9０-９]{1,3}\s?[.．、](?![0-9０-９])/.test(l.text.slice(i, i + 5));
      const cuts = l.cells || heading ? [] : [...l.text].flatMap((_, i) => (i > 0 && (paragraphAfterUnits(l.text, i) || nextItem(i)) ? [i] : []));
      if (cuts.length === 0) {
        out.push(shift ? { ...l, line: l.line + shift } : l);
        continue;
      }
      const bounds = [0, ...cuts, l.text.length];
      const first = l.line + shift;
      bounds.slice(0, -1).forEach((from, k) => out.push({ text: l.text.slice(from, bounds[k + 1]).trim(), line: first + k }));
      report.info('reading', first, `line ${l.line} of the file holds ${cuts.length + 1} sentences each closed by its own units bracket: read as ${cuts.length + 1} lines (${first}–${first + cuts.length} of this report)`);
      shift += cuts.length;
      continue;
    }
    // The site's words after the article (来源：中国平潭附件下载政策文件相关链接): a line of their own, so the last
    // row's units end where the plan does.
    const chrome = trailingChrome.exec(l.text);
    const end = chrome && chrome.index > l.text.length / 2 ? chrome.index : l.text.length;
    const bounds = [0, ...starts.filter((i) => i < end), end];
    // (An item numbered （1） written 1., as the readers of rows and items expect an item's number.)
    const parts = bounds.slice(0, -1).map((from, k) => {
      const part = l.text.slice(from, bounds[k + 1]).trim();
      return bracketItems.has(from) ? part.replace(subItemAt, '$1.') : part;
    });
    const sideBySide = unfoldSideBySideParts(parts, report, l.line);
    // A header that opens with 序号 is a part of its own (where the rows' serials start): read with the text before it,
    // as a header that ends the first part.
    const serialHeader = parts[1]?.startsWith('序号') ? headerRunFrom(parts[1], 0) : null;
    // (Its bound goes with it: bounds[k] is where parts[k] starts in the line.)
    if (serialHeader && serialHeader.end >= parts[1]!.length) {
      parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
      bounds.splice(1, 1);
    }
    // The table's header run together before the first part (…分解表工作任务工作要求牵头单位配合/责任单位):
    // its labels on lines of their own, as a table flattened one cell per line has them.
    const header = headerRunAtEnd(parts[0]!);
    const unitColumns = header ? header.labels.filter((h) => unitColumnKinds.has(h.kind)).length : 0;
    // Columns after the last units column that are not text of the item (绩效指标, 完成时限, 备注).
    const lastUnitsColumn = header ? header.labels.findLastIndex((h) => unitColumnKinds.has(h.kind)) : -1;
    // A text column after the units columns (工作任务 | 牵头单位 | 配合/责任单位 | 工作要求, the order some plans of 平潭's
    // family print): run together, a row's names stand before its text, so each part ends with the names of the row after
    // it. Where the heading parts say so (most of them end in names: 一、加强…信息公开 区直各有关单位，…1.增强…), the names
    // are moved onto the item after them, and the rows read as a table whose units come last.
    const unitsFirst = header !== null && lastUnitsColumn >= 1 && unitsBeforeText(parts, header.labels, unitColumns);
    const trailingColumns = header && lastUnitsColumn >= 0 && !unitsFirst ? header.labels.length - 1 - lastUnitsColumn : 0;
    // Each item's names, moved from the end of the part before it (unitsFirst).
    const namesOf = new Map<number, string>();
    if (unitsFirst) {
      let carried = '';
      let heading = '';
      for (let k = 1; k < parts.length; k++) {
        // The heading's cell repeated at a page break, run onto the item before it (12.…相关群体。五、强化…信息公开区社会事业局…): the
        // repeat dropped, its names kept for the item after it.
        const again = itemAt.test(parts[k]!) && heading ? parts[k]!.indexOf(heading) : -1;
        if (again > 0 && /[。；;]$/.test(parts[k]!.slice(0, again))) {
          report.info('reading', l.line, `the heading “${heading}” repeated after item “${parts[k]!.slice(0, 12)}…” (its cell printed again at a page break): left out`);
          parts[k] = `${parts[k]!.slice(0, again)}${parts[k]!.slice(again + heading.length)}`;
        }
        const from = namesAtEndFrom(parts[k]!, unitColumns);
        const names = from > 0 ? parts[k]!.slice(from) : '';
        if (from > 0) parts[k] = parts[k]!.slice(0, from).trim();
        if (headingNumberAt.test(parts[k]!)) heading = parts[k]!;
        if (itemAt.test(parts[k]!)) {
          namesOf.set(k, carried);
          carried = names;
        } else carried = names || carried;
      }
      report.info('reading', l.line, `the table's ${header!.labels.at(-1)!.label} column follows its units columns, and its rows' names run before their text: each item read with the names before it`);
    }
    // Where the cells of a row kept one space between them (…情况 省财政厅 各设区市，平潭综合实验区 在…), an item
    // with as many cells as the header has labels is that row: written as a pipe table's row, under its header.
    const columns = header?.labels.length ?? 0;
    const spacedHeader = header !== null && parts[0]!.slice(header.at).trim().split(/\s+/).length === columns;
    const asRow = (part: string): string | null => {
      if (columns < 3 || !/^\d/.test(part)) return null;
      // (A space before 、 is the text's own, inside a cell: 债务限额 、余额 、发行.)
      const cells = part.split(/[ \u3000](?!、)/);
      const kinds = header!.labels.map((h) => h.kind);
      const units = kinds.flatMap((k, i) => (unitColumnKinds.has(k) ? [i] : []));
      // As many cells as labels, unless names stand in the text column before the units while more names follow (…举措。
      // 区经济发展局 区市场监督管理局 区直有关单位，…: the 工作要求 cell empty, the 牵头单位 cell of two paragraphs): then the names
      // before the last list are the lead cell's.
      const misplaced = units.length === 2 && units[0]! >= 2 && kinds[units[0]! - 1] === 'text' && cells.length === columns && looksLikeUnits(cells[units[0]! - 1]!) && looksLikeUnits(cells[units[0]!]!) && /[，,]/.test(cells[units[1]!]!) && !/[，,]/.test(cells[units[0]! - 1]! + cells[units[0]!]!);
      if (misplaced) return `| ${[...cells.slice(0, units[0]! - 1), '', `${cells[units[0]! - 1]}、${cells[units[0]!]}`, ...cells.slice(units[1]!)].join(' | ')} |`;
      if (cells.length === columns) return `| ${cells.join(' | ')} |`;
      // More cells than labels: a units cell of several paragraphs a space apart (…信息公开 区经发局、 重点办 区直有关单位，…;
      // 区行政审批局 智慧岛服务管理中心 行政服务中心 区直有关单位，…). The names before the last list are one cell, the lead's.
      // (The text cells before them as many as the header's text columns before its units: 工作任务 | 工作要求 | 牵头单位 | ….)
      if (cells.length > columns && units.length === 2 && units[1] === units[0]! + 1) {
        const named = (c: string) => looksLikeUnits(c.replace(/[、，,]$/, ''));
        const first = cells.findIndex((c, k) => k > 0 && named(c));
        const stop = first < 0 ? -1 : cells.findIndex((c, k) => k > first && !named(c));
        const run = first < 0 ? [] : cells.slice(first, stop < 0 ? cells.length : stop);
        // (The last list one collective name is so too: 政策法规处 局办公司 各有关处室, 平潭 2018 经发局 分解表.)
        const lastList = (c: string) => /[，,]/.test(c) || isCollectiveName(c);
        if (first > 0 && first <= units[0]! && run.length > 2 && run.findIndex(lastList) === run.length - 1) {
          const lead = run.slice(0, -1).map((c) => c.replace(/[、，,]$/, '')).join('、');
          return asRow([...cells.slice(0, first), lead, ...cells.slice(first + run.length - 1)].join(' '));
        }
      }
      // More cells than labels under one units column with columns after it (工作措施 | 工作目标 | 具体内容 | 进度安排 | 负责部门 |
      // 绩效指标, 平潭 2017 专利 分解表): a text cell of several paragraphs a space apart (第二季度：… 第三季度：…). The units cell
      // is the one the trailing columns follow; the paragraphs before it past the text columns are the last text cell's.
      // (Only under a header whose labels are a space apart too: where the header is glued, so are the cells, and a space is
      // a paragraph inside one.)
      if (cells.length > columns && units.length === 1 && units[0]! >= 1 && spacedHeader) {
        const at = cells.length - 1 - trailingColumns;
        const trailing = cells.slice(at + 1);
        if (looksLikeUnits(cells[at]!) && !trailing.some((c) => looksLikeUnits(c)) && !looksLikeUnits(cells[at - 1]!)) {
          return `| ${[...cells.slice(0, units[0]! - 1), cells.slice(units[0]! - 1, at).join(' '), cells[at]!, ...trailing].join(' | ')} |`;
        }
      }
      // Fewer cells than labels: an empty cell left no text between the spaces (…涉及范围 省直各部门，各设区市，平潭综合实验区
      // 通过新闻发布会…, the 牵头单位 cell empty). The names after the title go to the units columns (one list written with
      // ，to the last, the lists a lead cell runs together to the first), the sentence after them to the column after those.
      // (Under one or two text columns, 工作任务 | 工作要求 | 牵头单位 | 配合/责任单位 as in 平潭 2021, each of them filled.)
      // (Or after the row's serial, under a 序号 column: 2 加大…消费恢复。 区直各有关单位，…; a task cell merged down its rows
      // printed once, so the rows under it give their requirement's text only, which is the last text column's.)
      const serial = kinds[0] === 'no' && /^\d{1,3}$/.test(cells[0]!) ? 1 : 0;
      const texts = (units[0] ?? 0) - serial;
      const row = Array<string>(columns).fill('');
      if (serial) row[0] = cells[0]!;
      const body = cells.slice(serial);
      const named = body.findIndex((c, k) => k > 0 && looksLikeUnits(c));
      const given = serial && named > 0 ? Math.min(named, texts) : texts;
      if (texts < 1 || texts > 2 || body.length <= given || kinds.slice(serial, serial + texts).some((k) => k !== 'text') || body.slice(1, given).some((c) => !c || looksLikeUnits(c))) return null;
      const rest = body.slice(given);
      const sentence = rest.findIndex((c) => !looksLikeUnits(c));
      const names = sentence < 0 ? rest : rest.slice(0, sentence);
      const after = sentence < 0 ? [] : rest.slice(sentence);
      if (names.length === 0 || names.length > units.length || after.length > columns - 1 - units.at(-1)!) return null;
      body.slice(0, given).forEach((c, k) => (row[serial + texts - given + k] = c));
      // (One short 各 name alone, 各有关处室, is the last column's too; a single office, 局办公室, the lead's: 平潭 2018 经发局. Not
      // the model's wider isCollectiveName: a list, 各片区管理局、各乡镇人民政府, may be the lead's cell, 平潭 2021 政务公开 run on.)
      const at = names.length === units.length ? units : names.length === 1 && (/[，,]/.test(names[0]!) || /^各(?:有关|相关)?[\u4e00-\u9fa5]{1,6}$/.test(names[0]!)) ? [units.at(-1)!] : units.slice(0, names.length);
      names.forEach((n, k) => (row[at[k]!] = n));
      after.forEach((t, k) => (row[units.at(-1)! + 1 + k] = t));
      return `| ${row.join(' | ')} |`;
    };
    // Where nothing parts the cells (…涉及范围省直各部门，各设区市，平潭综合实验区通过新闻发布会…, a document-sharing site's
    // text) and the header puts the units columns between two text columns: the units are the run of names after the
    // item's title, the text after them its 具体要求.
    const unitsRow = (part: string): string | null => {
      // (Cells a space apart are asRow's: this is for text with nothing between them.)
      // A row opens with its item number (1.…) or, under a 序号 column, with its bare serial (1深入解读…).
      const kinds = header?.labels.map((h) => h.kind) ?? [];
      const serial = kinds[0] === 'no' ? rowSerialAt.exec(part) : null;
      if (!header || columns < 3 || !(itemAt.test(part) || serial) || /\s\S+\s/.test(part) || unitsLabelAt.test(part) || /[（(〔][^）)〕]{0,80}(?:负责|牵头|配合|单位[：:])/.test(part)) return null;
      const cells = serial ? unitsCells(part.slice(serial[0].length), kinds.slice(1), lexicon) : unitsCells(part, kinds, lexicon);
      return cells && `| ${[...(serial ? [serial[1]!] : []), ...cells].join(' | ')} |`;
    };
    // An item of a table whose names come first: its cells in the header's order, the names apart as unitCellsApart parts
    // them. A space before one list is page.txt's empty 牵头单位 cell (…信息公开 区直各有关单位，…); an item with no names
    // under a row that had them, within one heading, has its units cells merged with that row's.
    let namesAbove: string[] = [];
    const unitsFirstRow = (part: string, k: number): string | null => {
      if (!namesOf.has(k)) {
        if (headingNumberAt.test(part)) namesAbove = [];
        return null;
      }
      const names = namesOf.get(k)!;
      const lists = names.trim() ? (/^\s/.test(names) && unitColumns >= 2 ? ['', ...unitCellsApart(names.trim(), unitColumns - 1)] : unitCellsApart(names.trim(), unitColumns)) : namesAbove;
      if (!names.trim() && namesAbove.length > 0) report.info('units-inherited', l.line, `item “${part.slice(0, 12)}…” has no names before it, in a table whose row above has them: read as cells merged with that row's (“${namesAbove.join(' ')}”)`);
      namesAbove = lists;
      const row = Array<string>(columns).fill('');
      const first = header!.labels.findIndex((h) => unitColumnKinds.has(h.kind));
      // One list where two columns stand: the lead's (glued to the text before it, as 区财政金融局 to its heading).
      lists.forEach((n, i) => (row[first + i] = n));
      row[columns - 1] = part;
      return `| ${row.join(' | ')} |`;
    };
    // A row after its bare serial with no names of its own, where the units columns stand between two text columns (序号 |
    // 工作任务 | 牵头单位 | 责任单位 | 工作要求 | 完成时限, its units cells merged with the row above, which page.txt leaves out:
    // 2推进政策执行阳光透明 制定出台…2021年12月底前): its title and its text parted at the space the empty cells left (or where
    // the words say the title ends), its deadline apart, its units cells empty for the merged ones to fill.
    const emptyCellRows = new Set<number>();
    const rowWithoutUnits = (part: string, k: number): string | null => {
      const kinds = header?.labels.map((h) => h.kind) ?? [];
      const serial = kinds[0] === 'no' ? rowSerialAt.exec(part) : null;
      const units = kinds.flatMap((kind, i) => (unitColumnKinds.has(kind) ? [i] : []));
      if (!serial || units.length === 0 || unitsLabelAt.test(part) || withUnitsApart(part, unitColumns).length > 1) return null;
      const [before, after] = [kinds.slice(1, units[0]), kinds.slice(units.at(-1)! + 1)];
      const textAfter = after.indexOf('text');
      if (before.length !== 1 || before[0] !== 'text' || textAfter < 0 || after.slice(textAfter + 1).some((kind) => kind !== 'deadline')) return null;
      let rest = part.slice(serial[0].length).trim();
      const deadline = after.length > textAfter + 1 ? deadlineAfterSentence.exec(rest) : null;
      if (deadline) rest = rest.slice(0, rest.length - deadline[1]!.length).trimEnd();
      const spaced = /^([^\s。；，,]{2,40})\s+(\S[\s\S]*)$/.exec(rest);
      const glued = spaced ? -1 : gluedTitleEnd(rest, 0);
      const [title, text] = spaced ? [spaced[1]!, spaced[2]!] : glued > 0 ? [rest.slice(0, glued), rest.slice(glued)] : [null, null];
      if (!title || !text) return null;
      if (spaced) emptyCellRows.add(k);
      const row = Array<string>(columns).fill('');
      row[0] = serial[1]!;
      row[1] = title;
      row[units.at(-1)! + 1 + textAfter] = text;
      if (deadline) row[units.at(-1)! + 2 + textAfter] = deadline[1]!;
      return `| ${row.join(' | ')} |`;
    };
    const rows = parts.slice(1).map((part, k) => (unitsFirst ? unitsFirstRow(part, k + 1) : (asRow(part) ?? unitsRow(part))));
    const tabled = header !== null && rows.filter(Boolean).length >= 2;
    // An item of such a table with no units of its own (its units cells merged with the row above, which page.txt
    // leaves out): a row of its own all the same, its units cells empty, so it is not read into the row before it.
    if (tabled) {
      parts.slice(1).forEach((part, k) => {
        if (!rows[k] && itemAt.test(part) && !unitsLabelAt.test(part) && withUnitsApart(part, unitColumns).length === 1) rows[k] = `| ${[part, ...Array<string>(columns - 1).fill('')].join(' | ')} |`;
        else if (!rows[k]) rows[k] = rowWithoutUnits(part, k);
      });
      withMergedUnitsFilled(rows, parts.slice(1), header!.labels, report, l.line, emptyCellRows);
      withLeadParagraphsJoined(rows, header!.labels, report, l.line);
    }
    // The page's own words after the last item's units (…（责任单位：市市场监管局等） 重庆市发展和改革委员会发布 返回顶部),
    // or the plan's closing paragraph (…（驻局纪检组牵头落实）各牵头处室（单位）要将…报送局办公室。): a line of their own.
    const last = parts.length - 1;
    const tail = last > 0 ? closingWords(parts[last]!) : -1;
    if (tail > 0) {
      parts.push(parts[last]!.slice(tail + 1).trim());
      parts[last] = parts[last]!.slice(0, tail + 1);
    }
    if (end < l.text.length) parts.push(l.text.slice(end).trim());
    // The columns of the last header read (the first part's, or one in the middle of the page: an attachment's 分工表 after
    // the 要点's paragraphs): the rows after it are cut by them.
    const deadlineBeforeUnits = (labels: ReadonlyArray<{ kind: ColumnKind }>) => {
      const first = labels.findIndex((h) => unitColumnKinds.has(h.kind));
      return first > 0 && labels[first - 1]!.kind === 'deadline';
    };
    // (A date column right after 序号, a work calendar's 时间: each row's date cut off before its text.)
    const dateAfterSerial = (labels: ReadonlyArray<{ kind: ColumnKind }>) => labels[0]?.kind === 'no' && labels[1]?.kind === 'deadline';
    // (A table whose names come before every text column, 序号 | 部门 | 主要职责分工, read after a header in the middle of the page: its
    // rows open with the unit, the subject of the duty sentences after it, and are left whole.)
    const namesFirst = (labels: ReadonlyArray<{ kind: ColumnKind }>) => {
      const lastUnits = labels.findLastIndex((h) => unitColumnKinds.has(h.kind));
      return lastUnits >= 0 && labels.some((h) => h.kind === 'text') && labels.every((h, k) => h.kind !== 'text' || k > lastUnits);
    };
    // (Only deadline columns after the units columns: 牵头单位 | 配合单位 | 完成时限.)
    const deadlinesLast = (labels: ReadonlyArray<{ kind: ColumnKind }>) => {
      const lastUnits = labels.findLastIndex((h) => unitColumnKinds.has(h.kind));
      return lastUnits >= 0 && lastUnits < labels.length - 1 && labels.slice(lastUnits + 1).every((h) => h.kind === 'deadline');
    };
    // The columns of a header read in the middle of the page.
    const columnsOf = (labels: ReadonlyArray<{ kind: ColumnKind }>) => ({
      units: labels.filter((h) => unitColumnKinds.has(h.kind)).length,
      trailing: labels.length - 1 - labels.findLastIndex((h) => unitColumnKinds.has(h.kind)),
      deadlineFirst: deadlineBeforeUnits(labels),
      dated: dateAfterSerial(labels),
      namesFirst: namesFirst(labels),
      deadlinesLast: deadlinesLast(labels),
    });
    // (Rows that end in a deadline cell: only deadline columns follow the units.)
    const datedRows = header !== null && !unitsFirst && deadlinesLast(header.labels);
    let columnsNow = { units: unitColumns, trailing: trailingColumns, deadlineFirst: header ? deadlineBeforeUnits(header.labels) : false, dated: header ? dateAfterSerial(header.labels) : false, namesFirst: false, deadlinesLast: datedRows };
    // The last row serial cut off a part, so the next is known where its digits run into the text.
    let lastSerial = 0;
    // The last heading read as a part of its own (五、强化稳就业保就业信息公开): a page break may print it again at an item's end.
    let headingAbove = '';
    // The units cells of the last item row read, for an item under cells merged with them.
    let unitsAbove: string[] | undefined;
    // (A row: an item, or a row after its bare serial, whose first cell is its text. Its deadline cells are not units.)
    const remember = (cells: string[], row = itemAt.test(cells[0] ?? '')): string[] => {
      if (row) unitsAbove = cells.length > 1 ? cells.slice(1, cells.length - deadlinesAtEnd(cells).length) : undefined;
      if (unitsAbove?.length === 0) unitsAbove = undefined;
      return cells;
    };
    // The deadline cells ending a row's cells where the columns after the units are deadlines (完成时限): none, one, or as
    // many as those columns (a merged deadline cell is printed once, so rows under it have none).
    const deadlinesAtEnd = (cells: readonly string[]): string[] => {
      if (columnsNow.trailing === 0 || !columnsNow.deadlinesLast) return [];
      let n = 0;
      while (n < columnsNow.trailing && cells.length - n > 1 && deadlineAtStart.exec(cells[cells.length - 1 - n]!)?.[0] === cells[cells.length - 1 - n]) n++;
      return cells.slice(cells.length - n);
    };
    // Rows whose text runs into its names with nothing between (…相关群体。区社会事业局区直各有关单位…), against rows with a
    // space there: where most run together, page.txt's space is an empty cell.
    // (A name there opens with its level or 各, or is a short name of a body with none, an office's or a bureau's: …环境。
    // 经济发展局行政审批局4.…, a plan that names its units without their level.)
    const nameAt = (at: number) => /[区市县省各]/.test(l.text[at] ?? '') || shortNameAt.test(l.text.slice(at, at + 12));
    const gluedRows = [...l.text.matchAll(/[。；](?=\S)/g)].filter((m) => nameAt(m.index + 1)).length;
    const spacedRows = [...l.text.matchAll(/[。；]\s+/g)].filter((m) => nameAt(m.index + m[0].length)).length;
    // Items that end their sentence with no names after them: where a table has several, it merges its units cells down the
    // rows (page.txt prints a merged cell once); where it has none, a row with fewer names has empty cells, not merged ones.
    // (Counted once, and only for a line that has such an item: most run-on lines never ask.)
    let bareItemsCount: number | undefined;
    // (Its deadline set aside, where deadline columns follow the units: …作出回应。2021年12月底前.)
    const bareItems = () => (bareItemsCount ??= parts.map((p) => (datedRows ? p.trim().replace(deadlineAtEnd, '') : p)).filter((p) => (itemAt.test(p) || rowSerialAt.test(p)) && /[。；]$/.test(p.trim()) && withUnitsApart(p, Math.max(1, unitColumns)).length === 1).length);
    /**
     * A row's cells (its text, then its units cells) where page.txt's spaces and missing cells say more than its words: an
     * empty units cell written as a space, units cells merged with the row above and so printed once. Null where the row
     * stands as its words part it. `words` are the row's words (after its serial, where it has one), `cellsRead` the cells
     * withUnitsApart parted them into, `spaceAfter` whether a space follows them, `row` whether it is a numbered row of the
     * table (an item, or a row after its serial).
     */
    const rowCells = (words: string, cellsRead: string[], spaceAfter: boolean, row: boolean): string[] | null => {
      // (Only where the units columns end the row, or deadline columns follow them: their cells set aside, the rules read the
      // row's text and units cells, and a space after the deadline says nothing of the units.)
      if (columnsNow.trailing > 0 && !columnsNow.deadlinesLast) return null;
      // (A row with no units cell runs its text into its deadline: …主动公开的规划。2021年12月底前.)
      const runOn = cellsRead.length === 1 && columnsNow.deadlinesLast ? deadlineAfterSentence.exec(cellsRead[0]!) : null;
      const deadlines = runOn ? [runOn[1]!] : deadlinesAtEnd(cellsRead);
      const cells = runOn ? [cellsRead[0]!.slice(0, -runOn[1]!.length)] : cellsRead.slice(0, cellsRead.length - deadlines.length);
      const part = deadlines.length > 0 && words.trimEnd().endsWith(deadlines.join('')) ? words.trimEnd().slice(0, -deadlines.join('').length) : words;
      const endsInSpace = spaceAfter && deadlines.length === 0;
      const withDeadlines = (cells: string[]) => [...cells, ...deadlines];
      // A space after the row's one list of names, before the next row (…（街道办事处） 31.持续…): page.txt writes an empty
      // cell as a space, so the list was the first units column's and the next was empty (平潭 2021 分解表, 牵头单位 only).
      // (Only where the cells are glued, nothing before the names: where every cell is a space apart, a space ends any row.)
      const glued = cells.length === 2 && !/\s/.test(cells[1]!) && !/\s$/.test(part.slice(0, part.lastIndexOf(cells[1]!)));
      if (columnsNow.units >= 2 && endsInSpace && glued && looksLikeUnits(cells[1]!)) return withDeadlines(remember([...cells, '—'], row));
      // A space before the row's one list of names, after its text, in a table whose rows run text and names together
      // (…各项制度规定。 政府信息公开工作部门, 平潭 2022 政务公开 分解表 page.txt, 牵头单位 empty): the space is the empty
      // lead cell, the list the next column's.
      const spacedBefore = cells.length === 2 && !/\s/.test(cells[1]!) && /[。；]\s+$/.test(part.slice(0, part.lastIndexOf(cells[1]!)));
      if (columnsNow.units >= 2 && spacedBefore && gluedRows >= 3 && gluedRows > spacedRows && looksLikeUnits(cells[1]!)) return withDeadlines(remember([cells[0]!, '—', cells[1]!], row));
      if (!row) return null;
      // An item of such a table that ends its sentence with no names after it, right after a row that had them (18.…。省国资委
      // 各设区市，平潭综合实验区 19.…。): its units cells merged with that row's, as the page's grid has them (福建 2017 分解表
      // with its 工作要求 before the units). Not across a heading row: a merged cell does not span one (a heading in the task
      // column is a cell beside it, above).
      if (cells.length === 1 && columnsNow.units > 0 && /[。；]$/.test(part.trim()) && unitsAbove) {
        // (A space after its full stop, before its deadline or the next row, is an empty units cell, and only the last
        // column, the one a task's rows share, the merged one: …营造良好氛围。 2021年12月底前.)
        const spaced = columnsNow.units >= 2 && unitsAbove.length === columnsNow.units && (deadlines.length > 0 ? /[。；]\s+$/.test(part) : endsInSpace);
        const merged = spaced ? ['—', ...unitsAbove.slice(1)] : unitsAbove;
        report.info('units-inherited', l.line, `item “${part.slice(0, 12)}…” has no units after its text, in a table whose row above has them: read as cells merged with that row's (“${merged.join(' ')}”)`);
        return withDeadlines([cells[0]!.trimEnd(), ...merged]);
      }
      // An item whose one list of names is a lead's (offices glued together, no ，、 or collective word), glued to its text
      // and to the next row, under a row that names a later units column too (…专栏集中发布。区经济发展局3.做好…, 平潭 2021
      // 分解表 with its 配合/责任单位 merged down a task): the later columns are merged with that row's, in a table that merges
      // its units cells.
      const leadOnly = cells.length === 2 && columnsNow.units >= 2 && !endsInSpace && glued && !/[，,、；;]|^各|有关|相关/.test(cells[1]!) && looksLikeUnits(cells[1]!);
      if (leadOnly && unitsAbove?.length === columnsNow.units && bareItems() >= 2 && unitsAbove.slice(1).every((u) => u && u !== '—')) {
        report.info('units-inherited', l.line, `item “${part.slice(0, 12)}…” names only its lead (“${cells[1]}”), in a table whose row above names more: its later units cells read as merged with that row's (“${unitsAbove.slice(1).join(' ')}”)`);
        // (Its names glued with no level between them were the cell's paragraphs: written apart, 行政审批局、管委会办公室.)
        const lead = cellJoins(cells[1]!).length > 0 ? cells[1]! : gluedNamesApart(cells[1]!);
        return withDeadlines(remember([cells[0]!, lead, ...unitsAbove.slice(1)], row));
      }
      // Two lead names glued with nothing between them, under a row whose last units cell is a list (with ，): in a table
      // that merges its units cells, both are the lead's, the list merged down to this row (…投资和建设环境。区经济发展局
      // 区行政审批局4.…, 平潭 2022 分解表 with its 配合/责任单位 merged).
      const twoLeads = cells.length === 3 && columnsNow.units === 2 && !endsInSpace && [cells[1]!, cells[2]!].every((c) => !/[，,、；;\s]|^各|有关|相关/.test(c) && looksLikeUnits(c)) && part.trimEnd().endsWith(`${cells[1]}${cells[2]}`);
      if (twoLeads && unitsAbove?.length === 2 && /[，,]/.test(unitsAbove[1]!) && bareItems() >= 2) {
        report.info('units-inherited', l.line, `item “${part.slice(0, 12)}…” names only its leads (“${cells[1]}${cells[2]}”), in a table whose row above names more: its later units cell read as merged with that row's (“${unitsAbove[1]}”)`);
        return withDeadlines(remember([cells[0]!, `${cells[1]}、${cells[2]}`, unitsAbove[1]!], row));
      }
      return null;
    };
    // The rows' texts without their serials, where the same offices recur (officeCellApart).
    const rowTexts = parts.slice(1).map((p) => p.replace(/^\d{1,3}/, ''));
    const pieces = [
      ...(header ? [...noticeLines(parts[0]!.slice(0, header.at)), ...(tabled ? [`| ${header.labels.map((h) => h.label).join(' | ')} |`] : header.labels.map((h) => h.label))] : noticeLines(parts[0]!)),
      ...parts.slice(1).flatMap((whole, k) => {
        // A 考核表's next group printed before the next item, after this row's units (… 科学技术部门 公共消防设施（6分）): a line of its own.
        const cut = tabled && rows[k] ? -1 : nextGroupAtEnd(whole);
        // The table's header repeated at a page break, run onto this row's last cell (…各乡镇人民政府工作任务工 作 要 求牵头单位
        // 责任单位, 平潭 2018 分解表 as page.txt with its 工作要求 before the units): its labels on lines of their own after the row.
        const repeated = cut < 0 && !(tabled && rows[k]) && header && itemAt.test(whole) ? headerRunAtEnd(whole) : null;
        const again = repeated && repeated.at > 0 && repeated.labels.length >= 3 && repeated.labels.map((h) => h.label).join('') === header!.labels.map((h) => h.label.replace(/\s+/g, '')).join('') ? repeated : null;
        // An attachment's table announced at the end of the plan's last paragraph, its header glued there (…详见附件）…重点任务清单
        // 项目工作任务具体内容责任单位完成时限（一）…, 苏平 2024 消防 治本攻坚), or that header repeated at a page break of it: its labels
        // on lines of their own after the part, and the rows after it cut by its columns.
        // (The header may be followed by the table's first group heading, which the numbering did not cut: …完成时限（一）健全….)
        const opened = cut < 0 && !again && !(tabled && rows[k]) ? headerClosingPart(whole) : null;
        if (opened) columnsNow = columnsOf(opened.labels);
        // The task column's heading repeated at a page break, run onto the end of the item before it (12.…相关群体。五、强化稳
        // 就业保就业信息公开13.…, 平潭 2022 分解表 as page.txt): left out, as the table reader drops a repeated header.
        const echo = cut < 0 && !again && !opened && headingAbove.length >= 6 && itemAt.test(whole) && whole.trimEnd().endsWith(headingAbove) ? whole.trimEnd().length - headingAbove.length : -1;
        if (echo > 0) report.info('reading', l.line, `item “${whole.slice(0, 12)}…” ends with its heading printed again (“${headingAbove}”, a page break's repeat): left out`);
        if (headingNumberAt.test(whole) && !itemAt.test(whole)) headingAbove = whole.trim();
        const part = cut > 0 ? whole.slice(0, cut).trim() : again ? whole.slice(0, again.at).trim() : opened ? whole.slice(0, opened.at).trim() : echo > 0 ? whole.slice(0, echo).trim() : whole;
        const lines = ((): string[] => {
            if (tabled && rows[k]) return [rows[k]!];
            const unfolded = sideBySide.get(part);
            if (unfolded) return unfolded;
            // A units label over a numbered list of units (责任处室：1.经济发展处（配合…）2.交通与建设处（配合…）): each unit on a
            // line of its own, as the page has them.
            const listed = numberedUnitsList(part);
            if (listed) return listed;
            // A header in the middle of the page (an attachment's table): its labels on lines of their own.
            const inner = part.startsWith('序号') || headerKindAt.test(part) ? headerRunFrom(part, 0) : null;
            // The header repeated at a page break of a table read as pipe rows: the same row again, which the table reader drops.
            if (inner && tabled && inner.end >= part.length) return [`| ${inner.labels.map((h) => h.label).join(' | ')} |`];
            if (inner) {
              columnsNow = columnsOf(inner.labels);
              return [...inner.labels.map((h) => h.label), ...withUnitsApart(part.slice(inner.end).trim(), columnsNow.units)];
            }
            // A row of such a table: its 序号 on a line of its own, as a table flattened one cell per line has it.
            // (The next serial also where partStarts took it against a measure word or a digit after it: 29家政…, 231+X….)
            const strict = rowSerialAt.exec(part);
            const next = lastSerial > 0 && !(strict && Number(strict[1]) === lastSerial + 1) ? serialRunningOn(part, lastSerial + 1) : null;
            // (Or into its date, where a date column follows: 71月元旦…, 144-12月全区….)
            const dated = columnsNow.dated && !next && !(strict && Number(strict[1]) === lastSerial + 1) ? serialBeforeDate(part, lastSerial + 1) : null;
            const serial = next ?? dated ?? strict;
            if (serial) lastSerial = Number(serial[1]);
            if (serial) {
              // The task column's title glued between the serial and the text (1一、加强涉及市场主体的信息公开增强政策…): the
              // heading on a line of its own before the row, where the words say the title ends.
              const heading = taskColumn ? headingNumberAt.exec(part.slice(serial[0].length)) : null;
              // (Or where a space ends it, the cells a space apart: 1 一、加强涉及市场主体的信息公开 增强政策制定…, a table whose
              // cells were paragraphs of their own.)
              const after = heading ? serial[0].length + heading[0].length : -1;
              const spacedTitle = heading ? /^[^\s。；，,;：:]{2,36}(?=\s+\S)/.exec(part.slice(after)) : null;
              const titleEnd = heading ? (spacedTitle ? after + spacedTitle[0].length : gluedTitleEnd(part, after)) : -1;
              // (A date the cell broke over two lines, a space inside it where cells stand a space apart: 各中心 2020年 10月底前.)
              const whole = part.slice(titleEnd > 0 ? titleEnd : serial[0].length).trimStart().replace(/((?:19|20)\d{2}年)\s+(?=\d{1,2}月)/g, '$1');
              const date = columnsNow.dated ? (deadlineAtStart.exec(whole)?.[0] ?? '') : '';
              const row = whole.slice(date.length);
              if (columnsNow.namesFirst) return [serial[1]!, row];
              const cells = withUnitsApart(row, columnsNow.units, columnsNow.trailing, columnsNow.deadlineFirst);
              // One units column last, its names without a level glued to the text (十三五规划办公室): parted before the office
              // that leads other rows of the table too.
              const office = cells.length === 1 && columnsNow.units === 1 && columnsNow.trailing === 0 ? officeCellApart(row, rowTexts) : null;
              // A row under units cells merged with the row above, as an item's (3做好规划信息数据互联互通。…的规划。（二）…, 平潭
              // 2021 分解表 with a 序号 column and its units merged down a task).
              const endsInSpace = /\s$/.test(l.text.slice(bounds[k + 1]!, bounds[k + 2] ?? l.text.length));
              const own = office ?? rowCells(row, cells, endsInSpace, true) ?? remember(cells, true);
              return [...(titleEnd > 0 ? [part.slice(serial[0].length, titleEnd)] : []), serial[1]!, ...(columnsNow.dated ? [date] : []), ...own];
            }
            // A heading between rows ends any merged cell.
            // (Unless the heading is a cell of the table's task column: a units cell may be merged down past it.)
            if (headingNumberAt.test(part) && !taskColumn) unitsAbove = undefined;
            const cells = withUnitsApart(part, columnsNow.units, columnsNow.trailing, columnsNow.deadlineFirst);
            const endsInSpace = /\s$/.test(l.text.slice(bounds[k + 1]!, bounds[k + 2] ?? l.text.length));
            return rowCells(part, cells, endsInSpace, itemAt.test(part)) ?? remember(cells);
        })();
        return cut > 0 ? [...lines, whole.slice(cut).trim()] : again ? [...lines, ...again.labels.map((h) => h.label)] : opened ? [...lines, ...opened.labels.map((h) => h.label), whole.slice(opened.end).trim()] : lines;
      }),
    ].filter(Boolean);
    const first = l.line + shift;
    report.info(
      'reading',
      first,
      `line ${l.line} of the file is ${l.text.length} characters with no line breaks (a page saved as text, a flattened table): read as ${pieces.length} lines, cut where its numbering (一、 （一） 1.) starts a part and before the units that end one; lines ${first}–${first + pieces.length - 1} of this report are those pieces`,
    );
    pieces.forEach((text, k) => out.push({ text, line: first + k }));
    shift += pieces.length - 1;
  }
  return shift ? { ...doc, lines: out } : doc;
}

/**
 * A table's header glued near the end of a part, after the plan's last paragraph and its 附件 title, with nothing or only
 * the table's first group heading after it (…重点任务清单项目工作任务具体内容责任单位完成时限（一）健全消防安全责任体系): where it
 * starts and ends, and its labels; null unless it has three labels or more, one units column and a text column.
 */
function headerClosingPart(part: string): { at: number; end: number; labels: Array<{ label: string; kind: ColumnKind }> } | null {
  const from = Math.max(1, part.length - 120);
  for (const m of part.slice(from).matchAll(/序号|项目|工作|任务|重点|具体|主要|目标|事项|内容/g)) {
    const at = from + m.index;
    const header = headerRunFrom(part, at);
    if (!header || header.labels.length < 3 || header.labels.filter((h) => unitColumnKinds.has(h.kind)).length !== 1 || !header.labels.some((h) => h.kind === 'text')) continue;
    const rest = part.slice(header.end).trim();
    if (rest && !/^[（(][一二三四五六七八九十]{1,3}[)）][^。；]{2,30}$/.test(rest)) continue;
    return { at, end: header.end, labels: header.labels };
  }
  return null;
}

/**
 * Tables printed side by side, run together (序号类别责任单位序号类别责任单位 1城乡规划区资源生态局14扶贫区农业农村局 2…, 平潭 2020
 * 基层政务公开 26个试点领域分解表): the header part is one table's labels repeated, and each row part holds one row of each
 * table. The parts are rewritten as one table's: its labels once, then each table's rows cut apart where the next table's
 * serial starts (the same distance from the row's own serial on every row), in the order they are read (sideBySideOrder).
 * Returns each new row part's lines: its serial, its text and the names that end it (区资源生态局), however short the text.
 */
function unfoldSideBySideParts(parts: string[], report: Report, line: number): Map<string, string[]> {
  const lines = new Map<string, string[]>();
  for (let k = 1; k < parts.length; k++) {
    const header = headerKindAt.test(parts[k]!) ? headerRunFrom(parts[k]!, 0) : null;
    const width = header && header.end >= parts[k]!.length ? sideBySideWidth(header.labels.map((h) => h.label)) : 0;
    if (!width) continue;
    const tables: Array<Array<{ n: number; text: string }>> = Array.from({ length: header!.labels.length / width }, () => []);
    let offset = 0;
    let j = k + 1;
    for (; j < parts.length; j++) {
      const serial = /^(\d{1,3})\s?(?=[\u4e00-\u9fa5“《（(])/.exec(parts[j]!);
      if (!serial) break;
      const row = parts[j]!;
      const cuts = [{ at: 0, n: Number(serial[1]), digits: serial[0].length }];
      for (let t = 1; t < tables.length; t++) {
        const last = cuts.at(-1)!;
        // The next table's serial: right after a name or a word, as far from this row's as on the first row. (Or a space after
        // it, the cells a space apart: 1 城乡规划 资源生态处 12 救灾 综治应急中心, 海坛 2020.)
        const next = [...row.slice(last.at + last.digits).matchAll(/(?<=[\u4e00-\u9fa5）)]\s?)(\d{1,3})\s?(?=[\u4e00-\u9fa5“《（(])/g)]
          .map((m) => ({ at: last.at + last.digits + m.index, n: Number(m[1]), digits: m[0].length }))
          .find((m) => (offset ? m.n === cuts[0]!.n + t * offset : m.n > last.n));
        if (!next) break;
        if (!offset) offset = next.n - last.n;
        cuts.push(next);
      }
      cuts.forEach((c, t) => tables[t]!.push({ n: c.n, text: row.slice(c.at + c.digits, cuts[t + 1]?.at ?? row.length).trim() }));
    }
    if (tables.slice(1).every((t) => t.length === 0)) continue;
    const rows = sideBySideOrder(tables, (r) => String(r.n));
    report.info('reading', line, `a table printed as ${tables.length} tables side by side (${header!.labels.map((h) => h.label).join(' | ')}): read as one table of ${rows.length} rows, in the order they are numbered`);
    const parted = rows.map((r) => {
      const part = `${r.n}${r.text}`;
      // (The next attachment's title run onto the table's last row: …市政服务区交建局附件3 政务公开…联系表.)
      // (Its 附件3 on a line of its own, as the page has it: an attachment starts there.)
      const next = /附件\s*\d{1,2}/.exec(r.text);
      const text = next && next.index > 0 ? r.text.slice(0, next.index) : r.text;
      // (The names a space after the text where the cells stand a space apart: 城乡规划 资源生态处.)
      const space = text.trimEnd().lastIndexOf(' ');
      const from = space > 0 && looksLikeUnits(text.slice(space + 1).trim()) ? space : unitsRunToEnd(text);
      const after = next && next.index > 0 ? [next[0], r.text.slice(next.index + next[0].length).trim()].filter(Boolean) : [];
      lines.set(part, [String(r.n), ...(from > 0 ? [text.slice(0, from).trim(), text.slice(from).trim()] : [text]), ...after]);
      return part;
    });
    parts.splice(k, j - k, header!.labels.slice(0, width).map((h) => h.label).join(''), ...parted);
  }
  return lines;
}

/** The cells of a pipe row written here (`| a | b |`). */
const pipeCells = (row: string) => row.replace(/^\|\s?/, '').replace(/\s?\|$/, '').split(' | ');

/**
 * The units cells of a table run together whose clerk merged every run of equal cells (a rowspan of 各设区市，平潭综合实验区
 * down a task, 省发改委 over two rows): page.txt writes a merged cell once, so the rows under it lack that column. Such a
 * table is told by its rows: two rows of one heading seldom name the same units in a column (the merges took them), while
 * rows that lack a column the row above has are many. There, a row's missing units cell is the one above it, within its
 * heading (a merge does not span one). `rows` are the pipe rows of the table's parts (null for a heading or other line).
 */
function withMergedUnitsFilled(rows: Array<string | null>, parts: readonly string[], labels: ReadonlyArray<{ kind: ColumnKind }>, report: Report, line: number, emptyCellRows: ReadonlySet<number> = new Set()): void {
  const units = labels.flatMap((h, i) => (unitColumnKinds.has(h.kind) ? [i] : []));
  if (units.length < 2) return;
  // Each row's cells with the row above it under the same heading (null for a heading's first row); a visitor that changes
  // the cells changes what the next row sees above it.
  const walk = (visit: (cells: string[], above: string[] | null, k: number) => void) => {
    let above: string[] | null = null;
    rows.forEach((row, k) => {
      if (!row) {
        if (headingNumberAt.test(parts[k] ?? '')) above = null;
        return;
      }
      const cells = pipeCells(row);
      if (cells.length !== labels.length) return;
      visit(cells, above, k);
      above = cells;
    });
  };
  let repeats = 0;
  let gaps = 0;
  walk((cells, above) => {
    for (const u of above ? units : []) {
      const [a, c] = [above![u]!.trim(), cells[u]!.trim()];
      if (a && a === c) repeats++;
      if (a && !c) gaps++;
    }
  });
  // (One repeat among many gaps is a pair of equal cells the clerk left unmerged: 区管委会办公室 leading two rows.)
  if (repeats * 6 > gaps || gaps < 3) return;
  let filled = 0;
  const [lead, last] = [units[0]!, units.at(-1)!];
  // The names the rows holding both cells put in each column, and whether the lead cells list theirs with 、 too.
  const namesOf = (cell: string) => cell.split(/[，,、；;\s]+/).filter(Boolean);
  const seen = [new Set<string>(), new Set<string>()] as const;
  let leadLists = false;
  walk((cells) => {
    const [a, b] = [cells[lead]!.trim(), cells[last]!.trim()];
    if (a && b) [a, b].forEach((c, i) => namesOf(c).forEach((n) => seen[i]!.add(n)));
    if (a && b && /[，,、；;]/.test(a)) leadLists = true;
  });
  const only = (names: string, i: 0 | 1) => namesOf(names).some((n) => seen[i].has(n) && !seen[1 - i]!.has(n));
  // With one list of names where two columns stand, which column it is says which was merged: a list parted by ，、 or one
  // naming a collective (各设区市，平潭综合实验区, 省直有关部门) is the last units column's; offices run together (省财政厅
  // 省物价局, which the reader of cells run together parted as two cells) are the lead's. A name the rows holding both cells
  // put in one column only says so first (区行政审批局、行政服务中心 where the leads are lists too, 平潭 2018 分解表).
  const collective = (names: string) => /[，,、；;]|^各|^[省市区县]直|有关|相关|所属|直属|各[\u4e00-\u9fa5]{1,4}(?:市|区|县)/.test(names);
  // (Names of both columns, or of neither, leave it to the list's shape: where the lead cells list their names with 、 too,
  // only its collective words.)
  const lastColumns = (names: string) => (only(names, 1) === only(names, 0) ? collective(leadLists ? names.replace(/[，,、；;]/g, '') : names) : only(names, 1));
  walk((cells, above, k) => {
    const [a, b] = [cells[lead]!.trim(), cells[last]!.trim()];
    if (a && b && !collective(b) && !collective(a)) [cells[lead], cells[last]] = [a + b, ''];
    else if (!a && b && !lastColumns(b)) [cells[lead], cells[last]] = [b, ''];
    else if (a && !b && lastColumns(a)) [cells[lead], cells[last]] = ['', a];
    // A row with no units cell and a space in its text (4.推动…结果公开 对于涉及…): page.txt wrote one empty cell as that space
    // and the merged one as nothing, so only the last column, the one a task's rows share, is the merged cell.
    // (Or a row a serial opens whose title and text that space parted: emptyCellRows.)
    const spaced = units.every((u) => !cells[u]!.trim()) && (/\S\s+\S/.test(cells[0]!.trim()) || emptyCellRows.has(k));
    for (const u of above ? units : []) {
      if (cells[u]!.trim() || !above![u]!.trim() || (spaced && u !== last)) continue;
      cells[u] = above![u]!;
      filled++;
    }
    rows[k] = `| ${cells.join(' | ')} |`;
  });
  if (filled > 0) report.info('units-inherited', line, `the table merges every run of equal units cells (the rows of a heading seldom name the same units in a column): ${filled} units cells missing from their rows read as the merged cell above them`);
}

/**
 * A lead cell of two paragraphs beside an empty 责任单位 cell, which page.txt leaves no trace of (5.推进重大建设项目…公开 发改处
 * 重点办 贯彻落实…, 平潭 2018 经发局 分解表): read as two units cells, one office each. Where the last units column names a
 * collective or a list on nearly every row that fills both (各有关处室; 各设区市，平潭综合实验区), a row whose two cells each
 * name one office is its lead cell's.
 */
function withLeadParagraphsJoined(rows: Array<string | null>, labels: ReadonlyArray<{ kind: ColumnKind }>, report: Report, line: number): void {
  const units = labels.flatMap((h, i) => (unitColumnKinds.has(h.kind) ? [i] : []));
  if (units.length !== 2 || labels[units[0]!]!.kind !== 'lead') return;
  const [lead, last] = units as [number, number];
  const listed = (c: string) => /[，,、；;]/.test(c) || isCollectiveName(c);
  const both = rows.flatMap((row, k) => {
    const cells = row ? pipeCells(row) : null;
    return cells && cells.length === labels.length && cells[lead]!.trim() && cells[last]!.trim() ? [{ k, cells }] : [];
  });
  const lists = both.filter(({ cells }) => listed(cells[last]!.trim())).length;
  if (both.length < 4 || lists < both.length * 0.8) return;
  for (const { k, cells } of both) {
    const [a, b] = [cells[lead]!.trim(), cells[last]!.trim()];
    if (listed(a) || listed(b)) continue;
    [cells[lead], cells[last]] = [`${a}、${b}`, ''];
    rows[k] = `| ${cells.join(' | ')} |`;
    report.info('reading', line, `a row naming “${a}” and “${b}” alone, where the last units column names a list or a collective on nearly every other row: both read as the lead cell's`);
  }
}

/** A government site's words after an article: its source line, attachment and link blocks (with the attachments' file names), share and print links. */
// (Produced By 大汉网络 大汉版通发布系统: the footer a common government CMS prints on every page.)
const trailingChrome = /(?:来源[:：][^。；，]{2,30}?)?(?:\s*(?:附件下载|政策文件相关链接|相关链接|文字解读|图片解读|视频解读|扫一扫在手机打开当前页|返回顶部|【?打印本页】?|【?关闭窗口】?|Produced\s*By\s*大汉网络\s*大汉版通发布系统))+(?:\s*(?:[^\s。；]{1,80}\.(?:pdf|docx?|xlsx?|wps|et|zip|rar)|政策文件相关链接|相关链接))*\s*$/i;

/**
 * Where a 考核表's next group heading begins at the end of a row run together with its cells a space apart: the row's
 * units, then the titles of the spanned cells the next item opens (… 宣传、广播电视部门 消防宣传教育培训 （10分）, … 公安机关消防机构
 * 消防安全责任 40分 经费保障（5分）), each short, one at least with its score. -1 when the row ends otherwise.
 */
function nextGroupAtEnd(part: string): number {
  // The last few chunks a space apart, read back from the end: titles and scores, then the units.
  const chunks = [...part.matchAll(/\S+/g)].slice(-6);
  let scored = false;
  for (let k = chunks.length - 1; k > 0; k--) {
    const c = chunks[k]![0];
    if (c.length > 24 || /[。；;，,：:]/.test(c)) return -1;
    scored ||= /\d{1,3}分[）)]?$/.test(c);
    if (scored && looksLikeUnits(chunks[k - 1]![0])) return chunks[k]!.index;
  }
  return -1;
}

/**
 * A glued table after a plan's numbered body (gluedTable), where the serials that open its rows count 1, 2, 3 … and are as
 * many as the numbers that open parts of the line from its header on: none of them falls inside a row's text, so the rows
 * are the table's.
 */
function gluedTableAfterBody(text: string, starts: readonly number[]): GluedTable | null {
  const table = gluedTable(text);
  if (!table || table.labels[0]?.kind !== 'no') return null;
  // (Its serials 1, 2, 3 … in order: a table read apart from its rows, or two printed side by side, numbers otherwise.)
  const serials = table.rows.flatMap((r) => (r[0] ? [Number(r[0])] : []));
  if (serials.some((n, k) => n !== k + 1)) return null;
  return serials.length >= minParts && serials.length >= starts.filter((i) => i >= table.at && /\d/.test(text[i]!)).length ? table : null;
}

/**
 * The words before a run-on page's plan (its notice) cut into the lines the page had where its facts stand: the 文号 alone
 * between spaces, the 主送 list up to its colon (…的通知 区直各单位，各乡镇人民政府：《…》已经…), the signature and its date
 * (…执行。 平潭综合实验区管委会办公室 2016年5月17日 …), so the notice is read as from the page.
 */
function noticeLines(text: string): string[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(/[\u4e00-\u9fa5]{1,12}[〔[【]\d{4}[〕\]】]\d{1,4}号/g)) {
    // (At a paragraph's start: the title may follow glued, 岚综管办〔2015〕113号平潭综合实验区管委会办公室关于印发….)
    if (/\s/.test(text[m.index - 1] ?? ' ')) cuts.push(m.index, m.index + m[0].length);
  }
  // (After the notice's last sentence, glued or a space apart, and the plan's title glued after the date.)
  for (const m of text.matchAll(/(?<=[\s。])([^\s，。；：:、]{2,40}(?:办公室|人民政府|政府|管委会|局|委员会|中心|办|委|部))\s?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)/g)) {
    cuts.push(m.index, m.index + m[1]!.length, m.index + m[0].length);
  }
  // (After a space, or glued after the title's 通知.)
  for (const m of text.matchAll(/(?<=\s|通知)((?:(?!通知)[^\s。；：:]){2,200}?)[：:](?=\S)/g)) {
    if (looksLikeUnits(m[1]!)) cuts.push(m.index, m.index + m[0].length);
  }
  // The page's own words around the article's title (当前位置： 首页…文件 | title | 时间：… 微信 微博 QQ空间 | …): lines of their own.
  for (const m of text.matchAll(/当前位置[:：]\s*\S+|(?<=\s)(?:来源|时间)[:：]|微信\s*微博\s*QQ空间|相关链接[:：]/g)) cuts.push(m[0].startsWith('当前位置') || /QQ空间|相关链接/.test(m[0]) ? m.index + m[0].length : m.index);
  // A page's 信息公开目录 fields run together (索引号：…主题分类：…发文机关：…成文日期：…标题：…文号：…发布日期：…有效性：有效):
  // a line each, the title after them its own.
  for (const m of text.matchAll(/(?:索\s?引\s?号|主题分类|发文机关|成文日期|标\s?题|发文字号|文\s?号|发布日期|有\s?效\s?性)[:：]/g)) cuts.push(m.index);
  for (const m of text.matchAll(/有\s?效\s?性[:：]\s?(?:有效|失效|废止)/g)) cuts.push(m.index + m[0].length);
  const bounds = [...new Set([0, ...cuts, text.length])].sort((a, b) => a - b);
  return bounds
    .slice(0, -1)
    .map((from, k) => text.slice(from, bounds[k + 1]).trim())
    .filter(Boolean);
}

/** The notice's signature and its date (平潭综合实验区管委会办公室 2016年8月1日印发), each issuer's name ending as a signature does. */
const signatureAndDate = /^(?:[^\s，。；：:、]{2,40}(?:办公室|人民政府|政府|管委会|局|委员会|中心|办|委|部)\s?){0,8}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:印发|发布)?(?:\s|$)/;

/** A document-sharing site's page chunk: its page number and 、 before text that goes on from the page before. */
const pageChunk = /^(\d{1,2})、/;

/**
 * A document-sharing site (文库) shows a document as page chunks, each line opening with the page's
 * number and 、 and cutting the text mid-word (…责任单位…市 / 2、住建局、市城管委…): the chunks are joined
 * back into the one text they cut, without the page numbers, before the text is cut at its own numbering.
 */
function joinPageChunks(doc: SourceDocument, report: Report): SourceDocument {
  const lines = doc.lines;
  // Only on a document-sharing site's page, which says what it is (由会员分享, …页珍藏版, 文库): elsewhere 1、 2、 are items.
  if (!lines.slice(0, 8).some((l) => /由会员分享|页珍藏版|文库|文档编号|上传时间|下载积分/.test(l.text))) return doc;
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    let j = i;
    // Page 1, 2, 3 … in order, each but the last a long chunk that stops mid-sentence.
    while (
      j + 1 < lines.length &&
      !lines[j]!.cells &&
      !lines[j + 1]!.cells &&
      Number(pageChunk.exec(lines[j]!.text)?.[1]) === j - i + 1 &&
      Number(pageChunk.exec(lines[j + 1]!.text)?.[1]) === j - i + 2 &&
      lines[j]!.text.length >= 200 &&
      !/[。！？；]\s*$/.test(lines[j]!.text)
    )
      j++;
    if (j === i) {
      out.push(first);
      continue;
    }
    report.info('reading', first.line, `lines ${first.line}–${lines[j]!.line} are a document-sharing site's page chunks (each opening with its page number and 、, cutting the text mid-word): joined into one text without the page numbers`);
    out.push({ text: lines.slice(i, j + 1).map((l) => l.text.replace(pageChunk, '')).join(''), line: first.line });
    i = j;
  }
  return out.length === lines.length ? doc : { ...doc, lines: out };
}
