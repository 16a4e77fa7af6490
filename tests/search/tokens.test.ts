// Search tokens, query state and highlighting: the pure parts of search.
import { describe, expect, it } from 'vitest';
import { clip, highlight } from '../../src/lib/search/highlight';
import { hanToken, indexTokens, matchesAll, pagefindTokens, queryTokens, runEndToken, textRuns } from '../../src/lib/search/tokens';
import { planShortTitle } from '../../src/lib/search/records';
import { unitToken } from '../../src/lib/search/facets';
import { itemFacetFilter, pagefindArgs, parseSearchParams, toSearchParams } from '../../src/lib/search/state';

const t = (s: string) => hanToken(s);

describe('tokens', () => {
  it.each([
    // Brackets of either width separate runs; numbers stay words.
    ['雷府办函〔2022〕316号', ['雷府办函', '2022', '316', '号']],
    ['雷府办函[2022]316号', ['雷府办函', '2022', '316', '号']],
    // Full-width digits and letters fold to ASCII, lower case.
    ['ＩＰｖ６', ['ipv6']],
    ['各镇（街）', ['各镇', '街']],
  ])('textRuns(%s)', (text, runs) => {
    expect(textRuns(text)).toEqual(runs);
  });

  it('indexes every bigram once and the last character of each run', () => {
    expect(indexTokens('市民政局，市民')).toEqual([t('市民'), t('民政'), t('政局'), runEndToken('局'), runEndToken('民')]);
  });

  it('indexes no word that begins a bigram token, so Pagefind never answers a missing bigram with another word', () => {
    // Pagefind answers a word its index lacks with the longest indexed word that begins it.
    const indexed = indexTokens('市卫生健康局负责，建立X光和xml、uv、y轴台账；2022年');
    for (const bigram of queryTokens('市卫生建康局')) {
      expect(indexed.filter((w) => w !== bigram && bigram.startsWith(w))).toEqual([]);
    }
    // Nor of a number's: a text with 3 and 31 does not answer 316.
    const numbers = indexTokens('第3项、第31项，2022年');
    for (const token of queryTokens('316号')) expect(numbers.filter((w) => w !== token && token.startsWith(w))).toEqual([]);
    expect(matchesAll(numbers, queryTokens('316号'))).toBe(false);
    expect(matchesAll(numbers, queryTokens('2022'))).toBe(true);
    // Latin words that begin like our own tokens keep matching themselves.
    expect(matchesAll(indexed, queryTokens('XML'))).toBe(true);
    expect(matchesAll(indexed, queryTokens('x'))).toBe(true);
    // A one-character query still matches the character at the end of a run.
    expect(matchesAll(indexTokens('负责'), queryTokens('责'))).toBe(true);
  });

  it('finds 市民政局 whichever way a segmenter would split it', () => {
    const record = indexTokens('市发展改革局、教育局、公安局、民政局');
    // The registry expands 民政局 to 市民政局; the record carries both spellings.
    const withCanonical = [...record, ...indexTokens('市民政局')];
    expect(matchesAll(withCanonical, queryTokens('市民政局'))).toBe(true);
    expect(matchesAll(record, queryTokens('民政局'))).toBe(true);
    // A text with 市民 and 政局 apart is not a match for the whole query.
    expect(matchesAll(indexTokens('市民服务热线，政局稳定'), queryTokens('市民政局'))).toBe(false);
  });

  it('matches a one-character query as a prefix of the bigrams', () => {
    expect(queryTokens('号')).toEqual([t('号')]);
    expect(matchesAll(indexTokens('316号文件'), queryTokens('316号'))).toBe(true);
  });

  it('sends Pagefind a covering subset of the bigrams', () => {
    expect(pagefindTokens('市卫生健康局')).toEqual([t('市卫'), t('生健'), t('康局')]);
    expect(pagefindTokens('卫健委')).toEqual([t('卫健'), t('健委')]);
    expect(queryTokens('卫健委')).toEqual([t('卫健'), t('健委')]);
  });
});

describe('plan short title', () => {
  it.each([
    ['雷州市人民政府办公室关于印发雷州市2022年政务公开工作要点分工方案的通知', '雷州市2022年政务公开工作要点分工方案'],
    ['关于印发《2022年政务公开工作要点 分工方案》的通知', '2022年政务公开工作要点分工方案'],
    ['揭阳市人民政府办公室印发揭阳市2018年政务公开工作要点分工方案的通知', '揭阳市2018年政务公开工作要点分工方案'],
  ])('%s', (title, short) => {
    expect(planShortTitle({ title })).toBe(short);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, repeated filters and sort', () => {
    const params = new URLSearchParams('q=卫健委&year=2021&year=2022&role=牵头&sort=year-desc&unknown=x');
    const state = parseSearchParams(params);
    expect(state).toEqual({ q: '卫健委', filters: { year: ['2021', '2022'], role: ['牵头'] }, sort: 'year-desc' });
    expect(toSearchParams(state).toString()).toBe(new URLSearchParams('q=卫健委&year=2021&year=2022&role=牵头&sort=year-desc').toString());
  });

  it('reads unit and role together as one unit in one role', () => {
    const state = parseSearchParams(new URLSearchParams('unit=市财政局（雷州市）&role=牵头&year=2022'));
    const { term, options } = pagefindArgs(state);
    expect(term).toBe(unitToken('市财政局（雷州市）'));
    expect(options.filters).toEqual({ year: '2022', role: '牵头' });
    expect(itemFacetFilter(state)).toEqual({ unitRole: ['市财政局（雷州市）｜牵头'] });
  });

  it('uses Pagefind filters for several units', () => {
    const { term, options } = pagefindArgs(parseSearchParams(new URLSearchParams('unit=市财政局（雷州市）&unit=市财政局（梅州市）')));
    expect(term).toBeNull();
    expect(options.filters).toEqual({ unit: { any: ['市财政局（雷州市）', '市财政局（梅州市）'] } });
  });

  it('ignores an unknown sort order', () => {
    expect(parseSearchParams(new URLSearchParams('sort=random')).sort).toBe('relevance');
  });
});

describe('highlight', () => {
  it('marks query words ignoring width, and never splits the text differently', () => {
    const pieces = highlight('雷府办函〔2022〕３１６号', '316号');
    expect(pieces).toEqual([
      { text: '雷府办函〔2022〕', mark: false },
      { text: '３１６号', mark: true },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('雷府办函〔2022〕３１６号');
  });

  it('clips long text around the first match', () => {
    const text = `${'甲'.repeat(100)}疫情防控${'乙'.repeat(100)}`;
    const clipped = clip(highlight(text, '疫情防控'), 40);
    const joined = clipped.map((p) => p.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(clipped.some((p) => p.mark && p.text === '疫情防控')).toBe(true);
  });
});
