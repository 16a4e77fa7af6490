import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { peopleTable } from '../../src/lib/importer/people-columns';
import { importCorpusDocument, importText } from './helpers';

// Tables that name people beside their units (责任领导 | 责任处室 | 责任人), the archive's page.txt with every cell run together
// (tests/importer/corpus): 平潭 市场监督管理局 2016 主要任务责任分解表 (rows by 序号, offices merged down over rows) and its 2017
// 30项主要任务分解表 (no 序号; each row closes with its office, its people and its month).
const article = (name: string) => readFileSync(new URL(`./corpus/${name}.txt`, import.meta.url), 'utf8').split('\n').at(-1)!;
const tasks2016 = 'fj-pingtan-2016-shijianju-zhuyao-renwu-zeren-fenjie-pagetxt';
const tasks2017 = 'fj-pingtan-2017-shijianju-gongzuo-yaodian-renwu-fenjie-pagetxt';

describe('a table with people beside its units, run together (page.txt)', () => {
  it('tells leaders, offices and clerks apart, row by row (2016, rows cut at their serials)', () => {
    const table = peopleTable(article(tasks2016))!;
    expect(table.labels.map((l) => l.label)).toEqual(['序号', '项目内容', '责任领导', '责任处室', '责任人', '完成时间']);
    expect(table.rows).toHaveLength(27);
    const row = (no: number) => table.rows[no - 1]!.cells;
    // 1区知识产权试点企业培育，…零的突破王 浩知识产权处叶龙海2016年12月: a two-character name spaced out, then the office.
    expect(row(1)).toEqual(['1', '区知识产权试点企业培育，实现我区省知识产权优势企业零的突破', '王 浩', '知识产权处', '叶龙海', '2016年12月']);
    // Four leaders, six offices and six clerks run together.
    expect(row(4).slice(2, 5)).toEqual(['王 浩江裕森曹承代', '市场规范处、稽查支队、食品处、药械处、消保处、信用信息处', '叶 峰陈功琳陈国清施友鹏张祖明瞿武朝']);
    // No leader before the office: it opens where the same office stands in another row (…通信平台消保处, 消保处 in row 4's list).
    expect(row(10).slice(1, 4)).toEqual(['建立投诉举报指挥中心通信平台', '', '消保处']);
    // 曹承代行政许可处 is 行政许可处 (row 6 names it too), after a three-character name, not 代行政许可处 after 曹承.
    expect(row(13).slice(1, 4)).toEqual(['食品经营三证合一', '江裕森 曹承代', '行政许可处、食品处']);
    // A row with no office of its own is under the office merged down from the row above; a text that ends in a word an office
    // could end in (…服务工作站, …物流中心筹建) is no office.
    expect(table.rows.filter((r) => r.merged).map((r) => Number(r.cells[0]))).toEqual([2, 3, 7, 8, 9, 16, 17, 18, 19, 21, 22, 26]);
    expect(table.after).toMatch(/^来源：/);
  });

  it('cuts the rows of a table without serials where an office, its people and a month close them (2017)', () => {
    const table = peopleTable(article(tasks2017))!;
    expect(table.rows).toHaveLength(30);
    expect(table.rows.map((r) => r.cells[3])).toEqual([
      ...Array<string>(4).fill('许可处'),
      '消保处', '药械处', '办公室', '稽查支队', '法规处', '消保处', '信用信息处', '物价处', '知识产权处', '信用信息处', '药械处', '检验检测中心',
      '质监处', '计量所', '食品处', '食品处', '质监处', '知识产权处', '质监处', '质监处', '稽查支队', '市场规范处', '食品处', '卫生监督所',
      '信用信息处、药械处、食品处', '消保处、食品处、药械处、知识产权处、质监处',
    ]);
    // The group's label spaced out over its first row (改 革 创 新) is the 类别 cell; the header printed again is no row.
    expect(table.rows.map((r) => r.cells[0]).filter(Boolean)).toEqual(['改革创新', '制度建设', '项目建设', '现场会议', '服务发展', '强化监管']);
    // …统一执法程序 is no name: the leader is the one the other rows name, 江裕森.
    expect(table.rows[8]!.cells.slice(1, 3)).toEqual(['制定《平潭实验区市场监督管理局行政处罚程序规定》，统一执法程序', '江裕森']);
  });

  it('imports each row with its offices, a merged one on the rows under it, no person as a unit', async () => {
    const { requirements, roles } = await importCorpusDocument(`${tasks2016}.txt`);
    expect(roles('区知识产权试点企业培育')).toEqual(['responsible:知识产权处']);
    expect(roles('引导知识产权服务机构入驻平潭')).toEqual(['responsible:知识产权处']);
    expect(roles('食品安全现场会')).toEqual(['responsible:食品处']);
    expect(roles('商事主体全程电子化登记')).toEqual(['responsible:行政许可处']);
    expect(requirements.flatMap((r) => r.units.map((u) => u.name)).filter((n) => /王 ?浩|江裕森|曹承代|叶龙海/.test(n))).toEqual([]);
    const later = await importCorpusDocument(`${tasks2017}.txt`);
    expect(later.roles('主动融入综治大网格化')).toEqual(['消保处', '食品处', '药械处', '知识产权处', '质监处'].map((n) => `responsible:${n}`));
  });
});

describe('the 普法责任清单 of 平潭 资源生态局 2021 (page.txt): a leader before each office, offices merged down', () => {
  it('reads the office that opens after the leader, not the ending two offices share (水生态环境处, 大气环境处)', async () => {
    const { requirements } = await importCorpusDocument('fj-pingtan-2021-ziyuan-shengtai-bawu-pufa-zeren-qingdan-pagetxt.txt');
    // The bureau labelled above the table (责任单位:平潭综合实验区自然资源与生态环境局) is a unit of every row, before its office.
    const bureau = '平潭综合实验区自然资源与生态环境局';
    expect(requirements.map((r) => r.units.map((u) => u.name).join('、'))).toEqual([
      ...Array<string>(2).fill(`${bureau}、水生态环境处`),
      ...Array<string>(7).fill(`${bureau}、大气环境处`),
      // The last row too: a merged cell of the grid applies for certain, not taken for a document cut off in its last row.
      ...Array<string>(19).fill(`${bureau}、林业管理处`),
    ]);
  });
  it('takes the body above the table under any units label of the vocabulary (责任部门: as another plan writes it)', async () => {
    const { file } = await importCorpusDocument('fj-pingtan-2021-ziyuan-shengtai-bawu-pufa-zeren-qingdan-pagetxt.txt');
    const text = readFileSync(file, 'utf8').replace('责任单位:平潭综合实验区', '责任部门:平潭综合实验区');
    expect(text).toContain('责任部门:平潭综合实验区自然资源与生态环境局序号');
    const { requirements } = importText(text);
    expect(requirements).toHaveLength(28);
    expect(requirements.every((r) => r.units[0]?.name === '平潭综合实验区自然资源与生态环境局')).toBe(true);
  });
});
