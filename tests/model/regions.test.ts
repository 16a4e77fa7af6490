// The one region slug (src/lib/regions.ts) behind region page URLs, unit ids,
// plan ids and registry file names, over real region names: the four bundled
// plans' cities, the provinces and prefectures of the importer's corpus, and
// every kind of administrative suffix.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../unit-pages/content';
import { regionSlug } from '../../src/lib/regions';

describe.each([
  // The bundled plans: their ids, unit ids and registry files start with these.
  ['雷州市', 'leizhou'],
  ['梅州市', 'meizhou'],
  ['揭阳市', 'jieyang'],
  ['江门市', 'jiangmen'],
  // 省: the province, not "guangdongsheng" (the importer's old rule kept 省).
  ['广东省', 'guangdong'],
  ['福建省', 'fujian'],
  // 区 and 县 of the corpus's counties.
  ['揭东区', 'jiedong'],
  ['绿春县', 'lvchun'],
  // ü is written v, as in the 汉语拼音 keyboard convention.
  ['吕梁市', 'lvliang'],
  // 新区: the whole suffix goes, not only 区 (binhaixin).
  ['滨海新区', 'binhai'],
  ['浦东新区', 'pudong'],
  // 州 as a suffix (黔东南州), and 自治州 / 自治县 / 自治区 / 自治旗 removed whole.
  ['黔东南州', 'qiandongnan'],
  ['大理白族自治州', 'dalibaizu'],
  ['连山壮族瑶族自治县', 'lianshanzhuangzuyaozu'],
  ['内蒙古自治区', 'neimenggu'],
  ['鄂温克族自治旗', 'ewenkezu'],
  ['锡林郭勒盟', 'xilinguole'],
  ['香港特别行政区', 'xianggang'],
  // A suffix stays when only one character would be left.
  ['城区', 'chengqu'],
  ['赵县', 'zhaoxian'],
  // A city named without its suffix keeps its 州.
  ['广州', 'guangzhou'],
  ['平潭综合实验区', 'pingtanzongheshiyan'],
  // Surrounding spaces from a hand-written entry do not reach the URL.
  [' 梅州市 ', 'meizhou'],
])('regionSlug(%j)', (name, slug) => {
  it(`is ${slug}`, () => {
    expect(regionSlug(name)).toBe(slug);
  });
});

describe('regionSlug on the bundled content', () => {
  it('is the prefix of every unit id of the region, so ids and region pages agree', () => {
    const { units } = loadCatalog();
    expect(units.length).toBeGreaterThan(50);
    for (const unit of units) expect(unit.id.startsWith(`${regionSlug(unit.region)}-`), unit.id).toBe(true);
  });

  it('refuses a name with nothing to spell, saying which', () => {
    expect(() => regionSlug('（）')).toThrow(/region name "（）" has no letters or digits/);
  });
});
