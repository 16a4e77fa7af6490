/**
 * The page metadata Chinese government websites carry for the national
 * monitoring platform (《政府网站发展指引》国办发〔2017〕47号, 网页标签; checked
 * by the 检查指标 of 国办秘函〔2019〕19号):
 *
 * - every page: SiteName, SiteDomain, SiteIDCode;
 * - every page, as each belongs to a column (栏目): ColumnName,
 *   ColumnDescription, ColumnKeywords, ColumnType;
 * - article pages (a plan): ArticleTitle, PubDate, ContentSource, Keywords,
 *   Author, Description, Image, Url.
 *
 * Pure: the layout passes the config and what the page knows; tests call it
 * directly. SiteDomain and SiteIDCode need the site config (`siteUrl`,
 * `siteIdCode`); `npm run check -- --production` refuses a site without them.
 */

/** The columns (栏目) of the site; every page belongs to one. */
export const columns = {
  home: { name: '首页', type: '首页', description: '网站首页：最新收录的政务公开工作要点分工方案和各年度方案', keywords: ['政务公开', '工作要点', '分工方案'] },
  plans: { name: '分工方案', type: '信息公开', description: '政务公开工作要点分工方案全文：每项具体要求及其牵头、负责、配合单位', keywords: ['政务公开', '工作要点', '分工方案', '责任单位'] },
  years: { name: '按年度浏览', type: '信息公开', description: '按工作年度浏览政务公开工作要点分工方案', keywords: ['政务公开', '分工方案', '年度'] },
  regions: { name: '按地区浏览', type: '信息公开', description: '按地区和发文机关浏览政务公开工作要点分工方案', keywords: ['政务公开', '分工方案', '地区'] },
  units: { name: '责任单位', type: '信息公开', description: '各责任单位在政务公开工作要点分工方案中牵头、负责、配合的要求', keywords: ['政务公开', '责任单位', '分工'] },
  themes: { name: '主题', type: '信息公开', description: '按主题查看各地分工方案对同一事项的要求', keywords: ['政务公开', '主题', '政策解读'] },
  data: { name: '数据下载', type: '数据开放', description: '分工方案、具体要求和责任单位分工的开放数据下载与字段说明', keywords: ['开放数据', 'CSV', 'JSON', '政务公开'] },
  search: { name: '搜索', type: '站内搜索', description: '站内搜索：按关键词、年度、地区、责任单位和主题查找具体要求', keywords: ['搜索', '政务公开', '分工方案'] },
  sitemap: { name: '网站地图', type: '网站地图', description: '本站全部栏目和页面的索引', keywords: ['网站地图', '栏目导航'] },
  accessibility: { name: '无障碍声明', type: '网站说明', description: '本站的无障碍和适老化设计、测试方法和已知不足', keywords: ['无障碍', '适老化'] },
  notFound: { name: '页面不存在', type: '网站说明', description: '您访问的页面不存在或已经移动', keywords: ['页面不存在'] },
} as const satisfies Record<string, Column>;

/** One column (栏目). */
export interface Column {
  /** ColumnName, e.g. 分工方案. */
  name: string;
  /** ColumnType: the kind of column, e.g. 信息公开, 数据开放, 网站说明. */
  type: string;
  /** ColumnDescription. */
  description: string;
  /** ColumnKeywords. */
  keywords: readonly string[];
}
export type ColumnId = keyof typeof columns;

/** What an article page (one plan) says about its document. */
export interface ArticleMeta {
  /** ArticleTitle: the document's full title. */
  title: string;
  /** 发布日期 (YYYY-MM-DD) on the publishing website; never the 成文日期. */
  publishedOn: string | null;
  /** 发布时间 (HH:MM), when known. */
  publishedTime?: string | undefined;
  /** ContentSource: where the document comes from (the 发布机构, else the issuer). */
  source: string;
  /** Author: the body that wrote the document (发文机关). */
  author: string;
  /** Keywords: 主题词, or the plan's themes. */
  keywords: readonly string[];
  /** Description: one sentence about the document. */
  description: string;
  /** Image: absolute URL of the page's image, or null when it has none. */
  image: string | null;
}

export interface PageMetaInput {
  siteName: string;
  /** Host of the configured site URL (www.leizhou.gov.cn), or undefined when not configured. */
  siteDomain: string | undefined;
  siteIdCode: string | null;
  column: Column;
  /** Url: the page's absolute URL when the site URL is configured, else its path. */
  url: string;
  article?: ArticleMeta | undefined;
}

/**
 * PubDate as the platform reads it, `YYYY-MM-DD HH:MM`: the 发布日期 with its
 * time of day. Null when either is unknown: a PubDate with an invented time,
 * or one made from the 成文日期, would misstate when the document was posted.
 */
export function pubDate(publishedOn: string | null, publishedTime: string | undefined): string | null {
  return publishedOn && publishedTime ? `${publishedOn} ${publishedTime}` : null;
}

/**
 * The meta tags of a page, as [name, content] pairs in the order the
 * 指引 lists them. Site and column tags are always written (SiteDomain and
 * SiteIDCode only when configured); an article's tags are written even when
 * empty (Image without an image), as the platform checks that they exist,
 * except PubDate, which is left out when the publishing time is unknown.
 */
export function pageMeta(input: PageMetaInput): Array<[name: string, content: string]> {
  const tags: Array<[string, string]> = [['SiteName', input.siteName]];
  if (input.siteDomain) tags.push(['SiteDomain', input.siteDomain]);
  if (input.siteIdCode) tags.push(['SiteIDCode', input.siteIdCode]);
  const c = input.column;
  tags.push(['ColumnName', c.name], ['ColumnDescription', c.description], ['ColumnKeywords', c.keywords.join(',')], ['ColumnType', c.type]);
  const a = input.article;
  if (a) {
    tags.push(['ArticleTitle', a.title]);
    const date = pubDate(a.publishedOn, a.publishedTime);
    if (date) tags.push(['PubDate', date]);
    tags.push(
      ['ContentSource', a.source],
      ['Keywords', a.keywords.join(',')],
      ['Author', a.author],
      ['Description', a.description],
      ['Image', a.image ?? ''],
      ['Url', input.url],
    );
  }
  return tags;
}

const attributeEscapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** The tags as HTML, one per line, every value quoted (also an empty one) and escaped. */
export function metaTagsHtml(tags: ReadonlyArray<readonly [string, string]>): string {
  const esc = (v: string) => v.replace(/[&"<>]/g, (c) => attributeEscapes[c] ?? c);
  return tags.map(([name, content]) => `<meta name="${esc(name)}" content="${esc(content)}">`).join('\n');
}
