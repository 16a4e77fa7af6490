import type { PlanEntry, Section, Task } from '../schema/plan';

/**
 * The words of the domain, in one place: how a plan's units cell says who
 * leads, is responsible or takes part (roles and their Chinese labels), which
 * brackets nest, which unit names are collective designations, and how
 * sections, tasks and plans are labelled. The units reader, the registry,
 * pages, data, search and the benchmark corpus generator read them from
 * here, so a new verb or label is taught once.
 *
 * Plain TypeScript with no dependencies: browser code (the search page) uses
 * it too. The schema (src/lib/schema/plan.ts) builds its zod enum of roles
 * from `roles` here.
 */

// ---------------------------------------------------------------- roles

/**
 * How a unit takes part in a requirement, in the order pages list them:
 * - `lead` 牵头, 主办;
 * - `responsible` 负责, 分别负责, 按职责分工负责, 落实, or a bare list with no verb;
 * - `participate` 配合, 协办, 会办, 参与, 按职责分工落实, 参照落实.
 */
export const roles = ['lead', 'responsible', 'participate'] as const;
export type Role = (typeof roles)[number];

/** Chinese labels for roles, as pages, data (role_label) and search facets show them. */
export const roleLabels: Readonly<Record<Role, string>> = {
  lead: '牵头',
  responsible: '负责',
  participate: '配合',
};

/**
 * Role verbs that close a clause of a units cell, most specific first, with
 * the role each gives. 按职责分工… covers the many ways documents say "each
 * according to its duties" (落实, 强化监管, …): `byDuty` marks it, because
 * with nobody leading or responsible it means responsible.
 */
/** By its duties: 按职责分工, 根据职责, 依据行业分管 — the words before a verb that say each unit acts within its own remit. */
export const byDutyWords = '(?:按照?|根据|依据|依照)(?:各自)?(?:职责|职能|行业分管)(?:分工)?';

/**
 * The role words right after a units cell's names, where the cell runs on into the next (区农发局牵头，…; 苏平片区消安委依据职责负责
 * 常态化落实): what belongs to the cell. (Marked pure so the search page's script, which imports this module, leaves it out: that
 * script has a size budget, tests/search/search-page.test.ts.)
 */
export const roleWordsAfterNames = /* @__PURE__ */ new RegExp(`^(?:${byDutyWords})?(?:共同|分别|具体)?(?:负责牵头|牵头(?:负责|落实)?|主办|负责(?:落实)?|配合(?:落实)?|协办|参与|协助|协同|落实)`);

export const roleVerbs: ReadonlyArray<{ re: RegExp; role: Role; byDuty?: boolean }> = [
  // 各市州、县市区人民政府均为责任单位: the role named as a kind of unit.
  { re: /(?:均|都|也)?(?:为|是|作为)牵头单位$/, role: 'lead' },
  { re: /(?:均|都|也)?(?:为|是|作为)(?:配合|协办)单位$/, role: 'participate' },
  { re: /(?:均|都|也)?(?:为|是|作为)责任单位$/, role: 'responsible' },
  // …按职责分工负责 keeps its verb: each unit is responsible for its share, lead or no lead (平潭 2017).
  // (依据职责负责, 依据行业分管负责: 苏平 2024 消防 治本攻坚.)
  { re: new RegExp(`${byDutyWords}(?:分别|具体)?负责$`), role: 'responsible' },
  { re: new RegExp(`${byDutyWords}(?:分别)?牵头$`), role: 'lead' },
  { re: new RegExp(`${byDutyWords}[\\u4e00-\\u9fa5]{0,8}$`), role: 'participate', byDuty: true },
  { re: /参照(?:执行|落实)$/, role: 'participate' },
  // 各片区负责配合落实: 负责 before 配合 says whose part it is to assist.
  { re: /(?:负责)?(?:配合|协办|会办|参与|参加|协助|协同)(?:落实|实施)?$/, role: 'participate' },
  // 市政府办公室统筹协调: the unit that coordinates the others leads.
  { re: /(?:负责牵头|牵头(?:负责|落实|组织实施|实施|办理)?|主办|统筹(?:协调|推进|指导)?)$/, role: 'lead' },
  { re: /(?:分别负责|具体负责|共同负责|负责落实|分工负责|分工落实|(?:分工|负责)?组织实施|负责|组织落实|落实|负责办理|办理|承办)$/, role: 'responsible' },
  // (生态环境部指导，试点城市政府负责落实, 国务院办公厅 2018 无废城市: the ministries that guide a pilot's work are its
  // responsible units, as a 指导部门 column's are.)
  { re: /(?:负责|分别|共同)?指导$/, role: 'responsible' },
];

/** The role verb a clause ends with: where it starts, and the role; null when the clause has none (a bare list). */
export function roleVerbAt(clause: string): { index: number; role: Role; byDuty: boolean } | null {
  for (const v of roleVerbs) {
    const m = v.re.exec(clause);
    if (m) return { index: m.index, role: v.role, byDuty: v.byDuty ?? false };
  }
  return null;
}

/** The role a clause of a units cell gives its names: its closing verb's, or responsible for a bare list (各镇（街）). */
export function roleOfClause(clause: string): Role {
  return roleVerbAt(clause)?.role ?? 'responsible';
}

/**
 * The words a role label or a units column header opens with (牵头单位,
 * 配合处室, 责任科室, 局内负责处室), by the role they give.
 */
export const roleLabelWords: Readonly<Record<Role, readonly string[]>> = {
  lead: ['牵头', '主办'],
  // 主责 is 主要责任 (主责单位, 主责部门: a 督办 system's field for the unit a matter is assigned to), 承担单位 the unit
  // that takes the work on: responsible. 协作单位 assists. 推进单位 (beside a 牵头单位, 金井 2021 退役军人) carries the work forward.
  // 执行单位 carries the item out; 主管部门 and 指导单位 are the bodies an item is given to in a 清单 (as their columns are).
  responsible: ['责任', '落实', '承办', '负责', '具体负责', '实施', '主责', '承担', '推进', '执行', '主管', '指导'],
  participate: ['配合落实', '配合', '协办', '会办', '参与', '协助', '协同', '协作', '参加'],
};
/** What a role label names after its role word: 单位, 部门, 处室, 科室, 股室, 主体 (责任主体：资源生态处、…, 苏平 2021). */
// (机关: 责任机关, 牵头机关, as a 督查 list names the bodies it holds to account.)
export const unitKindWords: readonly string[] = ['单位', '部门', '处室', '科室', '股室', '主体', '机关'];
/** Labels that open with 牵头 but name the unit that carries the task out: responsible. */
export const responsibleLeadLabels: readonly string[] = ['牵头落实单位', '牵头落实部门'];
/**
 * 责任 or 负责 between a role word and the kind of unit adds nothing to the role: 牵头责任单位 leads beside a
 * 责任单位 (恩阳 2022, 南陵 2024, 湘阴 2019), 协同责任单位 assists a 牵头责任单位 (滁州 2020).
 */
export const roleKindInfix = '(?:责任|负责)?';
/** The labels a deadline field opens with (完成时限：, 时间节点：), in a table's header or beside the units. */
// (整改时限：, 办结时限： in a problem list's fields: when the problem is put right.)
export const deadlineWords = '(?:完成时限|时限要求|完成时间|时间要求|时间节点|完成期限|(?:整改|办结)?时限|整改期限)';

const anyRoleWord = /* @__PURE__ */ roles.flatMap((r) => roleLabelWords[r]).join('|');
/** Two role words joined in one label (牵头和责任单位, 牵头/配合单位): responsible, the roles not told apart. */
const jointRoleWords = '(?:牵头|主办)[和及、/](?:责任|配合|协办)';

/**
 * Labels that name the role of what follows them, in list annotations and in
 * cells composed from two units columns: 牵头单位：…；配合单位：…. The label
 * is the first group.
 */
// 牵头：…；配合：… (the role word alone as a label) is read as 牵头单位：…, for the three words that cannot open a sentence's clause (not 主办：, which is a website footer's label).
// 责任处室、单位：… (责任处室及单位：…, 苏平 2020 渔业安全) names two kinds of units under one role.
// 配合处室（单位）：… names the second kind in brackets.
// 部门分工：X牵头，Y配合 (广东 2021 政府工作报告 分工): a label that names the division, the roles in its clauses.
// 主要责任单位：… (a 创城 working group's 牵头单位：…主要责任单位：…): a qualifier before the role word is the label's own.
// 牵头和责任单位：…, 牵头及配合单位：… (one label for both kinds, as such a column is one): the names carry the item together.
// 责任单位及责任人：…, 责任单位（责任人）：… name each unit's person too: a units label all the same.
export const roleLabelPattern = /* @__PURE__ */ new RegExp(`(${responsibleLeadLabels.join('|')}|(?:部门|责任|任务)分工|(?:主要|其他|相关)?(?:${jointRoleWords}|${anyRoleWord})${roleKindInfix}(?:${unitKindWords.join('|')})(?:[、/及和](?:${unitKindWords.join('|')}|责任人|负责人)|[（(](?:${unitKindWords.join('|')}|责任人|负责人)[）)])?|牵头|配合|协办)：`, 'g');

/** The role a label gives: 牵头单位 and 牵头责任单位 lead, 配合单位 participate, 责任单位 and 牵头落实单位 responsible. */
export function roleOfLabel(label: string): Role {
  if (responsibleLeadLabels.includes(label) || new RegExp(`^${jointRoleWords}`).test(label)) return 'responsible';
  const word = label.replace(/^(?:主要|其他|相关)/, '');
  return (['lead', 'participate', 'responsible'] as const).find((r) => roleLabelWords[r].some((w) => word.startsWith(w))) ?? 'responsible';
}

// ---------------------------------------------------------------- brackets

/** Bracket pairs that nest inside a unit name or a cell: full- and half-width round, 〔〕 of document numbers, square and 【】. */
export const bracketPairs: ReadonlyArray<readonly [open: string, close: string]> = [
  ['（', '）'],
  ['(', ')'],
  ['〔', '〕'],
  ['[', ']'],
  ['【', '】'],
  // The small forms a Word document or a converter may leave (﹝含南太湖新区管委会，下同﹞, 湖州 2022).
  ['﹝', '﹞'],
];
const openers = new Set(bracketPairs.map(([o]) => o));
const closers = new Set(bracketPairs.map(([, c]) => c));

/**
 * Splits at separators that are not inside brackets, so 各县（市、区）人民政府
 * stays one name. Pieces are returned as written (not trimmed, empty ones
 * kept); an unmatched closing bracket is ignored.
 */
export function splitOutsideBrackets(text: string, separators: RegExp | string): string[] {
  const isSeparator = typeof separators === 'string' ? (ch: string) => separators.includes(ch) : (ch: string) => separators.test(ch);
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (openers.has(ch)) depth++;
    else if (closers.has(ch) && depth > 0) depth--;
    if (depth === 0 && isSeparator(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

// ---------------------------------------------------------------- unit names

/**
 * True when a name is a collective designation rather than one body
 * (各镇（街）, 市直各单位, 市有关单位): such names have pages but take no
 * part in rankings of departments, and the data marks them.
 */
export function isCollectiveName(name: string): boolean {
  return /^各/.test(name) || /(各|有关|相关|其他|其它)(单位|部门|科室|处室|镇|街)/.test(name) || /各单位|各部门|各科室/.test(name);
}

// ---------------------------------------------------------------- labels

/** A section as printed: 一、优化政务公开工作基础. */
export function sectionLabel(section: Pick<Section, 'no' | 'title'>): string {
  return `${section.no}、${section.title}`;
}

/** A task as printed: （一）深化行政规章、规范性文件集中公开; a task without a number is its title. */
export function taskLabel(task: Pick<Task, 'no' | 'title'>): string {
  return `${task.no ? `（${task.no}）` : ''}${task.title}`;
}

/** Where a requirement sits: 一、… › （二）…, or the section alone when the plan has no task level there. */
export function placeLabel(section: Pick<Section, 'no' | 'title'>, task: Pick<Task, 'no' | 'title'> | null): string {
  return task ? `${sectionLabel(section)} › ${taskLabel(task)}` : sectionLabel(section);
}

/**
 * The plan's own name without the notice wrapper: 雷州市人民政府办公室关于印发
 * 雷州市2022年政务公开工作要点分工方案的通知 → 雷州市2022年政务公开工作要点分工方案.
 */
export function planShortTitle(plan: Pick<PlanEntry, 'title'>): string {
  const quoted = /《([^》]+)》/.exec(plan.title);
  if (quoted?.[1]) return quoted[1].replace(/\s+/g, '');
  const printed = /印发(.+?)的通知$/.exec(plan.title.replace(/\s+/g, ''));
  return printed?.[1] ?? plan.title;
}

/**
 * The one short name of a plan, wherever the site names it in short (the
 * plan page's breadcrumb, search results): its short title, followed by the
 * issuer in brackets when the title does not begin with the issuer's place,
 * so that a department's plan does not read as its city government's
 * (江门建管中心's 2022年政务公开工作要点分工方案 → 2022年政务公开工作要点分工方案（江门市政府投资工程建设管理中心）).
 */
export function planLabel(plan: Pick<PlanEntry, 'title' | 'issuer'>): string {
  const title = planShortTitle(plan);
  const place = /^.+?[省市县区旗州盟]/u.exec(plan.issuer)?.[0];
  return place && title.startsWith(place) ? title : `${title}（${plan.issuer}）`;
}
