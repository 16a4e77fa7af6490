/**
 * Table headers: what a column holds by its label (序号, 工作任务, 牵头单位, 完成时限 …), and where a header
 * run together in a text begins and ends. Shared by the row readers (table.ts), the run-on cutter (runon.ts) and
 * the HTML reader's choice of plan table.
 */
import { responsibleLeadLabels, roleKindInfix, roleLabelWords, unitKindWords } from '../model/vocabulary';

/**
 * What a grid column holds, from the table's header row. Headings and the
 * requirement column are found from their content (documents label them
 * inconsistently: 工作要求 is the section column in one plan and the
 * requirement column in another); these kinds are only the ones a header names
 * unambiguously.
 */
export type ColumnKind = 'no' | 'units' | 'lead' | 'responsible' | 'participate' | 'deadline' | 'remarks' | 'status' | 'text';
/** The kinds of column that hold units. */
export const unitColumnKinds: ReadonlySet<ColumnKind | undefined> = new Set<ColumnKind | undefined>(['lead', 'responsible', 'participate', 'units']);

/**
 * Header words, loosest last. A label is matched after spaces are removed;
 * annotations in brackets (牵头单位（部门）) are ignored. The requirement and
 * heading columns are `text`: which of several text columns holds the
 * requirements is decided from their content (工作要求 is the section column
 * in one plan and the requirement column in another).
 */
const unitKinds = unitKindWords.join('|');
/** 局内, 市卫健委内: the body whose own offices an in-house units column names. */
const inHouse = '(?:局内|局|[\\u4e00-\\u9fa5]{1,6}内)?';
/**
 * A column of people (责任领导, 分管领导, 责任人, 牵头市领导): its cells are persons' names, not units; people-columns.ts reads the
 * names apart from the offices beside them.
 */
export const peopleLabel = /^(责任|分管|牵头|包保|挂点|联系|主要|牵头负责|配合|协调|包抓)?(?:省|市|县|区)?(领导|责任人|联系人)$/;

const headerKinds: ReadonlyArray<[RegExp, ColumnKind]> = [
  [/^(序号|编号|序|项目序号|指标序号|任务序号|指标编号)$/, 'no'],
  [new RegExp(`^(${responsibleLeadLabels.join('|')})$`), 'responsible'],
  // Leaders and contact persons (责任领导, 分管领导, 责任人) are people, not units: kept out like remarks.
  // (牵头市领导: a leader of the city's, 聊城 2020 分工方案's 牵头领导、牵头单位和配合单位.)
  // (牵头负责领导 and 配合领导 too, 安徽 2022 重点工作责任分解.)
  [peopleLabel, 'remarks'],
  // 数据提供单位 (成都 2019 and 2022 目标任务 tables, beside 牵头单位): the units that supply the figures take part.
  [/^(数据|材料|信息)(提供|报送)(单位|部门)$/, 'participate'],
  // Who collects an indicator's data or scores it (数据采集单位, 考评单位: 苏平 2022 绩效考核指标, 平潭 2020 公路水路安全联防 考核表): the
  // assessor, not a unit the indicator is given to; its weight or score (权重, 标准分) a figure.
  [/^(数据采集|数据核定|考评|考核|评分|评价)(单位|部门)$/, 'remarks'],
  [/^(权重|分值|标准分|分数|基础分)$/, 'remarks'],
  [/^牵头[（(]负责[）)](单位|部门)$/, 'lead'],
  // 牵头及责任单位, 牵头和配合单位, 牵头（责任）单位, 责任（配合）单位 (大洼 2021 任务分解表): one column for both kinds, roles by
  // what each cell says.
  [/^(牵头|主办|责任)(?:[和及、/](责任|配合|协办)|[（(](责任|配合|协办)[）)])(单位|部门)$/, 'units'],
  // 执行单位, 推进单位, 具体承办单位: who carries the item out.
  [/^(执行|推进|完成|具体承办|具体责任)(单位|部门)$/, 'responsible'],
  // 协同配合单位 (谯城 2020 任务分解表 beside 主要责任单位).
  [/^(协同|协作)(配合|协办)(单位|部门)$/, 'participate'],
  // The role words of the vocabulary, then what the column names (牵头处室, 配合单位, 局内负责处室).
  // An in-house column says whose offices it names (市卫健委内牵头处室 beside 牵头单位, 广州 2023): units all the same.
  [new RegExp(`^${inHouse}(${roleLabelWords.lead.join('|')})(${roleKindInfix}(?:${unitKinds}))?$`), 'lead'],
  [new RegExp(`^${inHouse}(${roleLabelWords.participate.join('|')})(${roleKindInfix}(?:${unitKinds}))?$`), 'participate'],
  // 配合/责任单位: supporting units where the row has a lead, responsible ones where it has none.
  [new RegExp(`^(配合|协办)[/、]?(责任|落实)(${unitKinds})$`), 'participate'],
  // 实施(单位) heads a column as 责任单位 does (a label in running text needs its colon: 实施单位：区交通集团).
  // 整改责任单位: who puts a problem right, in a 问题整改 list; 主要责任单位 (平潭 2016 生态环境保护 分工表) is 责任单位.
  [new RegExp(`^(?:局内|市里|县里|区里|整改|主要|[\u4e00-\u9fa5]{1,6}内)?(${roleLabelWords.responsible.join('|')})(${unitKinds}|主体)?(及分工)?$`), 'responsible'],
  [/^(责任单位|责任部门|责任科室|责任处室|责任股室|牵头单位|配合单位)[/、和及](责任单位|配合单位|协办单位|责任部门|责任科室|完成时限)$/, 'units'],
  // 责任主体与协同单位 (崇川 2023 台账): one column of the units that carry the item out, roles not told apart.
  [/^(责任主体|责任单位|实施主体)[与和及、/](协同|配合|协办|参与)(单位|部门)$/, 'responsible'],
  [/^(完成时限|时限要求|时限|时间|完成时间|时间要求|时间节点|时间安排|时间进度|完成期限|办结时限|进度安排|整改时限|整改期限|整改时间|建设时间|实施时间|建设年限|建设期限)$/, 'deadline'],
  // A project list's place and money (洋县 2024 民生实事 清单: 建设地点 | 建设时间 | … | 年度投资金额（万元）): where and how much,
  // not who; a place (纸坊街道, 谢村镇) reads like a unit.
  [/^(建设地点|实施地点|项目地点|建设地址|地点|(?:年度|计划|总|项目)?投资(?:金额|额|规模)?(?:万元|亿元)?|资金来源)$/, 'remarks'],
  [/^(备注|类型)$/, 'remarks'],
  // A service list's columns (重庆 2024 流动儿童 关爱服务清单: 服务对象 | 服务项目 | 服务内容 | 责任部门): whom it serves and the
  // service's name are said of the row (义务教育服务 on two rows); what is done is its 服务内容.
  [/^(服务对象|适用对象|对象|服务项目)$/, 'remarks'],
  [/^(服务内容|服务事项|服务标准)$/, 'text'],
  // An indicator table's figures (序号 | 指标名称 | 2020年完成值 | 2025年目标值 | 责任单位, 平潭 2023 一老一小): values, not who.
  [/^(完成值|目标值|基期值|基准值|现状值|预期值|现值|实际值|指标值|指标属性|属性)$/, 'remarks'],
  [/^(指标名称|指标内容|主要指标|指标项目)$/, 'text'],
  // What an item is measured by (绩效指标, 2017 专利 任务分解表): said after the units, not who does it.
  [/^(绩效指标|考核指标|预期(?:目标|成效|成果)|完成标准|成果形式|验收标准|评价标准|工作成效|考核标准|评分标准|评分细则|考核办法|评价方法|考核方法|考核方式|评价方式)$/, 'remarks'],
  // 国务院 2018 改革举措推广清单: the department that guides each measure, and where it applies (not a unit).
  [/^(指导|主管)(部门|单位)$/, 'responsible'],
  [/^(推广|适用|实施)范围$/, 'remarks'],
  // 任务来源 (平潭 2016 生态环境保护 分工表: the documents each measure comes from), 工作依据: where, not who.
  [/^(任务|工作|政策|文件)?(来源|依据|出处)$/, 'remarks'],
  // 公开载体 (市政府门户网站、新闻媒体): where an item is published, not who does it.
  [/^(公开|发布)(载体|渠道|平台|形式|方式|途径)$/, 'remarks'],
  // 任务分工 over a column of names (山东 2023 教育厅 工作要点 | 具体要求 | 任务分工): who the task is divided to.
  [/^(任务分工|责任分工|分工)$/, 'responsible'],
  // 部门 | 主要职责分工 (管委会办 2022 自建房 部门主要职责分工表): the department, then what it does.
  [/^部门$/, 'responsible'],
  [/^(?:主要|部门|工作)?职责(?:分工|任务|内容)?$/, 'text'],
  // 配合工作 (市场监管局 2016 牵头处室分解表: the work the bureau takes part in | the office leading it): the work, not a role.
  [/^(配合工作|配合事项|协办事项|协调事项)$/, 'text'],
  // 1-10月推进情况, 一季度进展情况: a 台账's progress columns, one per period.
  [/^(?:.{1,8}?(?:月|季度|年度|年))?(落实情况|完成情况|进展情况|工作进展|推进情况|进度情况|办理情况)$/, 'status'],
  [/^(工作要求|工作任务|具体任务|具体要求|任务内容|工作内容|重点任务|主要任务|工作措施|具体措施|工作目标|目标任务|任务|目标|主要内容|细化分工|工作事项|重点工作|任务名称|项目名称|建设内容|项目内容|实施内容|名称|项目|子项|分项|主线|类别|内容|事项|公开内容|工作重点|具体内容|主要措施|任务举措|具体工作|主要工作|实事项目|民生实事项目|民生实事|存在问题|主要问题|发现问题|问题描述|问题表现|整改措施|整改要求|整改目标)$/, 'text'],
];

/** Requirement and heading column labels not in the list: 具体工作要求, 主要工作内容, 重点工作任务, 任务事项, 整改目标和措施, 阶段任务. */
const textLabel = /^(?:具体|主要|重点|工作|目标|年度|细化|改革|创新|任务|落实|整改|推进|阶段)?(?:工作|公开|改革)?(?:要求|任务|内容|措施|目标|事项|举措|分工|重点)(?:[和及与、](?:要求|任务|内容|措施|目标|事项|举措))?$/;

/** The kind of column a header label names, or undefined for a label the list does not know. */
export const headerKind = (label: string): ColumnKind | undefined => {
  // (A year before the label says which year's column it is: 2024年建设内容, 2023年度目标.)
  // (A units column that names each unit's person too, 责任单位及责任人, 责任单位/责任人, is a units column.)
  const l = label.replace(/\s+/g, '').replace(/[（(][^）)]{0,12}[）)]$/, '').replace(/^(?:19|20)\d{2}年度?(?=\D{2})/, '').replace(/(?<=(?:单位|部门|处室|科室|股室))[及和/、](?:责任人|负责人|联系人)$/, '');
  if (l.length > 14) return undefined;
  return headerKinds.find(([re]) => re.test(l))?.[1] ?? (textLabel.test(l) ? 'text' : undefined);
};

/**
 * A table's header run together at the end of a text (…分解表工作任务工作要求牵头单位配合/责任单位,
 * a page saved as one line): the labels and their kinds, or null. Every character of the run must be
 * a label, and one of them a units column.
 */
export function headerRunAtEnd(text: string): { at: number; labels: Array<{ label: string; kind: ColumnKind }> } | null {
  // Labels may be spaced out (工 作 任 务 牵头单位 责 任 单 位): read without the spaces, cut where the text was.
  const positions: number[] = [];
  let t = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    positions.push(i);
    t += text[i];
  }
  const segment = (from: number): Array<{ label: string; kind: ColumnKind }> | null => {
    if (from === t.length) return [];
    for (let end = Math.min(t.length, from + 10); end >= from + 2; end--) {
      const label = t.slice(from, end);
      const kind = headerKind(label);
      if (!kind) continue;
      const rest = segment(end);
      if (rest) return [{ label, kind }, ...rest];
    }
    return null;
  };
  for (let at = Math.max(0, t.length - 60); at <= t.length - 4; at++) {
    const labels = segment(at);
    if (labels && labels.length >= 2 && labels.some((l) => unitColumnKinds.has(l.kind))) return { at: positions[at]!, labels: foldedRun(labels) };
  }
  return null;
}

/**
 * A header in two rows run together (…工作要求责任单位牵头单位配合/责任单位: 责任单位 spanning 牵头单位 | 配合/责任单位 in the
 * first row, the second row's labels printed after the whole first row): the second row's units labels in the place of the
 * first row's one spanning label. Only where that label names no role (责任单位, 责任部门, 考核部门) and the second row names
 * a lead or participating column: 牵头单位 | 责任单位 | 配合单位 in one row stay as they are.
 */
export function foldedRun<T extends { label: string; kind: ColumnKind | undefined }>(labels: T[]): T[] {
  for (let k = labels.length - 2; k >= 1; k--) {
    const second = labels.slice(k);
    if (!second.every((l) => unitColumnKinds.has(l.kind)) || !second.some((l) => l.kind === 'lead' || l.kind === 'participate')) continue;
    const parents = labels.slice(0, k).flatMap((l, p) => (spanningUnitsLabel.test(l.label) ? [p] : []));
    if (parents.length === 1) return [...labels.slice(0, parents[0]!), ...second, ...labels.slice(parents[0]! + 1, k)];
  }
  return labels;
}

/** A units label naming no role, which a header in two rows spans over its role columns (责任单位 over 牵头单位 | 配合单位). */
const spanningUnitsLabel = /^(?:责任|考核|主管|承办)?(?:单位|部门|处室|科室|股室)$/;

/**
 * An indicator table's levels (一级指标二级指标序号三级指标考核标准评价方法责任单位, 金井 2022 城乡建设品质 run together): text columns
 * of a header run together beside a units column. Not labels of a grid's header row on their own: an indicator table without
 * units (一级指标 | 二级指标 | 评价标准, 广州 2023 家庭医生's 附件1) is no plan's table.
 */
const indicatorLevel = /^[一二三四]级指标$/;

/** A heading's number in brackets, （一） or (2): never a label's annotation. */
const numberedHeadingEnd = /[（(][一二三四五六七八九十\d]{1,3}[)）]$/;

/**
 * A table's header run together starting at `from` (序号名称类型具体内容责任部门…, a page saved as one line):
 * where it ends and its labels, or null when fewer than three labels, one a 序号 or units column, start there.
 */
export function headerRunFrom(text: string, from: number): { end: number; labels: Array<{ label: string; kind: ColumnKind }> } | null {
  // Labels may be spaced out (序号工 作 任 务牵头单位…): read without the spaces, as headerRunAtEnd does.
  const positions: number[] = [];
  let t = '';
  for (let i = from; i < Math.min(text.length, from + 200); i++) {
    if (/\s/.test(text[i]!)) continue;
    positions.push(i);
    t += text[i];
  }
  const labels: Array<{ label: string; kind: ColumnKind }> = [];
  let at = 0;
  for (;;) {
    let found = false;
    for (let end = Math.min(t.length, at + 14); end >= at + 2; end--) {
      const label = t.slice(at, end);
      // (Not the first rows' heading number as the label's note: 完成时限（一）合理配置….)
      const kind = numberedHeadingEnd.test(label) ? undefined : (headerKind(label) ?? (indicatorLevel.test(label) ? 'text' : undefined));
      if (!kind) continue;
      labels.push({ label, kind });
      at = end;
      found = true;
      break;
    }
    // A label the list does not know right after 序号 (序号普法内容责任领导责任处室备注, 平潭 2021 普法责任清单): a text column, where
    // known labels naming a units column follow it. Only one, and only there: elsewhere an unknown word ends the header.
    if (!found && labels.length === 1 && labels[0]!.kind === 'no') {
      for (let end = at + 2; end <= Math.min(t.length, at + 8) && !found; end++) {
        const rest = headerRunFrom(t.slice(end), 0);
        // (The first known label after it not a text one: 普法内容 | 责任领导, not 普法 | 内容 | 责任领导.)
        if (!rest || rest.labels[0]!.kind === 'text' || !/^[\u4e00-\u9fa5]+$/.test(t.slice(at, end))) continue;
        labels.push({ label: t.slice(at, end), kind: 'text' }, ...rest.labels);
        at = end + rest.labels.reduce((n, l) => n + l.label.length, 0);
        found = true;
      }
    }
    if (!found) break;
  }
  // The years a spanned column is divided into, printed after the header's first row (序号名称类型阶段任务责任单位2024年2025年
  // 2026年1开展…, 苏平 2024 安全 治本攻坚): part of the header, not of the first row; no columns of their own here, the row's
  // text holding each year's words.
  if (labels.length >= 3) at += /^(?:(?:19|20)\d{2}年度?){2,}/.exec(t.slice(at))?.[0].length ?? 0;
  const end = at === 0 ? from : positions[at - 1]! + 1;
  return labels.length >= 3 && labels.some((l) => unitColumnKinds.has(l.kind)) ? { end, labels: foldedRun(labels) } : null;
}

/** True for a header row repeated at the top of a table or page. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c.length > 0);
  // One unit word alone (责任单位) is a units annotation, not a header; a header names at least two columns.
  if (filled.length < 2) return false;
  if (filled.every((c) => headerKind(c) !== undefined) && filled.some((c) => headerKind(c) !== 'text')) return true;
  // Labels the list does not know (存在问题 | 整改目标和措施 | 责任单位): short, no sentence, with a units column among them.
  // A label it knows may hold digits (1-10月推进情况).
  return (
    filled.every((c) => c.length <= 10 && (headerKind(c) !== undefined || !/[。；，、:：\d]/.test(c))) &&
    filled.some((c) => unitColumnKinds.has(headerKind(c))) &&
    filled.filter((c) => headerKind(c) === undefined).length <= Math.max(2, filled.length / 2)
  );
}

/** True for a single cell that is a header label (one cell per line layouts). */
export const isHeaderLabel = (text: string): boolean => headerKind(text) !== undefined && text.replace(/\s+/g, '').length <= 8;

/** The width of one table where a header row is one table's labels repeated (a units column among them), or 0. */
export function sideBySideWidth(labels: readonly string[]): number {
  const plain = labels.map((l) => l.replace(/\s+/g, ''));
  for (let width = 2; width * 2 <= plain.length; width++) {
    if (plain.length % width !== 0) continue;
    const one = plain.slice(0, width);
    if (!plain.every((l, k) => l === one[k % width])) continue;
    const kinds = one.map(headerKind);
    if (kinds.some((k) => unitColumnKinds.has(k)) && kinds.filter(Boolean).length >= 2) return width;
  }
  return 0;
}

/**
 * The rows of tables printed side by side (one list per table, each in printed order), in the order they are read:
 * numbered down the first table, then the next (1–13 | 14–26), table after table; else row by row, as printed.
 */
export function sideBySideOrder<T>(tables: ReadonlyArray<readonly T[]>, serialOf: (row: T) => string): T[] {
  const all = tables.flat();
  const numbers = all.map((r) => Number(serialOf(r)));
  if (numbers.length > 0 && numbers.every((n, k) => Number.isInteger(n) && n > 0 && (k === 0 || n > numbers[k - 1]!))) return all;
  const out: T[] = [];
  for (let r = 0; r < Math.max(0, ...tables.map((t) => t.length)); r++) for (const t of tables) if (t[r] !== undefined) out.push(t[r]!);
  return out;
}
