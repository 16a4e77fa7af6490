import { z } from 'zod';
import { roleLabels, roles as roleCodes } from '../model/vocabulary';
import { httpUrl, isoDate, slug, zh } from './common';

/**
 * How a unit takes part in a requirement, normalised from the verbs the
 * documents use (the vocabulary: src/lib/model/vocabulary.ts):
 * - `lead` 牵头, 主办;
 * - `responsible` 负责, 分别负责, 落实, or a bare list with no verb;
 * - `participate` 配合, 协办, 会办, 参与, 按职责分工落实, 参照落实.
 */
export const role = z
  .enum(roleCodes)
  .meta(zh('职责类型', 'lead 牵头；responsible 负责；participate 配合、协办、按职责分工落实', 'lead'));
export type Role = z.infer<typeof role>;

/** Chinese labels for roles, in the order pages list them (src/lib/model/vocabulary.ts). */
export { roleLabels };
export const roles: readonly Role[] = role.options;

/** 公开方式 as printed at the end of a government document. */
export const disclosure = z
  .enum(['主动公开', '依申请公开', '不予公开'])
  .meta(zh('公开方式', '原文件标注的公开方式', '主动公开'));
export type Disclosure = z.infer<typeof disclosure>;

/** 有效性: whether the document is still in force. */
export const validity = z.enum(['有效', '已修改', '已废止', '已失效']).meta(zh('有效性', '文件当前的效力状态', '有效'));

/** One unit's part in one requirement. */
export const assignmentSchema = z.object({
  /** Full canonical unit name, abbreviations expanded: 市市场监管局, not 市场监管局. */
  name: z.string().min(1).meta(zh('单位名称', '责任单位的规范全称（简称已展开）', '市市场监管局')),
  /** Id of the unit in the region's registry. */
  unit: slug.meta(zh('单位编号', '单位登记表中的单位编号', 'meizhou-shishichangjianguanju')),
  /** The unit's role in this requirement. */
  role,
});
export type Assignment = z.infer<typeof assignmentSchema>;

/**
 * A decision a person made where the document itself is ambiguous. The
 * importer keeps what is written in `unitsRaw`, flags the doubt in the review
 * report, and the entry records the human decision here.
 */
export const reviewSchema = z.object({
  /** What the importer was unsure about. */
  issue: z.string().min(1).meta(zh('存疑之处', '导入时发现的疑点')),
  /** What was decided, and why. */
  decision: z.string().min(1).meta(zh('处理决定', '人工核对后的处理决定及理由')),
});
export type Review = z.infer<typeof reviewSchema>;

/** One numbered item (1. 2. …), or an unnumbered paragraph where the document has none. */
export const requirementSchema = z.object({
  /**
   * Stable id, unique within the plan, derived from the printed numbering and
   * used as the URL anchor: `r24` where numbering runs through the plan,
   * `t2-r3` where it restarts in every task, `t9` for a task's only, unnumbered paragraph.
   */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, 'expected an anchor id such as r24 or t2-r3')
    .meta(zh('要求编号', '要求在方案内的稳定编号，也是网页锚点', 'r24')),
  /** The number as printed, or null for an unnumbered paragraph. */
  no: z.number().int().positive().nullable().meta(zh('序号', '原文印刷的序号；无序号段落为空', 24)),
  /** The full text, page-break splits joined, markup removed. */
  text: z.string().min(1).meta(zh('要求正文', '具体要求全文（已合并跨页断行、去除标记）')),
  /**
   * The responsible-units cell exactly as the document wrote it (after joining
   * page breaks), so every derived value can be checked against it. Null when
   * the document names no unit for this requirement.
   */
  unitsRaw: z.string().min(1).nullable().meta(zh('责任单位原文', '原文“责任单位”栏的文字，未作任何改写', '市教育局牵头，各镇（街）、市直各单位按职责分工落实')),
  /** The units derived from `unitsRaw`, with roles. */
  units: z.array(assignmentSchema).meta(zh('责任单位', '由原文解析出的责任单位及其职责')),
  /** Deadline (完成时限) as printed, when the document gives one. */
  deadline: z.string().min(1).nullable().default(null).meta(zh('完成时限', '原文给出的完成时限', '2022年底前')),
  /** Theme ids set by hand; when present they replace the rule-based tagging for this requirement. */
  themes: z.array(slug).optional().meta(zh('主题', '人工指定的主题编号；为空时按主题关键词自动归类')),
  /** A human decision on an ambiguity in the source. */
  review: reviewSchema.optional(),
});
export type Requirement = z.infer<typeof requirementSchema>;

/** A task ((一)(二)…) within a section. */
export const taskSchema = z.object({
  /** The task's number as printed, normalised to Chinese numerals without brackets, e.g. 二; null if unnumbered. */
  no: z.string().min(1).nullable().meta(zh('任务序号', '具体任务的序号（中文数字）', '二')),
  /** The task's title, page-break splits joined. */
  title: z.string().min(1).meta(zh('任务名称', '具体任务的标题', '持续推进基层政务公开标准化规范化')),
  /** The task's requirements, in document order. */
  requirements: z.array(requirementSchema).min(1),
});
export type Task = z.infer<typeof taskSchema>;

/** A section (一、二、…) of the plan. */
export const sectionSchema = z.object({
  /** The section's number as Chinese numerals, e.g. 四. */
  no: z.string().min(1).meta(zh('部分序号', '工作要求（部分）的序号（中文数字）', '四')),
  /** The section's title, page-break splits joined. */
  title: z.string().min(1).meta(zh('部分名称', '工作要求（部分）的标题', '优化政务公开平台建设')),
  /** Tasks, when the document has a task level. */
  tasks: z.array(taskSchema).default([]),
  /** Requirements directly under the section (no task level). */
  requirements: z.array(requirementSchema).default([]),
});
export type Section = z.infer<typeof sectionSchema>;

/** Where the plan came from: the original kept in the repository, and the public URL where known. */
export const sourceSchema = z.object({
  /** Path of the original document, relative to the project's `sources/` folder. */
  file: z.string().min(1).meta(zh('原始文件', '项目中保存的原始文件', '2022-leizhou.txt')),
  /** Public URL of the original, when known. */
  url: httpUrl.nullable().default(null).meta(zh('原文网址', '原文件的公开网址（如有）；只接受 http(s) 网址', 'https://www.leizhou.gov.cn/zwgk/')),
  /** SHA-256 of the original file, so a reader can verify it is the one imported. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).meta(zh('原始文件校验值', '原始文件的 SHA-256 值')),
  /** Date the original was imported into Fengong. */
  importedOn: isoDate.meta(zh('导入日期', '原文件导入本站的日期', '2026-11-21')),
});

/** The administrative region a plan covers. */
export const regionSchema = z.object({
  /** Region name as in the document, e.g. 雷州市. */
  name: z.string().min(1).meta(zh('地区', '方案所属行政区域名称', '雷州市')),
  /** GB/T 2260 administrative code, when known. */
  code: z.string().regex(/^\d{6}$/).nullable().default(null).meta(zh('行政区划代码', 'GB/T 2260 行政区划代码', '440882')),
});

/** Plan metadata, shared by the content entry and the published JSON. */
export const planMetaShape = {
  /** Full title of the notice, e.g. 雷州市人民政府办公室关于印发…的通知. */
  title: z.string().min(1).meta(zh('标题', '文件标题')),
  /** 发文机关: the body that issued the document. */
  issuer: z.string().min(1).meta(zh('发文机关', '印发文件的机关', '雷州市人民政府办公室')),
  /** 发文字号, e.g. 雷府办函〔2022〕316号; null when the document has none. */
  docNumber: z.string().min(1).nullable().meta(zh('发文字号', '文件的发文字号；无则为空', '雷府办函〔2022〕316号')),
  /** 成文日期; null when missing or damaged in the source. */
  issuedOn: isoDate.nullable().meta(zh('成文日期', '文件落款日期', '2022-11-16')),
  /** 发布日期 on the publishing website, when known. */
  publishedOn: isoDate.nullable().default(null).meta(zh('发布日期', '原文在网站上的发布日期', '2018-07-05')),
  /**
   * 发布时间: the time of day the publishing website gives with its 发布日期,
   * 24-hour HH:MM, when known. With `publishedOn` it makes the page's PubDate
   * (YYYY-MM-DD HH:MM); a plan without it has no PubDate rather than an invented time.
   */
  publishedTime: z
    .string()
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day written HH:MM, e.g. 10:47')
    .optional()
    .meta(zh('发布时间', '原文在网站上的发布时间（时:分，24 小时制），与发布日期一起构成网页的 PubDate', '10:47')),
  /** The work year the plan covers. */
  year: z.number().int().min(2000).max(2100).meta(zh('年度', '方案针对的工作年度', 2022)),
  region: regionSchema,
  /** 公开方式; null when the document says nothing. */
  disclosure: disclosure.nullable(),
  /** Document numbers this plan implements, e.g. 粤府办〔2018〕19号. */
  upstream: z.array(z.string().min(1)).default([]).meta(zh('上级文件', '本方案贯彻落实的上级文件字号', '粤府办〔2018〕19号')),
  /** 主送 recipients. */
  recipients: z.array(z.string().min(1)).default([]).meta(zh('主送', '主送单位')),
  /** 抄送 recipients. */
  cc: z.array(z.string().min(1)).default([]).meta(zh('抄送', '抄送单位')),
  source: sourceSchema,
  validity: validity.default('有效'),
  // The 政府信息公开目录 block a government page shows above a document
  // (索引号, 主题分类, 发布机构, 主题词), where known; 文号, 成文日期, 发布日期
  // and 有效性 are docNumber, issuedOn, publishedOn and validity above.
  /** 索引号: the document's number in the publisher's 政府信息公开目录, e.g. 11440882007254390X/2022-00316. */
  indexNo: z.string().trim().min(1).optional().meta(zh('索引号', '原文在政府信息公开目录中的索引号', '11440882007254390X/2022-00316')),
  /** 主题分类: the 政府信息公开目录 subject category, e.g. 综合政务\\政务公开. */
  subjectCategory: z.string().trim().min(1).optional().meta(zh('主题分类', '原文在政府信息公开目录中的主题分类', '综合政务\\政务公开')),
  /** 发布机构: the body that published the document online; when absent, pages give the issuer. */
  publisher: z.string().trim().min(1).optional().meta(zh('发布机构', '在网站上发布原文的机构；未填写时按发文机关', '雷州市人民政府办公室')),
  /** 主题词: subject terms given with the document. */
  subjectTerms: z.array(z.string().trim().min(1)).optional().meta(zh('主题词', '原文标注的主题词', '政务公开')),
};

/**
 * Only 主动公开 documents, or documents that say nothing, may be published:
 * re-publishing a 依申请公开 or 不予公开 document would disclose what its
 * issuer decided not to disclose proactively.
 */
export const publishableDisclosure = disclosure.nullable().refine((d) => d === null || d === '主动公开', {
  error: (issue) =>
    `this plan is marked 公开方式：${String(issue.input)} and must not be published; only 主动公开 documents (or documents that state no 公开方式) may reach the site. Remove the plan from src/content/plans/ or correct its disclosure field if the document really says 主动公开.`,
});

/** Frontmatter of a plan entry in `src/content/plans/*.md`; the body is the notice text. */
export const planEntrySchema = z
  .object({
    ...planMetaShape,
    disclosure: publishableDisclosure,
    /** The plan's structure: sections → optional tasks → requirements. */
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((plan, ctx) => {
    const seen = new Map<string, string>();
    plan.sections.forEach((section, s) => {
      const groups = [
        ...section.tasks.map((t, ti) => ({ path: ['sections', s, 'tasks', ti, 'requirements'], reqs: t.requirements })),
        { path: ['sections', s, 'requirements'], reqs: section.requirements },
      ];
      if (section.tasks.length === 0 && section.requirements.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sections', s], message: `section ${section.no} has no tasks and no requirements` });
      }
      for (const { path, reqs } of groups) {
        reqs.forEach((r, ri) => {
          if (seen.has(r.id)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, ri, 'id'],
              message: `requirement id "${r.id}" is used twice (also at ${seen.get(r.id)}); ids must be unique within a plan because they are URL anchors`,
            });
          } else seen.set(r.id, [...path, ri].join('.'));
        });
      }
    });
  });

export type PlanEntry = z.infer<typeof planEntrySchema>;
export type PlanEntryInput = z.input<typeof planEntrySchema>;
