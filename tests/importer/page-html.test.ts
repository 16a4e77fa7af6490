import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/importer/index';
import { readSource } from '../../src/lib/importer/read/index';
import { walkPlan } from '../../src/lib/catalog';
import { Registry } from '../../src/lib/registry/registry';

// A city page saved by a policy database (吉林市 2023 进一步促进房地产消费若干措施, tests/importer/corpus): markup before
// <body> makes the HTML parser lose that tag, so the article sits directly under <html>; seventeen measures, each a
// heading 一、 over one or two paragraphs, the last closed by （责任部门：…）; closing words; then the site's news list.
const file = new URL('./corpus/pl-jilin-jilin-2023-fangdichan-xiaofei.html', import.meta.url).pathname;
const source = await readSource(file);
const result = importPlan(source.document, { sourceFile: file, importedOn: '2026-01-01', registry: new Registry([]), sha256: source.sha256 });
const sections = result.entry.sections;

describe('a saved page whose <body> tag the parser loses (吉林 2023 若干措施)', () => {
  it('is read paragraph by paragraph, not as one line', () => {
    const texts = source.document.lines.map((l) => l.text);
    expect(texts).toContain('十、继续开展鼓励农民、大学生购房工作');
    expect(texts).toContain('十七、规范房地产中介市场');
    expect(texts.length).toBeGreaterThan(50);
  });

  it('reads its seventeen measures as sections, one requirement each with its units', () => {
    expect(sections.map((s) => s.no)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七']);
    expect(sections.every((s) => s.tasks.length === 0 && s.requirements.length === 1)).toBe(true);
    expect(sections[0]!.requirements[0]!.units.map((u) => u.name)).toEqual(['市住房和城乡建设局', '中国人民银行吉林市分行', '国家金融监督管理总局吉林监管分局']);
  });

  it('joins a measure of two paragraphs, the second ending in the units, into one requirement', () => {
    const [measure] = sections[9]!.requirements;
    expect(measure!.text).toMatch(/^自2023年1月1日至2023年12月31日，农民、大学生/);
    expect(measure!.text).toContain('本措施中二、三孩家庭，农民、大学生等群体购房享受的优惠政策不重复享受。');
    expect(measure!.units.map((u) => `${u.role}:${u.name}`)).toEqual(['responsible:市住房和城乡建设局', 'responsible:市财政局']);
  });

  it('ends the plan at its closing words, so the page’s news list after them is not read into the last measure', () => {
    const last = sections.at(-1)!.requirements;
    expect(last).toHaveLength(1);
    expect(last[0]!.units.map((u) => u.name)).toEqual(['市住房和城乡建设局', '市委网信办', '市公安局']);
    const all = [...walkPlan(result.entry)].map((r) => r.requirement.text);
    expect(all.some((t) => /上级文件另有规定|百强房企|郁亮/.test(t))).toBe(false);
  });
});
