/**
 * The plan being built, row by row: sections, tasks, requirements and the
 * units groups that cover them, with the numbering and the page-break repairs
 * every reader needs. The grid reader (grid.ts) and the line reader (lines.ts)
 * decide what a cell is; this class knows what each kind of cell does to the plan.
 */
import type { Report } from '../report';
import { asciiDigits, joinBroken, numberToChinese, overlapLength } from '../text';
import {
  dutySentences,
  namedDuties,
  arabicSectionRe,
  cleanText,
  closed,
  firstLeadNote,
  othersAssistNote,
  withoutLeadNotes,
  commaLeadNote,
  firstSentence,
  headingTitle,
  isProse,
  itemStart,
  joinUnitLines,
  proseUnits,
  subjectUnits,
  headingUnitsSentence,
  headingLeadClause,
  dutiesLabel,
  headingOwnersTitle,
  unitNameHeading,
  splitAnnotation,
  splitCutAnnotation,
  splitCutUnitsLine,
  splitDeadline,
  splitInlineUnits,
  splitStandingNote,
  splitSubItems,
  unitsBracketsInside,
  splitItems,
  splitProse,
  type Heading,
} from './cells';
import type { DraftPlan, DraftRequirement, DraftSection, DraftTask, UnitsGroup } from './draft';

/** A heading's units that only lead (A、B、C牵头; 由X牵头), and a units text that names a lead of its own. */
const leadsOnly = /^(?:由)?[^（(）)：:；;。，,]{2,80}?(?:牵头|牵头负责|牵头落实|牵头抓总)$/;
const leadWord = /牵头|主办|主抓/;
/** A label alone over the items after it (具体措施：, 主要任务：). */
const fieldLabelOnly = /^\s*(?:具体|主要|工作|重点|落实)?(?:措施|举措|任务|要求|内容)\s*[：:]\s*$/;
/** Longest text built by joining page-split pieces; real requirements and units cells are far shorter. */
const maxJoinedChars = 5_000;

/** Title of the section made for requirements printed before any section heading. */
const untitledSection = '（未分部分）';

/** A bracket that says who does the item will be decided elsewhere (另行发文明确, 另行明确, 另行部署). */
const unitsNamedLater = /[（(][^（）()]{0,60}另行(?:发文|研究|部署)?(?:明确|确定|部署|安排)[^（）()]{0,10}[）)][。.]?\s*$/;

/** An item that is a title alone, over measures of its own (高速智能信息网络建设工程。). */
const titleOnly = /^(?:\d{1,2}[.．、])?[^，,。；;：:（）()]{4,24}(?:工程|行动|计划|专项)。?$/;

/** Units that name everyone (各单位负责), as a sentence's subject an exhortation rather than an assignment. */
const everyone = /^(?:各|有关|相关|各有关|各相关)(?:单位|部门)负责$/;

export class Outline {
  /** Requirements that say their units will be named elsewhere (另行发文明确): no later bracket closes them. */
  private readonly unitsLater = new Set<DraftRequirement>();
  readonly sections: DraftSection[] = [];
  section: DraftSection | undefined;
  task: DraftTask | undefined;
  lastReq: DraftRequirement | undefined;
  lastGroup: UnitsGroup | undefined;
  /** Requirements read since the last units cell, waiting for theirs. */
  pending: DraftRequirement[] = [];
  /** The item number the sequence expects next. */
  expected = 1;
  headingSinceItem = true;
  numberingRestarts = false;
  /** Set when a row only repeats the item above (page top): its units cell repeats too. */
  repeatedRow = false;

  private maxNo = 0;
  /** The highest item number read so far. */
  get highestNo(): number {
    return this.maxNo;
  }
  private readonly sectionNos = new Set<number>();
  // Units written on a heading apply to the items under it that name none.
  private sectionUnits: UnitsGroup | undefined;
  private taskUnits: UnitsGroup | undefined;
  private readonly reqSection = new Map<DraftRequirement, DraftSection>();
  // Requirements given the units of the cell above because their own was empty.
  private readonly inheritedFromAbove = new Set<DraftRequirement>();
  /** Requirements that are a task's whole paragraph: units opening it as its subject carry it out, as they do a task heading's. */
  private readonly taskParagraphs = new Set<DraftRequirement>();
  // 责任单位：A（首位单位为牵头单位，下同）、B: a convention the document states once for all its cells.
  private firstIsLead = false;
  private othersAssist = false;
  // 逗号前为牵头单位: from the note on, the names before each cell's first comma lead, those after are responsible.
  private commaLead = false;
  // 以下任务均需…落实，不再一一列出: units the document names once for every later requirement.
  private standing: { units: string; line: number; role: 'responsible' | 'participate' } | undefined;
  // A task written as a paragraph (（一）聚焦中心工作信息公开。推进…。（各县、区政府，市各有关部门）)
  // has no numbered items: if none follow, its own text is its requirement(s).
  private proseTask: { task: DraftTask; text: string; line: number; named?: UnitsGroup } | undefined;
  // A units line right under a heading (一、推进决策公开 / 牵头单位：市政府办公室): the heading's units,
  // for the items under it; when none follow, the heading itself is the requirement.
  private headingLine: { level: 'section' | 'task'; group: UnitsGroup } | undefined;
  // A section heading with its own units bracket (一、加快推进农业机械化。…（农业农村部负责）): if nothing
  // follows it before the next heading, the plan numbers its requirements 一、二、 and this is one.
  private ownSection: { section: DraftSection; text: string; group: UnitsGroup } | undefined;

  /**
   * Set when 1、 2、 is the document's only arabic numbering (no 1. and no (1) under it): then
   * 1、 numbers items, not sections, however short their text (1、严格落实…。 / 牵头单位：…).
   */
  arabicItems = false;

  /**
   * `subjectsAct`: every item's opening units act, as under a 职责分工 heading (readStructure's second reading of a plan that
   * names no units otherwise).
   */
  constructor(
    readonly report: Report,
    readonly subjectsAct = false,
  ) {}

  /**
   * Whether N、 may be read as a section heading: not right after item N−1
   * (1、数字经济发展领域…(责任单位:…) then 2、优化营商, cut off).
   */
  arabicSection(text: string): boolean {
    if (this.arabicItems) return false;
    const no = arabicSectionRe.exec(asciiDigits(text));
    return !(no && !this.headingSinceItem && this.lastReq?.no === Number(no[1]) - 1);
  }

  /** The number the next section heading should carry. */
  get nextSectionNo(): number {
    return (this.section?.no ?? 0) + 1;
  }

  private ensureSection(line: number): DraftSection {
    if (!this.section) {
      this.report.warn('metadata-missing', line, 'requirements before any section heading: put under an untitled section 一');
      this.section = { no: 1, title: untitledSection, line, tasks: [], requirements: [] };
      this.sections.push(this.section);
      this.sectionNos.add(1);
    }
    return this.section;
  }

  /**
   * Requirements still without units get their heading's, the merged cell's above, or a warning. `merged`: the row's units
   * cell is one the source marks as merged with the cell above (a grid's rowspan), so the cell above applies for certain;
   * an empty cell may instead be where a document was cut off.
   */
  closePending(line: number, merged = false): void {
    if (this.pending.length === 0) return;
    const ids = this.pending.map((p) => p.no ?? '无序号').join('、');
    const scoped = this.taskUnits ?? this.sectionUnits;
    const above = this.lastGroup;
    if (scoped) {
      scoped.requirements.push(...this.pending);
      for (const p of this.pending) p.group = scoped;
      this.report.info('units-inherited', line, `requirement(s) ${ids} name no units: the units on their heading (line ${scoped.lines[0]}) applied`);
    } else if (above && above.source === 'cell' && above.requirements[0] && this.reqSection.get(above.requirements[0]) === this.section) {
      above.requirements.push(...this.pending);
      for (const p of this.pending) {
        p.group = above;
        if (!merged) this.inheritedFromAbove.add(p);
      }
      this.report.info('units-inherited', line, `requirement(s) ${ids} have an empty units cell: units of the cell above (line ${above.lines[0]}) applied, as a merged cell`);
    } else {
      // Units the requirement names in its own words (由X牵头，Y配合): read with a note; the rest have none.
      const without: DraftRequirement[] = [];
      for (const p of this.pending) {
        const title = this.reqSection.get(p)?.title ?? '';
        // (An item that opens with 要, its subject left unsaid, under a heading whose sentence names it: 一、各乡镇党委政府要落实属地
        // 管理原则…。1.要组织辖区…, 平潭 2015 涉渔“三无”船舶 专项整治: the heading's subject carries the item out.)
        const heading = /^\s*要/.test(p.text) ? (this.task?.requirements.includes(p) ? this.task.title : title) : '';
        const subject = heading ? subjectUnits(heading) : null;
        const dutyTitle = /分工|职责/.test(title);
        const duty = dutyTitle || this.taskParagraphs.has(p);
        const read = proseUnits(p.text, dutyTitle, duty || this.subjectsAct) ?? (subject ? `${subject}负责` : null);
        // (Read only because every subject acts: not an exhortation to all, 各单位要启动各种宣传工具, 平潭 2015 平安上学路.)
        const units = read && !duty && this.subjectsAct && everyone.test(read) ? null : read;
        if (!units) {
          without.push(p);
          continue;
        }
        p.group = { raw: units, lines: [p.line], requirements: [p], joined: false, source: 'annotation', prose: true };
        this.report.info('role-inferred', p.line, `requirement ${p.no ?? '(无序号)'} has no units cell: units read from its own words (“${units}”)`);
      }
      if (without.length > 0) this.report.warn('no-units', line, `requirement(s) ${without.map((p) => p.no ?? '无序号').join('、')} have no units cell`);
    }
    this.pending = [];
  }

  /**
   * A table's 序号 column printing the first item's number: a table that starts at 24 (a page showing
   * one group of a longer list, an excerpt) is numbered from there, not read as text with 24. in it.
   */
  printedNumber(no: number, line: number): void {
    if (this.maxNo > 0 || no <= 1 || no === this.expected) return;
    this.expected = no;
    this.report.info('numbering-gap', line, `the table's numbering starts at ${no}: the document may show part of a longer list`);
  }

  addRequirement(no: number | null, text: string, line: number): DraftRequirement | undefined {
    // A working group's duties under its heading and its members (（二）疫情防控组组 长：… / 成 员：… / 工作职责：负责…): the
    // label alone opens the numbered duties after it; the duties written after it are the heading's requirement, named by the
    // group (its leader's name left out).
    const duties = no === null && this.headingLine && this.headingLine.level === 'task' ? new RegExp(`^${dutiesLabel.source}\\s*`).exec(text) : null;
    if (duties) {
      const rest = text.slice(duties[0].length).trim();
      if (!rest) return undefined;
      const group = this.task!.title.replace(/\s*(?:副\s?)?组\s?长\s?[：:].*$/, '');
      this.materializeHeadingUnits();
      const r = this.lastReq;
      if (r && r.line === this.task!.line) {
        r.text = cleanText(`${group}：${rest}`);
        return r;
      }
    }
    // Only numbered items take a heading's units line; a paragraph after it (治理工作目标：) leaves the heading its requirement.
    if (no === null && this.headingLine) this.materializeHeadingUnits();
    const s = this.ensureSection(line);
    const r: DraftRequirement = { no, text: cleanText(text), line, group: null, deadline: null };
    if (no !== null) {
      if (no <= this.maxNo && this.headingSinceItem && no === 1) this.numberingRestarts = true;
      else if (no !== this.expected) {
        if (no > this.expected) this.report.warn('numbering-gap', line, `item ${no} follows ${this.expected - 1}: numbers ${this.expected}–${no - 1} are missing`);
        else this.report.warn('numbering-duplicate', line, `item number ${no} appears again`);
      }
      this.maxNo = Math.max(this.maxNo, no);
      this.expected = no + 1;
      this.headingSinceItem = false;
    }
    // A row repeated at a page top is the same item again, not a new one.
    if (this.lastReq && no !== null && this.lastReq.no === no && this.lastReq.text === r.text) {
      this.report.info('heading-repeated', line, `item ${no} repeated at a page top: kept once`);
      this.repeatedRow = true;
      return undefined;
    }
    if (!r.text) {
      this.report.warn('text-joined', line, `item ${no ?? ''} has a number but no text: skipped — check the original`);
      return undefined;
    }
    (this.task ? this.task.requirements : s.requirements).push(r);
    // Items under a heading with its own units line take those units (closePending): the heading is not the requirement.
    this.headingLine = undefined;
    this.reqSection.set(r, s);
    this.pending.push(r);
    this.lastReq = r;
    return r;
  }

  /** Text of a second text column (工作要求) beside an item: joined to the item's own words. */
  appendDetail(r: DraftRequirement, text: string, line: number): void {
    const detail = cleanText(text);
    if (!detail || r.text.includes(detail)) return;
    r.text = `${r.text}${closed(r.text) ? '' : '。'}${detail}`;
    this.report.info('text-joined', line, `a second text column joined to item ${r.no ?? ''}: …${detail.slice(0, 12)}`);
  }

  /** Takes back the last requirement read (it turned out to be something else). */
  private removeRequirement(r: DraftRequirement): void {
    const s = this.reqSection.get(r);
    for (const list of [s?.requirements, ...(s?.tasks.map((t) => t.requirements) ?? [])]) {
      const i = list?.indexOf(r) ?? -1;
      if (i >= 0) list!.splice(i, 1);
    }
    this.reqSection.delete(r);
    this.pending = this.pending.filter((p) => p !== r);
    if (this.lastReq === r) this.lastReq = this.pending.at(-1) ?? this.lastReq;
  }

  private appendToLast(text: string, line: number): boolean {
    const last = this.lastReq;
    if (!last) return false;
    // Real requirements are a few hundred characters: a text that keeps growing is a misreading, and joining it again and again would be quadratic.
    if (last.text.length > maxJoinedChars) return false;
    last.text = joinBroken(last.text, cleanText(text));
    this.report.info('text-joined', line, `text continued from line ${last.line} (page break) joined: …${cleanText(text).slice(0, 12)}`, undefined);
    return true;
  }

  /** A units text without the standing note it may carry, which is kept for every later requirement. */
  private withoutStandingNote(raw: string, line: number): string {
    const note = splitStandingNote(raw);
    // (The same note again, where a page holds its text twice (河北 2024 康养, a crawler's cell): it still holds from the first.)
    const again = this.standing?.units === note.standing && this.standing?.role === (note.role ?? 'responsible');
    if (note.standing && !again) {
      this.standing = { units: note.standing, line, role: note.role ?? 'responsible' };
      this.report.info('units-inherited', line, `standing note: ${note.standing} take part in every requirement after this one (the document says it does not list them again)`);
    }
    return note.units;
  }

  private makeGroup(raw: string, line: number, source: UnitsGroup['source'], requirements: DraftRequirement[]): UnitsGroup {
    const cell = this.withoutStandingNote(joinUnitLines(raw), line);
    const convention = firstLeadNote.exec(cell);
    if (convention) {
      this.firstIsLead = true;
      this.othersAssist = othersAssistNote.test(cell);
      this.report.info('role-inferred', line, `the document says “${convention[0].replace(/^[（(]|[）)]$/g, '')}”: the first unit of each units cell is read as the lead`);
    }
    const commaNote = commaLeadNote.exec(cell);
    if (commaNote) {
      this.commaLead = true;
      this.report.info('role-inferred', line, `the document says “${commaNote[0].replace(/^[。；;，,\s]+/, '')}”: the names before each units cell's first comma are read as the lead`);
    }
    // The note off first, so that a deadline before it (…财政金融局，2016年4月底前完成。列第一位的为牵头单位) ends the cell.
    const { units: written, deadline } = splitDeadline(convention ? withoutLeadNotes(cell).replace(/[。；;，,\s]+$/, '') : commaNote ? cell.replace(commaLeadNote, '').replace(/[。；;，,\s]+$/, '') : cell);
    const units = this.commaLead ? commaLeadUnits(written) : written;
    const group: UnitsGroup = { raw: units, lines: [line], requirements, joined: false, source, ...(this.firstIsLead ? { firstIsLead: true } : {}), ...(this.othersAssist ? { othersAssist: true } : {}) };
    for (const r of requirements) {
      r.group = group;
      if (deadline && !r.deadline) r.deadline = deadline;
    }
    return group;
  }

  /** A units cell for the requirements read since the last one. */
  newGroup(raw: string, line: number, source: UnitsGroup['source'] = 'cell'): void {
    // A heading that names who leads all its items (一、整治提升村容村貌（县委农办、县农业农村局…牵头）, 金乡 2020) over items with
    // their own units bracket naming no lead ((责任单位：县住房和城乡建设局)): the heading's lead leads each item too, before its own.
    const scoped = this.taskUnits ?? this.sectionUnits;
    const leads = source === 'annotation' && scoped?.source === 'heading' && leadsOnly.test(scoped.raw.trim()) && !leadWord.test(raw) ? scoped.raw.trim() : null;
    if (leads) this.report.info('units-inherited', line, `the heading's “${leads}” leads this item too, before its own units (“${raw.trim().slice(0, 30)}”)`);
    this.lastGroup = this.makeGroup(leads ? `${leads}；${raw}` : raw, line, source, [...this.pending]);
    this.pending = [];
  }

  /** A further units line for the same items (牵头单位：… then 配合单位：…), not a page break. */
  extendGroup(raw: string, line: number): void {
    const g = this.lastGroup;
    if (!g || g.raw.length > maxJoinedChars) return this.newGroup(raw, line, 'annotation');
    const { units, deadline } = splitDeadline(this.withoutStandingNote(raw.trim(), line));
    if (units) g.raw = `${g.raw}；${units}`.replace(/^；/, '');
    g.lines.push(line);
    if (deadline) for (const r of g.requirements) r.deadline ??= deadline;
  }

  /** The next name of a numbered units list (责任处室：1.经济发展处 / 2.交通与建设处): one more name under the same label. */
  appendListedUnit(name: string, line: number): void {
    const g = this.lastGroup;
    if (!g) return;
    g.raw = `${g.raw}、${name.trim()}`;
    g.lines.push(line);
  }

  /** The rest of a units cell a page break cut: joined to the cell above. */
  continueGroup(raw: string, line: number): void {
    const g = this.lastGroup;
    if (!g || g.raw.length > maxJoinedChars) return this.newGroup(raw, line);
    const { units, deadline } = splitDeadline(raw.trim());
    // As the lines of one cell: a whole name before the break and a name after it are two units (a spanned row's
    // second 责任单位 cell, 平潭 2014 消防 考核细则), a name cut by the break is one.
    g.raw = this.withoutStandingNote(joinUnitLines(`${g.raw}\n${units}`), line);
    g.lines.push(line);
    g.joined = true;
    for (const p of this.pending) p.group = g;
    g.requirements.push(...this.pending);
    this.pending = [];
    if (deadline) for (const r of g.requirements) r.deadline ??= deadline;
    this.report.warn('units-joined', line, `units cell split by a page break joined (lines ${g.lines.join(', ')}): “${g.raw}”`);
  }

  /** A units line after an item or a paragraph (责任单位：…, （…负责）). */
  unitsLine(units: string, line: number, bracketed = false): void {
    if (this.proseTask) this.materializeProseTask();
    // A task heading followed straight by its units line ((一)地区生产总值增长7%以上 / 责任单位：…): the task is the requirement.
    // A second units line under the heading (牵头单位：… then 配合单位：…): the same heading's units.
    const held = this.headingLine;
    if (held && this.pending.length === 0 && this.headingSinceItem) {
      const { units: more } = splitDeadline(units.trim());
      if (more) held.group.raw = `${held.group.raw}；${more}`.replace(/^；/, '');
      held.group.lines.push(line);
      return;
    }
    // Whether the items under the heading take these units, or the heading is itself the requirement,
    // is known at the next item or heading (materializeHeadingUnits).
    const task = this.task;
    const section = this.section;
    const underTask = this.pending.length === 0 && task && task.requirements.length === 0 && this.headingSinceItem && task.line > (this.lastGroup?.lines.at(-1) ?? 0) && !this.taskUnits;
    const underSection = this.pending.length === 0 && !task && section && section.requirements.length === 0 && section.tasks.length === 0 && this.headingSinceItem && section.line > (this.lastGroup?.lines.at(-1) ?? 0) && !this.sectionUnits;
    if (underTask || underSection) {
      const group = this.makeGroup(units, line, 'heading', []);
      this.headingLine = { level: underTask ? 'task' : 'section', group };
      if (underTask) this.taskUnits = group;
      else this.sectionUnits = group;
      return;
    }
    // （六）提升建设工程质量水平 / two paragraphs / (区交建局、农发局按职责分工落实): the task's paragraphs, unnumbered and
    // under a title of its own, are one requirement that the bracket closes, not one each.
    const paragraphs = this.pending;
    if (task && !this.taskUnits && paragraphs.length >= 2 && paragraphs.every((r) => r.no === null && r.group === null) && task.requirements.length === paragraphs.length && task.requirements.every((r, k) => r === paragraphs[k]) && !isProse(task.title)) {
      const [first, ...rest] = paragraphs;
      for (const r of rest) {
        first!.text = `${first!.text}${closed(first!.text) ? '' : '。'}${r.text}`;
        this.removeRequirement(r);
      }
      this.pending = [first!];
      this.lastReq = first;
      this.report.info('text-joined', line, `the ${paragraphs.length} paragraphs under task “${task.title.slice(0, 20)}” end with one units line: read as one requirement`);
    }
    if (bracketed && this.pending.length > 0) this.closeSectionWithBracket(line);
    if (this.pending.length > 0) this.newGroup(units, line, 'annotation');
    else if (this.lastGroup && this.lastGroup.lines.at(-1) !== undefined && this.lastGroup.source !== 'heading') this.extendGroup(units, line);
    else if (this.lastReq) {
      this.pending = [this.lastReq];
      this.newGroup(units, line, 'annotation');
    }
  }

  /**
   * A units bracket on a paragraph of its own after several measures of a section, none of which names units
   * (二、优化住房信贷政策 / （一）… / （二）… / （责任部门：中国人民银行辽宁省分行营业管理部）, 沈阳 2023): it closes them
   * all, not only the last. Only where nothing in the section has units yet, so a bracket that closes one item among
   * items with their own units still closes that item alone.
   */
  private closeSectionWithBracket(line: number): void {
    const section = this.section;
    if (!section) return;
    const inSection = [...section.requirements, ...section.tasks.flatMap((t) => t.requirements)];
    const before = inSection.filter((r) => !this.pending.includes(r) && !this.unitsLater.has(r));
    if (before.length === 0 || inSection.some((r) => r.group !== null) || this.taskUnits || this.sectionUnits) return;
    const from = Math.min(...before.map((r) => r.line));
    // Their "no units" warnings were written when the next measure began; the bracket answers them.
    for (let k = this.report.items.length - 1; k >= 0; k--) {
      const item = this.report.items[k]!;
      if (item.kind === 'no-units' && item.line !== null && item.line >= from && item.line <= line) this.report.items.splice(k, 1);
    }
    this.pending = [...before, ...this.pending];
    this.report.info('units-inherited', line, `a units bracket on a line of its own after ${this.pending.length} requirements of section ${numberToChinese(section.no)}, none with units of its own: applied to all of them`);
  }

  /** A numbered item ends any paragraph task waiting for items of its own. */
  dropProseTask(): void {
    this.proseTask = undefined;
  }

  /** A heading whose units line no item followed: the heading is the requirement (一、治理畜牧业产品污染 / 由乡三农服务中心承办，…配合。). */
  private materializeHeadingUnits(): void {
    const held = this.headingLine;
    this.headingLine = undefined;
    if (!held || this.pending.length > 0) return;
    const target = held.level === 'task' ? this.task : this.section;
    if (!target || target.requirements.length > 0 || (held.level === 'section' && (this.section?.tasks.length ?? 0) > 0)) return;
    this.report.info('prose-task', target.line, `${held.level} “${target.title.slice(0, 20)}” has its own units line and no items: read as its requirement`);
    const r = this.addRequirement(null, target.title, target.line);
    if (!r) return;
    this.pending = [];
    r.group = held.group;
    held.group.requirements.push(r);
    this.lastGroup = held.group;
    if (held.level === 'task') this.taskUnits = undefined;
    else this.sectionUnits = undefined;
  }

  /** The units of the current task's own heading, where the heading is a sentence closed by them (（五）…改革。（…牵头，…负责））. */
  private sentenceTaskUnits(): UnitsGroup | undefined {
    const own = this.taskUnits;
    const t = this.task;
    return t && own && own.source === 'heading' && own.lines[0] === t.line && /[。；;]$/.test(t.title.trim()) ? own : undefined;
  }

  /**
   * A task that is a measure of its own, its sentence closed by its own units (（五）系统梳理…分类推进行政审批制度改革。
   * （国务院办公厅牵头，各地区、各部门负责）), over measures that each name their own (具体措施：1．…（…负责）, 国务院 2020 放管服
   * 分工方案): no item took the task's units, so its sentence is a requirement too, the first of the task.
   */
  private materializeMeasureTask(): void {
    const own = this.sentenceTaskUnits();
    const t = this.task;
    const s = this.section;
    if (!t || !s || !own || own.requirements.length > 0 || this.pending.length > 0) return;
    if (t.requirements.length === 0 || !t.requirements.every((r) => r.group !== null && r.group !== own)) return;
    const r: DraftRequirement = { no: null, text: cleanText(t.title), line: t.line, group: own, deadline: null };
    t.requirements.unshift(r);
    own.requirements.push(r);
    this.reqSection.set(r, s);
    this.report.info('prose-task', t.line, `task “${t.title.slice(0, 20)}” is a sentence with its own units over items with theirs: read as a requirement too, before its items`);
  }

  /** A section heading with its own units and nothing under it: its words are its requirement. */
  private materializeOwnSection(): void {
    const own = this.ownSection;
    this.ownSection = undefined;
    if (!own || own.section !== this.section || own.section.tasks.length > 0 || own.section.requirements.length > 0 || this.pending.length > 0) return;
    this.report.info('prose-task', own.section.line, `section ${numberToChinese(own.section.no)} has its own units and nothing under it: read as its requirement`);
    const r = this.addRequirement(null, own.text, own.section.line);
    if (!r) return;
    this.pending = [];
    r.group = own.group;
    own.group.requirements.push(r);
    this.lastGroup = own.group;
    this.sectionUnits = undefined;
  }

  materializeProseTask(): void {
    this.materializeOwnSection();
    this.materializeHeadingUnits();
    this.materializeMeasureTask();
    // （三）推进重点排污单位信息公开，推动….（生态保护处牵头落实） with no items under it:
    // a task heading with its own units bracket is its own requirement.
    const own = this.taskUnits;
    const t = this.task;
    if (!this.proseTask && t && own && own.source === 'heading' && own.lines[0] === t.line && t.requirements.length === 0 && this.pending.length === 0) {
      this.report.info('prose-task', t.line, `task “${t.title.slice(0, 20)}” has its own units and no items: read as its requirement`);
      const r = this.addRequirement(null, t.title, t.line);
      if (r) {
        this.pending = [];
        r.group = own;
        own.requirements.push(r);
      }
    }
    const p = this.proseTask;
    this.proseTask = undefined;
    if (!p || p.task.requirements.length > 0 || this.task !== p.task) return;
    this.taskUnits = undefined;
    // （一）企事业单位用房。由各业务部门组织牵头，…。经济发展处。承担…: in a section of duties, units named one by one, each a
    // sentence before its duties: the task's own words one requirement, each unit's duties one more.
    const named = /职责|分工/.test(this.section?.title ?? '') ? namedDuties(p.text) : null;
    if (named) {
      this.report.info('prose-task', p.line, `task (${numberToChinese(p.task.no ?? 0)}) names ${named.duties.length} units one by one, each a sentence before its duties: read as a requirement each, after the task's own words`);
      const opening = this.addRequirement(null, named.opening, p.line);
      const openingUnits = proseUnits(named.opening);
      if (opening && openingUnits) this.newGroup(openingUnits, p.line, 'annotation');
      // (No units of its own: none, not the first unit's after it.)
      else this.pending = [];
      for (const d of named.duties) if (this.addRequirement(null, d.text, p.line)) this.newGroup(`${d.name}负责`, p.line, 'annotation');
      return;
    }
    // （二）任务分工局办公室负责…。局协调处负责…。: a 分工 task's paragraphs, run together after its title: one requirement
    // a sentence, each with the units it opens with.
    const duties = dutySentences(p.text);
    if (duties) {
      this.report.info('prose-task', p.line, `task (${numberToChinese(p.task.no ?? 0)}) ${duties.title}: ${duties.sentences.length} sentences each opening with the units that carry it out, read as a requirement each`);
      p.task.title = duties.title;
      for (const d of duties.sentences) if (this.addRequirement(null, d.text, p.line)) this.newGroup(d.units, p.line, 'annotation');
      return;
    }
    // (Its units after a label that closes it, not in a bracket: （一）做好…工作。牵头单位：…；配合单位：…, as items write them.)
    const inline = splitInlineUnits(p.text);
    const pieces = splitProse(inline?.text ?? p.text);
    if (inline && pieces.length > 0) pieces.at(-1)!.annotation = [pieces.at(-1)!.annotation, inline.annotation].filter(Boolean).join('；');
    // 一是…（X负责）二是…（Y负责）: the clauses of one task, each with its bracket — one requirement with
    // the units of all its brackets (each unit once, its strongest role). Separate measures stay separate.
    const clauses = pieces.length > 1 && pieces.filter((x) => x.annotation).length > 1 && pieces.slice(1).every((x) => /^\s*(?:[二三四五六七八九十]是|[（(]?\d{1,2}[)）.、])/.test(x.text) || !x.text.trim());
    if (clauses) {
      this.report.info('prose-task', p.line, `task (${numberToChinese(p.task.no ?? 0)}) is a paragraph of clauses (一是…二是…) with a units bracket each: read as one requirement with the units of all its brackets`);
      const added = this.addRequirement(null, pieces.map((x) => x.text).join(''), p.line);
      if (added) this.newGroup(pieces.flatMap((x) => (x.annotation ? [x.annotation] : [])).join('；'), p.line, 'annotation');
      return;
    }
    this.report.info('prose-task', p.line, `task (${numberToChinese(p.task.no ?? 0)}) is a paragraph with no numbered items: its text read as its requirement${pieces.length > 1 ? 's, one per units bracket' : ''}`);
    for (const piece of pieces) {
      const added = this.addRequirement(null, piece.text, p.line);
      if (added && pieces.length === 1) this.taskParagraphs.add(added);
      if (added && piece.annotation) this.newGroup(piece.annotation, p.line, 'annotation');
      else if (added && p.named && pieces.length === 1) {
        // （二）公安局。负责对…: the unit the heading names, for a paragraph that carries no bracket of its own.
        this.pending = [];
        added.group = p.named;
        p.named.requirements.push(added);
      }
    }
  }

  /** A numbered section (一、) or task (（一）) heading; `inColumn` when it stands in a grid column. */
  heading(h: Heading, line: number, inColumn: boolean): void {
    this.materializeProseTask();
    this.closePending(line);
    const split = splitAnnotation(h.title);
    let title = split.text;
    // Also one long sentence with its clauses after a task that was a measure of its own (（二）…减按1%的税率征收契税；… /
    // （三）个人转让自用五年以上…的所得，暂免征收个人所得税。): a measure like its sibling, not a title.
    const sibling = h.level === 'task' ? this.section?.tasks.at(-1) : undefined;
    const siblingIsMeasure = sibling !== undefined && sibling.requirements.length === 1 && sibling.requirements[0]!.no === null && sibling.requirements[0]!.text.startsWith(sibling.title);
    const prose = h.level === 'task' && !inColumn && (isProse(h.title) || (siblingIsMeasure && h.title.trim().length >= 20 && /^[^。；]{8,}，[^。；]{4,}$/.test(h.title.trim())));
    if (prose) title = firstSentence(h.title);
    // A section heading written as a paragraph with its units bracket: titled by its first sentence.
    const proseSection = h.level === 'section' && !inColumn && split.annotation !== null && isProse(split.text);
    if (proseSection) title = firstSentence(split.text);
    // A heading printed as its number alone (（二） with its title lost to the line before or after): titled by its number, and
    // said so, never an empty title the plan schema refuses.
    if (!title.trim()) {
      title = h.level === 'section' ? `${numberToChinese(h.no)}、` : `（${numberToChinese(h.no)}）`;
      this.report.warn('heading-empty', line, `${h.level} ${title} has no title of its own: titled by its number — check the original`);
    }
    // （一）推进决策公开。由市政府办公室牵头，市司法局配合。: a sentence of the heading names its units.
    // …and in a section of duties (二、明确…工作职责), a task that is only a unit's name and its duties (（二）公安局。负责对…).
    const duties = h.level === 'task' && /职责|分工/.test(this.section?.title ?? '') ? unitNameHeading(h.title) : null;
    // (A title run into its lead clause, 强化源头管控由交通与建设处牵头，…配合，加强…: titled up to the clause.)
    const leadClause = h.level === 'task' && !prose && !inColumn && !split.annotation && !duties ? headingLeadClause(h.title) : null;
    if (leadClause) title = h.title.trim().slice(0, leadClause.at);
    const spoken = split.annotation ? null : (duties ?? (prose ? headingUnitsSentence(h.title) : null) ?? leadClause?.units ?? null);
    // 一、污染处置组。由环境保护部牵头，公安部…等参加。: a section heading written as a paragraph whose sentence names its units.
    const spokenSection = h.level === 'section' && !inColumn && !split.annotation && isProse(h.title) ? headingUnitsSentence(h.title) : null;
    if (spokenSection) title = firstSentence(h.title);
    const ownRaw = split.annotation ?? spoken ?? spokenSection ?? headingOwnersTitle(title);
    const own = ownRaw ? this.makeGroup(ownRaw, line, 'heading', []) : undefined;
    if (h.level === 'section') {
      if (this.section && title === this.section.title) {
        this.report.info('heading-repeated', line, `section ${numberToChinese(h.no)} repeated (page top or merged cell): kept once`);
        return;
      }
      if (h.arabic) this.report.info('section-number', line, `section number printed as ${h.no}、: read as ${numberToChinese(h.no)}`);
      if (this.sectionNos.has(h.no)) this.report.warn('numbering-duplicate', line, `section number ${numberToChinese(h.no)} used twice with different titles`);
      else if (this.section && h.no !== this.section.no + 1) this.report.warn('numbering-gap', line, `section ${numberToChinese(h.no)} follows section ${numberToChinese(this.section.no)}`);
      this.sectionNos.add(h.no);
      this.section = { no: h.no, title, line, tasks: [], requirements: [] };
      this.sections.push(this.section);
      this.task = undefined;
      this.sectionUnits = own;
      this.taskUnits = undefined;
      this.ownSection = own ? { section: this.section, text: proseSection ? split.text : spokenSection ? h.title.trim() : title, group: own } : undefined;
    } else {
      const s = this.ensureSection(line);
      const task = this.task;
      if (task && task.no === h.no && task.title === title) {
        this.report.info('heading-repeated', line, `task (${numberToChinese(h.no)}) repeated at a page top: kept once`);
        return;
      }
      if (task?.no != null && h.no !== task.no + 1 && h.no !== 1) this.report.warn('numbering-gap', line, `task (${numberToChinese(h.no)}) follows task (${numberToChinese(task.no ?? 0)})`);
      this.task = { no: h.no, title, line, requirements: [] };
      s.tasks.push(this.task);
      this.taskUnits = own;
      if (prose) this.proseTask = { task: this.task, text: h.title, line, ...(duties && own ? { named: own } : {}) };
    }
    this.headingSinceItem = true;
  }

  /**
   * The title of a block whose items all belong to one unit (2016年…经济发展局环境保护目标责任):
   * a section named by it, whose items take the unit as responsible.
   */
  unitBlock(unit: string, title: string, line: number): void {
    this.materializeProseTask();
    this.closePending(line);
    const no = this.nextSectionNo;
    this.report.info('section-number', line, `“${title.slice(0, 30)}” heads a block of items that are ${unit}'s: read as section ${numberToChinese(no)}, its items ${unit}'s`);
    this.section = { no, title: headingTitle(title), line, tasks: [], requirements: [] };
    this.sections.push(this.section);
    this.sectionNos.add(no);
    this.task = undefined;
    this.sectionUnits = this.makeGroup(unit, line, 'heading', []);
    this.taskUnits = undefined;
    this.headingSinceItem = true;
  }

  /** A heading cell without a number (目标, 存在问题) that starts a group at section level. */
  unnumberedSection(title: string, line: number): void {
    this.materializeProseTask();
    this.closePending(line);
    const t = headingTitle(title);
    if (this.section && this.section.title === t) return;
    const no = this.nextSectionNo;
    this.report.info('section-number', line, `unnumbered section “${t.slice(0, 20)}” given number ${numberToChinese(no)}`);
    this.section = { no, title: t, line, tasks: [], requirements: [] };
    this.sections.push(this.section);
    this.sectionNos.add(no);
    this.task = undefined;
    this.sectionUnits = undefined;
    this.taskUnits = undefined;
    this.headingSinceItem = true;
  }

  /** A heading cell without a number (a 工作任务 cell) that starts a group of requirements. */
  unnumberedTask(title: string, line: number): void {
    this.materializeProseTask();
    this.closePending(line);
    const s = this.ensureSection(line);
    const t = headingTitle(title);
    if (this.task && this.task.title === t) return;
    this.task = { no: null, title: t, line, requirements: [] };
    s.tasks.push(this.task);
    this.taskUnits = undefined;
    this.headingSinceItem = true;
  }

  /** The rest of a heading a page break cut; false when there is no heading to continue. */
  continueHeading(level: 'section' | 'task', text: string, line: number): boolean {
    const target = level === 'section' ? this.section : this.task;
    if (!target) return false;
    const piece = headingTitle(text);
    const overlap = overlapLength(target.title, piece);
    const joined = joinBroken(target.title, piece.slice(overlap));
    this.report[overlap ? 'warn' : 'info'](
      'title-joined',
      line,
      `${level} title split by a page break joined: “${joined}”${overlap ? ` (the page top repeated “${piece.slice(0, overlap)}”; dropped once — check)` : ''}`,
    );
    target.title = joined;
    return true;
  }

  /**
   * A cell or paragraph of requirement text: numbered items, each perhaps with
   * its units in brackets or after a label; text before any number continues
   * the item a page break cut, or is an unnumbered requirement.
   */
  requirementText(text: string, line: number, continuation: boolean, realRow = false): void {
    // （十五）加强社会宣传引导。…（市卫生健康委…按职责分工负责）, then a paragraph of no number (各区、各有关部门要…):
    // the task's paragraph ended with its units, so it is a requirement whole; what follows is not its text.
    const p = this.proseTask;
    if (p && !continuation && this.task === p.task && p.task.requirements.length === 0 && !itemStart.test(asciiDigits(text)) && splitAnnotation(p.text.trim()).annotation !== null) this.materializeProseTask();
    // (（1） again under an item that is a title alone, no units and no full stop (2.推进农业标准化生产 / （1）加强示范园区建设。…,
    // 平潭 2017 餐桌污染): its sub-items, numbered afresh, as under a heading.)
    const previous = this.lastReq;
    const underTitle = previous !== undefined && previous.no !== null && previous.group === null && !closed(previous.text) && previous.text.length <= 30 && /^\s*[（(]\s*1\s*[)）]/.test(asciiDigits(text));
    const items = splitItems(text, this.expected, this.headingSinceItem || underTitle);
    for (const [i, item] of items.entries()) {
      if (item.no !== null && this.subItems(item.no, item.text, line)) continue;
      const { text: body, annotation: closing } = splitInlineUnits(item.text) ?? splitAnnotation(item.text);
      // Units brackets inside the paragraph as well as at its end: the paragraph's units are all of them, in printed order.
      // (Only with a closing bracket: a bracket inside a paragraph that ends without one may be a sentence's own.)
      const inside = closing !== null ? unitsBracketsInside(body) : [];
      const annotation = inside.length > 0 ? [...inside, closing!].join('；') : closing;
      const last = this.lastReq;
      // A second paragraph that ends in the units of a numbered item still without any (1、加大…力度。… /
      // 以城乡结合部…为重点，…（区预防办牵头，…配合）, then 2、): the same item, its units at its end.
      // (Not the first of an item's clauses, each a paragraph closed by its own units bracket, after the item's title alone:
      // １．人工智能＋文化遗产保护 / 一是构建…。（责任单位：…） / 二是…, 浙江 2025 文化 人工智能: the clause is a requirement of its own, as
      // the ones after it are.)
      const firstClause = !continuation && item.no === null && i === 0 && /^\s*一是/.test(body) && last?.no != null && last.group === null && last.text.trim().length <= 30 && !/[，。；：]/.test(last.text);
      const secondParagraph = item.no === null && i === 0 && annotation !== null && last?.no != null && last.group === null && this.pending.length === 1 && this.pending[0] === last && !firstClause;
      // (Not the measures under a title alone, 1.高速智能信息网络建设工程。 / （1）加快5G网络深度覆盖。… / … / （5）…。（责任单位：
      // …）: the one bracket after the last closes the group, each measure of it, 河北 2023 数字河北.)
      // (Nor the sub-items (1)(2) of a numbered item that names no units either, the bracket after the last closing the item:
      // 5.水上安全方面：重点检查…。 / （1）渔业船舶：… / （2）水上交通：…。（交通与建设处、…按职责分工负责）, 苏平 2022 百日大会战.)
      const subItem = (r: DraftRequirement) => /^\s*[（(]\d{1,2}[)）]/.test(r.text);
      const underItem = this.pending.length >= 2 && this.pending[0]!.no !== null && this.pending.slice(1).every(subItem);
      const group = this.pending.length >= 2 && (titleOnly.test(this.pending[0]!.text) || underItem) && this.pending.every((r) => r.group === null) && this.pending.slice(1).every((r) => r.no !== null || subItem(r));
      if (annotation && this.pending.length > 0 && !secondParagraph && !group) this.closePending(line);
      if (annotation && group) this.report.info('units-inherited', line, `the measures under “${this.pending[0]!.text}” name no units until the last: its bracket read as the group's, each measure's`);
      let added: DraftRequirement | undefined;
      // 具体措施： alone after a task whose sentence has its own units (（五）系统梳理…改革。（国务院办公厅牵头，…）具体措施：1．…):
      // the label opens the task's measures; the task's sentence is the requirement its units belong to.
      const t = this.task;
      if (item.no === null && i === 0 && fieldLabelOnly.test(body) && t && this.sentenceTaskUnits() && t.requirements.length === 0) {
        this.report.info('prose-task', line, `“${body.trim()}” opens the measures of task “${t.title.slice(0, 20)}”, a sentence with its own units: the task's sentence read as a requirement`);
        this.addRequirement(null, t.title, t.line);
        continue;
      }
      // (Any other such label alone: the items after it are the requirements, not it.)
      if (item.no === null && i === 0 && fieldLabelOnly.test(body) && annotation === null && !this.proseTask) {
        this.report.info('column-ignored', line, `“${body.trim()}” labels the items after it: not a requirement`);
        continue;
      }
      if (item.no === null && i === 0) {
        // (Not a paragraph with units of its own after an item that has its own: …支撑体系（…牵头，…配合）。 then 加强整合…
        // （…牵头，…配合）。 — each bracket closes its own assignment, the item's text unclosed only because its full stop
        // stood after its bracket, 数字山东 2019.)
        const ownUnits = annotation !== null && last?.group != null && !continuation;
        if (last && (continuation || (!closed(last.text) && !ownUnits && !firstClause) || secondParagraph) && !this.headingSinceItem && !realRow) {
          this.appendToLast(body, line);
          // A units bracket broken over two lines (…（责任单位：省经信厅、省发展改革 / 委、省科技厅）, a PDF's lines, 浙江 2026 开源体系):
          // whole again once the lines are joined.
          const rejoined = annotation === null && last.group === null ? splitAnnotation(last.text) : null;
          const units = annotation ?? rejoined?.annotation ?? null;
          if (units && last.group === null) {
            if (rejoined?.annotation) last.text = rejoined.text;
            this.pending = this.pending.includes(last) ? this.pending : [last];
            this.newGroup(units, line, 'annotation');
          }
          continue;
        }
        // （四）危险物品。包括危险化学品储存…。 then 整治内容：…: a field of the heading, whose words past its title say what
        // the field covers; they open its requirement rather than being lost with the heading.
        const heading = this.proseTask;
        if (heading && !continuation && this.task === heading.task && heading.task.requirements.length === 0 && items.length === 1 && /^(?:整治|工作|主要|具体|排查)?(?:内容|重点|措施|要求|范围)[：:]/.test(body) && splitAnnotation(heading.text.trim()).annotation === null) {
          this.proseTask = undefined;
          added = this.addRequirement(null, `${heading.text.trim()}${closed(heading.text) ? '' : '。'}${body}`, heading.line);
        } else added = this.addRequirement(null, body, line);
      } else added = this.addRequirement(item.no, body, line);
      if (annotation && added) this.newGroup(annotation, line, 'annotation');
      // …成熟一个，启动一个。（各部门工作任务将按照党中央、国务院部署和决策，另行发文明确。） (科技部 2017 创新基地): the item says
      // its units will be named elsewhere; the units bracket of the item after it is not its.
      else if (added && unitsNamedLater.test(body)) {
        this.pending = this.pending.filter((p) => p !== added);
        this.unitsLater.add(added);
        this.report.info('no-units', line, `requirement ${added.no ?? '无序号'} says its units will be named later (“${unitsNamedLater.exec(body)![0].slice(0, 30)}”): left without units`);
      }
    }
  }

  /**
   * A numbered item over sub-items (1)(2) that carry their own units: the item's
   * own words are its requirement, and each sub-item is a requirement after it
   * with its units. False (nothing done) when the sub-items carry no units.
   */
  private subItems(no: number, text: string, line: number): boolean {
    const sub = splitSubItems(text);
    if (!sub) return false;
    const split = sub.items.map((s) => ({ no: s.no, ...(splitInlineUnits(s.text) ?? splitAnnotation(s.text)) }));
    const withUnits = split.filter((s) => s.annotation).length;
    // The last sub-item may be cut off before its units (an excerpt): it does not count against the rest. Only the last:
    // sub-items without units before one with them are points of one item whose units close it (6.发挥…。（1）建立…。
    // （2）加快…。（责任单位：…）, 平潭 2015 公立医院改革).
    if (withUnits === 0 || split.slice(0, -1).some((s) => !s.annotation)) return false;
    if (this.pending.length > 0) this.closePending(line);
    this.addRequirement(no, sub.lead || `（${no}）`, line);
    this.report.info('prose-task', line, `item ${no} has sub-items (1)–(${split.length}) with their own units: each read as a requirement after it`);
    for (const s of split) {
      if (this.pending.length > 0) this.closePending(line);
      const added = this.addRequirement(null, s.text, line);
      if (added && s.annotation) this.newGroup(s.annotation, line, 'annotation');
    }
    return true;
  }

  /** Closes the plan: last units, a cut-off last row, empty headings and the preamble. */
  finish(lastLine: number): DraftPlan {
    const { report, sections } = this;
    this.materializeProseTask();
    // A document cut off inside the heading of a task whose siblings are
    // paragraphs read as their own requirements ((三)大力推行“首席服务员 at the
    // end): the heading, as far as it goes, is that task's requirement too.
    const t = this.task;
    if (t && t.requirements.length === 0 && this.pending.length === 0 && t.line >= lastLine && t.no !== null && this.section?.tasks.includes(t)) {
      const siblings = this.section.tasks.filter((o) => o !== t && o.requirements.length > 0);
      if (siblings.length > 0 && siblings.every((o) => o.requirements.every((r) => r.no === null) && o.requirements[0]!.text.startsWith(o.title))) {
        report.warn('truncated', t.line, `the document stops in the heading of task (${numberToChinese(t.no)}) (“${t.title.slice(-12)}”): read as its requirement, as the tasks before it are — check the original`);
        this.addRequirement(null, t.title, t.line);
      }
    }
    // A document cut off inside its last units line (市发改委、市财政局、人民银):
    // that line read as the units of the requirement before it, the cut name left out.
    const cutLine = this.pending.length >= 2 ? this.pending.at(-1)! : undefined;
    const cutUnits = cutLine && cutLine.no === null && cutLine.line >= lastLine ? splitCutUnitsLine(cutLine.text) : null;
    if (cutLine && cutUnits) {
      this.removeRequirement(cutLine);
      this.newGroup(cutUnits, cutLine.line, 'annotation');
      report.warn('truncated', cutLine.line, `the document stops inside a units line: read as far as it goes (“${cutUnits}”), the cut name “${cutLine.text.slice(cutUnits.length + 1)}” left out — check the original`);
    }
    // A document cut off inside its last units bracket: the bracket as far as it
    // goes, where nothing else (a heading, a cell above) gave the requirement units.
    this.closePending(lastLine);
    let cutAt = this.lastReq;
    const cut = cutAt && (cutAt.group === null || cutAt.group.prose) ? splitCutAnnotation(cutAt.text) : null;
    if (cutAt && cut) {
      // The cut bracket on a line of its own ((各联合党委、经济发展处、…): the units of the requirement before it.
      const all = sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]);
      const before = all[all.indexOf(cutAt) - 1];
      if (!cut.text.trim() && before && before.group === null) {
        this.removeRequirement(cutAt);
        cutAt = before;
      } else if (!cut.text.trim()) {
        this.removeRequirement(cutAt);
        cutAt = undefined;
      } else cutAt.text = cut.text;
    }
    if (cutAt && cut) {
      this.pending = [cutAt];
      this.newGroup(cut.annotation, cutAt.line, 'annotation');
      report.warn('truncated', cutAt.line, `the document stops inside the units bracket of its last requirement: units read as far as it goes (“${cut.annotation}”) — check the original`);
    }
    // A document cut off in its last row: the empty units cell there is the cut,
    // not a cell merged with the one above, so no units are guessed for it.
    const last = this.lastReq;
    if (last && this.inheritedFromAbove.has(last) && !closed(last.text) && last.group) {
      const g = last.group;
      g.requirements.splice(g.requirements.indexOf(last), 1);
      last.group = null;
      report.warn('no-units', last.line, `the document stops in the middle of requirement ${last.no ?? ''} (“…${last.text.slice(-12)}”): its units are not known and the cell above is not applied to it`);
    }
    // A task's closing units bracket run onto its last item ((五)… 1.… 6.…（责任单位：…）), in a plan whose other tasks
    // close with such a bracket on a line of its own over all their items: the bracket is the whole task's.
    const tasks = sections.flatMap((s) => s.tasks);
    const closesTasks = tasks.some((t) => t.requirements.length >= 2 && t.requirements.every((r) => r.no !== null && r.group !== null && r.group === t.requirements[0]!.group));
    for (const t of closesTasks ? tasks : []) {
      const reqs = t.requirements;
      const lastItem = reqs.at(-1);
      const group = lastItem?.group;
      if (reqs.length < 2 || !group || group.requirements.length !== 1 || !reqs.every((r) => r.no !== null) || !reqs.slice(0, -1).every((r) => r.group === null)) continue;
      for (const r of reqs.slice(0, -1)) {
        r.group = group;
        group.requirements.unshift(r);
      }
      report.info('units-inherited', lastItem!.line, `task ${t.no === null ? '' : `(${numberToChinese(t.no)}) `}closes with one units bracket after its last item, as the plan's other tasks do: read as the units of all its ${reqs.length} items`);
    }
    // A task heading that is itself the assignment, with nothing under it ((二)关于“严守耕地保护红线”的问题，
    // 由国土资源部会同农业部等部门负责落实。): its words are its requirement, its units read from them; units that open it
    // as the subject of 要 carry it out ((一)政法综治处要以…, (二)党政办公室、党群工作处要配合…, 君山 2024 禁毒 工作措施).
    for (const t of sections.flatMap((s) => s.tasks).filter((t) => t.requirements.length === 0)) {
      const units = proseUnits(t.title, true);
      if (!units) continue;
      const r: DraftRequirement = { no: null, text: cleanText(t.title), line: t.line, group: null, deadline: null };
      r.group = { raw: units, lines: [t.line], requirements: [r], joined: false, source: 'annotation', prose: true };
      t.requirements.push(r);
      report.info('role-inferred', t.line, `task ${t.no === null ? '' : `(${numberToChinese(t.no)}) `}assigns itself (“${units}”): read as its requirement, units from its own words`);
    }
    // The same for a section heading: a run of 一、区经发局负责…。 二、区财金局负责…。 with nothing under them (a 附件 of each
    // body's duties, 平潭 2016 重点建设项目前期工作): each its own requirement, its units its subject. Only where most of the
    // plan's sections are such duties, so that a plan's empty headings (a cut page, a heading-only row) stay headings.
    const bare = sections.filter((s) => s.tasks.length === 0 && s.requirements.length === 0 && s.title !== untitledSection);
    const duties = bare.map((s) => [s, proseUnits(s.title, true)] as const).filter(([, units]) => units !== null);
    if (duties.length >= 3 && duties.length * 2 >= sections.length) {
      for (const [s, units] of duties) {
        const r: DraftRequirement = { no: null, text: cleanText(s.title), line: s.line, group: null, deadline: null };
        r.group = { raw: units!, lines: [s.line], requirements: [r], joined: false, source: 'annotation', prose: true };
        s.requirements.push(r);
        this.reqSection.set(r, s);
      }
      report.info('role-inferred', duties[0]![0].line, `${duties.length} sections are each one unit's duties with nothing under them: each read as its requirement, units from its own words`);
    }
    // A heading with nothing under it (a page cut after it, a heading-only row):
    // kept out of the plan, which has no empty tasks or sections, and reported.
    for (const s of sections) {
      for (const t of s.tasks.filter((t) => t.requirements.length === 0)) {
        report.warn('heading-empty', t.line, `task ${t.no === null ? '' : `(${numberToChinese(t.no)}) `}“${t.title.slice(0, 30)}” has no requirements under it: left out — check the original`);
      }
      s.tasks = s.tasks.filter((t) => t.requirements.length > 0);
    }
    for (const s of sections.filter((s) => s.tasks.length === 0 && s.requirements.length === 0)) {
      report.warn('heading-empty', s.line, `section ${numberToChinese(s.no)} “${s.title.slice(0, 30)}” has no requirements under it: left out — check the original`);
    }
    // A heading over two paragraphs of no number, the second ending in the units (十、继续开展鼓励农民、大学生购房工作 /
    // 自2023年1月1日至… / 本措施中…不重复享受。（责任部门：…）): one measure in two paragraphs, not a requirement
    // without units and another.
    for (const list of sections.flatMap((s) => [s.requirements, ...s.tasks.map((t) => t.requirements)])) {
      const [first, second] = list;
      if (list.length !== 2 || first!.no !== null || second!.no !== null || first!.group !== null || second!.group?.source !== 'annotation' || second!.group.requirements.length !== 1) continue;
      second!.text = joinBroken(first!.text, second!.text);
      second!.line = first!.line;
      list.shift();
      this.reqSection.delete(first!);
      report.info('text-joined', first!.line, `two paragraphs of no number under one heading, the second ending in the units: read as one requirement`);
    }
    const kept = sections.filter((s) => s.tasks.length > 0 || s.requirements.length > 0);
    // Paragraphs before the first heading that carry no number and no units are
    // the plan's preamble (2017年政务公开工作的总体要求是…), not requirements.
    const first = kept[0];
    if (first && first.title === untitledSection && kept.length > 1 && first.tasks.length === 0 && first.requirements.every((r) => r.no === null && r.group === null)) {
      for (const r of first.requirements) report.info('preamble', r.line, `paragraph before the first heading read as the plan's preamble, not a requirement: “${r.text.slice(0, 30)}…”`);
      kept.shift();
    }
    return { sections: kept, numberingRestarts: this.numberingRestarts, ...(this.standing ? { standing: this.standing } : {}) };
  }
}

/**
 * A units cell read under 逗号前为牵头单位: the names before its first comma lead, the rest are responsible
 * (责任单位:A、B,C、D → 牵头单位：A、B；责任单位：C、D). A cell that states roles itself is left as it is.
 */
function commaLeadUnits(raw: string): string {
  const names = raw.replace(/^[（(]?\s*(?:责任单位|责任部门)\s*[:：]\s*/, '').replace(/[）)]$/, '');
  if (/牵头|配合|协办|参与|负责|[:：]/.test(names)) return raw;
  // (The first comma outside brackets: 各市（含定州、辛集市，下同）政府 is one name.)
  let depth = 0;
  const comma = [...names].findIndex((ch) => {
    if (/[（(〔【﹝]/.test(ch)) depth++;
    else if (/[）)〕】﹞]/.test(ch)) depth = Math.max(0, depth - 1);
    return depth === 0 && /[，,]/.test(ch);
  });
  return comma < 0 ? `牵头单位：${names}` : `牵头单位：${names.slice(0, comma)}；责任单位：${names.slice(comma + 1)}`;
}
