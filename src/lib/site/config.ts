import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { httpUrl, zh } from '../schema/common';
import { formatProblem, ProblemError, yamlLineLocator, type Problem } from '../model/problem';

/**
 * The site configuration (`fengong.config.yaml` at the project root): who
 * runs the site, its registration numbers, where it is deployed, and the
 * licence of the published data. Every field has a default, so an untouched
 * checkout builds as-is; a webmaster fills in what their site has, and the
 * footer shows exactly what is filled in.
 *
 * This module has no Astro imports: `astro.config.mjs`, `scripts/check.ts`,
 * `scripts/build.ts` and the pages all load the same validated config.
 */

/** Default location of the config file, relative to the project root. */
export const CONFIG_FILE = 'fengong.config.yaml';

/** Characters allowed in one segment of the base path: what needs no escaping in a URL. */
const pathSegment = /^[A-Za-z0-9._~-]+$/;

/**
 * A base path such as `/zwgk/fgfa/`: leading and trailing slash, plain URL
 * characters. Written without the trailing slash it is accepted and completed,
 * since that is the most common slip and its meaning is unambiguous.
 */
export const basePath = z
  .string()
  .trim()
  .transform((s) => (s.endsWith('/') ? s : `${s}/`))
  .refine((s) => s.startsWith('/'), { message: 'expected a path starting with "/", e.g. /zwgk/fgfa/', abort: true })
  .refine(
    (s) => s === '/' || s.slice(1, -1).split('/').every((seg) => pathSegment.test(seg) && seg !== '.' && seg !== '..'),
    'expected path segments of letters, digits, "-", "_", "." or "~" separated by single "/", e.g. /zwgk/fgfa/ (no spaces, Chinese characters, "//", "..", "?" or "#")',
  )
  .meta(zh('部署路径', '网站在域名下的路径，以“/”开头和结尾；部署在域名根目录时为“/”', '/zwgk/fgfa/'));

/** Contact details shown in the footer; each line is optional. */
export const contactSchema = z
  .object({
    /** Telephone, as it should be printed, e.g. 0759-8888888. */
    phone: z.string().trim().min(1).nullable().default(null).meta(zh('联系电话', '页脚显示的联系电话', '0759-8888888')),
    /** E-mail address; shown as a mailto: link. */
    email: z.email('expected an e-mail address such as zwgk@example.gov.cn').nullable().default(null).meta(zh('电子邮箱', '页脚显示的电子邮箱', 'zwgk@example.gov.cn')),
    /** Postal address. */
    address: z.string().trim().min(1).nullable().default(null).meta(zh('通信地址', '页脚显示的通信地址', '湛江市雷州市××路×号')),
  })
  .strict()
  .meta(zh('联系方式', '页脚“联系我们”中显示的联系方式，未填写的项目不显示'));

/**
 * The licence of the published data and pages. Government documents
 * themselves are not protected by copyright in China (著作权法 第五条); the
 * licence covers the compilation: the structured data, the pages, the code.
 */
export const licenseSchema = z
  .object({
    /** SPDX identifier, used in datapackage.json, e.g. CC-BY-4.0. */
    id: z.string().trim().regex(/^[A-Za-z0-9.+-]+$/, 'expected an SPDX licence identifier such as CC-BY-4.0').meta(zh('许可协议标识', 'SPDX 许可协议标识符，用于 datapackage.json', 'CC-BY-4.0')),
    /** Name shown to readers, e.g. 知识共享署名 4.0 国际许可协议（CC BY 4.0）. */
    name: z.string().trim().min(1).meta(zh('许可协议名称', '页脚和数据页显示的许可协议名称', '知识共享署名 4.0 国际许可协议（CC BY 4.0）')),
    /** Where the licence text can be read. */
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL of the licence text' }).meta(zh('许可协议网址', '许可协议全文的网址', 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans')),
  })
  .strict()
  .meta(zh('许可协议', '本站数据和页面的开放许可协议'));

/** The default licence: open, attribution only, with an official Chinese translation. */
export const defaultLicense = {
  id: 'CC-BY-4.0',
  name: '知识共享署名 4.0 国际许可协议（CC BY 4.0）',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
} as const;

/** An image file in the project, path relative to the project root. */
const imagePath = z
  .string()
  .trim()
  .regex(/\.(?:png|jpe?g|webp|svg)$/i, 'expected a .png, .jpg, .webp or .svg file')
  .refine((p) => !isAbsolute(p), 'expected a path relative to the project root, e.g. branding/logo.png');

/** The government portal the site belongs to, linked from every page (返回门户). */
export const parentPortalSchema = z
  .object({
    /** The portal's name, e.g. 雷州市人民政府门户网站. */
    name: z.string().trim().min(1).meta(zh('门户网站名称', '本站所属的政府门户网站名称', '雷州市人民政府门户网站')),
    /** The portal's address. */
    url: httpUrl.meta(zh('门户网站地址', '本站所属的政府门户网站地址', 'https://www.leizhou.gov.cn/')),
  })
  .strict()
  .meta(zh('上级门户', '本站所属的政府门户网站，每个页面的页脚都有返回链接'));

/** The 党政机关网站标识 (issued by 中央机构编制委员会办公室), as a local image and its verification link. */
export const conacBadgeSchema = z
  .object({
    /** The badge image, saved into the project (the site loads nothing from other hosts). */
    image: imagePath.meta(zh('标识图片', '党政机关网站标识图片，保存在项目中的路径', 'branding/conac.png')),
    /** The verification page the badge links to. */
    url: httpUrl.meta(zh('标识链接', '点击标识打开的网站身份核验页面', 'https://bszs.conac.cn/sitename?method=show&id=…')),
  })
  .strict()
  .meta(zh('党政机关网站标识', '党政机关网站标识的图片和核验链接，显示在页脚'));

/** The site configuration, as written in `fengong.config.yaml`. */
export const siteConfigSchema = z
  .object({
    /** Site name, shown in the header, page titles and the SiteName meta tag. Default: 政务公开工作要点分工方案. */
    siteName: z.string().trim().min(1).default('政务公开工作要点分工方案').meta(zh('网站名称', '页头、网页标题和 SiteName 元数据中显示的网站名称', '雷州市政务公开工作要点分工方案')),
    /** 主办单位: the body responsible for the site, e.g. 雷州市人民政府办公室. */
    sponsor: z.string().trim().min(1).nullable().default(null).meta(zh('主办单位', '网站主办单位，显示在页脚', '雷州市人民政府办公室')),
    /** 承办单位: the body that runs it day to day, when different from the sponsor. */
    operator: z.string().trim().min(1).nullable().default(null).meta(zh('承办单位', '网站承办单位，显示在页脚', '雷州市政务服务数据管理局')),
    contact: contactSchema.default({ phone: null, email: null, address: null }),
    /**
     * 网站标识码: the 10-character code every Chinese government website is
     * registered under, e.g. 4408820001; printed in the footer and the
     * SiteIDCode meta tag.
     */
    siteIdCode: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z]{10}$/, 'expected the 10-character 网站标识码, letters and digits only, e.g. 4408820001 or bm01000001')
      .nullable()
      .default(null)
      .meta(zh('网站标识码', '政府网站标识码（10 位字母或数字），显示在页脚和 SiteIDCode 元数据中', '4408820001')),
    /** ICP备案号, e.g. 粤ICP备12345678号 or 粤ICP备12345678号-1; linked to the MIIT registry. */
    icp: z
      .string()
      .trim()
      .regex(/ICP备\d+号(?:-\d+)?$/, 'expected an ICP备案号 such as 粤ICP备12345678号 or 粤ICP备12345678号-1')
      .nullable()
      .default(null)
      .meta(zh('ICP备案号', '工业和信息化部 ICP 备案号，显示在页脚并链接到备案查询网站', '粤ICP备12345678号-1')),
    /** 公安机关备案号 (公网安备), e.g. 粤公网安备 44088202000001号; linked to the registry. */
    psb: z
      .string()
      .trim()
      .regex(/公网安备\s*\d{14}号$/, 'expected a 公安机关备案号 such as 粤公网安备 44088202000001号 (14 digits)')
      .nullable()
      .default(null)
      .meta(zh('公安机关备案号', '公安机关互联网站安全管理服务平台备案号，显示在页脚', '粤公网安备 44088202000001号')),
    /**
     * The 公安机关备案 icon (备案图标) as the registry provides it, saved into the
     * project; shown before the 公网安备 number, as the registry requires.
     */
    psbIcon: imagePath
      .nullable()
      .default(null)
      .meta(zh('公安机关备案图标', '全国互联网安全管理服务平台提供的备案图标，保存在项目中的路径；显示在公安机关备案号前', 'branding/beian.png')),
    /** 党政机关网站标识, when the site (or its portal) has one. */
    conacBadge: conacBadgeSchema.nullable().default(null).meta(zh('党政机关网站标识', '党政机关网站标识的图片和核验链接，显示在页脚；未填写时不显示')),
    /** The government portal the site belongs to, linked from every page. */
    parentPortal: parentPortalSchema.nullable().default(null).meta(zh('上级门户', '本站所属的政府门户网站，每个页面的页脚都有返回链接；未填写时不显示')),
    /**
     * Where readers report an error (纠错). Default: the national platform
     * 我为政府网站找错 for this site's 网站标识码.
     */
    errorReportUrl: httpUrl
      .nullable()
      .default(null)
      .meta(zh('纠错链接', '读者报告错误的网址；未填写时按网站标识码链接到“我为政府网站找错”平台', 'https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?siteCode=4408820001')),
    /**
     * The canonical origin the site is published at, e.g. https://www.leizhou.gov.cn,
     * without the base path. Used for canonical links, the feed and the
     * sitemap. Null: pages carry no canonical link and absolute URLs fall back to
     * root-relative ones.
     */
    siteUrl: z
      .url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://www.leizhou.gov.cn' })
      .refine((u) => {
        const url = new URL(u);
        return url.pathname === '/' && !url.search && !url.hash;
      }, 'expected only scheme and host (and port), e.g. https://www.leizhou.gov.cn; put the path, e.g. /zwgk/fgfa/, in basePath instead')
      .transform((u) => new URL(u).origin)
      .nullable()
      .default(null)
      .meta(zh('网站地址', '网站正式发布的协议和域名（不含路径），用于规范链接、订阅源和网站地图', 'https://www.leizhou.gov.cn')),
    /** Path the site is served under; overridden by the BASE_PATH environment variable. Default: /. */
    basePath: basePath.default('/'),
    license: licenseSchema.default(defaultLicense),
    /**
     * Optional logo, a PNG, JPEG, WebP or SVG file, path relative to the
     * project root (e.g. branding/logo.png). It is resized at build time into
     * the sizes the pages use (header, favicon, touch icon); shown next to the
     * site name, so it needs no text of its own.
     */
    logo: z
      .string()
      .trim()
      .regex(/\.(?:png|jpe?g|webp|svg)$/i, 'expected a .png, .jpg, .webp or .svg file')
      .refine((p) => !isAbsolute(p), 'expected a path relative to the project root, e.g. branding/logo.png')
      .nullable()
      .default(null)
      .meta(zh('网站标志', '网站标志图片（PNG、JPEG、WebP 或 SVG），相对项目根目录的路径；构建时自动生成所需尺寸', 'branding/logo.png')),
  })
  .strict()
  .meta(zh('网站配置', 'fengong.config.yaml：网站名称、主办单位、备案信息、部署路径和许可协议'));

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/**
 * One problem in the config, located and explained: the shared problem shape
 * (src/lib/model/problem.ts) with `file` the file or environment variable the
 * value came from, `field` the dotted path (contact.email), and a fix always given.
 */
export type ConfigProblem = Problem & { fix: string };

/** Thrown when the config is invalid; `problems` lists every problem at once, in the one format (src/lib/model/problem.ts). */
export class SiteConfigError extends ProblemError {
  declare readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[]) {
    super(problems, 'Invalid site configuration');
    this.name = 'SiteConfigError';
  }
}

/** `file:line: field: message. Fix: …` — one line per problem, like a compiler (the one formatter, src/lib/model/problem.ts). */
export { formatProblem };

/** The Chinese title of a field, from its `.meta()`, for messages a webmaster understands. */
function fieldTitle(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  const schema = fieldShape(path.slice(0, -1))?.[String(path.at(-1))] as z.ZodType | undefined;
  // Walk through default/nullable/pipe wrappers; the title sits on one of them.
  for (let s = schema; s; ) {
    const title = z.globalRegistry.get(s)?.title;
    if (typeof title === 'string') return title;
    if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else if ('unwrap' in s) s = (s as unknown as { unwrap(): z.ZodType }).unwrap();
    else s = undefined;
  }
  return undefined;
}

/** Options for {@link loadSiteConfig}. */
export interface LoadOptions {
  /** Project root; default: the current working directory. */
  root?: string;
  /** Config file; default: `FENGONG_CONFIG` from `env`, else `fengong.config.yaml` under root. */
  file?: string;
  /** Environment; default: process.env. `BASE_PATH` overrides `basePath`, `FENGONG_CONFIG` names another file. */
  env?: Record<string, string | undefined>;
}

/**
 * Validates config text; returns the config or every problem found. Pure:
 * the caller reads the file, so tests can feed text directly.
 */
export function parseSiteConfig(
  text: string | null,
  file: string,
  env: Record<string, string | undefined> = {},
): { config: SiteConfig; problems: [] } | { config: null; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(text ?? '', { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = yamlLineLocator(doc, counter);
  // Only the first YAML error: the ones after it are usually its echoes.
  for (const err of doc.errors.slice(0, 1)) {
    problems.push({
      file,
      field: '',
      line: counter.linePos(err.pos[0]).line,
      message: `not valid YAML: ${err.message.split('\n')[0]}`,
      fix: 'write one "key: value" per line, indent nested fields (contact, license) with spaces, and quote values containing ": " or "#"',
    });
  }
  if (problems.length > 0) return { config: null, problems };
  const raw: unknown = doc.toJS() ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: null, problems: [{ file, field: '', line: 1, message: 'expected a mapping of fields (siteName: …, sponsor: …)', fix: `start from the ${CONFIG_FILE} shipped with Fengong` }] };
  }
  // A 10-digit 网站标识码 written without quotes is read by YAML as a number;
  // its meaning is unambiguous (codes start with a region digit, never 0).
  const input = raw as Record<string, unknown>;
  if (typeof input['siteIdCode'] === 'number') input['siteIdCode'] = String(input['siteIdCode']);
  const result = siteConfigSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path;
      const title = fieldTitle(path);
      const field = path.join('.') + (title ? ` (${title})` : '');
      let message = issue.message;
      let fix = `correct the value, or delete the line to use the default`;
      if (issue.code === 'unrecognized_keys') {
        message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
        const known = Object.keys(path.length ? ((fieldShape(path) ?? {}) as object) : siteConfigSchema.shape);
        fix = `check the spelling; the fields here are: ${known.join(', ')}`;
      } else if (issue.code === 'invalid_type' && issue.input === undefined) {
        message = 'required field is missing';
        fix = `add "${String(path.at(-1))}:" with a value${title ? ` (${title})` : ''}, or delete the whole "${String(path[0])}" block to use the default`;
      } else if (issue.code === 'invalid_type') {
        message = `expected ${issue.expected === 'string' ? 'text' : issue.expected === 'object' ? 'nested fields' : issue.expected}, got ${describe(issue.input)}`;
        fix = issue.expected === 'object' ? 'write the nested fields indented under this key' : 'write the value as text (quote it if it looks like a number or date), or null to leave it out';
      }
      const at = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path;
      problems.push({ file, field, line: lineAt(at) ?? 1, message, fix });
    }
  }
  const override = env['BASE_PATH'];
  let base: string | undefined;
  if (override !== undefined && override !== '') {
    const r = basePath.safeParse(override);
    if (r.success) base = r.data;
    else {
      problems.push({
        file: 'environment variable BASE_PATH',
        field: 'basePath (部署路径)',
        message: `${JSON.stringify(override)}: ${r.error.issues[0]?.message ?? 'invalid'}`,
        fix: 'set BASE_PATH to a path such as /zwgk/fgfa/, or unset it to use basePath from the config file',
      });
    }
  }
  if (problems.length > 0 || !result.success) return { config: null, problems };
  return { config: { ...result.data, basePath: base ?? result.data.basePath }, problems: [] };
}

function fieldShape(path: readonly PropertyKey[]): Record<string, unknown> | undefined {
  let shape: Record<string, unknown> = siteConfigSchema.shape;
  for (const key of path) {
    let s = shape[String(key)] as z.ZodType | undefined;
    while (s && !(s instanceof z.ZodObject)) {
      if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
      else if ('unwrap' in s) s = (s as unknown as { unwrap(): z.ZodType }).unwrap();
      else s = undefined;
    }
    if (!(s instanceof z.ZodObject)) return undefined;
    shape = s.shape;
  }
  return shape;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/**
 * Reads and validates the site config. A missing default file is fine (all
 * defaults); a missing file named by `FENGONG_CONFIG` is an error. Also checks
 * that a configured logo exists. Throws {@link SiteConfigError} listing every problem.
 */
export function loadSiteConfig(options: LoadOptions = {}): SiteConfig {
  const { config, problems } = checkSiteConfig(options);
  if (!config) throw new SiteConfigError(problems);
  return config;
}

/** Like {@link loadSiteConfig}, but returns the problems instead of throwing (for `npm run check`). */
export function checkSiteConfig(options: LoadOptions = {}): ReturnType<typeof parseSiteConfig> {
  const root = resolve(options.root ?? process.cwd());
  const env = options.env ?? process.env;
  const named = options.file ?? env['FENGONG_CONFIG'];
  const path = resolve(root, named ?? CONFIG_FILE);
  const shown = relative(root, path) || path;
  let text: string | null = null;
  if (existsSync(path)) text = readFileSync(path, 'utf8');
  else if (named) {
    return { config: null, problems: [{ file: shown, field: '', message: 'config file not found', fix: `create it, or unset FENGONG_CONFIG to use ${CONFIG_FILE}` }] };
  }
  const parsed = parseSiteConfig(text, shown, env);
  if (!parsed.config) return parsed;
  const images: Array<[field: string, path: string | null | undefined, unset: string]> = [
    ['logo (网站标志)', parsed.config.logo, 'set logo: null'],
    ['psbIcon (公安机关备案图标)', parsed.config.psbIcon, 'set psbIcon: null'],
    ['conacBadge.image (党政机关网站标识)', parsed.config.conacBadge?.image, 'set conacBadge: null'],
  ];
  const missing = images
    .filter(([, path]) => path && !existsSync(resolve(root, path)))
    .map(([field, path, unset]) => ({ file: shown, field, message: `file ${path} not found (paths are relative to ${root})`, fix: `put the image there, correct the path, or ${unset}` }));
  return missing.length > 0 ? { config: null, problems: missing } : parsed;
}

let cached: SiteConfig | undefined;

/**
 * The config of the running build, read once per process (every page's
 * layout asks for it). Pages use this; scripts and tests call
 * {@link loadSiteConfig} with explicit options.
 */
export function getSiteConfig(): SiteConfig {
  cached ??= loadSiteConfig();
  return cached;
}
