/**
 * The line reader: paragraphs and cells with no known column (a web page's
 * text, a list, a table flattened to one cell per line). What each line is
 * comes from its own words: a heading, a numbered item, a units line, a
 * deadline, a 序号 on its own, a group title.
 */
import type { Cell } from '../table';
import { unitNameEnding } from '../../units/names';
import { asciiDigits, chineseToNumber, tidy } from '../text';
import { blockTitleTail, dutyLine, groupMembersLine, splitAnnotation, sectionNumberRe, fieldLine, unitBlockTitle, isGroupTitle, itemStart, looksLikeDeadline, bareDeadline, looksLikeUnits, parseHeading, personLine, proseUnitsLine, unitsLine, bareNumber, unitLabel } from './cells';
import type { Outline } from './outline';
import type { UnitsGroup } from './draft';
import { dateLine } from '../segment';
import { pageFieldLine } from '../metadata';

/** A clause's title: 2.2成员单位主要职责, 3.1.2 预警发布 (a number of two or more parts, a short title without a sentence mark). */
const clauseTitle = /^\s*\d{1,2}(?:\.\d{1,2}){1,3}\s*[\u4e00-\u9fa5][^。；;，,：:！？]{1,30}$/;

export class LineReader {
  // In flowing text, a bare number (序号 cell on its own line) numbers the requirement that follows it.
  private serial: number | null = null;
  // The date cell read after that number, before the requirement's text (a work calendar's 时间 column).
  private serialDate: string | null = null;
  // Inside a list of persons (组长：…, then one member per line).
  private members = false;
  // Inside a block of one unit's items (a 目标责任 attachment by department): 一、 numbers its items.
  private inBlock = false;
  // The second line of a block title broken in two, already read with the first.
  private skipLine: number | null = null;
  // A paragraph read as the item's units from its duties (由招商小分队牵头，…配合，围绕…), until the next line.
  private dutyParagraph: { group: UnitsGroup; text: string; line: number } | null = null;
  // After a units label whose value is a numbered list (责任处室：1.经济发展处（…）), the number its next name has.
  private unitsList: number | null = null;

  constructor(private readonly outline: Outline) {}

  /** Reads one cell; `next` is the text of the line after it. */
  read(cell: Cell, next: string): void {
    const { outline } = this;
    if (!cell.text || cell.line === this.skipLine) return;
    // 发布时间: 2018-08-16, 发布机构: 平潭综合实验区经济发展局, 原文链接: … (a saved page's labelled fields, the public archive's
    // page.txt header; the metadata reader reads them) and its ===== 正文 ===== rule: the page's facts, never a requirement or
    // its units.
    if (pageFieldLine.test(cell.text)) {
      outline.report.info('column-ignored', cell.line, `“${cell.text.slice(0, 30)}” is a field of the page, not of the plan: not a requirement`);
      return;
    }
    // 附件：…通知 names an attached document (or heads one), 附件2 alone starts one: never a requirement, never units.
    if (/^\s*附件\s*\d{0,2}\s*(?:[:：]|$)/.test(cell.text)) {
      outline.report.info('column-ignored', cell.line, `“${cell.text.slice(0, 30)}” names an attachment: not a requirement`);
      // The body ends here: a task read as one paragraph so far is its requirement, not the heading of the attachment's
      // numbered list (（三）建立长效机制。各村居要…。 附件：…宣传标语 1.远离非法集资…, 海坛 2021 春节 防范非法集资).
      outline.materializeProseTask();
      // (Nor the text after it: the attachment's own, not the last item's, however that item ended.)
      if (/^\s*附件\s*\d{1,2}\s*$/.test(cell.text)) outline.headingSinceItem = true;
      return;
    }
    // 完成情况：… (a 台账's progress cell, labelled by the reader of cells one a paragraph): kept out, as a grid's status column.
    const progress = /^\s*([\u4e00-\u9fa5\d-]{0,8}?(?:落实情况|完成情况|进展情况|工作进展|推进情况|进度情况|办理情况))[：:]/.exec(cell.text);
    if (progress && outline.lastReq) {
      outline.report.info('column-ignored', cell.line, `${progress[1]} column not kept: “${cell.text.slice(progress[0].length, progress[0].length + 40)}”`);
      return;
    }
    // 2016年…经济发展局环境保护目标责任 (or broken: …经济发展局 / 环境保护目标责任): a block of that unit's items.
    const tail = next.trim().length <= 30 && blockTitleTail.test(next.trim()) ? next.trim() : '';
    const block = unitBlockTitle(cell.text) ?? (tail ? unitBlockTitle(cell.text.trim() + tail) : null);
    if (block) {
      if (tail && !unitBlockTitle(cell.text)) this.skipLine = cell.line + 1;
      outline.unitBlock(block, cell.text.trim() + (this.skipLine === cell.line + 1 ? tail : ''), cell.line);
      this.inBlock = true;
      return;
    }
    // After a unit's block, another unit's one duty on its line (交通与建设处：协助做好…。 after 党群工作处： / 1.… / 2.…, 海坛 2020
    // 生活垃圾分类): that unit's block, its duty its one item.
    const labelled = this.inBlock ? /^\s*([^：:，。；\s]{2,24})[：:]\s*(?=[\u4e00-\u9fa5“])/.exec(cell.text) : null;
    const dutyUnit = labelled && !unitLabel.test(labelled[0]) ? unitBlockTitle(`${labelled[1]!}：`) : null;
    if (dutyUnit) outline.unitBlock(dutyUnit, `${dutyUnit}：`, cell.line);
    if (this.inBlock) {
      // In a unit's block, （一） before a duty of its own (a sentence, not an aspect's title such as 政法方面) numbers an item
      // too: 第八条 区旅游发展委员会工作职责： （一）负责编制…； （二）负责风景名胜区的建设和管理工作。 (平潭 2018 生态环境保护工作职责规定).
      const duty = /^\s*[（(]([一二三四五六七八九十]{1,3})[)）]\s*(?=\S)/.exec(cell.text);
      const dutyText = duty ? cell.text.slice(duty[0].length) : '';
      // (A sentence closes it, 。 or ；: a task's title, 合理配置医疗资源，打好“强基层”基础, does not.)
      if (duty && /[。；;]\s*$/.test(dutyText) && !/方面$/.test(dutyText.trim())) {
        outline.requirementText(`${chineseToNumber(duty[1]!)}. ${dutyText}`, cell.line, false);
        return;
      }
      // In a unit's block, 一、 numbers its items, not sections; a bare 六、 numbers the paragraph after it.
      const item = sectionNumberRe.exec(cell.text);
      const no = item ? chineseToNumber(item[1]!) : undefined;
      if (item && no !== undefined) {
        const rest = cell.text.slice(item[0].length);
        if (!rest.trim()) this.serial = no;
        else outline.requirementText(`${no}. ${rest}`, cell.line, false);
        return;
      }
    }
    // 2.交通与建设处（配合区交建局开展…） after 责任处室：1.经济发展处（…）: the label's next name, not an item.
    const listed = this.unitsList;
    this.unitsList = null;
    const nextName = listed === null ? null : new RegExp(`^\\s*${listed}\\s*[.、．]\\s*(\\S.{1,80})$`).exec(asciiDigits(cell.text));
    const listedName = nextName?.[1]!.replace(/[（(][^（）()]*[）)][。；;]?$/, '') ?? '';
    if (nextName && listedName.length <= 40 && !/[，。；：]/.test(listedName) && listedName.split('、').every((n) => n.length <= 20 && (looksLikeUnits(n) || unitNameEnding.test(n)))) {
      outline.appendListedUnit(cell.text.trim(), cell.line);
      this.unitsList = listed! + 1;
      return;
    }
    const bareNo = bareNumber.exec(asciiDigits(cell.text.trim()));
    if (bareNo) {
      this.serial = Number(bareNo[1]);
      return;
    }
    // (A date first, where the table's 时间 column stands before its text: 7 / 1月 / 元旦、春节期间…, a work calendar: the
    // requirement's deadline, its text on the next line.)
    if (this.serial !== null && this.serialDate === null && bareDeadline.test(cell.text.trim()) && next.trim() && !bareDeadline.test(next.trim()) && !bareNumber.test(asciiDigits(next.trim()))) {
      this.serialDate = tidy(cell.text);
      return;
    }
    // The cell after a 序号 is the requirement's text, whatever it ends with (…逐项推动工作落实).
    if (this.serial !== null && !itemStart.test(asciiDigits(cell.text))) {
      const no = this.serial;
      const date = this.serialDate;
      this.serial = null;
      this.serialDate = null;
      // 序号 1 again after the plan's numbered items (…9.办公室负责… then an attachment's table 1 / 十三五规划 / 办公室, 市场监管局
      // 2016 三减 page.txt): a new table's first row, not more words of item 9.
      if (no === 1 && outline.highestNo > 1) {
        outline.closePending(cell.line);
        outline.headingSinceItem = true;
      }
      outline.dropProseTask();
      outline.requirementText(`${no}. ${cell.text}`, cell.line, false);
      if (date && outline.lastReq) outline.lastReq.deadline ??= date;
      return;
    }
    // 责任人：… and a leading group's 组长/成员 lines name persons, one per line (王浩区管委会办公室副主任) until the next sentence
    // or units label (牵头领导:周训岚 / 牵头处室:社会事业处 / 责任处室（单位）:…, 海坛 2020 隐患排查).
    // (Not a working group's members named as units before its duties: groupMembersLine, read by unitsLine.)
    if ((personLine.test(cell.text) && !groupMembersLine(cell.text)) || (this.members && cell.text.trim().length <= 30 && !/[。；;]/.test(cell.text) && !itemStart.test(cell.text) && !unitLabel.test(cell.text) && !parseHeading(cell.text, outline.arabicSection(cell.text), outline.nextSectionNo))) {
      this.members = true;
      outline.report.info('column-ignored', cell.line, `“${cell.text.slice(0, 30)}” names persons, not units: not kept`);
      return;
    }
    this.members = false;
    // 工作成果：… is a field of the requirement above.
    // Its own 1. 2. 3. are points of the field (工作要求：1.重点推进…2.…), not items; a field that ends in units
    // (工作措施：…（X负责）) is read as the item's text, units and all.
    if (fieldLine.test(cell.text) && outline.lastReq && !outline.headingSinceItem) {
      if (splitAnnotation(cell.text.trim()).annotation === null) outline.appendDetail(outline.lastReq, cell.text, cell.line);
      else outline.requirementText(cell.text, cell.line, true);
      return;
    }
    // A contingency plan's clause that gives the member units their duties (2.2成员单位主要职责, then （1）政法综治处：…): its
    // items are numbered afresh. (Not every clause: what other clauses head is left to the readings as they were.)
    if (clauseTitle.test(asciiDigits(cell.text)) && /职责|分工/.test(cell.text)) {
      outline.headingSinceItem = true;
      outline.report.info('reading', cell.line, `“${cell.text.trim().slice(0, 30)}” is a clause's title: the items after it are numbered afresh`);
      return;
    }
    const h = parseHeading(cell.text, outline.arabicSection(cell.text), outline.nextSectionNo);
    // 责任单位：…, （…负责）, or a line of units in words (由X承办，Y、Z配合).
    const units = h ? null : (unitsLine(cell.text) ?? proseUnitsLine(cell.text));
    // A short title before a 序号, once the previous requirement has its units: a group (工作任务 cell).
    const groupTitle =
      isGroupTitle(cell.text) ||
      (outline.pending.length === 0 && outline.lastReq?.group != null && cell.text.trim().length <= 40 && !/[。；]./.test(cell.text) && !looksLikeDeadline(cell.text));
    if (!h && units === null && bareNumber.test(asciiDigits(next.trim())) && groupTitle) {
      // A short title followed by a numbered row: an unnumbered task (工作任务 cell of a flattened table).
      outline.unnumberedTask(cell.text, cell.line);
      return;
    }
    // (Also a bare date under an item still waiting for its units: a 完成时限 column before the units, 3月 / 区经发局.)
    const waiting = outline.pending.length > 0 && outline.pending.at(-1) === outline.lastReq && bareDeadline.test(cell.text.trim());
    if (!h && units === null && looksLikeDeadline(cell.text) && outline.lastReq && (outline.pending.length === 0 || waiting)) {
      outline.lastReq.deadline ??= tidy(cell.text);
      return;
    }
    const duty = this.dutyParagraph;
    this.dutyParagraph = null;
    if (h) outline.heading(h, cell.line, false);
    else if (units !== null && duty && outline.lastGroup === duty.group && unitLabel.test(cell.text)) {
      // 牵头处室：经济发展处 under it: the labels name the units; the paragraph was the item's text after all.
      const req = duty.group.requirements.at(-1);
      if (req) outline.appendDetail(req, duty.text, duty.line);
      duty.group.raw = units;
      duty.group.lines = [cell.line];
      outline.report.info('units-inherited', cell.line, `units labelled under the item replace those its paragraph named in words; the paragraph (line ${duty.line}) is part of its text`);
    } else if (units !== null) {
      outline.unitsLine(units, cell.line, /^[（(][^（）()]*[）)]$/.test(cell.text.trim()));
      if (/[:：]\s*1\s*[.、．]\s*\S/.test(asciiDigits(units))) this.unitsList = 2;
    }
    else if (itemStart.test(asciiDigits(cell.text))) {
      outline.dropProseTask();
      outline.requirementText(cell.text, cell.line, false);
    } else if (looksLikeUnits(cell.text) && dateLine.test(next)) {
      // The issuing office's name over the date (…市场监督管理局 / 2017年4月20日): a signature, not units.
      outline.report.info('column-ignored', cell.line, `“${cell.text.slice(0, 30)}” over a date is a signature: not units`);
    } else if (looksLikeUnits(cell.text)) {
      if (outline.pending.length > 0) outline.newGroup(cell.text, cell.line);
      else outline.continueGroup(cell.text, cell.line);
    } else {
      // After a numbered item still without units: a line opening with unit names and their duty is its units line.
      const duties = outline.pending.length > 0 && outline.lastReq?.no != null && !outline.headingSinceItem ? dutyLine(cell.text) : null;
      if (duties) {
        outline.newGroup(duties, cell.line, 'annotation');
        if (outline.lastGroup) this.dutyParagraph = { group: outline.lastGroup, text: cell.text, line: cell.line };
      } else outline.requirementText(cell.text, cell.line, false);
    }
  }
}
