/**
 * What one cell or paragraph of a plan is: a section or task heading, numbered
 * items, a units annotation, a units line, a deadline. Pure functions over
 * text, shared by the grid and the line readers.
 */
import { bracketPairs, deadlineWords, roleLabelPattern, roleVerbAt, splitOutsideBrackets } from '../../model/vocabulary';
import { moreUnitEndings, officeEnding, unitNameEnding, workingGroupEndings } from '../../units/names';
import { squeezeBlanks, asciiDigits, chineseToNumber, joinBroken, tidy } from '../text';

/** A section number in Chinese numerals (一、 十二．), with what follows it. */
export const sectionNumberRe = /^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*/;
const sectionRe = new RegExp(`${sectionNumberRe.source}(\\S[\\s\\S]*)$`);
/** A section number printed in digits (2、), with its title. */
export const arabicSectionRe = /^\s*(\d{1,2})\s*、\s*(\S[\s\S]*)$/;
const taskRe = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*([\s\S]*)$/;

/** Heading text as shown: spacing tidied, the full stop some documents end headings with removed. */
export const headingTitle = (s: string) => tidy(squeezeBlanks(s).replace(/\s*\n\s*/g, '')).replace(/[。.]$/, '');

/** Sentence-final punctuation: text not ending in one was cut by a page break. */
// A closing quote ends a sentence only after a full stop inside it (…工作。”);
// a title such as 大力推进“互联网＋政务服务” goes on. A closing bracket does end
// one: it is most often a units annotation (（市财政局负责）).
export const closed = (s: string) => /(?:[。！？；;.!?）)]|[。！？；;.!?][”』」])$/.test(s.trim());

// (国有企企: 平潭 2022 政务公开 分解表's slip for 国有企业, 各区属国有企企, as printed; its page.txt runs the next heading on.)
const unitWord = new RegExp(String.raw`(局|办|委|室|府|单位|部门|中心|科室|院|会|队|社|所|站|政府|管委会|镇|街|街道|国企|国有企[业企]?|公司|银行|支行|分行|${moreUnitEndings}|(?<=各[\u4e00-\u9fa5（）]{0,6})(?:村|社区|居)|${officeEnding}|${workingGroupEndings}|科|股|牵头|负责|落实|协办|配合|参与|监管|办理|附件\d）?)$`);

/**
 * A paragraph that names units rather than stating a requirement: short, no
 * sentence inside it, ending in a unit or a role verb. Only used where the
 * source has no grid to say which column a cell is in.
 */
export function looksLikeUnits(text: string): boolean {
  const t = text.replace(/\s+/g, '').replace(/[(]/g, '（').replace(/[)]/g, '）');
  if (t.length === 0 || t.length > 160 || /^\d/.test(t)) return false;
  // 常态化落实: a 完成时限 cell that ends in a role word, not units.
  if (bareDeadline.test(t)) return false;
  if (/。./.test(t) && !/^[^。]*(单位|政府|部门)。/.test(t)) return false;
  // 财政所、便民综合服务中心、土管所等: the 等 (等单位, 等部门) closing a list is not part of the last name;
  // 各乡镇人民政府（街道办事处）: a last name's own bracket neither.
  const u = t.replace(/[。；，]$/, '').replace(/(?<=[、，,].{2,30})等$/, '').replace(/(?<=\S{2})（[^（）]{1,12}）$/, '');
  // 省财政厅, 平潭综合实验区, 各设区市: a province's departments and places that act as units.
  if (!unitWord.test(u) && !/(?:厅|实验区|开发区|新区|管理区|设区市)$/.test(u)) return false;
  // …组织召开新闻发布会: a meeting is held, not a unit named (委员会, 工商联合会 are units).
  if (/(?:发布|座谈|听证|培训|推进|现场|交流|研讨|见面|恳谈|调度|说明|通报|动员|部署|例|年|总结|评审|论证|专题)会$/.test(u)) return false;
  // 在本片区范围内，选取一处闲置公房，…提供办公场所: a sentence that opens with how or where, not a name; and one that
  // ends in a word that only ends like a name (…的全员大招商格局, 合理布局).
  if (/^(?:在|对|为|按照|根据|通过|围绕|结合|把|将|采取|加强|推进|建立|完善|开展|实施|做好|进一步)/.test(u) || /(?:格局|布局|大局|全局|开局|结局)$/.test(u)) return false;
  // 区财政金融局负责做好社会救助有关资金预算、下拨，…的落实: a unit and the duty it carries out, a sentence.
  if (/负责[\u4e00-\u9fa5]{6,}/.test(u)) return false;
  // Ending in a role verb (…落实, …负责), the words before it name who does it (公安、农业农机负责), not
  // how (确保党的路线方针政策在基层有效贯彻落实, a sentence's last line in a PDF's text).
  // 区、县（市）级卫生行政部门根据本行政区域内…工作需要，组建…专家咨询委员会 (沈阳 2007 预案): a sentence whose last words
  // happen to name a body; a list's clauses each end in a name or a role word, not in 需要.
  // (A clause may close with its role: …经济发展局组织实施，公安部门配合.)
  if (u.split(/[，；]/).slice(0, -1).some((c) => c.length >= 12 && !unitWord.test(c.replace(/等$/, '')) && !/(?:厅|实验区|开发区|新区|管理区|设区市)$/.test(c) && !roleVerbAt(c) && !/实施$/.test(c))) return false;
  const verb = roleVerbAt(u);
  if (!verb || unitNameEnding.test(u)) return true;
  return !/(?:贯彻|执行|推进|实施|完成|做好|抓好|督促|确保|有效|切实|全面|认真|到位|工作|进一步)$/.test(u.slice(0, verb.index));
}

export interface Heading {
  level: 'section' | 'task';
  no: number;
  title: string;
  arabic: boolean;
}

export function parseHeading(text: string, allowArabic: boolean, nextSection: number): Heading | undefined {
  const t = asciiDigits(text.trim());
  let m = taskRe.exec(t);
  if (m) {
    const no = chineseToNumber(m[1]!);
    if (no !== undefined) return { level: 'task', no, title: headingTitle(m[2]!), arabic: false };
  }
  m = sectionRe.exec(t);
  if (m) {
    const no = chineseToNumber(m[1]!);
    if (no !== undefined) return { level: 'section', no, title: headingTitle(m[2]!), arabic: false };
  }
  m = arabicSectionRe.exec(t);
  if (m && allowArabic) {
    const no = Number(m[1]);
    const title = headingTitle(m[2]!);
    // 11、 is a section number only where a section is due and the rest reads as a title.
    // …监督检查（牵头单位：用地科）: a title with its units bracket is an item 2、, not a section.
    if ((no === nextSection || no === nextSection - 1) && title.length <= 60 && !/。./.test(title) && splitAnnotation(title).annotation === null) {
      return { level: 'section', no, title, arabic: true };
    }
  }
  return undefined;
}

/** Start of a numbered item: 1. 1、 1） （1） ①. */
// (1．2021年6月底前…: an item whose text opens with a year, not a decimal.)
export const itemStart = /^\s*(?:[（(]\s?\d{1,3}\s?[)）]|\d{1,3}\s?[.、．)）](?!\d(?!\d{3}年))|[①-⑳])/;

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * Splits a requirements cell into numbered items. A number only starts an
 * item where the sequence expects it (the next number, or 1 after a heading),
 * so figures inside the text (12345热线, 第6版, 1次) never split a sentence.
 */
export function splitItems(text: string, expected: number, restartAllowed: boolean): Array<{ no: number | null; text: string }> {
  const t = asciiDigits(squeezeBlanks(text));
  // After a sentence, a line break, or the colon that introduces a list (全面组织排查整治:1.船舶不适航。2.…).
  // (（一） （二） too, where each opens a paragraph of the cell: a form's 工作任务 cell of items under a bold lead-in.)
  const re = /(^|\n|[\s。；;！？:：])(?:[（(]\s{0,2}(\d{1,3})\s{0,2}[)）]|(\d{1,3})\s{0,2}[.、)）](?!\d(?!\d{3}年))|([①-⑳])|(?<=^|\n)[（(]([一二三四五六七八九十]{1,2})[)）])\s{0,3}/g;
  const starts: Array<{ at: number; bodyAt: number; no: number }> = [];
  let next = expected;
  let restart = restartAllowed;
  // The items of one text are numbered in one style: after 1.推动…改革。 a （2） is the item's second point, not item 2
  // (1.…。（1）建立…（2）全面实施…（5）继续…, then 2.不断完善…, 平潭 2015 公立医院改革).
  let style: string | undefined;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const at = m.index + m[1]!.length;
    const no = m[4] ? circled.indexOf(m[4]) + 1 : m[5] ? (chineseToNumber(m[5]) ?? 0) : Number(m[2] ?? m[3]);
    const mStyle = m[2] ? 'bracket' : m[3] ? 'plain' : m[4] ? 'circled' : 'chinese';
    if (style !== undefined && mStyle !== style) continue;
    const lineStart = at === 0 || m[1] === '\n';
    // After a colon only a list's first item, with its second after it (…整治:1.船舶不适航。2.船员不适任。),
    // In a field of the item's (整治内容：…), not in a unit's duties (区交通与建设局：负责：1、…).
    if (/[:：]/.test(m[1]!) && !(no === 1 && /^[\u4e00-\u9fa5]{2,6}(?:内容|措施|任务|要求)[:：]/.test(t) && /[。；;！？]\s{0,2}2\s{0,2}[.、)）]/.test(t.slice(m.index)))) continue;
    const ok = no === next || (restart && no === 1) || (lineStart && no > next && no <= next + 5) || (lineStart && no === next - 1);
    if (!ok) continue;
    starts.push({ at, bodyAt: m.index + m[0].length, no });
    style = mStyle;
    next = no + 1;
    restart = false;
  }
  const items: Array<{ no: number | null; text: string }> = [];
  const lead = t.slice(0, starts[0]?.at ?? t.length).trim();
  if (lead) items.push({ no: null, text: lead });
  starts.forEach((s, i) => items.push({ no: s.no, text: t.slice(s.bodyAt, starts[i + 1]?.at ?? t.length).trim() }));
  return items;
}


/** A units cell's paragraphs: one unit per line (省财政厅 / 省国税局) is a list; a name broken over two lines is one name. */
export const joinUnitLines = (s: string) =>
  s
    .split('\n')
    .reduce((a, b) => (unitNameEnding.test(a.trim()) && b.trim() && !/^[，、；。）)]/.test(b.trim()) ? `${a.trim()}、${b.trim()}` : joinBroken(a, b)), '')
    .trim();

export const cleanText = (s: string) => tidy(squeezeBlanks(s).replace(/\s*\n\s*/g, ''));

// The bracket pairs of the vocabulary (src/lib/model/vocabulary.ts), as strings to test characters against.
export const openers = bracketPairs.map(([open]) => open).join('');
export const closers = bracketPairs.map(([, close]) => close).join('');

/** Units labels (牵头单位：) and deadline labels (完成时限：) as written in list annotations and composed cells. */
// The role labels of the vocabulary (牵头单位, 配合单位 …), with the colon written either way and a space before it.
export const unitLabel = new RegExp(`${roleLabelPattern.source.replace(/：$/, '')}\\s?[:：]`);
/** A units label at the start of a line, after at most a few characters (（牵头单位：…). */
const labelLineStart = new RegExp(`^[^。]{0,4}${unitLabel.source}`);
const labelWithoutColon = new RegExp(`^${roleLabelPattern.source.replace(/：$/, '')}(?=[\\u4e00-\\u9fa5])`);
export const deadlineLabel = new RegExp(`^${deadlineWords}\\s?[:：]\\s?`);
/** A cell holding only a 序号 (12, 12.), the number captured. */
export const bareNumber = /^(\d{1,3})[.、．]?$/;

/**
 * Separates a 完成时限 part from a units text: 牵头单位：X；完成时限：2022年底前
 * gives units 牵头单位：X and deadline 2022年底前.
 */
export function splitDeadline(raw: string): { units: string; deadline: string | null } {
  // …;责任单位:C、D,完成时限:长期坚持: a comma before a deadline label ends the units as a semicolon would.
  // …配合单位：市司法局 完成时限：长期: so does a space; and nothing, a text run together (实施单位：区交通集团完成时限：…).
  const parts = splitOutsideBrackets(raw.replace(new RegExp(`(?:[，,]\\s*|\\s+|(?<=[\\u4e00-\\u9fa5）)])(?=(?:完成时限|时限要求|完成时间)[:：]))(?=${deadlineWords}\\s?[:：])`, 'g'), '；'), /[；;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  // …；2024年底前完成, …，长期坚持, …，2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升:
  // the last clauses, when they are dates or deadline words, are the deadline, unlabelled.
  const last = parts.at(-1);
  if (last && !deadlineLabel.test(last)) {
    const clauses = splitOutsideBrackets(last, /[，,]/).map((c) => c.trim());
    let cut = clauses.length;
    while (cut > 0 && isDeadlineClause(clauses[cut - 1]!.replace(/[。.]$/, ''))) cut--;
    // Something must be left of the units: a whole part that is a deadline stays only when another part names units.
    if (cut < clauses.length && (cut > 0 || parts.length > 1)) parts.splice(-1, 1, ...(cut > 0 ? [clauses.slice(0, cut).join('，')] : []), `完成时限：${clauses.slice(cut).join('，')}`);
  }
  const deadline = parts.filter((p) => deadlineLabel.test(p)).map((p) => p.replace(deadlineLabel, '').trim());
  const units = parts.filter((p) => !deadlineLabel.test(p));
  if (deadline.length === 0) return { units: raw.trim(), deadline: null };
  return { units: units.join('；'), deadline: deadline.join('；').replace(/[。.]$/, '') || null };
}


/**
 * A note after the units on who does one part of the task (…等部门配合。其中：“危病桥改造工程”由区交通与
 * 建设局牵头组织实施): the units of the whole come before it, and the part's unit is among them, so the
 * note is left out of the units.
 */
const partNote = /[。；;]\s*其中[:：][^（）()]*$/;

/** True when a text names units or a deadline rather than stating a requirement. */
function isUnitsAnnotation(raw: string): boolean {
  // …按照职责分工负责。列第一位者为牵头单位,下同: the convention note is not part of the units, nor is a
  // standing note (…负责,各项政策措施均需各市政府落实,以下不再列出), which names units too.
  const content = splitStandingNote(withoutLeadNotes(raw)).units.replace(/[。；;，,\s]+$/, '');
  if (!content.trim() || content.trim().length > 200) return false;
  if (unitLabel.test(content) || deadlineLabel.test(content.trim())) return true;
  // A deadline after the units (…负责；2024年底前完成) does not make them a sentence.
  const t = splitDeadline(content).units;
  if (!t) return false;
  const verb = roleVerbAt(t);
  if (verb && looksLikeUnits(`${t.slice(0, verb.index)}负责`)) return true;
  return isBareUnitList(t);
}

/**
 * A bracket holding only unit names (各县、区政府，市各有关部门): every part
 * ends like a unit or is a collective (各…). Not an explanation of a term
 * (以下简称市场监管局, 含市直各单位).
 */
function isBareUnitList(t: string): boolean {
  if (t.length > 120 || /^(以下简称|简称|含|包括|下同|见|如|即|指|其中|试行|暂行|第)/.test(t) || /[。：:]/.test(t)) return false;
  const parts = t.split(/[，,；;、]/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => p.length <= 24 && (/^各/.test(p) || unitNameEnding.test(p)));
}

/**
 * Splits the units annotation off the end of a list item:
 * …公开到位。（牵头单位：市政府办公室；责任单位：各镇（街）） or …〔市财政局负责〕.
 * Scans brackets from the end (no regex backtracking on long items).
 */
export function splitAnnotation(text: string): { text: string; annotation: string | null } {
  const t = text.replace(/[\s。.；;]+$/, '');
  const last = t.at(-1);
  if (!last || !closers.includes(last)) return { text, annotation: null };
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const ch = t[i]!;
    if (closers.includes(ch)) depth++;
    else if (openers.includes(ch)) {
      depth--;
      if (depth === 0) {
        const content = t.slice(i + 1, -1).replace(partNote, '');
        if (!isUnitsAnnotation(content)) return { text, annotation: null };
        // 通报给社会事业局（教育处）: a name's own bracket (its office, its other name), not the item's units.
        if (unitNameEnding.test(t.slice(0, i)) && content.length <= 10 && !/[，,；;、]/.test(content) && !roleVerbAt(content) && !unitLabel.test(content)) return { text, annotation: null };
        // …（责任单位：市政府办公室）（完成时限：2023年12月底前）: the deadline's own bracket after the units' one.
        if (deadlineLabel.test(content.trim())) {
          const before = splitAnnotation(t.slice(0, i));
          if (before.annotation) return { text: before.text, annotation: `${before.annotation}；${content.trim()}` };
        }
        return { text: t.slice(0, i).trim(), annotation: content.trim() };
      }
    }
  }
  return { text, annotation: null };
}

/**
 * The units brackets inside a paragraph, before its end: 优化…体制机制。…（生态环境部牵头，…参与）完善…（…指导）…, a
 * 国务院 试点方案 closing each group of sentences with the units of that group (国务院办公厅 2018 无废城市). Their
 * contents in printed order; none where a bracket is not a units one.
 */
export function unitsBracketsInside(text: string): string[] {
  const t = text.replace(/[\s。.；;]+$/, '');
  // (After a sentence's end only, and not the last: 通报给社会事业局（教育处） is a name's own bracket, the closing one the caller's.)
  return [...outerBrackets(t)]
    .filter(([open, close]) => close < t.length - 1 && /[。；;]/.test(t[open - 1] ?? ''))
    .map(([open, close]) => t.slice(open + 1, close).replace(partNote, ''))
    .filter((content) => isUnitsAnnotation(content) && roleVerbAt(content.replace(/[。；;，,\s]+$/, '')) !== null)
    .map((content) => content.trim());
}

/** Where each outermost bracket of a text opens and closes, in order (the brackets of the vocabulary; one left open is not one). */
function* outerBrackets(text: string): Generator<[number, number]> {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (openers.includes(ch)) {
      if (depth === 0) open = i;
      depth++;
    } else if (closers.includes(ch) && depth > 0) {
      depth--;
      if (depth === 0) yield [open, i];
    }
  }
}

/** A clause of a deadline: a deadline cell's words, or a date that opens a stage (2018年4月至2019年10月深化提升). */
function isDeadlineClause(text: string): boolean {
  return looksLikeDeadline(text) || (/^(?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月(?:底|份|中旬|上旬|下旬)?)(?:底|前|起|至|以前|开始)/.test(text) && text.length <= 40 && !looksLikeUnits(text));
}

/** A deadline cell: 年底前, 2023年6月底前, 持续推进, 长期坚持, 每季度. */
export function looksLikeDeadline(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length > 24 || /[。；]./.test(t)) return false;
  // A month alone (3月, 2016年12月) is a date in a 完成时限 cell (平潭 2016 生态环境保护 分工表).
  if (/^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?$/.test(t)) return true;
  return /^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|前|中旬|上旬|下旬)?(?:年底前|年内|底前|前|以前|全年|上半年|下半年|第[一二三四]季度|长期|持续|常态|每[年季月周]|按[要时]|及时|定期|适时|根据|随时|动态|日常|阶段性)/.test(t) && !looksLikeUnits(t);
}

/** How a 完成时限 cell is written when it is a date or a span and nothing else: 3月, 12月底前, 2016年6月30日, 全年, 持续推进. */
// (A span of months too, 4-12月, as a work calendar's 时间 column writes it; a recurring or running one, 每年, 常态化落实, 序时推进,
// as 苏平 2024 消防 治本攻坚's 完成时限 cells.)
export const deadlineSpans = String.raw`(?:\d{4}年)?\d{1,2}(?:[-—–~至]\d{1,2})?月(?:\d{1,2}日)?(?:底|中旬|上旬|下旬)?(?:前|以前)?|年底前?|年内|全年|长期(?:坚持)?|持续(?:推进)?|常态化(?:推进|落实)?|每(?:年|季度|月)|序时推进`;
/** A deadline and nothing else. */
export const bareDeadline = new RegExp(`^(?:${deadlineSpans})$`);
/** A deadline ending a text it runs on from (…落实情况12月, then the units glued after it). */
export const deadlineAtEnd = new RegExp(`(?:${deadlineSpans})$`);
/** A deadline the row's text runs on from (a work calendar's 时间 cell before its 重点内容: 4-12月全区…, 全年安全生产…). */
export const deadlineAtStart = new RegExp(`^(?:${deadlineSpans})`);

/** A short title of a group of requirements (a 工作任务 cell): no sentence, not units. */
export function isGroupTitle(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 40 && !/[。；]./.test(t) && !looksLikeUnits(t) && !looksLikeDeadline(t);
}

/** A heading that goes on after its title: a sentence, or a units bracket inside. */
export function isProse(text: string): boolean {
  const t = text.trim();
  return /[。；]\s*\S/.test(t.replace(/[（(〔【][^）)〕】]*[）)〕】][。；]?\s*$/, '')) || splitProse(t).length > 1;
}

/** The title of a heading written as a paragraph: its first sentence. */
export function firstSentence(text: string): string {
  const m = /^[^。；]*/.exec(text.trim())![0];
  return splitAnnotation(m).text.replace(/[。；.]$/, '').trim() || text.trim();
}

/**
 * Splits a paragraph at its units brackets: 文本（牵头单位：A）文本（B负责）文本
 * gives three pieces, the first two with their units. Each bracket closes the
 * sentences before it, as documents that list several measures in one
 * paragraph write them.
 */
export function splitProse(text: string): Array<{ text: string; annotation: string | null }> {
  const out: Array<{ text: string; annotation: string | null }> = [];
  let from = 0;
  for (const [open, i] of outerBrackets(text)) {
    const content = text.slice(open + 1, i);
    // A units bracket closes a sentence (…检查。（驻局纪检组牵头落实）); 对各处室（单位）落实… is inside one.
    const closesSentence = i + 1 >= text.length || /[\s。；;.，,]/.test(text[i + 1]!) || /[。；;.]/.test(text[open - 1] ?? '');
    // 各处室（中心），东庠办事处…需指定专人…: a bracket of bare names right after a unit's name is its other name.
    const alias = unitNameEnding.test(text.slice(Math.max(from, open - 8), open)) && !roleVerbAt(content) && !unitLabel.test(content);
    if (closesSentence && !alias && isUnitsAnnotation(content)) {
      const piece = text.slice(from, open).trim();
      if (piece) out.push({ text: piece, annotation: content.trim() });
      else if (out.length > 0) out.at(-1)!.annotation = `${out.at(-1)!.annotation}；${content.trim()}`;
      from = i + 1;
      while (from < text.length && /[\s。；;.，]/.test(text[from]!)) from++;
    }
  }
  const rest = text.slice(from).trim();
  if (rest) out.push({ text: rest, annotation: null });
  return out;
}

/** 首位单位为牵头单位 / 排在第一位的为牵头单位, with its brackets and 下同. */
// (第一责任单位为牵头单位 too.)
/** 逗号前为牵头单位，多个牵头单位的按职责分别牵头，下同 (自贡 2022): the names before a cell's first comma lead. */
export const commaLeadNote = /[。；;，,]?\s*(?:逗号|，)前(?:的)?(?:单位)?(?:为|是)牵头(?:单位|部门)[^。；;）)]*/;

/** …，其余为（主要）配合单位 after a first-lead note: the other units of a cell assist (…，其他为协助配合单位，下同, 河北 2018 全科医生). */
export const othersAssistNote = /[，,]?(?:其余|其他|其它)(?:的|单位|部门)?(?:为|是)(?:主要)?(?:协助)?(?:配合|协办|参与|协助)(?:单位|部门)(?:[，,]?下同)?/;
/** A units cell without its convention notes (…负责，排在第一位的为牵头单位，其他为协助配合单位，下同): the names and roles alone. */
export const withoutLeadNotes = (cell: string): string => cell.replace(firstLeadNote, '').replace(othersAssistNote, '');
// (列第一位的责任单位为牵头单位或汇总单位, 杭州 2020 政府工作报告 责任分解; 列第一位者为牵头或汇总单位, 桐乡 2020; 排在首位的,
// 排名第一的, 位列第一的.)
export const firstLeadNote = /[（(]?(?:(?:排|列)?在?首位(?:的|者)?|(?:排|列)?在?第[一1]位(?:的|者)?|(?:排名|位列)第[一1]位?(?:的|者)?|第一个|第一(?=责任单位|单位))(?:责任)?(?:单位|部门)?(?:为|是)牵头(?:或汇总)?(?:单位|部门)(?:或汇总(?:单位|部门))?[，,]?(?:下同)?[）)]?/;

/**
 * Units written inline after an item's text, behind a label: …收入倍差进一步缩小。
 * 责任单位：县发改局、县财政局. The label must follow a sentence end, so a
 * requirement that mentions 责任单位 in passing is left whole.
 */
export function splitInlineUnits(text: string): { text: string; annotation: string } | null {
  // 【市政府办公室】严格落实…: the units in a lenticular bracket before the text.
  const lead = /^\s*【([^【】]{2,80})】\s*(\S[\s\S]*)$/.exec(text);
  if (lead && looksLikeUnits(lead[1]!) && !unitLabel.test(lead[1]!)) return { text: lead[2]!.trim(), annotation: lead[1]!.trim() };
  // 严格落实…。——市政府办公室: the units after a dash at the end.
  const dash = /(?<=[。；;！？）)])\s*(?:——|－－|--|—)\s*([^—－。]{2,120}?)[。]?\s*$/.exec(text);
  if (dash && looksLikeUnits(dash[1]!)) return { text: text.slice(0, dash.index).trim(), annotation: dash[1]!.trim() };
  // (Or after a comma, the units and the item's other fields ending the line: 1.中原安置小区（五组团）1052套，责任单位：平潭综合实验区
  // 国有资产投资发展有限公司，所属片区：岚城片区开发管理局；, 平潭 2016 安居工程.)
  const m = new RegExp(`(?<=[。；;！？]\\s{0,3}|[\u4e00-\u9fa5\\d）)][，,])(${unitLabel.source}[^。]{2,200})[。；]?\\s*$`).exec(text);
  if (!m) return null;
  // Not inside a bracket: （牵头单位：…；责任单位：…） is splitAnnotation's.
  const before = text.slice(0, m.index);
  const depth = [...before].reduce((d, ch) => d + (openers.includes(ch) ? 1 : closers.includes(ch) ? -1 : 0), 0);
  if (depth !== 0) return null;
  // (A field after the units that names no role nor deadline, 所属片区：岚城片区开发管理局, is not part of them.)
  const units = m[1]!.replace(/[，,；;]\s*([\u4e00-\u9fa5]{2,6})[：:].*$/, (field, label: string) => (unitLabel.test(`${label}：`) || deadlineLabel.test(`${label}：`) ? field : ''));
  return { text: before.trim().replace(/[，,]$/, ''), annotation: units.trim() };
}

/** A working group's label over its duties (工作职责：, 主要职责：, 职责：). */
// (A check group's 检查内容： too: …成 员：区交通与建设局（联络单位，…）、…等单位各2人。检查内容：1.…, 平潭 2019 五一 旅游专项检查.)
export const dutiesLabel = /(?:(?:主要)?(?:工作)?职责|检查内容)\s?[：:]/;

/**
 * A working group's members named as units, then its duties (（一）综合协调组组 长：贾尉斌成 员：社会事业处、党政办公室工作职责：…,
 * 金井 2021 疫情 指挥部): the names between the label and the duties' label, or null. A 成员： list of persons (林 勇 坛西联合党委
 * 书记…), or one not followed by the group's duties (a leading group's members), names nobody a requirement is given to.
 */
export function groupMemberUnits(text: string): { at: number; names: string } | null {
  const m = new RegExp(`成\\s?员(?:单位)?\\s?[：:]([^：:。；]{2,160}?)。?${dutiesLabel.source}`).exec(text);
  if (!m) return null;
  // The member that organises the group's work marked as its 联络单位, with its contact person and number (区交通与建设局（联络单位，
  // 毛琳，18149561182）): the lead; how many people each sends (等单位各2人) is no name.
  const names = m[1]!.replace(/等单位各(?:派)?\d{1,2}人$/, '');
  const contact = /[（(]联络单位[，,、][^（）()]{0,40}[)）]/g;
  const listed = splitOutsideBrackets(names, '、');
  const leads = listed.filter((n) => contact.test(n) && !(contact.lastIndex = 0));
  const plain = names.replace(contact, '');
  // (A bracket of the places a collective name covers, 各景区属地乡镇（流水镇、苏澳镇…）, is the name's note.)
  const bare = plain.replace(/（[^（）]{2,40}）/g, '');
  if (!looksLikeUnits(bare) || !unitNameEnding.test(bare.split('、')[0]!)) return null;
  if (leads.length === 0) return { at: m.index, names: plain };
  const rest = listed.filter((n) => !leads.includes(n));
  return { at: m.index, names: `牵头单位：${leads.map((n) => n.replace(contact, '')).join('、')}${rest.length ? `；责任单位：${rest.join('、')}` : ''}` };
}

/**
 * A line of a working group's members named as units (成 员：社会事业处、党政办公室, its duties' label cut off onto the next line or
 * still after it): the names, or null for a line of persons.
 */
export function groupMembersLine(text: string): string | null {
  const t = text.trim();
  if (!/^成\s?员(?:单位)?\s?[：:]/.test(t)) return null;
  return groupMemberUnits(dutiesLabel.test(t) ? t : `${t}工作职责：`)?.names ?? null;
}

/** A paragraph that is only units or a deadline: 责任单位：市财政局, （牵头单位：…）, 〔…负责〕. */
export function unitsLine(text: string): string | null {
  const t = text.trim();
  // A working group's members (成 员：社会事业处、党政办公室工作职责：): they carry out the group's duties.
  const members = groupMembersLine(t);
  if (members) return unitLabel.test(members) ? members : `责任单位：${members}`;
  const labelled = labelLineStart.exec(t);
  if (unitLabel.test(t.slice(0, 12)) && labelled) {
    // （牵头单位：县财政局） on a line of its own: the brackets are not part of the units.
    if (openers.includes(t[0] ?? '') && closers.includes(t.at(-1) ?? '')) return t.slice(1, -1).trim();
    // 责任分工： over sentences of who does what (区规划局负责开展规划编制工作，所在乡镇人民政府组织实施，区直有关责任部门配合…):
    // each clause's units with the role its verb gives.
    const division = /^[^。]{0,4}(?:责任|职责|任务|工作)分工\s*[:：]\s*/.exec(t);
    const duties = division ? dutyLine(t.slice(division[0].length)) : null;
    if (duties) return duties;
    // The names run into the plan's next sentence, whose subject is a collective (责任处室：建工处各业务处室要汲取近期典型事故
    // 教训，结合…, 平潭 2023 岁末年初 整治): they end before it.
    const label = labelled[0].length;
    // The group's next field glued to the names (主要责任单位：党政办公室、财政经管办主要工作职责：, 金井 2023 创城): they end there.
    const field = /(?<=[\u4e00-\u9fa5）)。；])(?:主要)?(?:工作)?职责\s*[：:]/.exec(t.slice(label));
    if (field) return t.slice(0, label + field.index);
    // The names closed by a full stop, then the plan's next sentence (责任部门:交通与建设处，辖区市场监督管理局分局按职责分工负责。
    // 除以上八个重点行业领域的责任部门外，其他…也要…, 金井 2021 控事故保安全): they end at the full stop.
    const stop = t.indexOf('。', label);
    if (stop > label && /^除[^，。]{2,30}外，/.test(t.slice(stop + 1))) return t.slice(0, stop + 1);
    const sentence = /(?<=[\u4e00-\u9fa5）)])各[\u4e00-\u9fa5（）()]{1,12}?(?:要|应|须|务必|必须|均要|都要)(?=[\u4e00-\u9fa5])/.exec(t.slice(label));
    return sentence && sentence.index >= 2 && /[，。；]/.test(t.slice(label + sentence.index)) ? t.slice(0, label + sentence.index) : t;
  }
  if (deadlineLabel.test(t)) return t;
  // 责任单位区财政金融局、各有关单位: the label's colon lost, the names straight after it.
  const bare = labelWithoutColon.exec(t);
  if (bare && bare[1]!.length >= 4 && !/^(?:要|应|须|需|按|在|对|将|把|负责|牵头|配合|积极|切实|认真|务必|必须|和|及|与|等)/.test(t.slice(bare[0].length)) && looksLikeUnits(t.slice(bare[0].length))) return `${bare[1]}：${t.slice(bare[0].length)}`;
  if (openers.includes(t[0] ?? '') && closers.includes(t.at(-1) ?? '')) {
    const { text: before, annotation } = splitAnnotation(t);
    if (annotation && !before) return annotation;
  }
  return null;
}


/** Brackets closed in order and none left open: 各县（市、区）人民政府, not （省政务局. */
function balanced(name: string): boolean {
  let depth = 0;
  for (const ch of name) {
    if (openers.includes(ch)) depth++;
    else if (closers.includes(ch) && --depth < 0) return false;
  }
  return depth === 0;
}

/** The longest start of a text that is a list of unit names (区财政金融局 of 区财政金融局研究制定…), or null. */
function leadingUnitNames(text: string): string | null {
  for (let end = Math.min(text.length, 60); end >= 2; end--) {
    const names = text.slice(0, end).replace(/等(?:有关|相关)?(?:部门|单位)$/, '');
    if (proseUnitList(names)) return names;
  }
  return null;
}

/** Role verbs that may follow the units a sentence names: X牵头, Y负责, Z等部门配合. */
const proseRoleVerb = /^(牵头|负责|主办|配合|协助|协办|参与)/;
/** The longest run of unit names that ends `text` and opens with a level (区, 市, 县, 省) or 各, or null. */
function namesEnding(text: string): string | null {
  for (let at = 1; at <= text.length - 3; at++) {
    // (Its first name short enough to be one: not 区主干道交通指示标志区交通与建设局, the title's words and the name;
    // a bracket after the name does not count: 属地职责各片区管理局（乡镇、街道办事处）, not 区管理局（乡镇、街道办事处）.)
    const first = splitOutsideBrackets(text.slice(at), /[、及]/)[0]!.replace(/[（(][^（）()]*[）)]$/, '');
    if (/[区市县省各]/.test(text[at]!) && first.length <= 14 && proseUnitList(text.slice(at))) return text.slice(at);
  }
  return null;
}

/** One unit name in running text: ends like a unit, no punctuation inside, not a pronoun-like word. */
const proseUnitName = (name: string) =>
  // 成员单位, 责任单位: a kind of unit named by its part, nobody in particular.
  !/^(?:成员|责任|牵头|配合|参与|协办|主办)(?:单位|部门)$/.test(name) && !name.includes('职责') &&
  name.length >= 2 && name.length <= 36 && (unitNameEnding.test(name.replace(/[（(][^（）()]{1,16}[）)]$/, '')) || /部门?$/.test(name) ||
    // (A development zone acts through its committee: 由高新区负责为入园企业提供…, 湘阴 2019 营商环境.)
    /(?:高新区|开发区|经开区|新区|工业园区|产业园区)$/.test(name) || /^各(?:相关|有关)?[\u4e00-\u9fa5]{0,4}?(?:行政村|村居|村|社区|网格)(?:[（(][^（）()]{1,6}[）)])?$/.test(name) ||
    // (The schools an education plan gives its work to: 各学校, 各校, 各中小学, 辖区学校 — 君山 2021 控辍保学.)
    /^(?:各|辖区|全区|区属|片区)?(?:各)?(?:中小学|学校|校|幼儿园)$/.test(name)) && !/[，。；：:“”《》]/.test(name) && balanced(name) &&
  // (A verb inside is a sentence's, not a name's: 区财政金融局确保整治工作所需经费 is no 所; nor 施工准备阶段要求施工单位, 区交通与建设局将
  // 结合…管线产权单位, 平潭 2017 管线 第三方施工.)
  !/确保|做好|开展|加强|督促|指导|承担|通报|保持在|控制在|结合|要求|阶段|将(?!乐)/.test(name) && (/^其[他它](?:相关|有关)?(?:部门|单位|处室|科室)(?:[（(][^（）()]{1,6}[）)])?$/.test(name) || !/^(\d|对|在|把|将|从|向|各级|有关|相关|本|该|其|上级|所在|其他|配合|协助|协同|参与|会同|督促|指导|负责|牵头|按照|根据|通过|围绕|结合|采取|加强|推进|建立|完善|开展|实施|做好|进一步|积极|全力|坚持|切实|强化|加大|严格|加快|深化|优化|规范|健全|整治|查处|排查|着力|大力|严厉|全面|严查|支持|鼓励|引导|动员|组建|成立|设立)/.test(name));

/** A list of unit names in running text (区教育局、区卫健局): every name one unit. */
// (After the first, a bare 村（居）, 社区, 行政村 shares the list's 各: 各包村（居）工作队、村（居）, 海坛 2021 春运; 各处室（中心）、办事处及
// 行政村, 君山 2021 控辍保学.)
const proseUnitList = (names: string) => splitOutsideBrackets(names, /[、及]/).every((n, k) => proseUnitName(n.trim()) || (k > 0 && /^各/.test(names) && /^(?:村(?:[（(]居[）)])?|村居|社区|行政村)$/.test(n.trim())));

/**
 * Under a 责任分工 heading a unit that opens an item is who carries it out (区社会事业局要重点部署…, 电力部门要联合…,
 * 各片区开发管理局重点抓好…: 平潭 2016 夏季消防检查): the names before the first such word. Also where the item is a
 * task's own paragraph, units opening it as the subject of 要 or 负责 (dutySubjects in proseUnits).
 */
export function subjectUnits(opening: string): string | null {
  // (After the task's title where a space parts it from its paragraph: （二）强化隐患路段排查 区交通与建设局要组织…, page.txt;
  // or its full stop: （一）加强渔船消防安全治理。各包村（居）工作队、各村（居）要组织…, 海坛 2020 渔船渔港.)
  // (Not where the paragraph itself opens with its subject: 各片区管理局要严格落实…。会同公安部门…, its first sentence no title.)
  const subjectAt = /^([^\s，。；,;：:]{2,40}?)(?=要|应当|须|必须|需|务必|重点|切实|认真|积极|全面|负责|牵头)/;
  const spaced = /^[^\s。；，,：:]{2,30}\s+(?=\S)/.exec(opening);
  const stopped = /^[^\s。；，,：:]{2,30}。\s*(?=\S)/.exec(opening);
  const titled = spaced ?? (stopped && !subjectAt.test(opening) ? stopped : null);
  const dutySubject = subjectAt.exec(titled ? opening.slice(titled[0].length) : opening);
  // (A task's title glued before the subject, its page's space lost: 强化隐患路段排查区交通与建设局要组织…: the names that end it.)
  if (dutySubject) return proseUnitList(dutySubject[1]!) ? dutySubject[1]! : namesEnding(dutySubject[1]!);
  // (A long list of departments, closed by 等其他行业部门 before what they do: 市发展改革委、国资委、…、检察院等其他行业部门根据…要求，
  // 负责督促…, 沈阳 2024 房屋安全.)
  const listed = /^([^\s，。；,;：:]{6,400}?)等(?:其他|其它|有关|相关)?[\u4e00-\u9fa5]{0,6}(?:部门|单位)/.exec(titled ? opening.slice(titled[0].length) : opening);
  return listed && listed[1]!.includes('、') && proseUnitList(listed[1]!) ? listed[1]! : null;
}

/**
 * Units named in a requirement's own sentences, where it has no units cell,
 * bracket or line: 由区环境与国土资源局牵头，区党群工作部、区经济发展局等部门配合，…;
 * 由X负责，会同Y，…; 区交通与建设局负责打击…. Returns those clauses as a units
 * text the units reader understands (X牵头，Y、Z配合), or null when the text names none.
 */
export function proseUnits(text: string, dutySection = false, dutySubjects = dutySection): string | null {
  const found: string[] = [];
  let body = text;
  // 区交通与建设局：负责…；负责…: a paragraph of duties that starts with its unit (a 工作职责 list).
  // 市政府办公室：严格落实…: any duty after a unit's name and a colon, when the text goes on as a sentence.
  // (Its duties may be numbered: 各行政村：①全面落实村级防火责任；②…, 苏平 2021 森林防火.)
  const dutyAt = /^\s*([^：:，。；]{2,60})[：:]\s*(?=负责|会同|牵头|配合|协助|协调|参与|做好|抓好|加强|组织|[①-⑳]|[\u4e00-\u9fa5]{2}[^。；]{4,}[，。；])/.exec(text);
  // Under a 职责分工 heading, the unit's names and a full stop, then its duties (1.区旅游文体局、旅游文化中心。指导…,
  // 13.区通管办。, 平潭 2021 景区船舶): the names are the item's units; others its duties name in passing are not.
  const namedAt = dutySection ? /^\s*(?:\d{1,3}\s*[.、．]\s*)?([^：:，,。；;\s]{2,60})[。.]/.exec(text) : null;
  if (namedAt && proseUnitList(namedAt[1]!)) return `${namedAt[1]!}负责`;
  // (And the unit that opens a duty paragraph as the subject of 要: its duties' 会同公安部门 names a partner in passing.)
  // (Not one followed by 负责 or 牵头, whose clauses the reading below takes with their roles.)
  const opening = text.trim().replace(/^\d{1,3}\s*[.、．]\s*/, '');
  // …专项整治整治重点：各网格、各村（居）要按照…: after an item's field label, the units its sentence opens with carry the item
  // out (君山 2022 冬春火灾防控).
  const field = /(?:整治|工作|排查|检查)重点[：:]\s*/.exec(opening);
  const fieldSubject = field ? subjectUnits(opening.slice(field.index + field[0].length)) : null;
  if (fieldSubject && /^要/.test(opening.slice(field!.index + field![0].length + fieldSubject.length))) return `${fieldSubject}负责`;
  const subject = dutySection ? subjectUnits(opening) : null;
  // (要积极协助…: the subject assists, 局其它部门、单位要积极协助开展…, 平潭 2022 安全生产标准化; not 要配合政法综治处做好…,
  // its own task done with the unit it names, 君山 2024 禁毒.)
  const after = subject ? opening.slice(opening.indexOf(subject) + subject.length) : '';
  if (subject && !/^(?:负责|牵头)/.test(after)) return `${subject}${/^(?:要|应|须)?(?:积极|主动|全力)(?:协助|配合)/.test(after) ? '配合' : '负责'}`;
  const duty = dutyAt && proseUnitList(dutyAt[1]!) && !unitLabel.test(`${dutyAt[1]!}：`) ? dutyAt : null;
  if (duty) {
    // (A duty that opens with 牵头 is the lead's: 社会事业组：牵头做好专项摸排整治的统筹协调…, 苏平 2019 三沿六区.)
    found.push(`${duty[1]!.trim()}${/^牵头/.test(text.slice(duty[0].length)) ? '牵头' : '负责'}`);
    body = text.slice(duty[0].length);
  }
  // 各乡镇、村职责：要认真落实属地责任…: a paragraph labelled with whose duties it states.
  const duties = duty ? null : /^\s*(?:\d{1,2}[.、．]\s*)?([^：:，。；]{2,30}?)(?:的)?(?:主要|工作)?职责[：:]/.exec(text);
  // (Under such a label a kind of body names the bodies of that kind, 乡镇、工业区职责：, 社区(村)职责：, 平潭 2015 劳动保障监察.)
  const kindOfBody = (n: string) => /^(?:乡镇|街道|社区|村居|工业区|园区|开发区)(?:[（(][村居]{1,2}[）)])?$/.test(n);
  if (duties && (proseUnitName(duties[1]!.trim()) || duties[1]!.split('、').every((n, k) => proseUnitName(n.trim()) || kindOfBody(n.trim()) || (k > 0 && /^[村乡镇街社区]{1,2}$/.test(n.trim()))))) {
    found.push(`${duties[1]!.trim()}负责`);
    body = text.slice(duties[0].length);
  }
  let from = 0;
  for (const raw of body.split(/[，,；;。]/)) {
    // Whether the clause opens a sentence of the duty paragraph (after its label, or after a full stop).
    const opensSentence = from === 0 || /[。；;]/.test(body[from - 1] ?? '');
    from += raw.length + 1;
    // 各乡镇人民政府：澳前镇加强…。岚城乡加强…。流水镇负责…。屿头乡、大练乡、东庠乡做好… (平潭 2016 国庆旅游安全): in a
    // unit's duty paragraph, each sentence that opens with other units as its subject is theirs, whatever its verb.
    // (Only under a collective's label, its members named one by one: another unit's duty sentences name others in passing.)
    const subject = duty && /^\s*各/.test(duty[1]!) && opensSentence ? /^([\u4e00-\u9fa5、]{2,40}?)(?=加强|做好|抓好|开展|落实|推进|组织|督促|指导|配合|协助|要)/.exec(raw.trim()) : null;
    if (subject && !subject[1]!.includes('的') && proseUnitList(subject[1]!)) {
      found.push(`${subject[1]!}${/^(?:配合|协助)/.test(raw.trim().slice(subject[1]!.length)) ? '配合' : '负责'}`);
      continue;
    }
    // A bracket opened before the units (…。(省政务局牵头，…) does not belong to the names.
    // 此项工作由X负责 (湛江 2010): the work named, then who does it.
    // 岚城安置小区由平潭综合实验区岚城组团开发建设有限公司负责承建 (平潭 2012): what is done, then 由 and who does it.
    const clause = raw
      .trim()
      .replace(/^[（(〔【[]/, '')
      .replace(/^(?:并|另|同时|其中|要|均)?/, '')
      // 片区林长制协作处室职责如下：党政办公室负责… (苏平 2021 林长制): the list's introduction before its first duty.
      .replace(/^[^：:]{2,40}如下[：:]/, '')
      .replace(/^(?:此项|该项|本项|以上|上述)(?:工作|任务)(?=由)/, '')
      .replace(/^[^由]{2,30}?(?<!自)(?=由[^由]{2,60}?(?:牵头|负责|主办))/, '');
    // (联合 in a unit's duty paragraph too: 资源生态处：联合区环境监察支队对…进行检查, 君山 2021 海上非法养殖.)
    const with_ = (duty ? /^(?:会同|联合)(.{2,60})$/ : /^会同(.{2,60})$/).exec(clause);
    if (with_) {
      // 会同区财政金融局研究制定…: the longest run of names after 会同.
      const names = leadingUnitNames(with_[1]!.replace(/(?:等(?:部门|单位))?$/, ''));
      if (names) found.push(`${names}配合`);
      continue;
    }
    if (duty && /^负责/.test(clause)) continue;
    // 由市场规范处牵头，辖区分局组织开展…整治 (平潭 2019 三考): after the lead's clause, the units that open the next one as the
    // subject of the work carry it out.
    const carriers = /(?:牵头|主办)$/.test(found.at(-1) ?? '') && /^[\u4e00-\u9fa5、]{2,30}?(?=组织开展|组织实施|具体实施|负责实施|开展|实施)/.exec(clause);
    if (carriers && proseUnitList(carriers[0])) {
      found.push(`${carriers[0]}负责`);
      continue;
    }
    // 由发展改革委会同中央农办、农业部等部门研究提出落实意见 / 由国土资源部会同农业部等部门负责落实:
    // the unit after 由 carries it out, those after 会同 take part.
    const jointly = /^(?:由|请)(.{2,40}?)会同(.{2,200}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:共同|分别|具体)?(?:负责|研究|提出|落实|组织|制定|抓紧|牵头)/.exec(clause);
    if (jointly && proseUnitName(jointly[1]!.trim()) && proseUnitList(jointly[2]!)) {
      found.push(`${jointly[1]!.trim()}负责`, `${jointly[2]!.trim()}配合`);
      continue;
    }
    // (…资源生态处等有关处室和单位分工负责, 平潭 2020 隐患排查: the 等… tail and 分工 before the verb, as a units line has them.)
    // (分工 alone only after such a tail: 各部门，各乡镇分工负责 states a principle, not who does the item.)
    const m = /^(?:由|请)?(.{2,80}?)(等(?:有关|相关)?(?:部门|单位|处室|科室|股室)(?:[和及、](?:部门|单位|处室|科室|股室))*)?(按照?(?:各自)?职责(?:分工)?|根据职责(?:分工)?|分工)?(?:共同|分别|积极|具体|组织|进行)?(牵头|负责|主办|配合|协助|协办|参与)/.exec(clause)?.filter((_, k) => k !== 2);
    if (!m || !proseRoleVerb.test(m[3]!) || (m[2] === '分工' && !/等(?:有关|相关)?(?:部门|单位|处室|科室|股室)/.test(clause))) continue;
    const names = m[1]!;
    const parts = splitOutsideBrackets(names, /[、及]/).map((n) => n.trim());
    // 区党工委、管委会办公室 is one name: a part may be a bare 管委会办公室 after a 党工委.
    // (Or the list's last name joined by 和, 技术专家组、包村工作队和各行政村配合: read with a mark there, where the names are
    // units only so.)
    const anded = names.replace(/和(?=各|[区市县省])/g, '、');
    const listed = parts.length > 0 && (parts.every(proseUnitName) || proseUnitList(names)) ? names : anded !== names && proseUnitList(anded) ? anded : null;
    if (!listed) continue;
    // 按职责分工负责 stays as written: beside a lead the units reader reads it as taking part.
    found.push(`${listed}${m[2] ?? ''}${m[3] === '主办' ? '牵头' : m[3]}`);
  }
  if (found.length === 0) {
    // 区经济发展局（商务）建立商场…, 各乡镇按照属地管理…的原则，开展…: units that open the requirement as the ones who act.
    // (Also when what they do comes after when they do it: 区经发局（水利处）在收到…审核意见函后，…应当…反馈, 平潭 2015 水土保持.)
    const subject = /^\s*((?:区|市|县|省|镇|乡)[\u4e00-\u9fa5]{2,20}(?:局|委|办|厅|中心|办公室)(?:[（(][\u4e00-\u9fa5]{1,6}[）)])?)(?=建立|制定|组织|开展|推进|做好|加强|完善|督促|指导|实施|牵头|负责|在)/.exec(text);
    const subjectNames = dutySubjects ? subjectUnits(opening) : null;
    const names = subject ? subject[1]! : subjectNames ?? leadingUnitNames(opening);
    // (Or any unit that opens the item there, its verb whatever it is: 区打非办为联络召集人…, 区检察院在涉及…案件中….)
    const acts =
      names !== null &&
      (subject !== null ||
        (names !== null && names === subjectNames) ||
        (dutySection && names.length >= 3 && /^[\u4e00-\u9fa5]/.test(opening.slice(names.length))) ||
        // (A place's or a unit's own share of the work: 岚城乡重点关闭清理辖区内…, 北厝镇重点关闭…, 平潭 2016 水源保护.)
        /^重点(?:关闭|清理|整治|抓好|做好|推进|开展|排查|治理)/.test(opening.slice(names.length)) ||
        /^(?:要|应|须)?(?:按照|根据|依照|依法|结合|切实|认真)[^。；]{2,40}[，,]\s*(?:负责|做好|抓好|开展|组织|落实|推进|加强)/.test(opening.slice(names.length)));
    if (acts && proseUnitList(names)) found.push(`${names}负责`);
  }
  if (found.length === 0) {
    // Nothing else names who does the item: the units a later sentence of it opens with as the subject of 要/应/须 carry it
    // out (…。各片区管理局、区直各单位要对照…编制完成本单位政务公开标准目录, 平潭 2020 基层政务公开).
    // (Not the addressees every 工作要求 names, 各单位要…, 各有关部门要…: who they are is the plan's whole list.)
    const generic = (n: string) => /^各(?:级|有关|相关)?(?:责任|职能|成员|牵头|配合)?(?:单位|部门|处室|科室|股室)$/.test(n);
    for (const sentence of text.split(/[。；;]/).slice(1)) {
      const m = /^\s*([^\s，。；,;：:“”《》]{2,40}?)(?:要|应当|应|须|必须)(?![求当该])/.exec(sentence);
      if (m && proseUnitList(m[1]!) && !m[1]!.split(/[、，,]/).every((n) => generic(n.trim())) && !found.includes(`${m[1]!}负责`)) found.push(`${m[1]!}负责`);
    }
  }
  return found.length > 0 ? found.join('，') : null;
}

/**
 * The title of a block of items that all belong to one unit (an attachment of
 * 目标责任 or 责任清单 by department): 2016年平潭综合实验区经济发展局环境保护目标责任,
 * 区规划局工作任务, 市财政局：. Returns the unit's name, or null.
 */
export function unitBlockTitle(text: string): string | null {
  const t = text.trim().replace(/\s+/g, '');
  if (t.length > 50 || /[。；;，,]/.test(t)) return null;
  // A numbered heading ((二)领导小组办公室工作职责) is a task or section of its own, not a block's title.
  if (/^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])/.test(t)) return null;
  // The unit ends where a unit's name ends: 环境与国土资源局, before the topic 环境保护 of its 目标责任.
  // (部门 and 的…职责是： too: 纪检监察部门的主要职责是：, a regulation's article read as the block's title.)
  const m = /^(?:\d{4}年度?)?(.{1,30}?(?:局|委员会|委|办公室|办|中心|厅|院|署|政府|队|站|所|馆|处|科|室|部门|部))(?:[\u4e00-\u9fa5]{0,6}目标责任(?:书|清单)?|工作任务(?:清单)?|责任清单|任务清单|的?(?:主要|工作)职责(?:是|为)?[:：]?|职责分工|重点工作(?:任务)?|[:：])$/.exec(t);
  // (Or the unit's name, its colon and what its duties come to, then another colon: 城乡管理处（垃圾分类办）：统筹开展片区生活垃圾
  // 分类工作：1.制定…, 海坛 2020 生活垃圾分类.)
  // (Not a units label's: 主要责任单位：党政办公室、财政经管办主要工作职责：.)
  // (Or a name that ends otherwise, read as one in running text: 各村居：, 海坛 2020 生活垃圾分类.)
  const summed = m ? null : /^([^：:]{2,30})[：:](?:[^：:]{2,30}[：:])?$/.exec(t);
  if (summed && unitLabel.test(`${summed[1]}：`)) return null;
  const name = m?.[1] ?? summed?.[1];
  // (Not the departments at large: 各相关部门工作职责： heads the duties of several units, each named on its own line.)
  if (name && /部门$/.test(name) && /^(?:各|相关|有关|其他|其它)/.test(name)) return null;
  // 区党工委、管委会办公室: two names of one block, each a unit's.
  return name && (name.includes('、') ? proseUnitList(name) : proseUnitName(name)) ? name : null;
}

/**
 * A 分工 task's paragraphs run together after its title (page.txt: （二）任务分工局办公室负责向财金部门争取资金支持…。
 * 局协调处负责建立…。局其它部门、单位要积极协助…。, 平潭 2022 安全生产标准化): the title, and the sentences, each opening
 * with the units that carry it out; null unless every sentence (two at least) does.
 */
export function dutySentences(text: string): { title: string; sentences: Array<{ text: string; units: string }> } | null {
  // (Or a heading that says whose duties follow, and so their role: （一）牵头部门职责省人社厅主要职责为：… （二）配合部门职责…,
  // 河北 2024 退休一件事.)
  const m = /^\s*(任务分工|职责分工|责任分工|工作职责|部门职责|工作分工|(牵头|配合|协办|协助)(?:部门|单位|处室)(?:主要)?职责)[：:]?\s*(?=\S)/.exec(text);
  if (!m) return null;
  const verb = m[2] === '牵头' ? '牵头' : m[2] ? '配合' : null;
  const read: Array<{ text: string; units: string }> = [];
  for (const x of splitOutsideBrackets(text.slice(m[0].length), /。/).map((y) => y.trim()).filter(Boolean)) {
    // 省住建厅主要职责为：配合…: the unit, then its duties.
    const own = verb ? /^([^：:，。；]{2,40}?)(?:的)?(?:主要)?职责(?:为|是)?[：:]/.exec(x) : null;
    const units = own && proseUnitList(own[1]!) ? `${own[1]!}${verb}` : subjectUnits(x) ? proseUnits(`${x}。`, true) : null;
    // A sentence that names nobody goes on with the duties of the one before it (…。改变安全生产“上热中温下冷”现象。).
    if (units) read.push({ text: `${x}。`, units });
    else if (read.length > 0) read.at(-1)!.text += `${x}。`;
    else return null;
  }
  return read.length >= (verb ? 1 : 2) ? { title: m[1]!, sentences: read } : null;
}

/**
 * A task of a duty section whose paragraph goes on with units named one by one, each a sentence of its own before its
 * duties ((一)企事业单位用房。由各业务部门组织牵头，…。经济发展处。承担…。交通与建设处。承担…, 苏平 2020 房屋结构安全): the task's
 * own words up to the first such name, and each unit's sentences; null unless a unit is named so and has duties after it.
 */
export function namedDuties(text: string): { opening: string; duties: Array<{ name: string; text: string }> } | null {
  const sentences = splitOutsideBrackets(text, /。/).map((x) => x.trim());
  // (The last piece is what follows the last full stop: a name there has no duties.)
  const isName = (x: string, k: number) => k > 0 && k < sentences.length - 1 && x.length <= 30 && proseUnitList(x) && looksLikeUnits(x) && !roleVerbAt(x);
  const first = sentences.findIndex(isName);
  if (first < 1) return null;
  const duties: Array<{ name: string; text: string }> = [];
  for (let k = first; k < sentences.length; k++) {
    const x = sentences[k]!;
    if (!x) continue;
    if (isName(x, k)) duties.push({ name: x, text: `${x}。` });
    else duties.at(-1)!.text += `${x}。`;
  }
  if (duties.some((d) => d.text.length <= d.name.length + 1)) return null;
  return { opening: `${sentences.slice(0, first).join('。')}。`, duties };
}

/** The rest of a block title broken over two lines: 环境保护目标责任, 工作任务. */
export const blockTitleTail = /^(?:[\u4e00-\u9fa5]{0,10}目标责任(?:书|清单)?|工作任务(?:清单)?|责任清单|任务清单)$/;

/**
 * A line that only names units and their roles in words: 由乡三农服务中心承办，乡畜牧站、
 * 卫生院、派出所、工商所配合。 Every clause is names and a role verb; returns the
 * line as a units text, or null.
 */
export function proseUnitsLine(text: string): string | null {
  const t = text.trim().replace(/[。.；;]$/, '');
  if (!t || t.length > 120 || /[。]/.test(t)) return null;
  const clauses = splitOutsideBrackets(t, /[，,；;]/).map((c) => c.trim().replace(/^(?:由|并由|请)/, ''));
  // One clause (市电子政务办负责) is a units cell, read as such; a line in words names two roles or opens with 由.
  if (clauses.length < 2 && !/^由/.test(t)) return null;
  const ok = clauses.every((c) => {
    const verb = roleVerbAt(c);
    if (!verb || verb.index === 0) return false;
    const names = c.slice(0, verb.index).replace(/(?:等(?:有关|相关)?(?:部门|单位)?)?(?:共同|分别|具体)?$/, '');
    return proseUnitList(names);
  });
  return ok ? clauses.join('，') : null;
}

/**
 * A sentence after a heading's first that only names units: （一）推进决策公开。由市政府办公室牵头，
 * 市司法局配合。 or …。市发展改革局负责。 or …。责任单位：市财政局。 Returns the units text, or null.
 */
export function headingUnitsSentence(title: string): string | null {
  for (const sentence of title.trim().split(/(?<=[。；])/).slice(1)) {
    const t = sentence.trim();
    const units = unitsLine(t) ?? proseUnitsLine(t);
    if (units) return units;
    // One clause: 市发展改革局负责 (a heading's sentence, so its names must all be units).
    const one = /^(.{2,60}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:共同|分别|具体)?(牵头|负责)(?:落实|实施)?[。；]?$/.exec(t);
    if (one && proseUnitList(one[1]!)) return t.replace(/[。；]$/, '');
  }
  return headingLeadClause(title)?.units ?? null;
}

/**
 * A heading's title run into its lead clause with no mark between (（一）积极宣传引导，强化源头管控由交通与建设处牵头，社会事业处、
 * 经济与发展处配合，加强…, 海坛 2021 海上疫情防控): the clause's units, and where the clause starts (the title ends there).
 */
export function headingLeadClause(title: string): { units: string; at: number } | null {
  const t = title.trim();
  const glued = /^([^。；由]{4,40}?[\u4e00-\u9fa5])由([^，,。；由]{2,40}?)牵头(?:，([^，,。；]{2,80}?)(配合|协助|参与))?[，,。；]/.exec(t);
  if (!glued || !proseUnitList(glued[2]!) || (glued[3] && !proseUnitList(glued[3]))) return null;
  return { units: `${glued[2]}牵头${glued[3] ? `，${glued[3]}${glued[4]}` : ''}`, at: glued[1]!.length };
}

/**
 * A heading that names who carries out the items under it (一、各区、县(市)政府、市政府各部门负责落实的工作任务;
 * 二、市政府办公厅牵头的任务): those units with the heading's role word, for every item under it that names none.
 */
export function headingOwnersTitle(title: string): string | null {
  // (…的工作 alone too: (一)省监察厅牵头的工作, 山西 2008 目标责任分解.)
  const m = /^(.{2,60}?)(?:共同|分别)?(牵头|负责|承担|落实)(?:落实|完成|推进|实施)?的(?:重点|主要|具体)?(?:工作(?:任务|事项)?|任务|事项)(?:清单|明细)?$/.exec(title.trim());
  if (!m || /[，。；：]/.test(m[1]!) || !looksLikeUnits(m[1]!)) return null;
  return `${m[1]}${m[2] === '牵头' ? '牵头' : '负责'}`;
}

/**
 * A heading whose first sentence is only the name of the unit whose duties follow, in a section of
 * duties (二、明确…工作职责 / （二）公安局。负责对…, （一）区旅游发展局：负责…): that unit, responsible. Null for a task's title that
 * happens to end like a name (促进沿海产业合理布局).
 */
export function unitNameHeading(title: string): string | null {
  const first = /^([^。；，,：:]{2,30})[。：:]/.exec(title.trim());
  // (Or the heading is the name alone, its duties numbered under it: （五）区社会事业局 / 1.认真贯彻…; （七）学校 / 1.加强视力健康
  // 管理…, 平潭 2021 近视防控 五、职责分工 — the actors a plan of duties names beside its units: 学校, 家庭, 医疗卫生机构.)
  const alone = first ? null : /^([^。；，,：:\s]{2,12})$/.exec(title.trim())?.[1];
  const name = first?.[1] ?? alone;
  // (Not a kind of units over their own paragraphs: （一）有关工作部门 / 区教育局：…, 平潭 2016 义务教育 责任.)
  if (alone && ((!looksLikeUnits(alone) && !/(?:学校|家庭|机构|医院|社区|幼儿园|家长)$/.test(alone)) || /^(?:有关|相关|其他|其它)/.test(alone))) return null;
  if (!name || (!alone && (!proseUnitList(name) || !looksLikeUnits(name))) || roleVerbAt(name)) return null;
  if (/^(?:促进|加强|推进|完善|建立|健全|做好|落实|深化|优化|提升|强化|规范|开展|实施|加快|严格|全面|切实|积极|推动|统筹|坚持|保障|支持|鼓励|引导|创新|构建|打造|营造|扩大|提高)/.test(name) || /(?:布局|格局|大局|全局|开局)$/.test(name)) return null;
  return `${name}负责`;
}

/**
 * A line after a numbered item that names its units as the subjects of their
 * duties (a 责任单位和工作要求 column flattened, 番禺 2021): 各有关单位、各镇(街)做好发布工作,
 * 区政务服务数据管理局做好技术支持和指导. Each clause that opens with unit names
 * gives them a role from its verb (牵头 lead; 配合, 协助, 支持 take part; other
 * duties responsible); null when the line does not open with units and a duty.
 */
export function dutyLine(text: string): string | null {
  const t = text.trim();
  if (t.length > 150 || !closed(t)) return null;
  const found: string[] = [];
  for (const [i, clause] of splitOutsideBrackets(t.replace(/[。.]$/, ''), /[，,；;]/).entries()) {
    const c = clause.trim().replace(/^(?:以及|并由|由|请)/, '');
    // The longest run of names that a duty follows (区市场监管局牵头办理, not …牵头办 + 理).
    let names: string | null = null;
    let duty: RegExpExecArray | null = null;
    for (let end = Math.min(c.length, 60); end >= 2 && !duty; end--) {
      const head = c.slice(0, end).replace(/等(?:有关|相关)?(?:部门|单位)$/, '');
      if (!proseUnitList(head)) continue;
      names = head;
      // (组织实施, 全力配合, 业务检查指导, 作为业主单位: 澳前片区开发管理局组织实施，嘉源公司作为业主单位, 平潭 2015 宜居 责任分工.)
      duty = /^(?:共同|分别|具体|积极|要|全力|主动)?(牵头|负责|主办|办理|落实|做好|抓好|会同|配合|协助|协办|参与|提供|(?:业务)?(?:检查)?指导|组织实施|作为(?=业主|建设|实施|责任))/.exec(c.slice(end));
    }
    const rest = duty ? c.slice(c.indexOf(duty[0], names!.length)) : '';
    if (!names || !duty) {
      // The first clause must name the units; later ones may add what they do (在工作中加强沟通对接).
      if (i === 0) return null;
      continue;
    }
    const role = /^(牵头|主办|会同)/.test(duty[1]!) ? '牵头' : /^(配合|协助|协办|参与)/.test(duty[1]!) || /支持|配合|协助/.test(rest) ? '配合' : '负责';
    found.push(`${names}${role}`);
  }
  return found.length > 0 ? found.join('，') : null;
}

/**
 * The units bracket of a document cut off inside it (a saved excerpt that
 * stops at …（省政务局牵头，省直相关单位按职责分工负责。各市州、县市区人民政府均为责任单位):
 * the bracket never closes. Read as far as it goes, a last fragment that does
 * not end like a name (人力…) dropped; null when the open bracket holds no units.
 */
export function splitCutAnnotation(text: string): { text: string; annotation: string } | null {
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (openers.includes(ch)) {
      if (depth === 0) open = i;
      depth++;
    } else if (closers.includes(ch) && depth > 0) depth--;
  }
  if (depth === 0 || open < 0) return null;
  // Cut inside its role words (…区城市管理委等相关部门负责落): the names are whole, the verb is not.
  let content = text.slice(open + 1).trim().replace(/(负责|牵头|配合)落$/, '$1落实');
  const parts = content.split(/(?<=[，,；;。、])/);
  if (parts.length > 1 && !unitNameEnding.test(parts.at(-1)!.trim()) && !roleVerbAt(parts.at(-1)!.trim())) content = parts.slice(0, -1).join('').replace(/[，,；;。、]$/, '');
  if (!content || content.length > 200) return null;
  const clauses = content.split(/[，,；;。]/).map((c) => c.trim()).filter(Boolean);
  const unitsOnly = clauses.every((c) => roleVerbAt(c) !== null || isBareUnitList(c) || unitLabel.test(c));
  return unitsOnly ? { text: text.slice(0, open).trim(), annotation: content } : null;
}

/**
 * The last line of a document cut off inside a list of unit names
 * (市发改委、市财政局、市人社局、市金融办、人民银): the names before the cut
 * one, or null when the line is not such a list (at least two whole names).
 */
export function splitCutUnitsLine(text: string): string | null {
  const t = text.trim();
  if (/[。；;：:（(]/.test(t) || closed(t)) return null;
  const parts = t.split('、');
  if (parts.length < 3 || unitNameEnding.test(parts.at(-1)!)) return null;
  const whole = parts.slice(0, -1);
  return isBareUnitList(whole.join('、')) ? whole.join('、') : null;
}

/**
 * 以下任务均需各区市政府、开发区管委落实，不再一一列出, 各项政策措施均需各市政府落实，以下不再列出, or
 * 以下均需各区政府、北京经济技术开发区管委会负责，不再列出 (北京 2025):
 * units every later requirement shares, named once.
 */
const standingNote = /[。；;，,]?\s*(?:以下)?(?:各项|各)?(?:政策措施|任务|工作|事项|措施)?(?:均|都)(?:需|须|由|要)?([^。；;]{2,80}?)(?:负责)?(落实|执行|办理|参与|配合|协助|实施|负责)[，,]?\s*(?:以下)?(?:不再|不)(?:一一|逐一|单独|逐项|重复)?列(?:出|举|明)[。.]?/;
/** The short form at the end of a units text: …相关乡镇配合。以下均需相关乡镇配合 (平潭 2016). */
const standingTail = /[。；;，,]?\s*以下(?:各项|各)?(?:任务|工作|事项|措施)?(?:均|都)(?:需|须|由|要)([^。；;，,]{2,40}?)(配合|参与|协助|落实|负责)[。.]?\s*$/;

/**
 * …按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同 (四川 2022 现代流通体系): bodies every task involves,
 * named once for this requirement and those after it.
 */
const standingInvolves = /[。；;，,]?\s*(?:具体)?(?:各项)?(?:任务|工作|事项|措施)?(?:均|都)涉及([^。；;，,]{2,40}?)[，,]\s*(?:不再|不)(?:做|作|进行)?(?:分工|一一列出|列出)[，,]?\s*下同[。.]?/;

/** …，以下责任单位：均包含各区县政府 (湖州 2022): the units every later requirement's 责任单位 include. */
const standingIncludes = /[。；;，,]?\s*以下(?:各项)?(?:任务)?的?(责任|配合|协办)单位\s*[：:]?\s*(?:均|都)(?:包含|包括|含有?)([^。；;，,]{2,40}?)[。.]?\s*$/;

/**
 * Splits a standing note off a units text: the units text without it, the units the note names,
 * and their role (配合, 参与, 协助: they take part; 落实 and the rest: responsible).
 */
export function splitStandingNote(raw: string): { units: string; standing: string | null; role?: 'responsible' | 'participate' } {
  const includes = standingIncludes.exec(raw);
  if (includes) return { units: raw.slice(0, includes.index).trim(), standing: includes[2]!.trim(), role: includes[1] === '责任' ? 'responsible' : 'participate' };
  const involves = standingInvolves.exec(raw);
  if (involves) return { units: (raw.slice(0, involves.index) + raw.slice(involves.index + involves[0].length)).trim(), standing: involves[1]!.trim(), role: 'responsible' };
  const m = standingNote.exec(raw) ?? standingTail.exec(raw);
  // 以下 says the note stands for what follows; without it, a sentence that happens to say 不列出 is no such note.
  if (!m || !m[0].includes('以下')) return { units: raw, standing: null };
  const role = /配合|参与|协助/.test(m[2]!) ? 'participate' : 'responsible';
  const rest = (raw.slice(0, m.index) + raw.slice(m.index + m[0].length)).trim();
  // …省科技厅，各市、县（市、区）人民政府，以下均需地方落实不再重复列出 (浙江 2026 开源体系): the note says 地方, the places named
  // right before it; they stand for every later requirement.
  if (/^(?:地方|各地|属地)$/.test(m[1]!.trim())) {
    const named = splitOutsideBrackets(raw.slice(0, m.index), /[，,；;]/).at(-1)?.trim();
    return named ? { units: rest, standing: named, role } : { units: raw, standing: null };
  }
  return { units: rest, standing: m[1]!.trim(), role };
}

/**
 * A paragraph that is one field of the requirement above it, under a label:
 * 工作成果：…, 完成标准：…, 工作措施：… (a 重点任务清单 writes each item as a
 * few labelled paragraphs). Not a requirement of its own.
 */
export const fieldLine = /^\s*(?:工作成果|预期成果|成果形式|工作目标|目标任务|完成标准|工作标准|工作措施|具体措施|推进措施|主要措施|工作要求|具体要求|进度安排|时间安排|推进步骤|考核指标|绩效目标|工作内容|公开载体|公开渠道|公开方式|公开形式|公开平台|公开途径|发布渠道)\s?[:：]/;

/** A line naming the persons in charge (责任人：…, 联系人：…), not units. */
// (牵头负责领导：周喜安。, 安徽 2022 重点工作责任分解.)
export const personLine = /^\s*(?:责任人|联系人|责任领导|分管领导|牵头领导|牵头负责领导|包保领导|负责同志|组\s*长|副组长|成\s*员|组\s*员|顾\s*问)\s?[:：]/;

/**
 * Sub-items (1)(2)(3) inside a numbered item, in sequence from (1), each at a
 * sentence boundary: 1.深化商事制度改革。(1)全面落实…(市工商质监局牵头负责)(2)完善…
 * Returns the item's own words before (1) and the sub-items, or null.
 */
export function splitSubItems(text: string): { lead: string; items: Array<{ no: number; text: string }> } | null {
  const starts: Array<{ at: number; bodyAt: number; no: number }> = [];
  const re = /(^|[。；;！？\s）)])[（(]\s?(\d{1,2})\s?[)）]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (Number(m[2]) !== starts.length + 1) continue;
    starts.push({ at: m.index + m[1]!.length, bodyAt: m.index + m[0].length, no: Number(m[2]) });
  }
  if (starts.length < 2) return null;
  return {
    lead: text.slice(0, starts[0]!.at).trim(),
    items: starts.map((s, i) => ({ no: s.no, text: text.slice(s.bodyAt, starts[i + 1]?.at ?? text.length).trim() })),
  };
}
