import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/lib/importer/report';
import { splitRunOnLines } from '../../src/lib/importer/runon';
import { gluedNamesApart } from '../../src/lib/importer/names-in-text';
import { textToDocument } from '../../src/lib/importer/read/text';
import { archivePageFile, archivePageText, textColumnMoved, unprefixedNames, withBreaksBetweenTags, withCellsInOrder, withColumnAfter, withItemsBracketed, withNamesReplaced, withSerialColumn, withUnitsMerged } from '../../src/lib/importer/corpus';
import type { ExpectedPlan } from '../../src/lib/importer/score';
import { importCorpusDocument, importPageTxt, importText, pageTxtLines, runOnLines } from './helpers';
import { allRequirements, chooseReading } from '../../src/lib/importer/reading';
import { parseUnitsCell } from '../../src/lib/units/parse';
import { importPlan } from '../../src/lib/importer/index';
import { Registry } from '../../src/lib/registry/registry';
import { walkPlan } from '../../src/lib/catalog';
import { readSource } from '../../src/lib/importer/read/index';
import { fileURLToPath } from 'node:url';

// The start of a real page saved as text with its paragraphs and table cells run together
// (平潭 2021 政务公开工作主要任务分解表, the public archive's page.txt of page 80970).
const page = [
  '标题: 平潭综合实验区管委会办公室关于印发2021年全区政务公开工作主要任务分解表的通知',
  '发布时间: 2021-08-19 09:22',
  '==================== 正文 ====================',
  '岚综管办函〔2021〕39号 平潭综合实验区管委会办公室关于印发2021年全区政务公开工作主要任务分解表的通知 各片区管理局，各乡镇人民政府（街道办事处），区直各单位，各区属事业单位，各区属国企:为贯彻落实《国务院办公厅关于印发2021年政务公开工作要点的通知》（国办发〔2021〕12号）等文件精神，现将《2021年全区政务公开工作主要任务分解表》印发给你们。 附件：2021年政务公开工作主要任务分解表 平潭综合实验区管委会办公室 2021年8月18日附件 2021年平潭综合实验区政务公开工作主要任务分解表工作任务工作要求牵头单位配合/责任单位一、紧扣“十四五”开好局起好步深化政务公开（一）做好各类规划主动公开1.主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等。通过政府门户网站专题专栏集中展示。区经济发展局区自然资源与生态环境局 区直有关单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）2.归集整理和主动公开历史规划（计划）。通过本级政府门户网站政府信息公开专栏集中发布。区经济发展局区直有关单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）3.做好规划信息数据互联互通。通过政府门户网站专题专栏集中展示，并以适当方式归集整理主动公开的规划。区经济发展局 区直有关单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）（二）做好市场规则标准和监管执法信息公开4.加强市场规则标准公开。全面落实“全国一张清单”管理模式，密切跟踪全国统一的市场准入负面清单动态调整情况，及时做好宣传。区经济发展局区行政审批局区直有关单位，各片区管理局、各乡镇人民政府（街道办事处）',
].join('\n');

describe('a page saved as one line (page.txt, copied text)', () => {
  const report = new Report();
  const doc = splitRunOnLines(textToDocument(page), report);
  const texts = doc.lines.map((l) => l.text);

  it('is cut where its numbering starts a part, in sequence', () => {
    expect(texts.filter((t) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/.test(t)).map((t) => t.slice(0, 6))).toEqual([
      '一、紧扣“十',
      '（一）做好各',
      '1.主动公开',
      '2.归集整理',
      '3.做好规划',
      '（二）做好市',
      '4.加强市场',
    ]);
  });

  it('puts the units that end an item on lines of their own, one per units column of the header', () => {
    const at = texts.findIndex((t) => t.startsWith('1.主动公开'));
    expect(texts.slice(at + 1, at + 3)).toEqual(['区经济发展局区自然资源与生态环境局', '区直有关单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）']);
    expect(texts.slice(texts.indexOf('工作任务'), texts.indexOf('工作任务') + 4)).toEqual(['工作任务', '工作要求', '牵头单位', '配合/责任单位']);
  });

  it('parts two units cells run together with nothing between them before the name that opens the list', () => {
    const at = texts.findIndex((t) => t.startsWith('4.加强市场'));
    expect(texts.slice(at + 1, at + 3)).toEqual(['区经济发展局区行政审批局', '区直有关单位，各片区管理局、各乡镇人民政府（街道办事处）']);
  });

  it('does not cut at numbers inside the text (2021年, 〔2021〕12号) and keeps the header lines', () => {
    expect(texts.slice(0, 3)).toEqual(page.split('\n').slice(0, 3));
    expect(texts.some((t) => t.startsWith('12号'))).toBe(false);
  });

  it('numbers the pieces on from the file line, and says so in the report', () => {
    expect(doc.lines.map((l) => l.line)).toEqual(doc.lines.map((_, i) => i + 1));
    expect(report.items.some((i) => i.kind === 'reading' && i.line === 4 && /line 4 of the file/.test(i.message))).toBe(true);
  });

  it('leaves a long paragraph among many alone (its 1. 2. 3. are read by the structure reader)', () => {
    const paragraph = `（一）推进决策公开。${'严格落实重大行政决策预公开制度，扩大公众参与。'.repeat(8)}1.做好解读。2.做好回应。3.做好发布。4.做好评估。`;
    const lines = [paragraph, ...Array.from({ length: 30 }, (_, k) => `${k + 5}.${'加强政府信息公开。'.repeat(10)}（市政府办公室负责）`)];
    expect(splitRunOnLines(textToDocument(lines.join('\n')), new Report()).lines).toHaveLength(31);
  });
});

describe('a run-on page whose tasks are numbered straight through the plan (君山 2023 安全生产工作要点, page.txt)', () => {
  const text = `当前位置： 首页 各处室（中心），东庠办事处，各村（居）：现将《君山片区2023年安全生产工作要点》印发给你们。一、健全快速精准落实机制（一）深刻领会迅速部署。深入学习贯彻党的二十大精神，把决策部署细化到位。（各处室按职责分工负责）（二）一以贯之狠抓落实。一是建立重要指示落实评估机制。二是持续强化四项制度。（各处室按职责分工负责）（三）把准态势研判应对。一是深化复盘评估机制。（各处室按职责分工负责）二、拧紧层层跟进责任链条（四）压紧压实党政领导干部责任。一是持续完善片区党政领导及各处室安全生产责任清单，建立层层履职尽责的责任体系。（各处室按职责分工负责）三、抓实分类整治管控模式（五）开展水上运输和渔业船舶安全专项整治。一是配合区直相关部门健全水上交通安全议事协调机制。（交通与建设处、农业农村处负责）二是深化“商渔共治”专项行动。（农业农村处、交通与建设处负责）三是持续推动片区船管所（站）建设。（农业农村处负责）`;

  it('cuts at （四） after 二、 as it does at （一）', () => {
    const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);
    expect(texts.filter((t) => /^(?:[一二三]、|（[一二三四五]）)/.test(t)).map((t) => t.slice(0, 4))).toEqual(['一、健全', '（一）深', '（二）一', '（三）把', '二、拧紧', '（四）压', '三、抓实', '（五）开']);
  });
});

describe('a run-on table whose header names its columns (福建 2017 政务公开工作主要任务分解表, the page as one line)', () => {
  const text =
    '福建省人民政府办公厅 2017年4月28日（此件主动公开）2017年政务公开工作主要任务分解表工 作 任 务 牵头单位 责 任 单 位 工 作 要 求一、以政务公开助力稳增长 （一）加强预期引导 ' +
    '1.深入解读政策背景、依据、目标任务、涉及范围  省直各部门，各设区市，平潭综合实验区 围绕经济形势、宏观政策，深入解读政策背景。' +
    '2.按月公开全省财政收支情况 省财政厅 各设区市，平潭综合实验区 在“中国福建”门户网站按月公开全省财政收支情况。' +
    '3.主动公开月度、季度国民经济运行情况 省统计局 省政府新闻办，各设区市，平潭综合实验区 按月公开国民经济运行情况。' +
    '4.主动公开相关审计结果公告及审计发现问题的整改情况 省审计厅 各设区市，平潭综合实验区 依法公开审计结果。' +
    '（二）推进减税、降费、降低要素成本信息公开 5.加大减税降费、税收优惠政策公开力度 省财政厅省国税局省地税局省物价局 各设区市，平潭综合实验区 全面公开减税降费政策。' +
    '6.集中展示行政事业性收费和政府性基金目录清单 省财政厅省物价局 各设区市，平潭综合实验区 实行收费目录清单管理。';
  const lines = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);

  it('writes the spaced-out header as a table header and each item as a row of its cells', () => {
    expect(lines).toContain('| 工作任务 | 牵头单位 | 责任单位 | 工作要求 |');
    expect(lines).toContain('| 2.按月公开全省财政收支情况 | 省财政厅 | 各设区市，平潭综合实验区 | 在“中国福建”门户网站按月公开全省财政收支情况。 |');
    // An empty 牵头单位 cell (two spaces) stays an empty cell.
    expect(lines).toContain('| 1.深入解读政策背景、依据、目标任务、涉及范围 |  | 省直各部门，各设区市，平潭综合实验区 | 围绕经济形势、宏观政策，深入解读政策背景。 |');
  });
});

describe('a run-on item whose text opens with a year (平潭 2017 放管服 任务分工, 1.2017年10月底前…)', () => {
  it('is cut there, and the items after it too; a decimal (2.5%) is not an item', () => {
    const text =
      '（一）纵深推进减权放权，为促进就业创业降门槛1.2017年10月底前在全省范围内实现“多证合一、一照一码”，对涉企证照事项能整合的尽量整合，增长2.5%以上。' +
      '责任单位：区市场监督管理局牵头，区直相关部门按职责分工负责2.在更大范围推进“证照分离”改革试点，把能分离的许可类的“证”分离出来，尽可能减少审批发证。' +
      '责任单位：区行政审批局、市场监督管理局牵头，区直相关部门按职责分工负责3.进一步规范和完善省、市、县、乡权责清单管理工作，健全动态调整机制，实现权责清单同一事项名称、编码、依据、类型等要素统一。' +
      '责任单位：区行政审批局牵头，区直相关部门、各乡镇人民政府按职责分工负责4.推行市场准入负面清单试点，压缩负面清单事项，努力实现市场主体机会均等。做好市场准入负面清单改革试点的政策衔接，及时总结试点经验，为全国实施市场准入负面清单制度积累经验，推动形成公平竞争的市场环境，持续优化营商环境。责任单位：区经济发展局';
    const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);
    expect(texts.filter((t) => /^\d\./.test(t)).map((t) => t.slice(0, 6))).toEqual(['1.2017', '2.在更大范', '3.进一步规', '4.推行市场']);
    expect(texts).toContain('责任单位：区市场监督管理局牵头，区直相关部门按职责分工负责');
  });
});

describe('the archive page saved as its text (君山 2023 安全生产工作要点, tests/importer/corpus)', () => {
  it('reads the notice facts from its labelled header lines (标题: …), without the label', async () => {
    const { readSource } = await import('../../src/lib/importer/read/index');
    const { importPlan } = await import('../../src/lib/importer/index');
    const { Registry } = await import('../../src/lib/registry/registry');
    const file = new URL('./corpus/fj-pingtan-2023-anquan-shengchan-yaodian.txt', import.meta.url).pathname;
    const source = await readSource(file);
    const r = importPlan(source.document, { sourceFile: file, importedOn: '2026-01-01', registry: new Registry([]), sha256: source.sha256 });
    expect(r.entry.title).toBe('平潭综合实验区君山片区管理局关于印发君山片区2023年安全生产工作要点的通知');
    expect(r.entry.issuer).toBe('平潭综合实验区君山片区管理局');
    expect(r.entry.year).toBe(2023);
    expect(r.entry.sections.map((s) => s.title.slice(0, 4))).toContain("健全快速");
  });
});

describe("a table with a 序号 column in a run-on page (君山 2023's attachment, the page as one line)", () => {
  const text =
    '（二十五）提升救援应急能力。加强应急队伍建设，开展应急演练。（各处室按职责分工负责）附件：2023年片区创新机制做法及重点任务清单 附件2023年片区创新机制做法及重点任务清单' +
    '序号名称类型（机制、任务等）具体内容责任部门' +
    '1重要指示、重大决策部署落实评估机制机制完善落实习近平总书记有关安全生产重要指示“一批示一报告一台账”制度，定期开展评估，找出短板弱项，迅速整改推进。各处室按职责分工负责' +
    '2推进包保机制机制片区领导包保联系村居、重点企业，定期开展安全检查，督促落实安全生产责任。政法综治处、交通与建设处负责' +
    '3完善固化“五个一”触发机制机制发生事故后第一时间启动一个专班、一个方案、一次复盘、一次通报、一次约谈。政法综治处' +
    '4优化细化片区、部门协同机制机制建立片区与区直部门协同联动机制，推动信息共享、联合执法。各处室按职责分工负责' +
    '5完善事故动态跟进机制机制事故发生后动态跟进调查处理和整改落实情况，举一反三，防范同类事故再次发生。政法综治处负责';
  const lines = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);

  it('writes the header labels and each row with its 序号 on a line of its own', () => {
    expect(lines.slice(lines.indexOf('序号'), lines.indexOf('序号') + 5)).toEqual(['序号', '名称', '类型（机制、任务等）', '具体内容', '责任部门']);
    expect(lines).toContain('2');
    expect(lines[lines.indexOf('2') + 1]).toMatch(/^推进包保机制/);
    expect(lines).toContain('政法综治处、交通与建设处负责');
  });
});

describe("a document-sharing site's page chunks (成都 2020 生活垃圾分类 任务分工表, tests/importer/corpus)", () => {
  it('are joined without their page numbers and read as the table they cut', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('./corpus/pg-sichuan-chengdu-2020-laji-fenlei.txt', import.meta.url), 'utf8');
    const lines = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);
    expect(lines.slice(lines.indexOf('序号'), lines.indexOf('序号') + 5)).toEqual(['序号', '工作内容', '目标任务', '责任单位', '备注']);
    // Page 2 began inside 市住建局 (…市商务局,市 / 2、住建局、…): joined, the name is whole again.
    expect(lines).toContain('市商务局,市住建局、市城管委、市委社治委、市发改委、市规划和自然资源局,各区(市)县政府(管委会)');
    // 2021年2月底前 is a date, not row 2.
    expect(lines.filter((l) => /^\d$/.test(l))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('are left alone on a page that is not from such a site (1、 2、 are its items there)', () => {
    const items = Array.from({ length: 3 }, (_, k) => `${k + 1}、${'加强道路交通安全综合整治，落实企业主体责任，开展隐患排查治理'.repeat(8)}（区公安局负责`);
    expect(splitRunOnLines(textToDocument(items.join('\n')), new Report()).lines).toHaveLength(3);
  });
});

describe('units labels of the whole vocabulary cut a run-on page (平潭 2017 旅游 网红 活动, page.txt)', () => {
  it('puts 主办单位： and 承办单位： on lines of their own, also right after a bracket', () => {
    const text =
      '一、活动安排（一）“平潭蓝”国际沙滩啤酒节。时间：7月至8月（暂定）。地点：坛南湾。主办单位：平潭综合实验区管委会、省旅游发展委员会、省广播影视集团承办单位：区旅游发展委员会、旅游集团' +
      '（二）“北港之夜”乐活节。时间：7月至10月（暂定）。地点：北港村。主办单位：平潭综合实验区管委会、省旅游发展委员会、省广播影视集团承办单位：区旅游发展委员会、社会事业局、旅游集团' +
      '（三）“带你游平潭”最美导游评选。时间：8月。（牵头负责单位：省旅游发展委员会；配合单位：平潭综合实验区管委会、省广播影视集团）主办单位：省旅游发展委员会承办单位：区旅游发展委员会' +
      '（四）优化精选夏季旅游线路。推出精品线路，加强宣传推介，做好游客服务，整合全区旅游资源，推出海岛度假、滨海休闲、研学旅行等多条精品线路。主办单位：区旅游发展委员会承办单位：旅游集团' +
      '（五）强化多元媒体宣传。借助电视、报刊、网络和新媒体，持续开展平潭旅游形象宣传，扩大平潭旅游品牌影响力。主办单位：区旅游发展委员会承办单位：党工委宣传部';
    const lines = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);
    expect(lines.filter((l) => /^主办单位：/.test(l))).toHaveLength(5);
    expect(lines).toContain('主办单位：省旅游发展委员会承办单位：区旅游发展委员会');
  });
});

describe('unit-headed blocks run together on one line (平潭 2016 环境保护目标责任, each department its own 一、二、…)', () => {
  it('cuts at each block title and at 一、 again in every block', () => {
    const block = (unit: string) =>
      `2016年${unit}环境保护目标责任一、推进土壤污染防治工作。组织开展土壤和地下水污染情况调查，发现超标地块及时纳入名单。二、加强危险废物污染防治工作。查处危险废物违法违规储存、处置行为。三、严控地下水超采。对地质灾害易发区开发利用地下水项目开展评估。`;
    const text = `平潭综合实验区管委会关于下达2016年区直有关部门环境保护目标责任的通知。${block('区环境与国土资源局')}${block('区经济发展局')}${block('区农村发展局')}`;
    const lines = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);
    expect(lines.filter((l) => /环境保护目标责任$/.test(l))).toEqual(['2016年区环境与国土资源局环境保护目标责任', '2016年区经济发展局环境保护目标责任', '2016年区农村发展局环境保护目标责任']);
    expect(lines.filter((l) => l.startsWith('一、'))).toHaveLength(3);
  });
});

describe('a run-on page whose duties are one paragraph per unit, each opening with its name and a colon (平潭 2013 清剿火患, page.txt)', () => {
  const duties =
    '四、部门职责教育部门：组织、指导和督促高等院校、中小学校、幼儿园和其他教育机构的火灾隐患排查整治工作。公安机关：公安消防部门负责对消防安全重点单位、无行业主管部门的单位火灾隐患排查整治工作进行检查、指导；负责“清剿火患”战役的技术指导。公安派出所负责辖区小单位、小场所的火灾隐患排查整治工作。民政部门：组织、指导和督促养老院、敬老院、儿童福利院等社会福利机构的火灾隐患排查整治工作。住房城乡建设部门：组织、指导和督促在建建设工程项目的火灾隐患排查整治工作。宣传部门：组织做好“清剿火患”期间消防宣传工作。五、工作要求（一）强化组织领导。时间：2013年12月31日前报送工作总结。';
  const text = `一、指导思想${'深入贯彻落实消防工作部署，全面排查整治火灾隐患。'.repeat(4)}二、工作目标${'确保全区火灾形势稳定。'.repeat(4)}三、实施步骤${'分阶段推进。'.repeat(4)}${duties}`;
  const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);

  it('is cut before each unit that opens a paragraph after a sentence or the heading, not at a label, a time or 公安机关 (机关 does not end a unit name)', () => {
    expect(texts.filter((t) => /^[^：]{2,10}部门：|^公安机关：/.test(t)).map((t) => t.slice(0, t.indexOf('：')))).toEqual(['教育部门', '民政部门', '住房城乡建设部门', '宣传部门']);
    expect(texts.some((t) => t.startsWith('时间：'))).toBe(false);
    expect(texts.some((t) => t.startsWith('公安派出所'))).toBe(false);
  });
});

describe('a run-on page whose duty paragraphs kept a space between them (平潭 2015 网格化环保监管, page.txt)', () => {
  const duties =
    '三、相关部门 环保部门：落实属地环保监管职责，承担本辖区日常环保监管任务，依法查处辖区内各类环境违法行为。 人事（编制）部门：完善环境保护机构建设，充实环境监察执法人员。 财政部门：为网格化环境监管体系的建立和正常运行提供经费保障。 公安部门：按照国家法律法规的规定，负责四种社会生活类噪音监督管理：一是在城市市区使用高音广播喇叭的。';
  const text = `各级政府及相关部门要认真落实网格内的环保监管职责，具体如下： 一、区管委会 负责全区网格化环保监管体系建立和运行。${'依法履行属地环境保护监督管理职责。'.repeat(8)}二、乡镇政府 指导辖区内四级网格的建立和运行。${'承担本辖区日常环保监管检查任务。'.repeat(8)}${duties}`;
  const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);

  it('is cut before each unit that opens a paragraph, after the heading or a sentence and a space, not at a label inside a duty', () => {
    expect(texts.filter((t) => /^[^：]{2,10}部门：/.test(t)).map((t) => t.slice(0, t.indexOf('：')))).toEqual(['环保部门', '人事（编制）部门', '财政部门', '公安部门']);
  });
});


describe('a run-on page of measures written as articles (泸州 2023 房地产 若干措施, a news repost)', () => {
  const articles = [
    '第一条 优化土地出让条件。房地产开发企业可申请同步核发《建设用地规划许可证》。(牵头单位:市自然资源和规划局)',
    '第二条 落实税收优惠政策。对有特殊困难，不能按期缴纳税款的，依法办理延期缴纳税款，最长不超过3个月。（牵头单位：国家税务总局泸州市税务局）',
    '第三条 做好金融信贷支持。下调新发放首套住房商业贷款利率下限，依法有序调整存量首套个人住房贷款利率。（牵头单位：人行泸州市分行）',
    '第四条 调整公积金贷款政策。优化公积金贷款住房套数认定标准，依照第二条的规定办理。（牵头单位：市住房公积金中心）',
  ];
  const text = `为深入贯彻落实中央和省、市经济社会发展总体部署，进一步完善房地产政策，现提出以下措施。${'支持刚性和改善性住房需求，促进房地产市场平稳健康发展。'.repeat(6)}${articles.join('')}`;
  const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);

  it('is cut at each article in sequence, not at an article it cites', () => {
    expect(texts.filter((t) => t.startsWith('第')).map((t) => t.slice(0, 3))).toEqual(['第一条', '第二条', '第三条', '第四条']);
  });
});

describe('a run-on 责任清单 whose units labels are glued to the items (平潭 2023 农业系统普法责任清单, the page run together)', () => {
  const text = `平潭综合实验区农业农村局关于印发《2023年农业系统普法责任清单》的通知 区农业农村中心，局各相关处室：为进一步落实“谁执法谁普法”普法责任制，推动农业系统法治宣传教育工作深入开展，结合我局工作实际，制定了本清单，现将清单印发给你们，请认真贯彻落实。${'各处室要把普法工作纳入年度工作计划，明确责任人员，确保普法工作落到实处。'.repeat(2)}一、重点宣传普及法律法规1.习近平法治思想责任单位：局机关党委、乡村振兴处、农业处，区农业农村中心2.《中国共产党章程》责任单位：局机关党委3.《宪法》《民法典》责任单位：局乡村振兴处、农业处，区农业农村中心二、机关内部学法活动（专题活动）1. 开展党组中心组学法活动2次责任单位：局机关党委、乡村振兴处2.开展机关干部学法活动。工作举措：由机关党委牵头：①每月开展1次学法活动（牵头负责单位：局办公室；配合单位：乡村振兴处）`;
  const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);

  it('puts a glued 责任单位： on a line of its own, and cuts at an item written 1. with a space', () => {
    expect(texts).toContain('1.习近平法治思想');
    expect(texts).toContain('责任单位：局机关党委');
    expect(texts.some((t) => t.startsWith('1. 开展党组中心组学法活动'))).toBe(true);
  });

  it('does not cut at a bare 牵头： in a sentence, nor inside 牵头负责单位：', () => {
    expect(texts.some((t) => t.startsWith('牵头：'))).toBe(false);
    expect(texts.some((t) => t.startsWith('负责单位：'))).toBe(false);
  });
});

describe('a run-on page whose last units bracket is followed by the page\'s own words (重庆 2025, the page read as one line)', () => {
  const items = Array.from({ length: 4 }, (_, k) => `${k + 1}．优化消费领域行政执法${k}。梳理消费领域行政检查事项并实行动态管理，按程序向社会公布，接受企业和社会监督，减少多头重复检查等扰企行为。（责任单位：市市场监管局、市司法局等）`);
  const text = `为进一步清理消费领域限制性举措，持续扩大消费，制定以下措施。一、持续优化消费环境 ${items.join(' ')} 重庆市发展和改革委员会发布 返回顶部`;
  const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);

  it('puts those words on lines of their own, after the last units', () => {
    expect(texts.slice(-2)).toEqual(['重庆市发展和改革委员会发布', '返回顶部']);
    expect(texts.at(-3)!.endsWith('（责任单位：市市场监管局、市司法局等）')).toBe(true);
  });
});


describe('a table run together with nothing between its cells (福建 2017 任务分解表, the page as one line)', () => {
  // The tuned-on page fj-fujian-2017-zwgk with its cells joined: 工作任务 | 牵头单位 | 责任单位 | 工作要求, the units
  // between the item's title and its 工作要求, as a document-sharing site's text gives such a table.
  const text = ['标题: 福建省人民政府办公厅关于印发2017年政务公开工作主要任务分解表的通知', '发布时间: 2017-05-05 09:43', '==================== 正文 ====================', '（此件主动公开）2017年政务公开工作主要任务分解表工 作 任 务牵头单位责 任 单 位工 作 要 求一、以政务公开助力稳增长（一）加强预期引导1.深入解读政策背景、依据、目标任务、涉及范围省直各部门，各设区市，平潭综合实验区通过新闻发布会、在线访谈等方式，及时准确将政策意图传递给市场和企业，以政策解读的“透”赢得市场的“稳”。加强舆情收集研判，针对涉及全省经济发展的误导和不实信息，客观及时、有说服力地发声，澄清事实，解疑释惑，增强社会各界对我省经济稳中向好的信心。2.按月公开全省财政收支情况省财政厅各设区市，平潭综合实验区在“中国福建”门户网站和部门网站集中公开财政收支情况相关信息，解读每月财政收支增减变化情况及原因，预判财政收入走势，主动解释说明收支运行中可能引发社会关注的热点问题。3.主动公开月度、季度国民经济运行情况省统计局省政府新闻办，各设区市，平潭综合实验区按月度、季度组织召开国民经济运行情况新闻发布会，通过政府网站、政务微博微信等方式发布、推送社会关注的重要指标数据及解读，包括反映质量、效益、结构以及供给侧结构性改革推进情况等方面的内容。4.主动公开相关审计结果公告及审计发现问题的整改情况省审计厅各设区市，平潭综合实验区在“中国福建”门户网站和部门网站开辟审计结果公开专栏，重点公开相关审计结果公告及审计发现问题整改情况并做好解读。'].join('\n');
  const doc = splitRunOnLines(textToDocument(text), new Report());
  const reqs = allRequirements(chooseReading(doc.lines, new Report()).draft);
  const units = (k: number) => parseUnitsCell(reqs[k]!.group!.raw, () => false).units.map((u) => `${u.role}:${u.name}`);

  it('cuts each row into its title, its units cells and its 工作要求', () => {
    expect(reqs.map((r) => r.text.slice(0, 10))).toEqual(['深入解读政策背景、依', '按月公开全省财政收支', '主动公开月度、季度国', '主动公开相关审计结果']);
  });

  it('puts a lone list under 责任单位 and parts two cells before the name that opens the list', () => {
    expect(units(0)).toEqual(['responsible:省直各部门', 'responsible:各设区市', 'responsible:平潭综合实验区']);
    expect(units(1)).toEqual(['lead:省财政厅', 'responsible:各设区市', 'responsible:平潭综合实验区']);
    expect(units(2)).toEqual(['lead:省统计局', 'responsible:省政府新闻办', 'responsible:各设区市', 'responsible:平潭综合实验区']);
  });
});

describe("the archive's page.txt of 平潭 2021 政务公开工作主要任务分解表 (page 80970, tests/importer/corpus)", () => {
  // Its third and fourth sections: item 28 is missing from the table, item 8's 工作要求 has no full stop before its
  // units, items 36 and 37 end the page.
  const text = readFileSync(new URL('./corpus/fj-pingtan-2021-zwgk-pagetxt.txt', import.meta.url), 'utf8');
  const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);
  const after = (start: string) => texts[texts.findIndex((t) => t.startsWith(start)) + 1];

  it('cuts at 29. straight after its heading, one number skipped (28 is not in the table)', () => {
    expect(texts).toContain('（三）推进基层政务公开标准化规范化');
    expect(texts.some((t) => t.startsWith('29.及时完善基层政务公开市级标准指引。'))).toBe(true);
  });

  it('takes only the names that end a sentence without its full stop as the units (…相关信息区财政金融局)', () => {
    expect(texts).toContain('8.深化地方政府债务信息公开。定期公开地方政府债务限额 、余额 、发行 、存续期 、重大事项等相关信息');
    expect(after('8.深化')).toBe('区财政金融局');
    expect(after('9.加大')).toBe('区财政金融局区农业农村局');
  });

  it('parts a collective name (各区属事业单位) from the name before it, where no 、 parts them', () => {
    // (The lead cell's one name, then the 配合单位 cell's two paragraphs: 区直有关单位各区属事业单位各区属国企.)
    expect(after('36.跟踪')).toBe('区直有关单位');
    const next = texts[texts.findIndex((t) => t.startsWith('36.跟踪')) + 2]!;
    expect(parseUnitsCell(next, () => false).units.map((u) => u.name)).toEqual(['各区属事业单位', '各区属国企']);
  });

  it('keeps both names of a lead cell of two paragraphs (a space between them) in the lead cell', () => {
    expect(after('5.及时公开')).toBe('区经济发展局、区市场监督管理局');
    expect(texts[texts.findIndex((t) => t.startsWith('5.及时公开')) + 2]).toBe('区直有关单位，各片区管理局、各乡镇人民政府（街道办事处）');
  });
});

describe("the archive's page.txt of 福建 2017 政务公开工作主要任务分解表 (page 80962, tests/importer/corpus)", () => {
  // 工作任务 | 牵头单位 | 责任单位 | 工作要求, every cell run together: the units between the item's title and its 工作要求.
  const text = readFileSync(new URL('./corpus/fj-fujian-2017-zwgk-pagetxt.txt', import.meta.url), 'utf8');
  const doc = splitRunOnLines(textToDocument(text), new Report());
  const reqs = allRequirements(chooseReading(doc.lines, new Report()).draft);
  const units = (start: string) => {
    const req = reqs.find((r) => r.text.startsWith(start));
    return req?.group ? parseUnitsCell(req.group.raw, () => false).units.map((u) => `${u.role}:${u.name}`) : [];
  };

  it('reads the units of a row whose 工作要求 is empty, where the names end the row', () => {
    expect(units('加大对查处假冒伪劣')).toEqual(['lead:省商务厅', 'lead:省工商局', 'lead:省物价局', 'responsible:各设区市', 'responsible:平潭综合实验区']);
  });

  it('keeps a row whose units cells were merged with the row above its own row, under those units', () => {
    expect(units('推进义务教育招生入学')).toEqual(['lead:省教育厅', 'responsible:各设区市', 'responsible:平潭综合实验区']);
    expect(units('推进医疗卫生领域信息公开')).toEqual(['lead:省卫计委', 'responsible:省医保办', 'responsible:各设区市', 'responsible:平潭综合实验区']);
  });

  it('does not take a phrase of the text that ends like a name (市场违法违规案件查处) for units', () => {
    expect(reqs.some((r) => r.text.startsWith('及时发布资本市场违法违规案件查处情况'))).toBe(true);
  });
});

describe('names of the same kind run together (君山 2023 安全生产工作要点, 平潭 2021 政务公开 分解表)', () => {
  it('are parted where one 处 or 局 ends and the next begins, not a branch (分局) or a bureau of a 总局', () => {
    const names = (cell: string) => parseUnitsCell(cell, () => false).units.map((u) => u.name);
    expect(names('各联合党委、经济发展处交通与建设处、农业农村处按职责分工负责')).toEqual(['各联合党委', '经济发展处', '交通与建设处', '农业农村处']);
    expect(names('市生态环境局咸安分局')).toEqual(['市生态环境局咸安分局']);
    expect(names('国家税务总局平潭综合实验区税务局')).toEqual(['国家税务总局平潭综合实验区税务局']);
  });
});

describe("a run-on page's last units followed by the site's words and the plan's closing paragraph", () => {
  // 平潭 2016 环土局 政务公开 (tests/importer/corpus), the page as one line: its last task, the closing paragraph and the
  // site's source line, attachment and link blocks.
  const text = `（一）强化组织领导。成立局政府信息与政务公开领导小组及其办公室，明确职责要求。（办公室牵头落实）（二）加大考核监督力度。认真贯彻落实局领导关于政务信息公开批示要求，加大信息公开力度。（驻局纪检组、办公室牵头落实）（三）提高政务公开队伍专业化水平。政务公开工作人员要加强政策理论学习和业务研究。（办公室牵头落实）（四）完善激励问责机制。对政务公开工作落实好的部门，按照有关规定予以表彰；对公开工作落实不到位的部门，予以通报批评。（驻局纪检组牵头落实）主要任务各牵头处室（单位）要将前三季度、全年工作任务落实情况分别于9月10日、11月25日前报送局办公室，以便于及时汇总上报区党工委、管委会办公室。局办公室将适时会同驻局纪检组进行督查。来源：平潭综合实验区环境与国土资源局附件下载政策文件相关链接`.repeat(1);
  const texts = splitRunOnLines(textToDocument(`${'前言。'.repeat(150)}${text}`), new Report()).lines.map((l) => l.text);

  it('puts the closing paragraph and the site words on lines of their own, after the last units bracket', () => {
    expect(texts.at(-1)).toBe('来源：平潭综合实验区环境与国土资源局附件下载政策文件相关链接');
    expect(texts.at(-2)!.startsWith('主要任务各牵头处室（单位）要将')).toBe(true);
    expect(texts.at(-3)!.endsWith('（驻局纪检组牵头落实）')).toBe(true);
  });
});

describe("the archive's page.txt of 平潭 2016 水资源管理委员会 成员单位职责 (page 6488, tests/importer/corpus)", () => {
  // One paragraph of duties per member, each opening with its name and a colon, a space after the full stop before it.
  const text = readFileSync(new URL('./corpus/fj-pingtan-2016-shuiziyuan-zhize-pagetxt.txt', import.meta.url), 'utf8');
  const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);

  it('is cut before each member named by an office (处) or a company, as before a bureau', () => {
    for (const name of ['区办公室政策法规处：', '区经济发展局发改处：', '区水务投资有限公司：', '县供电公司：']) expect(texts.some((t) => t.startsWith(name))).toBe(true);
    expect(texts.some((t) => t.startsWith('区电信分公司、移动分公司、联通分公司：'))).toBe(true);
  });
});

describe("the archive's page.txt of 平潭 2017 专利 任务分解表 (page 8026, tests/importer/corpus)", () => {
  // 工作措施 | 工作目标 | 具体内容 | 进度安排 | 负责部门 | 绩效指标: the units between the row's schedule and its 绩效指标.
  const text = readFileSync(new URL('./corpus/fj-pingtan-2017-zhuanli-renwu-fenjie-pagetxt.txt', import.meta.url), 'utf8');
  const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);

  it('puts the units on a line of their own between the row text and the 绩效指标 after them', () => {
    const at = texts.findIndex((t) => t.startsWith('1.推动制定与知识产权强国建设配套的专利政策'));
    expect(texts[at]!.endsWith('第四季度：进行工作总结。')).toBe(true);
    expect(texts.slice(at + 1, at + 3)).toEqual(['知识产权处', '完成相关专利政策的制定、修订工作。']);
    const nine = texts.findIndex((t) => t.startsWith('9.加大专利执法力度'));
    // Three names run together: an office, a detachment and the branches (知识产权处稽查支队各分局).
    expect(parseUnitsCell(texts[nine + 1]!, () => false).units.map((u) => u.name)).toEqual(['知识产权处', '稽查支队', '各分局']);
  });
});

describe("more of the archive's page.txt (tests/importer/corpus)", () => {
  const cut = (name: string) => splitRunOnLines(textToDocument(readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8')), new Report()).lines.map((l) => l.text);

  it('puts each unit of a numbered units list on a line of its own, the first with its label (君山 2020 消防 攻坚, page 20697)', () => {
    const texts = cut('fj-pingtan-2020-junshan-xiaofang-gongjian-pagetxt.txt');
    const at = texts.findIndex((t) => t.startsWith('责任处室：1.经济发展处（配合区经发局开展复工复产企业'));
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]!.startsWith('2.交通与建设处（配合区交建局开展施工工地')).toBe(true);
    expect(texts[at + 2]!.startsWith('(二)人员密集场所方面。')).toBe(true);
  });

  it('cuts before each block title with spaces around it (2016 环境保护目标责任, page 4775)', () => {
    const texts = cut('fj-pingtan-2016-huanbao-mubiao-pagetxt.txt');
    expect(texts).toContain('2016年平潭综合实验区环境与国土资源局环境保护目标责任');
    expect(texts).toContain('2016年平潭综合实验区经济发展局环境保护目标责任');
    // Without the spaces (the page's text run together), the first title right after 附件 and the date before it.
    const page = readFileSync(new URL('./corpus/fj-pingtan-2016-huanbao-mubiao-pagetxt.txt', import.meta.url), 'utf8');
    const glued = splitRunOnLines(textToDocument(page.replace(/\s+(?=附件\s*2016年平潭)|(?<=附件)\s+(?=2016年平潭)|(?<=目标责任)\s+(?=一、)/g, '')), new Report()).lines.map((l) => l.text);
    expect(glued).toContain('2016年平潭综合实验区环境与国土资源局环境保护目标责任');
  });

  it('cuts before each unit that is the subject of 负责 after a sentence (2015 保障性住房 联审, page 2472)', () => {
    const texts = cut('fj-pingtan-2015-baozhangfang-lianshen-pagetxt.txt');
    for (const start of ['区交通与建设局（住房保障部门）负责资格审查', '区社会事业局（民政部门）负责申请人', '区公积金管理中心负责提供', '人民银行平潭支行负责协调']) expect(texts.some((t) => t.startsWith(start))).toBe(true);
  });
});

describe('福建 2017 任务分解表 page.txt written as other plans of its family write their cells (tests/importer/corpus)', () => {
  // The real page with one change each, as 平潭's own 分解表 (2018) and other years print their cells.
  const page = readFileSync(new URL('./corpus/fj-fujian-2017-zwgk-pagetxt.txt', import.meta.url), 'utf8');
  const unitsOf = (text: string, start: string) => {
    const doc = splitRunOnLines(textToDocument(text), new Report());
    const req = allRequirements(chooseReading(doc.lines, new Report()).draft).find((r) => r.text.startsWith(start));
    return req?.group ? parseUnitsCell(req.group.raw, () => false).units.map((u) => `${u.role}:${u.name}`) : [];
  };

  it('reads a responsible list whose last name runs on past its level (各乡镇 / 人民政府) into the 工作要求', () => {
    const text = page.replaceAll('各设区市，平潭综合实验区', '区直有关单位，各乡镇人民政府');
    expect(unitsOf(text, '按月公开全省财政收支')).toEqual(['lead:省财政厅', 'responsible:区直有关单位', 'responsible:各乡镇人民政府']);
  });

  it('parts the lead cell from the responsible one where the leads are parted by 、', () => {
    const text = page.replace('省财政厅省国税局省地税局省物价局各设区市', '省财政厅、省国税局、省地税局、省物价局各设区市');
    expect(unitsOf(text, '加大减税降费')).toEqual(['lead:省财政厅', 'lead:省国税局', 'lead:省地税局', 'lead:省物价局', 'responsible:各设区市', 'responsible:平潭综合实验区']);
  });

  it('reads the units after a title that ends in a full stop, before the 工作要求', () => {
    const text = page.replace('2.按月公开全省财政收支情况省财政厅', '2.按月公开全省财政收支情况。省财政厅');
    expect(unitsOf(text, '按月公开全省财政收支')).toEqual(['lead:省财政厅', 'responsible:各设区市', 'responsible:平潭综合实验区']);
  });

  it('reads the units that end a row of a title only, with no full stop (平潭 2021 page.txt, item 8 without its 工作要求)', () => {
    const text = readFileSync(new URL('./corpus/fj-pingtan-2021-zwgk-pagetxt.txt', import.meta.url), 'utf8').replace('8.深化地方政府债务信息公开。定期公开地方政府债务限额 、余额 、发行 、存续期 、重大事项等相关信息', '8.深化地方政府债务信息公开');
    const texts = splitRunOnLines(textToDocument(text), new Report()).lines.map((l) => l.text);
    expect(texts[texts.indexOf('8.深化地方政府债务信息公开') + 1]).toBe('区财政金融局');
  });
});

describe('福建 2017 任务分解表 page.txt with a 序号 column (the item numbers as cells of their own, tests/importer/corpus)', () => {
  const page = readFileSync(new URL('./corpus/fj-fujian-2017-zwgk-pagetxt.txt', import.meta.url), 'utf8');
  const withSerials = page.replace('工\u3000作\u3000任\u3000务牵头单位', '序号工\u3000作\u3000任\u3000务牵头单位').replace(/(?<=[。）\u4e00-\u9fa5])(\d{1,2})\.(?=[\u4e00-\u9fa5“])/g, '$1');
  const read = (text: string) => allRequirements(chooseReading(splitRunOnLines(textToDocument(text), new Report()).lines, new Report()).draft);

  it('cuts each row at its serial and reads its units between the title and the 工作要求', () => {
    for (const text of [withSerials, withSerials.replace(/(?<=[。）\u4e00-\u9fa5])(\d{1,2})(?=[\u4e00-\u9fa5“])/g, '$1 ')]) {
      const reqs = read(text);
      const req = reqs.find((r) => r.text.startsWith('按月公开全省财政收支情况'));
      expect(req?.group && parseUnitsCell(req.group.raw, () => false).units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:省财政厅', 'responsible:各设区市', 'responsible:平潭综合实验区']);
      expect(reqs.filter((r) => r.group !== null).length).toBeGreaterThanOrEqual(55);
    }
  });
});

describe('unnumbered paragraphs run together, each closed by its units bracket (平潭 2015 土地流转 实施意见, the page as one line)', () => {
  // Section 四 of the tuned-on page fj-pingtan-2015-tudi-liuzhuan with its paragraphs run together.
  const section = '四、扶持发展新型农业经营主体加大对家庭农场、专业大户、农民合作社、龙头企业、农业社会化服务组织的扶持力度。对符合条件的新型农业经营主体承担涉农项目基础设施用地，在年度建设用地指标上予以倾斜，并按规定减免相关税费。农产品初加工和农业灌溉用电执行用电价格。金融机构建立健全针对新型农业经营主体的信贷、保险支持机制，创新金融产品和服务，加大信贷支持力度。(责任单位：经济发展局、财政金融局、农业银行、电力公司、乡镇人民政府)加快培育家庭农场。重点培育以家庭成员为主要劳动力，以农业为主要收入来源，从事专业化，集约化农业生产的家庭农场，使之成为引领适度规模经营、发展现代农业的有生力量。建立家庭农场示范场名录，健全管理服务制度，加强示范引导，安排专项资金予以扶持。（责任单位：经济发展局、国土资源环境保护局、财政金融局、乡镇人民政府）深入推进农民合作社示范社创建活动，发展多种形式的农民合作组织，鼓励承包农户通过共同使用农业机械、开展联合营销等方式发展联合经营。积极引导发展农民合作社联合社，支持农民合作社开展农社对接。允许农民以承包经营权入股发展农业产业化经营，落实和完善相关税收优惠政策，支持农民合作社发展农产品加工流通、农产品场地初加工补助项目向农民合作社倾斜。（责任单位:经济发展局、财政金融局）鼓励发展农业产业化龙头企业。鼓励农业产业化龙头企业等涉农企业重点从事农产品加工流通和农业社会化服务，带动农户和农民合作社发展规模经营。引导工商资本发展良种种苗繁育、高标准设施农业、规模化养殖等适合企业化经营的现代种养业，开发农村“四荒”资源发展多种经营。推动龙头企业采取保底收购、股份分红、利润返还，以及企业统筹，农户管理等方式，与农民建立紧密型利益联结机制，支持专业大户、家庭农场、农民合作社以土地、资金等生产要素与龙头企业进行合作经营。为龙头企业拓宽融资渠道、增信方面积极予以协调和支持。（责任单位：经济发展局、财政金融局、农业银行、电力公司、乡镇人民政府）强化农业社会化服务。鼓励农技推广、动植物防疫、农产品质量安全等公共服务机构围绕发展农业适度规模拓展服务范围。大力培育各类经营性服务组织，积极发展良种种苗繁育、统防统治、测土配方施肥、粪汚集中处理等农业生产性服务业。支持新型农业经营主体拓展电商业务，与渠道商加盟合作，发展现代流通服务业。积极开展农业社会化服务示范创建活动。（责任单位：编委、经济发展局、财政金融局）';
  const texts = splitRunOnLines(textToDocument(`${'为进一步引导农村土地经营权有序流转，结合我区实际，提出如下实施意见。'.repeat(12)}${section}`), new Report()).lines.map((l) => l.text);

  it('starts a paragraph after each units bracket that closes one, not after a clause of the same item', () => {
    for (const start of ['加快培育家庭农场。', '深入推进农民合作社示范社创建活动', '鼓励发展农业产业化龙头企业。', '强化农业社会化服务。']) expect(texts.some((t) => t.startsWith(start))).toBe(true);
    expect(texts.find((t) => t.includes('四、扶持发展新型农业经营主体'))!.endsWith('(责任单位：经济发展局、财政金融局、农业银行、电力公司、乡镇人民政府)')).toBe(true);
    // 君山 2023 安全生产工作要点 (page.txt): …（政法综治处负责）二是… stays in its item.
    const yaodian = splitRunOnLines(textToDocument(readFileSync(new URL('./corpus/fj-pingtan-2023-anquan-shengchan-yaodian.txt', import.meta.url), 'utf8')), new Report()).lines.map((l) => l.text);
    expect(yaodian.find((t) => t.startsWith('（十）开展旅游安全专项整治'))).toContain('二是配合区旅游文体局');
  });
});

describe('a heading over duty paragraphs run together (平潭 2016 黄标车淘汰, the page as one line)', () => {
  // Section 四 of the tuned-on page fj-pingtan-2016-huangbiaoche-taotai with its paragraphs run together.
  const section = '四、职责分工（一）区环境与国土资源局：牵头负责黄标车淘汰工作，督促、调度工作进展，及时办理相关手续，汇总上报黄标车淘汰阶段性工作进展情况。（二）区公安局治安交通巡防支队：负责对未达到报废标准的报废车辆出具《机动车注销证明书》，对已达到报废标准的黄标车，予以强制报废、注销。（三）区交通与建设局：对具有营运资质的黄标车，停止办理营运黄标车《道路运输证》年审手续，督促车主办理注销手续。（四）区经济发展局（商务部门）：负责加强对汽车报废拆解企业的行业监督管理，督促和引导企业规范回收拆解行为，防止已淘汰的黄标车、老旧车重新流入社会；会同有关部门依法严厉打击虚开报废汽车回收证明等违法行为。（五）区财政金融局：负责下拨财政补贴资金。经初步测算，我区全部黄标车提前淘汰补偿资金约需1100万元，其中2016年度的淘汰补偿资金约需750万元。实际所需要的资金由区环境与国土资源局提出申请并报区管委会批准后予以拨付。（六）区宣传部：负责组织协调新闻媒体，大力宣传黄标车治理淘汰工作，刊登相关通知通告等，营造浓厚舆论氛围。（七）车主所在乡镇政府及公安派出所：对未达到报废标准的黄标车，配合做好政策宣传及动员工作，负责督促及时申报淘汰。';
  const texts = splitRunOnLines(textToDocument(`${'为加快推进黄标车淘汰工作，制定本方案。'.repeat(20)}一、工作目标。全面完成淘汰任务。二、补贴办法。按规定发放补贴。三、办理流程。按程序办理。${section}五、其他事项`), new Report()).lines.map((l) => l.text);

  it('is cut at its numbered duties, not inside the heading before the first (职责 / 分工（一）区…：)', () => {
    expect(texts).toContain('四、职责分工');
    expect(texts.some((t) => t.startsWith('（一）区环境与国土资源局：牵头负责黄标车淘汰工作'))).toBe(true);
    expect(texts.some((t) => t.startsWith('（二）区公安局治安交通巡防支队：'))).toBe(true);
  });
});

describe('a task number printed twice in a page run together (苏平 2020 大招商 行动方案, the page as one line)', () => {
  // Tasks （三）–（四） and the second （四） of the tuned-on page fj-pingtan-2020-suping-dazhaoshang, run together.
  const tasks = '（三）加强经费保障设置招商专项经费，在区管委会分配的60万元经费的基础上，再配备一定的招商经费，加强经费保障。商务接待按照《福建省商务厅 福建省发改委 福建省经信委 福建省财政厅关于印发<关于规范招商引资接待工作的管理办法>的通知》（闽商务财务〔2018〕32号）及《平潭综合实验区管委会办公室关于印发<平潭综合实验区招商接待管理办法（试行）>的通知》（岚综管办〔2017〕253号）（每人次400元）就高执行。牵头处室：党政办公室配合处室：经济发展处（四）加强硬件配备一是移动设备的配置，配备笔记本电脑、移动手机、打印机、移动硬盘等日常办公所需设备。二是车辆的配置，优先保障招商用车，除应急情况外，优先保障接待客商、现场调研等工作的车辆使用。牵头处室：党政办公室配合处室：经济发展处（四）建立激励机制制定正向激励方案，鼓励全员招商，促进招商引资工作。对帮助我区新引入产业项目的引荐人，给予一定的奖励；对帮助我区新引入产业项目的村委会在年度绩效考评给予加分；对于超额完成任务的处室及相关人员在考评中给予倾斜；对于在招商引资过程中有重大贡献者给予表彰。（具体激励措施另行规定）牵头处室：经济发展处配合处室：党政办公室、党群工作处';
  const texts = splitRunOnLines(textToDocument(`${'为推进片区大招商工作，制定本方案。'.repeat(20)}一、工作目标。完成招商任务。二、工作内容（一）建立工作机制。（二）加强队伍建设。${tasks}五、其他事项`), new Report()).lines.map((l) => l.text);

  it('starts the second （四） where the task before it ends in its units', () => {
    expect(texts.some((t) => t.startsWith('（四）加强硬件配备'))).toBe(true);
    expect(texts.some((t) => t.startsWith('（四）建立激励机制'))).toBe(true);
  });
});

describe('平潭 2021 分解表 page.txt with a column after its units (完成情况, empty in every row, as many 台账 have one)', () => {
  it('parts the lead and the participating units as without that column', () => {
    const page = readFileSync(new URL('./corpus/fj-pingtan-2021-zwgk-pagetxt.txt', import.meta.url), 'utf8').replace('牵头单位配合/责任单位', '牵头单位配合/责任单位完成情况');
    const reqs = allRequirements(chooseReading(splitRunOnLines(textToDocument(page), new Report()).lines, new Report()).draft);
    const req = reqs.find((r) => r.text.startsWith('归集整理和主动公开历史规划'));
    expect(req?.group && parseUnitsCell(req.group.raw, () => false).units.map((u) => `${u.role}:${u.name}`)).toEqual([
      'lead:区经济发展局',
      'participate:区直有关单位',
      'participate:各区属事业单位',
      'participate:各片区管理局',
      'participate:各乡镇人民政府（街道办事处）',
    ]);
  });
});

// 平潭 2016 效能督查 问题汇总表 (the archive's page.txt, tests/importer/corpus): 序号 | 存在问题 | 整改责任单位 run together,
// the rows numbered on from the province's list (98, 99, …), a row's text opening with a figure after its number
// (104 302电台…), units ending in 林场 and 工作部.
describe('a 问题整改 table run together whose rows are numbered from 98 (平潭 2016 效能督查)', () => {
  const file = new URL('./corpus/fj-pingtan-2016-xiaoneng-zhenggai.txt', import.meta.url).pathname;
  const lines = runOnLines(file);
  const reading = chooseReading(splitRunOnLines(textToDocument(readFileSync(file, 'utf8')), new Report()).lines, new Report());
  const requirements = allRequirements(reading.draft);

  it('cuts a row at every number from 98 to 121, 104 included', () => {
    // A row is a line of its own (its 序号 first) or a pipe row under the header.
    const rowAt = (n: string) => lines.findIndex((l) => l === n || l.startsWith(`| ${n} |`));
    for (const n of ['98', '99', '100', '104', '121']) expect(rowAt(n)).toBeGreaterThan(0);
    const row104 = lines[rowAt('104')] === '104' ? lines[rowAt('104') + 1]! : lines[rowAt('104')]!.replace(/^\| 104 \| /, '');
    expect(row104).toMatch(/^302电台迁建工程/);
  });

  it('gives each problem the units of its 整改责任单位 cell', () => {
    const units = (start: string) => requirements.find((q) => q.text.startsWith(start))?.group?.raw;
    expect(units('滨湖路项目')).toBe('岚城片区开发管理局、区投资发展有限公司、区环境与国土资源局、区国有林场');
    expect(units('区外侨办')).toBe('区台湾工作部');
    expect(units('302电台迁建工程')).toBe('岚城片区开发管理局');
  });
});

// 平潭 2018 政务公开 任务分解表 (the archive's page.txt, tests/importer/corpus): 工作任务 | 牵头单位 | 责任单位 | 工作要求 run
// together; a lead cell glued to the title and a space before the 责任单位 cell, the header again where the Word table
// broke across pages, 区管委会办公室, and the page's item numbers running two past the table's after a heading.
describe('a 分解表 run together with a space between its two units cells (平潭 2018 page.txt)', () => {
  const file = new URL('./corpus/fj-pingtan-2018-zwgk-renwu-fenjie-pagetxt.txt', import.meta.url).pathname;
  const lines = runOnLines(file);
  const row = (no: number) => lines.find((l) => l.startsWith(`| ${no}.`))?.split(' | ').slice(1, 3);

  it('parts the lead glued to the title from the units after the space', () => {
    expect(row(15)).toEqual(['区宣传部、网信办', '区直有关单位，各乡镇人民政府']);
  });

  it('cuts the header repeated at a page break off the row before it, and reads 区管委会办公室 whole', () => {
    expect(row(20)).toEqual(['区智慧岛服务管理中心', '区直有关单位，各乡镇人民政府']);
    expect(row(21)).toEqual(['区管委会办公室', '区直有关单位，各乡镇人民政府']);
    expect(lines).toContain('| 工作任务 | 牵头单位 | 责任单位 | 工作要求 |');
  });

  it('takes item 37 after 34 where a heading stands between them', () => {
    expect(row(37)).toEqual(['区管委会办公室', '区直有关单位，各乡镇人民政府']);
  });
});

// 平潭 2023 君山 消防 任务分解表 (the archive's page.txt, tests/importer/corpus): 序号 | 重点工作任务 | 责任单位 | 工作落实情况
// after a body that had its own 一、–五、; each 责任单位 cell one <p> per unit, run together in the text.
describe('a 序号 table after a body with its own sections, its units cells run together (君山 2023 消防)', () => {
  const file = new URL('./corpus/fj-pingtan-2023-xiaofang-zeren-mubiao.txt', import.meta.url).pathname;
  const lines = runOnLines(file);

  it('cuts the table’s own 一、 off the header and each row’s units off its text', () => {
    expect(lines).toContain('一、健全消防安全责任');
    expect(lines[lines.indexOf('1') + 2]).toBe('各处室（中心）各行政村（社区）');
  });

  it('parts the units run together one by one', () => {
    const names = (cell: string) => parseUnitsCell(cell, () => false).units.map((u) => u.name);
    expect(names('各处室（中心）东庠办事处各行政村（社区）')).toEqual(['各处室（中心）', '东庠办事处', '各行政村（社区）']);
    expect(names('政法综治处各行政村（社区）')).toEqual(['政法综治处', '各行政村（社区）']);
  });
});

// 君山 2023 防范和处置非法集资 (the archive's page.txt, tests/importer/corpus): tasks closed by 责任单位： labels whose names
// carry their own brackets (各处室（中心）, 各村（居）), the plan's closing words straight after the last label.
describe('the last units label run into the plan’s closing words (君山 2023 处非)', () => {
  const file = new URL('./corpus/fj-pingtan-2023-chufei-pingan.txt', import.meta.url).pathname;
  const doc = splitRunOnLines(textToDocument(readFileSync(file, 'utf8')), new Report());
  const reqs = allRequirements(chooseReading(doc.lines, new Report()).draft);

  it('ends the units at 请各有关部门…, and reads 各处室（中心） in a sentence as a name, not a units bracket', () => {
    const last = reqs.find((r) => r.text.startsWith('明确工作人员'))!;
    expect(last.text).toContain('各处室（中心），东庠办事处，各村（居）需指定专人');
    expect(last.group?.raw).toBe('责任单位：各处室（中心），东庠办事处，各村（居）');
  });
});

// 平潭 2015 县级公立医院综合改革 (the archive's page.txt, tests/importer/corpus): a task's items 1.–7. and ONE bracket after the
// last item's full stop for all of them (…。（责任单位：区社会事业局、医改办…）（二）…), a paragraph of its own on the page.
describe('one units bracket closing a task’s items, run together (平潭 2015 公立医院改革 page.txt)', () => {
  const file = new URL('./corpus/fj-pingtan-2015-gongli-yiyuan-gaige-pagetxt.txt', import.meta.url).pathname;
  const doc = splitRunOnLines(textToDocument(readFileSync(file, 'utf8')), new Report());
  const reqs = allRequirements(chooseReading(doc.lines, new Report()).draft);

  it('is cut onto a line of its own and gives its units to every item of the task', () => {
    const units = (start: string) => reqs.find((r) => r.text.startsWith(start))?.group?.raw;
    expect(units('科学编制卫生事业发展规划')).toMatch(/^责任单位：区社会事业局、医改办/);
    expect(units('大力扶持社区资本办医')).toBe(units('科学编制卫生事业发展规划'));
  });
});

// 平潭 2020 5G 网络建设 (the archive's page.txt, tests/importer/corpus): the last item's units, then a space and the list of
// attachments with a member list after it.
describe('附件： after the last units (平潭 2020 5G page.txt)', () => {
  const file = new URL('./corpus/fj-pingtan-2020-5g-wangluo-jianshe.txt', import.meta.url).pathname;
  const lines = runOnLines(file);

  it('starts a line of its own, so the member list is not read as more units', () => {
    expect(lines).toContain('责任单位：各片区管理局，区行政审批局、党群工作部');
    expect(lines.some((l) => l.startsWith('附件：5G网络建设协调领导小组成员名单'))).toBe(true);
  });
});

// 平潭 2014 六打六治 (the archive's page.txt, tests/importer/corpus): fields whose sub-items close with labelled brackets,
// then 有关职能部门的职责分工 as paragraphs that open with a kind of department, a space between them.
describe('sub-items with units brackets and duty paragraphs of departments, run together (平潭 2014 六打六治)', () => {
  const file = new URL('./corpus/fj-pingtan-2014-liuda-liuzhi.txt', import.meta.url).pathname;
  const lines = runOnLines(file);

  it('does not cut a sub-item before the label inside its bracket', () => {
    expect(lines.some((l) => l.startsWith('超计划开采国家实行开采总量控制矿种的'))).toBe(false);
  });

  it('cuts each department’s duty paragraph apart', () => {
    expect(lines.some((l) => l.startsWith('公安部门要加强与行政执法部门'))).toBe(true);
    expect(lines.some((l) => l.startsWith('工商部门负责对有关部门撤销许可的企业'))).toBe(true);
  });
});

// 平潭 2016 生态环境保护工作要点 (the archive's page.txt, tests/importer/corpus): the 要点's paragraphs, then the attached
// 分工表 序号 | 主要工作任务 | 具体工作措施 | 完成时限 | 主要责任单位 | 任务来源 run together in the middle of the line, each
// measure's deadline glued to its units (…落实情况12月区环土局), and under the table 注：主要责任单位第一个为牵头单位，
// 其余为主要配合单位.
describe('an attached 分工表 with its deadline before the units and a first-lead note under it (平潭 2016 生态环境保护)', () => {
  const file = new URL('./corpus/fj-pingtan-2016-shengtai-huanbao-yaodian-fengong.txt', import.meta.url).pathname;
  const result = importPlan(readFileSync(file, 'utf8'), { sourceFile: file, importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
  const requirements = result.entry.sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]);
  const find = (start: string) => requirements.find((r) => r.text.startsWith(start));
  const roles = (start: string) => find(start)?.units.map((u) => `${u.role}:${u.name}`);

  it('reads the header in the middle of the page and cuts the deadline off the text', () => {
    expect(find('自4月份开始每月调度')?.text).toBe('自4月份开始每月调度并通报生态环保目标责任落实情况');
    expect(find('自4月份开始每月调度')?.deadline).toBe('12月');
  });

  it('makes the first unit of each cell the lead and the others participants, as the note under the table says', () => {
    expect(roles('自4月份开始每月调度')).toEqual(['responsible:区环土局']);
    expect(roles('制订第二批畜禽养殖场关闭拆除工作实施方案')).toEqual(['lead:区农发局', 'participate:区环土局']);
    expect(roles('实施三十六脚湖保护区内居民搬迁工程')).toEqual(['lead:区农发局', 'participate:区环土局', 'participate:相关乡镇人民政府']);
    expect(result.report.some((i) => i.kind === 'role-inferred' && i.message.includes('第一个为牵头单位'))).toBe(true);
  });
});

// 平潭 2015 公立医院改革 (the archive's page.txt, tests/importer/corpus): after the 实施方案's paragraphs, the attached
// 一览表 主线 | 项目 | 主要内容 | 责任单位 | 完成时限 run together, its header opening with 主线 (not 序号) and followed straight
// by the first row's heading (…完成时限（一）合理配置…1科学编制…), its rows' serials restarting at 1 under each heading.
describe('an attached 一览表 whose header opens with 主线 and whose serials restart under each heading (平潭 2015 公立医院改革)', () => {
  const file = new URL('./corpus/fj-pingtan-2015-gongli-yiyuan-gaige-pagetxt.txt', import.meta.url).pathname;
  const lines = runOnLines(file);
  const result = importPlan(readFileSync(file, 'utf8'), { sourceFile: file, importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
  const requirements = result.entry.sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]);

  it('reads the header without the heading after it, and cuts a row at each serial', () => {
    const header = lines.indexOf('主线');
    expect(lines.slice(header, header + 5)).toEqual(['主线', '项目', '主要内容', '责任单位', '完成时限']);
    expect(lines[header + 5]).toBe('（一）合理配置医疗资源，打好“强基层”基础');
    // Task （二）'s rows start at 1 again.
    const second = lines.findIndex((l, k) => k > header && l.startsWith('（二）'));
    expect(lines[second + 1]).toBe('1');
    expect(lines[second + 2]).toMatch(/^成立由区管委会领导担任主任的公立医院管理委员会/);
  });

  it('gives each row of the table the units of its 责任单位 cell', () => {
    // The body's item and the table's row of the same title: the row is the second one.
    const rows = requirements.filter((r) => r.text.startsWith('科学编制卫生事业发展规划'));
    expect(rows.at(-1)?.units.map((u) => u.name)).toEqual(['医改办', '社会事业局', '经济发展局']);
    expect(requirements.filter((r) => r.text.startsWith('建立激励约束机制')).at(-1)?.units.map((u) => u.name)).toEqual(['医改办', '党群工作部', '社会事业局', '财政金融局', '各县级公立医院']);
  });
});

// 国务院办公厅 2018 第二批支持创新相关改革举措推广清单 (tests/importer/corpus/cj-national-gwy-2018-chuangxin-gaige-tuiguang,
// its table as a page.txt writes one: the cells run together): rows with bare serials under section rows, the ministries
// that guide each measure (科技部, 中国银保监会, 审计署) before its 推广范围, and serials 15–20 left out of the published
// page (本文有删减: 四、's rows), so 21 follows 14 under the next section.
describe('a 推广清单 run together whose serials skip a left-out part (国务院 2018)', () => {
  const table = '附件第二批支持创新相关改革举措推广清单序号改革举措主 要 内 容指导部门推广范围一、知识产权保护方面（共5项）    1知识产权民事、刑事、行政案件“三合一”审判整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”，实现审判力量集中、审判标准统一，提高审判效率，缩短审判周期。最高人民法院、最高人民检察院、国家知识产权局全国2省级行政区内专利等专业技术性较强的知识产权案件跨市（区）审理授权市级人民法院跨市（区）管辖省级范围内第一审知识产权民事和行政案件，集中优势审判资源管辖技术性、专业性较强的案件，实现裁判标准统一。最高人民法院、国家知识产权局全国3以降低侵权损失为核心的专利保险机制围绕专利应用和维权，开发包括专利代理责任险、专利执行险、专利被侵权损失险等保险产品，降低创新主体的侵权损失。国家知识产权局、中国银保监会全国4知识产权案件审判中引入技术调查官制度法院审理知识产权案件时，可以引入技术调查官，帮助法官准确高效地认定技术事实，提高审判质量和效率。最高人民法院、国家知识产权局全国5基于“两表指导、审助分流”的知识产权案件快速审判机制法官助理庭前指导原被告双方聚焦问题，指导原被告双方填写《诉讼要素表》和《有效抗辩释明表》，帮助原告全面检视己方诉讼请求和证据，向原被告双方释明裁判法律依据；庭审时法官主要审理上述两个表格中的焦点问题，大幅减少反复释明法律规定和讨论原被告双方的无效主张、抗辩质证的时间，提高庭审效率，缩短诉讼周期。最高人民法院、国家知识产权局全国二、科技成果转化激励方面（共4项）    6以事前产权激励为核心的职务科技成果权属改革赋予科研人员一定比例的职务科技成果所有权，将事后科技成果转化收益奖励，前置为事前国有知识产权所有权奖励，以产权形式激发职务发明人从事科技成果转化的重要动力。科技部、国家发展改革委、财政部、国家知识产权局、教育部、国务院国资委、中科院、司法部8个改革试验区域7技术经理人全程参与的科技成果转化服务模式以技术交易市场为依托，技术经理人全程参与成果转化，将技术供给方、技术需求方、技术中介整合在一起，集成技术、人才、政策、资金、服务等创新资源，帮助高校、科研院所提高成果转化效率和成功率。科技部全国8技术股与现金股结合激励的科技成果转化相关方利益捆绑机制转制院所和事业单位管理人员、科研人员，在按有关规定履行审批程序后，以“技术股+现金股”组合形式持有股权，与孵化企业发展捆绑在一起，提升科技成果转化效率和成功率。科技部、国务院国资委全国9“定向研发、定向转化、定向服务”的订单式研发和成果转化机制以校地产业研究院为平台，有针对性为企业设计和实施研发项目，研发团队全程参与企业技术攻关和成果转化，帮助企业突破发展急需的关键技术，提高高校和科研院所科技成果供给的有效性。科技部全国三、科技金融创新方面（共5项）    10区域性股权市场设置科技创新专板根据科技型中小企业的特点，在区域性股权市场推出“科技创新板”，提供挂牌展示、托管交易、投融资服务、培训辅导等服务，开拓融资渠道，缓解科技型中小企业融资难问题。中国证监会8个改革试验区域11基于“六专机制”的科技型企业全生命周期金融综合服务银行完善以专用风险管理制度和技术手段、专项激励考核机制和专属客户信贷标准为核心的科技金融风险防控机制，试点银行建立专营组织架构体系、专业经营管理团队和专门管理信息系统。面向科技型企业推出远期共赢利息、知识产权质押等多种专属信贷产品，为轻资产、未盈利科技型企业提供有效的金融服务。中国银保监会、科技部、中国人民银行全国12推动政府股权基金投向种子期、初创期企业的容错机制针对地方股权基金中的种子基金、风险投资基金设置不同比例的容错率，推动种子基金、风险投资基金投资企业发展早期。国家发展改革委、财政部全国13以协商估值、坏账分担为核心的中小企业商标质押贷款模式简化质押登记流程，建立商标质物处置机制，通过贷款贴息等方式，开展商标权质押贷款等无形资产质押融资，拓展中小企业融资途径。中国人民银行、中国银保监会、工业和信息化部、国家知识产权局全国14创新创业团队回购地方政府产业投资基金所持股权的机制地方政府产业投资基金在参股高层次创新创业团队所办企业时，约定在一定时期内，创新创业团队可按照投资本金和同期商业贷款利息回购股权，激发创新创业积极性。国家发展改革委、财政部全国四、军民深度融合方面（共6项）    五、管理体制创新方面（共3项）    21允许地方高校自主开展人才引进和职称评审将职称评审和人才引进自主权下放给地方高校，允许高校因需评聘科研教学人员，自主制定招聘方案、设置岗位条件，依规发布招聘信息、组织公开招聘，及时引进“高精尖缺”人才和稳定骨干人才。教育部、人力资源社会保障部8个改革试验区域22以授权为基础、市场化方式运营为核心的科研仪器设备开放共享机制在不改变所有权前提下，科研仪器设备所有方与专业服务机构协议约定服务价格，或约定服务收入分配比例，授权专业服务机构对科研仪器设备进行市场化运营管理，提高科研仪器设备使用效率（免税进口的科研仪器设备按有关政策规定执行）。科技部、财政部、国务院国资委全国23以地方立法形式建立推动改革创新的决策容错机制通过制定实施地方性法规，对政府部门、国有企业负责人在推动战略性新兴产业发展和实施创新项目中出现工作过失或影响任期目标实现的，只要没有谋取私利、符合程序规定，可免除行政追责和效能问责。国家发展改革委、国务院国资委、审计署全国';
  const lines = splitRunOnLines(textToDocument(`标题: 第二批支持创新相关改革举措推广清单\n==================== 正文 ====================\n${table}`), new Report()).lines.map((l) => l.text);
  const after = (serial: string) => lines.slice(lines.indexOf(serial) + 1, lines.indexOf(serial) + 4);

  it('cuts a row at 21 after the sections with no rows between them', () => {
    expect(lines).toContain('21');
    expect(after('21')[0]).toMatch(/^允许地方高校自主开展人才引进和职称评审/);
  });

  it('parts the ministries from the text before them and the 推广范围 after them', () => {
    expect(after('14').slice(1)).toEqual(['国家发展改革委、财政部', '全国']);
    expect(after('22').slice(1)).toEqual(['科技部、财政部、国务院国资委', '全国']);
    expect(after('23').slice(1)).toEqual(['国家发展改革委、国务院国资委、审计署', '全国']);
    expect(after('13').slice(1)).toEqual(['中国人民银行、中国银保监会、工业和信息化部、国家知识产权局', '全国']);
  });
});

// 平潭 2021 政务公开 分解表 (the archive's page.txt, tests/importer/corpus): 工作任务 | 工作要求 | 牵头单位 | 配合/责任单位 with the
// cells run together and an empty cell written as a space, so a row whose one list of names is followed by a space
// before the next row had its 配合/责任单位 cell empty: the names are its 牵头单位.
describe('an empty last units cell written as a space in a page.txt (平潭 2021 分解表)', () => {
  const file = new URL('./corpus/fj-pingtan-2021-zwgk-pagetxt.txt', import.meta.url).pathname;
  const result = importPlan(readFileSync(file, 'utf8'), { sourceFile: file, importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
  const requirements = result.entry.sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]);
  const roles = (start: string) => requirements.find((r) => r.text.startsWith(start))?.units.map((u) => `${u.role}:${u.name}`);

  it('reads the names before the space as the lead column', () => {
    expect(roles('完善基层政务公开事项标准目录')).toEqual(['lead:各片区管理局', 'lead:各乡镇人民政府（街道办事处）']);
    expect(roles('持续加强基层政府信息公开窗口建设')).toEqual(['lead:区行政服务中心', 'lead:各片区管理局', 'lead:各乡镇人民政府（街道办事处）']);
  });

  it('keeps a list glued to the next row under the last units column', () => {
    // 32. … ends in its 配合/责任单位 names, the lead cell empty (its space before them).
    expect(roles('完善政府信息公开申请办理工作机制')).toEqual(['responsible:区直各单位', 'responsible:各区属事业单位', 'responsible:各片区管理局', 'responsible:各乡镇人民政府（街道办事处）']);
  });
});

// 恩阳 2022 稳增长 措施 (tests/importer/corpus/pl-sichuan-bazhong-enyang-2022-wenzengzhang), its page written as a page.txt
// writes one (the article on one line, a table's cells run together): each measure closed by （牵头责任单位：…；责任单位：…）,
// one 牵头 name the units reader does not know by its ending (恩阳区住房公积金管理部), the CMS's footer after the last bracket.
describe('a units bracket with two labels run on, and a CMS footer after it (恩阳 2022 as page.txt)', () => {
  const lines = pageTxtLines(new URL('./corpus/pl-sichuan-bazhong-enyang-2022-wenzengzhang.html', import.meta.url), '恩阳区促进经济稳定增长若干措施');

  it('does not cut the bracket at its second label', () => {
    expect(lines.some((l) => l.startsWith('责任单位：区财政局、区房管局'))).toBe(false);
    expect(lines.find((l) => l.startsWith('43.'))).toMatch(/（牵头责任单位：恩阳区住房公积金管理部；责任单位：区财政局、区房管局）$/);
  });

  it('puts the footer on a line of its own', () => {
    expect(lines.at(-1)).toBe('Produced By 大汉网络 大汉版通发布系统');
    expect(lines.find((l) => l.startsWith('80.'))).toMatch(/（牵头责任单位：区发改局；责任单位：区级相关部门）$/);
  });
});

// 平潭 2016 社会救助工作协调小组 (tests/importer/corpus/fj-pingtan-2016-shehui-jiuzhu-xietiao), its page as a page.txt writes it:
// 二、工作职责 run into the group's own duty (区社会救助工作协调小组：统筹…), then one sentence a unit, its name the subject of
// 负责, 牵头 or 协助 (。区经济发展局牵头将社会救助纳入…。区农村发展局协助做好…).
describe('duty sentences whose verb is 牵头 or 协助, and a working group as a duty label (平潭 2016 社会救助 as page.txt)', () => {
  const lines = pageTxtLines(new URL('./corpus/fj-pingtan-2016-shehui-jiuzhu-xietiao.html', import.meta.url), '关于成立社会救助工作协调小组的通知');

  it('starts a line at each unit that opens its duty sentence', () => {
    expect(lines.some((l) => l.startsWith('区社会救助工作协调小组：统筹做好'))).toBe(true);
    expect(lines.some((l) => l.startsWith('区经济发展局牵头将社会救助纳入'))).toBe(true);
    expect(lines.some((l) => l.startsWith('区农村发展局协助做好建档立卡'))).toBe(true);
  });
});

// 平潭 2016 海洋经济 (tests/importer/corpus/fj-pingtan-2016-haiyang-jingji) and 平潭 2021 粮食生产
// (fj-pingtan-2021-liangshi-shengchan) as the archive's page.txt writes them: the last item's units label, then a space
// and the notice's signature and date (…农村发展局配合 平潭综合实验区管委会办公室 2016年8月1日印发), or a closing paragraph
// (…区农业农村局 各片区、相关单位要提高对…的认识，…。): the units end at the space, as the page's line does.
describe('the signature or a closing paragraph a space after the last units label (平潭 2016, 2021 as page.txt)', () => {
  it('ends the units before the signature and its date', () => {
    const lines = pageTxtLines(new URL('./corpus/fj-pingtan-2016-haiyang-jingji.html', import.meta.url), '平潭综合实验区海洋经济发展');
    expect(lines).toContain('责任单位：行政审批局牵头，农村发展局配合');
    expect(lines).toContain('平潭综合实验区管委会办公室 2016年8月1日印发');
  });

  it('ends the units before a closing paragraph', () => {
    const lines = pageTxtLines(new URL('./corpus/fj-pingtan-2021-liangshi-shengchan.html', import.meta.url), '平潭综合实验区粮食生产');
    expect(lines).toContain('责任单位:各片区管理局、区农业农村局');
    expect(lines.some((l) => l.startsWith('各片区、相关单位要提高对粮食生产极端重要性的认识'))).toBe(true);
  });
});

// 平潭 2012 纠风 (tests/importer/corpus/fj-pingtan-2012-jiufeng) as the archive's page.txt writes it: each heading 一、二、三、
// then a space (the paragraph's indent) and its one paragraph closed by （牵头单位：…，参加单位：…）.
describe('a heading, a space and its paragraph closed by its own units (平潭 2012 纠风 as page.txt)', () => {
  const lines = pageTxtLines(new URL('./corpus/fj-pingtan-2012-jiufeng.html', import.meta.url), '关于分解2012年纠风三项重点工作任务');

  it('starts the paragraph at the space, as on the page', () => {
    expect(lines).toContain('三、坚决纠正行业乱收费问题');
    expect(lines.some((l) => l.startsWith('坚决纠正农民建房等方面乱收费行为'))).toBe(true);
  });
});

// 平潭 2018 政务公开 任务分解表 (tests/importer/corpus/fj-pingtan-2018-zwgk-renwu-fenjie) as the archive's page.txt writes it: a
// row's 工作要求 opening with the names its sentence is about, glued to the units cells before it (…各乡镇人民政府区教育局、环土局、
// …交建局等行业主管部门要组织…; …各乡镇人民政府各有关单位要履行…); where the units end in a plain 要 after a list, the list is
// the units cell (…行政审批局区直有关单位，各乡镇人民政府要制定…).
describe('a 工作要求 that opens with the names it is about, glued to the units (平潭 2018 分解表 as page.txt)', () => {
  const lines = pageTxtLines(new URL('./corpus/fj-pingtan-2018-zwgk-renwu-fenjie.html', import.meta.url), '2018年政务公开工作任务分解表');
  const row = (start: string) => lines.find((l) => l.startsWith(`| ${start}`));

  it('leaves the sentence’s subject in the 工作要求 cell', () => {
    expect(row('41.')).toMatch(/\| 区直有关单位，各乡镇人民政府 \| 区教育局、环土局、社会事业局、旅发委、卫计局、交建局等行业主管部门要组织/);
    expect(row('42.')).toMatch(/\| 区直有关单位，各乡镇人民政府 \| 各有关单位要履行行业监管职责/);
  });

  it('keeps a list before a plain 要 as the units cell', () => {
    expect(row('5.')).toMatch(/\| 区市场监管局、行政审批局 \| 区直有关单位，各乡镇人民政府 \| 要制定并公布/);
  });
});

// 平潭 2021 政务公开 分解表 (tests/importer/corpus/fj-pingtan-2021-zwgk.html) with a 完成时限 column added after its units, as
// many plans of the family have it, written as the archive's page.txt writes a page: each row's deadline glued to its last units
// cell; a lead cell glued to the row's text, a space before the next cell; a lead cell of two paragraphs a space apart; a row
// with its 配合/责任单位 cell empty (a space before the deadline); names glued to text with no full stop before a space.
describe('a units table with a deadline column after it, run together as page.txt (平潭 2021 分解表 with 完成时限)', () => {
  const { text, roles } = importPageTxt(withColumnAfter(readFileSync(new URL('./corpus/fj-pingtan-2021-zwgk.html', import.meta.url), 'utf8'), '完成时限', '2021年12月底前'), '2021年政务公开工作主要任务分解表');
  const all = ['区直有关单位', '各区属事业单位', '各片区管理局', '各乡镇人民政府（街道办事处）'];

  it('parts a lead cell glued to the text from the list after a space', () => {
    expect(text).toContain('集中展示。区经济发展局区自然资源与生态环境局 区直有关单位');
    expect(roles('主动公开“十四五”规划纲要')).toEqual(['lead:区经济发展局', 'lead:区自然资源与生态环境局', ...all.map((u) => `participate:${u}`)]);
    expect(roles('及时公开建设高标准市场体系')).toEqual(['lead:区经济发展局', 'lead:区市场监督管理局', ...all.filter((u) => u !== '各区属事业单位').map((u) => `participate:${u}`)]);
  });

  it('reads a list before a space and the deadline as the lead column', () => {
    expect(roles('完善基层政务公开事项标准目录')).toEqual(['lead:各片区管理局', 'lead:各乡镇人民政府（街道办事处）']);
    expect(roles('深化地方政府债务信息公开')).toEqual(['lead:区财政金融局']);
  });
});

// 平潭 2018 政务公开 分解表 (tests/importer/corpus/fj-pingtan-2018-zwgk-renwu-fenjie.html) with a 完成时限 column added, as
// page.txt: the header repeated at a page break right after a row's deadline (…重复采集。2018年12月底前工作任务牵头单位…).
describe('a header repeated after a row’s deadline (平潭 2018 分解表 with 完成时限, as page.txt)', () => {
  const html = withColumnAfter(readFileSync(new URL('./corpus/fj-pingtan-2018-zwgk-renwu-fenjie.html', import.meta.url), 'utf8'), '完成时限', '2018年12月底前');
  const lines = splitRunOnLines(textToDocument(`标题: 2018年政务公开工作任务分解表\n==================== 正文 ====================\n${archivePageText(html)}`), new Report()).lines.map((l) => l.text);

  it('reads the repeated header as a row of its own, not into the row before it', () => {
    expect(lines.find((l) => l.startsWith('| 20.'))).toMatch(/^\| 20\.逐步实现政务信息共享共用 \| 区智慧岛服务管理中心 \| 区直有关单位，各乡镇人民政府 \| 贯彻落实[^|]*不再向公众重复采集。 ?\|? ?2018年12月底前 \|/);
    expect(lines.find((l) => l.startsWith('| 20.'))).not.toContain('工作任务');
    expect(lines.find((l) => l.startsWith('| 29.'))).toMatch(/^\| 29\.提高政府网站管理服务水平 \| 区管委会办公室 \|/);
  });
});

// 平潭 2021 and 2018 政务公开 分解表 with a 序号 column, the item numbers moved into it (序号 | 工作任务 | 工作要求 | 牵头单位 | …, as
// many plans of the family print it), written as the archive's page.txt: bare serials run into the text, the 工作任务 of the
// header printed as heading rows across the table, the serials skipping where the page left items out (（十一）…条例37贯彻…,
// （四）…标准化规范化29及时…).
describe('a 序号 column before two text columns, run together as page.txt (平潭 2021, 2018 分解表 with 序号)', () => {
  const read = (name: string) => importPageTxt(withSerialColumn(readFileSync(new URL(`./corpus/${name}.html`, import.meta.url), 'utf8')), '政务公开工作主要任务分解表').roles;

  it('reads each serial’s row under the header’s columns, where the serials skip one the table left out', () => {
    const roles = read('fj-pingtan-2021-zwgk');
    expect(roles('归集整理和主动公开历史规划')).toEqual([
      'lead:区经济发展局',
      ...['区直有关单位', '各区属事业单位', '各片区管理局', '各乡镇人民政府（街道办事处）'].map((u) => `participate:${u}`),
    ]);
    expect(roles('深化地方政府债务信息公开')).toEqual(['lead:区财政金融局']);
    expect(roles('及时完善基层政务公开市级标准指引')).toEqual(['responsible:区直各单位']);
  });

  it('starts a row at a serial that skips right after a heading', () => {
    expect(read('fj-pingtan-2018-zwgk-renwu-fenjie')('贯彻落实新修订的《中华人民共和国政府信息公开条例》')).toEqual([
      'lead:区管委会办公室',
      'responsible:区直有关单位',
      'responsible:各乡镇人民政府',
    ]);
  });
});

// 平潭 2022 政务公开 分解表 (工作任务 | 工作要求 | 牵头单位 | 配合/责任单位, the 工作任务 cell merged down its rows) with a 序号 column,
// as page.txt: the serial, the task's title and the row's first requirement run together (1一、加强涉及市场主体的信息公开增强政策
// 制定…). The title ends where the words say it does (…公开 | 增强…), the heading a line of its own before the row.
describe('a task title glued between the serial and the text (平潭 2022 分解表 with 序号, as page.txt)', () => {
  const read = importPageTxt(withSerialColumn(readFileSync(new URL('./corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html', import.meta.url), 'utf8')), '2022年全区政务公开工作主要任务分解表');

  it('reads the title as the heading and the rest as the requirement, with its units', () => {
    expect(read.headings).toEqual(expect.arrayContaining(['加强涉及市场主体的信息公开', '加强涉及扩大有效投资的信息公开', '持续做好疫情防控信息公开']));
    const all = ['区直各有关单位', '各区属事业单位', '各片区管理局', '各乡镇人民政府（街道办事处）'];
    expect(read.roles('增强政策制定实施的透明度和可预期性')).toEqual(all.map((u) => `responsible:${u}`));
    expect(read.roles('依法依规做好扩大有效投资相关规划')).toEqual(['lead:区经济发展局', ...all.map((u) => `participate:${u}`)]);
    expect(read.roles('严格执行疫情防控信息发布各项制度')).toEqual(['lead:区社会事业局', ...all.map((u) => `participate:${u}`)]);
  });

  it('leaves a title glued where the words do not say where it ends', () => {
    // …减税降费的信息公开 | 系统集成…: 系统 opens no requirement in the corpus, so the heading stays in the row's text.
    expect(read.headings).not.toContain('加强涉及减税降费的信息公开');
  });
});

// 宁波 2014 民生实事 进展 (tests/importer/corpus/pj-zhejiang-ningbo-2014-minsheng-shishi-jinzhan.txt), a newspaper's text on one
// line with single spaces between its fields: a units label's names, then a space and words that name nobody (项目责任人:…,
// 实际完成情况:…, a table of districts' figures): the names end at the space, as the page's own field does.
describe('a units label’s names ending at a space before words that name nobody (宁波 2014 民生实事)', () => {
  const file = new URL('./corpus/pj-zhejiang-ningbo-2014-minsheng-shishi-jinzhan.txt', import.meta.url);
  const lines = runOnLines(file);

  it('ends the names at the space', () => {
    expect(lines).toContain('责任单位:市公安局');
    expect(lines).toContain('配合单位:市公安局、市城管局,各区政府');
    expect(lines.some((l) => l.startsWith('实际完成情况:中心设备调试'))).toBe(true);
  });
});

// 福建 2017 政务公开 分解表 (tests/importer/corpus/fj-fujian-2017-zwgk.html) written with a line break between its cells, as a page
// whose HTML has them, then as the archive's page.txt: the cells a space apart, an empty 牵头单位 cell nothing (…涉及范围
// 省直各部门，各设区市，平潭综合实验区 通过新闻发布会…), so the row has a cell fewer than the header.
describe('a row a space apart with an empty cell left out (福建 2017 分解表, line breaks between cells, as page.txt)', () => {
  const { text, roles } = importPageTxt(withBreaksBetweenTags(readFileSync(new URL('./corpus/fj-fujian-2017-zwgk.html', import.meta.url), 'utf8'), 'cells'), '2017年政务公开工作主要任务分解表');

  it('puts a list written with ，in the 责任单位 column', () => {
    expect(text).toContain('涉及范围 省直各部门，各设区市，平潭综合实验区 通过新闻发布会');
    expect(roles('深入解读政策背景')).toEqual(['responsible:省直各部门', 'responsible:各设区市', 'responsible:平潭综合实验区']);
    expect(roles('公开降低企业成本各项政策措施')).toEqual(['responsible:省直有关部门', 'responsible:各设区市', 'responsible:平潭综合实验区']);
  });
});

// 平潭 2018 政务公开 分解表 (tests/importer/corpus/fj-pingtan-2018-zwgk-renwu-fenjie.html) written with line breaks between its
// cells and the paragraphs inside them, as page.txt: a 牵头单位 cell of several paragraphs leaves spaces inside it (…信息公开
// 区经发局、 重点办 区直有关单位，…; …管理机制 区行政审批局 智慧岛服务管理中心 行政服务中心 区直有关单位，…).
describe('a lead cell of several paragraphs a space apart (平潭 2018 分解表, line breaks between paragraphs, as page.txt)', () => {
  const { text, roles } = importPageTxt(withBreaksBetweenTags(readFileSync(new URL('./corpus/fj-pingtan-2018-zwgk-renwu-fenjie.html', import.meta.url), 'utf8'), 'paragraphs'), '2018年政务公开工作任务分解表');

  it('reads the names before the last list as the lead cell', () => {
    expect(text).toContain('区经发局、 重点办 区直有关单位');
    expect(roles('推进重大建设项目批准和实施领域')).toEqual(['lead:区经发局', 'lead:重点办', 'responsible:区直有关单位', 'responsible:各乡镇人民政府']);
    expect(roles('完善实体政务大厅管理机制')).toEqual(['lead:区行政审批局', 'lead:智慧岛服务管理中心', 'lead:行政服务中心', 'responsible:区直有关单位', 'responsible:各乡镇人民政府']);
  });
});

// 平潭 2017 专利 分解表 (tests/importer/corpus/fj-pingtan-2017-zhuanli-renwu-fenjie.html: 工作措施 | 工作目标 | 具体内容 | 进度安排 |
// 负责部门 | 绩效指标) written with line breaks between its cells, as page.txt: the 进度安排 cell's paragraphs are a space apart
// too (第二季度：… 第三季度：… 第四季度：…), so a row has more cells than the header; its units are the cell before the last.
// The same page's own page.txt (cells glued, the header glued) keeps reading as it did (tests/importer/corpus, 13/13).
describe('a text cell of several paragraphs before the one units column (平潭 2017 专利 分解表, breaks between cells)', () => {
  const { text, roles } = importPageTxt(withBreaksBetweenTags(readFileSync(new URL('./corpus/fj-pingtan-2017-zhuanli-renwu-fenjie.html', import.meta.url), 'utf8'), 'cells'), '2017年专利事业发展战略推进工作任务分解表');

  it('reads the cell before the 绩效指标 as the units', () => {
    expect(text).toContain('第四季度：进行工作总结。 知识产权处 完成相关专利政策的制定、修订工作。');
    expect(roles('推动制定与知识产权强国建设配套的专利政策')).toEqual(['responsible:知识产权处']);
    expect(roles('完善专利权保护制度')).toEqual(['responsible:知识产权处']);
  });
});

// 平潭 2021 政务公开 分解表 (tests/importer/corpus/fj-pingtan-2021-zwgk.html) written with line breaks between its cells, as
// page.txt: a row with its 工作要求 cell empty and a 牵头单位 cell of two paragraphs (…举措。 区经济发展局 区市场监督管理局
// 区直有关单位，…) has as many cells as the header, but names where the 工作要求 stands.
describe('names in the text column before the units, the lead cell of two paragraphs (平潭 2021 分解表, breaks between cells)', () => {
  const { text, roles } = importPageTxt(withBreaksBetweenTags(readFileSync(new URL('./corpus/fj-pingtan-2021-zwgk.html', import.meta.url), 'utf8'), 'cells'), '2021年政务公开工作主要任务分解表');

  it('reads a row with its 配合/责任单位 cell empty under two text columns, a space before 、 inside its text', () => {
    // 8.深化地方政府债务信息公开。 定期公开地方政府债务限额 、余额 、发行 、…相关信息 区财政金融局 9.…: three cells, the names the lead's.
    expect(text).toContain('债务限额 、余额 、发行 、存续期 、重大事项等相关信息 区财政金融局 9.');
    expect(roles('深化地方政府债务信息公开')).toEqual(['lead:区财政金融局']);
  });

  it('reads both names as the lead cell', () => {
    expect(text).toContain('举措。 区经济发展局 区市场监督管理局 区直有关单位');
    expect(roles('及时公开建设高标准市场体系')).toEqual(['lead:区经济发展局', 'lead:区市场监督管理局', ...['区直有关单位', '各片区管理局', '各乡镇人民政府（街道办事处）'].map((u) => `participate:${u}`)]);
  });
});

// 平潭 2021 政务公开 分解表 (tests/importer/corpus/fj-pingtan-2021-zwgk.html) written with line breaks between its cells and the
// paragraphs inside them, as page.txt: two text cells, then a 牵头单位 cell of two paragraphs and the 配合/责任单位 list (…集中展示。
// 区经济发展局 区自然资源与生态环境局 区直有关单位，…).
describe('a lead cell of two paragraphs after two text cells (平潭 2021 分解表, breaks between paragraphs, as page.txt)', () => {
  const { text, roles } = importPageTxt(withBreaksBetweenTags(readFileSync(new URL('./corpus/fj-pingtan-2021-zwgk.html', import.meta.url), 'utf8'), 'paragraphs'), '2021年政务公开工作主要任务分解表');

  it('reads the names before the list as the lead cell', () => {
    expect(text).toContain('集中展示。 区经济发展局 区自然资源与生态环境局 区直有关单位');
    expect(roles('主动公开“十四五”规划纲要')).toEqual(['lead:区经济发展局', 'lead:区自然资源与生态环境局', ...['区直有关单位', '各区属事业单位', '各片区管理局', '各乡镇人民政府（街道办事处）'].map((u) => `participate:${u}`)]);
  });
});

// 平潭 2016 粮食安全考核 and 2015 不动产登记 (tests/importer/corpus/fj-pingtan-2016-liangshi-kaohe.html,
// fj-pingtan-2015-budongchan.html) as the archive's page.txt file holds them (archivePageFile: its header lines, then the
// article on one line): the notice's 文号, 主送 line and signature with its date stand inside the run-on line, a space apart
// (…QQ空间 岚综管办〔2016〕97号 平潭…的通知 区直各单位，…：《…》… 平潭综合实验区管委会办公室 2016年5月17日平潭…) or glued
// (…QQ空间 岚综管办〔2015〕113号平潭…的通知区直各单位，…：经…。平潭综合实验区管委会办公室2015年6月12日平潭…).
describe('the notice’s facts inside a run-on page.txt (平潭 2016 粮食安全考核, 2015 不动产登记)', () => {
  const read = (name: string) =>
    importPlan(archivePageFile(readFileSync(new URL(`./corpus/${name}.html`, import.meta.url), 'utf8')), { sourceFile: 'page.txt', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) }).entry;

  it('reads the 文号, the date under the signature and the title', () => {
    const spaced = read('fj-pingtan-2016-liangshi-kaohe');
    expect(spaced.docNumber).toBe('岚综管办〔2016〕97号');
    expect(spaced.issuedOn).toBe('2016-05-17');
    expect(spaced.title).toBe('平潭综合实验区管委会办公室关于印发平潭综合实验区落实粮食安全省长责任制考核办法的通知');
    const glued = read('fj-pingtan-2015-budongchan');
    expect(glued.docNumber).toBe('岚综管办〔2015〕113号');
    expect(glued.issuedOn).toBe('2015-06-12');
    expect(glued.recipients).toEqual(['区直各单位', '各片区开发管理局', '各乡镇人民政府']);
  });
});

// 苏平 2020 大招商 (tests/importer/corpus/fj-pingtan-2020-suping-dazhaoshang.html) as page.txt: a task's number then a space
// (（二） 宣传推介阶段…) right after the units label of the item before (…责任处室：党政办公室（二） 宣传…): the task keeps its title.
describe('a task number a space before its title, after a units label (苏平 2020 大招商 as page.txt)', () => {
  it('does not cut the task from its title', () => {
    const lines = pageTxtLines(new URL('./corpus/fj-pingtan-2020-suping-dazhaoshang.html', import.meta.url), '关于印发《苏平片区2020年“大招商”行动方案》的通知');
    expect(lines).not.toContain('（二）');
    expect(lines.some((l) => /^（二）\s?宣传推介阶段/.test(l))).toBe(true);
  });
});

// 平潭 2022 政务公开 分解表 (tests/importer/corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html) as page.txt: the site's words after the
// article end with the attachment's file name (…来源：平潭综合实验区管委会办公室 附件下载 关于印发…的通知.pdf).
describe('the page’s footer with an attachment’s file name after the last row (平潭 2022 分解表 as page.txt)', () => {
  it('puts the footer on a line of its own', () => {
    const lines = pageTxtLines(new URL('./corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html', import.meta.url), '2022年全区政务公开工作主要任务分解表');
    expect(lines.at(-1)).toBe('来源：平潭综合实验区管委会办公室 附件下载 关于印发2022年全区政务公开工作主要任务分解表的通知.pdf');
    // (The last row's names after the space that stands for its empty 牵头单位 cell: the next column's, that cell a mark.)
    expect(lines.slice(-4, -1).map((l) => l.slice(0, 16))).toEqual(['18.各政府信息公开工作部门要加', '—', '政府信息公开工作部门']);
  });
});

// 平潭 2016 粮食安全 考核表 (tests/importer/corpus/fj-pingtan-2016-liangshi-kaohe.html) as the archive writes its page.txt: each
// indicator closed by its score, the units glued after it (1.耕地保有量；基本农田保护面积(6分)区环境与国土资源局区农村发展局（农业处）).
// The score ends the text; a ； inside the indicator does not.
describe('a 考核表 indicator closed by its score, the units after it (平潭 2016 粮食安全 考核表, as page.txt)', () => {
  const entry = importPlan(archivePageFile(readFileSync(new URL('./corpus/fj-pingtan-2016-liangshi-kaohe.html', import.meta.url), 'utf8')), { sourceFile: 'page.txt', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) }).entry;
  const requirements = entry.sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]);
  const names = (start: string) => requirements.find((r) => r.text.startsWith(start))?.units.map((u) => u.name);

  it('keeps the indicator whole, its score the end of its text', () => {
    expect(requirements.some((r) => r.text.startsWith('耕地保有量；基本农田保护面积(6分)'))).toBe(true);
    expect(names('耕地质量保护与提升；耕地质量监测网络(4分)')).toEqual(['区农村发展局（农业处）', '区环境与国土资源局']);
    expect(names('粮食种植面积；粮食总产量(3分)')).toEqual(['区经济发展局（统计局）', '区经济社会调查队', '区农村发展局（农业处）']);
  });
});

// 平潭 2017 法治政府建设重点工作安排 (tests/importer/corpus/fj-pingtan-2017-fazhi-zhengfu-zhongdian-gongzuo-pagetxt.txt), the
// archive's page.txt: the notice's own points 一、–四、, then the plan after a colon (…现将重点工作作如下安排：一、依法全面履行政府
// 职能（一）…): its 一、 starts the sections again, so 二、 三、 end the items before them (…按职责分别负责。二、完善…).
describe('the plan’s sections restarting after a colon (平潭 2017 法治政府 page.txt)', () => {
  const file = new URL('./corpus/fj-pingtan-2017-fazhi-zhengfu-zhongdian-gongzuo-pagetxt.txt', import.meta.url);
  const lines = runOnLines(file);

  it('cuts each section heading from the units before it', () => {
    expect(lines).toContain('二、完善依法行政制度体系');
    expect(lines).toContain('三、推进行政决策科学化、民主化、法治化');
    expect(lines.some((l) => /按职责分别负责。?[二三四]、/.test(l))).toBe(false);
  });
});

// 平潭 2017 餐桌污染 工作方案 (tests/importer/corpus/fj-pingtan-2017-canzhuo-wuran-shipin-fangxin-pagetxt.txt), the archive's
// page.txt: items 1. over sub-items （1） （2） and ① ②, each closed by a bare bracket of units, all on one line.
describe('sub-items （1） and ① run together (平潭 2017 餐桌污染 page.txt)', () => {
  const file = new URL('./corpus/fj-pingtan-2017-canzhuo-wuran-shipin-fangxin-pagetxt.txt', import.meta.url);
  const lines = runOnLines(file);

  it('starts a line at each sub-item, its units bracket closing it', () => {
    expect(lines.some((l) => l.startsWith('1.加强产地环境保护') && !l.includes('（1）'))).toBe(true);
    expect(lines.find((l) => l.startsWith('（1）做好产地环境基础工作'))).toMatch(/（区环境与国土资源局、农村发展局）$/);
    expect(lines.find((l) => l.startsWith('（2）开展专项治理'))).toMatch(/（区环境与国土资源局、农村发展局）$/);
    expect(lines.find((l) => l.startsWith('②“瘦肉精”专项整治'))).toMatch(/（区农村发展局）$/);
  });
});

// 池州 2017 营商环境 (tests/importer/corpus/pe-anhui-chizhou-2017-yingshang.txt): a paragraph of sub-items (1) (2) (3), one of them
// quoting “多证合一、一照一码”: the 一、 inside the quotation is no section.
describe('a section number inside a quotation (池州 2017 营商环境)', () => {
  const file = new URL('./corpus/pe-anhui-chizhou-2017-yingshang.txt', import.meta.url);
  const lines = runOnLines(file);

  it('keeps the quotation whole', () => {
    expect(lines.some((l) => l.startsWith('(1)全面落实“多证合一、一照一码”改革。'))).toBe(true);
    expect(lines.some((l) => l.startsWith('一、一照一码'))).toBe(false);
  });
});

// 平潭 2022 种业知识产权保护 (tests/importer/corpus/fj-pingtan-2022-zhongye-zhishichanquan-baohu-pagetxt.txt): a units bracket
// with a space inside it before its label (…接受社会监督。( 责任单位：区农业农村局、…按职责分工负责)): one bracket, not “(” and a label.
describe('a space between a bracket and its units label (平潭 2022 种业 page.txt)', () => {
  const file = new URL('./corpus/fj-pingtan-2022-zhongye-zhishichanquan-baohu-pagetxt.txt', import.meta.url);
  const lines = runOnLines(file);

  it('keeps the bracket whole', () => {
    expect(lines).not.toContain('(');
    expect(lines.some((l) => l.startsWith('( 责任单位：区农业农村局、公安局、市场监管局、通管办'))).toBe(true);
  });
});

// 广州 2023 家庭医生签约服务 (tests/importer/corpus/pn-guangdong-guangzhou-2023-jiating-yisheng-fengong.html), its text on one line
// as text copied from a browser is (the page's lines run together, cells a space apart): the 实施方案's heading and its
// paragraph glued (…制定本实施方案。一、主要目标围绕“扩面、提质、增效”…), in a page whose 任务分工表 has a task and a text column.
describe('a heading’s title glued to its paragraph on a page with a task column (广州 2023 家庭医生, run on)', () => {
  it('cuts the paragraph from the heading where the words say the title ends', async () => {
    const source = await readSource(fileURLToPath(new URL('./corpus/pn-guangdong-guangzhou-2023-jiating-yisheng-fengong.html', import.meta.url)));
    const text = source.document.lines.map((l) => (l.cells ? l.cells.map((c) => c.text.replace(/\n/g, '')).join(' ') : l.text)).join('');
    const lines = splitRunOnLines(textToDocument(`标题: 家庭医生签约服务\n==================== 正文 ====================\n${text}`), new Report()).lines.map((l) => l.text);
    expect(lines).toContain('一、主要目标');
    expect(lines.some((l) => l.startsWith('围绕“扩面、提质、增效”的总体要求'))).toBe(true);
  });
});

// 平潭 2014 消防工作考核 责任分工细则, the archive's page.txt (tests/importer/corpus): 项目 | 子项 | 分项 | 考核标准 | 落实措施 | 责任单位
// run together a space apart; the 项目 and 子项 cells span their items, so a group's titles and scores (消防宣传教育培训 （10分）)
// stand after the units of the item before it.
describe('a 考核表 run together whose next group stands after a row\'s units (平潭 2014 消防 page.txt)', () => {
  const lines = runOnLines(new URL('./corpus/fj-pingtan-2014-xiaofang-kaohe-yingjian-pagetxt.txt', import.meta.url));
  const after = (start: string) => lines.slice(lines.findIndex((l) => l.startsWith(start)) + 1).slice(0, 2);

  it('ends the row at its units and puts the next group on a line of its own', () => {
    expect(after('12、新闻媒体安排专门时段')).toEqual(['宣传、广播电视部门', '消防宣传教育培训 （10分）']);
    expect(after('16、政府将消防科学技术研究')).toEqual(['科学技术部门', '公共消防设施（6分）']);
    expect(after('15、开展各行业、各领域')).toEqual(['住建、安监、公安部门', '消防安全基础 30分 消防科研和信息化（5分）']);
  });
});

// 平潭 2016 市场监督管理局 十三五 纲要 任务分工表, the archive's page.txt (tests/importer/corpus): the bureau's share of the 区
// plan keeps the 区 plan's numbers (4. 10. 17. … 122.), each item closed by 牵头单位：… 参加单位：… 责任处室：…, the next
// item's number or the next heading (（七） 九、) glued to the last office's name.
describe("a run-on plan that keeps the numbers of the plan it comes from (平潭 2016 十三五 分工表 page.txt)", () => {
  const lines = runOnLines(new URL('./corpus/fj-pingtan-2016-shisanwu-gangyao-shijianju-fengong-pagetxt.txt', import.meta.url));

  it('cuts at each number that jumps after an item\'s units', () => {
    for (const start of ['4.推动医疗生技产业园建设', '10.引进台湾经贸', '17.加强与台湾水产加工', '25.加快发展家庭服务业']) expect(lines.some((l) => l.startsWith(start))).toBe(true);
    expect(lines.some((l) => /责任处室：药械处10\./.test(l))).toBe(false);
  });

  it('cuts at a heading whose number jumps after the last office\'s name', () => {
    expect(lines).toContain('九、强化要素市场管理');
    expect(lines.some((l) => /消保处九、/.test(l))).toBe(false);
  });
});

// 苏平 2023 自建房安全专项整治 (the archive's page.txt, tests/importer/corpus): sub-items （1） （2） （3）, each closed by its
// labels, the next sub-item's number glued to the last name (…责任单位：各村及包村工作队（2）经营安全性排查).
describe('a sub-item glued to the last name of the labels before it (苏平 2023 自建房 page.txt)', () => {
  const lines = runOnLines(new URL('./corpus/fj-pingtan-2023-suping-zijianfang-anquan-zhengzhi-pagetxt.txt', import.meta.url));

  it('starts the sub-item on a line of its own', () => {
    expect(lines).toContain('牵头单位：交通与建设处责任单位：各村及包村工作队');
    expect(lines.some((l) => l.startsWith('（2）经营安全性排查。'))).toBe(true);
  });
});

// Where the archive's page.txt (tests/importer/corpus) starts a part, each case a habit of the pages run together: the file,
// whole lines the cut must give, lines that must open with given words, and words no line may hold (a part run into the next).
const corpusText = (name: string) => new URL(`./corpus/${name}.txt`, import.meta.url);
describe.each([
  // 苏平 2020 创城: an item's bare title, then clauses 一是, 二是 … each closed by its own labels; 处置 ends no office.
  ['an item\'s clauses 一是, 二是 … each with its labels (苏平 2020 创城)', 'fj-pingtan-2020-suping-chuangcheng-changxiao-jizhi-pagetxt', ['4.实施街容街貌提升工程。'], ['一是规范占道经营。', '二是加大建筑垃圾处置力度。'], /平潭市政园林有限公司\s*二是/],
  // 平潭 2017 建筑垃圾: an item number in full-width digits glued to the last name (…市政园林公司８.注重源头治理).
  ['a full-width item number (平潭 2017 建筑垃圾)', 'fj-pingtan-2017-jianzhu-laji-ziyuanhua-pagetxt', [], ['８.注重源头治理。'], /市政园林公司８/],
  // 平潭 2017 节能减排: a heading without sub-items whose paragraph its own labels close (五、大力发展循环经济 加强…。 牵头单位：…).
  ['a heading\'s own labelled paragraph (平潭 2017 节能减排)', 'fj-pingtan-2017-jieneng-jianpai-zonghe-gongzuo-pagetxt', ['五、大力发展循环经济'], ['加强城市废弃物规范有序处理，'], /循环经济\s*加强城市废弃物/],
  // 平潭 2015 安全生产诚信: duty sentences run together, the unit as subject, not all with 负责 (…诚信体系。区经济发展局（商务）建立…).
  ['duty sentences with the unit as subject (平潭 2015 安全生产诚信)', 'fj-pingtan-2015-anquan-chengxin-pagetxt', [], ['区经济发展局（商务）建立商场', '区公安局（烟花办）建立烟花爆竹', '区经济发展局（旅游）负责建立'], /诚信体系。区经济发展局（商务）/],
  // 市场监管局 2016 三减: 序号 | 配合工作 | 牵头处室, the next serial after a units cell where the text opens with 台, 家 or a digit.
  ['a serial table run together (市场监管局 2016 三减)', 'fj-pingtan-2016-sanjian-fengong-qiantou-chushi-pagetxt', ['序号', '配合工作', '牵头处室', '2', '23', '29'], ['台商直通车', '1+X专项督查', '家政服务业补短板'], /市场规范处231/],
  // 平潭 2020 基层政务公开: a count after a name (…各片区管理局26个试点领域…) is no serial.
  ['a count after a name (平潭 2020 基层政务公开)', 'fj-pingtan-2020-jiceng-zwgk-biaozhunhua-pagetxt', ['2020年12月底前'], [], /^6个试点领域/],
] as const)('where a part starts: %s', (_, name, whole, starts, never) => {
  const lines = runOnLines(corpusText(name));

  it('starts each part on a line of its own', () => {
    for (const line of whole) expect(lines, line).toContain(line);
    for (const start of starts) expect(lines.some((l) => l.startsWith(start)), start).toBe(true);
  });

  it('runs no part into the next', () => expect(lines.filter((l) => never.test(l))).toEqual([]));
});

// 平潭 2015 土地流转 (a corpus page written as the archive's page.txt writes it: archivePageFile): the last part's units
// bracket, then the signature run together with its date.
describe('the last units bracket before the signature of a run-on page (平潭 2015 土地流转 as page.txt)', () => {
  const lines = pageTxtLines(new URL('./corpus/fj-pingtan-2015-tudi-liuzhuan.html', import.meta.url), '平潭综合实验区管委会关于引导农村土地经营权有序流转发展农业适度规模经营的实施意见');

  it('puts the bracket on a line of its own, so it closes the part before it and not the signature', () => {
    expect(lines).toContain('（责任单位：社会事业局、经济发展局、乡镇人民政府）');
    expect(lines.some((l) => l.startsWith('平潭综合实验区管委会2015年2月24日'))).toBe(true);
  });
});

// 平潭 2022 政务公开 分解表 as the archive's page.txt writes it: the cells run together, an empty 牵头单位 cell a space
// (…各项制度规定。 政府信息公开工作部门), the page's 来源 line and attachment after the table.
describe('an empty lead cell written as a space in a table whose cells run together (平潭 2022 政务公开, page.txt)', () => {
  const html = readFileSync(new URL('./corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html', import.meta.url), 'utf8');
  it('reads the names after the space as the next column\'s: responsible, there being no lead', () => {
    const { text, roles } = importPageTxt(html, '2022年全区政务公开工作主要任务分解表');
    expect(text).toContain('同时方便社会公众全面了解各项制度规定。 政府信息公开工作部门');
    expect(roles('各政府信息公开工作部门要加强统筹')).toEqual(['responsible:政府信息公开工作部门']);
    expect(roles('加强政策宣讲和推送工作')?.slice(0, 2)).toEqual(['lead:区社会事业局', 'participate:区直各有关单位']);
  });
});

// 福建 2017 and 平潭 2021 政务公开 分解表 (tests/importer/corpus/fj-fujian-2017-zwgk.html, fj-pingtan-2021-zwgk.html) with their
// columns in the other order each uses (withCellsInOrder), as the archive's page.txt writes them: the cells run together.
describe('a 分解表 with its 工作要求 before the units, and one with it after (福建 2017, 平潭 2021 as page.txt)', () => {
  it('gives an item with no names after its sentence the units of the row above, as merged cells (福建 2017, 19. under 18.)', () => {
    const html = withCellsInOrder(readFileSync(new URL('./corpus/fj-fujian-2017-zwgk.html', import.meta.url), 'utf8'), [0, 3, 1, 2]);
    const { text, roles } = importPageTxt(html, '2017年政务公开工作主要任务分解表');
    expect(text).toContain('实现信息共享。省国资委各设区市，平潭综合实验区19.依法依规公开国有企业生产经营情况');
    expect(roles('依法依规公开国有企业')).toEqual(['lead:省国资委', 'responsible:各设区市', 'responsible:平潭综合实验区']);
    // Not across a heading: 20. has its own, and 21., 22. after it take 20.'s.
    expect(roles('加大强农惠农政策公开')).toEqual(['lead:省农业厅', 'responsible:各设区市', 'responsible:平潭综合实验区']);
  });
  it('takes the header repeated at a page break off the end of the row it ran onto (平潭 2018)', () => {
    const html = withCellsInOrder(readFileSync(new URL('./corpus/fj-pingtan-2018-zwgk-renwu-fenjie.html', import.meta.url), 'utf8'), [0, 3, 1, 2]);
    const { text, roles } = importPageTxt(html, '2018年政务公开工作主要任务分解表');
    expect(text).toMatch(/区智慧岛服务管理中心区直有关单位，各乡镇人民政府工作任务工\s*作\s*要\s*求牵头单位责任单位/);
    expect(roles('逐步实现政务信息共享共用')).toEqual(['lead:区智慧岛服务管理中心', 'responsible:区直有关单位', 'responsible:各乡镇人民政府']);
  });
  it('parts a lead cell of two names run together from the next cell at the space between them (平潭 2021)', () => {
    const html = withCellsInOrder(readFileSync(new URL('./corpus/fj-pingtan-2021-zwgk.html', import.meta.url), 'utf8'), [0, 2, 3, 1]);
    const { text, roles } = importPageTxt(html, '2021年政务公开工作主要任务分解表');
    expect(text).toContain('区经济发展局区自然资源与生态环境局 区直有关单位');
    expect(roles('主动公开“十四五”规划纲要')?.slice(0, 3)).toEqual(['lead:区经济发展局', 'lead:区自然资源与生态环境局', 'participate:区直有关单位']);
    // An empty 牵头单位 cell, its space after the item's full stop: the list is the next column's, responsible.
    expect(text).toContain('16.创新解读形式。 区直各单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）善于运用');
    expect(roles('创新解读形式')?.[0]).toBe('responsible:区直各单位');
    // An empty 配合/责任单位 cell, its space after the list glued to the item: the list leads.
    expect(roles('持续加强基层政府信息')).toEqual(['lead:区行政服务中心', 'lead:各片区管理局', 'lead:各乡镇人民政府（街道办事处）']);
  });
  it('reads each item with the names before it where the 工作要求 column follows the units (平潭 2022, its headings ending in names)', () => {
    // 工作任务 | 牵头单位 | 配合/责任单位 | 工作要求: each part ends with the next row's names (…营商环境。 区直各有关单位，…2.加大…).
    const html = withCellsInOrder(readFileSync(new URL('./corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html', import.meta.url), 'utf8'), [0, 2, 3, 1]);
    const { text, roles } = importPageTxt(html, '2022年全区政务公开工作主要任务分解表');
    expect(text).toContain('工作任务牵头单位配合/责任单位工作要求一、加强涉及市场主体的信息公开 区直各有关单位');
    expect(text).toContain('消费恢复。区经济发展局区行政审批局区直各有关单位');
    // The space after the heading is the empty 牵头单位 cell: the list is responsible.
    expect(roles('增强政策制定实施的透明度')?.[0]).toBe('responsible:区直各有关单位');
    expect(roles('加大受疫情影响重的餐饮')?.[0]).toBe('responsible:区直各有关单位');
    expect(roles('建立市场主体反映投资')?.slice(0, 3)).toEqual(['lead:区经济发展局', 'lead:区行政审批局', 'participate:区直各有关单位']);
    // A heading's names glued to its title go to the item after it (二、…信息公开区财政金融局区直…5.系统集成…).
    expect(roles('系统集成、智能推送')?.slice(0, 2)).toEqual(['lead:区财政金融局', 'participate:区直各有关单位']);
    // The heading's cell repeated at a page break after 12. is left out; its names are 13.'s.
    expect(text).toContain('相关群体。五、强化稳就业保就业信息公开区社会事业局');
    expect(roles('加大减负稳岗扩就业')?.slice(0, 2)).toEqual(['lead:区社会事业局', 'participate:区直各有关单位']);
    expect(roles('各政府信息公开工作部门要加强统筹')).toEqual(['responsible:政府信息公开工作部门']);
  });
  it('reads a units cell a merge left out of a row as the one above it, where the table merges every run of equal cells (福建 2017)', () => {
    // Each units column's runs of equal cells merged (withUnitsMerged): 各设区市，平潭综合实验区 once down a task, 省发改委 over 10. and 11.
    const html = withUnitsMerged(readFileSync(new URL('./corpus/fj-fujian-2017-zwgk.html', import.meta.url), 'utf8'));
    const { text, roles } = importPageTxt(html, '2017年政务公开工作主要任务分解表');
    expect(text).toContain('6.集中展示行政事业性收费和政府性基金目录清单省财政厅省物价局实行收费项目清单管理');
    expect(text).toContain('11.推进公共资源配置信息公开各设区市，平潭综合实验区加大公共资源配置领域信息公开力度');
    // Offices run together are the lead's; the 责任单位 merged from 5. above.
    expect(roles('集中展示行政事业性收费')).toEqual(['lead:省财政厅', 'lead:省物价局', 'responsible:各设区市', 'responsible:平潭综合实验区']);
    // The list is the 责任单位's; the 牵头单位 merged from 10.
    expect(roles('推进公共资源配置信息公开')).toEqual(['lead:省发改委', 'responsible:各设区市', 'responsible:平潭综合实验区']);
    // As on the page: where no run merges, nothing is filled (the same table as printed).
    const plain = importPageTxt(readFileSync(new URL('./corpus/fj-fujian-2017-zwgk.html', import.meta.url), 'utf8'), '2017年政务公开工作主要任务分解表');
    expect(plain.roles('公开降低企业成本各项政策')).toEqual(['responsible:省直有关部门', 'responsible:各设区市', 'responsible:平潭综合实验区']);
  });
  it('reads the later units cells of a row that names only its lead as merged with the row above (平潭 2021, its 工作要求 before the units)', () => {
    // The tuned-on 平潭 2021 分解表 with its units columns' runs merged: 区直有关单位，… written once down task (一), so 2.
    // prints its 牵头单位 alone, glued to its text and to 3., and 3. prints nothing.
    const html = withUnitsMerged(readFileSync(new URL('./corpus/fj-pingtan-2021-zwgk.html', import.meta.url), 'utf8'));
    const { text, roles } = importPageTxt(html, '2021年政务公开工作主要任务分解表');
    expect(text).toContain('政府信息公开专栏集中发布。区经济发展局3.做好规划信息数据互联互通。');
    const merged = ['participate:区直有关单位', 'participate:各区属事业单位', 'participate:各片区管理局', 'participate:各乡镇人民政府（街道办事处）'];
    expect(roles('归集整理和主动公开历史规划')).toEqual(['lead:区经济发展局', ...merged]);
    expect(roles('做好规划信息数据互联互通')).toEqual(['lead:区经济发展局', ...merged]);
  });
  it('places a lone units list by the column its names stand in on full rows, and a space in a row without units as one empty cell (平潭 2018)', () => {
    // The tuned-on 平潭 2018 分解表 with its units columns' runs merged: the 责任单位 区直有关单位，各乡镇人民政府 is written
    // once down each task, so most rows print their 牵头单位 alone, a list with 、 as the leads of this table are.
    const html = withUnitsMerged(readFileSync(new URL('./corpus/fj-pingtan-2018-zwgk-renwu-fenjie.html', import.meta.url), 'utf8'));
    const { text, roles } = importPageTxt(html, '2018年政务公开工作主要任务分解表');
    const merged = ['responsible:区直有关单位', 'responsible:各乡镇人民政府'];
    expect(text).toContain('5.推动全面实施“双随机、一公开”监管区市场监管局、行政审批局要制定');
    expect(roles('推动全面实施“双随机')).toEqual(['lead:区市场监管局', 'lead:行政审批局', ...merged]);
    expect(roles('推进重大建设项目批准')).toEqual(['lead:区经发局', 'lead:重点办', ...merged]);
    expect(roles('推动信息同源管理')).toEqual(['lead:区行政审批局', 'lead:智慧岛服务管理中心', 'lead:行政服务中心', ...merged]);
    // The space page.txt writes for the empty 牵头单位 (4.…结果公开 对于…): no lead is filled from the row above.
    expect(text).toContain('4.推动人大代表建议和政协委员提案办理结果公开 对于');
    expect(roles('推动人大代表建议')).toEqual(merged);
    expect(roles('落实主要领导')).toEqual(merged);
    // A name inside a document's title is no units cell (贯彻落实《福建省人民政府办公厅转发…》).
    expect(roles('推进社会公益事业建设')).toEqual(merged);
  });
  it('merges each units column\'s runs of equal cells, not across a heading row (withUnitsMerged)', () => {
    const html = '<table><tr><td>工作任务</td><td>牵头单位</td><td>责任单位</td></tr><tr><td>1.甲</td><td>省财政厅</td><td>各设区市</td></tr><tr><td>2.乙</td><td>省财政厅</td><td>各设区市</td></tr><tr><td colspan="3">二、丙</td></tr><tr><td>3.丁</td><td>省财政厅</td><td>各设区市</td></tr></table>';
    expect(withUnitsMerged(html).replace(/<\/?t(?:able|[dr])(?: rowspan="(\d)")?[^>]*>/g, (t, n: string | undefined) => (t.startsWith('</tr') ? '\n' : t.startsWith('<td') ? `|${n ? `${n}:` : ''}` : ''))).toBe('|工作任务|牵头单位|责任单位\n|1.甲|2:省财政厅|2:各设区市\n|2.乙\n|二、丙\n|3.丁|省财政厅|各设区市\n');
  });
  it('reorders a table\'s columns by its header, merged cells and all (withCellsInOrder, textColumnMoved)', () => {
    expect(textColumnMoved(['工作任务', '牵头单位', '责任单位', '工作要求'])).toEqual([0, 3, 1, 2]);
    expect(textColumnMoved(['工作任务', '工作要求', '牵头单位', '配合/责任单位'])).toEqual([0, 2, 3, 1]);
    expect(textColumnMoved(['序号', '工作任务', '责任单位'])).toBeNull();
    const html = '<table><tr><td>工作任务</td><td>牵头单位</td><td>责任单位</td><td>工作要求</td></tr><tr><td>1.甲</td><td rowspan="2">省财政厅</td><td rowspan="2">各设区市</td><td>要求一</td></tr><tr><td>2.乙</td><td>要求二</td></tr></table>';
    expect(withCellsInOrder(html, [0, 3, 1, 2]).replace(/<\/?t(?:able|[dr])[^>]*>/g, (t) => (t.startsWith('</tr') ? '\n' : t.startsWith('<td') ? '|' : ''))).toBe('|工作任务|工作要求|牵头单位|责任单位\n|1.甲|要求一|省财政厅|各设区市\n|2.乙|要求二\n');
  });
});

// 平潭 2022 交通与建设局 百日大会战 方案, 附件2 职责分工 (tests/importer/corpus/fj-pingtan-2022-jiaojian-bairi-dahuizhan-zhize-fengong-pagetxt.txt):
// a table whose cells page.txt writes a space apart, numbered 1–4, 6, 7, 10 … 26 (the rows of another list left out).
describe('a table run together whose serials skip, its cells a space apart (平潭 2022 百日大会战 职责分工)', () => {
  const lines = runOnLines(new URL('./corpus/fj-pingtan-2022-jiaojian-bairi-dahuizhan-zhize-fengong-pagetxt.txt', import.meta.url));
  it('starts a row at a serial past a skip after the row before it ends in its units', () => {
    const at = lines.indexOf('6');
    expect(lines[at - 1]).toBe('局安监处牵头，各业务部门配合');
    expect(lines[at + 1]).toMatch(/^全面扫除隐患 加快推进/);
    expect(lines[at + 2]).toBe('局安监处牵头，各业务部门配合');
    expect(lines).toContain('10');
    expect(lines).toContain('26');
  });
  it('ends the last row at the next attachment after its units cell', () => {
    const at = lines.indexOf('26');
    expect(lines[at + 2]).toBe('局建工处牵头，区城乡交建中心配合');
    expect(lines[at + 3]).toMatch(/^附件3 百日大会战专项检查/);
  });
});

// 平潭 2018 经济发展局 政务公开 分解表 (tests/importer/corpus/fj-pingtan-2018-jingfa-zwgk-renwu-fenjie-pagetxt.txt: 工作任务 | 牵头单位
// | 责任单位 | 工作要求, the cells a space apart, an empty cell leaving no trace): a row's one name may stand in either units
// column; a collective (各有关处室) is the 责任单位 column's, a single office (局办公室) the lead's.
describe('one name where two units columns stand, in a table a space apart (平潭 2018 经发局 分解表, page.txt)', () => {
  it('reads a collective as the last units column and a single office as the lead', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2018-jingfa-zwgk-renwu-fenjie-pagetxt.txt');
    expect(roles('政府工作要做到公开透明')).toEqual(['responsible:各有关处室']);
    expect(roles('推进社会公益事业建设领域政府信息公开')).toEqual(['responsible:各有关处室']);
    expect(roles('推动人大代表建议和政协委员提案办理结果公开')).toEqual(['lead:局办公室']);
    expect(roles('落实政策解读制度')).toEqual(['lead:政策法规处', 'responsible:各有关处室']);
  });

  it('reads a lead cell of two paragraphs as the lead, beside a collective or an empty 责任单位 cell', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2018-jingfa-zwgk-renwu-fenjie-pagetxt.txt');
    // 4.…监管 政策法规处 局办公司 各有关处室 要制定…: five cells for four columns, the last list one collective name.
    expect(roles('推动全面实施“双随机、一公开”监管')).toEqual(['lead:政策法规处', 'lead:局办公司', 'responsible:各有关处室']);
    // 5.…信息公开 发改处 重点办 贯彻落实…: the 责任单位 cell empty, the column a collective on every other row.
    expect(roles('推进重大建设项目批准和实施领域政府信息公开')).toEqual(['lead:发改处', 'lead:重点办']);
  });
});

// 苏平 2021 林长制 实施方案 (tests/importer/corpus/fj-pingtan-2021-suping-linzhangzhi-shishi-pagetxt.txt): a field of duty clauses
// introduced by 职责如下：, its first unit right after the colon.
describe('duty clauses after an introduction that ends 如下： (苏平 2021 林长制, page.txt)', () => {
  it('reads the first unit after the colon with the others', async () => {
    const { requirements } = await importCorpusDocument('fj-pingtan-2021-suping-linzhangzhi-shishi-pagetxt.txt');
    const field = requirements.find((r) => r.text.includes('职责如下'));
    expect(field?.units.map((u) => `${u.role}:${u.name}`).slice(0, 3)).toEqual(['responsible:党政办公室', 'responsible:党群工作处', 'responsible:经济发展处']);
  });
});

// 河北 2024 高效办成退休“一件事” (tests/importer/corpus/qs-hebei-province-2024-tuixiu-yijianshi.txt, one run-on line): 二、责任分工's
// two headings say whose duties follow and their role, （一）牵头部门职责 and （二）配合部门职责, each unit's duties 'X主要职责为：…'
// run together.
describe('duties under a heading that names their role (河北 2024 退休一件事, one run-on line)', () => {
  it('reads each unit\'s duties as a requirement with the heading\'s role', async () => {
    const { requirements } = await importCorpusDocument('qs-hebei-province-2024-tuixiu-yijianshi.txt');
    const duties = requirements.filter((r) => /^省[\u4e00-\u9fa5]{2,4}主要职责为：/.test(r.text));
    expect(duties.map((r) => r.units.map((u) => `${u.role}:${u.name}`))).toEqual([
      ['lead:省人社厅'],
      ['participate:省数政局'],
      ['participate:省住建厅'],
      ['participate:省医保局'],
      ['participate:省公安厅'],
      ['participate:省卫健委'],
    ]);
  });
});

// 沈阳 2024 城镇房屋安全管理三项制度 (tests/importer/corpus/qs-liaoning-shenyang-2024-fangwu-anquan-sanxiang-zhidu.html): the last
// duty paragraph of 六、职责分工 opens with twenty-six departments closed by 等其他行业部门, then what they do.
describe('a duty paragraph whose subject is a long list closed by 等其他行业部门 (沈阳 2024)', () => {
  it('reads every department of the list as responsible', async () => {
    const { requirements } = await importCorpusDocument('qs-liaoning-shenyang-2024-fangwu-anquan-sanxiang-zhidu.html');
    const units = requirements.find((r) => r.text.startsWith('市发展改革委、国资委'))?.units ?? [];
    expect(units).toHaveLength(26);
    expect(units.every((u) => u.role === 'responsible')).toBe(true);
    expect([units[0]?.name, units.at(-1)?.name]).toEqual(['市发展改革委', '检察院']);
  });
});

// 金井 2021 电动自行车消防 (tests/importer/corpus/fj-pingtan-2021-jinjing-diandong-zixingche-xiaofang-pagetxt.txt): fields headed by
// their unit and a colon, one of them a body being set up (…综合执法队筹建组), its duties numbered under it.
describe('a field headed by a body being set up (…筹建组), its duties numbered under it (金井 2021, page.txt)', () => {
  it('gives each duty the heading unit', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2021-jinjing-diandong-zixingche-xiaofang-pagetxt.txt');
    expect(roles('协调有关部门督促村')).toEqual(['responsible:派驻金井片区综合执法队筹建组']);
    expect(roles('在职责范围内')).toEqual(['responsible:派驻金井片区综合执法队筹建组']);
  });
});

// 君山 2022 消防大排查大整治促稳定 (tests/importer/corpus/fj-pingtan-2022-junshan-xiaofang-dapaicha-cuwending-pagetxt.txt): its task
// table's 责任单位 cells end with 各村居, a collective whose name is longer than 各村.
describe('a collective 各村居 or 各包村处室 in a units cell (君山 2022 任务清单, page.txt)', () => {
  it('keeps the whole name', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2022-junshan-xiaofang-dapaicha-cuwending-pagetxt.txt');
    expect(roles('全面动员部署工作')).toEqual(['responsible:各处室（中心）', 'responsible:东庠办事处', 'responsible:各相关单位', 'responsible:各村居']);
  });
  it('keeps 各包村处室 whole too (处室, not 处)', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2022-junshan-xiaofang-dapaicha-cuwending-pagetxt.txt');
    expect(roles('开展居民小区和自建房')).toEqual(['responsible:各包村处室', 'responsible:东庠办事处', 'responsible:各村居']);
  });
});

// 河北 2023 铸造锻压 若干措施 (tests/importer/corpus/qu-hebei-province-2023-zhuzao-duanya.txt): the first 责任单位 bracket adds
// 排名第1为牵头单位，下同 — the rank written as a digit — so every later bracket's first unit leads.
describe('a first-unit-leads note with the rank as a digit (河北 2023 铸造锻压)', () => {
  it('makes the first unit of every bracket after it the lead', async () => {
    const { roles } = await importCorpusDocument('qu-hebei-province-2023-zhuzao-duanya.txt');
    expect(roles('开展关键核心技术攻关')).toEqual(['lead:省科技厅', 'responsible:省工业和信息化厅']);
    expect(roles('强化创新服务平台建设')).toEqual(['lead:省科技厅', 'responsible:省发展改革委', 'responsible:省工业和信息化厅', 'responsible:省市场监管局']);
  });
});

// 科技部等 2017 国家科技创新基地优化整合方案 (tests/importer/corpus/qs-national-kjb-2017-keji-chuangxin-jidi-youhua-zhenghe.txt): item
// 1. ends 另行发文明确 (its units named elsewhere); the bracket after item 2, on a paragraph of its own, is item 2's only.
describe('an item whose units will be named elsewhere (科技部 2017 创新基地)', () => {
  it('keeps it without units and gives the next bracket to the next item alone', async () => {
    const { roles } = await importCorpusDocument('qs-national-kjb-2017-keji-chuangxin-jidi-youhua-zhenghe.txt');
    expect(roles('组建国家实验室')).toEqual([]);
    expect(roles('优化调整国家重点实验室')).toEqual(['lead:科技部', 'lead:财政部', 'participate:相关部门和地方']);
  });
});

// 河北 2023 数字河北 行动方案 (tests/importer/corpus/qu-hebei-province-2023-shuzi-hebei-xingdong.txt): 1.高速智能信息网络建设工程。 is a
// title alone over measures （1）–（5）, and one 责任单位 bracket after the last closes the group.
describe('measures under a title alone, one bracket after the last (河北 2023 数字河北)', () => {
  it('gives every measure of the group the bracket\'s units', async () => {
    const { roles } = await importCorpusDocument('qu-hebei-province-2023-shuzi-hebei-xingdong.txt');
    const group = ['responsible:省通信管理局', 'responsible:省委网信办', 'responsible:省发展改革委', 'responsible:省工业和信息化厅', 'responsible:雄安新区管委会'];
    expect(roles('加快5G网络深度覆盖')).toEqual(group);
    expect(roles('优化互联网网络架构')).toEqual(group);
    expect(roles('加快卫星互联网建设与应用')).toEqual(group);
    // The next group's first measure, its number kept in its text.
    expect(roles('（1）加快全国一体化算力网络')?.[0]).toBe('responsible:省发展改革委');
  });
});

// 河北 2016 科研项目资金管理 (tests/importer/corpus/qw-hebei-province-2016-keyan-xiangmu-zijin.txt): a bracket naming kinds of body
// whose last name ends in a label's words before 负责 (项目承担单位负责): a name, not a label that lost its colon.
describe('a name that ends in a label\'s words before a role verb (河北 2016 科研资金)', () => {
  it('reads 项目承担单位 as a unit', async () => {
    const { roles } = await importCorpusDocument('qw-hebei-province-2016-keyan-xiangmu-zijin.txt');
    expect(roles('改进直接费用支出管理')).toEqual(['responsible:省财政厅', 'responsible:项目主管部门', 'responsible:项目承担单位']);
  });
});

// 君山 2022 冬春火灾防控 (tests/importer/corpus/fj-pingtan-2022-junshan-dongchun-huozai-fangkong-pagetxt.txt): each item's title runs
// into a field label (整治重点：, 工作重点：) whose sentence opens with the units that carry it out, as the subject of 要 (各网格 the
// grid teams, a collective).
describe('units as the subject after an item\'s field label (君山 2022 冬春火灾防控, page.txt)', () => {
  it('reads them as the item\'s units', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2022-junshan-dongchun-huozai-fangkong-pagetxt.txt');
    expect(roles('开展高层建筑重大火灾风险')).toEqual(['responsible:各网格', 'responsible:各村（居）']);
    expect(roles('开展重大火灾隐患和区域')).toEqual(['responsible:各处室（中心）', 'responsible:各村（居）']);
  });
});

// 河北 2018 全科医生 (tests/importer/corpus/qw-hebei-province-2018-quanke-yisheng-peiyang.txt): the first units bracket ends with the
// note 排在第一位的为牵头单位，其他为协助配合单位，下同 — the bracket still closes its paragraph, and its convention holds for
// every bracket after it: the first unit leads, the others assist.
describe('a first-unit-leads note inside the first bracket, the others assisting (河北 2018 全科医生)', () => {
  it('closes its paragraph with the bracket and gives each later bracket a lead and assistants', async () => {
    const { roles } = await importCorpusDocument('qw-hebei-province-2018-quanke-yisheng-peiyang.txt');
    expect(roles('深化院校全科医学教育改革')).toEqual(['lead:省教育厅', 'participate:省卫生计生委', 'participate:省人力资源社会保障厅', 'participate:省中医药管理局']);
    expect(roles('自2018年起')).toEqual(['lead:省教育厅', 'participate:省卫生计生委', 'participate:省中医药管理局']);
  });
});

// 平潭 2019 三考 考试环境整治 (tests/importer/corpus/fj-pingtan-2019-shijianju-sankao-kaoshi-huanjing-zhengzhi-pagetxt.txt): 由X牵头，
// then the units that carry the work out as the subject of the next clause (辖区分局组织开展…).
describe('the units that carry out the work after the lead\'s clause (平潭 2019 三考, page.txt)', () => {
  it('reads them as responsible beside the lead', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2019-shijianju-sankao-kaoshi-huanjing-zhengzhi-pagetxt.txt');
    expect(roles('由市场规范处牵头')).toEqual(['lead:市场规范处', 'responsible:辖区分局']);
  });
});

// 苏平 2020 涉渔“三无”船舶 (tests/importer/corpus/fj-pingtan-2020-suping-sheyu-sanwu-chuanbo-pagetxt.txt): the plan never prints its
// 四、; 五、整治步骤 follows the last item's units label a space after its last name, and 六、 follows 五、.
describe('a section number that skips one after a units label and a space (苏平 2020 涉渔“三无”船舶, page.txt)', () => {
  it('starts its section, and the next section after it', () => {
    const lines = runOnLines(new URL('corpus/fj-pingtan-2020-suping-sheyu-sanwu-chuanbo-pagetxt.txt', import.meta.url));
    expect(lines).toContain('责任单位：农业农村处、社会事业处、交通与建设处、政法综治处、各渔业村、派出所、海洋与渔业执法支队一大队');
    expect(lines).toContain('五、整治步骤');
    expect(lines).toContain('六、保障措施');
  });
});

// 平潭 2023 一老一小 (tests/importer/corpus/fj-pingtan-2023-yilao-yixiao-zhengti-jiejue-fangan-pagetxt.txt): the attachment's project
// table, its header ending in the units column (…组织实施单位), then its first group row 一、养老项目: the numbering restarts.
describe('a section 一、 right after a table header\'s units column (平潭 2023 一老一小, page.txt)', () => {
  it('restarts the sections', () => {
    const lines = runOnLines(new URL('corpus/fj-pingtan-2023-yilao-yixiao-zhengti-jiejue-fangan-pagetxt.txt', import.meta.url));
    expect(lines).toContain('一、养老项目');
    expect(lines.filter((l) => l.startsWith('二、托育项目'))).toHaveLength(1);
  });
});

// 平潭 2021 景区船舶 (tests/importer/corpus/fj-pingtan-2021-jingqu-chuanbo-zhengzhi.txt): a duty's title glued to its subject, whose
// name has a bracket of what it stands for (属地职责各片区管理局（乡镇、街道办事处）要…): the whole name, not 区管理局（…）.
describe('a subject with a bracket after a glued title (平潭 2021 景区船舶)', () => {
  it('is read whole', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2021-jingqu-chuanbo-zhengzhi.txt');
    expect(roles('属地职责')).toEqual(['responsible:各片区管理局（乡镇、街道办事处）']);
  });
});

// 交建局 2024 安全生产及消防 要点 (tests/importer/corpus/fj-pingtan-2024-jiaojian-anquan-xiaofang-yaodian-jihuabiao-pagetxt.txt): the
// attached 计划表 (序号 | 时间 | 重点内容 | 落实单位) run together, each row's serial glued to its date (71月元旦…, 144-12月全区…) and
// its units glued to its text with no level to mark where they begin (…宣传教育局各处室按职责落实, …会议局安监处牵头，各业务处室配合).
describe('a work calendar run together: serial, date, text, units (交建局 2024 安全生产 计划表, page.txt)', () => {
  it('reads each row with its date as deadline and the offices the table repeats as its units', async () => {
    const { requirements, roles } = await importCorpusDocument('fj-pingtan-2024-jiaojian-anquan-xiaofang-yaodian-jihuabiao-pagetxt.txt');
    expect(roles('安全生产法律法规宣传教育')).toEqual(['responsible:局各处室']);
    expect(roles('元旦、春节期间')).toEqual(['responsible:局各处室']);
    expect(roles('全区交通与建设系统2024年第二季度')).toEqual(['lead:局安监处', 'participate:各业务处室']);
    expect(roles('道路运输企业主要负责人')).toEqual(['responsible:局安监处', 'responsible:运管处']);
    expect(requirements.find((r) => r.text.startsWith('全区交通与建设系统安全生产治本攻坚'))?.deadline).toBe('4-12月');
    expect(requirements.find((r) => r.text.startsWith('元旦、春节期间'))?.deadline).toBe('1月');
  });
});

// 河北 2024 康养产业 (tests/importer/corpus/ra-hebei-province-2024-kangyang-chanye.txt): the first bracket's standing note
// (以下任务均需各市县政府和雄安新区管委会负责，不再列出), and the crawler's cell holds the whole text twice: the note, printed
// again in the second copy, still holds from the first.
describe('a standing note printed twice (河北 2024 康养, a crawler\'s cell holding its text twice)', () => {
  it('holds from where it is first printed', async () => {
    const { roles } = await importCorpusDocument('ra-hebei-province-2024-kangyang-chanye.txt');
    expect(roles('助力地产行业转型')?.slice(-2)).toEqual(['responsible:各市县政府', 'responsible:雄安新区管委会']);
    expect(roles('更好发挥河北产业投资')).toEqual(['responsible:省发展改革委', 'responsible:各市县政府', 'responsible:雄安新区管委会']);
  });
});

// 海坛 2020 渔船渔港火灾防控 (tests/importer/corpus/fj-pingtan-2020-haitan-yuchuan-yugang-huozai-fangkong-pagetxt.txt): each task a
// title and a full stop, then its paragraph opening with the units that carry it out as the subject of 要.
describe('the subject of 要 after a task\'s title and its full stop (海坛 2020 渔船渔港, page.txt)', () => {
  it('reads it as the task\'s units; not a duty after a unit\'s colon', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2020-haitan-yuchuan-yugang-huozai-fangkong-pagetxt.txt');
    expect(roles('加强渔船消防安全治理')).toEqual(['responsible:各包村（居）工作队', 'responsible:各村（居）']);
    expect(roles('加强渔港消防安全治理')).toEqual(['responsible:各渔港村']);
    // 苏平 2022 渔业安全生产: 各派出所：负责指导…。渔船事故发生所在地的派出所要…: the unit before the colon, not a later subject.
    const suping = await importCorpusDocument('fj-pingtan-2022-suping-yuye-anquan-shengchan-pagetxt.txt');
    expect(suping.roles('各派出所：负责指导')).toEqual(['responsible:各派出所']);
  });
});

// 管委会办 2015 职业教育联席会议 (tests/importer/corpus/fj-pingtan-2015-zhiye-jiaoyu-lianxi-huiyi-fengong-pagetxt.txt): the members'
// duty paragraphs run together, some with a space after the colon (区党群工作部： 负责…); a body the duty supports (支持全区经济类
// 行业协会参与…) is no unit.
describe('duty paragraphs with a space after the unit\'s colon (职业教育联席会议 2015, page.txt)', () => {
  it('starts each at its unit', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2015-zhiye-jiaoyu-lianxi-huiyi-fengong-pagetxt.txt');
    expect(roles('区党群工作部')).toEqual(['responsible:区党群工作部']);
    expect(roles('区经济发展局')).toEqual(['responsible:区经济发展局']);
  });
});

// 苏平 2024 旅游环境卫生 (tests/importer/corpus/fj-pingtan-2024-suping-lvyou-huanjing-weisheng-zhengzhi-pagetxt.txt): the next
// sub-item's number right after a label's last name, a village (…各包村工作队、相关村（3）沿街商铺乱倒垃圾…).
describe('a sub-item\'s number after a label\'s last name, a village (苏平 2024 旅游环境卫生, page.txt)', () => {
  it('starts the sub-item there', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2024-suping-lvyou-huanjing-weisheng-zhengzhi-pagetxt.txt');
    expect(roles('沿街房前屋后杂物乱堆乱放')?.at(-1)).toBe('participate:相关村');
    expect(roles('沿街商铺乱倒垃圾')?.[0]).toBe('lead:经济发展处');
  });
});

// 河北 2022 全民科学素质 (tests/importer/corpus/rc-hebei-province-2022-quanmin-kexue-suzhi.txt): each action's items, then, after
// the last item's full stop and the ideographic spaces that indent a paragraph, one bracket (责任部门：X牵头，…按职责分工负责)
// for every item of the action.
describe('a units bracket in a paragraph of its own after an action\'s last item (河北 2022 全民科学素质, a crawl\'s text)', () => {
  it('closes every item of the action', async () => {
    const { roles } = await importCorpusDocument('rc-hebei-province-2022-quanmin-kexue-suzhi.txt');
    expect(roles('系统提升各教育阶段科学')?.slice(0, 3)).toEqual(['lead:省教育厅', 'lead:省科协', 'responsible:省委宣传部']);
    expect(roles('系统提升各教育阶段科学')).toEqual(roles('加强科技教师和科技辅导员队伍建设'));
  });
});

// 平潭 2015 涉渔“三无”船舶 专项整治 (tests/importer/corpus/fj-pingtan-2015-chaijie-sheyu-sanwu-chuanbo-zhuanxiang-xingdong-pagetxt.txt):
// 一、各乡镇党委政府要落实属地管理原则…。1.要组织辖区…2.要每周四上午…: items whose subject is the heading's.
describe('items opening with 要 under a heading that names who (涉渔“三无”船舶 2015, page.txt)', () => {
  it('are the heading subject\'s', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2015-chaijie-sheyu-sanwu-chuanbo-zhuanxiang-xingdong-pagetxt.txt');
    expect(roles('要组织辖区公安边防')).toEqual(['responsible:各乡镇党委政府']);
    expect(roles('要每周四上午')).toEqual(['responsible:各乡镇党委政府']);
  });
});

// 金井 2020 创城长效机制 (tests/importer/corpus/fj-pingtan-2020-jinjing-chuangcheng-changxiao-jizhi-pagetxt.txt): an item's title
// and full stop, then clauses 一是, 二是 … each closed by its own label pair, the next clause glued to the last name
// (4.实施街容街貌提升工程。一是规范占道经营。…牵头单位：政法综治处配合单位：辖区派出所、综合执法大队二是落实“门前三包”。…).
describe('clauses 一是, 二是 glued to the title and to the label before (金井 2020 创城长效机制, page.txt)', () => {
  it('are each a requirement with its own labels', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2020-jinjing-chuangcheng-changxiao-jizhi-pagetxt.txt');
    expect(roles('一是规范占道经营')).toEqual(['lead:政法综治处', 'participate:辖区派出所', 'participate:综合执法大队']);
    expect(roles('二是落实“门前三包”')).toEqual(['lead:经济发展处', 'lead:交通与建设处', 'lead:政法综治处', 'participate:相关村（居）']);
  });
});

// 平潭 2021 政务公开 分解表 as the archive's page.txt (tests/importer/corpus/fj-pingtan-2021-zwgk-pagetxt.txt): the row's lead cell and
// its 配合单位 cell run together with no mark between any of their names (区直有关单位各区属事业单位各区属国企: one name in the lead
// cell, two paragraphs in the other).
describe('two units cells run together with no mark between any names (平潭 2021 政务公开 page.txt)', async () => {
  const { roles } = await importCorpusDocument('fj-pingtan-2021-zwgk-pagetxt.txt');

  it('parts them at the first join: the lead cell names one', () => {
    expect(roles('跟踪落实公共企事业单位')).toEqual(['lead:区直有关单位', 'participate:各区属事业单位', 'participate:各区属国企']);
  });
});

// 平潭 2022 政务公开 分解表 (tests/importer/corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html) as `npm run import:robustness -- page-txt` writes it
// (its cells run together, an empty cell a space): the last row's units cell, then the site's words with the attachment's name between
// two of them (来源：…附件下载关于印发….pdf政策文件相关链接).
describe('the site\'s words after the last row, an attachment\'s name among them (平潭 2022 政务公开, cells run together)', async () => {
  // The page's lines as the robustness script's page-txt form writes them: each row's cells run together, an empty one a space.
  const { document } = await readSource(fileURLToPath(new URL('./corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html', import.meta.url)));
  const body = document.lines.map((l) => (l.cells ? l.cells.map((c) => (c.text.trim() ? c.text.replace(/\n/g, '') : ' ')).join('') : l.text)).join('');
  const text = `标题: fj-pingtan-2022-zwgk-renwu-fenjie\n发布时间: 2020-01-01 00:00\n==================== 正文 ====================\n${body}`;

  it('holds the site\'s words with the attachment\'s name between them', () => {
    expect(body).toMatch(/政府信息公开工作部门来源：[^。]*附件下载[^。]*\.pdf政策文件相关链接/);
  });
  it('ends the last row\'s units where the plan does', () => {
    const entry = importPlan(text, { sourceFile: 'page.txt', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) }).entry;
    const last = [...walkPlan(entry)].map((r) => r.requirement).find((r) => r.text.startsWith('各政府信息公开工作部门要'));
    expect(last?.units.map((u) => `${u.role}:${u.name}`)).toEqual(['responsible:政府信息公开工作部门']);
  });
});

// 金井 2020 新城 垃圾分类 and 金井 2021 电动自行车 (tests/importer/corpus, page.txt): a duty paragraph whose label names two bodies at
// length (派驻片区公安工作组、派驻片区城管大队与综合执法大队：负责…), and an item number printed twice (7.…。7.负责…) before the next task.
describe('a long duty label after a sentence, and an item number printed twice (金井 2020 垃圾分类, 2021 电动自行车)', async () => {
  const garbage = await importCorpusDocument('fj-pingtan-2020-jinjing-xincheng-laji-fenlei-pagetxt.txt');
  const bikes = await importCorpusDocument('fj-pingtan-2021-jinjing-diandong-zixingche-xiaofang-pagetxt.txt');

  it('starts the long label\'s paragraph at its names', () => {
    expect(garbage.roles('派驻片区公安工作组、派驻片区城管大队与综合执法大队')).toEqual(['responsible:派驻片区公安工作组', 'responsible:派驻片区城管大队', 'responsible:综合执法大队']);
  });
  it('reads the second 7. as the next item', () => {
    expect(bikes.requirements.some((r) => r.text.startsWith('负责电动自行车废弃蓄电池'))).toBe(true);
    expect(bikes.roles('负责电动自行车废弃蓄电池')).toEqual(['responsible:交通与建设处']);
  });
});

// 海坛 2021 春节 防范非法集资 (tests/importer/corpus/fj-pingtan-2021-haitan-chunjie-fangfan-feifa-jizi-xuanchuan-pagetxt.txt): the
// plan's last task a paragraph, then 附件：its title and the attachment itself, a numbered list of slogans, on the same line.
describe('an attachment after the last task, run on (海坛 2021 春节 防范非法集资, page.txt)', () => {
  it('ends the body at 附件：, so the last task is a requirement of its own, not the heading of the list after it', async () => {
    const { roles, requirements } = await importCorpusDocument('fj-pingtan-2021-haitan-chunjie-fangfan-feifa-jizi-xuanchuan-pagetxt.txt');
    expect(roles('建立长效机制')).toEqual(['responsible:各村居']);
    expect(requirements.findIndex((r) => r.text.startsWith('建立长效机制'))).toBeLessThan(requirements.findIndex((r) => r.text.startsWith('远离非法集资')));
    // (The slogans are still read as items after it; the attachment is not told apart from the plan yet.)
  });

  it('does so with the page’s lines apart too (附件： on a line of its own)', () => {
    const text = [
      '四、工作要求',
      '（二）注重宣传实效。各村居要结合工作实际，充分利用“村村响”、报刊、网络、LED显示屏、宣传栏、横幅等多种形式开展宣传教育活动。',
      '（三）建立长效机制。各村居要以此次宣传活动为契机，进一步落实宣传工作机制，有效整合宣传资源，形成工作合力，推动辖区领域防范非法集资宣传教育长效机制的制度化、常态化。',
      '附件：春节期间防范非法集资宣传标语',
      '1.远离非法集资，拒绝高利诱惑。',
      '2.珍惜一生血汗，远离非法集资。',
    ].join('\n');
    const reqs = allRequirements(chooseReading(textToDocument(text).lines, new Report()).draft);
    expect(reqs.map((r) => r.text.slice(0, 6))).toEqual(['注重宣传实效', '建立长效机制', '远离非法集资', '珍惜一生血汗']);
  });
});

// 苏平 2022 百日大会战 (tests/importer/corpus/fj-pingtan-2022-suping-anquan-jiancha-bairi-dahuizhan-pagetxt.txt): an item that names no
// units, then its sub-items （1）（2）, the last closed by a units bracket.
describe('sub-items whose last closes the item with its units (苏平 2022 百日大会战, page.txt)', () => {
  it('gives the bracket to the item and each sub-item', async () => {
    const { roles } = await importCorpusDocument('fj-pingtan-2022-suping-anquan-jiancha-bairi-dahuizhan-pagetxt.txt');
    const units = ['交通与建设处', '政法综治处', '农业农村处', '资源生态处'].map((n) => `responsible:${n}`);
    expect(roles('水上安全方面')).toEqual(units);
    expect(roles('（1）渔业船舶')).toEqual(units);
    expect(roles('（2）水上交通')).toEqual(units);
  });
});

// 平潭 2016 殡葬专项整治工作暂行规定 (tests/importer/corpus/fj-pingtan-2016-binzang-zhengzhi-guiding.html) as the archive's page.txt
// writes it: the regulation on one line, 第二章 领导机构第四条 … with no mark between a chapter's title and its first article.
describe('a regulation run together, chapters and articles (平潭 2016 殡葬专项整治, as page.txt)', () => {
  const html = readFileSync(new URL('./corpus/fj-pingtan-2016-binzang-zhengzhi-guiding.html', import.meta.url), 'utf8');

  it('puts each chapter and each article on its own line', () => {
    const lines = pageTxtLines(new URL('./corpus/fj-pingtan-2016-binzang-zhengzhi-guiding.html', import.meta.url), '殡葬专项整治工作暂行规定');
    expect(lines.filter((l) => /^第[一二三四五六七八九十]{1,3}章/.test(l))).toEqual(['第一章 总 则', '第二章 领导机构', '第三章 职责分工', '第四章 工作机制', '第五章 奖惩制度', '第六章 附 则']);
    expect(lines.filter((l) => /^第[一二三四五六七八九十]{1,3}条/.test(l))).toHaveLength(32);
  });

  it('gives each unit of the 职责分工 chapter its article', () => {
    const { roles } = importPageTxt(html, '平潭综合实验区管委会办公室印发平潭综合实验区殡葬专项整治工作暂行规定的通知');
    expect(roles('区公安局主要职责')).toEqual(['responsible:区公安局']);
    expect(roles('各乡镇主要职责')).toEqual(['responsible:各乡镇']);
  });
});

// 交建局 2021 控事故保安全 (tests/importer/corpus/fj-pingtan-2021-jiaojian-kong-shigu-bao-anquan-jizhong-gongjian-pagetxt.txt): the last
// field's label runs into a closing note (…中心市政园林管理科同时，针对…), and the attachment's problem list numbers （一） afresh
// right after its title, each problem's （N） glued to the 整改时限 before it.
describe('a plan run together with a closing note after a label and a problem list in its attachment (交建局 2021, page.txt)', async () => {
  const { roles } = await importCorpusDocument('fj-pingtan-2021-jiaojian-kong-shigu-bao-anquan-jizhong-gongjian-pagetxt.txt');

  it('ends the label\'s names where the note begins', () => {
    expect(roles('城镇燃气安全')).toEqual(['responsible:市政处', 'responsible:中心市政园林管理科']);
  });

  it('reads the attachment\'s （一） and （二） as problems of their own', () => {
    expect(roles('深入学习贯彻习近平总书记')).toEqual(['lead:局安监处', 'lead:中心安保科', 'participate:局各处室', 'participate:中心各科室']);
    expect(roles('省里未及时修订安全生产')).toEqual(['lead:局安监处', 'lead:中心安保科', 'participate:局各处室', 'participate:中心各科室']);
  });
});

// 招投标 2019 营商环境 专项整治 (tests/importer/corpus/fj-pingtan-2019-zhaotoubiao-yingshang-huanjing-zhuanxiang-zhengzhi-pagetxt.txt):
// its 四、 never printed, 五、工作要求 follows the last item's 完成时限：2019年12月5日前 after a space.
describe('a section number that skips one after an item\'s labelled deadline (招投标 2019, page.txt)', async () => {
  const { roles } = await importCorpusDocument('fj-pingtan-2019-zhaotoubiao-yingshang-huanjing-zhuanxiang-zhengzhi-pagetxt.txt');

  it('starts the section there, so the last item keeps only its own units', () => {
    expect(roles('总结报告')).toEqual(['responsible:区公共资源交易综合监管办']);
  });
});

// 国旅办 2019 五一 旅游专项检查方案 (tests/importer/corpus/fj-pingtan-2019-guolvban-wuyi-lvyou-zhuanxiang-jiancha-pagetxt.txt): check
// groups printed 组 长：…成 员：区交通与建设局（联络单位，毛琳，18149561182）、公安局交通警察支队、…等单位各2人。检查内容：1.…2.…;
// the covering letter says each group's 联络单位 organises its work.
describe('check groups whose members carry out the numbered 检查内容 (五一 旅游专项检查 2019, page.txt)', async () => {
  const { roles } = await importCorpusDocument('fj-pingtan-2019-guolvban-wuyi-lvyou-zhuanxiang-jiancha-pagetxt.txt');

  it('gives each item its group\'s members, the 联络单位 leading, the contact person and the head count no names', () => {
    const traffic = ['lead:区交通与建设局', 'responsible:公安局交通警察支队', 'responsible:综合执法局交通执法支队'];
    expect(roles('重点打击未经交通主管部门')).toEqual(traffic);
    expect(roles('打击未取得经营许可')).toEqual(traffic);
    expect(roles('对全区大型饭店')?.[0]).toBe('lead:区经济发展局');
  });
});

// 安委会 2020 安全隐患大排查大整治 紧急通知 (tests/importer/corpus/fj-pingtan-2020-anwei-yinhuan-dapaicha-jinji-tongzhi-pagetxt.txt):
// each field closed by （由区X局牵头，各片区管理局、…等有关部门和单位分工负责）.
describe('a units bracket whose list ends 等有关部门和单位分工负责 (安委会 2020 隐患大排查, page.txt)', async () => {
  const { roles } = await importCorpusDocument('fj-pingtan-2020-anwei-yinhuan-dapaicha-jinji-tongzhi-pagetxt.txt');

  it('drops the 等… tail, adding no unit named 单位', () => {
    expect(roles('排查整治危房处置率较低')).toEqual(['lead:区资源生态局', 'responsible:各片区管理局', 'responsible:执法应急局']);
  });
});

// 平潭 2018 生态环境保护工作职责规定 (tests/importer/corpus/fj-pingtan-2018-shengtai-huanjing-baohu-zhize-guiding-pagetxt.txt): a
// regulation on one line whose 第二章 gives each unit an article, 第四条 区党工委、管委会办公室工作职责： （一）政法方面 1.… 2.…
// （二）司法方面 1.…, every article numbering its points afresh.
describe('a duty regulation whose articles head each unit\'s numbered duties (生态环境保护工作职责规定 2018, page.txt)', async () => {
  const { roles } = await importCorpusDocument('fj-pingtan-2018-shengtai-huanjing-baohu-zhize-guiding-pagetxt.txt');

  it('gives each duty its article\'s unit, the article read as the title of that unit\'s block', () => {
    expect(roles('负责指导监督政法部门依法')).toEqual(['responsible:区党工委、管委会办公室']);
    expect(roles('组织实施党政领导干部自然资源资产离任审计')).toEqual(['responsible:区廉政办']);
    expect(roles('完善党政领导干部考核机制')).toEqual(['responsible:区党群工作部']);
    expect(roles('负责督促广播电台、电视台')).toEqual(['responsible:区宣传部']);
  });

  it('reads an article\'s （一） （二） as its unit\'s duties where each is a duty, not an aspect\'s title', () => {
    // 第八条 区旅游发展委员会工作职责： （一）负责编制实施旅游发展总体规划…; （二）负责风景名胜区的建设和管理工作。
    expect(roles('负责风景名胜区的建设和管理工作')).toEqual(['responsible:区旅游发展委员会']);
  });
});

// 平潭县公安局 2010 警务公开工作实施办法 (tests/importer/corpus/fj-pingtan-2010-gongan-jingwu-gongkai-shishi-banfa-pagetxt.txt): its
// 第五章 职责分工 gives each body an article, 第二十条 纪检监察部门的主要职责是：（一）…（四）…
describe('a regulation\'s articles 某部门的主要职责是： over numbered duties (警务公开工作实施办法 2010, page.txt)', async () => {
  const { roles } = await importCorpusDocument('fj-pingtan-2010-gongan-jingwu-gongkai-shishi-banfa-pagetxt.txt');

  it('gives each duty the body its article names', () => {
    expect(roles('组织制定本单位警务公开工作的具体办法')).toEqual(['responsible:纪检监察部门']);
    expect(roles('汇总本单位主动公开的警务信息')).toEqual(['responsible:指挥中心']);
  });
});

// 金井 2022 城乡建设品质提升 (tests/importer/corpus/fj-pingtan-2022-jinjing-chengxiang-jianshe-pinzhi-tisheng-pagetxt.txt): 附件2 an
// indicator table run together, 一级指标二级指标序号三级指标考核标准评价方法责任单位, each row's 评价方法 cell glued before its units
// (…编制完成年度城市体检报告。现场调研查阅资料交通建设局2老旧小区改造…).
describe('an indicator table whose 评价方法 cell runs into its units (金井 2022 城乡建设品质, page.txt)', async () => {
  const { roles } = await importCorpusDocument('fj-pingtan-2022-jinjing-chengxiang-jianshe-pinzhi-tisheng-pagetxt.txt');

  it('reads the header\'s indicator levels, and how a row is checked is no part of its units', () => {
    expect(roles('城市体检编制完成年度城市体检报告')).toEqual(['responsible:交通建设局']);
    expect(roles('井盖整治')).toEqual(['responsible:城乡交建中心']);
  });
});

describe('a units list whose last name is a slip, run into the next heading (平潭 2022 政务公开 分解表, as page.txt)', () => {
  // The tuned-on 平潭 2022 分解表 as the archive's page.txt writes it: item 15.'s 配合/责任单位 cell, 各区属事业单位，各区属国有企企
  // (国有企业 as printed, a slip), runs straight into 七、开展行政规范性文件集中公开.
  const html = readFileSync(new URL('./corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html', import.meta.url), 'utf8');
  const { text, roles } = importPageTxt(html, '平潭综合实验区管委会办公室关于印发2022年全区政务公开工作主要任务分解表的通知');
  it('still reads the list as its units', () => {
    expect(text).toContain('服务水平的提升。 各区属事业单位，各区属国有企企七、开展行政规范性文件集中公开');
    expect(roles('严格执行已出台的公共企事业单位')).toEqual(['responsible:各区属事业单位', 'responsible:各区属国有企企']);
  });
});

describe('a table whose 配合/责任单位 cell is merged down its task column (平潭 2022 政务公开 分解表, its units merged, as page.txt)', () => {
  // The tuned-on 平潭 2022 分解表 with each units column's runs of equal cells merged (withUnitsMerged): 区直各有关单位，… printed once,
  // at item 1., for items 1.–14., across the 工作任务 cells 二、 三、 … that head the later items; item 3. prints its two leads glued.
  const html = withUnitsMerged(readFileSync(new URL('./corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html', import.meta.url), 'utf8'));
  const { text, roles } = importPageTxt(html, '平潭综合实验区管委会办公室关于印发2022年全区政务公开工作主要任务分解表的通知');
  const merged = ['participate:区直各有关单位', 'participate:各区属事业单位', 'participate:各片区管理局', 'participate:各乡镇人民政府（街道办事处）'];
  it('reads two names glued after the text as the leads, the list merged from above', () => {
    expect(text).toContain('推动优化投资和建设环境。区经济发展局区行政审批局4.持续推进');
    expect(roles('建立市场主体反映投资和')).toEqual(['lead:区经济发展局', 'lead:区行政审批局', ...merged]);
  });
  it('carries the merged cell past the task column’s next heading', () => {
    expect(text).toContain('二、加强涉及减税降费的信息公开5.系统集成');
    expect(roles('系统集成、智能推送已出台')).toEqual(['lead:区财政金融局', ...merged]);
  });
  it('leaves out the heading printed again at a page break, run onto the end of an item', () => {
    // 五、 repeated before 13. (the page's grid repeats the merged 工作任务 cell there); 区社会事业局 is merged from 9. to 14.
    expect(text).toContain('传达至相关群体。五、强化稳就业保就业信息公开13.加大减负稳岗');
    for (const start of ['加强政策宣讲和推送工作', '加大减负稳岗扩就业政策', '动态公开技能培训政策规定']) expect(roles(start)).toEqual(['lead:区社会事业局', ...merged]);
  });
});

describe('a table with a 序号 column and a 完成时限 column whose units cells are merged down a task (平潭 2021 政务公开 分解表, as page.txt)', () => {
  // The tuned-on 平潭 2021 分解表 as the departments of its family print it: its items' numbers in a 序号 column before 工作任务
  // (withSerialColumn), a 完成时限 column after the units (withColumnAfter), and each column's runs of equal cells merged
  // (withUnitsMerged), so page.txt prints a merged cell once and a row under it runs its text into its deadline, or into the
  // next row's serial.
  const page = readFileSync(new URL('./corpus/fj-pingtan-2021-zwgk.html', import.meta.url), 'utf8');
  const html = withUnitsMerged(withColumnAfter(withSerialColumn(page), '完成时限', '2021年12月底前'));
  const { text, roles } = importPageTxt(html, '平潭综合实验区管委会办公室关于印发2021年全区政务公开工作主要任务分解表的通知');
  const all = ['区直有关单位', '各区属事业单位', '各片区管理局', '各乡镇人民政府（街道办事处）'];
  it('reads a row with no units of its own as under the merged cells above, its deadline set aside', () => {
    expect(text).toContain('专栏集中发布。区经济发展局2021年12月底前3做好规划信息数据互联互通。');
    expect(roles('归集整理和主动公开历史')).toEqual(['lead:区经济发展局', ...all.map((u) => `participate:${u}`)]);
    expect(roles('做好规划信息数据互联')).toEqual(['lead:区经济发展局', ...all.map((u) => `participate:${u}`)]);
  });
  it('reads a space after the text, before the deadline, as an empty lead cell beside the merged one', () => {
    // (14. has no lead, page.txt's space; its 区直各单位，… is merged from 13.)
    expect(text).toContain('营造良好氛围。 2021年12月底前');
    expect(roles('做好政府门户网站政策')).toEqual(['区直各单位', ...all.slice(1)].map((u) => `responsible:${u}`));
  });
});

describe('an item with no units that runs into its deadline after a repeated header (苏平 2024 消防 治本攻坚 任务清单, page.txt)', async () => {
  // 17.消防生命通道畅通情况明显改善。2026年12月底前: under 9.深化打通消防生命通道工程's units cell, merged down to it across a
  // page break (the header 项目工作任务具体内容责任单位完成时限 printed again before it).
  const { source, roles } = await importCorpusDocument('fj-pingtan-2024-suping-xiaofang-zhiben-gongjian-renwu-qingdan-pagetxt.txt');
  it('reads the units merged from the row above', () => {
    expect(source.document.lines.map((l) => l.text).join('')).toContain('17.消防生命通道畅通情况明显改善。2026年12月底前18.');
    expect(roles('消防生命通道畅通情况')).toEqual(['responsible:片区各处室', 'responsible:区公安局苏平支队', 'responsible:区执法应急局驻苏平片区筹建组']);
  });
});

describe('a table with a 序号 column whose cells a page.txt writes a space apart (平潭 2022 政务公开 分解表, as page.txt)', () => {
  // The tuned-on 平潭 2022 分解表 with its items' numbers in a 序号 column before 工作任务 (withSerialColumn) and a line break
  // between its cells (withBreaksBetweenTags), as a table whose cells were paragraphs of their own: page.txt writes each
  // row's cells a space apart, the 工作任务 cell (一、加强…信息公开) only on the first row of its merge.
  const page = readFileSync(new URL('./corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html', import.meta.url), 'utf8');
  const { text, headings, roles } = importPageTxt(withBreaksBetweenTags(withSerialColumn(page), 'cells'), '平潭综合实验区管委会办公室关于印发2022年全区政务公开工作主要任务分解表的通知');
  const all = ['区直各有关单位', '各区属事业单位', '各片区管理局', '各乡镇人民政府（街道办事处）'];
  it('reads the task cell after a row’s serial as the heading over the row, not a section of its own', () => {
    expect(text).toContain('1 一、加强涉及市场主体的信息公开 增强政策制定实施的透明度');
    expect(headings).toContain('加强涉及市场主体的信息公开');
    expect(roles('增强政策制定实施的透明度')).toEqual(all.map((u) => `responsible:${u}`));
  });
  it('reads a row under the merged task cell, its text alone before its units, as the requirements column’s', () => {
    expect(text).toContain('2 加大受疫情影响重的餐饮');
    expect(roles('加大受疫情影响重的餐饮')).toEqual(all.map((u) => `responsible:${u}`));
    expect(roles('建立市场主体反映投资和')).toEqual(['lead:区经济发展局', 'lead:区行政审批局', ...all.map((u) => `participate:${u}`)]);
    expect(roles('系统集成、智能推送已出台')).toEqual(['lead:区财政金融局', ...all.map((u) => `participate:${u}`)]);
  });
});

describe('a task title in its own cell before the items of its row, a space apart (平潭 2022 房屋市政工程 任务清单, page.txt)', async () => {
  // 序号 | 事项名称 | 主要任务 | 任务分工: 3（三）全面提升施工现场人防物防技防水平 1.重点检查…5.督促在建项目… 区交通建设局、区城乡交建中心
  const { roles } = await importCorpusDocument('fj-pingtan-2022-fangwu-shizheng-gongcheng-anquan-zhili-pagetxt.txt');
  it('reads the row’s items under the title, with the row’s units', () => {
    for (const start of ['重点检查施工单位是否开展', '鼓励工程参建单位应用先进', '开展智慧工地建设试点', '督促在建项目制定完善应急']) expect(roles(start)).toEqual(['responsible:区交通建设局', 'responsible:区城乡交建中心']);
  });
});

describe('a row with no names of its own where the units columns stand between its title and its text (平潭 2018 分解表 with 序号, 完成时限 and its units merged, as page.txt)', () => {
  // The tuned-on 平潭 2018 分解表 (序号 | 工作任务 | 牵头单位 | 责任单位 | 工作要求 | 完成时限 once its numbers are moved into a 序号
  // column and a 完成时限 column added), each column's runs of equal cells merged: 区直有关单位，各乡镇人民政府 is printed once for
  // rows 1–5, so row 2 is its serial, its title, a space (its empty 牵头单位 cell) and its text.
  const page = readFileSync(new URL('./corpus/fj-pingtan-2018-zwgk-renwu-fenjie.html', import.meta.url), 'utf8');
  const html = withUnitsMerged(withColumnAfter(withSerialColumn(page), '完成时限', '2021年12月底前'));
  const { text, roles } = importPageTxt(html, '平潭综合实验区管委会办公室关于印发2018年政务公开工作主要任务分解表的通知');
  const all = ['区直有关单位', '各乡镇人民政府'];
  it('reads its title and text apart, its units cells merged from the row above', () => {
    expect(text).toContain('2推进政策执行阳光透明 制定出台涉及公共利益');
    expect(roles('推进政策执行阳光透明')).toEqual(all.map((u) => `responsible:${u}`));
    expect(roles('推动人大代表建议和政协委员提案')).toEqual(all.map((u) => `responsible:${u}`));
  });
  it('reads a row naming only its lead under the merged 责任单位', () => {
    expect(roles('推进重大建设项目批准和实施')).toEqual(['lead:区经发局', 'lead:重点办', ...all.map((u) => `responsible:${u}`)]);
  });
});

describe('a 完成时限 column after the text, where the units columns stand before it (平潭 2018 分解表 with 完成时限, as page.txt)', () => {
  // The tuned-on 平潭 2018 分解表 (工作任务 | 牵头单位 | 责任单位 | 工作要求) with a 完成时限 column after its last (withColumnAfter):
  // page.txt runs each row's deadline onto its 工作要求 (…政策落地见效。2021年12月底前2.推进…).
  const page = readFileSync(new URL('./corpus/fj-pingtan-2018-zwgk-renwu-fenjie.html', import.meta.url), 'utf8');
  const text = archivePageText(withColumnAfter(page, '完成时限', '2021年12月底前'));
  const result = importPlan(`标题: 平潭综合实验区管委会办公室关于印发2018年政务公开工作主要任务分解表的通知\n==================== 正文 ====================\n${text}`, { sourceFile: 'page.txt', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
  const requirements = [...walkPlan(result.entry)].map(({ requirement }) => requirement);
  it('reads the deadline into its column, not the requirement’s text', () => {
    expect(text).toContain('以公开促进依法行政和政策落地见效。2021年12月底前');
    expect(requirements).toHaveLength(40);
    expect(requirements.filter((r) => r.text.endsWith('2021年12月底前'))).toEqual([]);
    expect(requirements.every((r) => r.deadline === '2021年12月底前')).toBe(true);
  });
});

describe('a lead cell whose names have no level to open them, glued to the title (福建 2017 and 平潭 2018 分解表 page.txt, the units as a department writes its offices)', () => {
  // The archive's page.txt of two tuned-on 政务公开 分解表 (工作任务 | 牵头单位 | 责任单位 | 工作要求, cells run together), each
  // lead's level left out as a department's plan writes its offices and a plan of one level its bureaus (省财政厅 → 财政厅,
  // 区经发局 → 经发局; 各设区市, 区直有关单位 kept): …公开力度财政厅国税局地税局物价局各设区市，平潭综合实验区利用…
  // Before, only a name opening with its level (省, 区 …) or 各 could start a units cell there, so the lead's names stayed in
  // the title and the row had no lead.
  const unprefixed = (name: string) => {
    const file = fileURLToPath(new URL(`./corpus/${name}`, import.meta.url));
    // Each of the document's names that opens with its level, without it (the names the rows below print).
    const text = readFileSync(file, 'utf8').replace(/(?<=[。）)\u4e00-\u9fa5])[省区](财政厅|国税局|地税局|物价局|经信委|财金局|经发局)/g, '$1');
    return importText(text).roles;
  };
  it('reads names glued together after a title that ends as titles end (…力度, …情况) as the lead cell, each a unit', async () => {
    const roles = unprefixed('fj-fujian-2017-zwgk-pagetxt.txt');
    const others = ['responsible:各设区市', 'responsible:平潭综合实验区'];
    expect(roles('加大减税降费、税收优惠政策公开力度')).toEqual(['lead:财政厅', 'lead:国税局', 'lead:地税局', 'lead:物价局', ...others]);
    expect(roles('公开清理规范涉企收费各项政策措施')).toEqual(['lead:经信委', 'lead:物价局', 'lead:财政厅', ...others]);
    expect(roles('深入推进预决算公开')).toEqual(['lead:财政厅', ...others]);
  });
  it('reads a lead list written with 、 the same way, the list after it the 责任单位', async () => {
    const roles = unprefixed('fj-pingtan-2018-zwgk-renwu-fenjie-pagetxt.txt');
    const all = ['responsible:区直有关单位', 'responsible:各乡镇人民政府'];
    expect(roles('深入推进预决算公开')).toEqual(['lead:财金局', ...all]);
    expect(roles('推进重大建设项目批准和实施领域')).toEqual(['lead:经发局', 'lead:重点办', ...all]);
  });
});

describe('names with no level to open them after a deadline cell (平潭 2016 生态环境保护 分工表 page.txt, the units as a plan of one level writes its bureaus)', () => {
  // The tuned-on 分工表 (序号 | 主要工作任务 | 具体工作措施 | 完成时限 | 主要责任单位 | 任务来源, cells run together), each unit's
  // level left out (unprefixedNames: 区经发局 → 经发局): …领导小组3月经发局环土局1、平潭综合实验区2016年工作要点…. The deadline
  // says where the names start; before, only a name opening with its level could, and the measures lost their units.
  // (注：主要责任单位第一个为牵头单位，其余为主要配合单位: the first leads.)
  it('reads the names after the deadline, glued together, each a unit, up to the next cell', async () => {
    const name = 'fj-pingtan-2016-shengtai-huanbao-yaodian-fengong';
    const file = fileURLToPath(new URL(`./corpus/${name}.txt`, import.meta.url));
    const expected = JSON.parse(readFileSync(fileURLToPath(new URL(`./corpus/${name}.expected.json`, import.meta.url)), 'utf8')) as ExpectedPlan;
    const text = withNamesReplaced(readFileSync(file, 'utf8'), unprefixedNames(expected));
    expect(text).toContain('成立我区生态文明建设领导小组3月经发局环土局1、平潭综合实验区2016年工作要点');
    const { requirements, roles } = importText(text);
    expect(roles('建立生态文明建设领导机制')).toEqual(['lead:经发局', 'participate:环土局']);
    expect(roles('保障三十六脚湖水质安全')).toEqual(['lead:环土局', 'participate:农发局', 'participate:三十六脚湖水库管理处']);
    // (A place's name glued after the names is the 任务来源 cell's: …12月交建局平潭综合实验区2016年工作要点.)
    expect(requirements.flatMap((r) => r.units.map((u) => u.name))).not.toContain('平潭综合实验区');
  });
});

describe('names opening with a banner’s or an autonomous prefecture’s level (旗, 州), run together (平潭 2018 分解表 page.txt as a 旗 writes it)', () => {
  // The tuned-on 分解表's page.txt with each 区 unit a 旗's (区行政审批局 → 旗行政审批局, 区直有关单位 → 旗直有关单位), as the plans
  // of 内蒙古's banners (and 州 those of autonomous prefectures) name their bureaus: …调整和公开工作旗行政审批局旗直有关单位，各乡镇人民政府….
  // Before, only 省 市 县 区 镇 乡 opened a name where the cells run together, so these rows lost their units.
  const file = fileURLToPath(new URL('./corpus/fj-pingtan-2018-zwgk-renwu-fenjie-pagetxt.txt', import.meta.url));
  const text = readFileSync(file, 'utf8').replace(/区(?=行政审批局|直有关单位|市场监管局|财金局|经发局|宣传部)/g, '旗');
  const { roles } = importText(text);
  const all = ['responsible:旗直有关单位', 'responsible:各乡镇人民政府'];
  it('reads the lead cell and the list after it as it does with 区', () => {
    expect(text).toContain('做好权责清单调整和公开工作旗行政审批局旗直有关单位，各乡镇人民政府');
    expect(roles('做好权责清单调整和公开工作')).toEqual(['lead:旗行政审批局', ...all]);
    expect(roles('深入推进预决算公开')).toEqual(['lead:旗财金局', ...all]);
    expect(roles('推进重大建设项目批准和实施领域')).toEqual(['lead:旗经发局', 'lead:重点办', ...all]);
  });
  it('parts two such names printed with no separator in a units cell', () => {
    expect(parseUnitsCell('旗财政局旗教育局', () => false).units.map((u) => u.name)).toEqual(['旗财政局', '旗教育局']);
    expect(parseUnitsCell('州发展改革委州财政局', () => false).units.map((u) => u.name)).toEqual(['州发展改革委', '州财政局']);
  });
});

describe('items numbered （1） （2） under the headings, with no 1. 2. above them (平潭 2018 分解表 page.txt so numbered)', () => {
  // The tuned-on 分解表's page.txt with each item's number written （1） instead of 1. (一、…（一）…（1）政府工作要做到公开透明 区直…),
  // as plans that number their requirements one level down print them. Before, a （1） was cut only as a point of a 1. item,
  // so every row ran into the next and the table was read as one long heading.
  const file = fileURLToPath(new URL('./corpus/fj-pingtan-2018-zwgk-renwu-fenjie-pagetxt.txt', import.meta.url));
  const text = withItemsBracketed(readFileSync(file, 'utf8'));
  const { requirements, roles } = importText(text);
  const all = ['responsible:区直有关单位', 'responsible:各乡镇人民政府'];
  it('reads each （n） as an item, numbered on through the plan, with its row’s cells', () => {
    expect(text).toContain('（1）政府工作要做到公开透明 区直有关单位，各乡镇人民政府坚持以公开为常态');
    // (The numbers as printed, as the page.txt numbered 1. gives them: 35 and 36 are not in the archive's text.)
    const printed = importText(readFileSync(file, 'utf8')).requirements;
    expect(requirements).toHaveLength(40);
    expect(requirements.map((r) => r.no)).toEqual(printed.map((r) => r.no));
    expect(requirements.map((r) => r.no).slice(33, 36)).toEqual([34, 37, 38]);
    expect(roles('政府工作要做到公开透明')).toEqual(all);
    expect(roles('做好权责清单调整和公开工作')).toEqual(['lead:区行政审批局', ...all]);
  });
});

describe('a units bracket closed by another role verb of the vocabulary, 主办 … 协办 (黑龙江 2013 政府工作报告 分工, tests/importer/corpus)', () => {
  // …增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办): before, only a bracket closed by
  // 牵头, 负责, 配合 or 落实 ended a sentence's assignment, so the next item ran into the bracket and lost its units.
  it('ends the assignment there, so each item keeps its own units', async () => {
    const { roles, requirements } = await importCorpusDocument('pi-heilongjiang-province-2013-zfgzbg-zhuban.txt');
    expect(roles('地区生产总值增长11%左右')).toEqual(['responsible:省发改委']);
    // (Its task number stays in its text, (二)公共财政…, as the excerpt prints the two targets on one line.)
    const second = requirements.find((r) => r.text.includes('公共财政收入增长13%左右'));
    expect(second?.units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:省财政厅', 'participate:省国税局', 'participate:地税局']);
    expect(roles('抓好600个省级重点产业项目')).toEqual(['lead:省发改委', 'participate:省工信委', 'participate:科技厅', 'participate:商务厅', 'participate:国土资源厅', 'participate:林业厅']);
    expect(roles('重点抓好哈尔滨中小型燃气轮机')).toEqual(['lead:省工信委', 'participate:省发改委']);
  });
});

describe('a lead cell of names glued together with no level between them, before the 配合 list (平潭 2021 分解表 page.txt, the leads without their level)', () => {
  // The tuned-on 分解表's page.txt (工作任务 | 工作要求 | 牵头单位 | 配合/责任单位, cells run together) with its leads' 区 left out, as
  // a plan of one level names its bureaus: …政策咨询服务。行政审批局行政服务中心区直有关单位，…. Before, the two names of the
  // lead cell (two paragraphs of it) stayed one name; 管委会办公室 must stay one (办公室 alone names no one).
  const file = fileURLToPath(new URL('./corpus/fj-pingtan-2021-zwgk-pagetxt.txt', import.meta.url));
  const text = readFileSync(file, 'utf8').replace(/区(?=行政审批局|行政服务中心|管委会办公室)/g, '');
  const { roles } = importText(text);
  it('parts them into units, each the shortest name that leaves the rest readable as names', () => {
    expect(text).toContain('的政策咨询服务。行政审批局行政服务中心区直有关单位，各区属事业单位');
    expect(roles('加强政策咨询服务')).toEqual(['lead:行政审批局', 'lead:行政服务中心', 'participate:区直有关单位', 'participate:各区属事业单位', 'participate:各片区管理局', 'participate:各乡镇人民政府（街道办事处）']);
    expect(roles('推行政府网站集约化建设')?.slice(0, 2)).toEqual(['lead:行政审批局', 'lead:管委会办公室']);
    expect(gluedNamesApart('区公安局交警支队')).toBe('区公安局交警支队');
  });
});

describe('a 分解表 whose 配合/责任单位 cells are merged down its rows and whose leads have no level (平潭 2022 分解表 so varied, as page.txt)', () => {
  // The tuned-on 平潭 2022 分解表 page with its units columns' runs merged (withUnitsMerged: 区直各有关单位，… printed once for a
  // task's rows) and its leads' 区 left out, as a department or a plan of one level names them, saved as the archive saves a
  // page: …推动优化投资和建设环境。经济发展局行政审批局4.持续推进…. Before, only names opening with a level or 各 counted as
  // rows whose names run on from their text, so the table was not read as one that merges its units cells: 0 of 18 right.
  const page = readFileSync(new URL('./corpus/fj-pingtan-2022-zwgk-renwu-fenjie.html', import.meta.url), 'utf8');
  const text = archivePageFile(withUnitsMerged(page)).replace(/区(?=经济发展局|行政审批局|财政金融局|社会事业局)/g, '');
  const { roles } = importText(`标题: 平潭综合实验区管委会办公室关于印发2022年全区政务公开工作主要任务分解表的通知\n==================== 正文 ====================\n${text}`);
  const list = ['区直各有关单位', '各区属事业单位', '各片区管理局', '各乡镇人民政府（街道办事处）'];
  it('reads each lead with the merged list as its 配合单位, and a row with no lead with the list as responsible', () => {
    expect(text).toContain('推动优化投资和建设环境。经济发展局行政审批局4.');
    expect(roles('增强政策制定实施的透明度')).toEqual(list.map((u) => `responsible:${u}`));
    expect(roles('建立市场主体反映投资和工程建设项目')).toEqual(['lead:经济发展局', 'lead:行政审批局', ...list.map((u) => `participate:${u}`)]);
    expect(roles('系统集成、智能推送')).toEqual(['lead:财政金融局', ...list.map((u) => `participate:${u}`)]);
  });
});

describe('a row naming only its leads, glued with no level between them, under merged 配合 cells (平潭 2021 分解表 so varied, as page.txt)', () => {
  // The tuned-on 平潭 2021 分解表 page with its units columns' runs merged and its leads' 区 left out: …通报批评。行政审批局管委会
  // 办公室（三）… names only its leads, the 配合/责任单位 list merged from the row above. Before, the two leads stayed one name.
  const page = readFileSync(new URL('./corpus/fj-pingtan-2021-zwgk.html', import.meta.url), 'utf8');
  const text = archivePageFile(withUnitsMerged(page)).replace(/区(?=行政审批局|管委会办公室)/g, '');
  const { roles } = importText(`标题: 平潭综合实验区管委会办公室关于印发2021年全区政务公开工作主要任务分解表的通知\n==================== 正文 ====================\n${text}`);
  it('writes them apart, each a lead', () => {
    expect(text).toContain('督促整改、通报批评。行政审批局管委会办公室（三）');
    expect(roles('开展政府信息公开专栏')?.slice(0, 2)).toEqual(['lead:行政审批局', 'lead:管委会办公室']);
  });
});
