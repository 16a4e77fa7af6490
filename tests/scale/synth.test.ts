import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planEntrySchema, type PlanEntry } from '../../src/lib/schema/plan';
import { unitSchema, type Unit } from '../../src/lib/schema/unit';
import { walkPlan } from '../../src/lib/catalog';
import { loadVocabulary, sentences } from '../../bench/synth/corpus';
import { roleOfClause } from '../../src/lib/model/vocabulary';
import { extractVocabulary } from '../../bench/synth/extract';
import { guangdongRegions } from '../../bench/synth/regions';
import { writeCorpus } from '../../bench/synth/write';

const sourcesDir = new URL('../../public/sources/', import.meta.url).pathname;
const themesYaml = readFileSync(new URL('../../src/content/themes/themes.yaml', import.meta.url), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'fengong-synth-'));

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.set(join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}

/** Frontmatter of a plan file, read as YAML 1.1 like Astro does (an unquoted date would become a Date and fail). */
function frontmatter(content: string): unknown {
  const end = content.indexOf('\n---\n', 4);
  return parse(content.slice(4, end), { version: '1.1' });
}

const corpus = join(work, 'a');
let generated: Map<string, string>;
let plans: Array<{ id: string; data: PlanEntry; body: string }>;
let units: Unit[];

beforeAll(() => {
  writeCorpus({ out: corpus, plans: 60, seed: 7, themesYaml });
  generated = files(corpus);
  plans = [...generated]
    .filter(([p]) => p.startsWith('plans/'))
    .map(([p, content]) => ({ id: p.slice(6, -3), data: planEntrySchema.parse(frontmatter(content)), body: content.slice(content.indexOf('\n---\n', 4) + 5) }));
  units = [...generated].filter(([p]) => p.startsWith('units/')).flatMap(([, c]) => (parse(c, { version: '1.1' }) as unknown[]).map((u) => unitSchema.parse(u)));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('synth corpus', () => {
  it('writes the content folder layout the build reads', () => {
    expect(plans).toHaveLength(60);
    expect(generated.get('themes/themes.yaml')).toBe(themesYaml);
    expect(JSON.parse(generated.get('synth.json')!)).toMatchObject({ seed: 7, plans: 60 });
  });

  it('is deterministic: the same seed gives the same bytes', () => {
    const again = join(work, 'b');
    writeCorpus({ out: again, plans: 60, seed: 7, themesYaml });
    expect(files(again)).toEqual(generated);
  });

  it('changes with the seed', () => {
    const other = join(work, 'c');
    writeCorpus({ out: other, plans: 60, seed: 8, themesYaml });
    expect(files(other).get([...generated.keys()].find((k) => k.startsWith('plans/'))!)).not.toBe(generated.get([...generated.keys()].find((k) => k.startsWith('plans/'))!));
  });

  it('grows by adding plans: a smaller corpus is a prefix of a larger one', () => {
    const small = join(work, 'd');
    writeCorpus({ out: small, plans: 20, seed: 7, themesYaml });
    for (const [path, content] of files(small)) if (path.startsWith('plans/')) expect(generated.get(path)).toBe(content);
  });

  it('replaces a generated corpus but refuses to overwrite a hand-made content folder', () => {
    expect(() => writeCorpus({ out: new URL('../../src/content', import.meta.url).pathname, plans: 1, seed: 1, themesYaml })).toThrow(/not a generated corpus/);
  });

  it('spreads plans over Guangdong regions with real codes, issuers and the years 2018–2027', () => {
    const codes = new Map(guangdongRegions.map((r) => [r.name, r.code]));
    for (const p of plans) {
      expect(p.data.region.code).toBe(codes.get(p.data.region.name));
      expect(p.data.year).toBeGreaterThanOrEqual(2018);
      expect(p.data.year).toBeLessThanOrEqual(2027);
      expect(p.data.issuedOn?.startsWith(String(p.data.year))).toBe(true);
    }
    expect(new Set(plans.map((p) => p.data.region.name)).size).toBeGreaterThan(30);
    expect(new Set(plans.map((p) => p.data.year)).size).toBe(10);
  });

  it('has about 45 requirements per plan', () => {
    const total = plans.reduce((n, p) => n + [...walkPlan(p.data)].length, 0);
    expect(total / plans.length).toBeGreaterThan(38);
    expect(total / plans.length).toBeLessThan(52);
  });

  it('registers every unit a plan assigns, in the plan’s region, with successors that exist', () => {
    const byId = new Map(units.map((u) => [u.id, u]));
    expect(byId.size).toBe(units.length);
    for (const p of plans) {
      for (const { requirement } of walkPlan(p.data)) {
        for (const a of requirement.units) {
          const unit = byId.get(a.unit);
          expect(unit, `${p.id} ${requirement.id} → ${a.unit}`).toBeDefined();
          expect(unit!.region).toBe(p.data.region.name);
          expect(unit!.name).toBe(a.name);
        }
      }
    }
    for (const u of units) if (u.successor) expect(byId.has(u.successor), `${u.id} → ${u.successor}`).toBe(true);
  });

  it('derives units and roles from the unitsRaw it writes', () => {
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const p of plans) {
      for (const { requirement } of walkPlan(p.data)) {
        if (requirement.unitsRaw === null) {
          expect(requirement.units).toEqual([]);
          continue;
        }
        for (const a of requirement.units) {
          const unit = byId.get(a.unit)!;
          // Written as its canonical name or one of its aliases (市住建局 for 市住房城乡建设局).
          expect([unit.name, ...unit.aliases].some((n) => requirement.unitsRaw!.includes(n))).toBe(true);
        }
        if (!/牵头|主办/.test(requirement.unitsRaw)) expect(requirement.units.some((a) => a.role === 'lead')).toBe(false);
      }
    }
  });
});

describe('synth vocabulary', () => {
  const vocabulary = loadVocabulary();
  const seedText = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(sourcesDir, file), 'utf8') }));
  const squash = (s: string) => s.replace(/\s+/g, '');
  const allSeeds = squash(seedText.map((s) => s.text).join('\n'));

  it('is what scripts/synth-vocabulary.ts extracts from the documents in public/sources', () => {
    expect(extractVocabulary(seedText)).toEqual(vocabulary);
  });

  it('takes requirement texts, titles and department names verbatim from the documents', () => {
    expect(vocabulary.requirements.length).toBeGreaterThan(100);
    for (const text of [...vocabulary.requirements, ...vocabulary.sectionTitles, ...vocabulary.taskTitles]) expect(allSeeds).toContain(squash(text));
    for (const d of vocabulary.departments) expect(allSeeds).toContain(d);
    // Real names from the four plans, old and new (the 2018 reform).
    expect(vocabulary.departments).toEqual(expect.arrayContaining(['财政局', '司法局', '政务服务数据管理局', '工商局', '市场监管局']));
    expect(vocabulary.unitPatterns.map((p) => p.pattern)).toEqual(expect.arrayContaining(['{S}；{L}直各单位', '{S}；{D}牵头，{L}直其他单位按职责分工落实']));
    expect(vocabulary.officePatterns.map((p) => p.pattern)).toContain('{O}牵头，各科室协办');
  });

  it('makes every generated requirement text out of sentences of the documents', () => {
    const pool = new Set(vocabulary.requirements.flatMap(sentences));
    for (const p of plans) for (const { requirement } of walkPlan(p.data)) for (const s of sentences(requirement.text)) expect(pool).toContain(s);
  });

  it('reads roles from the verbs the documents use', () => {
    expect(roleOfClause('市财政局牵头')).toBe('lead');
    expect(roleOfClause('市直其他单位按职责分工落实')).toBe('participate');
    expect(roleOfClause('各科室协办')).toBe('participate');
    expect(roleOfClause('各县（市、区）人民政府分别负责')).toBe('responsible');
    expect(roleOfClause('各镇（街）')).toBe('responsible');
  });
});
