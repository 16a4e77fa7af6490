import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officeCellApart } from '../../src/lib/importer/office-cell';
import { textRequirements } from './helpers';

// 市场监管局 2016 三减 (the archive's page.txt, tests/importer/corpus): 附件 相关工作牵头处室分解表, 序号 | 配合工作 | 牵头处室,
// each row's office glued to its work with no level to mark where the name begins. The rows as the run-on reader cuts them.
const rows = [
  '十三五规划办公室', '台商直通车办公室', '防汛抗旱办公室', '自贸办相关工作办公室', '一区两标办公室', '内保安全办公室', '文明城市创建办公室、机关党委',
  '落实党委主体责任全纪实办公室、机关党委', '综治考评法规处', '平安建设法规处', '梳理、研究法律政策法规处', '普法工作法规处', '市场准入负面清单行政许可处',
  '民间投资行政许可处', '商事登记制度行政许可处、信用信息处', '文明行业创建机关党委', '惩防体系和党风廉政建设机关党委', '文明单位创建机关党委', '民宿检查食品处',
  '千分制考核（省食药局）食品处、药械处', '旅游市场检查市场规范处', '电动车专项整治市场规范处', '1+X专项督查信用信息处', '信用体系建设信用信息处',
  '养老服务工作联席会议药械处', '国际旅游岛建设质监处', '安全生产质监处', '电动车源头治理质监处', '家政服务业补短板质监处',
];

describe('an office glued to its row\'s work, told by the offices the table repeats (市场监管局 2016 牵头处室分解表)', () => {
  it.each([
    ['十三五规划办公室', ['十三五规划', '办公室']],
    ['综治考评法规处', ['综治考评', '法规处']],
    // The office that leads the most rows, not the longest ending two rows share (创建机关党委).
    ['文明行业创建机关党委', ['文明行业创建', '机关党委']],
    ['旅游市场检查市场规范处', ['旅游市场检查', '市场规范处']],
    // A list ending the row: only its first name is glued; a name found only in another row's list counts too.
    ['文明城市创建办公室、机关党委', ['文明城市创建', '办公室、机关党委']],
    ['养老服务工作联席会议药械处', ['养老服务工作联席会议', '药械处']],
    ['1+X专项督查信用信息处', ['1+X专项督查', '信用信息处']],
  ])('%s → %j', (row, parts) => expect(officeCellApart(row, rows)).toEqual(parts));

  // 交建局 2024 安全生产 计划表 (page.txt): the offices carry their role words, a lead list goes on after a comma, and a bare kind
  // of office (处室, which 局各处室 and 各业务处室 both end in) is never the name.
  it.each([
    ['安全生产法律法规宣传教育局各处室按职责落实', ['安全生产法律法规宣传教育', '局各处室按职责落实']],
    ['“安全生产月”系列活动局安监处牵头，各业务处室配合', ['“安全生产月”系列活动', '局安监处牵头，各业务处室配合']],
    ['党中央、国务院、省委、省政府和区党工委管委会重大决策宣传教育局各处室按职责落实', ['党中央、国务院、省委、省政府和区党工委管委会重大决策宣传教育', '局各处室按职责落实']],
  ])('%s → %j (roles kept)', (row, parts) => {
    const calendar = ['安全生产法律法规宣传教育局各处室按职责落实', '防汛、备汛、防暑工作局各处室按职责落实', '道路运输企业主要负责人和安全生产管理人员安全考核工作局安监处、运管处', '“安全生产月”系列活动局安监处牵头，各业务处室配合', '交通安全日活动局安监处、运管处按职责落实', row];
    expect(officeCellApart(row, calendar)).toEqual(parts);
  });

  it('leaves a row whose ending no other row has', () => {
    expect(officeCellApart('推进政务公开标准化建设', rows)).toBeNull();
    expect(officeCellApart('十三五规划办公室', ['十三五规划办公室', '防汛抗旱'])).toBeNull();
  });

  it('gives each row of the page its office as lead, the table\'s rows numbered from 1 again after the notice\'s items', () => {
    const file = new URL('./corpus/fj-pingtan-2016-sanjian-fengong-qiantou-chushi-pagetxt.txt', import.meta.url);
    expect(readFileSync(file, 'utf8')).toContain('序号配合工作牵头处室1十三五规划办公室2台商直通车');
    const reqs = textRequirements(file);
    const row = (text: string) => reqs.find((r) => r.text.startsWith(text));
    expect(row('十三五规划')?.units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:办公室']);
    expect(row('家政服务业补短板')?.units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:质监处']);
    expect(row('文明行业创建')?.units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:机关党委']);
  });
});
