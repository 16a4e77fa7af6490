import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { z } from 'zod';
import { planEntrySchema, type PlanEntryInput, type Role } from '../../src/lib/schema/plan';
import { unitSchema, type Unit } from '../../src/lib/schema/unit';
import type { Vocabulary } from './extract';
import { Random } from './random';
import { guangdongRegions, type GuangdongRegion } from './regions';
import { regionSlug } from '../../src/lib/regions';
import { roleOfClause, roleVerbAt } from '../../src/lib/model/vocabulary';
import { departmentsInYear, RegionUnits } from './units';

/**
 * The synthetic corpus: plans made from the seeds' vocabulary, spread over
 * Guangdong's regions, their issuers and the years 2018–2027, with the unit
 * registry they need. Output is a function of (seed, plan count) only, and the
 * corpus for N plans is a prefix of the corpus for more plans with the same
 * seed, so benchmark sizes are comparable.
 */

export const firstYear = 2018;
export const lastYear = 2027;
/** Import date written into every generated plan: fixed, so output does not depend on the day it runs. */
const importedOn = '2026-11-21';
/**
 * YAML 1.1 output quotes date-like and yes/no-like strings: Astro reads
 * frontmatter as YAML 1.1, where an unquoted 2022-11-16 becomes a Date and
 * would fail the schema's string dates. No line folding, so texts stay one line.
 */
const yamlOptions = { lineWidth: 0, version: '1.1' } as const;

export function loadVocabulary(): Vocabulary {
  return JSON.parse(readFileSync(new URL('./vocabulary.json', import.meta.url), 'utf8')) as Vocabulary;
}

/** A file of the generated content folder, relative to its root. */
export interface CorpusFile {
  path: string;
  content: string;
}

/**
 * A department's own plan names its offices. The one real department plan (江门建管中心) names only
 * 办公室 and 各科室, 1.53 units a requirement, while the four real plans together name 2.57 (the
 * governments' 2.80). Most plans of a large corpus are departments' (8,580 of 10,000), so with the
 * seed patterns alone it named 1.67 units a requirement and every size that grows with assignments
 * (assignments.csv, the unit ledgers and pages) was measured a third too small. These patterns, as
 * bureau plans write them (办公室牵头，政策法规科、各业务科配合), bring a department plan to about 2.5,
 * so every corpus size names about as many units a requirement as the real plans.
 */
const namedOffices = ['综合科', '政策法规科', '财务科', '人事科', '业务科', '信息中心'];
const namedOfficePatterns = [
  { pattern: '{K}牵头，{O}、{K}配合', count: 15 },
  { pattern: '{K}牵头，{K}、{K}、各科室配合', count: 14 },
];

export interface CorpusSummary {
  seed: number;
  plans: number;
  requirements: number;
  units: number;
  regions: number;
  years: number[];
  skippedRegions: string[];
}

interface Slot {
  region: GuangdongRegion;
  year: number;
  /** null: the region's government office issues the plan; otherwise the department's base name. */
  department: string | null;
}

const cnNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];


/** Chinese date as printed under a signature: 2022年11月16日. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

function isoDate(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);
}

/** Splits a text into sentences ending in 。, keeping the stop. */
export function sentences(text: string): string[] {
  return text.match(/[^。]+。?/g) ?? [];
}

export class CorpusGenerator {
  private readonly root: Random;
  private readonly registries = new Map<string, RegionUnits>();
  private readonly slugs = new Map<GuangdongRegion, string>();
  private readonly regionOrder: GuangdongRegion[];
  private readonly sentencePool: string[];
  private requirementCount = 0;
  /** Regions left out because the site's region slug of their name collides with another region's. */
  readonly skippedRegions: string[];
  private readonly roundOrders = new Map<number, number[]>();
  private readonly issuerOrders = new Map<string, string[]>();

  constructor(
    readonly seed: number,
    private readonly vocabulary: Vocabulary = loadVocabulary(),
  ) {
    this.root = new Random(seed);
    const taken = new Map<string, GuangdongRegion>();
    this.skippedRegions = [];
    for (const region of guangdongRegions) {
      const slug = regionSlug(region.name);
      const clash = taken.get(slug);
      // The site refuses two regions with one URL slug (src/lib/browse.ts), so a
      // region whose slug is taken is left out of the corpus, and said so.
      if (clash) {
        this.skippedRegions.push(`${region.name} (${region.code}): URL slug "${slug}" is already ${clash.name}'s`);
        continue;
      }
      taken.set(slug, region);
      this.slugs.set(region, slug);
    }
    this.regionOrder = guangdongRegions.filter((r) => this.slugs.has(r));
    this.sentencePool = vocabulary.requirements.flatMap(sentences).filter((s) => s.endsWith('。') && s.length >= 8);
  }

  private registry(region: GuangdongRegion): RegionUnits {
    const slug = this.slugs.get(region)!;
    let r = this.registries.get(slug);
    if (!r) {
      r = new RegionUnits(region, slug);
      this.registries.set(slug, r);
    }
    return r;
  }

  /**
   * The i-th plan slot. Round 0 gives every region a government plan for every
   * year (in a seeded order); each further round adds one department's own
   * plan per region and year, like a province where more and more departments
   * publish their own 分工方案.
   */
  private slot(i: number): Slot | null {
    const years = lastYear - firstYear + 1;
    const perRound = this.regionOrder.length * years;
    const round = Math.floor(i / perRound);
    let order = this.roundOrders.get(round);
    if (!order) {
      order = this.root.derive(1_000_000 + round).shuffle([...Array(perRound).keys()]);
      this.roundOrders.set(round, order);
    }
    const k = order[i % perRound]!;
    const region = this.regionOrder[Math.floor(k / years)]!;
    const year = firstYear + (k % years);
    if (round === 0) return { region, year, department: null };
    const key = `${region.code}-${year}`;
    let departments = this.issuerOrders.get(key);
    if (!departments) {
      departments = this.root.derive(2_000_000 + Number(region.code)).shuffle(departmentsInYear(this.vocabulary.departments, year));
      this.issuerOrders.set(key, departments);
    }
    const department = departments[round - 1];
    return department === undefined ? null : { region, year, department };
  }

  /** Yields the plan files (each with its original in sources/), then the unit registry, the themes and a manifest. */
  *files(planCount: number, themesYaml: string): Generator<CorpusFile, CorpusSummary> {
    const slotsPerRound = this.regionOrder.length * (lastYear - firstYear + 1);
    let made = 0;
    for (let i = 0; made < planCount; i++) {
      if (i >= slotsPerRound * (this.vocabulary.departments.length + 1)) {
        throw new Error(`cannot generate ${planCount} plans: the ${this.regionOrder.length} regions × ${lastYear - firstYear + 1} years × their issuers give only ${made} distinct plans`);
      }
      const slot = this.slot(i);
      if (!slot) continue;
      yield* this.plan(slot, this.root.derive(i));
      made++;
    }
    let units = 0;
    for (const [slug, registry] of [...this.registries].sort(([a], [b]) => a.localeCompare(b))) {
      const records = registry.usedUnits().map((u) => validUnit(u, slug));
      units += records.length;
      yield { path: `units/${slug}.yaml`, content: stringify(records, yamlOptions) };
    }
    yield { path: 'themes/themes.yaml', content: themesYaml };
    const summary: CorpusSummary = {
      seed: this.seed,
      plans: made,
      requirements: this.requirementCount,
      units,
      regions: this.registries.size,
      years: [...Array(lastYear - firstYear + 1).keys()].map((k) => firstYear + k),
      skippedRegions: this.skippedRegions,
    };
    yield { path: 'synth.json', content: `${JSON.stringify({ generator: 'fengong synth', ...summary }, null, 2)}\n` };
    return summary;
  }

  /** A plan entry and its original (the text its source.sha256 is of: the build checks that it is there and unchanged). */
  private plan(slot: Slot, rnd: Random): CorpusFile[] {
    const { region, year } = slot;
    const registry = this.registry(region);
    const slug = this.slugs.get(region)!;
    const v = this.vocabulary;

    const government = slot.department === null;
    const issuerUnit = government ? null : registry.department(slot.department!);
    const issuerKey = issuerUnit ? registry.initialsOf(issuerUnit) : '';
    const issuer = government ? `${region.name}人民政府办公室` : `${region.name}${slot.department}`;
    const id = government ? `${year}-${slug}` : `${year}-${slug}-${issuerKey}`;
    const abbreviation = region.name.slice(0, 1);
    const docNumber = rnd.chance(0.1) ? null : government ? `${abbreviation}府办函〔${year}〕${rnd.int(1, 400)}号` : `${abbreviation}${slot.department!.slice(0, 1)}〔${year}〕${rnd.int(1, 120)}号`;
    const issuedDay = rnd.int(60, 330);
    const issuedOn = isoDate(year, issuedDay);
    const publishedOn = rnd.chance(0.5) ? null : isoDate(year, issuedDay + rnd.int(1, 10));
    const subordinate = v.subordinates.filter((s) => (region.hasCounties ? s.startsWith('各县') : s.startsWith('各镇')));
    // One spelling per region: a region's documents spell its subordinate level consistently.
    const subordinateName = subordinate[Number(region.code) % subordinate.length]!;

    // Units of one requirement, from a units-cell pattern of the seeds.
    const fillUnits = (pattern: string, departmentPool: readonly string[]) => {
      const units: Array<{ name: string; unit: string; role: Role }> = [];
      const seen = new Set<string>();
      const pool = rnd.shuffle(departmentPool);
      let next = 0;
      let officePool: string[] | undefined;
      let nextOffice = 0;
      const clauses = pattern.split(/([，,；;])/);
      let raw = '';
      for (const part of clauses) {
        if (/^[，,；;]$/.test(part)) {
          raw += part;
          continue;
        }
        // The clause's closing verb and its role, as the units reader reads it (src/lib/model/vocabulary.ts).
        const role = roleOfClause(part);
        const verb = part.slice(roleVerbAt(part)?.index ?? part.length);
        const tokens = part.slice(0, part.length - verb.length).split('、');
        const written: string[] = [];
        for (const token of tokens) {
          let unit: Unit;
          let spelling: string | undefined;
          if (token === '{S}') unit = registry.collective(subordinateName);
          else if (token === '{D}') {
            unit = registry.department(pool[next++ % pool.length]!);
            if (unit.aliases.length > 0 && rnd.chance(0.2)) spelling = unit.aliases[0];
          } else if (token === '{O}') unit = registry.office('办公室', issuer, issuerKey, 'office');
          else if (token === '{K}') unit = registry.office((officePool ??= rnd.shuffle(namedOffices))[nextOffice++ % namedOffices.length]!, issuer, issuerKey, 'office');
          else if (token === '各科室') unit = registry.office('各科室', issuer, issuerKey, 'collective');
          else unit = registry.collective(token);
          written.push(spelling ?? unit.name);
          if (seen.has(unit.id)) continue;
          seen.add(unit.id);
          registry.use(unit);
          units.push({ name: unit.name, unit: unit.id, role });
        }
        raw += written.join('、') + verb;
      }
      return { unitsRaw: raw, units };
    };

    const departmentPool = departmentsInYear(v.departments, year);
    const departmentPatterns = [...v.officePatterns, ...namedOfficePatterns];
    const requirementText = () => {
      if (rnd.chance(0.75)) return rnd.pick(v.requirements);
      const count = rnd.int(2, 3);
      return Array.from({ length: count }, () => rnd.pick(this.sentencePool)).join('');
    };
    const makeRequirement = (id: string, no: number | null) => {
      const pattern = rnd.weighted(government ? v.unitPatterns : departmentPatterns, (p) => p.count).pattern;
      const cell = rnd.chance(0.03) ? { unitsRaw: null, units: [] } : fillUnits(pattern, departmentPool);
      return { id, no, text: requirementText(), ...cell, deadline: rnd.chance(0.1) ? `${year}年底前` : null };
    };

    // Structure: 3–8 sections; most plans have a task level, some list requirements under sections.
    const total = rnd.int(25, 65);
    const withTasks = rnd.chance(0.7);
    const restartNumbering = withTasks && rnd.chance(0.2);
    const sectionTitles = rnd.sample(v.sectionTitles, rnd.int(3, 8));
    const taskTitles = rnd.shuffle(v.taskTitles);
    const groupsPerSection = sectionTitles.map(() => (withTasks ? rnd.int(1, 4) : 1));
    const groups = groupsPerSection.reduce((a, b) => a + b, 0);
    // Every group gets one requirement, the rest are spread at random.
    const sizes = Array<number>(groups).fill(1);
    for (let n = groups; n < total; n++) sizes[rnd.int(0, groups - 1)]!++;

    let through = 0;
    let taskOrdinal = 0;
    let g = 0;
    const sections = sectionTitles.map((title, s) => {
      const groupRequirements = (taskId: number | null) =>
        Array.from({ length: sizes[g++]! }, (_, n) => {
          through++;
          return restartNumbering && taskId !== null ? makeRequirement(`t${taskId}-r${n + 1}`, n + 1) : makeRequirement(`r${through}`, through);
        });
      if (!withTasks) return { no: cnNumerals[s]!, title, tasks: [], requirements: groupRequirements(null) };
      const tasks = Array.from({ length: groupsPerSection[s]! }, (_, t) => {
        taskOrdinal++;
        return { no: cnNumerals[t]!, title: taskTitles[(taskOrdinal - 1) % taskTitles.length]!, requirements: groupRequirements(taskOrdinal) };
      });
      return { no: cnNumerals[s]!, title, tasks, requirements: [] };
    });
    this.requirementCount += through;

    const recipients = government
      ? [subordinateName.replace(/[(（]管委会[)）]$/, ''), `${registry.prefix}直各单位`]
      : ['各科、室'];
    const notice = v.noticeParagraphs.filter((p) => government !== p.includes('中心'));
    const annexTitle = `${government ? region.name : ''}${year}年政务公开工作要点分工方案`;
    const body = [
      `${recipients.join('，')}：`,
      ...rnd.sample(notice, rnd.int(1, 2)).map((p) => p.replaceAll('{region}', region.name).replaceAll('{year}', String(year))),
      `附件：${annexTitle}`,
      issuer,
      chineseDate(issuedOn),
    ].join('\n\n');

    const upstream = v.upstream.filter((u) => Number(/〔(\d{4})〕/.exec(u)?.[1]) <= year);
    const entry: PlanEntryInput = {
      title: government ? `${issuer}关于印发${annexTitle}的通知` : `${issuer}关于印发《${annexTitle}》的通知`,
      issuer,
      docNumber,
      issuedOn,
      publishedOn,
      year,
      region: { name: region.name, code: region.code },
      disclosure: rnd.chance(0.8) ? '主动公开' : null,
      upstream: upstream.length > 0 && rnd.chance(0.5) ? [rnd.pick(upstream)] : [],
      recipients,
      cc: [],
      source: {
        file: `${id}.txt`,
        url: null,
        sha256: createHash('sha256').update(body).digest('hex'),
        importedOn,
      },
      validity: '有效',
      sections,
    };
    const parsed = planEntrySchema.safeParse(entry);
    if (!parsed.success) {
      throw new Error(`generated plan ${id} does not match planEntrySchema (a generator bug):\n${z.prettifyError(parsed.error)}`);
    }
    return [
      { path: `plans/${id}.md`, content: `---\n${stringify(entry, yamlOptions)}---\n\n${body}\n` },
      { path: `sources/${id}.txt`, content: body },
    ];
  }
}

function validUnit(unit: Unit, slug: string): Unit {
  const parsed = unitSchema.safeParse(unit);
  if (!parsed.success) {
    throw new Error(`generated unit ${unit.id} in units/${slug}.yaml does not match unitSchema (a generator bug):\n${z.prettifyError(parsed.error)}`);
  }
  return unit;
}
