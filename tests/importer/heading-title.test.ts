import { describe, expect, it } from 'vitest';
import { gluedTitleEnd, namesAfterTitle } from '../../src/lib/importer/heading-title';
import { nameListApart, nameRun } from '../../src/lib/importer/names-in-text';

/** The title a glued heading's words give, or null: the text after the heading's number. */
const title = (text: string): string | null => {
  const end = gluedTitleEnd(text, 0);
  return end < 0 ? null : text.slice(0, end);
};

// Task cells glued to their first requirement, from the corpus's tables saved as text (平潭 2022 分解表, 福建 2017 分解表).
describe('where a glued heading title ends', () => {
  it.each([
    ['加强涉及市场主体的信息公开增强政策制定实施的透明度和可预期性，', '加强涉及市场主体的信息公开'],
    ['持续做好疫情防控信息公开严格执行疫情防控信息发布各项制度，', '持续做好疫情防控信息公开'],
    ['强化稳就业保就业信息公开加强政策宣讲和推送工作，', '强化稳就业保就业信息公开'],
    ['开展行政规范性文件集中公开结合实际情况有序推进现行有效行政规范性文件集中公开。', '开展行政规范性文件集中公开'],
  ])('%s → %s', (text, expected) => expect(title(text)).toBe(expected));

  it.each([
    // The words give no seam (系统 opens no requirement; 运用 ends no title): left as read.
    '加强涉及减税降费的信息公开系统集成、智能推送已出台各项减税降费政策，',
    '加强政策集中公开成果运用各政府信息公开工作部门要加强统筹，',
    // A punctuation mark, a digit or a space before any seam: not a glued title.
    '加强政策解读，推进政策解读与政策制定同步',
    '加强政策解读1.推进政务公开',
    '加强政策解读 推进政务公开',
  ])('%s → none', (text) => expect(title(text)).toBeNull());
});

// Titles of the corpus's 分解表 with their lead cell glued on, the lead's names written without their level as a
// department's plan writes its offices (福建 2017, 平潭 2018 page.txt): where the names start.
describe('where names glued to a title start', () => {
  const names = (text: string, known: string[] = []): string | null => {
    const at = namesAfterTitle(text, text.length, nameListApart, known);
    return at < 0 ? null : text.slice(at);
  };
  it.each([
    ['5.加大减税降费、税收优惠政策公开力度财政厅国税局地税局物价局', '财政厅国税局地税局物价局'],
    ['7.公开清理规范涉企收费各项政策措施及执行落实情况经信委物价局财政厅', '经信委物价局财政厅'],
    ['6.深入推进预决算公开财金局', '财金局'],
    ['7.推进重大建设项目批准和实施领域政府信息公开经发局、重点办', '经发局、重点办'],
    // A title's last word does not open the names where they go on without it (工作办公室), but may be a name's (宣传部).
    ['3.做好信息公开工作办公室', '办公室'],
    ['15.建立完善舆情回应快速反应和协调联动的工作机制宣传部、网信办', '宣传部、网信办'],
    // A closing mark ends the title too.
    ['37.贯彻落实新修订的《中华人民共和国政府信息公开条例》管委会办公室', '管委会办公室'],
    ['30.推进政府网站部署互联网协议第六版（IPv6）管委会办公室', '管委会办公室'],
    // Not a verb of the title's: …稳妥做好 | 突发事件舆情回应工作宣传部 (做好 ends no title).
    ['16.稳妥做好突发事件舆情回应工作宣传部、网信办', '宣传部、网信办'],
  ])('%s → %s', (text, expected) => expect(names(text)).toBe(expected));
  it('takes a name the document writes elsewhere after a 、 where the words before it do not end a title', () => {
    expect(names('26.规范和完善办理指南审批科、服务科')).toBeNull();
    expect(names('26.规范和完善办理指南审批科、服务科', ['审批科'])).toBe('审批科、服务科');
  });
  it('prefers a name the document writes elsewhere to a longer run the title ends before (服务 ends titles)', () => {
    expect(names('19.推动网上办事服务事项标准化行政审批局、智慧岛服务管理中心')).toBe('事项标准化行政审批局、智慧岛服务管理中心');
    expect(names('19.推动网上办事服务事项标准化行政审批局、智慧岛服务管理中心', ['智慧岛服务管理中心', '行政审批局'])).toBe('行政审批局、智慧岛服务管理中心');
  });
  it('finds none in a title that ends in no names', () => {
    expect(names('1.政府工作要做到公开透明')).toBeNull();
    expect(names('9.推进社会公益事业建设领域政府信息公开')).toBeNull();
  });
});

describe('collective names of a department’s plan in running text', () => {
  it.each([['各有关处室，局属各单位全面公开', 2], ['机关各科室、各股室要', 2], ['各有关科室负责', 1]])('%s: %i names', (text, count) => expect(nameRun(text, 0, false).count).toBe(count));
});
