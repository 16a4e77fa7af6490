import { createHash } from 'node:crypto';
import { roleVerbAt, splitOutsideBrackets } from '../../src/lib/model/vocabulary';

/**
 * Vocabulary extraction for the corpus generator: pulls the recurring pieces of
 * real 分工方案 (requirement texts, section and task titles, the wording of the
 * responsible-units cell, department names, notice paragraphs, upstream
 * document numbers) out of the seed documents, so generated plans read like the
 * real ones. The seeds come in four different layouts (Markdown table, tab
 * separated, indented paragraphs, HTML fragments); extraction works on "cells"
 * (text between tabs, pipes, line breaks and <p> tags) and keeps only pieces
 * that are complete, so page-break fragments are dropped rather than guessed.
 */

/** A responsible-units cell with every unit replaced by a slot. */
export interface UnitPattern {
  /**
   * The cell with units replaced by slots: `{D}` a department of the region,
   * `{S}` the region's subordinate governments or towns, `{L}` the level
   * prefix (市/县/区) inside a collective written out, e.g.
   * `{D}、{D}牵头，{L}直各单位按职责分工落实`.
   */
  pattern: string;
  /** How many cells in the seeds have this shape (weights the draw). */
  count: number;
}

export interface Vocabulary {
  /** Where the vocabulary came from: seed file names and their SHA-256. */
  sources: Array<{ file: string; sha256: string }>;
  /** Requirement texts as printed, without their number. */
  requirements: string[];
  /** Section titles (一、…) without the numeral. */
  sectionTitles: string[];
  /** Task titles ((一)…) without the numeral or the closing full stop. */
  taskTitles: string[];
  /** Shapes of the responsible-units cell in government plans. */
  unitPatterns: UnitPattern[];
  /** Shapes of the responsible-units cell in a department's own plan (its offices). */
  officePatterns: UnitPattern[];
  /** Department names without the level prefix: 财政局, 政务服务数据管理局. */
  departments: string[];
  /** Spellings of the subordinate level: 各县（市、区）人民政府 (in a city), 各镇（街） (in a county). */
  subordinates: string[];
  /** Paragraphs of the covering notice (通知正文), with `{region}` and `{year}` placeholders. */
  noticeParagraphs: string[];
  /** Upstream document numbers cited by the seeds, e.g. 粤府办〔2018〕19号. */
  upstream: string[];
  /** Deadlines as printed (完成时限), when any seed has them. */
  deadlines: string[];
}

export interface SeedDocument {
  file: string;
  text: string;
}

const cnNumeral = '[一二三四五六七八九十]+';
const sectionRe = new RegExp(`^${cnNumeral}、\\s*(.+)$`);
const taskRe = new RegExp(`^[（(]\\s*${cnNumeral}\\s*[)）]\\s*(.+)$`);
/** An item number at the start of a cell or after whitespace: `10.`, `10．`, `10、`. */
const itemStartRe = /(?:^|\s)(\d{1,2})\s*[.．、]\s*(?=[^\d\s])/g;


/** Splits the seed text into cells: pieces between tabs, table pipes, <p> tags and line breaks. */
export function cells(text: string): string[] {
  return text
    .replace(/<\/?p>/g, '\n')
    .split(/[\t|\n]/)
    .map((c) => c.replace(/\s+/g, ' ').trim())
    .filter((c) => c.length > 0);
}

/** Requirement items of one cell: `1. text 2. text` → [text, text]; only complete sentences. */
export function requirementItems(cell: string): string[] {
  const starts = [...cell.matchAll(itemStartRe)].map((m) => ({ at: m.index ?? 0, len: m[0].length }));
  const items: string[] = [];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : cell.length;
    const text = cell.slice(s.at + s.len, end).trim();
    // A page break cuts a cell mid-sentence; such fragments are dropped, not repaired.
    if (text.length >= 12 && /[。；]$/.test(text) && !/[|<>]/.test(text)) items.push(text);
  });
  return items;
}


/** Whether a unit token is a subordinate level: the counties of a city, the towns of a county. */
function isSubordinate(token: string): boolean {
  return /^各(县|镇)/.test(token);
}

/** Whether a unit token is a collective designation of the plan's own level (市直各单位, 市有关单位). */
function isCollective(token: string): boolean {
  return /各单位|有关单位|其他单位|起草单位|相关单位|各科室|各部门/.test(token);
}

export interface ParsedUnitsCell {
  pattern: string;
  departments: string[];
  subordinates: string[];
  offices: boolean;
}

/**
 * Turns a responsible-units cell into a pattern, or null when the cell is not
 * one (a header, a sentence, a page-break fragment).
 */
export function parseUnitsCell(cell: string): ParsedUnitsCell | null {
  if (cell.length > 120 || /[。：:]/.test(cell) || /^\d/.test(cell) || /单位$|科室$/.test(cell) && /^(牵头|落实|责任)/.test(cell)) return null;
  // Cross references to attachments (见附件1，下同) are dropped: the generated plan has no attachments.
  const cleaned = cell.replace(/[（(]见附件\d[^）)]*[）)]/g, '');
  const departments: string[] = [];
  const subordinates: string[] = [];
  let offices = false;
  const clauses = splitOutsideBrackets(cleaned, '，,；;').map((c) => c.trim());
  const outClauses: string[] = [];
  for (const clause of clauses) {
    if (clause === '') return null;
    const verb = clause.slice(roleVerbAt(clause)?.index ?? clause.length);
    const body = clause.slice(0, clause.length - verb.length).trim();
    if (body === '') return null;
    const tokens = splitOutsideBrackets(body, '、').map((t) => t.trim());
    const slots: string[] = [];
    for (const token of tokens) {
      if (token === '' || token.length > 30 || /\s/.test(token)) return null;
      if (isSubordinate(token)) {
        subordinates.push(token);
        slots.push('{S}');
      }
      else if (token === '办公室') {
        offices = true;
        slots.push('{O}');
      } else if (isCollective(token)) {
        if (token === '各科室') offices = true;
        if (!/^(市|各)/.test(token)) return null;
        slots.push(token.replace(/^市/, '{L}'));
      } else if (/(局|办|委|室|中心|院|会|部|处|队|所|站)$/.test(token)) {
        // 市场监管局 written without the level prefix must keep its 市场; 市市场监管局 loses one 市.
        const base = token.startsWith('市场') ? token : token.replace(/^市/, '');
        // Names carrying a region (梅州市人民政府办公室) are the issuer itself, not a department to reuse.
        if (base.length < 2 || /[市县区]/.test(base.replace(/^市场/, ''))) return null;
        departments.push(base);
        slots.push('{D}');
      } else return null;
    }
    outClauses.push(slots.join('、') + verb);
  }
  const separator = cleaned.includes('；') ? '；' : '，';
  // Keep the seed's own clause separators: rebuild from the original cell's separators in order.
  const seps = [...cleaned.matchAll(/[，,；;](?![^（(]*[）)])/g)].map((m) => m[0]);
  const pattern = outClauses.map((c, i) => (i === 0 ? c : (seps[i - 1] ?? separator) + c)).join('');
  return { pattern, departments, subordinates, offices };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Region names that appear in the seeds; replaced by a placeholder in notice paragraphs. */
const seedRegions = /(雷州市|梅州市|揭阳市|江门市|雷州|梅州|揭阳|江门)/g;

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Drops titles that are page-break prefixes of a longer title in the same list. */
function dropPrefixes(titles: string[]): string[] {
  return titles.filter((t) => !titles.some((o) => o !== t && o.startsWith(t)));
}

export function extractVocabulary(seeds: readonly SeedDocument[]): Vocabulary {
  const requirements: string[] = [];
  const sectionTitles: string[] = [];
  const taskTitles: string[] = [];
  const patterns = new Map<string, number>();
  const officePatterns = new Map<string, number>();
  const departments = new Set<string>();
  const subordinates = new Set<string>();
  const notice: string[] = [];
  const upstream = new Set<string>();
  const deadlines = new Set<string>();

  for (const seed of seeds) {
    // Upstream documents are the province's and the State Council's (粤…, 国…); the seeds' own numbers are not.
    for (const m of seed.text.matchAll(/(?:粤|国)[\u4e00-\u9fa5]{1,6}〔\d{4}〕\d{1,4}号/g)) upstream.add(m[0]);
    for (const m of seed.text.matchAll(/\d{4}年(?:底|\d{1,2}月底|\d{1,2}月\d{1,2}日)前/g)) deadlines.add(m[0]);
    const all = cells(seed.text);
    const annexAt = all.findIndex((c) => /^附件[:：]?$/.test(c) || /^附件[:：]/.test(c));
    for (const [i, cell] of all.entries()) {
      // Notice paragraphs: complete sentences before the annex, long enough to be prose.
      if ((annexAt === -1 || i < annexAt) && !/^\d/.test(cell) && cell.length >= 30 && cell.length <= 400 && /。$/.test(cell) && /印发|贯彻|落实|组织实施|高度重视/.test(cell) && !/(电话|邮箱|@)/.test(cell)) {
        notice.push(cell.replace(/\d{4}(?=\s*年)/g, '{year}').replace(seedRegions, '{region}').replace(/^[一二三四五六七八九十]+、/, ''));
      }
      const section = sectionRe.exec(cell);
      if (section && !/[。]/.test(section[1]!) && section[1]!.length <= 40) sectionTitles.push(section[1]!.trim());
      const task = taskRe.exec(cell);
      if (task && task[1]!.length <= 50 && !/。./.test(task[1]!)) taskTitles.push(task[1]!.trim().replace(/。$/, ''));
      for (const item of requirementItems(cell)) requirements.push(item);
      const parsed = parseUnitsCell(cell);
      if (parsed) {
        const target = parsed.offices ? officePatterns : patterns;
        target.set(parsed.pattern, (target.get(parsed.pattern) ?? 0) + 1);
        for (const d of parsed.departments) departments.add(d);
        for (const d of parsed.subordinates) subordinates.add(d);
      }
    }
  }

  const toPatterns = (m: Map<string, number>) =>
    [...m.entries()].map(([pattern, count]) => ({ pattern, count })).sort((a, b) => b.count - a.count || a.pattern.localeCompare(b.pattern));

  return {
    sources: seeds.map((s) => ({ file: s.file, sha256: sha256(s.text) })),
    requirements: uniqueSorted(requirements),
    sectionTitles: dropPrefixes(uniqueSorted(sectionTitles)),
    taskTitles: dropPrefixes(uniqueSorted(taskTitles)),
    unitPatterns: toPatterns(patterns),
    officePatterns: toPatterns(officePatterns),
    departments: uniqueSorted(departments),
    subordinates: uniqueSorted(subordinates),
    noticeParagraphs: uniqueSorted(notice),
    upstream: uniqueSorted(upstream),
    deadlines: uniqueSorted(deadlines),
  };
}
