import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importPlan } from '../../src/lib/importer/index';
import { Registry } from '../../src/lib/registry/registry';
import { readMetadata } from '../../src/lib/importer/metadata';
import { allRequirements, chooseReading } from '../../src/lib/importer/reading';
import { textToDocument } from '../../src/lib/importer/read/text';
import { Report } from '../../src/lib/importer/report';
import { looksLikeDeadline, splitProse } from '../../src/lib/importer/structure';
import { headerKind, headerRunFrom, isHeaderRow } from '../../src/lib/importer/header';
import { candidateLayouts, readRows } from '../../src/lib/importer/table';
import { joinLevelLists, parseUnitsCell, splitConjunction } from '../../src/lib/units/parse';
import { splitRunOnLines } from '../../src/lib/importer/runon';
import { textRequirements } from './helpers';

// Table-driven tests of the importer's stages over cells and lines taken from
// the real plans of the scored corpus (tests/importer/corpus) and the seeds.

const lines = (text: string) => textToDocument(text).lines;

describe('header rows: columns recognised by their labels', () => {
  it.each([
    [['序号', '工作任务', '具体要求', '责任单位', '完成时限'], true],
    [['工作任务', '具体工作要求', '责任单位', '完成时限'], true], // 淮北相山 2025
    [['存在问题', '整改目标和措施', '责任单位'], true], // 平潭 2016 整改任务分解表
    [['工作任务', '工作要求', '牵头单位', '配合/责任单位'], true], // 平潭 2021
    [['目标', '任务', '主要内容', '责任单位'], true], // 潍坊 2017
    [['序号', '改革举措', '主要内容', '指导部门', '推广范围'], true], // 国务院 2018 改革举措推广清单
    [['序号', '主要工作任务', '具体工作措施', '完成时限', '主要责任单位', '任务来源'], true], // 平潭 2016 生态环境保护 分工表
    [['序号', '项目名称', '建设地点', '建设时间', '年度投资金额 (万元)', '责任单位'], true], // 洋县 2024 民生实事 清单
    [['工作任务', '具体要求'], false], // two text labels name no units column
    [['责任单位'], false], // one label alone is an annotation
    [['1', '积极推进本中心预算、决算及相关报表公开。', '财务科'], false],
  ])('%j → %s', (cells, header) => expect(isHeaderRow(cells)).toBe(header));
});

describe('layouts a document can be read in', () => {
  it.each([
    ['pipe rows without outer bars (台山 2021)', '工作任务 | 具体要求\n| 责任单位 |\n一、做好各类规划主动公开。 | 1.主动公开规划纲要。 | 市直有关部门 |\n2.做好规划归集整理。 | 市政府办公室牵头 |', 'pipe'],
    ['one cell per line ending in |, rows between | lines (淮北相山 2025)', '|\n工作任务 |\n具体工作要求 |\n责任单位 |\n|\n一、深入推进政策公开 |\n1 |\n聚焦建设。 |\n各区直部门 |\n|\n2 |\n深化信息公开。 |\n区数据资源局 |\n|', 'cell-lines'],
    ['| lines between cells (池州信访局)', '工作任务\n|\n具体要求\n|\n责任科室\n|\n强化规范公开\n|\n1\n|\n对行政规范性文件进行全面清理。\n|\n办公室\n|', 'bar-lines'],
  ])('%s', (_name, text, layout) => expect(candidateLayouts(lines(text))).toContain(layout));
});

describe('a table flattened to one paragraph per cell, its header as label lines (重庆高新区 2021)', () => {
  it('reads the units paragraphs after each item under their column labels, an empty cell (——) skipped', () => {
    const text = ['工作任务', '牵头单位', '责任单位', '一、紧扣“十四五”开好局起好步深化政务公开', '(一)做好各类规划主动公开。', '1.公开高新区国民经济和社会发展第十四个五年规划纲要。', '改革发展局', '——', '2.公开高新区“十四五”重点专项规划。', '改革发展局、规划和自然资源局', '建设局、公共服务局、生态环境局'].join('\n\n');
    const reading = chooseReading(lines(text), new Report());
    const reqs = reading.draft.sections.flatMap((s) => s.tasks.flatMap((t) => t.requirements));
    expect(reqs.map((r) => [r.no, r.group?.raw])).toEqual([
      [1, '牵头单位：改革发展局'],
      [2, '牵头单位：改革发展局、规划和自然资源局；责任单位：建设局、公共服务局、生态环境局'],
    ]);
  });
});

describe('cells closed by bar lines, ||| closing the empty cells of a spanned row (保山 2021)', () => {
  const text = [
    '工作任务', '|', '工作要求', '|', '牵头单位', '|', '责任单位', '|',
    '一、紧扣“十四五”开好局起好步深化政务公开', '|', '|||',
    '(一)做好各类规划主动公开', '|', '|||',
    '1.主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划及配套政策措施等', '|', '通过本级政府门户网站设立专题,并在政府信息公开专栏集中展示', '|', '市发展改革委、自然资源和规划局', '|', '市直有关单位,各县(市、区)人民政府', '|',
    '2.归集整理和主动公开历史规划(计划)', '|', '通过本级政府门户网站政府信息公开专栏集中发布', '|', '市发展改革委、自然资源和规划局', '|', '市直有关单位,各县(市、区)人民政府', '|',
  ].join('\n');

  it('is read as rows as wide as the header, the lead and responsible columns kept apart', () => {
    expect(candidateLayouts(lines(text))).toContain('bar-grid');
    const reading = chooseReading(lines(text), new Report());
    expect(reading.layout).toBe('bar-grid');
    const reqs = reading.draft.sections.flatMap((s) => s.tasks.flatMap((t) => t.requirements));
    expect(reqs.map((r) => [r.no, r.group?.raw])).toEqual([
      [1, '牵头单位：市发展改革委、自然资源和规划局；责任单位：市直有关单位,各县(市、区)人民政府'],
      [2, '牵头单位：市发展改革委、自然资源和规划局；责任单位：市直有关单位,各县(市、区)人民政府'],
    ]);
  });
});

describe('rows shifted under a spanned cell are realigned by their numbered item', () => {
  // 江门土地储备中心 2021: rows under a spanned section cell lost their first cell and gained an empty last one.
  const text = [
    '工作任务 | 具体要求 | 责任部门 |',
    '一、做好财政信息公开。 | 1.积极推进本中心预算、决算及相关报表公开。 | 财务科 |',
    '二、做好政府网站专栏信息公开。 | 2.及时更新网站频道的各类型概况信息。 | 办公室 |',
    '3.及时反馈网民对调查征集信息的意见。 | 各科室 | |',
    '4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |',
  ].join('\n');
  it('puts 3. and 4. in the requirement column and their units in the units column', () => {
    const rows = readRows(lines(text), 'pipe');
    const row3 = rows.find((r) => r.cells.some((c) => c.text.startsWith('3.')))!;
    expect(row3.cells.map((c) => c.text)).toEqual(['', '3.及时反馈网民对调查征集信息的意见。', '各科室']);
    expect(row3.cells[2]!.kind).toBe('responsible');
  });
});

describe('choosing a reading', () => {
  it('names the layout chosen, its score and the others tried in the report', () => {
    const report = new Report();
    const text = '工作任务 | 具体要求 | 责任单位 |\n一、做好财政信息公开。 | 1.推进预算公开。 | 财务科 |\n二、做好网站信息公开。 | 2.更新概况信息。 | 办公室 |\n3.反馈网民意见。 | 各科室 | |';
    const reading = chooseReading(lines(text), report);
    expect(reading.layout).toBe('pipe');
    expect(reading.withUnits).toBe(3);
    expect(report.items.find((i) => i.kind === 'reading')?.message).toMatch(/^read as pipe \(3 requirements, 3 with units, score [\d.]+\); also tried paragraphs/);
  });
});

describe('deadline cells', () => {
  it.each([
    ['年底前', true],
    ['持续推进', true],
    ['2023年6月底前', true],
    ['长期坚持', true],
    ['每季度', true],
    ['办公室', false],
    ['各科室', false],
    ['积极做好政策解读工作，持续提升政策解读质量，丰富解读形式。', false],
  ])('%s → %s', (text, deadline) => expect(looksLikeDeadline(text)).toBe(deadline));
});

describe('a paragraph split at its units brackets (德清 2022, 平潭 2015)', () => {
  it('gives one piece per bracket, each with its units, and the rest without', () => {
    const pieces = splitProse('提升优化营商环境公开水平。完善办理和反馈机制。(牵头单位:县发改局、县建设局、县政务办)围绕市场主体全过程公正监管，加强反垄断信息公开。');
    expect(pieces).toEqual([
      { text: '提升优化营商环境公开水平。完善办理和反馈机制。', annotation: '牵头单位:县发改局、县建设局、县政务办' },
      { text: '围绕市场主体全过程公正监管，加强反垄断信息公开。', annotation: null },
    ]);
  });
});

describe('unit cells', () => {
  const none = () => false;
  const read = (cell: string) => parseUnitsCell(cell, none).units.map((u) => `${u.role}:${u.name}`);
  it.each([
    ['区产促局、区财政局分别负责落实', ['responsible:区产促局', 'responsible:区财政局']], // 东城 2018
    ['市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实', ['lead:市金融办', 'lead:人民银行潍坊市中心支行', 'lead:潍坊银监分局']], // 潍坊 2017
    ['区交通与建设局牵头，县交通与建设局、公路局和公安部门配合', ['lead:区交通与建设局', 'participate:县交通与建设局', 'participate:公路局', 'participate:公安部门']], // 平潭 2013
    ['区县公安局、交通与建设局分工负责', ['responsible:区县公安局', 'responsible:交通与建设局']],
    ['区农发局区环土局相关乡镇人民政府', ['responsible:区农发局', 'responsible:区环土局', 'responsible:相关乡镇人民政府']], // 平潭 2016 生态环境保护, page.txt
    ['国务院相关部门及各地区', ['responsible:国务院相关部门', 'responsible:各地区']], // 国务院 2020 营商环境
    ['知识产权处稽查支队各分局', ['responsible:知识产权处', 'responsible:稽查支队', 'responsible:各分局']], // 平潭 2017 专利 page.txt
    ['牵头单位：省大数据局，参加单位：省生态环境厅、济南、青岛、济宁市政府', ['lead:省大数据局', 'participate:省生态环境厅', 'participate:济南、青岛、济宁市政府']], // 山东 2021 服务业数字化
    ['财政、税务局', ['responsible:财政', 'responsible:税务局']],
    ['（招商小分队名单详见附件3）；牵头处室：经济发展处配合处室：各相关处室', ['lead:经济发展处', 'participate:各相关处室']], // 苏平 2020 大招商 page.txt
    ['市公安局交警支队', ['responsible:市公安局交警支队']],
    ['（牵头责任单位：区发改局；；责任单位：区住建局、区交通运输局、区水利局等部门）', ['lead:区发改局', 'responsible:区住建局', 'responsible:区交通运输局', 'responsible:区水利局']], // 恩阳 2022
    ['各市〔州〕、县〔市、区〕政府，各级政府各部门、各单位按照职能分别落实', ['responsible:各市〔州〕、县〔市、区〕政府', 'responsible:各级政府各部门', 'responsible:各单位']], // 吉林 2020
    ['牵头单位:市发展改革委，各区县政府﹝含南太湖新区管委会，下同﹞', ['lead:市发展改革委', 'lead:各区县政府']], // 湖州 2022
    ['各级人民政府负责，宣传部门牵头组织实施，财政、公安配合', ['responsible:各级人民政府', 'lead:宣传部门', 'participate:财政', 'participate:公安']],
    ['市人社局,各乡镇、街道', ['responsible:市人社局', 'responsible:各乡镇、街道']], // 广德 2024
    // 寿光 2019: a duty phrase run onto the next list (a line break lost) closes its clause.
    ['市发改局牵头，市统计局、市投资促进中心按职责分工分别落实各镇（街区）', ['lead:市发改局', 'participate:市统计局', 'participate:市投资促进中心', 'responsible:各镇（街区）']],
    ['区、县交通与建设局负责', ['responsible:区、县交通与建设局']],
    ['区发展改革委、区房管局等公共企事业单位行业主管部门', ['responsible:区发展改革委', 'responsible:区房管局']], // 奉贤 2025
    ['牵头单位：省食品药品 监管局；责任单位：各设区市，平潭综合实验区', ['lead:省食品药品监管局', 'responsible:各设区市', 'responsible:平潭综合实验区']], // 福建 2017
    ['各镇（街） 市直各单位', ['responsible:各镇（街）', 'responsible:市直各单位']], // 雷州 2022: a space between assignments
    ['省直有关部门，各州、市人民政府按照职责分工负责', ['responsible:省直有关部门', 'responsible:各州、市人民政府']], // 云南 2022
    ['责任单位：区行政审批局牵头，区直相关部门、各乡镇人民政府按职责分工负责', ['lead:区行政审批局', 'responsible:区直相关部门', 'responsible:各乡镇人民政府']], // 平潭 2017
    ['局防控办主办、各工作组协办', ['lead:局防控办', 'participate:各工作组']], // 江门卫健局 2021
    ['区农发局，区规划局配合', ['responsible:区农发局', 'participate:区规划局']], // 平潭 2016: someone must do what the others support
    ['区行政审批局牵头，区直相关部门按职责分工负责，区管委会办公室政策法规处负责法制审查工作', ['lead:区行政审批局', 'responsible:区直相关部门', 'responsible:区管委会办公室政策法规处']], // 平潭 2017
    ['牵头单位：区经济发展局区市场监督管理局；配合单位：区直有关单位', ['lead:区经济发展局', 'lead:区市场监督管理局', 'participate:区直有关单位']], // 平潭 2021: two names run together
    ['省政务局牵头,省直相关单位按职责分工负责。各市州、县市区人民政府均为责任单位', ['lead:省政务局', 'responsible:省直相关单位', 'responsible:各市州、县市区人民政府']], // 湖南 2022
    ['责任领导:杜新国;牵头单位:区发改局', ['lead:区发改局']], // 咸安 2023: leaders are persons, not units
    ['责任单位及责任人：市财政局、市审计局', ['responsible:市财政局', 'responsible:市审计局']], // the label names persons too; the names are units
    ['责任单位:海东市、兰州市、临夏州发展改革部门', ['responsible:海东市、兰州市、临夏州发展改革部门']], // 海东 2020: one department of three places
    ['责任单位:区', []], // an excerpt cut inside a name
    ['牵头单位:市行政审批服务局;责任单位:市直有关部门、单位', ['lead:市行政审批服务局', 'responsible:市直有关部门、单位']], // 威海 2023: 单位 shares 市直有关
    ['各级人民政府负责，公安、交通运输、安监、农业农机、道安办等部门负责组织实施', ['responsible:各级人民政府', 'responsible:公安', 'responsible:交通运输', 'responsible:安监', 'responsible:农业农机', 'responsible:道安办']], // 平潭 2013
    ['区政府办公室、区政数局等数字经济工作领导小组成员单位,各乡、街办、管理处', ['responsible:区政府办公室', 'responsible:区政数局', 'responsible:各乡、街办、管理处']], // 红谷滩 2022
    ['区经济发展局、公安局、综合执法局（安监局）规划局、等按职责分工负责', ['responsible:区经济发展局', 'responsible:区公安局', 'responsible:综合执法局（安监局）', 'responsible:区规划局']], // 平潭 2017: a name run into the bracketed one before it (公安局, 规划局 take the 区 of the list)
    ['具体由市卫健委、市疾控中心负责', ['responsible:市卫健委', 'responsible:市疾控中心']], // 具体由 is not part of the name
    ['市政府各部门、各县（市、区）人民政府按职责分工负责，市政府办公室统筹协调', ['responsible:市政府各部门', 'responsible:各县（市、区）人民政府', 'lead:市政府办公室']],
    ['责任单位:县扶贫开发办牵头,县教育和体育局、县民政局等有关部门参加,各镇街落实', ['lead:县扶贫开发办', 'participate:县教育和体育局', 'participate:县民政局', 'responsible:各镇街']], // 金乡 2021: 参加 takes part
    ['省人大法制委、省司法厅、省数据局（省营商局）等有关部门按职责分工负责', ['responsible:省人大法制委', 'responsible:省司法厅', 'responsible:省数据局（省营商局）']], // 辽宁 2025: 等有关部门 after a bracket
    ['商务部、发展改革委、农业农村部等和各有关省级人民政府负责', ['responsible:商务部', 'responsible:发展改革委', 'responsible:农业农村部', 'responsible:各有关省级人民政府']], // 国务院 2018 (消费扶贫): 等 closes the departments, 和 adds the provinces
    // 国务院 2020 (营商环境): 及 adds the regions to a collective of departments, whose 等… tail after a named ministry goes.
    ['国家发展改革委牵头，国务院相关部门及各地区按职责分工负责', ['lead:国家发展改革委', 'responsible:国务院相关部门', 'responsible:各地区']],
    ['自然资源部牵头，住房城乡建设部等国务院相关部门及各地区按职责分工负责', ['lead:自然资源部', 'responsible:住房城乡建设部', 'responsible:各地区']],
    ['武警及其医疗单位', ['responsible:武警及其医疗单位']],
    // 国务院 2018 促进就业: 和单位 widens the 等 tail (dropped) or the collective (one name).
    ['人力资源社会保障部、财政部、教育部等有关部门和单位负责', ['responsible:人力资源社会保障部', 'responsible:财政部', 'responsible:教育部']],
    // 平潭 2020 安委会 隐患大排查 紧急通知: so too before 分工负责.
    ['由区资源生态局牵头，各片区管理局、执法应急局等有关部门和单位分工负责', ['lead:区资源生态局', 'responsible:各片区管理局', 'responsible:执法应急局']],
    ['各有关部门和单位，各省级人民政府按职责分工负责', ['responsible:各有关部门和单位', 'responsible:各省级人民政府']],
    ['国务院办公厅牵头，国务院相关部门和单位及各地区按职责分工负责', ['lead:国务院办公厅', 'responsible:国务院相关部门和单位', 'responsible:各地区']],
    // 平潭 2020 金井 专项整治: 各 covers both sides of 和 when the second names no place of its own.
    ['辖区内各派出所牵头，社会事业处、辖区内各司法所和派出所、各村（社区）负责', ['lead:辖区内各派出所', 'responsible:社会事业处', 'responsible:辖区内各司法所和派出所', 'responsible:各村（社区）']],
    ['市发展和改革局、人力资源和社会保障局负责', ['responsible:市发展和改革局', 'responsible:市人力资源和社会保障局']], // 和 inside a name, and the 市 of the list
    ['责任单位:市轨道交通工程建设指挥部 项目责任人:尹文德 实际完成情况:轨道交通1号线一期工程已于2014年5月30日通车', ['responsible:市轨道交通工程建设指挥部']], // 宁波 2014 民生实事: the person in charge and the progress are not units
    ['责任单位:市公安局 项目责任人:王伟标；配合单位:市城管局、市财政局', ['responsible:市公安局', 'participate:市城管局', 'participate:市财政局']],
    ['责任单位：市政府办公室（牵头）、市司法局', ['lead:市政府办公室', 'responsible:市司法局']], // the role in a bracket after the name
    ['牵头：市政府办公室；配合：市司法局', ['lead:市政府办公室', 'participate:市司法局']], // the role word alone as a label
    // 平潭 2022 种业: 及 joins two names before the list's 等 tail.
    ['区农业农村局、执法应急局、各片区管理局，区农业农村中心及行业协会等按职责分工负责', ['responsible:区农业农村局', 'responsible:执法应急局', 'responsible:各片区管理局', 'responsible:区农业农村中心', 'responsible:行业协会']],
    // 平潭 2017 餐桌污染: a heading's units label run into its other fields, the targets and tasks not units.
    ['区农村发展局治理指标：主要水产品养殖环节药物残留抽检合格率达97%以上，水产品药物残留超标案件查处率达100%。工作任务：', ['responsible:区农村发展局']],
  ])('%s', (cell, units) => expect(read(cell)).toEqual(units));

  it.each([
    [['各县', '区人民政府'], ['各县、区人民政府']],
    [['市', '县（区）司法行政主管部门'], ['市、县（区）司法行政主管部门']],
    [['各镇（街）', '市直各单位'], ['各镇（街）', '市直各单位']],
    [['各州', '市人民政府'], ['各州、市人民政府']], // 云南 2022
    [['各盟', '市', '旗县（区）人民政府'], ['各盟、市、旗县（区）人民政府']],
    // 广州 2012 人才工作: 各有关 covers both levels, the districts and the county-level cities.
    [['各有关区', '县级市'], ['各有关区、县级市']],
    [['各镇（街）', '市政府办公室'], ['各镇（街）', '市政府办公室']],
    [['市财政局', '区财政局'], ['市财政局', '区财政局']],
    // 平潭 2015: the office the zone's party committee and administration run together is one unit.
    [['区党工委', '管委会办公室', '区党群工作部'], ['区党工委、管委会办公室', '区党群工作部']],
    [['区党工委', '管委会办公室电子政务处'], ['区党工委、管委会办公室电子政务处']],
    [['县委', '县政府督查室'], ['县委、县政府督查室']],
    // Two bodies, not one office: the committee and the government themselves, or an office of one of them.
    [['市委', '市政府'], ['市委', '市政府']],
    [['县委', '县政府办公室'], ['县委', '县政府办公室']],
    [['区党工委', '区财政金融局'], ['区党工委', '区财政金融局']],
    // 苏平 2020 创城: five places share the kind of body named last; not villages (各村) nor fields before 部门.
    [['苏澳', '平原', '白青', '屿头', '大练综合执法大队'], ['苏澳、平原、白青、屿头、大练综合执法大队']],
    [['金井', '澳前片区开发管理局'], ['金井、澳前片区开发管理局']],
    [['各村', '辖区派出所'], ['各村', '辖区派出所']],
    [['公安', '安监部门'], ['公安', '安监部门']],
  ])('level lists %j → %j', (parts, joined) => expect(joinLevelLists(parts)).toEqual(joined));

  it.each([
    ['公路局和公安部门', ['公路局', '公安部门']],
    ['市发展和改革局', ['市发展和改革局']],
    ['市人力资源和社会保障局', ['市人力资源和社会保障局']],
    ['安监局及保险公司', ['安监局', '保险公司']],
    ['县政府和县委宣传部', ['县政府', '县委宣传部']], // 平潭 2012 道路交通: a party committee's department ends in 部
    ['市委组织部和市人社局', ['市委组织部', '市人社局']],
    ['加强内部和外部', ['加强内部和外部']],
    ['财政部和农业部', ['财政部', '农业部']], // ministries: a name ending in 部
    ['东部和西部', ['东部和西部']],
    ['各乡镇党委和人民政府', ['各乡镇党委和人民政府']], // 平潭 2019: the government shares the townships of the committee
    ['各村及包村工作队', ['各村', '包村工作队']], // 苏平 2023 自建房: the villages, and the teams posted to them
    ['海洋与渔业执法支队一大队和各村', ['海洋与渔业执法支队一大队', '各村']], // 苏平 2020 安全生产三年行动
    ['辖区内各司法所和派出所', ['辖区内各司法所和派出所']], // 各 covers both
    ['相关联合党委及村居', ['相关联合党委', '村居']], // 金井 2022 城乡建设品质: the committees, and the villages and communities
    ['新城联合党委及如意社区', ['新城联合党委', '如意社区']],
    ['华光联合党委及大厝基村', ['华光联合党委', '大厝基村']],
    ['芬尾联合党委及相关村居', ['芬尾联合党委', '相关村居']],
  ])('和/及 %s → %j', (text, parts) => expect(splitConjunction(text)).toEqual(parts));
});

// 平潭 2021 政务公开 分解表 (tests/importer/corpus/fj-pingtan-2021-zwgk.html): the page's source and time under its title, its
// widgets (相关链接：) above the notice, the 发文字号 after them.
describe('a page\'s 来源 … 时间 line and its 相关链接 widget above the notice (平潭 2021 政务公开)', () => {
  const head = lines(
    [
      '平潭综合实验区管委会办公室关于印发2021年全区政务公开工作主要任务分解表的通知',
      '来源：平潭县人民政府 时间：2021-08-19 09:22',
      '全真版',
      '文字版',
      '文件下载',
      '相关链接：',
      '岚综管办函〔2021〕39号',
      '平潭综合实验区管委会办公室关于印发',
      '2021年全区政务公开工作主要任务分解表的通知',
      '各片区管理局，各乡镇人民政府（街道办事处），区直各单位，各区属事业单位，各区属国企:',
    ].join('\n'),
  );
  it('reads the time as the publication date, the 发文字号 after the widget, the recipients after it', () => {
    const meta = readMetadata(head, [], new Report());
    expect(meta).toMatchObject({ publishedOn: '2021-08-19', publishedTime: '09:22', docNumber: '岚综管办函〔2021〕39号' });
    expect(meta.recipients).toEqual(['各片区管理局', '各乡镇人民政府（街道办事处）', '区直各单位', '各区属事业单位', '各区属国企']);
  });
});

// 平潭 2018 政务公开 分解表 as the archive's page.txt writes it: the recipients run into the notice's first sentence.
describe('a 发文字号 above a notice with no 主送 line of its own (平潭 2018 政务公开, page.txt)', () => {
  it('is read as far as the notice\'s first sentence', () => {
    const head = lines(
      [
        '标题: 平潭综合实验区管委会办公室关于印发2018年政务公开工作主要任务分解表的通知',
        '发布时间: 2018-06-29 17:31',
        '文号: ',
        '当前位置： 首页政务公开最新文件区管委会办公室文件',
        '平潭综合实验区管委会办公室关于印发2018年政务公开工作主要任务分解表的通知',
        '时间：2018-06-29 17:31 微信 微博 QQ空间',
        '岚综管办便函〔2018〕75号',
        '平潭综合实验区管委会办公室关于印发2018年政务公开工作主要任务分解表的通知 区直各有关单位，各乡镇人民政府： 为贯彻落实《国务院办公厅关于印发2018年政务公开工作要点的通知》（国办发〔2018〕23号）精神，现印发给你们。',
        '平潭综合实验区管委会办公室',
        '2018年6月25日',
      ].join('\n'),
    );
    expect(readMetadata(head, [], new Report())).toMatchObject({ docNumber: '岚综管办便函〔2018〕75号', issuedOn: '2018-06-25', publishedOn: '2018-06-29' });
  });
});

describe('the notice\'s signature and date (福建 2017, 平潭 2022 政务公开 分解表)', () => {
  const notice = (signature: string[]) =>
    readMetadata(lines(['福建省人民政府办公厅关于印发2017年政务公开工作主要任务分解表的通知', '闽政办〔2017〕45号', '各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：', ...signature, '2017年政务公开工作主要任务分解表'].join('\n')), [], new Report());
  it('reads an 办公厅 over its date as the signature', () => {
    expect(notice(['各地、各部门要加强督查评估，将政务公开纳入绩效考核体系。', '福建省人民政府办公厅', '2017年4月28日', '（此件主动公开）'])).toMatchObject({ issuer: '福建省人民政府办公厅', issuedOn: '2017-04-28' });
  });
  it('reads a name run onto the end of the last paragraph, over the date (the page lost the spaces that placed it)', () => {
    expect(notice(['现将《2022年全区政务公开工作主要任务分解表》印发给你们，请认真组织实施。平潭综合实验区管委会办公室', '2022年6月7日', '附件'])).toMatchObject({ issuer: '平潭综合实验区管委会办公室', issuedOn: '2022-06-07' });
  });
  it('reads a date alone under the last paragraph as the date of issue, the issuer the title\'s', () => {
    const report = new Report();
    const meta = readMetadata(lines(['平潭综合实验区管委会办公室关于印发2022年全区政务公开工作主要任务分解表的通知', '各片区管理局，区直各单位：', '现将分解表印发给你们，请认真组织实施。', '2022年6月7日', '附件'].join('\n')), [], report);
    expect(meta).toMatchObject({ issuer: '平潭综合实验区管委会办公室', issuedOn: '2022-06-07' });
    expect(report.items.some((i) => i.kind === 'metadata-missing' && /has no name above it/.test(i.message))).toBe(true);
  });
});

describe('the 政府信息公开目录 block of a saved page', () => {
  it('reads 索引号, 主题分类, 发布机构, 主题词 and the 发布时间', () => {
    const head = lines(
      ['索引号：11440882007254390X/2022-00316 分类：综合政务\\政务公开', '发布机构：雷州市人民政府办公室 成文日期：2022-11-16', '主题词：政务公开', '发布时间:2018-07-05 10:47:11 浏览次数:-'].join('\n'),
    );
    const meta = readMetadata(head, [], new Report());
    expect(meta.catalog).toEqual({ indexNo: '11440882007254390X/2022-00316', subjectCategory: '综合政务\\政务公开', publisher: '雷州市人民政府办公室', subjectTerms: ['政务公开'] });
    expect(meta.publishedOn).toBe('2018-07-05');
    expect(meta.publishedTime).toBe('10:47');
  });
});

describe('the labelled header block of a page saved as text (the archive’s page.txt, 平潭 2016 效能督查)', () => {
  it('takes 标题 as the title and 发布机构 as the issuer, and an empty 文号: is not the 主送 line', () => {
    const head = lines(['标题: 平潭综合实验区管委会办公室关于对2016年落实行动计划第一轮', '发布时间: 2016-04-29 11:51', '文号: ', '发布机构: 平潭综合实验区管委会办公室', '栏目: 区管委会办公室文件'].join('\n'));
    const meta = readMetadata(head, [], new Report());
    expect(meta.title).toBe('平潭综合实验区管委会办公室关于对2016年落实行动计划第一轮');
    expect(meta.issuer).toBe('平潭综合实验区管委会办公室');
    expect(meta.recipients).toEqual([]);
    expect(meta.publishedOn).toBe('2016-04-29');
  });
});

describe('bounded fuzz over the corpus layouts', () => {
  // Lines of every real text document of the corpus, shuffled and cut: the
  // importer either reads a plan or refuses with an ImportError, and stops.
  const corpusLines = readdirSync(join(import.meta.dirname, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(import.meta.dirname, 'corpus', f), 'utf8').split('\n'));
  it('never crashes on lines of real plans recombined', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(corpusLines.length - 1), { maxLength: 80 }), fc.constantFrom('', '\t', ' | ', '|'), (picks, glue) => {
        const text = picks.map((i) => corpusLines[i]!).join(`${glue}\n`);
        try {
          importPlan(text, { sourceFile: 'fuzz.txt', importedOn: '2026-01-01', registry: new Registry([]) });
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
        }
      }),
      { numRuns: 200, seed: 14 },
    );
  });
});

describe('a page whose paragraphs run together on one line (海盐 2022)', () => {
  it('is unfolded at each heading, item and units label, its pieces numbered on from its line', () => {
    const line = readFileSync(join(import.meta.dirname, 'corpus', 'pc-zhejiang-haiyan-2022.txt'), 'utf8').split('\n').find((l) => l.length > 400)!;
    const pieces = splitRunOnLines(textToDocument(line), new Report()).lines;
    expect(pieces.length).toBeGreaterThanOrEqual(6);
    expect(pieces.map((p) => p.line)).toEqual(pieces.map((_, i) => i + 1));
    expect(pieces.map((p) => p.text)).toContain('一、王丹县长牵头重点工作');
    expect(pieces.some((p) => /^责任单位:县发改局/.test(p.text))).toBe(true);
    expect(pieces.some((p) => /^2\.落实党政机关过紧日子/.test(p.text))).toBe(true);
  });
  it('leaves a short line that mentions 1. in passing whole', () => {
    expect(splitRunOnLines(textToDocument('做好第1.5版目录的更新。 2.的说明见附件。'), new Report()).lines).toHaveLength(1);
  });
});

describe('a table read as its grid, not as paragraphs that cut its cells into more items', () => {
  it('keeps the grid of numbered rows with units over a paragraph reading of the same cells (平潭 2017 专利 任务分解表)', () => {
    const rows = [
      ['工作措施', '工作目标', '具体内容', '进度安排', '负责部门'],
      ...Array.from({ length: 6 }, (_, k) => [
        `${k + 1}.完善专利权保护制度第${k + 1}项`,
        '推动建立电子商务等新业态专利权保护机制。',
        '与电商平台建立协作联动机制，开展执法专项行动。',
        '第二季度：开展专项行动。\n第三季度：总结。\n第四季度：评估。',
        k % 2 ? '知识产权处' : '知识产权处\n稽查支队\n各分局',
      ]),
    ];
    const doc = { lines: rows.map((cells, i) => ({ text: cells.join(' | '), line: i + 1, cells: cells.map((text) => ({ text: text.replace(/\\n/g, '\n') })), table: 0 })), notes: [] };
    const reading = chooseReading(doc.lines, new Report());
    expect(reading.layout).toBe('grid');
    expect(allRequirements(reading.draft).map((r) => [r.no, r.group?.raw])).toEqual(
      Array.from({ length: 6 }, (_, k) => [k + 1, k % 2 ? '知识产权处' : '知识产权处、稽查支队、各分局']),
    );
  });
});

describe('a table whose units column comes before the requirement (序号 | 责任单位 | 工作任务 | 完成时限)', () => {
  it('takes the requirement from the text column, not from the units column the header names', () => {
    const text = ['序号\t责任单位\t工作任务\t完成时限', '1\t市政府办公室\t严格落实重大行政决策预公开制度\t2023年12月', '2\t市发展改革局、市司法局\t做好政策解读工作\t长期坚持', '3\t市财政局\t推进财政预决算公开\t2023年6月'].join('\n');
    const reading = chooseReading(lines(text), new Report());
    expect(allRequirements(reading.draft).map((r) => [r.no, r.text, r.group?.raw, r.deadline])).toEqual([
      [1, '严格落实重大行政决策预公开制度', '市政府办公室', '2023年12月'],
      [2, '做好政策解读工作', '市发展改革局、市司法局', '长期坚持'],
      [3, '推进财政预决算公开', '市财政局', '2023年6月'],
    ]);
  });
});

describe('header labels of a project list: where and how much, not who', () => {
  it.each([
    ['建设地点', 'remarks'],
    ['年度投资金额 (万元)', 'remarks'],
    ['建设时间', 'deadline'],
    ['主要责任单位', 'responsible'],
    ['任务来源', 'remarks'],
  ])('%s → %s', (label, kind) => expect(headerKind(label)).toBe(kind));
});

// The columns of 政府工作报告 任务分解表 as their notices describe them: 聊城 2020 (每项任务都明确了牵头领导、牵头单位和配合单位),
// 谯城 2020 (主要责任单位 … 协同配合单位), 大洼 2021 (各责任(配合)单位), and the units-and-persons columns of such tables.
describe('header labels of a 任务分解表: leaders are persons, a units column may name persons beside its units', () => {
  it.each([
    ['牵头市领导', 'remarks'],
    ['牵头领导', 'remarks'],
    ['协同配合单位', 'participate'],
    ['责任（配合）单位', 'units'],
    ['牵头及责任单位', 'units'],
    ['牵头责任单位', 'lead'],
    ['责任单位及责任人', 'responsible'],
    ['责任单位/责任人', 'responsible'],
    ['牵头单位及责任人', 'lead'],
    ['执行单位', 'responsible'],
    ['具体承办单位', 'responsible'],
    ['主要工作', 'text'],
    ['时间进度', 'deadline'],
    // 安徽 2022 重点工作责任分解 (a forum's copy): 牵头负责领导 | 牵头责任单位 | 协同责任单位.
    ['牵头负责领导', 'remarks'],
    ['协同责任单位', 'participate'],
    // 成都 2019 目标任务 (a mirror): 牵头领导 | 牵头单位 | 数据提供单位.
    ['数据提供单位', 'participate'],
    ['牵头（负责）单位', 'lead'],
    ['局牵头科室', 'lead'],
    ['推进措施', 'text'],
  ])('%s → %s', (label, kind) => expect(headerKind(label)).toBe(kind));
});

// 平潭 2023 一老一小 整体解决方案, 表1 养老托育主要指标表 (page.txt): 序号 | 指标名称 | 2020年完成值 | 2025年目标值 | 责任单位.
describe("an indicator table's header: the indicator is the text, its figures are not units", () => {
  it.each([
    ['指标名称', 'text'],
    ['2020年完成值', 'remarks'],
    ['2025年目标值', 'remarks'],
    ['基期值', 'remarks'],
  ])('%s → %s', (label, kind) => expect(headerKind(label)).toBe(kind));

  it('reads the header run together in page.txt', () => {
    expect(headerRunFrom('序号指标名称2020年完成值2025年目标值责任单位养老方面1养老服务床位总量（张）25783000区社会事业局', 0)?.labels.map((l) => l.kind)).toEqual(['no', 'text', 'remarks', 'remarks', 'responsible']);
  });

  it('takes a label it does not know right after 序号 as the text column, known labels with a units column after it (平潭 2021 普法责任清单)', () => {
    // tests/importer/corpus/fj-pingtan-2021-ziyuan-shengtai-bawu-pufa-zeren-qingdan-pagetxt.txt
    const header = headerRunFrom('序号普法内容责任领导责任处室备注1《中华人民共和国水污染防治法》黄吉甫水生态环境处2021年', 0);
    expect(header?.labels.map((l) => `${l.label}:${l.kind}`)).toEqual(['序号:no', '普法内容:text', '责任领导:remarks', '责任处室:responsible', '备注:remarks']);
    expect(header?.end).toBe(16);
    // Not elsewhere, nor two unknown labels.
    expect(headerRunFrom('序号宣传对象宣传方式责任处室', 0)).toBeNull();
  });
});

describe('a units list naming no lead, beside a text that says who leads (苏平 2020 涉渔“三无”船舶)', () => {
  const file = new URL('./corpus/fj-pingtan-2020-suping-sheyu-sanwu-chuanbo-pagetxt.txt', import.meta.url);
  const roles = (start: string) => textRequirements(file).find((r) => r.text.startsWith(start))?.units.map((u) => `${u.role}:${u.name}`);
  it('makes that unit lead, first', () => {
    expect(readFileSync(file, 'utf8')).toContain('由经济发展处牵头，对辖区内船舶修造厂');
    expect(roles('开展打击非法修造涉渔')).toEqual(['lead:经济发展处', 'responsible:农业农村处', 'responsible:市场监督管理局苏平分局']);
  });
  it('leaves the list as it is where the text says who leads a mechanism (完善由农业农村处牵头抓总…, 2023 人居环境)', () => {
    const other = new URL('./corpus/fj-pingtan-2023-renju-huanjing-tisheng.txt', import.meta.url);
    expect(readFileSync(other, 'utf8')).toContain('完善由农业农村处牵头抓总');
    const units = textRequirements(other).filter((r) => r.text.startsWith('加强组织领导')).map((r) => r.units.map((u) => `${u.role}:${u.name}`));
    expect(units).toContainEqual(['responsible:农业农村处', 'responsible:资源生态处']);
  });
});
