import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { themeSchema, type Theme } from '../../src/lib/schema/theme';
import { matchedKeywords, tagThemes } from '../../src/lib/themes/tag';
import { loadCatalog } from '../unit-pages/content';
import { seedRequirementTexts } from './seed-requirements';

const vocabulary: Theme[] = (parse(readFileSync('src/content/themes/themes.yaml', 'utf8')) as unknown[]).map((t) =>
  themeSchema.parse(t),
);
const byId = new Map(vocabulary.map((t) => [t.id, t]));

describe('theme vocabulary (src/content/themes/themes.yaml)', () => {
  it('has 15 to 25 themes with unique ids, names and orders', () => {
    expect(vocabulary.length).toBeGreaterThanOrEqual(15);
    expect(vocabulary.length).toBeLessThanOrEqual(25);
    for (const key of ['id', 'name', 'order'] as const) {
      expect(new Set(vocabulary.map((t) => t[key])).size, key).toBe(vocabulary.length);
    }
  });

  it('names the themes the issue asks for', () => {
    const names = vocabulary.map((t) => t.name).join('、');
    for (const n of ['规范性文件', '主动公开目录', '基层政务公开', '依申请公开', '年度报告', '疫情防控', '营商环境', '重大项目与投资', '就业与民生', '教育', '卫生健康', '公共企事业单位', '政策解读', '政策咨询', '回应关切', '政府网站与政务新媒体', '保密审查', '政府公报', '财政信息', '规划信息', '监督考核']) {
      expect(names).toContain(n);
    }
  });

  it('has no keyword shared by two themes (a shared keyword would make the themes indistinguishable)', () => {
    const owner = new Map<string, string>();
    for (const t of vocabulary) {
      for (const k of t.keywords) {
        expect(owner.get(k), `${k} in ${t.id}`).toBeUndefined();
        owner.set(k, t.id);
      }
    }
  });
});

describe('tagThemes', () => {
  it.each([
    // full-width and half-width brackets match each other
    ['推动基层政务公开与村(居)务公开协同发展', 'jiceng-zhengwu-gongkai'],
    // spaces left by page breaks do not hide a keyword
    ['规范编制发布政府信息公开工作年度 报告', 'niandu-baogao'],
    // 梅州 2021 r29
    ['进一步完善政府公报数据库，推进数字化利用', 'zhengfu-gongbao'],
    // 雷州 2022 r20
    ['加强稳就业保就业信息公开，针对高校毕业生', 'jiuye-minsheng'],
  ])('tags %s with %s', (text, id) => {
    expect(tagThemes(text, undefined, vocabulary)).toContain(id);
  });

  it('lets a hand override replace the rules, in vocabulary order', () => {
    expect(tagThemes('规范编制发布政府信息公开工作年度报告', ['zhengce-jiedu', 'caizheng-xinxi', 'zhengce-jiedu'], vocabulary)).toEqual([
      'caizheng-xinxi',
      'zhengce-jiedu',
    ]);
  });

  it('explains a tag by the keywords that matched', () => {
    expect(matchedKeywords('加强政策解读和政策咨询服务', byId.get('zhengce-zixun')!)).toEqual(['政策咨询', '咨询']);
  });
});

describe('every requirement sentence in the four seed documents gets a theme', () => {
  const texts = seedRequirementTexts();
  it('finds the numbered requirements of all four seeds', () => {
    const files = new Set(texts.map((t) => t.file));
    expect(files.size).toBe(4);
    expect(texts.length).toBeGreaterThan(100);
  });
  it('tags each of them', () => {
    const untagged = texts.filter((t) => tagThemes(t.text, undefined, vocabulary).length === 0);
    expect(untagged.map((t) => `${t.file}: ${t.text.slice(0, 60)}`)).toEqual([]);
  });
});

describe('every requirement of the four bundled plans gets a theme', () => {
  const catalog = loadCatalog();
  it('tags all of them, through the catalog the site is built from', () => {
    expect(catalog.plans.map((p) => p.id).sort()).toEqual(['2018-jieyang', '2021-meizhou', '2022-jiangmen-jgzx', '2022-leizhou']);
    const untagged = catalog.requirements.filter((r) => r.themes.length === 0);
    expect(untagged.map((r) => `${r.planId} ${r.requirement.id}: ${r.requirement.text.slice(0, 40)}`)).toEqual([]);
  });

  it('uses every theme of the vocabulary at least once', () => {
    const unused = catalog.themes.filter((t) => (catalog.requirementsByTheme.get(t.id)?.length ?? 0) === 0);
    expect(unused.map((t) => t.id)).toEqual([]);
  });

  it.each([
    // 2021 梅州 r29 and 2022 雷州 r43; 2018 揭阳 t11
    ['zhengfu-gongbao', ['2018-jieyang t11', '2021-meizhou r29', '2022-leizhou r43']],
    // 2021 梅州 r1–r2 only
    ['guihua-xinxi', ['2021-meizhou r1', '2021-meizhou r2']],
  ])('tags %s exactly where the plans speak of it', (id, expected) => {
    const got = (catalog.requirementsByTheme.get(id) ?? []).map((r) => `${r.planId} ${r.requirement.id}`).sort();
    expect(got).toEqual(expected);
  });
});
