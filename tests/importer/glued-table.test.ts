import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gluedTable } from '../../src/lib/importer/glued-table';
import { withBreaksBetweenTags } from '../../src/lib/importer/corpus';
import { importPageTxt, runOnLines, textRequirements } from './helpers';

// 平潭 2016 环境问题整改任务分解表, the public archive's page.txt (tests/importer/corpus): the Word table 存在问题 | 整改目标和措施 |
// 责任单位 with its cells run together, no row numbered, the 存在问题 cell spanning several rows.
const file = new URL('./corpus/fj-pingtan-2016-env-rectify-pagetxt.txt', import.meta.url);
const article = readFileSync(file, 'utf8').split('\n').at(-1)!;

describe('a table run together with no numbers (平潭 2016 环境问题整改任务分解表, page.txt)', () => {
  const table = gluedTable(article)!;

  it('finds the header and ends each row at its units cell', () => {
    expect(table.labels.map((l) => l.label)).toEqual(['存在问题', '整改目标和措施', '责任单位']);
    // Every row of the page's table, in order, with its 责任单位 cell as printed.
    expect(table.rows.map((r) => r[2])).toEqual([
      '区环土局牵头，区农发局配合',
      '区农发局牵头，区环土局配合，相关乡镇落实',
      '区农发局牵头，区规划局配合',
      '区农发局',
      '区农发局',
      '相关乡镇人民政府',
      '相关乡镇人民政府、区农发局、区环土局',
      '区农发局，区规划局配合',
      '区农发局牵头，区环土局配合，流水镇落实',
      '区交建局',
      '区交建局',
      '区卫计局',
    ]);
  });

  it('does not take a name inside a requirement as a units cell', () => {
    const text = (start: string) => table.rows.find((r) => r[1]!.includes(start))?.[1];
    // 报管委会: the object of 报; 我区医疗废物收集贮存场所: the place the text speaks of (所 ends names too).
    expect(text('组织开展入海排污情况调查')).toMatch(/提出整改意见报管委会$/);
    expect(text('2016年底前建成')).toMatch(/建成我区医疗废物收集贮存场所建设$/);
    // …禁养区和可养区区农发局: the cell's name is the one the page names elsewhere after a mark, not the text's words before it.
    expect(text('划定全区畜禽养殖')).toBe('2016年6月底前划定全区畜禽养殖禁养区和可养区');
  });

  it('leaves the signature and the site words after the table', () => {
    expect(table.after).toMatch(/^平潭综合实验区管委会办公室 2016年5月10日印发/);
    expect(table.before).toMatch(/督查落实专题会议通报环境问题整改任务分解表$/);
  });

  it('is read as a table: a pipe header and a row per requirement', () => {
    const lines = runOnLines(file);
    expect(lines).toContain('| 存在问题 | 整改目标和措施 | 责任单位 |');
    expect(lines).toContain('|  | 2016年6月底前制订第二批畜禽养殖场关闭拆除工作实施方案 | 区农发局 |');
  });

  it('gives the requirements their units and roles', () => {
    const requirements = textRequirements(file);
    const units = (start: string) => requirements.find((q) => q.text.startsWith(start))?.units.map((u) => `${u.role} ${u.name}`);
    expect(units('2016年6月底前完成省下达')).toEqual(['lead 区农发局', 'participate 区规划局']);
    expect(units('2016年10月底前实施')).toEqual(['responsible 相关乡镇人民政府', 'responsible 区农发局', 'responsible 区环土局']);
    expect(units('加快相关管网设施建设')).toEqual(['responsible 区交建局']);
  });
});

describe('text that is not such a table', () => {
  it('is left alone: a header without rows, rows without a header', () => {
    expect(gluedTable('附件 任务分解表 工作任务具体要求责任单位 以上任务请各单位认真落实。')).toBeNull();
    expect(gluedTable('组织开展入海排污情况调查区环土局牵头2016年6月底前划定可养区区农发局加快相关管网设施建设区交建局')).toBeNull();
  });
});

// 广州 2023 家庭医生签约服务 实施方案 (tests/importer/corpus, a tuned-on page), as the public archive's page.txt writes such a page
// (archivePageText): the plan's numbered body, then 附件2 任务分工表 with its cells run together: 序号 | 工作事项 | 主要内容 | 牵头单位 |
// 配合单位 | 市卫健委内牵头处室 | 市卫健委内配合处室, the 序号 and 工作事项 cells spanning 1–4 rows, '/' for an empty cell.
describe('a table run together after the plan, its units in four columns (广州 2023 家庭医生 任务分工表, as page.txt)', () => {
  const html = readFileSync(new URL('./corpus/pn-guangdong-guangzhou-2023-jiating-yisheng-fengong.html', import.meta.url), 'utf8');
  const { text, roles } = importPageTxt(html, '广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知');

  it('parts a row’s names into its units columns where nothing stands between two of them', () => {
    expect(text).toContain('到2025年不低于4.66人。各区政府市卫生健康委基层处医政处根据服务人口');
    expect(roles('现阶段家庭医生包括全')).toEqual(['lead:各区政府', 'participate:市卫生健康委', 'lead:基层处', 'participate:医政处']);
    // (A mark keeps two names in one cell: 市卫生健康委、市人社局 are both 配合单位.)
    expect(roles('根据服务人口、功能定')).toEqual(['lead:各区政府', 'participate:市卫生健康委', 'participate:市人社局', 'lead:人事处', 'participate:基层处']);
  });

  it('reads a "/" as an empty cell', () => {
    // 各区政府、市卫生健康委/科教处基层处: no 配合单位; 各区政府、市卫生健康委/基层处/: no 配合单位 and no 配合处室.
    expect(roles('贯彻落实《广州市改革')).toEqual(['lead:各区政府', 'lead:市卫生健康委', 'lead:科教处', 'participate:基层处']);
    expect(roles('做实做细基层医生全科')).toEqual(['lead:各区政府', 'lead:市卫生健康委', 'lead:基层处']);
  });

  it('reads the rows under a merged 序号 as requirements of their own, the title of a numbered row apart from its text', () => {
    // 6保障合理用药。落实医保药品目录…: the 工作事项 closed by its full stop, then three more rows under it, each with its units.
    expect(roles('落实医保药品目录药品')).toEqual(['lead:各区政府', 'participate:市卫生健康委', 'participate:市医保局', 'lead:药政处', 'participate:基层处', 'participate:医政处']);
    expect(roles('紧密型医疗集团（鼓励')).toEqual(['lead:各区政府', 'lead:市卫生健康委', 'participate:市医保局', 'lead:药政处', 'participate:医政处', 'participate:基层处']);
  });

  it('ends the last row at the site’s footer (主办单位：… 粤公网安备… 粤ICP备…)', () => {
    expect(text).toMatch(/宣传处 发布 主办单位：广州市卫生健康委员会 联系方式：020-12320 粤公网安备/);
    expect(roles('各区、各部门要采取群众')).toEqual(['lead:各区政府', 'lead:市卫生健康委', 'lead:基层处', 'participate:宣传处']);
  });

  it('reads the same table with a space between its cells (a page whose cells the saved text keeps apart)', () => {
    const spaced = importPageTxt(withBreaksBetweenTags(html, 'cells'), '广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知');
    expect(spaced.text).toContain('到2025年不低于4.66人。 各区政府 市卫生健康委 基层处 医政处根据服务人口');
    expect(spaced.roles('现阶段家庭医生包括全')).toEqual(['lead:各区政府', 'participate:市卫生健康委', 'lead:基层处', 'participate:医政处']);
    expect(spaced.roles('做实做细基层医生全科')).toEqual(['lead:各区政府', 'lead:市卫生健康委', 'lead:基层处']);
  });
});
