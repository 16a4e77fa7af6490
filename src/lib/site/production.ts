import type { SiteConfig } from './config';

/**
 * What a government website must show before it goes live (《政府网站发展指引》
 * 国办发〔2017〕47号: the footer lists the 党政机关网站标识, 主办单位, 联系方式,
 * 网站标识码, ICP备案编号 and 公安机关备案标识, with 网站地图 and 纠错), and
 * what `npm run check -- --production` therefore refuses to go without. A
 * default build needs none of it; `npm run check` lists it as a note.
 */
export interface SiteRequirement {
  /** Config field, as written in fengong.config.yaml. */
  field: string;
  /** Its Chinese name, e.g. 网站标识码. */
  title: string;
  /** Why the site needs it. */
  why: string;
  /** What to write, e.g. `siteIdCode: "4408820001"`. */
  example: string;
  /** Required for production (else recommended). */
  required: boolean;
  /** Whether the config has it. */
  present: (config: SiteConfig) => boolean;
}

export const siteRequirements: readonly SiteRequirement[] = [
  {
    field: 'sponsor',
    title: '主办单位',
    why: 'the footer must name the body responsible for the site',
    example: 'sponsor: 雷州市人民政府办公室',
    required: true,
    present: (c) => c.sponsor !== null,
  },
  {
    field: 'contact',
    title: '联系方式',
    why: 'the footer must say how to reach the site (a phone number or an email address)',
    example: 'contact: { phone: "0759-8888888", email: zwgk@leizhou.gov.cn }',
    required: true,
    present: (c) => Boolean(c.contact.phone || c.contact.email),
  },
  {
    field: 'siteIdCode',
    title: '网站标识码',
    why: 'every page carries it (SiteIDCode) and the footer shows it; the 纠错 link is made from it',
    example: 'siteIdCode: "4408820001"',
    required: true,
    present: (c) => c.siteIdCode !== null,
  },
  {
    field: 'icp',
    title: 'ICP备案号',
    why: 'the footer must show the ICP备案编号',
    example: 'icp: 粤ICP备12345678号-1',
    required: true,
    present: (c) => c.icp !== null,
  },
  {
    field: 'psb',
    title: '公安机关备案号',
    why: 'the footer must show the 公安机关备案 number',
    example: 'psb: 粤公网安备 44088202000001号',
    required: true,
    present: (c) => c.psb !== null,
  },
  {
    field: 'psbIcon',
    title: '公安机关备案图标',
    why: 'the 公安机关备案 number is shown with the registry’s icon',
    example: 'psbIcon: branding/beian.png',
    required: true,
    present: (c) => c.psbIcon !== null,
  },
  {
    field: 'siteUrl',
    title: '网站地址',
    why: 'pages carry SiteDomain and an absolute Url, and sitemap.xml needs absolute addresses',
    example: 'siteUrl: https://www.leizhou.gov.cn',
    required: true,
    present: (c) => c.siteUrl !== null,
  },
  {
    field: 'parentPortal',
    title: '上级门户',
    why: 'every page links back to the government portal the site belongs to',
    example: 'parentPortal: { name: 雷州市人民政府门户网站, url: https://www.leizhou.gov.cn/ }',
    required: true,
    present: (c) => c.parentPortal !== null,
  },
  {
    field: 'operator',
    title: '承办单位',
    why: 'the footer names the body that runs the site day to day, when it is not the sponsor',
    example: 'operator: 雷州市政务服务数据管理局',
    required: false,
    present: (c) => c.operator !== null,
  },
  {
    field: 'conacBadge',
    title: '党政机关网站标识',
    why: 'the footer shows the 党政机关网站标识 of the site or its portal, linked to its verification page',
    example: 'conacBadge: { image: branding/conac.png, url: https://bszs.conac.cn/… }',
    required: false,
    present: (c) => c.conacBadge !== null,
  },
];

/** The requirements the config does not meet, required ones first. */
export function missingForProduction(config: SiteConfig): SiteRequirement[] {
  const missing = siteRequirements.filter((r) => !r.present(config));
  return [...missing.filter((r) => r.required), ...missing.filter((r) => !r.required)];
}

/** The 纠错 link: the configured one, else 我为政府网站找错 for the site's 网站标识码 (with the page, when its address is known). */
export function errorReportUrl(config: Pick<SiteConfig, 'errorReportUrl' | 'siteIdCode'>, pageUrl?: string): string | null {
  if (config.errorReportUrl) return config.errorReportUrl;
  if (!config.siteIdCode) return null;
  const base = `https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?siteCode=${encodeURIComponent(config.siteIdCode)}`;
  return pageUrl && /^https?:/.test(pageUrl) ? `${base}&url=${encodeURIComponent(pageUrl)}` : base;
}
