// What the search page offers around a result set (src/lib/search/results.ts):
// counts per filter value, "did you mean" names, and the CSV of the results,
// which must follow the same rules as the site's published .excel.csv files.
import { describe, expect, it } from 'vitest';
import { csvRecord, neutraliseFormula } from '../../src/lib/data/csv';
import type { Found } from '../../src/lib/search/engine';
import { editDistance, facetCounts, resultColumns, resultsCsv, suggestions } from '../../src/lib/search/results';

const hit = (over: Partial<Found>): Found => ({ kind: 'requirement', url: '/plans/x/#r1', title: 't', text: '', partial: false, share: 1, ...over });

describe('results around a search', () => {
  it('counts each filter value once per hit', () => {
    const counts = facetCounts([
      hit({ year: '2021', region: '梅州市', facets: { unit: ['市财政局（梅州市）'], role: ['牵头', '负责'] } }),
      hit({ year: '2021', region: '梅州市', facets: { unit: ['市财政局（梅州市）', '市财政局（梅州市）'], role: ['负责'] } }),
      hit({ kind: 'unit', title: '市财政局（雷州市）' }),
    ]);
    expect(counts.get('year')).toEqual(new Map([['2021', 2]]));
    expect(counts.get('unit')).toEqual(new Map([['市财政局（梅州市）', 2]]));
    expect(counts.get('role')).toEqual(new Map([['牵头', 1], ['负责', 2]]));
    expect(counts.get('kind')).toEqual(new Map([['具体要求', 2], ['责任单位', 1]]));
  });

  describe.each([
    // [typed, hits' unit or theme, offered]
    ['市卫生建康局', [hit({ kind: 'unit', title: '市卫生健康局（雷州市）', text: '又称市卫健委、市卫健局。承担 3 项要求。' })], ['市卫生健康局']],
    ['市卫建局', [hit({ kind: 'unit', title: '市卫生健康局（雷州市）', text: '又称市卫健委、市卫健局。承担 3 项要求。' })], ['市卫健局']],
    ['疫情防空', [hit({ kind: 'theme', title: '疫情防控' })], ['疫情防控']],
    // Two characters off in a short name is another name, not a slip.
    ['市教育厅', [hit({ kind: 'unit', title: '市卫生健康局（雷州市）' })], []],
    ['市人力资源社会保陣局', [hit({ kind: 'unit', title: '市人力资源社会保障局（雷州市）', text: '又称市人社局。' })], ['市人力资源社会保障局']],
  ])('did you mean, for %s', (typed, hits, offered) => {
    it(`offers ${offered.join('、') || 'nothing'}`, () => {
      expect(suggestions(typed, hits)).toEqual(offered);
    });
  });

  it('offers names from the names file when no record holds even half of the query', () => {
    // 卫键委: neither 卫键 nor 键委 is in any record, so there are no hits to take names from.
    expect(suggestions('卫键委', [], ['市卫健委', '卫健委', '市财政局'])).toEqual(['卫健委']);
  });

  it('measures edit distance by character', () => {
    expect(editDistance('市卫生建康局', '市卫生健康局')).toBe(1);
    expect(editDistance('市财政局', '财政局')).toBe(1);
    expect(editDistance('', '疫情')).toBe(2);
  });

  it('writes the results as the site writes .excel.csv: BOM, CRLF, quoting and formula cells neutralised', () => {
    const hits = [
      hit({ title: '梅州市2021年政务公开工作要点分工方案 第7项', url: '/plans/2021-meizhou/#r7', text: '=SUM(1,2) 持续深化"地方"债务', year: '2021', plan: '梅州市2021年政务公开工作要点分工方案', issuer: '梅州市人民政府办公室', region: '梅州市', place: '三、做好财政信息公开', units: '牵头：市财政局' }),
      hit({ kind: 'unit', title: '市财政局（雷州市）', url: '/units/leizhou-shicaizhengju/', text: '－1', partial: true, share: 0.834 }),
    ];
    const csv = resultsCsv(hits, 'https://example.gov.cn/zwgk/');
    const expected =
      '\uFEFF' +
      [
        [...resultColumns],
        ['具体要求', hits[0]!.title, 'https://example.gov.cn/plans/2021-meizhou/#r7', hits[0]!.plan!, '梅州市人民政府办公室', '2021', '梅州市', '三、做好财政信息公开', hits[0]!.text, '牵头：市财政局', '', '全部'],
        ['责任单位', '市财政局（雷州市）', 'https://example.gov.cn/units/leizhou-shicaizhengju/', '', '', '', '', '', '－1', '', '', '部分（约 83%）'],
      ]
        .map((row) => csvRecord(row.map(neutraliseFormula)))
        .join('');
    expect(csv).toBe(expected);
    expect(csv).toContain(`"'=SUM(1,2) 持续深化""地方""债务"`);
  });
});
