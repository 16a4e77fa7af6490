import { pinyin } from 'pinyin-pro';

/**
 * Administrative suffixes dropped from a region's name before it becomes a
 * URL slug: 雷州市 → leizhou, 揭东区 → jiedong, 广东省 → guangdong. Longest
 * first so 自治县 is removed whole rather than leaving 自治.
 */
const regionSuffixes = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '新区', '市', '县', '区', '省', '州', '盟', '旗'];

/**
 * URL slug of a region, the one rule for page URLs (regions/<slug>/), unit
 * ids (<slug>-…), plan ids (2022-<slug>) and registry files
 * (units/<slug>.yaml): the toneless pinyin of its name without the
 * administrative suffix, lower-case ASCII (雷州市 → leizhou). The suffix stays
 * when only one character would remain (城区 → chengqu, 赵县 → zhaoxian):
 * a one-syllable slug is ambiguous and not how the place is called.
 */
export function regionSlug(name: string): string {
  const trimmed = name.trim();
  const suffix = regionSuffixes.find((s) => trimmed.endsWith(s) && trimmed.length - s.length >= 2);
  const stem = suffix ? trimmed.slice(0, -suffix.length) : trimmed;
  const latin = pinyin(stem, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (latin === '') throw new Error(`region name "${name}" has no letters or digits to make a URL slug from`);
  return latin;
}
