// The names file: what readers type as names, and which character of a query is a slip of one.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load';
import { searchNames, slipUnits } from '../../src/lib/search/names';
import { planQuery } from '../../src/lib/search/query';

const catalog = loadCatalog(join(resolve(import.meta.dirname, '..', '..'), 'src', 'content'));
const { names } = searchNames(catalog);

describe('names file of the bundled plans', () => {
  it('holds unit names, aliases, names before a reform and theme names, each once, in a stable order', () => {
    expect(names).toEqual(expect.arrayContaining(['市卫生健康局', '市卫健委', '市卫生计生局', '市财政局', '政策解读']));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...names].sort());
  });
});

describe('slip units', () => {
  const slipped = (q: string) => [...slipUnits(planQuery(q), names)].map((i) => planQuery(q).units[i]!.text);
  it.each([
    // 健 typed as 建: the fourth character.
    ['市卫生建康局', ['建']],
    // Inside a longer query, and after a place name.
    ['雷州市卫生建康局', ['建']],
    ['市才政局 预算', ['才']],
    // Names as they are, and words that are no slip of any name.
    ['市卫生健康局', []],
    ['市财政局', []],
    ['疫情防控', []],
  ])('%s → %j', (query, chars) => {
    expect(slipped(query)).toEqual(chars);
  });
});
