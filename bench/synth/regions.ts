/**
 * Regions of Guangdong Province the generated corpus is spread over: the 21
 * prefecture-level cities and their county-level divisions, with their
 * GB/T 2260 administrative codes. A province-wide deployment aggregates
 * exactly these issuers.
 */
export interface SynthRegion {
  name: string;
  /** GB/T 2260 code. */
  code: string;
  /** prefecture: 地级市 (its subordinate level is counties); county: 县级 (towns). */
  level: 'prefecture' | 'county';
}

/** [prefecture, code, counties as "name:code"]; Dongguan and Zhongshan govern towns directly. */
const table: Array<[string, string, string]> = [
  ['广州市', '440100', '荔湾区:440103 越秀区:440104 海珠区:440105 天河区:440106 白云区:440111 黄埔区:440112 番禺区:440113 花都区:440114 南沙区:440115 从化区:440117 增城区:440118'],
  ['韶关市', '440200', '武江区:440203 浈江区:440204 曲江区:440205 始兴县:440222 仁化县:440224 翁源县:440229 乳源瑶族自治县:440232 新丰县:440233 乐昌市:440281 南雄市:440282'],
  ['深圳市', '440300', '罗湖区:440303 福田区:440304 南山区:440305 宝安区:440306 龙岗区:440307 盐田区:440308 龙华区:440309 坪山区:440310 光明区:440311'],
  ['珠海市', '440400', '香洲区:440402 斗门区:440403 金湾区:440404'],
  ['汕头市', '440500', '龙湖区:440507 金平区:440511 濠江区:440512 潮阳区:440513 潮南区:440514 澄海区:440515 南澳县:440523'],
  ['佛山市', '440600', '禅城区:440604 南海区:440605 顺德区:440606 三水区:440607 高明区:440608'],
  ['江门市', '440700', '蓬江区:440703 江海区:440704 新会区:440705 台山市:440781 开平市:440783 鹤山市:440784 恩平市:440785'],
  ['湛江市', '440800', '赤坎区:440802 霞山区:440803 坡头区:440804 麻章区:440811 遂溪县:440823 徐闻县:440825 廉江市:440881 雷州市:440882 吴川市:440883'],
  ['茂名市', '440900', '茂南区:440902 电白区:440904 高州市:440981 化州市:440982 信宜市:440983'],
  ['肇庆市', '441200', '端州区:441202 鼎湖区:441203 高要区:441204 广宁县:441223 怀集县:441224 封开县:441225 德庆县:441226 四会市:441284'],
  ['惠州市', '441300', '惠城区:441302 惠阳区:441303 博罗县:441322 惠东县:441323 龙门县:441324'],
  ['梅州市', '441400', '梅江区:441402 梅县区:441403 大埔县:441422 丰顺县:441423 五华县:441424 平远县:441426 蕉岭县:441427 兴宁市:441481'],
  ['汕尾市', '441500', '城区:441502 海丰县:441521 陆河县:441523 陆丰市:441581'],
  ['河源市', '441600', '源城区:441602 紫金县:441621 龙川县:441622 连平县:441623 和平县:441624 东源县:441625'],
  ['阳江市', '441700', '江城区:441702 阳东区:441704 阳西县:441721 阳春市:441781'],
  ['清远市', '441800', '清城区:441802 清新区:441803 佛冈县:441821 阳山县:441823 连山壮族瑶族自治县:441825 连南瑶族自治县:441826 英德市:441881 连州市:441882'],
  ['东莞市', '441900', ''],
  ['中山市', '442000', ''],
  ['潮州市', '445100', '湘桥区:445102 潮安区:445103 饶平县:445122'],
  ['揭阳市', '445200', '榕城区:445202 揭东区:445203 揭西县:445222 惠来县:445224 普宁市:445281'],
  ['云浮市', '445300', '云城区:445302 云安区:445303 新兴县:445321 郁南县:445322 罗定市:445381'],
];

export interface GuangdongRegion extends SynthRegion {
  /** Whether the prefecture governs counties (false for Dongguan and Zhongshan, which govern towns). */
  hasCounties: boolean;
}

/** All regions, prefectures first, each followed by its counties, in code order. */
export const guangdongRegions: readonly GuangdongRegion[] = table.flatMap(([name, code, counties]) => [
  { name, code, level: 'prefecture' as const, hasCounties: counties !== '' },
  ...counties
    .split(' ')
    .filter((c) => c !== '')
    .map((c) => {
      const [countyName, countyCode] = c.split(':') as [string, string];
      return { name: countyName, code: countyCode, level: 'county' as const, hasCounties: false };
    }),
]);

/**
 * The one-character level prefix units of a region carry in its own documents
 * (市财政局 in a city, 县财政局 in a county, 区财政局 in a district).
 */
export function levelPrefix(region: SynthRegion): string {
  if (region.level === 'prefecture') return '市';
  if (region.name === '城区') return '区';
  const last = region.name.slice(-1);
  return last === '县' || last === '区' ? last : '市';
}
