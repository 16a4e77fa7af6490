import { splitOutsideBrackets } from '../model/vocabulary';
import { findDisclosureMarkings, judgeDisclosure } from '../model/disclosure';
import type { Report } from './report';
import { chineseToNumber, tidy } from './text';
import { unitNameEnding } from '../units/names';
import type { SourceLine } from './table';
import { signatureEnding, signedLine } from './segment';

/** What the notice (通知) part of a document says about the plan. */
export interface NoticeMetadata {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  publishedOn: string | null;
  /** 发布时间 (HH:MM) given with the 发布日期 on web pages. */
  publishedTime: string | null;
  /** The 政府信息公开目录 block of a saved page: 索引号, 主题分类, 发布机构, 主题词. */
  catalog: { indexNo?: string; subjectCategory?: string; publisher?: string; subjectTerms?: string[] };
  year: number | null;
  regionName: string | null;
  disclosure: '主动公开' | '依申请公开' | '不予公开' | null;
  upstream: string[];
  recipients: string[];
  cc: string[];
  /** The notice text as Markdown paragraphs. */
  notice: string;
}

/** 发文字号: 雷府办函〔2022〕316号; brackets vary between 〔〕, [] and （）. */
const docNumberRe = /[\u4e00-\u9fa5]{1,12}[〔[（(【]\s*\d{4}\s*[〕\]）)】]\s*\d{1,4}\s*号/g;
const dateRe = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
/** A date written in Chinese numerals, as signatures often are (二〇一二年九月六日, 二○一五年十二月三十一日). */
const chineseDateRe = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
const chineseDigits = '〇一二三四五六七八九';
/** The date at the start of `text`, in Arabic or Chinese numerals, as [year, month, day]; null when there is none. */
function dateOf(text: string): [string, string, string] | null {
  const arabic = dateRe.exec(text);
  if (arabic) return [arabic[1]!, arabic[2]!, arabic[3]!];
  const chinese = chineseDateRe.exec(text);
  if (!chinese) return null;
  const year = [...chinese[1]!.replace(/[○零]/g, '〇')].map((c) => chineseDigits.indexOf(c)).join('');
  const month = chineseToNumber(chinese[2]!);
  const day = chineseToNumber(chinese[3]!);
  return month && day && month <= 12 && day <= 31 ? [year, String(month), String(day)] : null;
}
/** A web page's time line under its title (时间：2016-06-21 17:15, 发布时间：…, 发布日期：…). */
const pageTimeLine = /^(?:发布)?(?:时间|日期)\s*[:：]\s*\d{4}\s*[-年/.]/;
const normalizeDocNumber = (s: string) =>
  s.replace(/\s+/g, '').replace(/[[（(【]/, '〔').replace(/[\]）)】]/, '〕');

/** A line that can be a web page's title over its time line: one line of words naming a document, no sentence. */
const pageTitle = (text: string): boolean => {
  const t = text.replace(/\s+/g, '');
  return t.length >= 8 && t.length <= 120 && !/[。；！？]/.test(t) && /(?:关于|通知|方案|意见|决定|办法|要点|计划|分工|任务|清单|规定|细则|安排|措施)/.test(t);
};

/** A signature's name line, above its date: an office's name, no sentence. */
const signatureName = (line: string): boolean => new RegExp(`${signatureEnding}$`).test(line) && line.length <= 40 && !/[。；，]/.test(line);

/** A signature and its date on one line, a page saved as text having lost the break: 平潭综合实验区管委会2015年2月24日. */
function signed(line: string): { name: string; date: [string, string, string] } | null {
  const m = signedLine.exec(line);
  const date = m ? dateOf(m[2]!) : null;
  return m && date && m[1]!.length >= 4 && signatureName(m[1]!) ? { name: m[1]!, date } : null;
}

/** An organisation's name (平潭综合实验区管委会, 福建省人民政府办公厅), as an issuer must be. */
const isOrganisation = (name: string): boolean => name.length >= 3 && name.length <= 40 && !/[。；，,：:\s]/.test(name) && unitNameEnding.test(name);

/** Splits a recipients line on top-level commas (主送 lists nest 、 inside names). */
function splitList(text: string, separator: RegExp): string[] {
  return splitOutsideBrackets(text, separator)
    .map((s) => s.trim().replace(/[。：:]$/, ''))
    .filter(Boolean);
}

/** Calendar dates a run of digits with 年月日 lost could stand for: 2018629 → 2018年6月29日. */
function possibleDates(digitsOnly: string): string[] {
  const y = digitsOnly.slice(0, 4);
  const rest = digitsOnly.slice(4);
  const out: string[] = [];
  for (let cut = 1; cut < rest.length; cut++) {
    const m = Number(rest.slice(0, cut));
    const d = Number(rest.slice(cut));
    if (rest.slice(cut).length > 2 || rest.slice(0, cut).length > 2) continue;
    const date = new Date(Date.UTC(Number(y), m - 1, d));
    if (m >= 1 && m <= 12 && date.getUTCDate() === d) out.push(`${y}年${m}月${d}日`);
  }
  return out;
}

/**
 * The 政府信息公开目录 block government pages (gkmlpt and the like) put above a
 * document: 索引号：…, 分类/主题分类：…, 发布机构：…, 主题词：…. Labels may be
 * written [索引号] or 索 引 号 ：; a value stops at the next label or line end.
 */
function readCatalog(text: string): NoticeMetadata['catalog'] {
  const flat = text.replace(/[ \t\u3000]+/g, ' ');
  const field = (labels: string): string | undefined => {
    const m = new RegExp(`(?<![\\u4e00-\\u9fff])(?:${labels})\\s*[:：\\]】]\\s*([^\\n]*?)\\s*(?=(?:索\\s*引\\s*号|主题分类|分\\s*类|发布机构|发文机关|成文日期|发布日期|文\\s*号|发文字号|主\\s*题\\s*词|有\\s*效\\s*性|名\\s*称|标\\s*题)\\s*[:：\\]】]|\\n|$)`).exec(flat);
    const v = m?.[1]?.trim();
    return v && v.length <= 60 ? v : undefined;
  };
  const indexNo = field('索\\s*引\\s*号');
  const subjectCategory = field('主题分类|分\\s*类');
  const publisher = field('发布机构');
  const terms = field('主\\s*题\\s*词');
  return {
    ...(indexNo ? { indexNo } : {}),
    ...(subjectCategory ? { subjectCategory } : {}),
    ...(publisher ? { publisher } : {}),
    ...(terms ? { subjectTerms: terms.split(/[\s,，、；;]+/).filter(Boolean) } : {}),
  };
}

/** The region a body belongs to, from its name: 雷州市人民政府办公室 → 雷州市; a province's own, 福建省人民政府办公厅 → 福建省. */
export function regionOf(issuer: string): string | null {
  // (A province's name first is read past: 福建省泉州市… is 泉州市's; the province only where no city or county follows.)
  const province = /^([\u4e00-\u9fa5]{2,3}省)/.exec(issuer)?.[1];
  const rest = province ? issuer.slice(province.length) : issuer;
  const m = /^([\u4e00-\u9fa5]{2,8}?(?:自治州|自治县|市|县|区|州|盟|旗))/.exec(rest);
  // A city's district or county named after it is the region: 北京市东城区人民政府 → 东城区 (not 北京市). Not a 片区 of a
  // 实验区 or 新区 (平潭综合实验区苏平片区管理局): an area it administers, no region of its own.
  const below = m ? /^([\u4e00-\u9fa5]{1,5}?(?:自治县|县|(?<!片)区|旗))(?=人民政府|政府|党委|委员会|管委会|办公室|[\u4e00-\u9fa5]{0,8}(?:局|委|办|厅))/.exec(rest.slice(m[1]!.length)) : null;
  if (m && below && !/^(?:市|县|区)/.test(below[1]!)) return below[1]!;
  return m ? m[1]! : (province ?? null);
}

/**
 * A saved page's labelled field (发布时间: …, 发布机构：…, 原文链接: …, the public archive's page.txt header) or the archive's
 * ===== 正文 ===== rule: the page's facts, which this reader reads; never a requirement or its units.
 */
export const pageFieldLine = /^\s*(?:(?:标\s*题|发布时间|文\s*号|发文字号|发布机构|发文机关|栏\s*目|原文链接|本地目录|索\s*引\s*号|主题分类|成文日期|发布日期|有\s*效\s*性)\s*[:：]|页面链接与图片详见|={5,}\s*正文\s*={5,}\s*$)/;

/**
 * Reads metadata from the notice part (everything before the plan itself) and
 * from the trailer (公开方式, 抄送). Anything missing or damaged is reported;
 * nothing is invented.
 */
export function readMetadata(head: readonly SourceLine[], trailer: readonly SourceLine[], report: Report): NoticeMetadata {
  const lines = head.map((l) => ({ ...l, text: tidy(l.text) })).filter((l) => l.text.length > 0);
  const all = [...lines, ...trailer.map((l) => ({ ...l, text: tidy(l.text) }))];

  // Title: the line(s) announcing the plan (…印发…的通知), possibly wrapped.
  let title: string | null = null;
  // (Not the notice's sentence, 《…》现印发给你们，请…。, and a long title may take a line of its own: a 北大法宝 export prints
  // …执行小组办公室关于印发安徽省关于…实施意见 on one line of 85 characters.)
  let titleIndex = lines.findIndex((l) => /印发/.test(l.text) && !/^\s*(根据|为|经|现将|附件)/.test(l.text) && !/。|印发给你/.test(l.text) && l.text.length < 120);
  if (titleIndex >= 0) {
    let t = lines[titleIndex]!.text;
    let end = titleIndex;
    // (A title broken over lines goes on to its 通知; a sentence, a date or a document number is not part of it.)
    while (!/通知$/.test(t) && end + 1 < lines.length && end - titleIndex < 3 && !/。|^\s*(?:\d{4}年\d{1,2}月\d{1,2}日|[（(]?[\u4e00-\u9fa5]{1,10}[〔[]\d{4}[〕\]]\d{1,4}号)/.test(lines[end + 1]!.text)) t += lines[++end]!.text;
    // 标题: …通知 (a page saved as text with its fields labelled): the label is not part of the title.
    title = t.replace(/\s+/g, '').replace(/^(?:标题|文件标题|题名)[:：]/, '');
    titleIndex = end;
  } else {
    // A page saved as text labels its title (标题: 平潭…关于对2016年…): taken as it is, where no 印发 line names the plan.
    const labelled = lines.findIndex((l) => /^(?:标题|文件标题|题名)\s*[:：]\s*\S/.test(l.text));
    const timeLine = lines.findIndex((l) => pageTimeLine.test(l.text));
    // Else the plan the notice's sentence names (《银川市2018年政务公开工作要点》已经…同意，现印发给你们): its title, said so.
    const named = labelled < 0 ? lines.findIndex((l) => /《[^《》]{4,60}》[^。]{0,40}印发给你/.test(l.text)) : -1;
    if (labelled >= 0) {
      title = lines[labelled]!.text.replace(/\s+/g, '').replace(/^(?:标题|文件标题|题名)[:：]/, '');
      titleIndex = labelled;
    } else if (timeLine > 0 && pageTitle(lines[timeLine - 1]!.text)) {
      // A web page's own title over its time line (关于分解2012年纠风三项重点工作任务 / 时间：2012-10-17 15:02): the document's
      // title as the site published it, where the notice has no 印发 line.
      title = lines[timeLine - 1]!.text.replace(/\s+/g, '');
      titleIndex = timeLine - 1;
    } else if (named >= 0) {
      title = /《([^《》]{4,60})》[^。]{0,40}印发给你/.exec(lines[named]!.text)![1]!.replace(/\s+/g, '');
      report.warn('metadata-missing', lines[named]!.line, `no title line (…印发…通知) found: the title taken from the notice's sentence, “${title}”; give another with --title`);
    } else report.warn('metadata-missing', lines[0]?.line ?? null, 'no title line (…印发…通知) found');
  }

  // Recipients (主送): the first line after the title that ends with a colon.
  const recipientsLine = lines
    .slice(titleIndex + 1)
    // (Not a labelled field of a page saved as text left empty: 文号: .)
    // (Nor the page's 相关链接： widget above the notice, 平潭 2021 政务公开: the 发文字号 is after it.)
    .find((l) => /[：:]$/.test(l.text) && !/^(附件|抄送|公开方式)/.test(l.text) && !/来源|发布时间|浏览|分享|打印|字体|相关链接|附件下载|文件下载/.test(l.text) && !/^(?:标题|文号|发文字号|发布机构|栏目|索引号|原文链接|本地目录)\s*[:：]$/.test(l.text));
  const recipients = recipientsLine ? splitList(recipientsLine.text.replace(/[：:]$/, ''), /[，,；;]/) : [];
  if (!recipientsLine) report.warn('metadata-missing', null, 'no 主送 line (ending in ：) after the title');

  // 发文字号: a line that is only a document number, before the title or (on
  // web pages) between the title and the recipients; or a labelled 发文字号： field.
  let docNumber: string | null = null;
  // (No 主送 line of its own, the recipients run into the notice (a page saved as text, 平潭 2018 政务公开 page.txt): as far
  // as the notice's first sentence.)
  const noticeSentenceAt = lines.findIndex((l, i) => i > titleIndex && /。/.test(l.text));
  const recipientsAt = recipientsLine ? lines.indexOf(recipientsLine) : noticeSentenceAt > titleIndex ? noticeSentenceAt : Math.max(titleIndex, 0) + 1;
  for (const l of lines.slice(0, Math.max(recipientsAt, titleIndex + 1))) {
    const compact = l.text.replace(/\s+/g, '');
    const labelled = /(?:发文字号|文号)[:：]([^：:]{4,30}?号)/.exec(compact);
    const m = labelled ? labelled[1]!.match(docNumberRe) : compact.match(docNumberRe);
    if (m && (labelled || compact.length <= m[0].length + 2)) {
      docNumber = normalizeDocNumber(m[0]);
      break;
    }
  }
  if (!docNumber) report.warn('metadata-missing', null, 'no 发文字号 line near the title: docNumber left empty');

  // Signature and date: the issuer's name followed by the date line, at the end of the notice.
  let issuer: string | null = null;
  let issuedOn: string | null = null;
  let signatureIndex = -1;
  for (let i = lines.length - 1; i > titleIndex; i--) {
    const t = lines[i]!.text.replace(/\s+/g, '');
    // (A blank line may stand between the name and its date, as in a 北大法宝 export.)
    let above = i - 1;
    while (above > titleIndex && !lines[above]!.text.trim()) above--;
    const prev = lines[above]?.text.replace(/\s+/g, '') ?? '';
    const date = dateOf(t);
    const isSignatureName = signatureName(prev);
    const glued = signed(t);
    if (glued) {
      issuer = glued.name;
      issuedOn = iso(...glued.date);
      signatureIndex = i;
      break;
    }
    if (date && t.length <= 14 && isSignatureName) {
      issuer = prev;
      issuedOn = iso(...date);
      signatureIndex = above;
      break;
    }
    if (/^\d{6,8}$/.test(t) && isSignatureName) {
      issuer = prev;
      signatureIndex = above;
      const readings = possibleDates(t);
      const only = readings.length === 1 ? dateRe.exec(readings[0]!) : null;
      if (only) {
        // One calendar date fits (2018629 can only be 2018年6月29日): read it, and say so.
        issuedOn = iso(only[1]!, only[2]!, only[3]!);
        report.warn('metadata-damaged', lines[i]!.line, `the date line reads “${t}”: 年月日 are lost; read as ${readings[0]}, the only calendar date it can be — check the original`);
      } else {
        report.warn(
          'metadata-damaged',
          lines[i]!.line,
          `the date line reads “${t}”: 年月日 are lost${readings.length ? ` (it could be ${readings.join(' or ')})` : ''}; issuedOn left empty: give it with --issued-on`,
        );
      }
      break;
    }
  }
  // The date alone under the notice's last paragraph: the date of issue, and the issuer's name run onto the paragraph's end
  // (…请认真组织实施。平潭综合实验区管委会办公室 / 2022年6月7日, 平潭 2022 政务公开: the name right-aligned with spaces, which
  // the page lost) or none (the title's issuer, below).
  let dateOnly = false;
  if (!issuer) {
    for (let i = lines.length - 1; i > titleIndex + 1; i--) {
      const t = lines[i]!.text.replace(/\s+/g, '');
      const date = t.length <= 14 ? dateOf(t) : null;
      const before = lines[i - 1]!.text.replace(/\s+/g, '');
      const name = /[。！]([^。！，；：:]{2,40})$/.exec(before)?.[1];
      if (date && name && signatureName(name)) {
        issuer = name;
        issuedOn = iso(...date);
        signatureIndex = i;
        break;
      }
      if (date && /[。！]$/.test(before)) {
        issuedOn = iso(...date);
        signatureIndex = i;
        dateOnly = true;
        break;
      }
    }
  }
  // A document that is the plan itself, signed at its end (平潭县国土资源局 / 二〇一二年九月六日 after the last item): the
  // signature stands in the lines after the plan.
  if (!issuer && !dateOnly) {
    const after = trailer.map((l) => tidy(l.text).replace(/\s+/g, '')).filter((t) => t.length > 0).slice(0, 8);
    const at = after.findIndex((t, k) => k > 0 && t.length <= 14 && dateOf(t) !== null && signatureName(after[k - 1]!));
    const glued = after.map(signed).find(Boolean);
    if (at > 0) {
      issuer = after[at - 1]!;
      issuedOn = iso(...dateOf(after[at]!)!);
    } else if (glued) {
      issuer = glued.name;
      issuedOn = iso(...glued.date);
    }
  }
  if (!issuer) {
    const first = lines[0]?.text.replace(/\s+/g, '').replace(/文件$/, '') ?? '';
    // A page saved as text names its 发布机构 in a labelled field; else the title's opening body (…关于/印发…).
    const publisher = /^发布机构\s*[:：]\s*(\S[^\n]{1,40})$/m.exec(lines.map((l) => l.text).join('\n'))?.[1]?.trim();
    const fromTitle = title && /^(.+?)(关于)?印发/.test(title) ? /^(.+?)(?:关于)?印发/.exec(title)![1]! : title && /^(.{4,40}?)关于/.test(title) ? /^(.{4,40}?)关于/.exec(title)![1]! : null;
    // (Only a name: not 关于 of a title that opens with it, nor a site's words before the article, 长者模式 退出长者模式
    // 无障碍浏览. Where none is one, the issuer is missing and named in the report, to be given with --issuer.)
    issuer = [publisher, fromTitle, first].find((c) => c && isOrganisation(c)) ?? null;
    const from = issuer === publisher ? '发布机构 field' : issuer === fromTitle ? 'title' : 'first line';
    if (issuer && dateOnly) report.warn('metadata-missing', lines[signatureIndex]!.line, `the notice's date (${issuedOn}) has no name above it: issuer taken as “${issuer}” from the ${from}`);
    else if (issuer) report.warn('metadata-missing', null, `no signature with a date found: issuer taken as “${issuer}” from the ${from}, issuedOn left empty`);
    else report.warn('metadata-missing', null, 'no signature with a date found and no issuer named in the title: give it with --issuer');
  } else if (!issuedOn && signatureIndex < 0) report.warn('metadata-missing', null, 'no 成文日期');

  // 发布日期 of web pages: 发布时间:2018-07-05, or the time after the page's source (来源：平潭县人民政府 时间：2021-08-19 09:22).
  const allText = all.map((l) => l.text).join('\n');
  const pub = /(?:发布(?:时间|日期)|(?<=^|\n|来源[:：]\s*\S{2,30}?\s*)时间)\s*[:：\]】]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})日?(?:\s+(\d{1,2}):(\d{2}))?/.exec(allText);
  const publishedOn = pub ? iso(pub[1]!, pub[2]!, pub[3]!) : null;
  const publishedTime = pub?.[4] && Number(pub[4]) < 24 ? `${pub[4].padStart(2, '0')}:${pub[5]}` : null;
  const catalog = readCatalog(allText);

  // Notice body: between the recipients line and the signature.
  const bodyStart = recipientsLine ? lines.indexOf(recipientsLine) + 1 : titleIndex + 1;
  const bodyEnd = signatureIndex > bodyStart ? signatureIndex : lines.length;
  const bodyLines = lines.slice(bodyStart, bodyEnd).map((l) => l.text).filter((t) => !/^\(此页无正文\)$|^（此页无正文）$/.test(t));
  const notice = bodyLines.join('\n\n');

  // Upstream documents: numbers cited in the notice (not the plan's own).
  const upstream = [...new Set((notice.replace(/\s+/g, '').match(docNumberRe) ?? []).map(normalizeDocNumber))].filter((n) => n !== docNumber);

  const year = /(\d{4})\s*年\s*政务公开/.exec((title ?? '') + lines.map((l) => l.text).join(''));
  if (!year) report.warn('metadata-missing', null, 'work year not found in the title (…2022年政务公开…)');

  // How markings are written is known in one place (model/disclosure); the importer refuses any but 主动公开.
  const { disclosure, markings } = judgeDisclosure(findDisclosureMarkings(all));
  if (markings.length === 0) report.info('metadata-missing', null, 'the document states no 公开方式: treated as publishable');

  // 抄送 may wrap onto the next line.
  const ccIndex = all.findIndex((l) => /^抄送[:：]/.test(l.text));
  let ccText = '';
  if (ccIndex >= 0) {
    ccText = all[ccIndex]!.text.replace(/^抄送[:：]\s*/, '');
    for (let i = ccIndex + 1; i < all.length && /[、，,]$/.test(ccText); i++) ccText += all[i]!.text;
  }
  const cc = ccText ? splitList(ccText.replace(/。$/, ''), /[，,]/.test(ccText) ? /[，,]/ : /[、]/) : [];

  return {
    title,
    issuer,
    docNumber,
    issuedOn,
    publishedOn,
    publishedTime,
    catalog,
    year: year ? Number(year[1]) : null,
    regionName: issuer ? regionOf(issuer) : null,
    disclosure,
    upstream,
    recipients,
    cc,
    notice,
  };
}
