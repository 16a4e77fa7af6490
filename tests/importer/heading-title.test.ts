import { describe, expect, it } from 'vitest';
import { gluedTitleEnd } from '../../src/lib/importer/heading-title';

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
