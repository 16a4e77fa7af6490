/**
 * Where a heading's title ends when the requirement after it runs straight on, with nothing between them: a table's
 * 工作任务 cell glued to its 工作要求 cell in a page saved as text (一、加强涉及市场主体的信息公开增强政策制定实施的透明度…).
 * Told by the words on either side: a title ends in a noun the plans' headings end in (…公开, …机制, …建设) and a
 * requirement opens with a verb (加强, 推进, 建立…).
 *
 * The two lists are the commonest last and first two characters of the headings and their first requirements in the
 * tuned-on corpus documents the importer reads right (1,832 pairs of a title without punctuation, 271 documents), with
 * words of one plan only left out; a verb is listed only where it opens requirements more often than it stands inside a
 * title. Built from half of those documents and tried on the other half, the rule finds 37 % of the titles and puts the
 * cut elsewhere in 1.6 %; where it finds none, the heading stays as it was read.
 */

const titleEnds = new Set(
  (
    '争力 产业 任务 企业 体系 作用 供给 保障 信息 公开 关切 分工 创新 制度 力度 升级 协作 协调 单位 原则 参与 发展 合作 培养 培训 基础 增效 安全 ' +
    '实施 宣传 工作 工程 布局 平台 建设 引导 思想 执法 扶持 报送 排查 控制 推广 措施 提升 支持 改革 政策 效果 效率 教育 整改 整治 方式 方面 服务 ' +
    '机制 机构 条件 标准 检查 氛围 水平 治理 活动 消费 渠道 环境 生态 监督 监管 目标 管控 管理 职责 能力 范化 范围 落实 行为 行动 要求 规划 解读 ' +
    '计划 设施 评估 责任 质量 资源 转型 问责 问题 阶段 领导'
  ).split(' '),
);

const requirementOpenings = new Set(
  (
    '严厉 严格 以习 优化 依托 依法 促进 做好 健全 充分 全面 切实 制定 加大 加强 加快 及时 发挥 围绕 坚决 坚持 培育 增强 大力 完善 实施 建立 开展 ' +
    '强化 成立 扎实 打造 抓好 持续 指导 按照 推动 推进 提高 支持 明确 构建 根据 深入 深化 着力 研究 积极 突出 结合 统一 统筹 聚焦 营造 认真 贯彻 ' +
    '跟踪 进一 通过 鼓励'
  ).split(' '),
);

/** Shortest title the cut leaves (4: 政策解读) and the longest run of words it looks into. */
const minTitle = 4;
const maxTitle = 36;

/**
 * The position in `text` where the title starting at `from` (after its number) ends and a glued requirement begins, or -1
 * when the words do not say (a punctuation mark, a digit or a space comes first, no noun-verb seam is found, or the words
 * after the seam are no sentence).
 */
export function gluedTitleEnd(text: string, from: number): number {
  const run = /^[\u4e00-\u9fa5“”《》]+/.exec(text.slice(from, from + maxTitle + 2))?.[0] ?? '';
  for (let p = minTitle; p <= run.length - 2; p++) {
    if (titleEnds.has(run.slice(p - 2, p)) && requirementOpenings.has(run.slice(p, p + 2)) && opensSentence(text, from + p)) return from + p;
  }
  return -1;
}

/**
 * The words at `at` run on to a clause's end (，。；、) before a space, a digit or a heading's number: a requirement's
 * sentence. A title's own words do not (…专利工作 | 推进体系3.推进…, …条例实施 | 深化政务公开（一）…: one long title, then
 * its items).
 */
function opensSentence(text: string, at: number): boolean {
  const rest = text.slice(at, at + 80);
  const stop = rest.search(/[，。；、,;]/);
  return stop >= 2 && !/[\s\d]|[（(][一二三四五六七八九十]{1,3}[)）]/.test(rest.slice(0, stop));
}

/**
 * Where names glued to the end of a title begin (…预决算公开财务科, …监管市场科、审批科, …执行落实情况经信委物价局财政厅), given
 * where they end (`end`, the start of the next cell): the first name's start, or -1. The names must be names of units (an
 * ending of one, no words of a sentence: `names` parts them), and the words before them must end as titles end (…公开,
 * …监管, …执行落实情况, a closing mark) or the first name be one the document names elsewhere where its start is known
 * (`known`, after a 、: 市场科、审批科), so that a name with no level before it (an office of a department: 财务科, 发改处) is
 * told from the title it is glued to. A known first name wins (…推动网上办事服务事项标准化行政审批局: 行政审批局, not the
 * title's 事项标准化 with it); else the longest run, but not one opening with a title's last word where the names go on
 * without it (…公开工作办公室: 办公室; …工作机制宣传部 keeps 宣传部).
 */
export function namesAfterTitle(text: string, end: number, names: (text: string) => string[] | null, known: readonly string[]): number {
  let longest = -1;
  for (let q = Math.max(minTitle, end - 30); q <= end - 2; q++) {
    if (!/[\u4e00-\u9fa5]/.test(text[q]!) || /[、，,]/.test(text[q - 1] ?? '') || !names(text.slice(q, end))) continue;
    if (known.some((n) => text.startsWith(n, q))) return q;
    if (longest >= 0 || (titleEnds.has(text.slice(q, q + 2)) && names(text.slice(q + 2, end)))) continue;
    const before = text.slice(q - 2, q);
    if (titleEnds.has(before) || before === '情况' || /[》）)]$/.test(before)) longest = q;
  }
  return longest;
}
