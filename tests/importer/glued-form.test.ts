import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gluedForm } from '../../src/lib/importer/glued-form';
import { textRequirements } from './helpers';

// 平潭 2017 气瓶充装安全专项整治, the archive's page.txt (tests/importer/corpus): a bureau's two-column form (专项名称 / 分管领导 /
// 牵头单位 / 配合单位 / 工作任务 / 时间安排 / 注意事项 / 落实反馈) run together label after value, the form broken across pages
// (工作任务 printed again before （三）, 时间安排 inside a word of the last phase: 对各分时间安排局工作).
const file = new URL('./corpus/fj-pingtan-2017-qiping-chongzhuang-zhengzhi-pagetxt.txt', import.meta.url);
const text = readFileSync(file, 'utf8');
const article = text.split('\n').at(-1)!;

describe('a form run together label after value (平潭 2017 气瓶充装 专项整治, page.txt)', () => {
  const form = gluedForm(article)!;

  it('finds each label in order with its value', () => {
    expect(form.pairs.map((p) => p.label)).toEqual(['专项名称', '分管领导', '牵头单位', '配合单位', '工作任务', '时间安排', '注意事项', '落实反馈']);
    const value = (label: string) => form.pairs.find((p) => p.label === label)!.value;
    expect(value('专项名称')).toBe('全区气瓶充装安全专项整治');
    expect(value('牵头单位')).toBe('质监处');
    expect(value('配合单位')).toBe('各分局');
  });

  it('goes on with a value where the form broke across pages, a paragraph to a line', () => {
    const tasks = form.pairs.find((p) => p.label === '工作任务')!.value.split('\n');
    expect(tasks.map((t) => t.slice(0, 3))).toEqual(['（一）', '（二）', '（三）']);
    expect(tasks[2]).toMatch(/^（三）强化气瓶信息化管理/);
    expect(form.pairs.find((p) => p.label === '时间安排')!.value).toContain('对各分时间安排局工作');
  });

  it("gives every task the form's lead and participant", () => {
    const requirements = textRequirements(file);
    expect(requirements.map((q) => q.text.slice(0, 9))).toEqual(['做好气瓶使用登记和', '加强监管，落实企业', '强化气瓶信息化管理']);
    for (const q of requirements) expect(q.units.map((u) => `${u.role} ${u.name}`)).toEqual(['lead 质监处', 'participate 各分局']);
  });
});

describe('text that is not such a form', () => {
  it('is left alone: labels in running prose', () => {
    expect(gluedForm('各单位要明确牵头单位和配合单位，落实工作任务，按照时间安排推进，注意事项另行通知。')).toBeNull();
  });
});
