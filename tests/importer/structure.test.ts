import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Report } from '../../src/lib/importer/report';
import { cleanDocument, withArticleNumbers } from '../../src/lib/importer/clean';
import { textToDocument } from '../../src/lib/importer/read/text';
import { readStructure, splitAnnotation, splitDeadline, splitItems, looksLikeUnits, unitsBracketsInside } from '../../src/lib/importer/structure';
import { firstLeadNote, headingOwnersTitle, unitNameHeading, dutyLine, parseHeading, proseUnitsLine, splitProse, unitBlockTitle, unitsLine, splitInlineUnits, isGroupTitle, proseUnits, splitCutAnnotation, splitCutUnitsLine, splitStandingNote, splitSubItems } from '../../src/lib/importer/structure/cells';
import { gridLayout } from '../../src/lib/importer/structure/grid';
import { htmlToDocument } from '../../src/lib/importer/read/html';
import { transposeForms, type Row } from '../../src/lib/importer/table';
import { allRequirements, chooseReading } from '../../src/lib/importer/reading';
import { segment } from '../../src/lib/importer/segment';
import { parseUnitsCell } from '../../src/lib/units/parse';
import { importPlan } from '../../src/lib/importer/index';
import { walkPlan } from '../../src/lib/catalog';
import { Registry } from '../../src/lib/registry/registry';
import { importCorpusDocument } from './helpers';
import { withHeaderLost } from '../../src/lib/importer/corpus';

/** Lines of flowing text as the line reader gets them: one cell each, in no column. */
const linesAsRows = (lines: readonly string[]): Row[] => lines.map((text, i) => ({ line: i + 1, cells: [{ text, column: null, line: i + 1 }] }));

// Cells copied from real plans (the corpus in tests/importer/corpus and the
// bundled seeds), each with what a careful reader makes of it.

describe.each([
  // 东城 2018: a task heading with its title.
  ['(一)围绕京津冀协同发展、助力打好三大攻坚战做好信息公开', { level: 'task', no: 1, title: '围绕京津冀协同发展、助力打好三大攻坚战做好信息公开' }],
  // 奉贤 2025: a section heading.
  ['一、依法履行政府信息公开职责', { level: 'section', no: 1, title: '依法履行政府信息公开职责' }],
  // 海盐 2022: 一、 section whose title names who leads it.
  ['一、王丹县长牵头重点工作', { level: 'section', no: 1, title: '王丹县长牵头重点工作' }],
  // A section numbered 2、 where section 二 is due.
  ['2、深化重点领域信息公开', { level: 'section', no: 2, title: '深化重点领域信息公开', arabic: true }],
])('heading %s', (text, expected) => {
  it('is read with its level, number and title', () => {
    expect(parseHeading(text, true, 2)).toMatchObject(expected);
  });
});

describe.each([
  // A numbered requirement is not a heading; nor is a sentence that starts with 12、 out of sequence.
  ['1.加强京津冀产业对接协作、区域污染联防联控和教育、医疗等基本公共服务合作等信息公开。'],
  ['12、聚焦稳就业保就业，做好就业政策公开。'],
])('%s', (text) => {
  it('is not a heading', () => expect(parseHeading(text, true, 2)).toBeUndefined());
});

describe('numbered items in one cell', () => {
  it.each([
    // 奉贤 2025: items separated by their numbers; 12345 and 2025年 inside a sentence do not split it.
    ['1.做好12345热线信息公开。2.落实2025年重点任务。', 1, [1, 2]],
    // Numbering restarting at 1 after a heading.
    ['1.推进决策公开。2.推进执行公开。', 7, [1, 2]],
    // Circled numbers.
    ['①主动公开规划；②及时发布解读', 1, [1, 2]],
    // 平潭 2020 渔业安全: a field whose colon introduces the items, the lead kept as text.
    ['整治内容：按照要求全面组织排查整治:1.船舶不适航。2.船员不适任。', 1, [null, 1, 2]],
    // 平潭 2015 环卫: a unit's duties listed after its colon stay one paragraph.
    ['区交通与建设局：负责：1、环卫设施建设；2、道路保洁。', 1, [null]],
    // 平潭 2017 气瓶充装 专项整治 form: a 工作任务 cell of paragraphs each opening with （一） （二）; one inside a paragraph does not.
    ['（一）做好气瓶使用登记和发证工作。质监处要…\n（二）加强监管，落实企业安全主体责任。\n（三）强化气瓶信息化管理。', 1, [1, 2, 3]],
    ['（一）做好气瓶使用登记和发证工作。（二）加强监管。', 1, [1]],
    // 平潭 2015 公立医院改革: an item's points （1）（2） are not the items 2, 3 that follow it.
    ['1.推动以总额控制为基础的付费方式改革。（1）建立医保经办机构与医疗机构的协商谈判机制。（2）全面实施医保付费总额控制。（3）大力推进单病种付费结算。', 1, [1]],
  ] as const)('%s (expecting %i) splits into items %j', (text, expected, nos) => {
    expect(splitItems(text, expected, true).map((i) => i.no)).toEqual(nos);
  });
});

describe('units written after an item', () => {
  it.each([
    // 东城 2018: units in brackets with 分别负责落实.
    ['加强京津冀产业对接协作等信息公开。(区产促局、区环保局、区教委、区卫计委分别负责落实)', '区产促局、区环保局、区教委、区卫计委分别负责落实'],
    // 奉贤 2025: a labelled bracket.
    ['依法、规范、及时发布信息并做好解读。(责任单位:各有关单位)', '责任单位:各有关单位'],
    // 广德 2024: 〔牵头单位:…;责任单位:…〕
    ['推进数字经济信息公开〔牵头单位:县工信局、县发改委;责任单位:各乡(镇)人民政府、县政府有关部门〕', '牵头单位:县工信局、县发改委;责任单位:各乡(镇)人民政府、县政府有关部门'],
    // A bracket holding only unit names.
    ['聚焦中心工作信息公开。（各县、区政府，市各有关部门）', '各县、区政府，市各有关部门'],
  ])('%s', (text, annotation) => {
    expect(splitAnnotation(text).annotation).toBe(annotation);
  });

  it.each([
    // A bracket that explains a term, not units.
    ['推进市场监管信息公开（以下简称市场监管局）。'],
    // A year in brackets.
    ['落实《条例》（2019年修订）。'],
    // 平潭 2015: a unit's own bracket (its office) at the end of the sentence.
    ['并将查处违法行为情况适时通报给社会事业局（教育处）；'],
  ])('%s keeps its bracket as text', (text) => {
    expect(splitAnnotation(text).annotation).toBeNull();
  });

  it('海盐 2022: 责任单位： after the sentence, inline', () => {
    const split = splitInlineUnits('收入倍差进一步缩小。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局');
    expect(split).toEqual({ text: '收入倍差进一步缩小。', annotation: '责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局' });
  });

  it.each([
    // The units in a lenticular bracket before the text, or after a dash at its end (layouts issue 14 names).
    ['【市发展改革局、市司法局】做好政策解读工作。', { text: '做好政策解读工作。', annotation: '市发展改革局、市司法局' }],
    ['做好政策解读工作。——市发展改革局、市司法局', { text: '做好政策解读工作。', annotation: '市发展改革局、市司法局' }],
    // Not units: a heading in 【】, a dash inside the sentence.
    ['【工作目标】做好政策解读工作。', null],
    ['做好政策解读工作——这是重点。', null],
    // 平潭 2016 安居工程 (page.txt): the label after a comma, ending the item; a field after the units that names no role is
    // not part of them, a deadline is.
    ['中原安置小区（五组团）1052套，责任单位：平潭综合实验区国有资产投资发展有限公司，所属片区：岚城片区开发管理局；', { text: '中原安置小区（五组团）1052套', annotation: '责任单位：平潭综合实验区国有资产投资发展有限公司' }],
    ['流水安置小区1181套，责任单位：区交建局，完成时限：2016年底。', { text: '流水安置小区1181套', annotation: '责任单位：区交建局，完成时限：2016年底' }],
    // A label mentioned inside a sentence that goes on is not the item's units.
    ['明确责任单位：各片区要落实属地责任。要求各单位按时报送。', null],
  ])('%s', (text, split) => expect(splitInlineUnits(text)).toEqual(split));
});

describe.each([
  ['（牵头单位：县财政局）', '牵头单位：县财政局'],
  ['责任单位：市财政局、市发展改革局', '责任单位：市财政局、市发展改革局'],
  ['完成时限：2022年12月底前', '完成时限：2022年12月底前'],
  ['〔市政务服务数据管理局负责〕', '市政务服务数据管理局负责'],
  ['做好财政预决算公开。', null],
  // 平潭 2023 岁末年初 整治 (corpus page.txt): the label's names run into the plan's next sentence, a collective its subject.
  ['责任处室：建工处各业务处室要汲取近期典型事故教训，结合工作实际和本行业领域重大安全隐患判定标准，梳理分析存在的易导致群死群伤的重大隐患', '责任处室：建工处'],
  ['责任单位：区财政金融局、各乡镇要', '责任单位：区财政金融局、各乡镇要'],
  // 平潭 2015 宜居环境建设 (corpus page): 责任分工： over who does what, each clause's units with its verb's role.
  ['责任分工：区规划局负责开展城市社区规划编制工作，澳前片区开发管理局组织实施，嘉源公司作为业主单位，潭城镇人民政府全力配合,区交通与建设局业务检查指导。', '区规划局负责，澳前片区开发管理局负责，嘉源公司负责，潭城镇人民政府配合，区交通与建设局负责'],
])('the line %s', (line, units) => {
  it('is a units line or not', () => expect(unitsLine(line)).toBe(units));
});

describe('a units text with its deadline (梅州 2021, 广德 2024)', () => {
  it.each([
    ['牵头单位：市政府办公室；完成时限：2021年12月底前', { units: '牵头单位：市政府办公室', deadline: '2021年12月底前' }],
    ['市财政局、各县（市、区）人民政府', { units: '市财政局、各县（市、区）人民政府', deadline: null }],
    // 东洲 2023: a comma, not a semicolon, before the deadline.
    ['牵头单位:区司法局;责任单位:区政府各部门、各乡镇街道,完成时限:长期坚持', { units: '牵头单位:区司法局；责任单位:区政府各部门、各乡镇街道', deadline: '长期坚持' }],
    // A deadline written without its label, after the units.
    ['市政府办公室牵头；各县（区）政府、市政府各部门按职责分工负责；2024年底前完成', { units: '市政府办公室牵头；各县（区）政府、市政府各部门按职责分工负责', deadline: '2024年底前完成' }],
    ['市政府办公室牵头，市直各部门配合，长期坚持', { units: '市政府办公室牵头，市直各部门配合', deadline: '长期坚持' }],
    // 平潭 2017 (危化品): two stages, each opening with a date.
    ['区综合执法局（区安监局）牵头，区经济发展局、公安局等按职责分工负责，2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升', { units: '区综合执法局（区安监局）牵头，区经济发展局、公安局等按职责分工负责', deadline: '2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升' }],
    // A units text that only looks like it ends in time words is left whole.
    ['市财政局负责，各县（市、区）财政部门', { units: '市财政局负责，各县（市、区）财政部门', deadline: null }],
  ])('%s', (raw, expected) => expect(splitDeadline(raw)).toEqual(expected));
});

describe.each([
  // 石景山 2019 (PDF text): the last line of a sentence ends in 落实 but names no unit.
  ['基层有效贯彻落实。', false],
  ['公安、农业农机负责', true],
  // 福建 2017 flattened: a province's department, and places that act as units.
  ['省财政厅', true],
  ['省直各部门，各设区市，平潭综合实验区', true],
  // A sentence ending in 查处 names no unit (处 ends office names, not here).
  ['对有关生活垃圾违法行为依法进行查处', false],
  ['市科技局、市人社局', true],
  ['市农业农村局,市发改委,各乡镇、街道', true],
  ['区外联办牵头', true],
  ['财政所、便民综合服务中心、土管所等', true], // 谯城 town plan: 等 closing the list
  ['围绕提升城市创新能力,做好科创平台建设、营造科创生态。', false],
  ['2022年底前', false],
  // 福建 2017: a 工作要求 cell that holds a meeting, and units that end in 会.
  ['按月度、季度组织召开国民经济运行情况新闻发布会。', false],
  ['市发展改革委、市工商联合会', true],
  // 平潭 2016 社会救助: a unit and the duty it carries out is a sentence, even when it ends in 落实.
  ['区财政金融局负责做好社会救助有关资金预算、下拨，保障各项救助资金和工作经费的落实。', false],
  ['区农发局负责落实', true],
  // 平潭 2020 大招商: sentences that only end like a name (…办公场所, …格局).
  ['在本片区范围内，选取一处闲置公房，挂牌成立苏平片区产业中心，为入驻我片区的企业提供办公场所。', false],
  ['采取“一把手”招商、产业链招商、委托招商等模式，形成全方位、多元化的全员大招商格局。', false],
  ['区司法局、各派出所', true],
  ['市卫生健康委、市财政局按职责分工负责', true],
  // 沈阳 2007 公共卫生应急预案: a sentence whose last words name the body it sets up; its first clause ends in 需要.
  ['区、县（市）级卫生行政部门根据本行政区域内突发公共卫生事件应急工作需要，组建突发公共卫生事件应急处理专家咨询委员会。', false],
  // 平潭 2013 道路交通安全: a clause closed by 组织实施 is a role, the list goes on.
  ['区交通与建设局负责，区经济发展局、县安监局、交通与建设局、经济发展局组织实施，公安部门配合', true],
  // 君山 2024 防范麻醉剂 and 平潭 2017 社区建设: the people's organisations are units (片区团委、妇联要…; 科协, 残联).
  ['片区团委、妇联', true],
  ['科协、残联', true],
  ['加强沟通联系，促进协作', false],
  // 金井 2021 疫情 指挥部 工作组 and 平潭 2022 全民科学素质: a discipline team, a party school.
  ['片区纪检组、党政办公室', true],
  ['区党工委党校', true],
  // 平潭 2016 殡葬专项整治 and 海坛 2021 为群众办实事: a village's or the party's organisations are units (村级组织主要职责：…).
  ['村级组织', true],
  ['各基层党组织', true],
  ['加强组织', false],
  // 苏平 2019 三沿六区 and 海坛 2019 项目征迁: a 片区's working groups (社会事业组：牵头做好…, 由综合协调组牵头); not a numbered group.
  ['社会事业组、交通与建设组', true],
  ['综合协调组', true],
  ['第一组', false],
  ['村民小组', false],
])('%s', (text, units) => {
  it(units ? 'reads as units' : 'does not read as units', () => expect(looksLikeUnits(text)).toBe(units));
});

describe.each([
  ['以公开保障和改善民生', true],
  ['着力解决群众急难愁盼问题,深化提质增效。做好民生领域信息公开。', false],
  ['市科技局、市人社局', false],
])('%s', (text, title) => {
  it(title ? 'is a group title' : 'is not a group title', () => expect(isGroupTitle(text)).toBe(title));
});

/** A grid row from cell texts, in columns 0…n. */
const row = (line: number, ...texts: string[]): Row => ({ line, real: true, cells: texts.map((text, column) => ({ text, column, line })) }) as Row;

describe('a 序号 / 工作任务 / 具体要求 / 责任单位 grid (广德 2024, flattened)', () => {
  const rows = [
    row(1, '3', '围绕提升城市创新能力,做好科创平台建设、营造科创生态、汇聚科创人才等方面的信息公开。', '市科技局、市人社局'),
    row(2, '', '(二)以公开保障和改善民生', ''),
    row(3, '4', '着力解决群众急难愁盼问题,深化“桐汭心声”提质增效等民生领域信息公开。', '市政府办公室、市数据资源局、市发改委'),
    row(4, '5', '做好夯实粮食安全根基、壮大乡村特色产业等方面的信息公开。', '市农业农村局,市发改委,各乡镇、街道'),
  ];

  it('finds the 序号 column and the requirement column', () => {
    const layout = gridLayout(rows);
    expect([...layout.noColumns]).toEqual([0]);
    expect(layout.reqColumn).toBe(1);
  });

  it('reads the task row and gives each requirement its own units cell', () => {
    const plan = readStructure(rows, new Report());
    const reqs = plan.sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]);
    expect(reqs.map((r) => [r.no, r.group?.raw])).toEqual([
      [3, '市科技局、市人社局'],
      [4, '市政府办公室、市数据资源局、市发改委'],
      [5, '市农业农村局,市发改委,各乡镇、街道'],
    ]);
    expect(plan.sections[0]!.tasks.map((t) => t.title)).toEqual(['以公开保障和改善民生']);
  });
});

describe('a table whose 项目 spans a 序号 cell and a title, its 主要内容 in points ①② (平潭 2015 公立医院改革 一览表)', () => {
  const html = `<table>
<tr><td>主线</td><td colspan="2">项目</td><td>主要内容</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td rowspan="2">（一）合理配置医疗资源，打好“强基层”基础</td><td>1</td><td>科学编制卫生事业发展规划</td><td>①结合实验区总体发展规划提出目标任务要求，科学编制卫生事业发展规划。②调整医疗机构设置规划。</td><td>医改办、社会事业局、经济发展局</td><td>2015年</td></tr>
<tr><td>2</td><td>加快医疗资源建设</td><td>①加快协和医院建设。②加强儿科、产科临床重点专科建设。③探讨组建区妇幼与生殖保健中心。</td><td>社会事业局、经济发展局、环境与国土资源局</td><td>常年</td></tr>
</table>`;

  it('reads a requirement a row, numbered by the 序号 cell, its points part of its text', () => {
    const reading = chooseReading(htmlToDocument(html).lines, new Report());
    expect(allRequirements(reading.draft).map((r) => [r.no, r.text.slice(0, 12), r.group?.raw, r.deadline])).toEqual([
      [1, '科学编制卫生事业发展规划', '医改办、社会事业局、经济发展局', '2015年'],
      [2, '加快医疗资源建设。①加快', '社会事业局、经济发展局、环境与国土资源局', '常年'],
    ]);
  });
});

describe('a 任务分工表 whose 工作事项 spans several 主要内容 rows, with in-house units columns (广州 2023 家庭医生)', () => {
  const html = `<table>
<tr><td>序号</td><td>工作事项</td><td>主要内容</td><td>牵头单位</td><td>配合单位</td><td>市卫健委内牵头处室</td><td>市卫健委内配合处室</td></tr>
<tr><td rowspan="2">1</td><td rowspan="2">有序扩大家庭医生来源。</td><td>现阶段家庭医生包括全科医生、其他类别临床医师、乡村医生和退休临床医师。</td><td>各区政府</td><td>市卫生健康委</td><td>基层处</td><td>医政处</td></tr>
<tr><td>根据服务人口、功能定位等因素，推动人才资源向基层医疗卫生机构倾斜。</td><td>各区政府</td><td>市卫生健康委、市人社局</td><td>人事处</td><td>基层处</td></tr>
<tr><td>2</td><td>不断优化签约服务团队。</td><td>家庭医生可以家庭医生个人为签约主体，也可以组建团队提供签约服务。</td><td>各区政府</td><td>市卫生健康委</td><td>基层处</td><td>/</td></tr>
</table>`;

  // 附件1 before it: an indicator table whose numbered items sit in its second column.
  const indicators = `<table>
<tr><td>一级指标</td><td>二级指标</td><td>评价标准</td></tr>
<tr><td rowspan="2">签约数量指标</td><td>1.重点人群签约服务覆盖率</td><td>较上一年增加。</td></tr>
<tr><td>2.签约服务覆盖率</td><td>每年增加1-3个百分点。</td></tr>
<tr><td>增加服务供给</td><td>3.家庭医生人数</td><td>家庭医生人数比上一年增加。</td></tr>
</table>`;

  it('reads each 主要内容 row as a requirement under its 工作事项, with the units of all four columns, each table by its own columns', () => {
    const reading = chooseReading(htmlToDocument(`<p>附件1</p>${indicators}<p>附件2</p>${html}`).lines, new Report());
    const reqs = allRequirements(reading.draft);
    expect(reqs.slice(-3).map((r) => r.text.slice(0, 8))).toEqual(['现阶段家庭医生包', '根据服务人口、功', '家庭医生可以家庭']);
    expect(reqs.at(-2)!.group?.raw).toBe('牵头单位：各区政府；配合单位：市卫生健康委、市人社局；牵头单位：人事处；配合单位：基层处');
  });
});

describe('a list with units after each item (东城 2018)', () => {
  const lines = [
    '一、加强政府重点工作信息公开',
    '(一)围绕京津冀协同发展、助力打好三大攻坚战做好信息公开',
    '1.加强京津冀产业对接协作、区域污染联防联控和教育、医疗等基本公共服务合作等信息公开。(区产促局、区环保局、区教委、区卫计委分别负责落实)',
    '2.发布金融等领域政策措施,及时公开政府债务限额和余额情况。(区产促局、区财政局分别负责落实)',
  ];
  const rows = linesAsRows(lines);

  it('reads section, task and two requirements with their brackets as units', () => {
    const plan = readStructure(rows, new Report());
    expect(plan.sections.map((s) => [s.no, s.title])).toEqual([[1, '加强政府重点工作信息公开']]);
    const task = plan.sections[0]!.tasks[0]!;
    expect(task.no).toBe(1);
    expect(task.requirements.map((r) => [r.no, r.text.slice(0, 9), r.group?.raw])).toEqual([
      [1, '加强京津冀产业对接', '区产促局、区环保局、区教委、区卫计委分别负责落实'],
      [2, '发布金融等领域政策', '区产促局、区财政局分别负责落实'],
    ]);
  });
});

describe('units named in a requirement\'s own words, where it has no units cell (平潭 2015)', () => {
  it.each([
    ['开展不动产登记现状调研。由区环境与国土资源局牵头，区党群工作部、区经济发展局、区交通与建设局等部门配合，对区直相关部门进行调研。', '区环境与国土资源局牵头，区党群工作部、区经济发展局、区交通与建设局配合'],
    ['整合建立不动产登记信息管理基础平台。由区环境与国土资源局负责，会同区党工委、管委会办公室电子政务处，按照标准化的要求整理。', '区环境与国土资源局负责，区党工委、管委会办公室电子政务处配合'],
    ['区交通与建设局负责打击面包车非法营运行为。', '区交通与建设局负责'],
    // Units after the item's sentence, no bracket, with 按职责分工 before the verb (kept: the units reader knows it).
    ['做好政策解读工作。市发展改革局、市司法局按职责分工负责。', '市发展改革局、市司法局按职责分工负责'],
    // 平潭 2015 环卫: a paragraph of duties that starts with its unit; 会同 names the one it works with.
    ['区经济发展局：会同区财政金融局研究制定环卫设施建设资金筹措方案。', '区经济发展局负责，区财政金融局配合'],
    ['各片区管理局、各乡镇：负责组织辖区内环卫设施建设。', '各片区管理局、各乡镇负责'],
    ['组长：王进足区党工委委员、管委会副主任', null],
    // 平潭 2015 安全诚信: the office in brackets after the unit's name.
    ['区经济发展局（经信）负责建立工业企业安全生产诚信档案。', '区经济发展局（经信）负责'],
    // A working group and a travel agency act as units too (平潭 2016 社会救助, 赴台团队旅游).
    ['区社会救助工作协调小组：统筹做好城乡低保与医疗、教育、住房、临时救助等其他社会救助政策的衔接。', '区社会救助工作协调小组负责'],
    ['组团旅行社：负责组织省外居民来岚赴台团队旅游。', '组团旅行社负责'],
    // A department that opens its requirement as the one who acts.
    ['区经济发展局（商务）建立商场（超市）、批发市场诚信档案。', '区经济发展局（商务）负责'],
    // 平潭 2016 打击非法行医: units that open the item and act by a principle (按照…原则，开展…).
    ['5.各乡镇按照属地管理和分级管理相结合的原则，开展相关工作。', '各乡镇负责'],
    ['各乡镇按照要求做好宣传。', null],
    ['办公室建设工作。', null],
    // Not units: a level word, a pronoun, a sentence that names nobody.
    ['各级各部门负责做好解读。', null],
    ['有关部门负责做好解读。', null],
    ['加强舆论宣传。通过主要报刊、门户网站做好宣传。', null],
    // 平潭 2019 两不愁: a paragraph labelled with whose duties it states.
    ['2.各乡镇、村职责：要认真落实属地责任和主体责任，抓好具体落实。', '各乡镇、村负责'],
    ['各乡镇、村职责：要认真落实属地责任和主体责任，抓好具体落实，组织专门力量，进村入户。', '各乡镇、村负责'],
    // 平潭 2020 基层政务公开: nothing else names who does the item, a later sentence's subject of 要 does; not the addressees
    // every 工作要求 names (平潭 2015 清运会: 各有关部门要…, and 区传媒中心要… only after a comma).
    ['编制完成其他领域标准目录。国务院相关部门2021年底前编制完成其他领域基层政务公开标准指引后，省政府相关领域业务主管部门将及时跟进出台相应落实意见。各片区管理局、区直各单位要对照于2022年上半年完成本级政务公开标准目录的调整完善工作。', '各片区管理局、区直各单位负责'],
    ['加强宣传，营造氛围。各有关部门要强化工作宣传，区传媒中心要加大宣传报道力度，既要宣传先进典型，也要公开曝光被动应付、敷衍了事的不作为行为，以促进城乡环境综合整治活动稳步推进，形成良好舆论氛围。', null],
    // 平潭 2015 劳动保障监察 两网化: under a 职责 label a kind of body names the bodies of that kind; not a topic.
    ['2．乡镇、工业区职责：负责落实专(兼) 职监察人员和配置劳动保障事务所、站的劳动保障协管员，法律监督员；负责组建调查办公室和调查人员；', '乡镇、工业区负责'],
    ['3．社区(村)职责：负责落实社区（村) 用人单位用工信息采集和维护工作，按企业类型建立用人单位劳动用工信息档案，建立“一户一卡、一格一册”制度；', '社区(村)负责'],
    ['网格职责：负责对网格内用人单位劳动用工情况进行动态监控。', null],
    // A unit's name, a colon and what it does, whatever the verb (a 目标责任 list by department).
    ['市政府办公室：严格落实重大行政决策预公开制度，扩大公众参与。', '市政府办公室负责'],
    ['工作目标：严格落实重大行政决策预公开制度，扩大公众参与。', null],
    // 苏平 2020 道路交通: a 领导小组's member list names its members, not who does the paragraph.
    ['成员单位：党政办公室、党群工作组、交通与建设组、社会事业组。', null],
    ['3.工作职责：要认真落实属地责任。', null],
    // 国务院办公厅 2014 分工: the unit after 由 carries it out, the ministries after 会同 take part.
    ['关于“严守耕地保护红线，划定永久基本农田”的问题，由国土资源部会同农业部等部门负责落实。', '国土资源部负责，农业部配合'],
    ['关于“确保谷物基本自给”的问题，由发展改革委会同中央农办、农业部、财政部等部门研究提出落实意见。', '发展改革委负责，中央农办、农业部、财政部配合'],
    // 湛江 2010 政务公开: 此项工作由X负责，Y配合 — a name with a long alias in brackets, a 档案馆, names joined by 及.
    ['建立政民互动大厅。此项工作由市政府办公室(市政务公开工作领导小组办公室)负责,市政府行政服务中心、市邮政局配合。', '市政府办公室(市政务公开工作领导小组办公室)负责，市政府行政服务中心、市邮政局配合'],
    ['此项工作由市政府办公室(市政务公开工作领导小组办公室)、市档案馆负责,市图书馆配合。', '市政府办公室(市政务公开工作领导小组办公室)、市档案馆负责，市图书馆配合'],
    ['此项工作由市委宣传部(市政府新闻办)负责,市有关部门及各县(市、区)政府配合。', '市委宣传部(市政府新闻办)负责，市有关部门及各县(市、区)政府配合'],
    // 苏平 2020 隐患排查 (its page.txt): the units sentence ends the item's paragraph, the others named before 等有关处室和单位.
    ['整治内容：严格落实涉医等场所建筑安全管理责任。由社会事业处牵头,交通与建设处与资源生态处等有关处室和单位分工负责。', '社会事业处牵头，交通与建设处与资源生态处分工负责'],
    // 平潭 2012 安置房: what is built, then 由 and who builds it; 自由 is no 由.
    ['岚城安置小区由平潭综合实验区岚城组团开发建设有限公司负责承建；', '平潭综合实验区岚城组团开发建设有限公司负责'],
    ['平潭综合实验区岚城片区土地收储整理项目中道路建设由平潭综合实验区岚城组团开发建设有限公司负责代建。', '平潭综合实验区岚城组团开发建设有限公司负责'],
    // 平潭 2015 清运会: a principle, not who does the item.
    ['统一调度，督查落实。要坚持统一领导，部门协调配合，各部门，各乡镇分工负责，上下联动。', null],
    // 平潭 2016 国庆旅游安全: under a collective's label, each sentence that opens with its members as subject is theirs.
    ['各乡镇人民政府：澳前镇加强金坤度假村的安全管理工作。岚城乡加强雕塑园的安全管理工作。流水镇负责做好流水码头的安全管理工作。屿头乡、大练乡、东庠乡做好码头安全管理工作。', '各乡镇人民政府负责，澳前镇负责，岚城乡负责，流水镇负责，屿头乡、大练乡、东庠乡负责'],
    // (Not a description of which of them: 火灾发生所在地的派出所 is one of 各派出所, no unit of its own.)
    ['各派出所：火灾发生所在地的派出所要及时介入，负责维护火场秩序。', '各派出所负责'],
    // 苏平 2019 三沿六区: a duty that opens with 牵头 is the lead's.
    ['社会事业组：牵头做好专项摸排整治的统筹协调、组织实施，做好骨灰安放（葬）跟踪管理。', '社会事业组牵头'],
    ['交通与建设组：及时查处公共绿地违规建墓等行为，推进铁路沿线环境综合整治。', '交通与建设组负责'],
    // 君山 2021 海上非法养殖: in a unit's duty paragraph, the units after 联合 take part, as after 会同.
    ['资源生态处：联合区环境监察支队对不符合环保标准的泡沫浮球、铁杉木等渔排建造材料进行检查；联合区资源生态局对渔排建造使用的非法锚石、抛石来源进行检查。', '资源生态处负责，区环境监察支队配合，区资源生态局配合'],
    ['经济发展处：联合工信部门加强对修造船企业和在修船舶的管控，督促修造船企业依法依规开展生产经营工作。', '经济发展处负责，工信部门配合'],
    // 平潭 2020 控辍保学 (page.txt, half-width marks): each clause after a ; opens with its own units as the subject of 要.
    ['完善辍学生台账管理制度。社会事业局教育部门要进一步细化台账管理责任,建立健全每周台账信息核查和报送制度;乡镇(街道)要建立辖区内学龄儿童就学信息工作台账,及时组织人员进村、入户做好适龄儿童的入学动员。', '社会事业局教育部门负责，乡镇(街道)负责'],
  ])('%s', (text, units) => expect(proseUnits(text)).toBe(units));

  // Under a 职责分工 or 责任分工 heading, the unit an item opens with carries it out (平潭 2016 夏季消防检查, 打击非法集资).
  it.each([
    ['区社会事业局要重点部署开展社会福利机构、文物保护单位等单位的火灾隐患排查整治和消防宣传。', '区社会事业局负责'],
    ['电力部门要联合相关职能部门开展电气火灾防范专项整治。', '电力部门负责'],
    ['区打非办为联络召集人，负责牵头组织协调全区打击非法集资工作。', '区打非办负责'],
    ['区检察院在涉及公职人员非法集资案件中依法履行职责。', '区检察院负责'],
    // 平潭 2016 殡葬: the unit that opens the item, not a later clause's object (…对履职不到位的乡镇林业站…).
    ['区林业局要依法查处违规行为，对履职不到位的乡镇林业站负责人进行约谈。', '区林业局负责'],
    // A verb that opens the item is not part of a name (苏平 2020 自然灾害: 配合上级相关部门对水利工程…进行全面检查).
    ['配合上级相关部门对水利工程防汛安全管理和水毁工程修复情况进行全面检查。', null],
    // 平潭 2021 景区船舶 (page.txt), 部门职责: the units and a full stop open each duty; who the duties name in passing
    // (配合交通、公安等部门, 会同公安部门) are not the item's units.
    ['1.区旅游文体局、旅游文化中心。指导景区健全完善安全生产和应急管理制度，配合交通、公安等部门做好游客疏导。', '区旅游文体局、旅游文化中心负责'],
    ['13.区通管办。', '区通管办负责'],
    ['各片区管理局要严格落实属地管理主体责任。会同公安部门加强智能化防控体系建设。', '各片区管理局负责'],
    // 平潭 2016 殡葬: the villages as a subject; a verb ends the name before it (no 区财政金融局确保整治工作所).
    ['各村（居）要开展殡葬改革宣传。', '各村（居）负责'],
    ['区财政金融局确保整治工作所需经费，列入年度财政预算。', '区财政金融局负责'],
    // 平潭 2016 重点建设项目前期工作: 承担 ends the name (no 区重点办承担前期办).
    ['区重点办承担前期办职责，负责区领导小组日常工作；负责组织对项目前期工作的监督考核。', '区重点办负责'],
  ])('%s, in a 分工 part', (text, units) => {
    expect(proseUnits(text, true)).toBe(units);
    // Elsewhere such a sentence only says who acts in passing.
    if (units) expect(proseUnits(text, false)).not.toBe(units);
  });
});

describe('a task heading that is itself the assignment (国务院办公厅 2014 分工)', () => {
  it('is read as its own requirement, its units from its words', () => {
    const lines = [
      '一、工作分工',
      '（一）关于“实施国家粮食安全战略”的问题，由发展改革委会同中央农办、农业部、财政部等部门研究提出落实意见。',
      '（二）关于“严守耕地保护红线，划定永久基本农田”的问题，由国土资源部会同农业部等部门负责落实。',
    ];
    const rows = linesAsRows(lines);
    const tasks = readStructure(rows, new Report()).sections[0]!.tasks;
    expect(tasks.map((t) => t.requirements.map((r) => [r.text.slice(0, 8), r.group?.raw]))).toEqual([
      [['关于“实施国家粮', '发展改革委负责，中央农办、农业部、财政部配合']],
      [['关于“严守耕地保', '国土资源部负责，农业部配合']],
    ]);
  });
});

describe('a document cut off inside its last units bracket', () => {
  it.each([
    // 湖南 2022 excerpt: the bracket never closes.
    ['推进线上线下深度融合。(省政务局牵头,省直相关单位按职责分工负责。各市州、县市区人民政府均为责任单位', '省政务局牵头,省直相关单位按职责分工负责。各市州、县市区人民政府均为责任单位'],
    // 国务院 2016 excerpt: cut inside a name, the fragment dropped.
    ['以及中介服务事项清单。(国务院审改办、人力', '国务院审改办'],
    // 西城 2018 excerpt: cut inside the role words, every name whole.
    ['切实推进公共企事业单位信息公开(区教委、区环保局、区城市管理委等相关部门负责落', '区教委、区环保局、区城市管理委等相关部门负责落实'],
  ])('%s', (text, annotation) => expect(splitCutAnnotation(text)?.annotation).toBe(annotation));

  it('leaves an open bracket that holds no units alone', () => {
    expect(splitCutAnnotation('推进政务公开（包括决策公开、执行公开')).toBeNull();
  });
});

describe('a page saved with pinyin readings after characters (国务院 2016 mirror)', () => {
  it('reads without them, and the report says so', () => {
    const report = new Report();
    const doc = cleanDocument(textToDocument('二、推進政務公開(kāi)工作(zuò)\n1.進一步推進權力清單和(hé)責任清單公開(kāi)。（國務院審改辦負責）\n人(rén)民群衆'), report);
    expect(doc.lines.map((l) => l.text)).toEqual(['二、推進政務公開工作', '1.進一步推進權力清單和責任清單公開。（國務院審改辦負責）', '人民群衆']);
    expect(report.items.some((i) => i.message.includes('pinyin readings'))).toBe(true);
  });
});

describe('measures written as articles 第一条… with their units (泸州 2023 房地产 若干措施)', () => {
  const articles = [
    '第一条 优化土地出让条件。房地产开发企业可申请同步核发《建设用地规划许可证》。(牵头单位:市自然资源和规划局)',
    '第二条 落实税收优惠政策。对有特殊困难，不能按期缴纳税款的，依法办理延期缴纳税款。（牵头单位：国家税务总局泸州市税务局）',
    '第三条 做好金融信贷支持。下调新发放首套住房商业贷款利率下限。（牵头单位：人行泸州市分行、市住房城乡建设局）',
  ];

  it('numbers each article as an item, and the report says so', () => {
    const report = new Report();
    const doc = withArticleNumbers(textToDocument(['为促进房地产市场平稳健康发展，现提出以下措施。', ...articles].join('\n')), report);
    expect(doc.lines.map((l) => l.text.slice(0, 12))).toEqual(['为促进房地产市场平稳健康', '1. 优化土地出让条件。', '2. 落实税收优惠政策。', '3. 做好金融信贷支持。']);
    expect(report.items.some((i) => i.message.includes('第一条–第三条 read as items 1.–3.'))).toBe(true);
  });

  it('leaves a regulation\'s articles alone when they name no units', () => {
    const rules = ['第一条 为了规范殡葬管理，制定本规定。', '第二条 本规定适用于本区。', '第三条 殡葬管理的方针是积极地实行火葬。'];
    expect(withArticleNumbers(textToDocument(rules.join('\n')), new Report()).lines.map((l) => l.text)).toEqual(rules);
  });
});

// 平潭 2016 殡葬专项整治工作暂行规定 (tests/importer/corpus/fj-pingtan-2016-binzang-zhengzhi-guiding.html): a regulation whose
// 第三章职责分工 gives each unit an article of its duties.
describe('a regulation whose 职责分工 chapter gives each unit its article (平潭 2016 殡葬专项整治)', () => {
  const lines = [
    '第二章领导机构',
    '第六条各乡镇应当健全殡葬违规行为专项整治工作领导机制。',
    '第三章职责分工',
    '第七条区公安局主要职责：负责做好乱滥建坟墓专项整治行动维稳工作。',
    '第八条区党工委宣传部主要职责：负责殡葬改革宣传工作。',
    '第九条区社会事业局主要职责：严格履行主管部门职责。',
    '第四章工作机制',
    '第十条按照属地管理原则，健全区、乡镇、村（居）三级督查巡查机制。',
  ];

  it('numbers the articles as items and the chapters as sections, and the report says so', () => {
    const report = new Report();
    const doc = withArticleNumbers(textToDocument(lines.join('\n')), report);
    expect(doc.lines.map((l) => l.text.slice(0, 12))).toEqual(['二、领导机构', '6. 各乡镇应当健全殡葬', '三、职责分工', '7. 区公安局主要职责：', '8. 区党工委宣传部主要', '9. 区社会事业局主要职', '四、工作机制', '10. 按照属地管理原则']);
    expect(report.items.some((i) => i.message.includes('and chapters as sections: 3 articles of the 职责 chapter'))).toBe(true);
  });

  it('gives each duty article its unit', async () => {
    const { requirements } = await importCorpusDocument('fj-pingtan-2016-binzang-zhengzhi-guiding.html');
    const duties = requirements.filter((r) => /^[^，。]{2,12}主要职责：/.test(r.text));
    expect(duties.map((r) => `${r.text.split('主要职责')[0]}: ${r.units.map((u) => `${u.role}:${u.name}`).join(' ')}`).slice(0, 3)).toEqual([
      '区公安局: responsible:区公安局',
      '区党工委宣传部: responsible:区党工委宣传部',
      '区社会事业局: responsible:区社会事业局',
    ]);
    expect(duties).toHaveLength(12);
  });

  it('leaves the articles alone when the 职责 chapter has fewer than three duty articles', () => {
    const two = lines.filter((l) => !l.startsWith('第九条'));
    expect(withArticleNumbers(textToDocument(two.join('\n')), new Report()).lines.map((l) => l.text)).toEqual(two);
  });
});

// 平潭 2018 污染物排海 (page.txt: …相关乡镇 ⒉增强海洋保护公众参与。), 平潭 2016 效能整改 (⑴非行政许可事项未清理。): Word's list
// numbering left as one enclosed character.
describe('numbers written as one enclosed character (⒈ ⑴ ㈠)', () => {
  it('are read as 1. （1） （一）, and the report says so', () => {
    const report = new Report();
    const doc = cleanDocument(textToDocument('㈠大力宣传安全生产重大决策部署\n⒉增强海洋保护公众参与。\n区旅游发展局：⑴非行政许可事项未清理。⑵事项办理存在“体外循环”问题。\n⒛最后一项'), report);
    expect(doc.lines.map((l) => l.text)).toEqual(['（一）大力宣传安全生产重大决策部署', '2.增强海洋保护公众参与。', '区旅游发展局：（1）非行政许可事项未清理。（2）事项办理存在“体外循环”问题。', '20.最后一项']);
    expect(report.items.some((i) => i.message.includes('5 number(s) written as one enclosed character'))).toBe(true);
  });

  it('makes the item so numbered an item of its own, with its own labels (平潭 2018 污染物排海)', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2018-wuranwu-paihai-zongliang-kongzhi-jianpai-fenjie-pagetxt.txt');
    expect(roles('强化海洋环境保护宣传教育')).toEqual(['lead:区农村发展局', 'participate:区宣传部', 'participate:财政金融局', 'participate:相关乡镇']);
    expect(roles('增强海洋保护公众参与')).toEqual(['lead:区农村发展局', 'participate:区宣传部', 'participate:财政金融局', 'participate:有关乡镇']);
  });
});

describe('a units label that lost its colon in a PDF (平潭 2015 信用, exported by LibreOffice)', () => {
  it.each([
    ['套措施。（责任单位区直各相关单位）', '套措施。（责任单位：区直各相关单位）'],
    ['用信息系统，实现互联互通。（牵头单位区经济发展局，配合单位区财政金融局）', '用信息系统，实现互联互通。（牵头单位：区经济发展局，配合单位：区财政金融局）'],
    // A sentence about the units, not a label: left as it is.
    ['（责任单位要按时报送进展情况）', '（责任单位要按时报送进展情况）'],
    ['各责任单位要加强协调配合。', '各责任单位要加强协调配合。'],
    // A collective name that ends in a label's words (平潭 2021 景区船舶, page.txt): not a label.
    ['做好其他安全隐患的整治。（区旅游文体局、旅游文化中心负责，各相关责任单位配合）', '做好其他安全隐患的整治。（区旅游文体局、旅游文化中心负责，各相关责任单位配合）'],
    ['（各片区管理局负责，相关责任单位配合）', '（各片区管理局负责，相关责任单位配合）'],
  ])('%s', (line, fixed) => {
    const doc = cleanDocument(textToDocument(line), new Report());
    expect(doc.lines.map((l) => l.text)).toEqual([fixed]);
  });
});

describe('a task heading followed straight by its units line (蔡甸 2023)', () => {
  it('is read as the requirement', () => {
    const rows = linesAsRows(['一、2023年全区经济社会发展的主要预期目标', '(一)地区生产总值增长7%以上', '责任单位:区发展和改革局', '(二)规上工业增加值增长12%以上', '责任单位:区科技和经信局']);
    const plan = readStructure(rows, new Report());
    expect(plan.sections[0]!.tasks.map((t) => t.requirements.map((r) => [r.text, r.group?.raw]))).toEqual([
      [['地区生产总值增长7%以上', '责任单位:区发展和改革局']],
      [['规上工业增加值增长12%以上', '责任单位:区科技和经信局']],
    ]);
  });
});

describe('a standing note in a units bracket (威海 2023)', () => {
  it('is split off, and names the units every later requirement shares', () => {
    expect(splitStandingNote('牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委。以下任务均需各区市政府、开发区管委落实,不再一一列出')).toEqual({
      units: '牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委',
      standing: '各区市政府、开发区管委',
      role: 'responsible',
    });
    // 临夏 2025 and 辽宁 2025: 以下各任务…, and the note before 以下不再列出.
    expect(splitStandingNote('以下各任务均需各县市人民政府、州直相关行业部门落实,不再一一列出').standing).toBe('各县市人民政府、州直相关行业部门');
    // 平潭 2016 水污染防治: the note names those who take part in every later requirement.
    expect(splitStandingNote('责任单位：区经济发展局牵头，区环境与国土资源局参与，相关乡镇配合。以下均需相关乡镇配合，不再列出')).toEqual({
      units: '责任单位：区经济发展局牵头，区环境与国土资源局参与，相关乡镇配合',
      standing: '相关乡镇',
      role: 'participate',
    });
    expect(splitStandingNote('区经济发展局牵头，相关乡镇配合。以下均需相关乡镇配合')).toMatchObject({ standing: '相关乡镇', role: 'participate' });
    // 湖州 2022 (a 繁体 mirror, read in simplified): the later 责任单位 all include the counties' governments.
    expect(splitStandingNote('牵头单位:市发展改革委，各区县政府﹝含南太湖新区管委会，下同﹞,以下责任单位：均包含各区县政府')).toEqual({
      units: '牵头单位:市发展改革委，各区县政府﹝含南太湖新区管委会，下同﹞',
      standing: '各区县政府',
      role: 'responsible',
    });
    expect(splitStandingNote('省发展改革委、省司法厅等有关部门按职责分工负责,各项政策措施均需各市政府、省沈抚示范区管委会落实,以下不再列出')).toEqual({
      units: '省发展改革委、省司法厅等有关部门按职责分工负责',
      standing: '各市政府、省沈抚示范区管委会',
      role: 'responsible',
    });
    // 北京 2025 生育支持: the units 负责, then 不再列出.
    expect(splitStandingNote('市卫生健康委、市财政局、北京市税务局、各区政府、北京经济技术开发区管委会按职责分工负责。以下均需各区政府、北京经济技术开发区管委会负责，不再列出')).toEqual({
      units: '市卫生健康委、市财政局、北京市税务局、各区政府、北京经济技术开发区管委会按职责分工负责',
      standing: '各区政府、北京经济技术开发区管委会',
      role: 'responsible',
    });
    // Without 以下 a sentence that happens to say it lists nothing is no standing note.
    expect(splitStandingNote('各项措施均需各县落实,不单独列出经费').standing).toBeNull();
    expect(splitStandingNote('牵头单位:市财政局')).toEqual({ units: '牵头单位:市财政局', standing: null });
  });
});

describe('an item written as labelled paragraphs (海东 2020 重点任务清单)', () => {
  it('keeps 工作成果 with its item and leaves the 责任人 out', () => {
    const lines = ['一、重点规划衔接融合方面', '1. 做好“十四五”规划、国土空间规划的衔接。', '工作成果:坚持规划先行，以规划引领区域协同发展。', '责任单位:海东市、兰州市、临夏州发展改革部门', '责任人:三市州发展改革部门主要负责同志'];
    const rows = linesAsRows(lines);
    const plan = readStructure(rows, new Report());
    const reqs = plan.sections.flatMap((s) => s.requirements);
    expect(reqs.map((r) => [r.no, r.group?.raw])).toEqual([[1, '责任单位:海东市、兰州市、临夏州发展改革部门']]);
    expect(reqs[0]!.text).toContain('工作成果:坚持规划先行');
  });
});

describe('sub-items (1)(2) with their own units inside a numbered item (池州 2017 营商环境)', () => {
  const text = '1.深化商事制度改革。(1)全面落实“多证合一、一照一码”改革。(市工商质监局牵头负责)(2)完善企业登记全程电子化。(市工商质监局牵头负责)';
  it('finds the sub-items in sequence', () => {
    expect(splitSubItems(text.slice(2))?.items.map((i) => i.no)).toEqual([1, 2]);
    expect(splitSubItems('落实《条例》第(1)项和第(3)项')).toBeNull();
  });
  it('reads each sub-item as a requirement with its units, after the item', () => {
    const plan = readStructure([{ line: 1, cells: [{ text: '一、优化营商环境', column: null, line: 1 }] }, { line: 2, cells: [{ text, column: null, line: 2 }] }] as Row[], new Report());
    expect(plan.sections[0]!.requirements.map((r) => [r.no, r.text.slice(0, 8), r.group?.raw ?? null])).toEqual([
      [1, '深化商事制度改革', null],
      [null, '全面落实“多证合', '市工商质监局牵头负责'],
      [null, '完善企业登记全程', '市工商质监局牵头负责'],
    ]);
  });
});

// 国务院办公厅 2018 无废城市 (tests/importer/corpus/qe-national-gwyb-2018-wufei-chengshi-shidian.html): one paragraph, a bracket
// of the ministries that guide after each group of its sentences.
describe('units brackets inside a paragraph as well as at its end (国务院办公厅 2018 无废城市)', () => {
  const paragraph =
    '统筹城市发展与固体废物管理，优化产业结构布局。组织开展区域内固体废物利用处置能力调查评估。（国家发展改革委、工业和信息化部、自然资源部指导）明确规划期内城市基础设施保障能力需求，保障设施用地。（生态环境部、住房城乡建设部指导）';
  it('finds the bracket inside, after a sentence, and not a name\'s own', () => {
    expect(unitsBracketsInside(paragraph.replace(/（生态环境部、住房城乡建设部指导）$/, ''))).toEqual(['国家发展改革委、工业和信息化部、自然资源部指导']);
    expect(unitsBracketsInside('通报给社会事业局（教育处）并抄送区财政金融局（牵头）。')).toEqual([]);
  });
  it('gives the paragraph the units of all its brackets in printed order', () => {
    const reqs = allRequirements(readStructure(linesAsRows(['二、主要任务', '（一）强化顶层设计引领，发挥政府宏观指导作用。', paragraph]), new Report()));
    expect(reqs.map((r) => r.group?.raw)).toEqual(['国家发展改革委、工业和信息化部、自然资源部指导；生态环境部、住房城乡建设部指导']);
  });
});

describe('sub-items (1)(2) of one item whose units close the item (平潭 2015 公立医院改革)', () => {
  it('reads the item whole, its units those of the whole item', () => {
    const text = '6.发挥医保对医疗服务的监督作用，促进医疗机构规范医疗服务行为。（1）建立完善我区定点医疗机构医师库、科室库，进一步提升医保精细化管理水平。（2）加快推进医保信息系统的建设步伐，对医疗机构医疗服务行为的监控更加科学、规范。（责任单位：区社会事业局、医改办、财政金融局、市场监督管理局，各县级公立医院）';
    const rows = linesAsRows(['（五）深化医保支付方式改革，激发医保调控活力', '5.完善医保结算办法。继续做好统筹区内医保经办机构与定点医疗机构结算工作。', text]);
    const reqs = readStructure(rows, new Report()).sections.flatMap((s) => s.tasks.flatMap((t) => t.requirements));
    expect(reqs.map((r) => [r.no, r.text.slice(0, 8)])).toEqual([
      [5, '完善医保结算办法'],
      [6, '发挥医保对医疗服'],
    ]);
    expect(reqs[1]!.group?.raw).toBe('责任单位：区社会事业局、医改办、财政金融局、市场监督管理局，各县级公立医院');
  });
});

describe('sections that are each one unit\'s duties, nothing under them (平潭 2016 重点建设项目前期工作, 附件1)', () => {
  const lines = [
    '一、区经发局负责基本建设项目的审批、核准、备案；统筹全区重大项目前期工作推进和全过程跟踪管理；负责重大工业技改项目的备案和核准工作。',
    '二、区财金局负责金融、类金融、国资重组整合、国企上市、国企发债及PPP等类重点建设项目策划、生成和储备，编制年度计划。',
    '三、区环境与国土资源局负责环保、生态、土地收储、土地整理开发等类重点建设项目策划、生成和储备，编制年度计划。',
    '四、区交通与建设局负责交通基础设施、市政公用设施、保障房、城市建设、园林景观等类重点建设项目策划、生成和储备，编制年度计划。',
  ];
  it('reads each as its requirement, its subject the unit', () => {
    const plan = readStructure(linesAsRows(lines), new Report());
    expect(plan.sections.map((s) => [s.no, s.requirements.map((r) => [r.text.slice(0, 8), r.group?.raw])])).toEqual([
      [1, [['区经发局负责基本', '区经发局负责']]],
      [2, [['区财金局负责金融', '区财金局负责']]],
      [3, [['区环境与国土资源', '区环境与国土资源局负责']]],
      [4, [['区交通与建设局负', '区交通与建设局负责']]],
    ]);
  });
  it('leaves a plan\'s empty headings out when they are not such duties', () => {
    const plan = readStructure(linesAsRows(['一、总体要求', '二、主要任务', '1.推进决策公开。（市政府办公室牵头）', '三、保障措施']), new Report());
    expect(plan.sections.map((s) => s.no)).toEqual([2]);
  });
});

describe('a leading group listed member by member (平潭 2015 环卫)', () => {
  it('leaves the persons out: no requirement is made of them', () => {
    const lines = ['三、组织领导及各部门工作职责', '组长：王进足区党工委委员、管委会副主任', '副组长：赖德芳区交通与建设局局长', '王浩区管委会办公室副主任', '成员：丁雄生澳前片区管理局局长', '各相关部门工作职责：', '区规划局：负责落实环卫设施规划选址、规划审批工作。'];
    const rows = linesAsRows(lines);
    const reqs = readStructure(rows, new Report()).sections.flatMap((s) => s.requirements);
    expect(reqs.filter((r) => r.group).map((r) => [r.text.slice(0, 6), r.group?.raw])).toEqual([['区规划局：负', '区规划局负责']]);
    expect(reqs.some((r) => /王浩|赖德芳|丁雄生/.test(r.text))).toBe(false);
  });
});

describe('a document cut off inside its last units line (潍坊 2017 excerpt)', () => {
  it.each([
    ['市发改委、市财政局、市人社局、市金融办、人民银', '市发改委、市财政局、市人社局、市金融办'],
    // Whole names, a sentence, or one name and a fragment are not a cut units line.
    ['市发改委、市财政局、市人社局', null],
    ['加强市内外舆情收集研判、及时发布', null],
    ['市财政局、人民银', null],
  ])('%s', (text, units) => expect(splitCutUnitsLine(text)).toBe(units));

  it('gives the requirement before it those units', () => {
    const lines = ['一、以政务公开助力稳增长', '(一)加强预期引导', '加强财政政策信息公开,按月公开全市财政收支情况。', '市财政局牵头落实', '加强市内外舆情收集研判,澄清事实。', '市发改委、市财政局、市人社局、市金融办、人民银'];
    const rows = linesAsRows(lines);
    const report = new Report();
    const reqs = readStructure(rows, report).sections[0]!.tasks[0]!.requirements;
    expect(reqs.map((r) => [r.text.slice(0, 8), r.group?.raw])).toEqual([
      ['加强财政政策信息', '市财政局牵头落实'],
      ['加强市内外舆情收', '市发改委、市财政局、市人社局、市金融办'],
    ]);
    expect(report.items.some((i) => i.kind === 'truncated' && i.line === 6)).toBe(true);
  });
});

describe('a document cut off inside the heading of a task whose siblings are paragraphs (房县 2023 excerpt)', () => {
  it('reads the cut heading as that task\'s requirement', () => {
    const lines = [
      '一、更大力度降低制度性交易成本',
      '(一)深化政务服务标准化建设。定期公布政务服务事项基本目录和实施清单。(牵头单位:县行政审批局,责任单位:县直各有关单位)',
      '(二)推行政务服务承诺制。在政务服务中，探索扩大承诺制审批范围。(牵头单位:县行政审批局,责任单位:县直各有关单位)',
      '(三)大力推行“首席服务员',
    ];
    const rows = linesAsRows(lines);
    const tasks = readStructure(rows, new Report()).sections[0]!.tasks;
    expect(tasks.map((t) => t.requirements.map((r) => r.text.slice(0, 8)))).toEqual([['深化政务服务标准'], ['推行政务服务承诺'], ['大力推行“首席服']]);
  });
});

describe('a line naming the units as the subjects of their duties (番禺 2021, 责任单位和工作要求)', () => {
  it.each([
    ['各有关单位、各镇(街)做好发布工作,区政务服务数据管理局做好技术支持和指导。', '各有关单位、各镇(街)负责，区政务服务数据管理局配合'],
    ['区发展改革局、区科工商信局、区市场监管局牵头办理,在工作中加强与上级单位沟通对接。', '区发展改革局、区科工商信局、区市场监管局牵头'],
    // A requirement's own sentence does not open with units.
    ['在区政府门户网站集中发布本地区主动公开的规划原文。', null],
    ['有关单位做好发布工作。', null],
  ])('%s', (line, units) => expect(dutyLine(line)).toBe(units));
});

describe('平潭 2012 (党风廉政分工): items 1、2、 with their units brackets', () => {
  it('reads 2、…（牵头单位：…） as an item, not a section printed as 2、', () => {
    expect(parseHeading('2、加强农村土地利用管理制度执行情况的监督检查（牵头单位：用地科,配合单位：各国土所）', true, 2)).toBeUndefined();
    expect(parseHeading('2、工作措施', true, 2)).toMatchObject({ level: 'section', no: 2, arabic: true });
  });
});

describe('平潭 2016 (环土局政务公开): a task paragraph of one sentence with its own units', () => {
  it('is read as its requirement, with those units', () => {
    const lines = [
      '三、主要任务',
      '（三）推进重点排污单位信息公开，推动重点排污单位依法向社会公开其产生的主要污染物名称。（生态保护处牵头落实）',
      '（四）督导检查建设单位公开环评信息，实现环保信息公开透明。落实指南，全文公开批复文件。（环境影响评价处牵头落实）',
    ];
    const rows = linesAsRows(lines);
    const tasks = readStructure(rows, new Report()).sections[0]!.tasks;
    expect(tasks.map((t) => t.requirements.map((r) => [r.text.slice(0, 6), r.group?.raw]))).toEqual([
      [['推进重点排污', '生态保护处牵头落实']],
      [['督导检查建设', '环境影响评价处牵头落实']],
    ]);
  });

  it('does not take a bracket inside a sentence (对各处室（单位）落实) for units', () => {
    expect(splitProse('年底前对各处室（单位）落实政务公开情况进行检查。（驻局纪检组、办公室牵头落实）')).toEqual([
      { text: '年底前对各处室（单位）落实政务公开情况进行检查。', annotation: '驻局纪检组、办公室牵头落实' },
    ]);
  });
});

describe('an attachment of blocks, each holding the items of one unit (平潭 2016 环境保护目标责任)', () => {
  it.each([
    ['2016年平潭综合实验区环境与国土资源局环境保护目标责任', '平潭综合实验区环境与国土资源局'],
    ['区规划局工作任务', '区规划局'],
    ['市财政局：', '市财政局'],
    // Headings and plan titles are not blocks.
    ['2022年政务公开工作要点', null],
    ['重点工作任务', null],
    ['责任单位：', null],
    // 平潭 2016 节约用水 职责: a numbered task heading that names a body's duties.
    ['（二）领导小组办公室工作职责', null],
    // 平潭 2016 安全生产目标责任: the block of two bodies named together.
    ['2016年区党工委、管委会办公室安全生产目标责任', '区党工委、管委会办公室'],
    ['2016年各片区开发管理局安全生产目标责任', '各片区开发管理局'],
  ])('%s', (title, unit) => expect(unitBlockTitle(title)).toBe(unit));

  it('gives the items of each block, numbered 一、 again in each, that block\'s unit', () => {
    const lines = [
      '2016年平潭综合实验区环境与国土资源局环境保护目标责任',
      '一、对本行政区域环境保护工作实施统一监督管理。贯彻执行国家有关环境保护的法律。',
      '二、推进生态文明先行示范区创建。牵头编制实施生态文明建设规划。',
      '2016年平潭综合实验区安全生产监督',
      '管理局环境保护目标责任',
      '一、加强对危险化学品生产、储存企业的安全监管。',
      '二、',
      '根据工作职责，协同相关部门做好环境应急工作。',
    ];
    const rows = linesAsRows(lines);
    const plan = readStructure(rows, new Report());
    expect(plan.sections.map((s) => s.requirements.map((r) => [r.no, r.text.slice(0, 6), r.group?.raw]))).toEqual([
      [[1, '对本行政区域', '平潭综合实验区环境与国土资源局'], [2, '推进生态文明', '平潭综合实验区环境与国土资源局']],
      [[1, '加强对危险化', '平潭综合实验区安全生产监督管理局'], [2, '根据工作职责', '平潭综合实验区安全生产监督管理局']],
    ]);
  });
});

describe('a form table, one label and its value a row (平潭 2017 水产品专项整治)', () => {
  const pair = (line: number, label: string, value: string) => ({ line, text: `${label} | ${value}`, cells: [{ text: label }, { text: value }], table: 0 });
  const lines = [
    pair(9, '专项名称', '流通环节水产品质量安全专项整治'),
    pair(10, '分管领导', '曹承代'),
    pair(11, '牵头单位', '食品处'),
    pair(12, '配合单位', '各分局'),
    pair(13, '工作任务', '开展流通环节水产品质量安全专项整治工作。'),
    pair(14, '时间安排', '通知下发之日起至2017年10月'),
  ];

  it('is turned the right way round: the labels a header, the values a row', () => {
    const { lines: out, forms } = transposeForms(lines);
    expect(forms).toBe(1);
    expect(out.map((l) => l.cells!.map((c) => c.text))).toEqual([
      ['备注', '分管领导', '牵头单位', '配合单位', '工作任务', '时间安排'],
      ['流通环节水产品质量安全专项整治', '曹承代', '食品处', '各分局', '开展流通环节水产品质量安全专项整治工作。', '通知下发之日起至2017年10月'],
    ]);
  });

  it('reads as one requirement with its lead and participant', () => {
    const reading = chooseReading(lines, new Report());
    const reqs = allRequirements(reading.draft);
    expect(reqs.map((r) => [r.text, r.group?.raw])).toEqual([['开展流通环节水产品质量安全专项整治工作。', '牵头单位：食品处；配合单位：各分局']]);
  });

  it('leaves a two-column table that is not a form alone', () => {
    const table = [pair(1, '序号', '1'), pair(2, '备注', '无'), pair(3, '说明', '见附件')];
    expect(transposeForms(table).forms).toBe(0);
  });
});

describe('a table flattened to one cell per paragraph, with a 工作要求 column and a 配合/责任单位 column (平潭 2021 laid out flat)', () => {
  const text = [
    '工作任务', '工作要求', '牵头单位', '配合/责任单位',
    '一、紧扣“十四五”开好局起好步深化政务公开',
    '（一）做好各类规划主动公开',
    '1.主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等。',
    '通过政府门户网站专题专栏集中展示。',
    '区经济发展局',
    '区直有关单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）',
    '2.归集整理和主动公开历史规划（计划）。',
    '通过本级政府门户网站政府信息公开专栏集中发布。',
    '区经济发展局',
    '区直有关单位，各片区管理局',
  ].join('\n\n');

  it('reads each item with its 工作要求, its lead and the units of the 配合/责任单位 column', () => {
    const reading = chooseReading(textToDocument(text).lines, new Report());
    expect(allRequirements(reading.draft).map((r) => [r.no, r.text, r.group?.raw])).toEqual([
      [1, '主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等。工作要求：通过政府门户网站专题专栏集中展示。', '牵头单位：区经济发展局；配合单位：区直有关单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）'],
      [2, '归集整理和主动公开历史规划（计划）。工作要求：通过本级政府门户网站政府信息公开专栏集中发布。', '牵头单位：区经济发展局；配合单位：区直有关单位，各片区管理局'],
    ]);
  });
});

describe('a flattened table whose lead cell is empty in some rows: the lone units paragraph goes to the column whose names it shares', () => {
  it.each([
    [
      '平潭 2021: 区直各单位… is what the 配合/责任单位 column holds; 区财政金融局 alone stays the lead',
      [
        '2021年平潭综合实验区政务公开工作主要任务分解表',
        '工作任务', '工作要求', '牵头单位', '配合/责任单位',
        '（三）做好财政信息公开',
        '1.稳步扩大预决算公开范围。', '推进部门所属单位预算、决算及相关报表公开。', '区财政金融局', '区直有关单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）',
        '2.深化地方政府债务信息公开。', '定期公开地方政府债务限额、余额、发行、存续期、重大事项等相关信息。', '区财政金融局',
        '3.加大惠民惠农政策和资金发放信息公开力度。', '做好惠民惠农资金发放信息公开工作。', '区财政金融局区农业农村局', '区直有关单位，各片区管理局、各乡镇人民政府（街道办事处）',
        '4.做好政府门户网站政策文件解读发布工作。', '按照通知要求，明确解读责任。', '区直各单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）',
      ],
      [
        [1, '牵头单位：区财政金融局；配合单位：区直有关单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）'],
        [2, '牵头单位：区财政金融局'],
        [3, '牵头单位：区财政金融局区农业农村局；配合单位：区直有关单位，各片区管理局、各乡镇人民政府（街道办事处）'],
        [4, '责任单位：区直各单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）'],
      ],
    ],
    [
      '福建 2017: 省直各部门，各设区市… under 责任单位, where every full row has 各设区市',
      [
        '2017年政务公开工作主要任务分解表',
        '工 作 任 务', '牵头单位', '责 任 单 位', '工 作 要 求',
        '（一）加强预期引导',
        '1.深入解读政策背景、依据、目标任务、涉及范围', '省直各部门，各设区市，平潭综合实验区', '通过新闻发布会、在线访谈等方式，及时准确将政策意图传递给市场和企业。',
        '2.按月公开全省财政收支情况', '省财政厅', '各设区市，平潭综合实验区', '在门户网站和部门网站集中公开财政收支情况相关信息。',
        '3.主动公开月度、季度国民经济运行情况', '省统计局', '省政府新闻办，各设区市，平潭综合实验区', '按月度、季度组织召开国民经济运行情况新闻发布会。',
      ],
      [
        [1, '责任单位：省直各部门，各设区市，平潭综合实验区'],
        [2, '牵头单位：省财政厅；责任单位：各设区市，平潭综合实验区'],
        [3, '牵头单位：省统计局；责任单位：省政府新闻办，各设区市，平潭综合实验区'],
      ],
    ],
  ])('%s', (_, paragraphs, expected) => {
    const reading = chooseReading(textToDocument(paragraphs.join('\n\n')).lines, new Report());
    expect(allRequirements(reading.draft).filter((r) => r.no !== null).map((r) => [r.no, r.group?.raw])).toEqual(expected);
  });
});

describe('a flattened table with a 序号 column, its units columns before the lead (莲都 2023 政府工作报告 责任分解)', () => {
  it('reads the units paragraphs after each numbered row\'s text under their columns', () => {
    const paragraphs = [
      '2023年莲都区政府工作报告重点工作责任分解',
      '分类', '序号', '事项', '责任单位', '牵头单位',
      '发展目标',
      '1', '地区生产总值增长6.5%以上。', '区农业农村局、区经商局、区发改局', '区发改局',
      '2', '区本级固定资产投资增长25%。', '区发改局', '区发改局',
      '3', '区本级规上工业增加值增长10%。', '区经商局、莲都经开区管委会', '区经商局',
    ];
    const reading = chooseReading(textToDocument(paragraphs.join('\n\n')).lines, new Report());
    expect(allRequirements(reading.draft).filter((r) => r.no !== null).map((r) => [r.no, r.text, r.group?.raw])).toEqual([
      [1, '地区生产总值增长6.5%以上。', '责任单位：区农业农村局、区经商局、区发改局；牵头单位：区发改局'],
      [2, '区本级固定资产投资增长25%。', '责任单位：区发改局；牵头单位：区发改局'],
      [3, '区本级规上工业增加值增长10%。', '责任单位：区经商局、莲都经开区管委会；牵头单位：区经商局'],
    ]);
  });
});

describe('a 台账 exported one cell a line (崇川 2023 民生实事 推进情况): rows end at a bar line or at the next 序号', () => {
  it('reads each numbered row with its lead and its units, the leader and the progress columns left out', () => {
    const text = [
      '2023年区政府重点民生实事项目推进情况(1-11月)',
      '序号 |', '主要任务 |', '全年目标任务 |', '分管 领导 |', '牵头 单位 |', '责任主体与协同单位 |', '1-10月推进情况 |', '1-11月推进情况 |', '是否达序 |', '说明 |',
      '24 |', '优化提升50条背街后巷交通组织。 |', '徐国江 |', '城管局 |', '市政局、相关街道 |', '已进场施工,完成30%。 |', '已进场施工,完成60%。 |', '是 |', '||',
      '25 |', '新增四分类“三定一督”达标小区210个。 |', '徐国江 |', '城管局 |', '市政局、环卫处、崇川经济开发区、各街道 |', '已进场施工,正在推进点位选址。 |', '在46个小区,建成38个厢房。 |', '否 |', '项目于9月28才签订合同,后期将加快推进。 |', '|',
      '26 |', '新建建筑垃圾中转站8个、建筑垃圾分类池20个。 |', '徐国江 |', '城管局 |', '崇川经济开发区、相关街道 |', '已建成建筑垃圾中转站3个。 |', '已建成建筑垃圾中转站7个。 |', '是 |',
    ].join('\n');
    const reading = chooseReading(textToDocument(text).lines, new Report());
    expect(reading.layout).toBe('cell-lines');
    // The page shows one group of a longer list: its numbers start at 24.
    expect(allRequirements(reading.draft).map((r) => [r.no, r.text, r.group?.raw])).toEqual([
      [24, '优化提升50条背街后巷交通组织。', '牵头单位：城管局；责任单位：市政局、相关街道'],
      [25, '新增四分类“三定一督”达标小区210个。', '牵头单位：城管局；责任单位：市政局、环卫处、崇川经济开发区、各街道'],
      [26, '新建建筑垃圾中转站8个、建筑垃圾分类池20个。', '牵头单位：城管局；责任单位：崇川经济开发区、相关街道'],
    ]);
  });

  it('needs no bar lines where each row opens with its 序号 (霍山开发区 2025 责任清单)', () => {
    const text = [
      '2025年开发区重点工作及责任清单',
      '序号 |', '重点工作 |', '责任领导 |', '责任单位 |', '完成时限 |',
      '1 |', '坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机 制。 |', '叶林 |', '招商工作部、安商工作部 |', '全年 |',
      '2 |', '全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”。 |', '马振明 |', '改革办 |', '全年 |',
    ].join('\n');
    const reading = chooseReading(textToDocument(text).lines, new Report());
    expect(reading.layout).toBe('cell-lines');
    expect(allRequirements(reading.draft).map((r) => [r.no, r.group?.raw, r.deadline])).toEqual([
      [1, '招商工作部、安商工作部', '全年'],
      [2, '改革办', '全年'],
    ]);
  });
});

describe('an item in two paragraphs, the units bracket at the end of the second (平潭 2012 道路交通)', () => {
  it('reads both paragraphs as the item and its bracket as its units, a note on one part of it left out', () => {
    const lines = [
      '（三）强化基础措施，进一步改善道路通行安全条件',
      '1、加大道路安全隐患排查整治工作力度。建立健全新建、改建、扩建交通工程试通车前安全设施联合排查整治机制。',
      '以城乡结合部公路和农村道路为重点，全面排查道路交通事故多发路段。（区预防办、区交通与建设局牵头，县政府、各乡镇政府等部门配合。其中：“危病桥改造工程”由区交通与建设局牵头组织实施）',
      '2、进一步改善城乡结合部安全设施不健全状况。（区预防办牵头，县政府、各乡镇政府等有关部门配合）',
    ];
    const rows = linesAsRows(lines);
    const reqs = allRequirements(readStructure(rows, new Report()));
    expect(reqs.map((r) => [r.no, r.text.slice(0, 12), r.group?.raw])).toEqual([
      [1, '加大道路安全隐患排查整治', '区预防办、区交通与建设局牵头，县政府、各乡镇政府等部门配合'],
      [2, '进一步改善城乡结合部安全', '区预防办牵头，县政府、各乡镇政府等有关部门配合'],
    ]);
    expect(reqs[0]!.text).toContain('以城乡结合部公路和农村道路为重点');
  });
});

describe('the signature after the last requirement (a Word plan: the office over the date)', () => {
  it('is not read as the rest of the last units', () => {
    const lines = ['1.开展流通环节水产品质量安全专项整治。', '牵头单位：食品处；配合单位：各分局', '平潭综合实验区市场监督管理局', '二〇一七年四月二十日'];
    const rows = linesAsRows(lines);
    const reqs = allRequirements(readStructure(rows, new Report()));
    // (The date line itself is cut off with the signature by segment(), before the structure is read.)
    expect(reqs.filter((r) => r.no !== null).map((r) => [r.no, r.group?.raw])).toEqual([[1, '牵头单位：食品处；配合单位：各分局']]);
  });
});

describe('where the plan starts and ends on a saved page', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

  // 平潭 2019/2021 pages: the empty 文字解读 / 图片解读 widgets after the article, with the attachments' names before them.
  it.each([['文字解读'], ['图片解读'], ['附件下载'], ['附件下载文字解读图片解读'], ['附件1-6.doc文字解读图片解读']])('%s ends the plan', (widget) => {
    const { body, trailer } = segment(lines(['2021年全区政务公开工作主要任务分解表', '一、深化重点领域信息公开', '1.推进政策公开。（区党政办牵头）', widget]));
    expect(body.map((l) => l.text)).toEqual(['一、深化重点领域信息公开', '1.推进政策公开。（区党政办牵头）']);
    expect(trailer.map((l) => l.text)).toEqual([widget]);
  });

  // 北京 2025 冰雪经济 (首都之窗): the signature is followed by more than a few lines of the page's own, none a sentence.
  it('ends the plan at the signature followed by the page\'s related-reading titles', () => {
    const page = ['（十九）加强组织领导。充分发挥市大型活动综合服务保障协调机制作用，落实各项措施。（责任单位：市各有关部门、各区政府）', '北京市人民政府办公厅', '2025年6月11日', '（此件公开发布）', '公报PDF', '分享：', '相关解读', '一图读懂：《北京市人民政府办公厅关于以冰雪运动高质量发展激发冰雪经济活力的实施意见》', '《北京市人民政府办公厅关于以冰雪运动高质量发展激发冰雪经济活力的实施意见》政策解读', '相关政策', './t20250617_4115340_ext.html', '您访问的链接即将离开“首都之窗”门户网站 是否继续？'];
    const { body } = segment(lines(['北京市冰雪经济实施意见', '一、推动冰雪运动', ...page]));
    expect(body.map((l) => l.text)).toEqual(['一、推动冰雪运动', page[0]]);
    // A name over a date with the plan going on after it (a sentence) is no signature of the plan.
    expect(segment(lines(['北京市冰雪经济实施意见', '一、推动冰雪运动', ...page.slice(0, 3), '二、加强保障', ...Array.from({ length: 8 }, () => '加强宣传。')])).body).toHaveLength(13);
  });

  // 平潭 2015 土地流转, as the archive's page.txt writes it: the issuer and the date on one line.
  it('ends the plan at a signature run together with its date', () => {
    const { body, trailer } = segment(lines(['平潭综合实验区关于引导农村土地经营权有序流转的实施意见', '六、加强农村经营管理体系建设', '农村经营管理机构承担着农村土地承包经营权管理与流转服务。', '（责任单位：社会事业局、经济发展局、乡镇人民政府）', '平潭综合实验区管委会2015年2月24日', '来源：中国平潭 附件下载']));
    expect(body.map((l) => l.text).at(-1)).toBe('（责任单位：社会事业局、经济发展局、乡镇人民政府）');
    expect(trailer[0]!.text).toBe('平潭综合实验区管委会2015年2月24日');
  });

  // 平潭 2022 政务公开 分解表, the archive's page.txt: the page's 来源 line and its attachment after the table's last row.
  it('ends the plan at the page\'s 来源 line', () => {
    const source = '来源：平潭综合实验区管委会办公室 附件下载 关于印发2022年全区政务公开工作主要任务分解表的通知.pdf';
    const { body, trailer } = segment(lines(['2022年全区政务公开工作主要任务分解表', '八、加强政策集中公开成果运用', '18.各政府信息公开工作部门要加强统筹。', '—', '政府信息公开工作部门', source]));
    expect(body.map((l) => l.text).at(-1)).toBe('政府信息公开工作部门');
    expect(trailer.map((l) => l.text)).toEqual([source]);
    // Before the plan it is the page's head (来源：区管委会办公室 under the title), not the plan's end.
    expect(segment(lines(['来源：平潭综合实验区管委会办公室', '2022年全区政务公开工作主要任务分解表', '一、深化重点领域信息公开', '1.推进政策公开。'])).body).toHaveLength(2);
  });

  it('does not end the plan at a requirement that mentions 文字解读', () => {
    const { body } = segment(lines(['2021年全区政务公开工作主要任务分解表', '1.做好政策文字解读、图片解读。（区党政办牵头）', '2.推进政策公开。']));
    expect(body).toHaveLength(2);
  });

  // 平潭 2016 水源保护: a notice that is itself the plan, one of whose tasks cites another notice (…关于印发…的通知》).
  it('does not take a sentence citing another notice for the notice title', () => {
    const { body } = segment(
      lines([
        '平潭综合实验区管委会办公室关于切实加强三十六脚湖等饮用水水源保护保障水质安全的通知',
        '一、树立生态红线保护意识',
        '（一）明确饮用水水源保护红线。三十六脚湖饮用水水源保护区列入生态保护红线范围。',
        '（九）加快水源保护区内居民搬迁。按照《平潭综合实验区管委会关于印发平潭综合实验区2016年生态环境保护工作要点的通知》要求，尽快完成搬迁。',
      ]),
    );
    expect(body[0]!.text).toBe('一、树立生态红线保护意识');
  });

  // 莲都 2023 page: the breadcrumb and byline above the plan's own title (…重点工作责任分解) are not part of the plan.
  it('starts at a title ending in 责任分解, after the breadcrumb', () => {
    const { body, planTitle } = segment(
      lines(['您现在的位置:首页', '> 政务公开 > 重点工作落实情况', '作者: 来源: 莲都区人民政府办公室 发布时间: 2023-04-17 08:50:33', '2023年莲都区政府工作报告重点工作责任分解', '序号', '事项', '1', '地区生产总值增长6.5%以上。']),
    );
    expect(planTitle).toBe('2023年莲都区政府工作报告重点工作责任分解');
    expect(body[0]!.text).toBe('序号');
  });
});

describe('units named in words on a line of their own', () => {
  it.each([
    // 福建 2015 乡 工作方案: right after its section heading, before any text.
    ['由乡三农服务中心承办,乡畜牧站、卫生院、派出所、工商所配合。', '乡三农服务中心承办，乡畜牧站、卫生院、派出所、工商所配合'],
    ['市财政局牵头，各县区财政部门配合。', '市财政局牵头，各县区财政部门配合'],
    // A sentence that starts with a unit is not a units line.
    ['各单位要负责做好宣传工作。', null],
    ['加强组织领导，落实工作责任。', null],
  ])('%s', (line, units) => expect(proseUnitsLine(line)).toBe(units));

  it('makes the section heading before it the requirement', () => {
    const lines = ['一、治理畜牧业产品污染', '由乡三农服务中心承办,乡畜牧站、卫生院配合。', '治理工作目标:'];
    const rows = linesAsRows(lines);
    const reqs = readStructure(rows, new Report()).sections[0]!.requirements;
    expect(reqs[0]).toMatchObject({ text: '治理畜牧业产品污染', group: { raw: '乡三农服务中心承办，乡畜牧站、卫生院配合' } });
  });
});

describe('the first unit leads, as a bracket says once for all (上海 2017, 内江 2015)', () => {
  it.each([
    ['市发展改革委、市财政局等按照职责分工负责。列第一位者为牵头单位,下同'],
    ['市发展改革委、市财政局等负责,列第一位者为牵头单位,下同'],
    ['省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门，下同'], // 江西 2017
    ['省发展改革委、省司法厅等有关部门按职责分工负责,各项政策措施均需各市政府、省沈抚示范区管委会落实,以下不再列出'], // 辽宁 2025: with a standing note
  ])('%s is a units bracket', (note) => expect(splitAnnotation(`促进就业联动。(${note})`).annotation).toBe(note));
});

describe('a section heading written as a paragraph whose sentence names its units (国办 2014 环境应急预案 工作组)', () => {
  it('is its own requirement, the units from its sentence (…等参加: take part)', () => {
    const lines = [
      '一、污染处置组。由环境保护部牵头，公安部、交通运输部、水利部、武警总部等参加。　　主要职责：收集汇总相关数据，组织进行技术研判。',
      '二、应急监测组。由环境保护部牵头，住房城乡建设部、气象局等参加。　　主要职责：明确相应的应急监测方案及监测方法。',
    ];
    const rows = linesAsRows(lines);
    expect(allRequirements(readStructure(rows, new Report())).map((r) => [r.text.slice(0, 9), r.group?.raw])).toEqual([
      ['污染处置组。由环境', '环境保护部牵头，公安部、交通运输部、水利部、武警总部等参加'],
      ['应急监测组。由环境', '环境保护部牵头，住房城乡建设部、气象局等参加'],
    ]);
  });
});

describe('a units label whose value is a numbered list of units with notes (平潭 2020 君山 消防攻坚)', () => {
  const lines = [
    '(二)人员密集场所方面。以市场、宾馆饭店、养老服务机构、公共娱乐场所、文化旅游场所等人员密集场所为重点，重点排查整治以下内容:',
    '1.是否擅自改变建筑使用功能、擅自加层扩建;',
    '2.是否未经消防行政审批擅自施工、投用;',
    '责任处室：1.经济发展处（配合区经发局根据职责分工开展商场市场排查整治）',
    '2.社会事业处、经济发展处（配合区旅游文体局、经发局根据职责分工开展宾馆酒店排查整治）',
    '3.社会事业处（配合区旅游文体局、执法应急局根据职责分工开展文化旅游场所排查整治）',
    '(三)“三合一”“多合一”场所方面。各处室（中心）、各有关单位、各行政村要以“零容忍”的整治态度，采取有力措施。',
    '责任处室：政法综治处',
    '配合处室（单位）：辖区派出所、综合执法大队、市场监管分局，各行政村',
  ];
  const reqs = allRequirements(readStructure(linesAsRows(lines), new Report()));
  const units = (k: number) => parseUnitsCell(reqs[k]!.group!.raw, () => false).units.map((u) => `${u.role}:${u.name}`);

  it('reads the list’s next numbers as more names under the label, not as items', () => {
    expect(reqs.map((r) => r.no)).toEqual([1, 2, null]);
    expect(units(0)).toEqual(['responsible:经济发展处', 'responsible:社会事业处']);
    expect(units(1)).toEqual(units(0));
  });

  it('reads 配合处室（单位）： as a label of supporting units', () => {
    expect(units(2)).toEqual(['responsible:政法综治处', 'participate:辖区派出所', 'participate:综合执法大队', 'participate:市场监管分局', 'participate:各行政村']);
  });
});

describe('an item whose paragraph names units in words, then labelled units lines (平潭 2020 苏平 大招商)', () => {
  it('takes the labelled units, and keeps the paragraph as its text', () => {
    const lines = ['（一）前期准备阶段（1-4月份）', '2.片区资源调查', '由招商小分队牵头，其他处室及各包村领导配合，围绕“两岛一线一园区”，以行政村为单元，对本片区现有及潜在资源进行调查。', '牵头处室：经济发展处', '配合处室：自然资源处、社会事业处；各行政村包村领导'];
    const rows = linesAsRows(lines);
    const [req] = allRequirements(readStructure(rows, new Report()));
    expect(req!.text).toContain('以行政村为单元');
    expect(req!.group?.raw).toBe('牵头处室：经济发展处；配合处室：自然资源处、社会事业处；各行政村包村领导');
    expect(parseUnitsCell(req!.group!.raw, () => false).units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:经济发展处', 'participate:自然资源处', 'participate:社会事业处']);
  });
});

describe('a task closing bracket run onto its last item, in a plan whose tasks close with one bracket (平潭 2015 公立医院改革)', () => {
  const read = (closingLine: boolean) => {
    const lines = [
      '（六）深化药品流通体制改革',
      '1.建立健全我区药物集中采购组织机构。',
      '2.全面开展高值医用耗材集中采购。',
      '（责任单位：区市场监督管理局、社会事业局）',
      '（七）加强医院自身建设',
      '1.健全医院内部决策执行机制。',
      '2.倡导崇德精医新风。',
      `3.不断提升服务质量。${closingLine ? '' : '（责任单位：区社会事业局、医改办）'}`,
      ...(closingLine ? ['（责任单位：区社会事业局、医改办）'] : []),
    ];
    const rows = linesAsRows(lines);
    return allRequirements(readStructure(rows, new Report())).map((r) => r.group?.raw ?? null);
  };

  it('gives the bracket to all the task\'s items', () => {
    expect(read(false).map((raw) => raw?.replace(/^责任单位：/, ''))).toEqual(['区市场监督管理局、社会事业局', '区市场监督管理局、社会事业局', '区社会事业局、医改办', '区社会事业局、医改办', '区社会事业局、医改办']);
    expect(read(true).map((raw) => raw?.replace(/^责任单位：/, ''))).toEqual(read(false).map((raw) => raw?.replace(/^责任单位：/, '')));
  });
});

describe('a task titled alone, its paragraphs, then one bracket of units (平潭 2019 质量提升)', () => {
  it('reads the paragraphs as one requirement that the bracket closes', () => {
    const lines = [
      '（六）提升建设工程质量水平',
      '高质量建设和改造城市道路交通设施、供水设施、排水与污水处理设施。',
      '严格执行重大项目基本建设程序和工程质量终身责任制。',
      '(区交建局、农发局按职责分工落实)',
      '（七）推动服务业提质增效',
      '全力推进平潭国际旅游岛建设，提升旅游产品体系。',
      '(区旅游局按职责分工落实)',
    ];
    const rows = linesAsRows(lines);
    expect(allRequirements(readStructure(rows, new Report())).map((r) => [r.text.slice(0, 8), r.text.length, r.group?.raw])).toEqual([
      ['高质量建设和改造', 57, '区交建局、农发局按职责分工落实'],
      ['全力推进平潭国际', 23, '区旅游局按职责分工落实'],
    ]);
  });
});

describe('a closing paragraph after the last task, which ended with its own units (北京 2025 生育支持)', () => {
  it('is not that task\'s requirement: the task\'s paragraph is, with its units', () => {
    const lines = [
      '四、营造生育友好社会氛围',
      '（十四）培育新型婚育文化。弘扬中华民族传统美德，倡导重视生育的社会价值。（市卫生健康委、市委宣传部按职责分工负责）',
      '（十五）加强社会宣传引导。将人口国情国策教育融入中小学、本专科教育。（市卫生健康委、市教委按职责分工负责）',
      '各区、各有关部门要切实提高政治站位，增强做好新时代首都人口工作的责任感和使命感，确保政策落地见效。',
    ];
    const rows = linesAsRows(lines);
    const reqs = allRequirements(readStructure(rows, new Report()));
    expect(reqs.slice(0, 2).map((r) => [r.text.slice(0, 8), r.group?.raw])).toEqual([
      ['培育新型婚育文化', '市卫生健康委、市委宣传部按职责分工负责'],
      ['加强社会宣传引导', '市卫生健康委、市教委按职责分工负责'],
    ]);
  });
});

describe('a section of duties whose tasks are each a unit\'s name and its duties (平潭 2015 查处无证无照经营)', () => {
  it.each([
    ['公安局。负责对从事旅馆、公章刻制、典当等须经公安机关许可的经营活动进行查处。', '公安局负责'],
    ['环境与国土资源局。负责对从事矿产资源的勘查、开采等经营活动进行查处。', '环境与国土资源局负责'],
    // A task's title that ends like a name is not one.
    ['促进沿海产业合理布局。严格控制高耗水项目。', null],
    ['建立查处无证无照经营联席会议制度。区联席会议由区市场监督管理局牵头。', null],
    ['区旅游发展局：负责确定可参与经营赴台团队旅游业务的旅行社名单', '区旅游发展局负责'],
    // The name alone over its numbered duties (平潭 2021 近视防控 五、职责分工: （五）区社会事业局 / 1.认真贯彻…, （七）学校 / 1.…).
    ['区社会事业局', '区社会事业局负责'],
    ['学校', '学校负责'],
    ['医疗卫生机构', '医疗卫生机构负责'],
    // A kind of units over their own paragraphs (平潭 2016 义务教育: （一）有关工作部门 / 区教育局：…), or a title, is not one.
    ['有关工作部门', null],
    ['组织领导', null],
    ['加强组织领导', null],
  ])('%s', (title, units) => expect(unitNameHeading(title)).toBe(units));

  it('gives each task\'s paragraph its unit, only in a section of duties', () => {
    const read = (section: string) => {
      const lines = [section, '（二）公安局。负责对从事旅馆、公章刻制、典当等须经公安机关许可的经营活动进行查处。', '（三）环境与国土资源局。负责对从事矿产资源的勘查、开采等经营活动进行查处。'];
      const rows = linesAsRows(lines);
      return allRequirements(readStructure(rows, new Report())).map((r) => [r.text.slice(0, 6), r.group?.raw ?? null]);
    };
    expect(read('二、明确查处无证无照经营工作职责')).toEqual([
      ['公安局。负责', '公安局负责'],
      ['环境与国土资', '环境与国土资源局负责'],
    ]);
    expect(read('二、加强监管').every(([, units]) => units === null)).toBe(true);
  });

  // 平潭 2016 赴台团队旅游: the unit's label and colon, its duty, then its numbered items.
  it('gives a unit\'s items to the unit its task names with a colon', () => {
    const lines = ['二、职责分工', '（一）区旅游发展局：负责确定可参与经营赴台团队旅游业务的旅行社名单', '1.建立两岸旅游常态化沟通协调机制。主动联络和对接台湾相关部门。', '2.做好市场预热工作。制定宣传推广方案。'];
    const rows = linesAsRows(lines);
    expect(allRequirements(readStructure(rows, new Report())).map((r) => [r.no, r.group?.raw])).toEqual([
      [1, '区旅游发展局负责'],
      [2, '区旅游发展局负责'],
    ]);
  });
});

describe('the first-unit-leads note after a deadline in the units bracket (平潭 2016 公共资源交易, 任务分工)', () => {
  it('leaves the units without the deadline, which becomes the requirement\'s', () => {
    const lines = ['一、加快资源整合', '2．制定区公共资源交易整合平台建设方案。（区行政审批局、区管委会办公室、经济发展局，2016年4月底前完成。列第一位的为牵头单位，下同）'];
    const rows = linesAsRows(lines);
    const req = readStructure(rows, new Report()).sections[0]!.requirements[0]!;
    expect(req).toMatchObject({ deadline: '2016年4月底前完成', group: { raw: '区行政审批局、区管委会办公室、经济发展局', firstIsLead: true } });
  });
});

describe('a pipe table whose rows have unnumbered text and their own units (平潭 2016 整改, saved as text)', () => {
  const text = [
    '| 存在问题 | 整改目标和措施 | 责任单位 |',
    '| 入海溪流普遍污染严重 | 组织开展入海排污情况调查，2016年6月底前提出整改意见报管委会 | 区环土局牵头，区农发局配合 |',
    '| 2015年禁养区生猪养殖场尚未全部拆除 | 2016年6月底前全部关闭拆除第一批69家畜禽养殖场 | 区农发局牵头，区环土局配合，相关乡镇落实 |',
    '|  | 2016年6月底前划定全区畜禽养殖禁养区和可养区 | 区农发局 |',
  ].join('\n');

  it('reads every row as its own requirement, not the rest of a row cut by a page break', () => {
    const reading = chooseReading(textToDocument(text).lines, new Report());
    expect(allRequirements(reading.draft).map((r) => [r.text.slice(0, 8), r.group?.raw])).toEqual([
      ['组织开展入海排污', '区环土局牵头，区农发局配合'],
      ['2016年6月底', '区农发局牵头，区环土局配合，相关乡镇落实'],
      ['2016年6月底', '区农发局'],
    ]);
  });
});

describe('a table printed with runs of spaces between its cells (平潭 2021 laid out as text)', () => {
  const text = [
    '工作任务  工作要求  牵头单位  配合/责任单位',
    '一、紧扣“十四五”开好局起好步深化政务公开',
    '（一）做好各类规划主动公开',
    '1.主动公开“十四五”规划纲要、国土空间规划。  通过政府门户网站专题专栏集中展示。  区经济发展局  区直有关单位，各片区管理局',
    '2.归集整理和主动公开历史规划（计划）。  通过本级政府门户网站集中发布。  区经济发展局  区直有关单位',
  ].join('\n');

  it('is read as rows of cells under the header', () => {
    const reading = chooseReading(textToDocument(text).lines, new Report());
    expect(reading.layout).toBe('space-rows');
    expect(allRequirements(reading.draft).map((r) => [r.no, r.text, r.group?.raw])).toEqual([
      [1, '主动公开“十四五”规划纲要、国土空间规划。通过政府门户网站专题专栏集中展示。', '牵头单位：区经济发展局；配合单位：区直有关单位，各片区管理局'],
      [2, '归集整理和主动公开历史规划（计划）。通过本级政府门户网站集中发布。', '牵头单位：区经济发展局；配合单位：区直有关单位'],
    ]);
  });

  // 福建 2017 laid out the same way: an empty cell leaves no text, so the cells after the item go to the columns they fit.
  it('puts the cells of a row with an empty cell in the columns they fit', () => {
    const rows = [
      '2017年政务公开工作主要任务分解表',
      '工作任务  牵头单位  责任单位  工作要求',
      '1.深入解读政策背景、依据、目标任务、涉及范围  省直各部门，各设区市，平潭综合实验区  通过新闻发布会、在线访谈等方式，及时准确将政策意图传递给市场和企业。',
      '2.按月公开全省财政收支情况  省财政厅  各设区市，平潭综合实验区  在门户网站和部门网站集中公开财政收支情况相关信息。',
      '3.主动公开月度、季度国民经济运行情况  省统计局  省政府新闻办，各设区市，平潭综合实验区  按月度、季度组织召开国民经济运行情况新闻发布会。',
      '4.主动公开相关审计结果公告及审计发现问题的整改情况  省审计厅  各设区市，平潭综合实验区',
    ].join('\n');
    const reading = chooseReading(textToDocument(rows).lines, new Report());
    expect(reading.layout).toBe('space-rows');
    expect(allRequirements(reading.draft).filter((r) => r.no !== null).map((r) => [r.no, r.text.slice(0, 10), r.group?.raw])).toEqual([
      [1, '深入解读政策背景、依', '责任单位：省直各部门，各设区市，平潭综合实验区'],
      [2, '按月公开全省财政收支', '牵头单位：省财政厅；责任单位：各设区市，平潭综合实验区'],
      [3, '主动公开月度、季度国', '牵头单位：省统计局；责任单位：省政府新闻办，各设区市，平潭综合实验区'],
      [4, '主动公开相关审计结果', '牵头单位：省审计厅；责任单位：各设区市，平潭综合实验区'],
    ]);
  });
});

describe('units a heading states for the items under it (issue 14: units lines, prose units, brackets after the text)', () => {
  const read = (lines: string[]) =>
    allRequirements(chooseReading(textToDocument(lines.join('\n')).lines, new Report()).draft).map((r) => [r.no, r.text, r.group?.raw ?? null]);

  it('a units line right under a section heading is the units of its numbered items', () => {
    expect(read(['一、推进决策公开', '牵头单位：市政府办公室', '配合单位：市司法局', '1.严格落实重大行政决策预公开制度。', '2.做好政策解读工作。', '二、推进执行公开', '责任单位：市发展改革局', '3.加强重点项目信息公开。'])).toEqual([
      [1, '严格落实重大行政决策预公开制度。', '牵头单位：市政府办公室；配合单位：市司法局'],
      [2, '做好政策解读工作。', '牵头单位：市政府办公室；配合单位：市司法局'],
      [3, '加强重点项目信息公开。', '责任单位：市发展改革局'],
    ]);
  });

  it('with no numbered item under it, the heading itself is the requirement, and a paragraph after it is not', () => {
    expect(read(['一、治理畜牧业产品污染', '由乡三农服务中心承办,乡畜牧站、卫生院配合。', '治理工作目标:', '二、治理种植业产品污染', '由乡农技站承办。'])[0]).toEqual([null, '治理畜牧业产品污染', '乡三农服务中心承办，乡畜牧站、卫生院配合']);
  });

  it('a sentence of a task heading that names units in words is the units of its items', () => {
    expect(read(['一、深化重点领域信息公开', '（一）推进决策公开。由市政府办公室牵头，市司法局配合。', '1.严格落实重大行政决策预公开制度。', '（二）推进执行公开。市发展改革局负责。', '2.加强重点项目信息公开。'])).toEqual([
      [1, '严格落实重大行政决策预公开制度。', '市政府办公室牵头，市司法局配合'],
      [2, '加强重点项目信息公开。', '市发展改革局负责'],
    ]);
  });

  it('以上工作由X牵头 after the items: the units of the items before it, without 以上工作由', () => {
    const got = read(['一、深化重点领域信息公开', '1.严格落实重大行政决策预公开制度。', '2.做好政策解读工作。', '以上工作由市政府办公室牵头，市司法局配合。']);
    expect(got.map((r) => r[2])).toEqual(['以上工作由市政府办公室牵头，市司法局配合', '以上工作由市政府办公室牵头，市司法局配合']);
    expect(parseUnitsCell('以上工作由市政府办公室牵头，市司法局配合', () => false).units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:市政府办公室', 'participate:市司法局']);
  });
});

describe('deadlines written beside the units', () => {
  it.each([
    // The deadline in a bracket of its own after the units' bracket.
    ['严格落实重大行政决策预公开制度（责任单位：市政府办公室）（完成时限：2023年12月底前）', { text: '严格落实重大行政决策预公开制度', annotation: '责任单位：市政府办公室；完成时限：2023年12月底前' }],
    // A bracket that is only a deadline is not a units bracket by itself.
    ['严格落实重大行政决策预公开制度（完成时限：2023年12月底前）', { text: '严格落实重大行政决策预公开制度', annotation: '完成时限：2023年12月底前' }],
  ])('%s', (text, split) => expect(splitAnnotation(text)).toEqual(split));

  it('a space before the deadline label ends the units', () => {
    expect(splitDeadline('牵头单位：市发展改革局 配合单位：市司法局 完成时限：长期')).toEqual({ units: '牵头单位：市发展改革局 配合单位：市司法局', deadline: '长期' });
  });

  it('so does nothing at all, in a text run together (平潭 2019 海关 十二条 as page.txt)', () => {
    expect(splitDeadline('牵头单位：区口岸办；配合单位：平潭海关；实施单位：区交通集团、智慧岛公司完成时限：2019年11月底')).toEqual({
      units: '牵头单位：区口岸办；配合单位：平潭海关；实施单位：区交通集团、智慧岛公司',
      deadline: '2019年11月底',
    });
  });
});

describe('a plan that numbers its requirements 一、二、 (each a section heading with its own units bracket)', () => {
  const read = (lines: string[]) =>
    allRequirements(chooseReading(textToDocument(lines.join('\n')).lines, new Report()).draft).map((r) => [r.text, r.group?.raw ?? null]);

  it('reads each such heading as a requirement, the paragraph as its text', () => {
    expect(read(['一、加快推进农业机械化。各地要加大投入，完善政策。（农业农村部会同财政部负责）', '二、加强农机装备研发（工业和信息化部、科技部负责）'])).toEqual([
      ['加快推进农业机械化。各地要加大投入，完善政策。', '农业农村部会同财政部负责'],
      ['加强农机装备研发', '工业和信息化部、科技部负责'],
    ]);
  });

  it('a section with items under it still gives its units to the items', () => {
    expect(read(['一、推进决策公开（市政府办公室负责）', '1.严格落实重大行政决策预公开制度。', '二、推进执行公开（市财政局负责）'])).toEqual([
      ['严格落实重大行政决策预公开制度。', '市政府办公室负责'],
      ['推进执行公开', '市财政局负责'],
    ]);
  });
});

describe('1、 2、 as the only arabic numbering', () => {
  it('numbers items, each with the label lines after it, not sections', () => {
    const lines = ['1、严格落实重大行政决策预公开制度。', '牵头单位：市政府办公室', '配合单位：市司法局、市财政局', '完成时限：2023年12月', '2、做好政策解读工作。', '牵头单位：市发展改革局', '完成时限：长期坚持'];
    const reqs = allRequirements(chooseReading(textToDocument(lines.join('\n')).lines, new Report()).draft);
    expect(reqs.map((r) => [r.no, r.text, r.group?.raw, r.deadline])).toEqual([
      [1, '严格落实重大行政决策预公开制度。', '牵头单位：市政府办公室；配合单位：市司法局、市财政局', '2023年12月'],
      [2, '做好政策解读工作。', '牵头单位：市发展改革局', '长期坚持'],
    ]);
  });
});

describe('a task paragraph of clauses 一是…二是…, each with its units bracket (君山 2023)', () => {
  const read = (lines: string[]) =>
    allRequirements(chooseReading(textToDocument(lines.join('\n')).lines, new Report()).draft).map((r) => [r.text.slice(0, 12), r.group?.raw ?? null]);

  it('is one requirement with the units of all its brackets', () => {
    expect(
      read([
        '三、抓实分类整治管控模式',
        '（九）开展水上运输和渔业船舶安全专项整治。一是配合区直相关部门健全水上交通安全议事协调机制。（交通与建设处、农业农村处负责）二是深化“商渔共治”专项行动。（农业农村处、交通与建设处负责）三是持续推动片区船管所（站）建设。（农业农村处负责）',
        '（十）开展建筑施工安全专项整治。聚焦高支模、深基坑。（交通与建设处负责）',
      ]),
    ).toEqual([
      ['开展水上运输和渔业船舶安', '交通与建设处、农业农村处负责；农业农村处、交通与建设处负责；农业农村处负责'],
      ['开展建筑施工安全专项整治', '交通与建设处负责'],
    ]);
  });

  it('separate measures, each closed by its bracket, stay separate requirements', () => {
    expect(read(['一、纠风工作', '（一）加强教育收费监管。严格执行收费政策。（牵头单位：区教育局）规范医疗服务收费行为。（牵头单位：区卫生局）'])).toEqual([
      ['加强教育收费监管。严格执', '牵头单位：区教育局'],
      ['规范医疗服务收费行为。', '牵头单位：区卫生局'],
    ]);
  });
});

describe('a document cut off inside a units bracket on a line of its own (平潭 2023 安全生产 cut at 3,500 characters)', () => {
  it('gives the bracket, as far as it goes, to the requirement before it, and keeps no empty requirement', () => {
    const lines = [
      '五、夯实安全监管基层基础',
      '18.加快安全屏障建设。',
      '一是加强源头治理防范，构筑安全屏障；狠抓严管高空作业人员佩戴安全帽、安全绳问题。',
      '(各联合党委、经济发展处、社会事业处、交通与建设处、',
    ];
    const reqs = allRequirements(chooseReading(textToDocument(lines.join('\n')).lines, new Report()).draft);
    expect(reqs.every((r) => r.text.trim().length > 0)).toBe(true);
    expect(reqs.at(-1)?.group?.raw).toBe('各联合党委、经济发展处、社会事业处');
  });
});

describe('the page’s source line run onto the last units cell (平潭 2017 专利 任务分解, 君山 2023 普法 责任清单)', () => {
  it.each([
    ['知识产权处来源：平潭综合实验区市场监督管理局', ['responsible:知识产权处']],
    ['政法综治处牵头，各处室（中心）、东庠办事处、各村（居）配合来源：平潭综合实验区君山片区管理局', ['lead:政法综治处', 'participate:各处室（中心）', 'participate:东庠办事处', 'participate:各村（居）']],
  ])('%s', (cell, units) => {
    const parsed = parseUnitsCell(cell, () => false);
    expect(parsed.units.map((u) => `${u.role}:${u.name}`)).toEqual(units);
    expect(parsed.notes.some((n) => /source line/.test(n))).toBe(true);
  });
});

describe('a 等… tail of office kinds (苏平 2020 自然灾害 隐患排查)', () => {
  it.each([
    ['农业农村处牵头，政法综治处等相关处室、单位分工负责', ['lead:农业农村处', 'responsible:政法综治处']],
    ['资源生态处、政法综治处牵头，社会事业处、农业农村处等处室分工负责', ['lead:资源生态处', 'lead:政法综治处', 'responsible:社会事业处', 'responsible:农业农村处']],
    // 国务院 2020 放管服 分工方案: 及相关地区 adds the regions, as 及各地区 does.
    ['商务部、市场监管总局、人民银行等国务院相关部门及相关地区按职责分工负责', ['responsible:商务部', 'responsible:市场监管总局', 'responsible:人民银行', 'responsible:相关地区']],
    ['国务院职能转变协调办牵头，国务院相关部门及相关地区按职责分工负责', ['lead:国务院职能转变协调办', 'responsible:国务院相关部门', 'responsible:相关地区']],
    // 苏平 2020 隐患排查: 与 between two whole names (not inside 交通与建设处); 平潭 2023 新污染物: 负责配合落实 assists.
    ['社会事业处牵头，交通与建设处与资源生态处等有关处室和单位分工负责', ['lead:社会事业处', 'responsible:交通与建设处', 'responsible:资源生态处']],
    ['区资源生态局牵头负责;各片区负责配合落实', ['lead:区资源生态局', 'participate:各片区']],
    // 南谯 2022 商务局: what the first office does, then the next clause with no comma between.
    ['办公室牵头抓好相关工作各股室分别落实', ['lead:办公室', 'responsible:各股室']],
    // 湖南 2019 政府工作报告 分工: office holders are persons, not units.
    ['分管副省长、协管副秘书长、省发展改革委牵头，省工业和信息化厅负责', ['lead:省发展改革委', 'responsible:省工业和信息化厅']],
    // 平潭 2017 旅游 网红: the bracket the cell was cut from closes after the last name.
    ['配合单位：平潭综合实验区管委会、省广播影视集团）', ['participate:平潭综合实验区管委会', 'participate:省广播影视集团']],
  ])('%s drops the tail', (cell, units) => {
    expect(parseUnitsCell(cell, () => false).units.map((u) => `${u.role}:${u.name}`)).toEqual(units);
  });
});

describe('a name with its alias in brackets after a space (福建 2015 政府信息公开 任务分解表)', () => {
  it('stays one name', () => {
    expect(parseUnitsCell('牵头单位：省编办 (省审改办)；责任单位：省直各部门,各设区市、平潭综合实验区', () => false).units.map((u) => `${u.role}:${u.name}`)).toEqual([
      'lead:省编办（省审改办）',
      'responsible:省直各部门',
      'responsible:各设区市',
      'responsible:平潭综合实验区',
    ]);
  });
});

describe('units lines a copy damaged (平潭 2021 金融发展措施)', () => {
  it('reads a label whose colon was lost', () => {
    expect(unitsLine('责任单位区财政金融局、各有关单位')).toBe('责任单位：区财政金融局、各有关单位');
    expect(unitsLine('责任单位要按照职责分工抓好落实。')).toBeNull();
  });

  it.each([
    ['责任单位：人行平潭支行、平潭银保监组，区法院、检察院区市场监管局、社会事业局', ['人行平潭支行', '平潭银保监组', '区法院', '检察院', '区市场监管局', '社会事业局']],
    ['责任单位：区公安局、行政审批局、农业农村局区金控集团、智慧岛公司', ['区公安局', '行政审批局', '区农业农村局', '区金控集团', '智慧岛公司']],
    // Names that go on as one are not cut (市场监督管理局 takes the level of the name before it, as a bare department does).
    ['责任单位：市公安局东城分局、区委办公室、市场监督管理局', ['市公安局东城分局', '区委办公室', '区市场监督管理局']],
  ])('splits two names run together where a 、 was lost: %s', (cell, names) => {
    expect(parseUnitsCell(cell, () => false).units.map((u) => u.name)).toEqual(names);
  });
});

describe('a leader’s name over the units labels of a field (海坛 2020 安全隐患大排查)', () => {
  const lines = [
    '（一）医疗、检测场所。主要包括各类医院、各类运输场站健康检测等待区域、复工复产企业健康检测点等。',
    '牵头领导:周训岚',
    '牵头处室:社会事业处、交通与建设处',
    '责任处室（单位）:资源生态处、政法综治处，辖区各执法大队',
    '（二）房屋及工程施工。包括各类房屋和房建、市政、公路、港口码头、水利、电力、通信等工程施工。',
    '牵头领导:李平',
    '牵头处室:交通与建设处',
    '责任处室（单位）:资源生态处、城乡管理处，辖区各派出所',
  ];
  const reqs = allRequirements(readStructure(linesAsRows(lines), new Report()));
  const units = (k: number) => parseUnitsCell(reqs[k]!.group!.raw, () => false).units.map((u) => `${u.role}:${u.name}`);

  it('leaves the leader out and reads the labels under it as the field’s units', () => {
    expect(units(0)).toEqual(['lead:社会事业处', 'lead:交通与建设处', 'responsible:资源生态处', 'responsible:政法综治处', 'responsible:辖区各执法大队']);
    expect(units(1)).toEqual(['lead:交通与建设处', 'responsible:资源生态处', 'responsible:城乡管理处', 'responsible:辖区各派出所']);
  });
});

describe('a heading that names who leads the work under it (山西 2008 省政府工作目标责任分解)', () => {
  it.each([
    ['省监察厅牵头的工作', '省监察厅牵头'],
    ['省人民政府办公厅牵头的工作', '省人民政府办公厅牵头'],
    ['市财政局负责的重点工作任务', '市财政局负责'],
    // A person's work is not a unit's.
    ['孟学农省长负责的工作', null],
  ])('%s', (title, units) => expect(headingOwnersTitle(title)).toBe(units));
});

describe('words that only end like a unit (平潭 2020 苏平 六清 整治)', () => {
  it.each([
    // 会 of 会议精神, 行 of 履行: a sentence, not a name.
    ['按照省上会议精神并结合辖区实际，深入开展对砂石等行业领域的整治。', true],
    ['部署摸排阶段（2020年11月20日前）。各处室、各有关单位要切实履行牵头和配合责任。', false],
  ])('%s names nobody', (text, dutySection) => expect(proseUnits(text, dutySection)).toBeNull());

  it('while a bank’s short name still ends like one', () => {
    expect(proseUnits('人行平潭支行负责做好金融服务。')).toBe('人行平潭支行负责');
  });
});

describe('a field heading with a sentence of scope, then its 整治内容： paragraph (苏平 2020 隐患排查)', () => {
  const lines = [
    '二、整治重点和责任分工',
    '（四）危险物品。包括危险化学品储存、使用、经营、运输和废弃处置各环节，民爆物品、烟花爆竹、燃气等。',
    '整治内容:危险化学品方面，认真贯彻落实有关规定，重点整治安全措施不完善的问题。',
    '由交通与建设处牵头，政法综治处、农业农村处、派出所等有关处室和单位分工负责。',
    '（五）工业企业。包括粉尘涉爆、船舶修造等企业。',
    '整治重点：未对有限空间作业场所进行辨识的问题。',
    '由经济发展处牵头，资源生态处、派出所等有关处室和单位分工负责。',
  ];
  const reqs = allRequirements(readStructure(linesAsRows(lines), new Report()));

  it('opens the field’s requirement with the heading’s words, so its scope is not lost', () => {
    expect(reqs.map((r) => r.text.slice(0, 10))).toEqual(['危险物品。包括危险化', '工业企业。包括粉尘涉']);
    expect(reqs[0]!.text).toContain('整治内容:危险化学品方面');
    expect(reqs[1]!.group?.raw).toContain('经济发展处牵头');
  });
});

describe('第一责任单位为牵头单位 (厦门 2019 营商环境)', () => {
  it('makes the first unit of each list the lead, here and after (下同)', () => {
    const lines = [
      '一、优化营商环境',
      '1.推进完善PPP健康运行。责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)',
      '2.严格落实招投标制度。责任单位:市建设局、市财政局',
    ];
    const plan = importPlan(lines.join('\n'), { sourceFile: 'plan.txt', importedOn: '2026-01-01', registry: new Registry([]) });
    const units = [...walkPlan(plan.entry)].map((r) => r.requirement.units.map((u) => `${u.role}:${u.name}`));
    expect(units).toEqual([
      ['lead:市发改委', 'responsible:市财政局'],
      ['lead:市建设局', 'responsible:市财政局'],
    ]);
  });
});

describe('blocks of one unit’s duties after 附件N (平潭 2016 安全生产目标责任)', () => {
  const lines = [
    '5.负责各类招商活动的组织和协调等领域的安全生产工作。',
    '附件2',
    '2016年各片区开发管理局安全生产目标责任',
    '一、深入学习贯彻习近平总书记等中央领导关于安全生产的重要批示指示精神。',
    '二、健全完善安全生产“党政同责、一岗双责、失职追责”工作机制。',
  ];
  it('reads 附件2 as the start of an attachment, not as the units of the item before it', () => {
    const reqs = allRequirements(readStructure(linesAsRows(['2016年区招商局安全生产目标责任', ...lines]), new Report()));
    expect(reqs.map((r) => r.group?.raw ?? null)).toEqual(['区招商局', '各片区开发管理局', '各片区开发管理局']);
  });

  it('does not take a year for a unit (1.2016年区直各相关部门安全生产目标责任, the 附件 list)', () => {
    expect(proseUnits('1.2016年区直各相关部门安全生产目标责任', true)).toBeNull();
  });
});

// 自贡 2022 政务公开 分工方案 (a search excerpt, tests/importer/corpus): the first bracket says 逗号前为牵头单位，多个牵头单位的按职责
// 分别牵头，下同 — the names before a cell's first comma lead, those after are responsible, in that cell and every later one.
describe('a comma convention note (逗号前为牵头单位, 自贡 2022)', () => {
  const file = new URL('./corpus/pq-sichuan-zigong-2022.txt', import.meta.url).pathname;
  const result = importPlan(readFileSync(file, 'utf8'), { sourceFile: file, importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
  const reqs = result.entry.sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]);
  const roles = (start: string) => reqs.find((r) => r.text.startsWith(start) || r.text.includes(start))?.units.map((u) => `${u.role}:${u.name}`);

  it('reads the names before the comma as leads, in the cell of the note and after it', () => {
    expect(roles('加强稳增长信息公开')).toEqual(['lead:市发展改革委', 'lead:市经济和信息化局', 'lead:市商务局', 'lead:市金融工作局', 'lead:市税务局', 'responsible:各区县政府', 'responsible:高新区管委会']);
    expect(roles('加强调结构信息公开')).toEqual(['lead:市经济和信息化局', 'lead:市商务局', 'lead:市文化广电旅游局']);
    expect(result.report.some((i) => i.kind === 'role-inferred' && i.message.includes('逗号前为牵头单位'))).toBe(true);
  });
});

// A task printed as its number alone (（一） with its title lost, as a page saved as text can leave it): the plan schema refuses
// an empty title, so the task is titled by its number and the report says to check the original.
describe('a heading that is its number alone', () => {
  it('titles the task by its number and warns', () => {
    const text = ['某县2023年政务公开工作要点分工方案', '一、加强政策解读', '（一）', '1.做好政策文件解读。（责任单位：县政府办公室）', '（二）推进决策公开', '2.做好决策预公开。（责任单位：县司法局）'].join('\n');
    const result = importPlan(text, { sourceFile: 'plan.txt', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
    expect(result.entry.sections[0]!.tasks.map((t) => t.title)).toEqual(['（一）', '推进决策公开']);
    expect(result.report.some((i) => i.kind === 'heading-empty' && i.message.includes('（一） has no title of its own'))).toBe(true);
  });
});

// 平潭 2017 餐桌污染 工作方案 (tests/importer/corpus/fj-pingtan-2017-canzhuo-wuran-shipin-fangxin-pagetxt.txt), as its lines are
// once cut: items that are titles alone (2.推进农业标准化生产), each over sub-items （1） （2） closed by their own units.
describe('sub-items numbered afresh under an item that is a title alone (平潭 2017 餐桌污染)', () => {
  it('reads each sub-item as a requirement with its units, not as the title’s text', () => {
    const lines = [
      '二、目标任务',
      '1.加强产地环境保护',
      '（1）做好产地环境基础工作。严格落实农产品产地环境监测制度。（区环境与国土资源局、农村发展局）',
      '（2）开展专项治理。实施农产品产地土壤污染防治。（区环境与国土资源局、农村发展局）',
      '2.推进农业标准化生产',
      '（1）加强示范园区建设。大力示范推广农业标准化生产技术。（区农村发展局）',
      '（2）加快农产品品牌培育。大力发展无公害、绿色、有机和地理标志农产品。（区农村发展局）',
    ];
    const reqs = allRequirements(readStructure(linesAsRows(lines), new Report()));
    const units = (start: string) => reqs.find((r) => r.text.startsWith(start))?.group?.raw;
    expect(units('加强示范园区建设')).toBe('区农村发展局');
    expect(units('加快农产品品牌培育')).toBe('区农村发展局');
    expect(reqs.some((r) => r.text.includes('推进农业标准化生产（1）'))).toBe(false);
  });
});

// 平潭 2020 社会事业局 深化医改 分工表 (page.txt): a 主要责任处室 cell of one office per paragraph, the breaks lost.
describe("a bureau's offices run together in one cell (平潭 2020 深化医改, page.txt)", () => {
  it.each([
    ['公卫家庭处医政医管处医保处', ['公卫家庭处', '医政医管处', '医保处']],
    ['项目办医政医管处公卫家庭处', ['项目办', '医政医管处', '公卫家庭处']],
    ['医政医管处办公室（财务科）医保处', ['医政医管处', '办公室（财务科）', '医保处']],
    // A body and an office of its own stay one name (平潭 2017 放管服), as do 办公室 and a word ending in 处 inside a name.
    ['区管委会办公室政策法规处', ['区管委会办公室政策法规处']],
    ['区政府办公室督查室', ['区政府办公室督查室']],
    ['违法违规处置办', ['违法违规处置办']],
  ])('%s', (cell, names) => {
    expect(parseUnitsCell(cell, () => false).units.map((u) => u.name)).toEqual(names);
  });
});

// 平潭 2022 综合执法与应急管理局 监督检查计划 (page.txt): each unit with the working days it gives the task.
describe('a unit with its working days in brackets (平潭 2022 监督检查计划)', () => {
  it.each([
    ['危化处（60日），基础处（104日）', ['危化处', '基础处']],
    ['安劳支队（400日）', ['安劳支队']],
    // An alias in brackets stays the name's own.
    ['区农村发展局（农业处）', ['区农村发展局（农业处）']],
  ])('%s', (cell, names) => {
    expect(parseUnitsCell(cell, () => false).units.map((u) => u.name)).toEqual(names);
  });
});

// 平潭 2016 非法集资风险专项整治 (四、职责分工 （八）) and 君山 2024 禁毒 宣传教育 (三、工作措施): a task heading with nothing
// under it whose words open with the unit that carries it out, as the subject of its sentence.
describe('a task heading that opens with the unit that carries it out', () => {
  it('reads that unit as responsible for it', () => {
    const text = ['三、工作措施', '（一）政法综治处要以“防范青少年药物滥用”作为年度禁毒宣传教育工作重点。', '（二）党政办公室、党群工作处要配合政法综治处做好新闻宣传工作。', '（三）区财政金融局预算安排打非工作专项经费。'].join('\n');
    const reqs = allRequirements(chooseReading(textToDocument(text).lines, new Report()).draft);
    expect(reqs.map((r) => parseUnitsCell(r.group?.raw ?? '', () => false).units.map((u) => `${u.role}:${u.name}`))).toEqual([
      ['responsible:政法综治处'],
      ['responsible:党政办公室', 'responsible:党群工作处'],
      ['responsible:区财政金融局'],
    ]);
  });
});

// 君山 2024 禁毒 宣传教育 (page.txt), 三、工作措施: each task is one paragraph, its units its sentence's subject before 要.
describe("a task's paragraph that opens with the units carrying it out", () => {
  it('reads them as responsible; a verb that opens it is no unit', () => {
    const text = [
      '三、工作措施',
      '（一）政法综治处要以“防范青少年药物滥用”作为年度禁毒宣传教育工作重点，紧密结合“6·26”国际禁毒日开展集中宣传。持续推进禁毒宣传进机关、进校园。',
      '（二）党政办公室、党群工作处要配合政法综治处做好新闻宣传、科普宣传、公益宣传和舆情引导工作，积极为宣传教育营造良好氛围。',
      '（三）落实领导干部年终述法制度，推动领导干部带头尊法学法守法用法。各处室要认真组织。',
      // 平潭 2015 迎青运 交通安全整治 (page.txt): the task's title glued to its paragraph, the page's space lost.
      '（四）强化隐患路段排查区交通与建设局要组织各相关单位开展2015年隐患路段排查，提前为2016年的整治做好准备。',
    ].join('\n');
    const reqs = allRequirements(chooseReading(textToDocument(text).lines, new Report()).draft);
    expect(reqs.map((r) => (r.group ? parseUnitsCell(r.group.raw, () => false).units.map((u) => `${u.role}:${u.name}`) : []))).toEqual([
      ['responsible:政法综治处'],
      ['responsible:党政办公室', 'responsible:党群工作处'],
      [],
      ['responsible:区交通与建设局'],
    ]);
  });
});

describe('what a units cell says about a name that is not part of it (real cells)', () => {
  it.each([
    // 苏平 2022 租住场所火灾 (page.txt): by its duties, then what it does there.
    ['牵头单位：政法综治处配合单位：局各业务处室根据职责开展本行业系统排查', ['lead:政法综治处', 'participate:局各业务处室']],
    // 君山 2020 法治乡村 (page.txt): a by-its-duties phrase inside a list; the name keeps its label's role.
    ['责任部门：区公安局驻片区工作组、政法综治处、辖区派出所根据职责落实、各行政村', ['responsible:区公安局驻片区工作组', 'responsible:政法综治处', 'responsible:辖区派出所', 'responsible:各行政村']],
    // 金井 2022 城乡建设品质 (page.txt): a pointer to the attachment.
    ['牵头处室：资源生态处、交通与建设处（详见附件1）；配合部门：相关联合党委及村居。', ['lead:资源生态处', 'lead:交通与建设处', 'participate:相关联合党委', 'participate:村居']],
    // 平潭 2015 权力运行网上公开: what the unit is in this work.
    ['区行政服务中心作为建设单位牵头，区数字办配合', ['lead:区行政服务中心', 'participate:区数字办']],
    // 山东 2019 数字山东: 分头 belongs to the verb.
    ['省大数据局牵头，各有关部门分头落实', ['lead:省大数据局', 'responsible:各有关部门']],
    // 平潭 2015 城乡环境卫生整治 (page.txt): the towns, then the district's water company (one enterprise, not a level list).
    ['责任单位：区经发局、区交建局、区社会事业局、各乡镇、区水务集团', ['responsible:区经发局', 'responsible:区交建局', 'responsible:区社会事业局', 'responsible:各乡镇', 'responsible:区水务集团']],
    // 周口 2013 重点工作 (a search excerpt): places named whole before 人民政府, each standing for its government, as printed.
    ['由漯阜铁路公司、市发展改革委,川汇区、商水县、项城市、沈丘县人民政府,市经济开发区管委会负责落实', ['responsible:漯阜铁路公司', 'responsible:市发展改革委', 'responsible:川汇区', 'responsible:商水县', 'responsible:项城市', 'responsible:沈丘县人民政府', 'responsible:市经济开发区管委会']],
    // 山东 2021 服务业数字化转型: cities named without their 市 share the 市政府 after them: one name.
    ['牵头单位：省地方金融监管局、人民银行济南分行，参加单位：济南、青岛、烟台市政府', ['lead:省地方金融监管局', 'lead:人民银行济南分行', 'participate:济南、青岛、烟台市政府']],
    // 平潭 2016 粮食安全责任制考核表 as the archive's page.txt writes it: two cells run together, the second with its office.
    ['区环境与国土资源局区农村发展局（农业处）', ['responsible:区环境与国土资源局', 'responsible:区农村发展局（农业处）']],
    // 科技部 2020 农业科技社会化服务: under a lead label, 按职责分工负责 says how the leads share the work.
    ['牵头部门：财政部、银保监会、科技部、农业农村部按职责分工负责', ['lead:财政部', 'lead:银保监会', 'lead:科技部', 'lead:农业农村部']],
    // 平潭 2015 无证无照经营查处职责: the names, then 要积极配合 what others do: they assist (等群众自治组织 generalises them).
    ['居民委员会、村民委员会等群众自治组织要积极配合政府相关职能部门查处无证无照经营，发现辖区内有无证无照经营行为的', ['participate:居民委员会', 'participate:村民委员会']],
    // 平潭 2020 安全隐患大排查 (page.txt): the list ends at 对于, the text's own sentence goes on (…都要结合实际，组织开展…).
    ['牵头单位:区农业农村局、资源生态局、执法应急局责任单位:区交建局、国网平潭电力分公司，各片区管理局对于其他领域，各有关部门和单位都要结合实际，组织开展各自领域的安全隐患大排查大整治。', ['lead:区农业农村局', 'lead:资源生态局', 'lead:执法应急局', 'responsible:区交建局', 'responsible:国网平潭电力分公司', 'responsible:各片区管理局']],
    // 山西 2008 目标责任 (a search excerpt): the line after the units is the next section's sentence; a name never ends in 的.
    ['协同单位:省财政厅、省人事厅、省农业厅等省直有关部门和各市人民政府。协助省长抓好省人民政府工作任务的落实。', ['participate:省财政厅', 'participate:省人事厅', 'participate:省农业厅', 'participate:各市人民政府']],
    // 金井 2021 退役军人服务 (page.txt): 推进单位 beside the lead carries the work forward; the lead named in both is listed once.
    ['牵头单位：社会事业处推进单位：各村居联合党委，社会事业处，各村居', ['lead:社会事业处', 'responsible:各村居联合党委', 'responsible:各村居']],
    // 苏平 2022 租住场所火灾 (page.txt): a label over words that name nobody (nor does a name open with 按照).
    ['牵头单位：按照以上分工牵头负责', []],
    // 河北 2016 科研项目资金管理: 高等学校 is a kind of school, its 等 no 等… tail.
    ['省发展改革委、省属高等学校和科研院所主管部门负责', ['responsible:省发展改革委', 'responsible:省属高等学校和科研院所主管部门']],
    // 揭阳 2018 政务公开 (a search excerpt): a short note that says it holds for the rows below, not part of the name.
    ['市政府办公室、市有关单位(见附件1,下同),各县(市、区)人民政府(管委会)负责', ['responsible:市政府办公室', 'responsible:市有关单位', 'responsible:各县（市、区）人民政府（管委会）']],
    // 平潭 2020 产业链长制: what each lead leads, in a bracket after its name; not a role bracket (（牵头单位）).
    ['牵头单位：区社会事业局（牵头医疗医美板块）、区市场监管局（牵头医药器械板块）；配合单位：各片区管理局', ['lead:区社会事业局', 'lead:区市场监管局', 'participate:各片区管理局']],
    ['市政府办公室（牵头单位）、市财政局', ['lead:市政府办公室', 'responsible:市财政局']],
  ])('%s', (cell, want) => {
    expect(parseUnitsCell(cell, () => false).units.map((u) => `${u.role}:${u.name}`)).toEqual(want);
  });
});

// 云南 2017 政务公开 处室分解 (a search excerpt): the bracket's deadline field after its units names nobody.
it('a deadline field after the units is no unit', () => {
  const units = parseUnitsCell('1-4项牵头落实单位:省编办、发展改革委、财政厅、人力资源社会保障厅、工商局、教育厅、文化厅、卫生计生委、法制办,省政府督查室等部门,各州、市人民政府负责落实。完成时限:全年工作', () => false).units.map((u) => u.name);
  expect(units.at(-1)).toBe('各州、市人民政府');
  expect(units.filter((n) => /时限|全年/.test(n))).toEqual([]);
});

describe('the ways a document says its first unit leads', () => {
  it.each([
    // 杭州 2020 政府工作报告 责任分解 (its notice).
    ['二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。', '列第一位的责任单位为牵头单位或汇总单位'],
    ['（列第一位者为牵头单位，下同）', '（列第一位者为牵头单位，下同）'],
    ['排在首位的部门为牵头部门', '排在首位的部门为牵头部门'],
    ['排名第一的为牵头单位', '排名第一的为牵头单位'],
    // 桐乡 2020 政府工作报告主要工作责任分解 (a search excerpt), on its first units line.
    ['工商联(列第一位者为牵头或汇总单位,下同)', '(列第一位者为牵头或汇总单位,下同)'],
    // 河北 2023 铸造锻压 若干措施 (a department site's text), at the end of its first 责任单位 bracket: the rank as a digit.
    ['（责任单位：省科技厅、省工业和信息化厅，排名第1为牵头单位，下同）', '排名第1为牵头单位，下同）'],
  ])('%s', (text, note) => expect(firstLeadNote.exec(text)?.[0]).toBe(note));
});

describe('a duty paragraph that opens with a collective and a colon (real paragraphs)', () => {
  it.each([
    // 苏平 2022 海上养殖设施升级改造 (page.txt): villages of one kind.
    ['各相关渔业村：全力做好本村升级改造、渔业垃圾治理、渔旅结合等工作，确保按时完成升级改造任务；', '各相关渔业村负责'],
    // 平潭 2015 网格化环境保护: the other departments, 其它 as the plan writes it.
    ['其它相关部门：在区管委会领导下，结合实际，按照本部门职责，认真落实环境监管责任。', '其它相关部门负责'],
    // 苏平 2021 森林防火预案: its duties numbered ①②.
    ['各行政村：①全面落村级森林防火责任工作，实行森林防火期（每年10月至翌年4月）村干部带班值班制度和火情报告制度，加强林火监控', '各行政村负责'],
  ])('%s', (text, units) => expect(proseUnits(text)).toBe(units));
});

describe('a standing note of the bodies every task involves (四川 2022 现代流通体系, a search excerpt)', () => {
  it('is split off the units and names them for this requirement and those after it', () => {
    expect(splitStandingNote('责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。')).toEqual({
      units: '责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责',
      standing: '相关市(州)人民政府',
      role: 'responsible',
    });
  });
});

// 平潭 2016 饮用水水源保护: a town opens its own share of the work, 重点 and what it does (岚城乡重点关闭清理辖区内…).
it('a place that opens its share of the work with 重点 is who carries it out', () => {
  expect(proseUnits('岚城乡重点关闭清理辖区内饮用水水源保护区内的养殖场。')).toBe('岚城乡负责');
  expect(proseUnits('重点关闭清理辖区内养殖场。')).toBeNull();
});

// 海坛 2021 春运 (page.txt): under a 职责分工 heading, duty paragraphs that open with whose they are and a full stop.
it('names a duty paragraph opens with: other offices, a village after a collective', () => {
  expect(proseUnits('其他处室（中心）。对接对口区直部门，切实承担属地主体责任、管理责任，周密部署，广泛动员，做好春运保障工作。', true)).toBe('其他处室（中心）负责');
  expect(proseUnits('各包村（居）工作队、村（居）。一要全动员配合推进交通疏导。', true)).toBe('各包村（居）工作队、村（居）负责');
});

// A units cell of a table saved as text, the comma after a role word lost (区环土局牵头区农发局配合;
// 政法综治处牵头各处室依据职责分工负责, 苏平 2024 消防 治本攻坚).
describe('a role word glued between two names in a units cell', () => {
  const roles = (cell: string) => parseUnitsCell(cell, () => false).units.map((u) => `${u.role}:${u.name}`);
  it('closes the first name\'s clause', () => {
    expect(roles('政法综治处牵头各处室依据职责分工负责')).toEqual(['lead:政法综治处', 'responsible:各处室']);
    expect(roles('区环土局牵头区农发局配合')).toEqual(['lead:区环土局', 'participate:区农发局']);
  });
  it('leaves a role word followed by another alone', () => {
    expect(roles('区环土局牵头负责')).toEqual(['lead:区环土局']);
    expect(roles('区交建局牵头组织实施')).toEqual(['lead:区交建局']);
  });
});

describe('a table whose header row is lost, a text column between the requirements and two columns of names (福建 2017 and 平潭 2018 分解表 pages without their header)', () => {
  // The tuned-on 分解表 pages with each table's header row left out (工作任务 | 工作要求 | 牵头单位 | 责任单位 in 福建 2017, a page
  // broken from its header or a header drawn as a picture): before, the column after the requirements was taken for the units
  // whatever it held, so every row got its 工作要求 sentence as a unit.
  const headerless = (name: string) => {
    const html = withHeaderLost(readFileSync(new URL(`./corpus/${name}.html`, import.meta.url), 'utf8'));
    const result = importPlan(htmlToDocument(html), { sourceFile: `${name}.html`, importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
    const requirements = [...walkPlan(result.entry)].map(({ requirement }) => requirement);
    return { html, result, roles: (start: string) => requirements.find((r) => r.text.startsWith(start))?.units.map((u) => `${u.role}:${u.name}`) };
  };
  it('reads the names columns after the text column, the first as the lead and the second as responsible, and says so', () => {
    const { html, result, roles } = headerless('fj-fujian-2017-zwgk');
    expect(html).not.toMatch(/牵头单位/);
    expect(roles('深入解读政策背景')).toEqual(['responsible:省直各部门', 'responsible:各设区市', 'responsible:平潭综合实验区']);
    expect(roles('加大减税降费、税收优惠')).toEqual(['lead:省财政厅', 'lead:省国税局', 'lead:省地税局', 'lead:省物价局', 'responsible:各设区市', 'responsible:平潭综合实验区']);
    expect(result.report.some((i) => i.message.includes('no header to say which is which'))).toBe(true);
  });
});
