import { byDutyWords, deadlineWords, roleLabelPattern, roleOfLabel, roleVerbAt, roleVerbs, splitOutsideBrackets, type Role } from '../model/vocabulary';
import { bareDepartmentNames, inclusionNote, levelPrefixes, nameLevels, normalizeUnitName, unitNameEnding } from './names';

/** One unit read from a units cell, before registry lookup. */
export interface ParsedUnit {
  /** The name with abbreviations expanded (市市场监管局), brackets normalised. */
  name: string;
  /** The name exactly as written in the cell. */
  written: string;
  role: Role;
}

export interface ParsedUnits {
  units: ParsedUnit[];
  /** Things a reviewer should know: expansions guessed, roles inferred. */
  notes: string[];
}

/** Answers "is this a unit name the region knows?" (registry names and aliases). */
export type KnownName = (name: string) => boolean;

// Role verbs and labels, and the brackets names nest in: src/lib/model/vocabulary.ts.

/** Splits at separators that are not inside brackets (各县（市、区）人民政府 contains 、), trimmed, empty pieces dropped. */
export function splitTopLevel(text: string, separators: RegExp): string[] {
  return splitOutsideBrackets(text, separators)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * Units written as prose, in the clause grammar's terms: X会同Y办理 → X牵头，Y配合
 * (会同 names the units the first one works with); 以及 joins names as 、 does.
 */
function proseRoles(raw: string): string {
  return raw
    .replace(/[，,]?\s*以及\s*/g, '、')
    // X主办、Y协办: a role verb inside a 、 list closes its clause.
    .replace(/(牵头|主办|配合|协办)、/g, '$1，')
    .replace(/([^，,；;。、]{2,40}?)会同([^；;。]{2,80}?)(办理|负责|落实|实施|推进)/g, '$1牵头，$2配合')
    // 办公室（牵头）抓好相关工作各股室分别落实: what the first does, then the next clause without a comma.
    .replace(/(牵头)?(?:抓好|做好|负责做好)(?:相关|有关)?工作(?=各)/g, (_m, lead: string | undefined) => `${lead ? '牵头' : '负责'}，`)
    // …市投资促进中心按职责分工分别落实各镇（街区）(寿光 2019, a line break lost): the duty phrase closes its clause, the next
    // list opens another.
    .replace(/((?:按照?|根据)(?:各自)?职责(?:分工)?(?:分别|具体)?(?:落实|负责))(?=各[\u4e00-\u9fa5]{1,8})/g, '$1，');
}

/** Normalises punctuation so the clause grammar below sees one form. */
function normalizeCell(raw: string): string {
  return proseRoles(raw)
    // 商务部、农业农村部等和各有关省级人民政府负责: 等 closes the list of departments, 和 adds the provinces;
    // 住房城乡建设部等国务院相关部门及各地区: the 等… tail goes (as it does at the end of a list), 及 adds the regions.
    // (not 等有关部门和单位负责, …和单位分工负责: a bare 单位 adds nobody, the whole 等… tail goes).
    .replace(/等(?:有关|相关)?(?:部门|单位)?和(?!(?:单位|部门|机构|组织)(?:负责|牵头|配合|按|分别|分工|共同|$|[，、；。]))(?=[\u4e00-\u9fa5]{2})/g, '、')
    .replace(/等[\u4e00-\u9fa5]{0,8}?(?:有关|相关)(?:部门|单位)(?:和|及)(?=各[\u4e00-\u9fa5]{1,12}|(?:相关|有关)地区)/g, '、')
    .replace(/\r?\n/g, ' ')
    // 危化处（60日）, 安劳支队（400日）: the working days a unit gives the task, not part of its name.
    .replace(/[（(]\d{1,4}(?:个)?(?:工作)?(?:日|天|人次|人|次)[）)]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/:/g, '：')
    .replace(/[ \t\u3000]+/g, ' ')
    .replace(/\s*([，；。、：])\s*/g, '$1')
    // 省编办 （省审改办）: a name's alias in brackets after a space is still that name's.
    .replace(/(?<=[\u4e00-\u9fa5]) (?=（[^（）]{2,16}）)/g, '')
    .trim();
}

/** A deadline field after the units (…配合;完成时限：全年工作), to the cell's end. */
const deadlineField = new RegExp(`(?:^|[；。\\s])${deadlineWords}：.*$`);
/** A name, then by its duties and what it does there: 局各业务处室根据职责开展本行业系统排查. */
const byDutyThenWork = new RegExp(`^(.{2,40}?)${byDutyWords}(?=[\\u4e00-\\u9fa5“”]{2,30}$)`);
/** A name ending in its own by-its-duties phrase: 辖区派出所根据职责落实. */
const byDutyAtEnd = new RegExp(`(.{2,})${byDutyWords}(?:落实|负责)?$`);

/**
 * Names, then the text's own sentence: 村民委员会等群众自治组织要积极配合政府相关职能部门查处 (the names assist), 各片区管理局对于
 * 其他领域 (the list has ended, a sentence about something else begins: 平潭 2020 安全隐患大排查).
 */
const namesThenAssist = /^(.{2,40}?)要(?:积极|主动|全力|密切|认真)?(?:配合|协助|参与)/;
const namesThenProse = /^(.{2,40}?)对于/;
/** A clause that is the text's own sentence, not names: 各有关部门和单位都要结合实际. */
const proseClause = /(?:都|均|也|还)要|要(?:结合|按照|根据|认真|切实|加强|做好|立即)/;

function stripVerb(clause: string): { names: string; role?: Role; byDuty?: boolean; prose?: 'after' | 'all' } {
  // 由市财政局负责, 以上工作由市财政局负责: the 由 and what it refers back to are not part of the name.
  const c = clause.replace(/^(?:(?:以上|上述|前述|此项|该项|本项|各项)(?:各项)?(?:工作|任务|事项|要求|措施)?)?(?:具体|分别|统一|均)?由/, '');
  const assist = namesThenAssist.exec(c);
  if (assist && endsLikeUnit(assist[1]!.replace(/等[\u4e00-\u9fa5]{0,12}$/, ''))) return { names: assist[1]!, role: 'participate' };
  const prose = namesThenProse.exec(c);
  if (prose && endsLikeUnit(prose[1]!)) return { names: prose[1]!, prose: 'after' };
  if (proseClause.test(c)) return { names: '', prose: 'all' };
  const verb = roleVerbAt(c);
  if (!verb) {
    // 区管委会办公室政策法规处负责法制审查工作: the verb and what the unit does follow its name.
    const inner = /^(.{2,40}?)(牵头|负责|配合|协助)(?=[\u4e00-\u9fa5“”]{2,30}$)/.exec(c);
    const role = inner && unitNameEnding.test(inner[1]!) ? roleVerbAt(inner[2]!)?.role : undefined;
    if (role) return { names: inner![1]!, role };
    // 局各业务处室根据职责开展本行业系统排查: each by its duties, then what it does there (苏平 2022 租住场所火灾).
    const byDuty = byDutyThenWork.exec(c);
    if (byDuty && endsLikeUnit(byDuty[1]!)) return { names: byDuty[1]!, role: 'participate', byDuty: true };
    return { names: c };
  }
  // 分别负责, 共同牵头, 各自落实: the adverb belongs to the verb, not to the last name.
  // (各有关部门分头落实: 分头 too, 山东 2019 数字山东.)
  // (区行政服务中心作为建设单位牵头: what the unit is in this work is not part of its name, 平潭 2015 权力运行.)
  const names = c.slice(0, verb.index).replace(/(?:分别|共同|各自|具体|统筹|分工|分头)$/, '');
  const as = /^(.{2,40}?)作为[\u4e00-\u9fa5]{1,8}(?:单位|部门)$/.exec(names);
  return { names: as && endsLikeUnit(as[1]!) ? as[1]! : names, role: verb.role, ...(verb.byDuty ? { byDuty: true } : {}) };
}


/** Splits a cell at its labels: each chunk with the role its label gives (none before the first label). */
function labelledChunks(cell: string): Array<{ role: Role | undefined; text: string }> {
  const chunks: Array<{ role: Role | undefined; text: string }> = [];
  let at = 0;
  let role: Role | undefined;
  for (const m of cell.matchAll(roleLabelPattern)) {
    chunks.push({ role, text: cell.slice(at, m.index) });
    role = roleOfLabel(m[1]!);
    at = m.index + m[0].length;
  }
  chunks.push({ role, text: cell.slice(at) });
  return chunks.map((c) => ({ ...c, text: c.text.replace(/^[；。，、 ]+|[；。，、 ]+$/g, '') })).filter((c) => c.text.length > 0);
}

/** Level prefix (市, 县, 区, 镇) a full name starts with, if any. */
function prefixOf(name: string): string | undefined {
  return levelPrefixes.find((p) => name.startsWith(p));
}

/**
 * Expands a name abbreviated in a list (商务局 after 市发展改革局 → 市商务局).
 * 市场监管局 starts with 市 yet is an abbreviation: the dictionary decides,
 * not the first character.
 */
function expand(name: string, previousPrefix: string | undefined, known: KnownName): { name: string; expanded: boolean } {
  if (known(name) && !bareDepartmentNames.has(name)) return { name, expanded: false };
  const prefix = previousPrefix;
  if (prefix) {
    const candidate = prefix + name;
    if (known(candidate) || bareDepartmentNames.has(name)) return { name: candidate, expanded: true };
  }
  return { name, expanded: false };
}

/** A role in brackets after a name: 市政府办公室（牵头）. */
const roleBracket = /[（(](牵头|主办|牵头单位|负责|配合|协办|参与)[）)]$/;

/** A role word glued between two names of a units cell (区环土局牵头区农发局配合): where the first's clause ends. */
const nameEnd = unitNameEnding.source.replace(/\$$/, '');
const roleGluedBeforeName = new RegExp(`(?<=${nameEnd})(牵头|主办|负责)(?=[\u4e00-\u9fa5]{2,14}?${nameEnd}(?:[、，,]|依据|按|根据|负责|配合|协办|参与|协助|落实|$))`, 'g');

/**
 * Reads a units cell (责任单位栏) into units with roles.
 *
 * Grammar, from the documents: groups separated by ；。 or spaces are
 * independent (各镇（街）；市直各单位); within a group, clauses separated by ，
 * each end in an optional role verb (牵头, 负责, 配合, 按职责分工落实); a clause
 * without a verb takes the verb of the next clause in its group
 * (市编办牵头，市电子政务办、市有关单位，各县人民政府负责 — the last two
 * clauses are both 负责), and a group that ends without a verb is a bare list,
 * i.e. responsible.
 */
export function parseUnitsCell(raw: string, known: KnownName, defaultPrefix?: string): ParsedUnits {
  const notes: string[] = [];
  const read: Array<ParsedUnit & { byDuty: boolean; leading?: boolean }> = [];
  // 责任领导：杜新国 names the leaders in charge, persons, not units (咸安 2023).
  const cell = normalizeCell(raw)
    // 区环土局牵头区农发局配合, 政法综治处牵头各处室依据职责分工负责 (page.txt of a table, the comma lost): a role word glued
    // between two names closes the first's clause.
    .replace(roleGluedBeforeName, '$1，')
    // 来源：平潭综合实验区市场监督管理局, the page's source line run onto the plan's last units cell, names no unit of it.
    .replace(/来源[：:][^；]*$/, (m) => {
      notes.push(`“${m.trim().slice(0, 30)}” is the page's source line, not units: left out`);
      return '';
    })
    // 实际完成情况：… (a 台账's progress written after the units) is what was done, not who does it.
    .replace(/(?:^|[；\s])(?:实际)?(?:完成|进展|落实|推进)情况：.*$/, (m) => {
      notes.push(`“${m.trim().slice(0, 30)}” reports progress, not units: left out`);
      return '';
    })
    // …省政府办公厅配合;完成时限：全年工作 (a 台账 row's deadline field after its units, 云南 2017): when, not who.
    .replace(deadlineField, (m) => {
      notes.push(`“${m.trim().slice(0, 30)}” is the deadline, not units: left out`);
      return '';
    })
    // 区农村发展局治理指标：主要水产品…。工作任务：… (a heading's units label run into the heading's other fields, 平潭 2017
    // 餐桌污染): what the targets and tasks are, not who does them.
    .replace(/(?:治理|工作|考核|绩效|主要)(?:指标|任务|目标)：.*$/, (m) => {
      notes.push(`“${m.trim().slice(0, 30)}” is another field, not units: left out`);
      return '';
    })
    // 项目责任人：尹文德 (up to the next label or ；) names persons; not the end of a units label that names them too
    // (责任单位及责任人：…).
    .replace(/(?<!(?:单位|部门|处室|科室|股室)[及和/、]?)(?:项目|责任|分管|牵头|包保|挂点|联系|主要|带头)?(?:领导|责任人|联系人)(?:同志)?：(?:[^；]*?(?=\s[^\s；：]{2,8}：)\s|[^；]*(?:；|$))/g, (m) => {
      notes.push(`“${m.replace(/[；\s]$/, '')}” names persons, not units: left out`);
      return '';
    });
  const groups = labelledChunks(cell).flatMap((chunk) =>
    splitTopLevel(chunk.text, /[；。]/)
      .flatMap((part) => joinBrokenNames(splitTopLevel(part, / /)))
      .map((text) => ({ text, role: chunk.role })),
  );
  for (const group of groups) {
    const stripped = splitTopLevel(group.text, /[，]/).map(stripVerb);
    // Once the text's own sentence has begun (…各片区管理局对于其他领域，各有关部门和单位都要结合实际，组织开展…), the rest of the
    // group is that sentence, not names.
    const proseFrom = stripped.findIndex((c) => c.prose);
    const clauses = proseFrom < 0 ? stripped : stripped.slice(0, stripped[proseFrom]!.prose === 'after' ? proseFrom + 1 : proseFrom);
    if (proseFrom >= 0) notes.push(`“${splitTopLevel(group.text, /[，]/).slice(proseFrom).join('，').slice(0, 30)}…” is the text's own sentence, not units: left out after the names before it`);
    // Verbless clauses take the role of the next clause that has one; a group
    // ending without a verb is a bare list (responsible), or takes its label's role.
    const roles: Array<{ role: Role; byDuty: boolean }> = [];
    let carried: { role: Role; byDuty: boolean } = { role: group.role ?? 'responsible', byDuty: false };
    for (let i = clauses.length - 1; i >= 0; i--) {
      const c = clauses[i]!;
      // 牵头部门：财政部、银保监会…按职责分工负责 (科技部 2020 农业科技社会化服务): under a lead label, 负责 and 按职责分工
      // say how the leads share the work, not that they do not lead; only 配合 says they assist.
      const underLead = group.role === 'lead' && (c.role === 'responsible' || c.byDuty);
      if (c.role) carried = underLead ? { role: 'lead', byDuty: false } : { role: c.role, byDuty: c.byDuty ?? false };
      roles[i] = carried;
    }
    clauses.forEach((c, i) => {
      let previousPrefix = defaultPrefix;
      for (const written of joinLevelLists(splitTopLevel(c.names, /[、]/).flatMap(splitConjunction)).flatMap(splitRunTogether)) {
        // 市教育局等部门, 区房管局等公共企事业单位行业主管部门: the 等… tail generalises the list, it is not part of a name;
        // after a bracket (省数据局（省营商局）等有关部门) it comes apart from the name, and goes the same way.
        // 市政府办公室（牵头）: the role in a bracket after the name is not part of it.
        // 1.经济发展处（配合区经发局开展…排查整治）: a numbered list of units, each with a note on what it does there —
        // the number and the note are not part of the name.
        const numbered = normalizeUnitName(written).replace(/^\d{1,2}[.、．](?=\S{2})/, '');
        // (Also a short note of what the name includes: 各区县政府﹝含南太湖新区管委会，下同﹞, 各县（含开发区）.)
        // (Or a short one that says so: 市有关单位（见附件1，下同）; or one that says what the unit leads there:
        // 区社会事业局（牵头医疗医美板块）.)
        const longNote = /[（(﹝]([^（）﹝﹞]{10,}|[^（）﹝﹞]*下同|(?:牵头|配合|负责|协助)(?!单位)[^（）﹝﹞]{2,})[）)﹞]$/.exec(numbered);
        // (Or one that sends the reader elsewhere for the details: 交通与建设处（详见附件1）. Not 重点领域相关单位（见附件2）,
        // whose attachment lists who the name stands for: the bundled 揭阳 2018 registers it so.)
        const pointer = /(?<=.{2})[（(]([^（）()]*详见[^（）()]*)[）)]$/.exec(numbered);
        const note = longNote && /开展|配合|负责|根据|包括|下同|排查|整治|指导|协助|牵头/.test(longNote[1]!) ? longNote : (pointer ?? new RegExp(`${inclusionNote.source}$`).exec(numbered));
        // 辖区派出所根据职责落实 inside a list: the name's own by-its-duties phrase, the role its group's.
        const unnoted = (note ? numbered.slice(0, note.index) : numbered).replace(byDutyAtEnd, (all, name: string) => (endsLikeUnit(name) ? name : all));
        if (unnoted !== numbered) notes.push(`“${numbered.slice(unnoted.length)}” after ${unnoted} is a note on its part, not its name: left out`);
        const marked = roleBracket.exec(unnoted);
        const unmarked = marked ? unnoted.slice(0, marked.index) : unnoted;
        // (The 等… tail before a stray closing bracket too: 区水利局等部门） at the end of a bracket's text.)
        let clean = unmarked.replace(/(?<![高中初同平对均])等(?:[^、，；（）()]{0,24}?(?:单位|部门|机构|组织|处室|科室|股室)(?:[、和及](?:单位|部门|处室|科室|股室))*)?(?=[）)]?$)/, '');
        if (!clean) continue;
        // 省广播影视集团）: the closing bracket of the annotation the cell was cut from, not the name's.
        const opened = (clean.match(/[（(]/g) ?? []).length;
        const closedCount = (clean.match(/[）)]/g) ?? []).length;
        if (closedCount > opened && /[）)]$/.test(clean)) clean = clean.replace(/[）)]+$/, '');
        // （招商小分队名单详见附件3）: a note in brackets of its own, pointing elsewhere, is nobody.
        if (/^[（(][^（）()]*(?:详见|见附件|附件\s*\d|附后|另行)[^（）()]*[）)]$/.test(clean)) {
          notes.push(`“${written.trim()}” is a note, not a unit: left out`);
          continue;
        }
        // 各行政村包村领导, 分管领导: persons in charge, not units (as a 责任领导： label names them).
        // 分管副省长、协管副秘书长: office holders, persons too.
        if (/(?:领导|负责人|联系人|责任人|(?:省|市|县|区|乡|镇)长|秘书长)$/.test(clean)) {
          notes.push(`“${written.trim()}” names persons, not units: left out`);
          continue;
        }
        // 协助省长抓好…工作任务的, 按照以上: words of the text's own sentence (a name never ends in 的 nor opens with 按照), not a unit.
        if (/的$/.test(clean) || /^(?:按照?|根据|依据|依照)/.test(clean)) {
          notes.push(`“${written.trim()}” is words of the text, not a unit: left out`);
          continue;
        }
        // One character (区, 市) is what is left of a name cut off at the end of an excerpt, not a unit.
        if (clean.length < 2) {
          notes.push(`“${written.trim()}” is not a whole name (cut off?): left out`);
          continue;
        }
        if (clean !== unmarked) notes.push(`“${written.trim()}” read as ${clean} (${/等/.test(written) ? 'the 等… tail dropped' : 'a stray closing bracket dropped'})`);
        const { name, expanded } = expand(clean, previousPrefix, known);
        if (expanded) notes.push(`abbreviation ${clean} expanded to ${name}`);
        previousPrefix = prefixOf(name) ?? previousPrefix;
        // The cell's first clause, when it has no verb of its own (区农发局，区规划局配合).
        const leading = group === groups[0] && i === 0 && !c.role && group.role === undefined;
        const own = marked ? { role: (/牵头|主办/.test(marked[1]!) ? 'lead' : /负责/.test(marked[1]!) ? 'responsible' : 'participate') as Role, byDuty: false } : roles[i]!;
        read.push({ name, written: written.trim(), ...own, ...(leading && !marked ? { leading } : {}) });
      }
    });
  }
  // "X、Y按职责分工落实" with nobody leading or responsible: each unit carries
  // its own share, which is responsibility, not support of someone else's lead.
  if (read.length > 0 && read.every((u) => u.byDuty)) {
    for (const u of read) u.role = 'responsible';
    notes.push('按职责分工 with no lead or responsible unit: read as responsible');
  }
  // "A，B配合": someone must do what the others support. With nobody leading or
  // responsible, the verbless first clause names the unit that does it.
  else if (read.length > 1 && read.every((u) => u.role === 'participate') && read.some((u) => u.leading) && !read.every((u) => u.leading)) {
    for (const u of read) if (u.leading) u.role = 'responsible';
    notes.push('only supporting units named (…配合): the first, without a verb, read as responsible');
  }
  return { units: strongestRole(read.map(({ byDuty: _byDuty, leading: _leading, ...u }) => u)), notes };
}

/**
 * Spaces separate groups (各镇（街） 市直各单位), but a space inside a name is a
 * line break of the original (省食品药品 监管局): a piece that does not end like
 * a unit, a role verb or a bracket is joined to the next.
 */
function joinBrokenNames(pieces: readonly string[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const piece of pieces) {
    const text = carry + piece;
    if (/[）)〕】，、]$/.test(text) || unitNameEnding.test(text) || roleVerbs.some((v) => v.re.test(text)) || /等$/.test(text)) {
      out.push(text);
      carry = '';
    } else carry = text;
  }
  if (carry) out.push(carry);
  return out;
}


/** A kind of body named without a body (单位, 部门): after 和 it widens the name before it, it names nobody. */
const bareKind = '(?:单位|部门|机构|组织|企业)';
const bareKindFirst = new RegExp(`^${bareKind}(?:$|[和及])`);
/** What after 和 shares the name before it: 各乡镇党委和人民政府, 各有关部门和单位. */
const sharedTail = new RegExp(`^(?:人民政府|政府|党委|党工委|管委会|办事处|${bareKind}|企事业单位)$`);

/**
 * Splits names joined by 和 or 及 (公路局和公安部门, 安监局及保险公司) where
 * both sides are units; names that contain 和 themselves (市发展和改革局,
 * 人力资源和社会保障局) are left whole, because their left side is not a unit.
 */
export function splitConjunction(text: string): string[] {
  // The first 和/及 with a unit before it and a name of its own after it (国务院相关部门和单位及各地区: at 及, not at 和).
  // (与 too: 交通与建设处与资源生态处, at the second 与, where a whole name ends.)
  const join = [...text.matchAll(/(?:以及|和|及|与)/g)].find((j) => {
    const left = text.slice(0, j.index);
    const right = text.slice(j.index + j[0].length);
    return left.length >= 2 && right.length >= 2 && !bareKindFirst.test(right) && (unitNameEnding.test(left) || /^各(?:行政)?村(?:[（(][^（）()]{1,4}[）)])?$/.test(left));
  });
  const left = join && text.slice(0, join.index);
  // (The list's 等 tail after the second name is not part of it: 区农业农村中心及行业协会等, 平潭 2022 种业; it goes later.)
  const right = join && text.slice(join.index + join[0].length).replace(/等$/, '');
  // 国务院相关部门及各地区, 市场监管总局及相关地区: a collective addressee (各地区, 相关地区, 各省级人民政府) after a unit is a name of
  // its own too.
  // (The villages too: 海洋与渔业执法支队一大队和各村, 苏平 2020 安全生产三年行动.)
  // (A village or a community after a unit too, named or collective: 相关联合党委及村居, 新城联合党委及如意社区, 华光联合党委及大厝基村,
  // 金井 2022 城乡建设品质.)
  if (!left || !right || !(unitNameEnding.test(right) || /^各(?:地区|地|省|市|县|区)/.test(right) || /^(?:相关|有关)地区$/.test(right) || /^各(?:行政)?村(?:[（(][^（）()]{1,4}[）)])?$|^各社区$/.test(right) || (unitNameEnding.test(left) && /^(?:(?:各|相关|有关)?村居|(?:相关|有关)?[\u4e00-\u9fa5]{1,6}(?:村|社区))$/.test(right)))) return splitRunTogether(text);
  // 各乡镇党委和人民政府: the second names no place of its own, it shares the first's; one collective name.
  // 各有关部门和单位, …等有关部门和单位: a bare 单位 names nobody, it widens the first; one name (or a 等 tail).
  if (sharedTail.test(right)) return [text];
  // 辖区内各司法所和派出所: 各 covers both, and the second names no place of its own; one collective name.
  // Not after a government (各级政府及发改部门): its departments are bodies of their own.
  // (Not a body of its own after the villages: 各村及包村工作队, the villages and the teams posted to them, 苏平 2023 自建房.)
  if (/^(?:辖区内|全区|全市|全县)?各/.test(left) && !/政府$/.test(left) && !/^(?:各|省|市|县|区|镇|乡|国家|中央)/.test(right) && !(/^各(?:行政)?村$/.test(left) && /工作队$/.test(right))) return [text];
  return [left, ...splitConjunction(right)];
}

/** Ends like a unit's name, its alias in brackets aside (东庠办事处, 各行政村（社区）: villages named together are a unit). */
const endsLikeUnit = (name: string): boolean => unitNameEnding.test(name.replace(/[（(][^（）()]{1,10}[）)]$/, '')) || /^各(?:行政村|村|社区)(?:[（(][^（）()]{1,6}[）)])?$/.test(name);

/** A level that opens a full name after another name (区, 市, 县, 省, 旗, 州, 盟; not a town's 镇 or 乡, part of a name's words). */
const fullLevel = `[${nameLevels.replace(/[镇乡]/g, '')}]`;
const fullNameAfterName = new RegExp(String.raw`^(.{2,30}?(?:局|委|办|厅|中心|政府|院|集团|公司))(${fullLevel}[\u4e00-\u9fa5]{3,30}(?:[（(][^（）()]{1,10}[）)])?)$`);
/** A level's own body or a word about the level (区委, 市政府, 区直, 市级, 区属, 市场), not a unit of its own after a name. */
const levelBodyAt = new RegExp(`^${fullLevel}(?:委|政府|直|级|属|场)`);

/**
 * Two full names printed with no separator (区经济发展局区市场监督管理局, a
 * line break lost): split where a unit's name ends and the next starts with
 * its level. Both halves must read as whole names of at least four characters.
 */
export function splitRunTogether(text: string): string[] {
  // 综合执法局（安监局）规划局: a name with its other name in brackets, then the next name; 各处室（中心）东庠办事处 too.
  const bracketed = /^(.{1,30}?(?:局|委|办|厅|中心|处室|科室|股室)[（(][^（）()]{2,10}[）)])([\u4e00-\u9fa5]{2,20}(?:[（(][^（）()]{1,10}[）)])?(?:[\u4e00-\u9fa5]{2,20}(?:[（(][^（）()]{1,10}[）)])?)?)$/.exec(text);
  if (bracketed && endsLikeUnit(bracketed[2]!)) return [bracketed[1]!, ...splitRunTogether(bracketed[2]!)];
  // (The second may carry its office in brackets: 区环境与国土资源局区农村发展局（农业处）, 平潭 2016 粮食安全 考核表.)
  const m = fullNameAfterName.exec(text);
  if (m && endsLikeUnit(m[2]!) && !levelBodyAt.test(m[2]!)) return [m[1]!, ...splitRunTogether(m[2]!)];
  // 区直有关单位各区属事业单位各区属国企: a collective name (各 and a level, 相关乡镇…) after a whole name;
  // not 国务院相关部门 (the council's own departments: one name).
  // (The first may carry its alias: 各处室（中心）各行政村（社区）; the villages are a collective too: 政法综治处各行政村.)
  const collective = /^(.{2,30}?(?:局|委|办|厅|中心|政府|院|集团|公司|单位|处|队|所|站|室|科|股)(?:[（(][^（）()]{1,10}[）)])?)(各(?:区|市|县|省|乡|镇|街|片区|设区市|有关|分局|处室|科室|股室|派出所|中队|大队|支队|行政村|村|社区)[\u4e00-\u9fa5（）]{0,20}|(?:相关|有关)(?:乡镇|镇|街道)[\u4e00-\u9fa5（）]{0,12})$/.exec(text);
  if (collective && (endsLikeUnit(collective[2]!) || /国企$/.test(collective[2]!))) return [collective[1]!, ...splitRunTogether(collective[2]!)];
  // 知识产权处稽查支队: an office, then a detachment or centre of the same body (a 处 has none under it).
  const officeThenTeam = /^(.{2,20}?处)([\u4e00-\u9fa5]{2,8}(?:支队|大队|中心))$/.exec(text);
  if (officeThenTeam && !/(?:查|惩|办|论|相|到|好|之|何|此|定|实|用|益|长|短|难|妙|住|去|出)处$/.test(officeThenTeam[1]!)) return [officeThenTeam[1]!, ...splitRunTogether(officeThenTeam[2]!)];
  // 经济发展处交通与建设处: two names of the same kind of body, one after the other (a 处 is not part of a 处);
  // not 国家税务总局…税务局 (a bureau of the 总局) nor 市生态环境局咸安分局 (a branch of the bureau).
  const same = /^(.{2,30}?(局|处|厅))([\u4e00-\u9fa5]{3,30}(局|处|厅))$/.exec(text);
  if (same && same[2] === same[4] && !/总局$/.test(same[1]!) && !/分[局处]$/.test(same[3]!) && !/^(?:区|市|县|省)(?:委|政府|直|级|属|场)/.test(same[3]!)) return [same[1]!, ...splitRunTogether(same[3]!)];
  // 公卫家庭处医政医管处医保处, 项目办医政医管处, 办公室（财务科）医政医管处: a bureau's offices, one per paragraph of the cell with
  // the breaks lost; each name two characters or more before its 处, 办, 室, 科 or 股 (not 办公室's 办, nor 处置's 处).
  const office = String.raw`(?:(?<![查惩办论相到好之何此定实用益长短难妙住去出])处(?![置理罚分])|办(?![公事])|室|科|股)(?:[（(][^（）()]{1,10}[）)])?`;
  const offices = new RegExp(String.raw`^([\u4e00-\u9fa5]{2,12}?${office})([\u4e00-\u9fa5]{2,12}?${office}(?:[\u4e00-\u9fa5]{2,12}?${office})*)$`).exec(text);
  // (Not a body and an office of its own: 区管委会办公室政策法规处, 管委会办公室电子政务处 are one name each.)
  if (offices && !/^[区市县省]|管委会|政府|委员会|党工委|党委/.test(offices[1]!)) return [offices[1]!, ...splitRunTogether(offices[2]!)];
  return [text];
}

/** Administrative levels a name can list: 州 and 盟 (autonomous prefectures, leagues) and 旗 beside 市, 县, 区. */
const level = '(?:市|县|区|乡|镇|街道|街|州|盟|旗)';
/**
 * Bare level words: 市, 各乡镇, 各州、市 — part of a name listing levels, not a
 * unit of its own. 各镇（街） with its bracket is a whole name (the towns and streets).
 */
// (With the levels in its bracket: 各市（州）, 各市〔州〕、县〔市、区〕政府 — 吉林 2020.)
const levels = `${level}+(?:[（〔]${level}+(?:、${level}+)*[）〕])?`;
const bareLevel = new RegExp(`^各?(?:有关|相关)?${levels}(?:、${levels})*$`);
/** What may follow a bare level in one name: another level, or a level with the shared suffix (区人民政府), not 市直各单位. */
const levelContinuation = /^(?:市|县|区|乡|镇|乡镇|街道|街|州|盟|旗)(?:[（〔][^）〕]{1,6}[）〕])?(?:(?!直)[\u4e00-\u9fa5（）]{1,16})?$/;
/** Local bodies a 各 list may name beside its levels: 各乡、街办、管理处 (红谷滩 2022). */
const localBody = /^(?:街办|街道办|办事处|管理处|管委会|社区|村|居委会|园区|开发区|农场|林场)$/;

/**
 * Joins the parts of one name that lists levels with 、: 各县、区人民政府,
 * 市、县（区）司法行政主管部门, 各乡镇、街道 — 各 or the shared suffix applies
 * to every level, so splitting them would invent units that do not exist.
 */
export function joinLevelLists(parts: readonly string[]): string[] {
  return joinJointOffices(joinPlaceLists(joinLevels(parts)));
}

/** A party committee named alone: 区党工委, 县委, 市委 (no office after it). */
const bareCommittee = /^(?:[\u4e00-\u9fa5]{0,6}?(?:省|市|县|区|州|旗|镇|乡))?(?:党工委|党委|委)$/;
/** The zone's administration with an office: 管委会办公室 (区党工委、管委会办公室 is one office). */
const zoneOffice = /^(?:[\u4e00-\u9fa5]{0,6}?(?:区|园))?管委会[\u4e00-\u9fa5]{0,8}(?:办公室|办|室|局|中心|部|处)$/;
/** The government's side of an office both bodies run: 县政府督查室 (县委、县政府督查室). */
const jointGovernmentOffice = /^(?:[\u4e00-\u9fa5]{0,6}?(?:省|市|县|区|州|旗))?(?:人民)?政府(?:督查室|督查局|督办室|信访局|信访办)$/;

/**
 * Joins an office the party committee and the administration run together:
 * 区党工委、管委会办公室 (平潭 2015), 县委、县政府督查室. The committee is named
 * alone before it, so the 、 joins two owners of one office, not two units.
 */
function joinJointOffices(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const prev = out.at(-1)?.replace(/\s+/g, '');
    const p = part.replace(/\s+/g, '');
    const joint = prev !== undefined && bareCommittee.test(prev) && ((/党工委$/.test(prev) && zoneOffice.test(p)) || (!/党工委$/.test(prev) && jointGovernmentOffice.test(p)));
    if (joint) out[out.length - 1] = `${out.at(-1)}、${part}`;
    else out.push(part);
  }
  return out;
}

/** A place's bare name: 海东市, 临夏州 (a short name and its level, no department after it). */
const barePlace = /^[\u4e00-\u9fa5]{1,4}(?:市|县|区|州|盟|旗)$/;
/** A place's name followed by a department: 临夏州发展改革部门. */
const placeDepartment = /^[\u4e00-\u9fa5]{1,4}(?:市|县|区|州|盟|旗)[\u4e00-\u9fa5]{2,16}$/;

/**
 * 海东市、兰州市、临夏州发展改革部门: the department applies to every place
 * listed before it, so the list is one name, as 各县、区人民政府 is.
 */
function joinPlaceLists(parts: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const part of parts) {
    const p = part.replace(/\s+/g, '');
    // 市直有关部门、单位: a bare 单位 or 部门 shares the words before it.
    if (/^(?:单位|部门|机构|企业)$/.test(p) && out.length > 0 && run.length === 0) {
      out[out.length - 1] = `${out.at(-1)}、${part}`;
      continue;
    }
    // (A city named without its 市 before one that has it: 济南、青岛、烟台市政府, 山东 2021.)
    if (barePlace.test(p) || (/^[\u4e00-\u9fa5]{2,3}$/.test(p) && !unitNameEnding.test(p))) {
      run.push(part);
      continue;
    }
    const bareCities = run.some((r) => !barePlace.test(r.replace(/\s+/g, '')));
    // (Not places named whole before a government: 川汇区、商水县、项城市、沈丘县人民政府 names four places, each standing for
    // its government, as printed (周口 2013, 福州 2016 马尾区、闽侯县人民政府); a department shared by places is one name, 海东
    // 2020's, and so is a government after cities named without their 市, 济南、青岛、烟台市政府.)
    if (run.length > 0 && placeDepartment.test(p) && unitNameEnding.test(p) && !(/政府$/.test(p) && !bareCities) && (!bareCities || /^[\u4e00-\u9fa5]{2,3}市/.test(p))) {
      out.push([...run, part].join('、'));
      run = [];
      continue;
    }
    // 苏澳、平原、白青、屿头、大练派出所, 金井、澳前片区开发管理局: short names of places that share the last one's kind of
    // body (苏平 2020 创城, 平潭 2016): one name. (Not fields before 部门: 公安、安监部门 are read as two in the corpus's
    // 平潭 2013 道路交通 and as one in others; the split stays.)
    if (run.length > 0 && run.every((r) => /^(?!各)[\u4e00-\u9fa5]{2}$/.test(r.trim())) && /^[\u4e00-\u9fa5]{4,14}$/.test(p) && sharedKind.test(p.slice(2))) {
      out.push([...run, part].join('、'));
      run = [];
      continue;
    }
    out.push(...run, part);
    run = [];
  }
  out.push(...run);
  return out;
}

/** Kinds of body a list of short place names may share: 派出所, 综合执法大队, 片区开发管理局, 工作办事处. */
const sharedKind = /^(?:[\u4e00-\u9fa5]{0,8}(?:派出所|执法大队|中队|大队|管理局|办事处|司法所|财政所|卫生院|中心校|学校)|(?:[\u4e00-\u9fa5]{0,4}片区[\u4e00-\u9fa5]{0,6}))$/;

function joinLevels(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const prev = out.at(-1);
    const p = part.replace(/\s+/g, '');
    // A level with its bracket (各市（州）) goes on only into another such (县（市、区）政府): 各镇（街） is a whole name.
    const bracketed = prev !== undefined && /[（〔]/.test(prev);
    // (Not one enterprise of one level: 各乡镇、区水务集团 are the towns and the district's water company, 平潭 2015 城乡环境.)
    const joinsLevels = prev !== undefined && bareLevel.test(prev.replace(/\s+/g, '')) && levelContinuation.test(p) && !/(?:集团|公司)$/.test(p) && (!bracketed || new RegExp(`^${level}+[（〔]`).test(p));
    // 各乡、街办、管理处: the 各 reaches over short local bodies after the levels.
    const joinsBodies = prev !== undefined && /^各/.test(prev) && prev.split('、').every((x) => x.length <= 4) && localBody.test(p);
    if (joinsLevels || joinsBodies) out[out.length - 1] = `${prev}、${part}`;
    else out.push(part);
  }
  return out;
}

/** A unit named twice in one cell keeps its first position and its strongest role. */
function strongestRole(units: ParsedUnit[]): ParsedUnit[] {
  const rank: Record<Role, number> = { lead: 0, responsible: 1, participate: 2 };
  const out = new Map<string, ParsedUnit>();
  for (const u of units) {
    const seen = out.get(u.name);
    if (!seen) out.set(u.name, { ...u });
    else if (rank[u.role] < rank[seen.role]) seen.role = u.role;
  }
  return [...out.values()];
}
