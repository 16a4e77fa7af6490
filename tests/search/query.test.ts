// How a typed query is read (src/lib/search/query.ts) and what a result marks
// (src/lib/search/present.ts): phrases without spaces, question words, the
// weighted share of the query a record holds, and the queried unit.
import { describe, expect, it } from 'vitest';
import { numberingRestarts, planLabel, requirementLabel } from '../../src/lib/search/records';
import { coverage, dropQuestionWords, partialThreshold, planQuery, unitWeights } from '../../src/lib/search/query';
import { listedUnits, namesUnit } from '../../src/lib/search/present';
import { highlight } from '../../src/lib/search/highlight';
import { indexTokens } from '../../src/lib/search/tokens';

const holdsText = (text: string) => {
  const tokens = indexTokens(text);
  return (t: string) => tokens.some((r) => r.startsWith(t));
};

describe('reading a query', () => {
  describe.each([
    // [typed, searched, dropped]
    ['市财政局要做什么', '市财政局', '要做什么'],
    ['卫健委负责哪些工作？', '卫健委', '负责哪些工作'],
    ['雷州有哪些要求', '雷州', '有哪些要求'],
    ['请问市教育局的职责是什么', '市教育局', '请问 的职责是什么'],
    ['疫情信息公开', '疫情信息公开', ''],
    // Nothing left without them: the words are what was asked.
    ['什么', '什么', ''],
  ])('%s', (typed, searched, dropped) => {
    it(`searches “${searched}”`, () => {
      expect(dropQuestionWords(typed)).toEqual({ text: searched, dropped });
    });
  });

  it('finds a phrase whose words stand apart in the document', () => {
    const query = planQuery('疫情信息公开');
    const weights = query.units.map(() => 1);
    // 梅州 r21 says 疫情防控 … 信息公开, never 疫情信息公开.
    expect(coverage(query, weights, holdsText('做好疫情防控常态化下的信息公开工作'))).toBe(1);
    // Two words out of three are not the whole query.
    expect(coverage(query, weights, holdsText('推进信息公开'))).toBeCloseTo(4 / 6);
  });

  it('weighs rare words above common ones, so a shared common pair is not enough', () => {
    const query = planQuery('疫情信息公开');
    // 公开 and 信息 are in almost every record; 疫情 in a few.
    const frequency = new Map(query.tokens.map((t) => [t, 40]));
    frequency.set(query.units[0]!.tokens[0]!, 3);
    const weights = unitWeights(query, frequency, 51);
    const share = coverage(query, weights, holdsText('推进信息公开'));
    expect(share).toBeLessThan(partialThreshold);
    expect(coverage(query, weights, holdsText('疫情防控'))).toBeGreaterThan(share);
  });

  it('weighs a character no record has (a typo) as an average one', () => {
    const query = planQuery('市卫生建康局');
    const frequency = new Map(query.tokens.map((t) => [t, 5]));
    for (const u of query.units.filter((u) => u.text === '建')) for (const t of u.tokens) frequency.delete(t);
    const weights = unitWeights(query, frequency, 51);
    expect(coverage(query, weights, holdsText('市卫生健康局'))).toBeCloseTo(5 / 6);
  });

  it('weighs a number no record has as the rarest word, so records with only the rest (号) are not offered', () => {
    const query = planQuery('316号');
    // Looked up: 316 is in no record, 号 in many.
    const frequency = new Map(query.tokens.map((t) => [t, 30]));
    for (const u of query.units.filter((u) => u.text === '316')) for (const t of u.tokens) frequency.set(t, 0);
    const weights = unitWeights(query, frequency, 51);
    expect(coverage(query, weights, holdsText('国办发〔2020〕50号'))).toBeLessThan(partialThreshold);
  });
});

describe('what a result says', () => {
  it('names a department plan with its issuer, and a city plan by its own title', () => {
    expect(planLabel({ title: '关于印发《2022年政务公开工作要点分工方案》的通知', issuer: '江门市政府投资工程建设管理中心' })).toBe(
      '2022年政务公开工作要点分工方案（江门市政府投资工程建设管理中心）',
    );
    expect(planLabel({ title: '雷州市人民政府办公室关于印发雷州市2022年政务公开工作要点分工方案的通知', issuer: '雷州市人民政府办公室' })).toBe(
      '雷州市2022年政务公开工作要点分工方案',
    );
  });

  it('numbers a requirement with its section and task when the plan restarts its numbering', () => {
    const r = (no: number) => ({ requirement: { no } as never });
    expect(numberingRestarts([r(1), r(2), r(1)])).toBe(true);
    expect(numberingRestarts([r(1), r(2), r(3)])).toBe(false);
    const placed = { section: { no: '一', title: '着力加强公开解读回应工作' }, task: { no: '三', title: '围绕稳定市场预期加强政策解读' }, requirement: { no: 4 } as never };
    expect(requirementLabel(placed, true)).toBe('第一部分（三）第4项');
    expect(requirementLabel(placed, false)).toBe('第4项');
  });

  it('marks the unit searched for, by its name, an alias, or the unit filter', () => {
    const hit = {
      url: '/plans/2022-leizhou/#r22',
      title: '',
      text: '',
      facets: { unitRole: ['市卫生健康局（雷州市）｜牵头', '各镇（街）（雷州市）｜配合'] },
      aka: { '市卫生健康局（雷州市）': ['卫健委', '市卫健委'] },
    };
    const marked = (query: string, filter: string[] = []) =>
      listedUnits(hit, query, filter).flatMap((g) => g.units.filter((u) => u.queried).map((u) => `${u.name}/${g.role}`));
    expect(marked('卫健委')).toEqual(['市卫生健康局/牵头']);
    expect(marked('雷州市卫生健康局')).toEqual(['市卫生健康局/牵头']);
    expect(marked('疫情防控')).toEqual([]);
    expect(marked('', ['各镇（街）（雷州市）'])).toEqual(['各镇（街）/配合']);
    expect(namesUnit(['市财政局'], '市财政局（雷州市）', '市', [])).toBe(false);
  });

  it('highlights the words of a phrase where they stand apart', () => {
    const marked = highlight('做好疫情防控常态化下的信息公开工作', '疫情信息公开')
      .filter((p) => p.mark)
      .map((p) => p.text);
    expect(marked).toEqual(['疫情', '信息公开']);
  });
});
