// The domain vocabulary (src/lib/model/vocabulary.ts) over real cells and
// titles of the four bundled plans: 雷州 2022, 梅州 2021, 揭阳 2018 and
// 江门建管中心 2022. Each case says which plan it is from.
import { describe, expect, it } from 'vitest';
import {
  isCollectiveName,
  placeLabel,
  planLabel,
  planShortTitle,
  roleLabels,
  roleOfClause,
  roleLabelPattern,
  roleOfLabel,
  roles,
  roleVerbAt,
  sectionLabel,
  splitOutsideBrackets,
  taskLabel,
} from '../../src/lib/model/vocabulary';
import { role as roleSchema } from '../../src/lib/schema/plan';
import { loadCatalog } from '../unit-pages/content';

describe('roles', () => {
  it('are the schema\'s codes, in the order pages list them, with their Chinese labels', () => {
    expect(roleSchema.options).toEqual([...roles]);
    expect(roles.map((r) => roleLabels[r])).toEqual(['牵头', '负责', '配合']);
  });
});

describe.each([
  // 梅州: two departments lead.
  ['市政府办公室、市政务服务数据管理局牵头', 'lead', '牵头', false],
  // 雷州: the city's units take part, each by its duties.
  ['市直各单位按职责分工落实', 'participate', '按职责分工落实', true],
  // 梅州: the same with 按照, and a verb other than 落实.
  ['市发展改革局、财政局、审计局、市场监管局按照职责分工强化监管', 'participate', '按照职责分工强化监管', true],
  // 江门建管中心: the centre's offices assist.
  ['各科室协办', 'participate', '协办', false],
  // 揭阳: 分别负责 is one verb, the adverb stays with it.
  ['各县(市、区)人民政府(管委会)分别负责', 'responsible', '分别负责', false],
  // 揭阳: plain 负责.
  ['市电子政务办负责', 'responsible', '负责', false],
  // The unit that coordinates the others leads them; 协同 is 配合.
  ['市政府办公室统筹协调', 'lead', '统筹协调', false],
  ['区司法局、区政务服务中心协同', 'participate', '协同', false],
  // 按职责分工 before 牵头 still leads.
  ['省政府办公厅、省政务服务局按职责分工牵头', 'lead', '按职责分工牵头', false],
  // 国务院办公厅 2018 无废城市: the ministries that guide a pilot are responsible for it; 统筹指导 still leads.
  ['生态环境部、国家发展改革委、工业和信息化部指导', 'responsible', '指导', false],
  ['省政府办公厅统筹指导', 'lead', '统筹指导', false],
  // 苏平 2024 消防 治本攻坚 (corpus page.txt): 依据 for 按照, and 行业分管 for the duties a unit has over its trade.
  ['各处室、区公安局苏平支队依据行业分管负责', 'responsible', '依据行业分管负责', false],
  ['苏平片区消安委依据职责负责', 'responsible', '依据职责负责', false],
])('the clause %j', (clause, role, verb, byDuty) => {
  it(`ends in ${verb}, role ${role}`, () => {
    const at = roleVerbAt(clause);
    expect(at).toMatchObject({ role, byDuty });
    expect(clause.slice(at!.index)).toBe(verb);
    expect(roleOfClause(clause)).toBe(role);
  });
});

describe.each([
  // 雷州 and 梅州: a bare list, with no verb, is responsible.
  ['市直各单位'],
  ['各县（市、区）人民政府'],
  // 江门建管中心.
  ['办公室'],
])('the bare clause %j', (clause) => {
  it('has no verb and is responsible', () => {
    expect(roleVerbAt(clause)).toBeNull();
    expect(roleOfClause(clause)).toBe('responsible');
  });
});

describe.each([
  ['牵头单位', 'lead'],
  ['主办单位', 'lead'],
  ['责任单位', 'responsible'],
  // The 梅州 header 牵头落实单位 names who carries the work out, not a lead.
  ['牵头落实单位', 'responsible'],
  ['配合单位', 'participate'],
  ['协办科室', 'participate'],
  // 恩阳 2022 若干措施: 牵头责任单位 beside 责任单位; 滁州 2020: 协同责任单位 beside 牵头责任单位.
  ['牵头责任单位', 'lead'],
  ['协同责任单位', 'participate'],
  // 平潭 2019 海关 十二条: 牵头单位 / 配合单位 / 实施单位 lines under each measure.
  ['实施单位', 'responsible'],
  // 广东 2021 政府工作报告 分工: 部门分工：X牵头，Y配合 — the roles in its clauses, responsible where none is said.
  ['部门分工', 'responsible'],
  ['责任分工', 'responsible'],
  // 平潭 2021 防汛: two kinds of units under one role.
  ['责任处室、单位', 'responsible'],
  // 苏平 2020 渔业安全三年行动: the two kinds joined by 及.
  ['责任处室及单位', 'responsible'],
  // 平潭 2020 君山 消防攻坚: the second kind in brackets.
  ['配合处室（单位）', 'participate'],
  ['责任处室（单位）', 'responsible'],
  // 苏平 2021 串点连线成片: each task closed by (责任主体：资源生态处、…).
  ['责任主体', 'responsible'],
  // 金井 2023 创城: 牵头单位：…主要责任单位：… — a qualifier before the role word is the label's own.
  ['主要责任单位', 'responsible'],
  ['主要牵头单位', 'lead'],
  // 督办 systems' and 督查 lists' labels: 主责单位：纪检组 (the unit a matter is assigned to), 承担单位, 协作单位, 责任机关.
  ['主责单位', 'responsible'],
  ['主责部门', 'responsible'],
  ['承担单位', 'responsible'],
  ['协作单位', 'participate'],
  ['责任机关', 'responsible'],
  // Labels a 清单 gives the body an item is handed to, as their columns do: 执行单位, 主管部门, 指导单位.
  ['执行单位', 'responsible'],
  ['主管部门', 'responsible'],
  ['指导单位', 'responsible'],
  // One label for both kinds (as a 牵头及责任单位 column is one): the roles are not told apart.
  ['牵头和责任单位', 'responsible'],
  ['牵头及配合单位', 'responsible'],
  // A units label that names each unit's person too.
  ['责任单位及责任人', 'responsible'],
  ['责任单位（责任人）', 'responsible'],
])('the label %s', (label, role) => {
  it(`gives ${role}`, () => {
    expect(roleOfLabel(label)).toBe(role);
    expect([...`${label}：市财政局；`.matchAll(roleLabelPattern)].map((m) => m[1])).toEqual([label]);
  });
});

describe.each([
  // 梅州: 、 inside 各县（市、区） does not split.
  ['各县（市、区）人民政府；市直各单位', '；', ['各县（市、区）人民政府', '市直各单位']],
  // 揭阳: half-width brackets, two of them in one name.
  ['市有关单位,各县(市、区)人民政府(管委会)分别负责', ',', ['市有关单位', '各县(市、区)人民政府(管委会)分别负责']],
  // 雷州: full-width brackets; separators given as a pattern; the space after ; is kept.
  ['各镇(街); 市政府办公室、市政务服务数据管理局牵头', /[;；]/, ['各镇(街)', ' 市政府办公室、市政务服务数据管理局牵头']],
  // 〔〕 of a document number and 【】 nest too.
  ['粤府办〔2018〕19号、【公开方式】主动公开', '、', ['粤府办〔2018〕19号', '【公开方式】主动公开']],
  // An unmatched closing bracket does not swallow the rest.
  ['市财政局）、市审计局', '、', ['市财政局）', '市审计局']],
])('splitOutsideBrackets(%j)', (text, separators, parts) => {
  it(`gives ${parts.length} pieces`, () => {
    expect(splitOutsideBrackets(text, separators)).toEqual(parts);
  });
});

describe.each([
  ['各镇（街）', true],
  ['市直各单位', true],
  ['市直其他单位', true],
  ['市有关单位', true],
  ['各科室', true],
  ['各县（市、区）人民政府', true],
  ['重点领域相关单位', true],
  ['市政府办公室', false],
  ['办公室', false],
  ['市卫生健康局', false],
  ['市规范性文件起草单位', false],
])('isCollectiveName(%j)', (name, collective) => {
  it(`is ${collective}`, () => {
    expect(isCollectiveName(name)).toBe(collective);
  });
});

describe.each([
  ['雷州市人民政府办公室关于印发雷州市2022年政务公开工作要点分工方案的通知', '雷州市2022年政务公开工作要点分工方案'],
  ['梅州市人民政府办公室关于印发梅州市2021年政务公开工作要点分工方案的通知', '梅州市2021年政务公开工作要点分工方案'],
  // 揭阳 writes 印发 without 关于.
  ['揭阳市人民政府办公室印发揭阳市2018年政务公开工作要点分工方案的通知', '揭阳市2018年政务公开工作要点分工方案'],
  // 江门建管中心 quotes the name.
  ['关于印发《2022年政务公开工作要点分工方案》的通知', '2022年政务公开工作要点分工方案'],
])('planShortTitle(%j)', (title, short) => {
  it(`is ${short}`, () => {
    expect(planShortTitle({ title })).toBe(short);
  });
});

describe.each([
  // The one short name of a plan (plan page breadcrumb, search results), from each bundled plan's title and issuer.
  ['2022-leizhou', '雷州市2022年政务公开工作要点分工方案'],
  ['2021-meizhou', '梅州市2021年政务公开工作要点分工方案'],
  ['2018-jieyang', '揭阳市2018年政务公开工作要点分工方案'],
  // A department's plan whose title names no place: the issuer is added, so it does not read as the city's (江门市2022年…).
  ['2022-jiangmen-jgzx', '2022年政务公开工作要点分工方案（江门市政府投资工程建设管理中心）'],
])('planLabel(%s)', (id, label) => {
  it(`is ${label}`, () => {
    expect(planLabel(loadCatalog().planById.get(id)!.data)).toBe(label);
  });
});

describe('section and task labels', () => {
  const catalog = loadCatalog();
  const first = (id: string) => catalog.requirementsByPlan.get(id)![0]!;

  it.each([
    // 雷州: 一、 and （一）.
    ['2022-leizhou', '一、优化政务公开工作基础 › （一）深化行政规章、规范性文件集中公开'],
    // 揭阳.
    ['2018-jieyang', '一、着力加强公开解读回应工作 › （一）围绕建设法治政府全面推进政务公开'],
  ])('%s: the first requirement is at %s', (id, place) => {
    const { section, task } = first(id);
    expect(placeLabel(section, task)).toBe(place);
    expect(place.startsWith(sectionLabel(section))).toBe(true);
    expect(place.endsWith(taskLabel(task!))).toBe(true);
  });

  it('a requirement straight under its section is placed by the section alone; a task without a number is its title', () => {
    expect(placeLabel({ no: '三', title: '加强政策解读' }, null)).toBe('三、加强政策解读');
    expect(taskLabel({ no: null, title: '其他工作' })).toBe('其他工作');
  });
});
