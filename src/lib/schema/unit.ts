import { z } from 'zod';
import { slug, zh } from './common';

/**
 * What kind of body a unit is. Collective designations (各镇（街）, 市直各单位)
 * are units too, so that every assignment in a plan has a target, but they
 * are kept out of rankings of departments.
 */
export const unitKind = z
  .enum(['department', 'office', 'town', 'government', 'collective'])
  .meta(
    zh(
      '单位类型',
      'department 政府部门或直属单位；office 机关内设科室；town 镇（街道）；government 下级人民政府；collective 集合称谓（如“市直各单位”）',
      'department',
    ),
  );
export type UnitKind = z.infer<typeof unitKind>;

/** Chinese labels for unit kinds, in display order. */
export const unitKindLabels: Record<UnitKind, string> = {
  department: '部门和单位',
  office: '内设科室',
  government: '下级人民政府',
  town: '镇（街道）',
  collective: '集合称谓',
};

/**
 * A unit (责任单位) in one region's registry: the body a requirement is
 * assigned to. The registry is what turns the many spellings in documents
 * (市卫健委, 卫生健康局) into one canonical unit with one page.
 */
export const unitSchema = z.object({
  /** Stable id, region-prefixed pinyin of the canonical name, e.g. `leizhou-shicaizhengju`. */
  id: slug.meta(zh('单位编号', '单位的稳定编号，由地区和单位名称拼音构成', 'leizhou-shicaizhengju')),
  /** Canonical full name as used in the region's documents, e.g. 市财政局. */
  name: z.string().min(1).meta(zh('单位名称', '单位的规范全称（按本地区文件的写法）', '市财政局')),
  /** Region the unit belongs to, matching a plan's `region.name`, e.g. 雷州市. */
  region: z.string().min(1).meta(zh('所属地区', '单位所属的行政区域', '雷州市')),
  /** Kind of body; see `unitKind`. */
  kind: unitKind,
  /** The body an internal office (kind `office`) belongs to, e.g. 江门市政府投资工程建设管理中心; null otherwise. */
  parent: z.string().min(1).nullable().default(null).meta(zh('上级单位', '内设科室所属的机关；其他单位为空')),
  /** Other spellings found in documents (abbreviations, old bracket forms), e.g. 市卫健委. */
  aliases: z.array(z.string().min(1)).default([]).meta(zh('别名', '文件中出现的其他写法，如简称', '市卫健委')),
  /**
   * The unit that took over this one's duties after an institutional reform
   * (市卫生计生局 → 市卫生健康局), so one line of history reads across years.
   */
  successor: slug.nullable().default(null).meta(zh('继任单位', '机构改革后承接其职责的单位编号', 'jieyang-shiweishengjiankangju')),
});

export type Unit = z.infer<typeof unitSchema>;
