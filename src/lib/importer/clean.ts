import type { Report } from './report';
import { withLineText, type SourceDocument } from './read/source-document';
import { roleLabelPattern, roleLabelWords, unitKindWords } from '../model/vocabulary';
import { chineseToNumber, numberToChinese } from './text';

/**
 * Characters removed from every line before the importer reads it, each
 * removal reported with its line:
 * - control characters (U+0000–U+001F but tab and line breaks, U+007F–U+009F):
 *   they are not text, and one in a title makes feed.xml and the sitemap
 *   invalid XML;
 * - invisible format characters (zero-width spaces and joiners, bidi
 *   controls, soft hyphen, BOM): they hide inside unit names so that
 *   “市财政局” no longer matches the registry, and bidi controls can make a
 *   line read differently from what it says.
 * U+FFFD (�) is kept but reported: it marks bytes of the original that were
 * not valid UTF-8 and are lost.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
export const invisibleCharacters = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Most lines named one by one; beyond this the report gives a count, so a broken file cannot flood it. */
const maxReported = 20;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const distinct = (found: string[]) => [...new Set(found.map(codePoint))].join(', ');

/** The document without control and invisible characters; every change and every U+FFFD is reported by line. */
export function cleanDocument(doc: SourceDocument, report: Report): SourceDocument {
  let reported = 0;
  let unreported = 0;
  const note = (line: number, message: string) => {
    if (reported < maxReported) {
      reported++;
      report.warn('text-damaged', line, message);
    } else unreported++;
  };
  const lines = doc.lines.map((l) => {
    const controls = l.text.match(controlCharacters) ?? [];
    const invisible = l.text.match(invisibleCharacters) ?? [];
    if (l.text.includes('\uFFFD')) {
      note(l.line, 'the text has � (U+FFFD) here: bytes of the original were not valid UTF-8 and are lost. Check this line against the original, or save the original again as UTF-8 and re-import');
    }
    if (controls.length === 0 && invisible.length === 0) return l;
    if (controls.length > 0) note(l.line, `removed ${controls.length} control character(s) (${distinct(controls)}): they are not text and would make the site's XML invalid. Check this line against the original`);
    if (invisible.length > 0) {
      note(l.line, `removed ${invisible.length} invisible character(s) (${distinct(invisible)}: zero-width or direction controls): they hide inside names and stop them matching the unit registry. Check this line against the original`);
    }
    const clean = (s: string) => s.replace(controlCharacters, '').replace(invisibleCharacters, '');
    return withLineText(l, clean);
  });
  if (unreported > 0) report.warn('text-damaged', null, `${unreported} more line(s) had control, invisible or undecodable characters; the text may be damaged throughout: check the original`);
  return withoutPageNumbers(withLabelColons(withoutJammer(withoutPinyin(withPlainNumbers(withUnifiedIdeographs(reported === 0 ? doc : { ...doc, lines }, report), report), report), report), report), report);
}

/**
 * A page number on a line of its own (— 3 —, －12－, 第3页 共8页), as a page pasted from a Word or PDF file keeps it where a
 * page ended, often between the two parts of a table broken there: the printout's, not the plan's, so left out. (A bare
 * number is not one: it is a row's 序号 in a table written one cell a line.)
 */
const pageNumberLine = /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)\s*$/;

function withoutPageNumbers(doc: SourceDocument, report: Report): SourceDocument {
  const dropped = doc.lines.filter((l) => !l.cells && pageNumberLine.test(l.text));
  if (dropped.length === 0) return doc;
  report.info('reading', dropped[0]!.line, `${dropped.length} line(s) hold only a page number (“${dropped[0]!.text.trim()}”): left out, a printout's page numbers are not the plan's text`);
  return { ...doc, lines: doc.lines.filter((l) => !dropped.includes(l)) };
}

/**
 * Numbers written as one enclosed character, as Word's list numbering often leaves them in a page's text: ⒈ ⒉ (a number
 * with its full stop), ⑴ ⑵ (a number in brackets), ㈠ ㈡ (a Chinese number in brackets): read as 1. （1） （一）, the
 * numbering the plan's readers number items and tasks by. (Circled ① ② are read as they are.)
 */
const enclosedNumberAt = /[\u2474-\u249b\u3220-\u3229]/;
const enclosedNumber = new RegExp(enclosedNumberAt.source, 'g');
const plainNumber = (c: string): string => {
  const code = c.codePointAt(0)!;
  if (code >= 0x3220) return `（${numberToChinese(code - 0x321f)}）`;
  if (code >= 0x2488) return `${code - 0x2487}.`;
  return `（${code - 0x2473}）`;
};

function withPlainNumbers(doc: SourceDocument, report: Report): SourceDocument {
  let count = 0;
  const plain = (text: string) =>
    text.replace(enclosedNumber, (c) => {
      count++;
      return plainNumber(c);
    });
  const lines = doc.lines.map((l) => (enclosedNumberAt.test(l.text) || l.cells?.some((c) => enclosedNumberAt.test(c.text)) ? withLineText(l, plain) : l));
  if (count === 0) return doc;
  report.info('reading', null, `${count} number(s) written as one enclosed character (⒈, ⑴, ㈠, as Word's list numbering leaves them) read as 1. （1） （一）`);
  return { ...doc, lines };
}

/**
 * Radical forms written for whole characters, as a PDF's text layer often has them (⼆、重点任务, 省发展改⾰委, 各市⼈⺠政府: the
 * font maps its glyphs to the Kangxi Radicals block, U+2F00–U+2FDF, and to the CJK Radicals Supplement, U+2E80–U+2EFF), and
 * compatibility ideographs (U+F900–U+FAFF): read as the characters they stand for, so names match and text reads as printed.
 * The Kangxi radicals and compatibility ideographs by Unicode's own compatibility mapping (NFKC); the supplement's radicals
 * have none, so those that stand for a character of their own (⺠ 民, ⻓ 长, ⻔ 门 …) are mapped here.
 */
const radicalSupplement: Readonly<Record<string, string>> = {
  '⺟': '母', '⺠': '民', '⺩': '王', '⺮': '竹', '⺶': '羊', '⻁': '虎', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻊': '足', '⻋': '车',
  '⻑': '長', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻡': '首', '⻢': '马',
  '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};
const radicalForm = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]/;
const radicalForms = new RegExp(radicalForm.source, 'g');

/** The character a radical or compatibility form stands for, or the character itself when it stands for none. */
export function unifiedIdeograph(c: string): string {
  const u = radicalSupplement[c] ?? c.normalize('NFKC');
  return u.length === 1 ? u : c;
}

function withUnifiedIdeographs(doc: SourceDocument, report: Report): SourceDocument {
  let count = 0;
  const seen = new Map<string, string>();
  const unify = (text: string) =>
    text.replace(radicalForms, (c) => {
      const u = unifiedIdeograph(c);
      if (u === c) return c;
      count++;
      seen.set(c, u);
      return u;
    });
  const lines = doc.lines.map((l) => {
    if (!radicalForm.test(l.text) && !l.cells?.some((c) => radicalForm.test(c.text))) return l;
    return withLineText(l, unify);
  });
  if (count === 0) return doc;
  const examples = [...seen].slice(0, 6).map(([c, u]) => `${c} ${u}`).join(', ');
  report.info('reading', null, `${count} character(s) were written as radical or compatibility forms (${examples}${seen.size > 6 ? ', …' : ''}), as a PDF's text layer often has them: read as the characters they stand for`);
  return { ...doc, lines };
}

/**
 * A forum's anti-copy noise (Discuz's "jammer" spans, left in copied text): runs of one- and two-character ASCII
 * tokens between the post's words (…提升性改造(住建局牵头) x& L1 ]8 N) l6 J( k, 姜堰 民生实事 forum post). Four tokens
 * at least, two of them with punctuation or three a letter and a digit (l1 J8 n9), between Chinese text or a line's
 * ends, with letters among them: not a list of numbers, a code, or a table's empty cells (| | |).
 */
// (After a word, a space first; after a closing bracket, none needed: the bracket stays.)
const jammer = /(?:^|(?<=[\u3400-\u9fff。，；：])\s+|(?<=[）)])\s*)(?:[\x21-\x7e]{1,2} ){3,}[\x21-\x7e]{1,2}\s*(?=$|[\u3400-\u9fff（(])/g;
const isJammer = (run: string) => ((run.match(/[!-/:-@[-`{-~]/g) ?? []).length >= 2 || (run.match(/(?:^|\s)[A-Za-z]\d(?=\s|$)/g) ?? []).length >= 3) && !/^[\s\d.]+$/.test(run) && (run.match(/[A-Za-z]/g) ?? []).length >= 2;

function withoutJammer(doc: SourceDocument, report: Report): SourceDocument {
  let removed = 0;
  const strip = (s: string) =>
    s.replace(jammer, (run) => {
      if (!isJammer(run)) return run;
      removed++;
      return '';
    });
  const lines = doc.lines.map((l) => (l.cells ? l : { ...l, text: strip(l.text) }));
  if (removed < 2) return doc;
  report.info('reading', null, `${removed} runs of a forum's anti-copy noise (x& L1 ]8 N) l6 J( k between the words) removed`);
  return { ...doc, lines };
}

/** 第一条 at the start of a line: an article of a 若干措施 or a regulation. */
const articleAt = /^(\s*)第([一二三四五六七八九十百〇零]{1,4})条(?:\s+|[：:、.．]\s*|(?=[\u4e00-\u9fa5]))/;

/**
 * Measures written as articles (第一条 优化土地出让条件。…(牵头单位:…), a city's 若干措施): each article is an
 * item, numbered as the plan's items are (1. 2. …), once the document has three of them in sequence; the report
 * says so. Only when most articles name their units with a label: a regulation's articles are not items.
 * Run after a run-on page is cut (runon.ts cuts at 第N条 in sequence too).
 */
export function withArticleNumbers(doc: SourceDocument, report: Report): SourceDocument {
  const numbers = doc.lines.map((l) => (l.cells ? undefined : articleAt.exec(l.text))).map((m) => (m ? chineseToNumber(m[2]!) : undefined));
  const found = numbers.filter((n): n is number => n !== undefined);
  if (found.length < 3 || !found.every((n, i) => i === 0 || n === found[i - 1]! + 1)) return doc;
  // Only measures that name their units (…(牵头单位:市自然资源和规划局)): a regulation's articles are not a plan's items.
  const labelled = doc.lines.filter((l, i) => numbers[i] !== undefined && new RegExp(roleLabelPattern.source.replace(/：$/, '[:：]')).test(l.text)).length;
  // Or a regulation whose 职责分工 chapter gives each unit its article (第七条区公安局主要职责：负责…, 平潭 2016 殡葬专项整治
  // 暂行规定): those articles are the plan's items, and its chapters its sections, so that the duties fall under 职责分工.
  const dutyChapter = doc.lines.findIndex((l) => !l.cells && chapterAt.test(l.text) && /职责|分工/.test(l.text.replace(chapterAt, '')));
  const chapterAfter = dutyChapter < 0 ? 0 : doc.lines.slice(dutyChapter + 1).findIndex((l) => !l.cells && chapterAt.test(l.text));
  const dutyArticles = dutyChapter < 0 ? 0 : doc.lines.slice(dutyChapter + 1, chapterAfter < 0 ? undefined : dutyChapter + 1 + chapterAfter).filter((l) => !l.cells && dutyArticle.test(l.text)).length;
  // (Read for its duties, not its labels: its chapters become sections too.)
  const chapters = labelled < found.length / 2;
  if (chapters && dutyArticles < 3) return doc;
  report.info('reading', null, `articles 第${numberToChinese(found[0]!)}条–第${numberToChinese(found.at(-1)!)}条 read as items ${found[0]}.–${found.at(-1)}.${chapters ? ` and chapters as sections: ${dutyArticles} articles of the 职责 chapter each give one unit its duties` : ''}`);
  return {
    ...doc,
    lines: doc.lines.map((l, i) => {
      // A unit's duties article whose duties follow on lines of their own (第四条 区党工委、管委会办公室工作职责： then （一）政法方面
      // 1.…, 平潭 2018 生态环境保护工作职责规定): the title of that unit's block of items, as an attachment's 某局工作职责 is.
      if (numbers[i] !== undefined && chapters && dutyArticleTitle.test(l.text)) return { ...l, text: l.text.replace(articleAt, '$1') };
      if (numbers[i] !== undefined) return { ...l, text: l.text.replace(articleAt, `$1${numbers[i]}. `) };
      const chapter = chapters && !l.cells ? chapterAt.exec(l.text) : null;
      const no = chapter ? chineseToNumber(chapter[2]!) : undefined;
      return no === undefined ? l : { ...l, text: l.text.replace(chapterAt, `$1${numberToChinese(no)}、`) };
    }),
  };
}

/** 第三章 at the start of a line: a regulation's chapter. */
const chapterAt = /^(\s*)第([一二三四五六七八九十]{1,3})章(?:\s+|[：:、.．]\s*|(?=[\u4e00-\u9fa5]))/;
/** An article that gives one unit its duties: 第七条区公安局主要职责：…, 第十七条各乡镇主要职责：… */
// (Or 第二十条 纪检监察部门的主要职责是：（一）…, 平潭县公安局 2010 警务公开工作实施办法.)
const dutyArticle = new RegExp(`${articleAt.source}[^，。；：:]{2,24}?(?:的)?(?:主要|工作)?职责(?:是|为)?[：:]`);
/** Such an article that is only its title, its duties on the lines after it. */
const dutyArticleTitle = new RegExp(`${dutyArticle.source}\\s*$`);

/** A pinyin reading in brackets right after a character: 公開(kāi), 和(hé). */
const pinyinReading = /(?<=[\u3400-\u9fff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6})\)/g;
const toneMark = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/**
 * Pages saved with their ruby annotations flattened carry a pinyin reading
 * after many characters (工作(zuò)要點): the readings are removed, once the
 * document has enough of them with tone marks that they cannot be real text.
 */
function withoutPinyin(doc: SourceDocument, report: Report): SourceDocument {
  const readings = doc.lines.flatMap((l) => [...l.text.matchAll(pinyinReading)].map((m) => m[1]!));
  if (readings.filter((r) => toneMark.test(r)).length < 5) return doc;
  report.info('reading', null, `${readings.length} pinyin readings in brackets after characters (工作(zuò)) removed: the page was saved with its ruby annotations as text`);
  const strip = (s: string) => s.replace(pinyinReading, '');
  return { ...doc, lines: doc.lines.map((l) => withLineText(l, strip)) };
}

/**
 * A units label inside a bracket that lost its colon: （责任单位区直各相关单位）.
 * PDF exporters hang a full-width colon that ends a line past the margin and
 * drop it from the text layer; the label then runs into the first name. The
 * colon is put back where a unit name follows (not a verb: 责任单位要…), and
 * not inside a collective name that ends in a label's words (（区旅游文体局负责，
 * 各相关责任单位配合）, 平潭 2021 景区船舶), nor before a role verb, where the words are a
 * name's end (（省财政厅、项目主管部门、项目承担单位负责）, 河北 2016 科研资金).
 */
const gluedLabel = new RegExp(
  `(?<=[（(〔【][^（(〔【）)〕】]{0,80}?)(?<!相关|有关|各|其他|其它|相应|所有)((?:${Object.values(roleLabelWords).flat().join('|')})(?:${unitKindWords.join('|')}))(?=[\u4e00-\u9fff])(?![要应须必对在和及与的是为由将按以]|负责|牵头|配合|落实|协助|参与|协办)`,
  'g',
);

function withLabelColons(doc: SourceDocument, report: Report): SourceDocument {
  let restored = 0;
  const fix = (s: string) =>
    s.replace(gluedLabel, (label: string) => {
      restored++;
      return `${label}：`;
    });
  const lines = doc.lines.map((l) => withLineText(l, fix));
  if (restored === 0) return doc;
  report.info('reading', null, `${restored} units label(s) in brackets had no colon before the first name (（责任单位区财政局）, as a PDF's text layer drops a colon hung past the margin): read as 责任单位：…`);
  return { ...doc, lines };
}
