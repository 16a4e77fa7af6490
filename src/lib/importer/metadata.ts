import { splitOutsideBrackets } from '../model/vocabulary';
import { findDisclosureMarkings, judgeDisclosure } from '../model/disclosure';
import type { Report } from './report';
import { tidy } from './text';
import type { SourceLine } from './table';

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
const normalizeDocNumber = (s: string) =>
  s.replace(/\s+/g, '').replace(/[[（(【]/, '〔').replace(/[\]）)】]/, '〕');

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

/** The region a body belongs to, from its name: 雷州市人民政府办公室 → 雷州市. */
export function regionOf(issuer: string): string | null {
  const m = /^([\u4e00-\u9fa5]{2,8}?(?:自治州|自治县|市|县|区|州|盟|旗))/.exec(issuer);
  return m ? m[1]! : null;
}

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
    // Else the plan the notice's sentence names (《银川市2018年政务公开工作要点》已经…同意，现印发给你们): its title, said so.
    const named = labelled < 0 ? lines.findIndex((l) => /《[^《》]{4,60}》[^。]{0,40}印发给你/.test(l.text)) : -1;
    if (labelled >= 0) {
      title = lines[labelled]!.text.replace(/\s+/g, '').replace(/^(?:标题|文件标题|题名)[:：]/, '');
      titleIndex = labelled;
    } else if (named >= 0) {
      title = /《([^《》]{4,60})》[^。]{0,40}印发给你/.exec(lines[named]!.text)![1]!.replace(/\s+/g, '');
      report.warn('metadata-missing', lines[named]!.line, `no title line (…印发…通知) found: the title taken from the notice's sentence, “${title}”; give another with --title`);
    } else report.warn('metadata-missing', lines[0]?.line ?? null, 'no title line (…印发…通知) found');
  }

  // Recipients (主送): the first line after the title that ends with a colon.
  const recipientsLine = lines
    .slice(titleIndex + 1)
    // (Not a labelled field of a page saved as text left empty: 文号: .)
    .find((l) => /[：:]$/.test(l.text) && !/^(附件|抄送|公开方式)/.test(l.text) && !/来源|发布时间|浏览|分享|打印|字体/.test(l.text) && !/^(?:标题|文号|发文字号|发布机构|栏目|索引号|原文链接|本地目录)\s*[:：]$/.test(l.text));
  const recipients = recipientsLine ? splitList(recipientsLine.text.replace(/[：:]$/, ''), /[，,；;]/) : [];
  if (!recipientsLine) report.warn('metadata-missing', null, 'no 主送 line (ending in ：) after the title');

  // 发文字号: a line that is only a document number, before the title or (on
  // web pages) between the title and the recipients; or a labelled 发文字号： field.
  let docNumber: string | null = null;
  const recipientsAt = recipientsLine ? lines.indexOf(recipientsLine) : Math.max(titleIndex, 0) + 1;
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
    const date = dateRe.exec(t);
    const isSignatureName = /(办公室|人民政府|政府|局|委员会|中心|办|委)$/.test(prev) && prev.length <= 40 && !/[。；，]/.test(prev);
    if (date && t.length <= 12 && isSignatureName) {
      issuer = prev;
      issuedOn = iso(date[1]!, date[2]!, date[3]!);
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
  if (!issuer) {
    const first = lines[0]?.text.replace(/\s+/g, '').replace(/文件$/, '') ?? '';
    // A page saved as text names its 发布机构 in a labelled field; else the title's opening body (…关于/印发…).
    const publisher = /^发布机构\s*[:：]\s*(\S[^\n]{1,40})$/m.exec(lines.map((l) => l.text).join('\n'))?.[1]?.trim();
    issuer = publisher ?? (title && /^(.+?)(关于)?印发/.test(title) ? /^(.+?)(?:关于)?印发/.exec(title)![1]! : title && /^(.{4,40}?)关于/.test(title) ? /^(.{4,40}?)关于/.exec(title)![1]! : first || null);
    report.warn('metadata-missing', null, `no signature with a date found: issuer taken as “${issuer}” from the ${title ? 'title' : 'first line'}, issuedOn left empty`);
  } else if (!issuedOn && signatureIndex < 0) report.warn('metadata-missing', null, 'no 成文日期');

  // 发布日期 of web pages: 发布时间:2018-07-05.
  const allText = all.map((l) => l.text).join('\n');
  const pub = /发布(?:时间|日期)\s*[:：\]】]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})日?(?:\s+(\d{1,2}):(\d{2}))?/.exec(allText);
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
