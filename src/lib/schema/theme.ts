import { z } from 'zod';
import { slug, zh } from './common';

/**
 * A theme (主题): one entry of the controlled vocabulary that requirements are
 * tagged with. Rules (keywords) live here, in the content, so editors can tune
 * tagging without touching code; a plan entry can override them per requirement.
 */
export const themeSchema = z.object({
  /** Stable id used in URLs and data files, e.g. `policy-interpretation`. */
  id: slug.meta(zh('主题编号', '主题的稳定编号，用于网址和数据文件', 'zhengce-jiedu')),
  /** Display name in Chinese, e.g. 政策解读. */
  name: z.string().min(1).meta(zh('主题名称', '主题的中文名称', '政策解读')),
  /** One or two sentences on what the theme covers, shown on the theme page. */
  description: z.string().min(1).meta(zh('主题说明', '该主题涵盖的工作内容')),
  /**
   * Keywords: a requirement whose text contains any of them is tagged with
   * the theme. Plain substrings, no regular expressions, so editors can add them.
   */
  keywords: z.array(z.string().min(1)).min(1).meta(zh('关键词', '要求正文包含任一关键词即归入该主题')),
  /** Sort position in lists and navigation (ascending). */
  order: z.number().int().meta(zh('排序', '在列表中的排列顺序')),
});

export type Theme = z.infer<typeof themeSchema>;
