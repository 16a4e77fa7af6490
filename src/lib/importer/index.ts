/**
 * The importer, one module per stage:
 *
 * 1. read/ — a file in any format (text, .html, .docx, .pdf, .xlsx, .doc/.wps/.odt via
 *    LibreOffice; 繁体 converted) becomes a SourceDocument: paragraphs, and table rows
 *    whose cells keep their spans (read/source-document.ts).
 * 2. clean.ts, segment.ts — control characters and ruby pinyin removed; the notice
 *    (metadata.ts), the plan body and the trailer found.
 * 3. table.ts — lines become rows of cells in one of the layouts they may be in
 *    (real grid, pipe rows, tabs, one cell per line, cells closed by bar lines,
 *    paragraphs); header words say what each column holds.
 * 4. reading.ts — every layout that fits is read and scored; the best reading is kept
 *    and named in the review report.
 * 5. structure/ — rows become sections, tasks and requirements, each with its units:
 *    cells.ts says what a cell is, grid.ts and lines.ts read grid rows and flowing
 *    text into the outline (outline.ts).
 * 6. this module — units parsed (units/parse.ts) and resolved through the registry,
 *    ids assigned, metadata (metadata.ts) and the facts given on the command line
 *    joined into a plan entry checked against the plan schema.
 */
import { createHash } from 'node:crypto';
import type { Assignment, PlanEntry, Requirement, Section, Task } from '../schema/plan';
import { planEntrySchema } from '../schema/plan';
import type { Unit } from '../schema/unit';
import { slug } from '../schema/common';
import { disclosureFix, findDisclosureMarkings, judgeDisclosure } from '../model/disclosure';
import { cleanDocument, withArticleNumbers } from './clean';
import { splitRunOnLines } from './runon';
import { proposeUnit, type Registry } from '../registry/registry';
import { regionSlug } from '../regions';
import { pinyinInitials } from '../slug';
import { parseUnitsCell } from '../units/parse';
import { inclusionNote } from '../units/names';
import { ImportError } from './errors';
import { pageFieldLine, readMetadata, regionOf } from './metadata';
import { allRequirements, chooseReading } from './reading';
import type { SourceDocument } from './read/source-document';
import { textToDocument } from './read/text';
import { regionCodes } from './regions';
import { Report, type ReviewItem } from './report';
import type { DraftRequirement, DraftSection, UnitsGroup } from './structure';
import { numberToChinese } from './text';
import { segment } from './segment';
import { firstLeadNote, othersAssistNote } from './structure/cells';

/** A human decision for one requirement, from `src/content/reviews/<planId>.yaml`. */
export interface Decision {
  issue: string;
  decision: string;
  /** The part of the shared units cell that applies to this requirement, parsed instead of the whole cell. */
  units?: string;
}

export interface ImportOptions {
  /** File name of the original as kept under public/sources/. */
  sourceFile: string;
  sourceUrl?: string | null;
  /** ISO date of the import (passed in so re-imports are reproducible). */
  importedOn: string;
  registry: Registry;
  /** Decisions keyed by requirement id. */
  decisions?: Record<string, Decision>;
  /** Override the derived plan id. */
  id?: string;
  /** SHA-256 of the original file when the text was converted from it (.docx, .html). */
  sha256?: string;
  /** Facts given on the command line, used instead of what the document says. */
  overrides?: FactOverrides;
}

export interface ImportResult {
  id: string;
  entry: PlanEntry;
  /** The notice text (Markdown body). */
  notice: string;
  report: ReviewItem[];
  /** Registry entries proposed for unit names the registry does not know. */
  proposals: Unit[];
  /** Facts the document does not give (and no override supplied). */
  missing: Fact[];
}

export { ImportError } from './errors';

/** Largest plan text accepted: real plans are tens of kilobytes. Bounds the work on hostile input. */
export const maxPlanChars = 2_000_000;
/** Longest line accepted: a real table row or paragraph is a few thousand characters. */
export const maxLineChars = 50_000;
/** Most requirements accepted: real plans have tens, a long one a few hundred. */
export const maxRequirements = 3_000;

/** Short name of the issuing body from the plan's own title: 市建管中心 2022 年…分工方案 → 建管中心. */
function issuerShortName(planTitle: string | null, region: string): string {
  const m = planTitle ? /^(.*?)\s*\d{4}\s*年/.exec(planTitle) : null;
  const name = (m?.[1] ?? '').replace(/\s+/g, '');
  if (!name || name === region) return '';
  return name.replace(region, '').replace(/^(市|县|区)/, '');
}

/** Facts an entry needs that the document may not give; each has a command-line flag. */
export const factFlags = {
  title: '--title',
  issuer: '--issuer',
  year: '--year',
  region: '--region',
  docNumber: '--doc-number',
  issuedOn: '--issued-on',
  publishedOn: '--published-on',
} as const;
export type Fact = keyof typeof factFlags;
/** The facts without which no entry is written (the others may be null in an entry). */
export const requiredFacts: readonly Fact[] = ['title', 'issuer', 'year', 'region'];

/** Values given by the user for facts the document lacks or gets wrong. */
export type FactOverrides = Partial<{
  title: string;
  issuer: string;
  year: number;
  region: string;
  docNumber: string;
  issuedOn: string;
  publishedOn: string;
  indexNo: string;
  subjectCategory: string;
  publisher: string;
  subjectTerms: string[];
  validity: PlanEntry['validity'];
}>;

/** Why a plan id is refused: it names the file, the URL and the data's plan_id, so it must be a slug. */
export function planIdMessage(id: string): string {
  return `plan id “${id}” is not allowed: ids name the entry file, the plan's URL and plan_id in the data, so they are lower-case letters, digits and single hyphens, e.g. 2022-leizhou; give one with --id, e.g. --id 2022-leizhou`;
}

/** Checks a text's size and lines before any reading: bounds the work on hostile input. */
function checkedDocument(input: string | SourceDocument): SourceDocument {
  if (typeof input === 'string') {
    if (input.length > maxPlanChars) {
      throw new ImportError(`the text is ${input.length} characters long; real plans are well under ${maxPlanChars} (is this several documents, or not a plan?)`);
    }
    if (!input.trim()) throw new ImportError('the file is empty');
    if (input.slice(0, 4096).includes('\u0000')) throw new ImportError('the file is binary, not text (for Word files use .docx)');
    return textToDocument(input);
  }
  const size = input.lines.reduce((n, l) => n + l.text.length, 0);
  if (size > maxPlanChars) throw new ImportError(`the document holds ${size} characters; real plans are well under ${maxPlanChars} (is this several documents, or not a plan?)`);
  if (size === 0) throw new ImportError('the document has no text');
  return input;
}

/**
 * Imports one plan document (text, or lines read from any format) into a plan
 * entry and a review report. Missing facts (title, issuer, year, region) never
 * block the structure: they are listed in `missing` and the report, and the
 * entry is only valid once they are given (`overrides`). Throws ImportError
 * when the input is not a plan at all.
 */
export function importPlan(input: string | SourceDocument, options: ImportOptions): ImportResult {
  const checked0 = checkedDocument(input);
  const report = new Report();
  for (const note of checked0.notes) report.info('reading', null, note);
  // Control and invisible characters are removed (and reported) before anything reads the text;
  // a page saved as one line is cut into the lines it lost.
  const doc = withArticleNumbers(splitRunOnLines(cleanDocument(checked0, report), report), report);
  const long = doc.lines.find((l) => l.text.length > maxLineChars);
  if (long) throw new ImportError(`line ${long.line} is ${long.text.length} characters long: not a plan document (or a broken export)`);
  const lines = doc.lines;
  // Refused before any reading: a document marked anything but 主动公开 must never become an entry.
  const verdict = judgeDisclosure(findDisclosureMarkings(lines));
  if (verdict.refusal) throw new ImportError(`${verdict.refusal}. Nothing was written. Fix: ${disclosureFix}`);
  if (options.id !== undefined && !slug.safeParse(options.id).success) throw new ImportError(planIdMessage(options.id));
  const { head, body, trailer, planTitle } = segment(lines);
  // (A saved page's labelled fields that reach the body, where the page has no notice before its plan: the metadata's too.)
  const meta = readMetadata([...head, ...body.filter((l) => pageFieldLine.test(l.text))], trailer, report);
  const { draft } = chooseReading(body, report);
  // 注：主要责任单位第一个为牵头单位，其余为主要配合单位 under the table (平潭 2016 生态环境保护 分工表): the convention holds
  // for every units cell above it, as a note inside the first cell holds for those after it.
  // (Or the notice's own words: 责任分解中，列第一位的责任单位为牵头单位或汇总单位, 杭州 2020 政府工作报告 责任分解.)
  const leadNote = [...head.filter((l) => firstLeadNote.test(l.text)), ...[...body, ...trailer].filter((l) => /^\s*(?:注|说明|备注)\s*\d{0,2}\s*[：:]/.test(l.text) && firstLeadNote.test(l.text))][0];
  if (leadNote) report.info('role-inferred', leadNote.line, `the document says “${firstLeadNote.exec(leadNote.text)![0].replace(/^[（(]|[）)]$/g, '')}”: the first unit of each units cell is read as the lead`);
  const count = draft.sections.reduce((n, s) => n + 1 + s.requirements.length + s.tasks.reduce((m, t) => m + 1 + t.requirements.length, 0), 0);
  if (count > maxRequirements) throw new ImportError(`${count} headings and requirements found: no real plan has that many; this is not a 分工方案 (or several joined)`);
  const found = allRequirements(draft);
  // A document with its own plan title (…工作要点, …分工方案) may be cut off before
  // its first units or its second item: what it holds is still a plan, with the
  // missing units reported. Without such a title, units or numbering must show it.
  const planLike = found.some((r) => r.group !== null) || found.filter((r) => r.no !== null).length >= 2 || (planTitle !== null && found.length > 0);
  if (draft.sections.length === 0 || !planLike) {
    throw new ImportError('no numbered requirements and no responsible units found: this does not look like a 分工方案 (a plan of numbered requirements, each with the units responsible for it)');
  }

  const given = options.overrides ?? {};
  const missing: Fact[] = [];
  const title = given.title ?? meta.title ?? planTitle;
  if (!title) missing.push('title');
  const titleYear = /((?:19|20)\d{2})\s*年/.exec(`${planTitle ?? ''} ${meta.title ?? ''}`)?.[1];
  // A title without its year (关于…的通知, …实施方案): the plan's year is the year it was issued or, failing that, published,
  // said in the report so the person importing can correct it (a plan issued in December for the next year).
  const datedYear = Number((given.issuedOn ?? meta.issuedOn ?? given.publishedOn ?? meta.publishedOn ?? '').slice(0, 4)) || null;
  const year = given.year ?? meta.year ?? (titleYear ? Number(titleYear) : datedYear);
  if (year === null) missing.push('year');
  else if (given.year === undefined && meta.year == null && !titleYear)
    report.warn('metadata-missing', null, `work year not in the title: taken as ${year}, the year the document was ${given.issuedOn ?? meta.issuedOn ? 'issued' : 'published'}; give another with --year`);
  const regionName = given.region ?? meta.regionName ?? (planTitle ? regionOf(planTitle.replace(/\s+/g, '')) : null) ?? (given.issuer ? regionOf(given.issuer) : null);
  if (!regionName) missing.push('region');
  const issuerName = given.issuer ?? meta.issuer;
  if (!issuerName) missing.push('issuer');
  const docNumber = given.docNumber ?? meta.docNumber;
  const issuedOn = given.issuedOn ?? meta.issuedOn;
  const publishedOn = given.publishedOn ?? meta.publishedOn;
  if (!docNumber) missing.push('docNumber');
  if (!issuedOn) missing.push('issuedOn');
  if (!publishedOn) missing.push('publishedOn');
  for (const f of missing) {
    const needed = requiredFacts.includes(f);
    report[needed ? 'warn' : 'info']('metadata-missing', null, `${f} not found in the document${needed ? ': an entry needs it' : ''}; give it with ${factFlags[f]}`);
  }

  const region = regionName ?? '未知地区';
  const code = regionCodes[region] ?? null;
  if (!code) report.warn('metadata-missing', null, `no GB/T 2260 code known for ${region}`);
  const short = issuerShortName(planTitle, region);
  const id = options.id ?? [year === null ? 'plan' : String(year), regionName ? regionSlug(region) : 'unknown', short ? pinyinInitials(short) : ''].filter(Boolean).join('-');
  if (!slug.safeParse(id).success) throw new ImportError(planIdMessage(id));
  const issuer = issuerName ?? region;
  const issuerIsGovernment = /人民政府/.test(issuer);

  // Units: parse each units cell once, resolve names through the registry.
  const proposals = new Map<string, Unit>();
  const known = (name: string) => options.registry.knows(region, name);
  const toAssignments = (raw: string, line: number, reqId: string): Assignment[] => {
    const parsed = parseUnitsCell(raw, known, undefined);
    for (const note of parsed.notes) report.info(note.startsWith('abbreviation') ? 'unit-expanded' : 'role-inferred', line, note, reqId);
    return parsed.units.map((u) => {
      let unit = options.registry.resolve(region, u.name, issuer);
      if (!unit) {
        unit = proposals.get(u.name) ?? proposeUnit(region, u.name, issuer, issuerIsGovernment);
        if (!proposals.has(u.name)) report.warn('unit-unregistered', line, `“${u.name}” is not in the ${region} unit registry; proposed id ${unit.id}`, reqId);
        proposals.set(u.name, unit);
      }
      return { name: unit.name, unit: unit.id, role: u.role };
    });
  };

  // Ids: r<n> where numbering runs through the plan; t<k>-r<n> where it restarts.
  const ids = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const uniqueId = (base: string, line: number) => {
    let id = base;
    // A counter per base keeps this linear when a document repeats one number many times.
    for (let k = nextSuffix.get(base) ?? 2; ids.has(id); k++) {
      id = `${base}-${k}`;
      nextSuffix.set(base, k + 1);
    }
    if (id !== base) report.info('numbering-duplicate', line, `id ${base} already used: this item gets ${id}`);
    ids.add(id);
    return id;
  };
  const sharedWarned = new Set<UnitsGroup>();
  const toRequirement = (d: DraftRequirement, scope: string, unnumberedCount: number, k: number): Requirement => {
    const base = d.no !== null ? (draft.numberingRestarts ? `${scope}-r${d.no}` : `r${d.no}`) : unnumberedCount === 1 && scope ? scope : `${scope || 'p'}-p${k}`;
    const id = uniqueId(base, d.line);
    const group = d.group;
    const decision = options.decisions?.[id];
    // Spaces stay: they separate assignments in some shared cells (雷州 43–44).
    // A bracket that held only the deadline (（完成时限：年底前）) leaves no units text: none, not an empty one.
    const unitsRaw = group ? group.raw.replace(/[ \t\u3000]+/g, ' ').trim() || null : null;
    if (group && group.requirements.length > 1 && /\S\s+\S/.test(group.raw.replace(/\s*[，,；;、。]\s*/g, '')) && !sharedWarned.has(group)) {
      sharedWarned.add(group);
      const nos = group.requirements.map((r) => r.no ?? '?').join('、');
      report.warn('shared-cell', group.lines[0] ?? d.line, `items ${nos} share one units cell whose parts are separated by spaces (“${unitsRaw}”): it may hold a separate assignment per item; all units are applied to all items unless a decision says otherwise`);
    }
    let units: Assignment[] = [];
    if (decision) {
      report.info('decision-applied', d.line, `human decision applied: ${decision.decision}`, id);
      units = toAssignments(decision.units ?? group?.raw ?? '', d.line, id);
    } else if (group) {
      units = toAssignments(group.raw, group.lines[0] ?? d.line, id);
      // 首位单位为牵头单位: the first unit of a bare list leads.
      // A single unit has no first among others: it stays responsible (各省级人民政府负责).
      // …其余为配合单位: the others assist.
      if ((group.firstIsLead || leadNote) && units.length > 1 && units[0]?.role === 'responsible' && !units.some((u) => u.role === 'lead')) {
        const assist = group.othersAssist || (leadNote !== undefined && othersAssistNote.test(leadNote.text));
        units = [{ ...units[0], role: 'lead' }, ...units.slice(1).map((u): Assignment => (assist && u.role === 'responsible' ? { ...u, role: 'participate' } : u))];
      }
      // 由农业农村处牵头，联合派出所…。责任单位：农业农村处、各渔业村、派出所 (苏平 2020 涉渔“三无”船舶): the list names no
      // lead, its text says who leads; that unit leads, first. (Not a body that leads a mechanism: 建立由X牵头的联席会议,
      // 由X牵头建立…联席会议制度, 完善由X牵头抓总… say who leads that.)
      const leadInText = units.length > 1 && !units.some((u) => u.role === 'lead') ? /(?<!(?:建立|成立|完善|形成|组建|健全)[^，,。；;]{0,12})由([^，,。；;：:（(]{2,40}?)牵头(?!建立|成立|组建|抓总|的)/.exec(d.text) : null;
      if (leadInText) {
        const leads = leadInText[1]!.split(/[、和及]/).map((n) => n.trim());
        const namedAsLead = (u: Assignment) => u.role === 'responsible' && leads.some((n) => n === u.name);
        if (units.some(namedAsLead)) units = [...units.filter(namedAsLead).map((u): Assignment => ({ ...u, role: 'lead' })), ...units.filter((u) => !namedAsLead(u))];
      }
    }
    // A standing note's units join the requirement whose units carry it (各项政策措施均需…落实，以下不再列出)
    // and every later one, unless it names them itself.
    if (!decision && draft.standing && (d.line > draft.standing.line || group?.lines.includes(draft.standing.line))) {
      const label = draft.standing.role === 'participate' ? '配合单位' : '责任单位';
      // (Named already, maybe with a note of what it includes: 各市（含定州、辛集市，下同）政府 is 各市政府.)
      const bare = (name: string) => name.replace(new RegExp(inclusionNote.source, 'g'), '');
      const extra = toAssignments(`${label}：${draft.standing.units}`, draft.standing.line, id).filter((a) => !units.some((u) => u.unit === a.unit || bare(u.name) === bare(a.name)));
      if (extra.length > 0) units = [...units, ...extra];
    }
    if (units.length === 0) report.warn('no-units', d.line, 'no units for this requirement', id);
    return {
      id,
      no: d.no,
      text: d.text,
      unitsRaw,
      units,
      deadline: d.deadline,
      ...(decision ? { review: { issue: decision.issue, decision: decision.decision } } : {}),
    };
  };

  let taskOrdinal = 0;
  const sections: Section[] = draft.sections.map((s: DraftSection, si) => {
    const sectionScope = `s${si + 1}`;
    const direct = s.requirements.filter((r) => r.no === null).length;
    let k = 0;
    const requirements = s.requirements.map((r) => toRequirement(r, sectionScope, direct, r.no === null ? ++k : k));
    const tasks: Task[] = s.tasks.map((t) => {
      taskOrdinal++;
      const scope = `t${t.no ?? taskOrdinal}`;
      const scopeUnique = draft.sections.some((o) => o !== s && o.tasks.some((ot) => ot.no === t.no)) ? `s${si + 1}-${scope}` : scope;
      const unnumbered = t.requirements.filter((r) => r.no === null).length;
      let j = 0;
      return {
        no: t.no === null ? null : numberToChinese(t.no),
        title: t.title,
        requirements: t.requirements.map((r) => toRequirement(r, scopeUnique, unnumbered, r.no === null ? ++j : j)),
      };
    });
    return { no: numberToChinese(s.no), title: s.title, tasks, requirements };
  });

  const entry = {
    title,
    // Facts the document does not give stay null (printed by --json as not found), never a placeholder.
    issuer: issuerName ?? (regionName ? issuer : null),
    docNumber,
    issuedOn,
    publishedOn,
    ...(meta.publishedTime && publishedOn === meta.publishedOn ? { publishedTime: meta.publishedTime } : {}),
    year,
    region: { name: regionName, code },
    disclosure: verdict.disclosure,
    upstream: meta.upstream,
    recipients: meta.recipients,
    cc: meta.cc,
    source: {
      file: options.sourceFile,
      url: options.sourceUrl ?? null,
      sha256: options.sha256 ?? createHash('sha256').update(typeof input === 'string' ? input : lines.map((l) => l.text).join('\n')).digest('hex'),
      importedOn: options.importedOn,
    },
    validity: given.validity ?? ('有效' as const),
    ...meta.catalog,
    ...(given.indexNo ? { indexNo: given.indexNo } : {}),
    ...(given.subjectCategory ? { subjectCategory: given.subjectCategory } : {}),
    ...(given.publisher ? { publisher: given.publisher } : {}),
    ...(given.subjectTerms?.length ? { subjectTerms: given.subjectTerms } : {}),
    sections,
  };
  const checked = planEntrySchema.safeParse(entry);
  const incomplete = missing.some((f) => requiredFacts.includes(f));
  if (!checked.success && !incomplete) {
    throw new ImportError(`the imported plan does not fit the plan schema:\n${checked.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const last = draft.sections.at(-1);
  const lastReq = last?.tasks.at(-1)?.requirements.at(-1) ?? last?.requirements.at(-1);
  if (lastReq && !/[。！？；.”）)]$/.test(lastReq.text)) {
    report.warn('truncated', lastReq.line, `the last requirement ends without punctuation (“…${lastReq.text.slice(-12)}”): the document may be truncated`);
  } else if (lastReq && head.length > 0 && trailer.length === 0) {
    // A whole document (it has its notice) goes on after its last requirement:
    // 公开方式, 抄送, the 印发 line, attachments. One that stops at a sentence end was cut there.
    report.warn(
      'truncated',
      lastReq.line,
      `the document ends with the requirement “…${lastReq.text.slice(-16)}” and nothing after it (no 公开方式, 抄送, 印发 or 附件 line): it may be cut off. Check that the original really ends here`,
    );
  }
  return {
    id,
    // An entry with missing facts is returned as found (for --json and the report); it is written only once they are given.
    entry: checked.success ? checked.data : (entry as unknown as PlanEntry),
    notice: meta.notice,
    report: report.items,
    proposals: [...proposals.values()],
    missing,
  };
}
