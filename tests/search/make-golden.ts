/**
 * Writes tests/search/golden-queries.json: the queries the recall test runs,
 * each with the permalinks it must return, decided from the documents by
 * `support/oracle.ts` (not by the index). Re-run after the plans change and
 * review the diff:
 *
 *   npx tsx tests/search/make-golden.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalog } from '../../src/lib/content/load';
import { expectedFor } from './support/oracle';

type Category = 'unit' | 'alias' | 'segmentation' | 'phrase' | 'theme' | 'docNumber' | 'year' | 'region' | 'combined';

/** [query, category, why it is here] */
const queries: Array<[string, Category, string]> = [
  // Canonical unit names, as the documents print them.
  ['市卫生健康局', 'unit', 'leads health items in 雷州 and 梅州; 揭阳 2018 has its predecessor 市卫生计生局'],
  ['市财政局', 'unit', 'named in three plans'],
  ['市司法局', 'unit', '雷州 r1, r7; 梅州 r30, r35, r36'],
  ['市教育局', 'unit', 'leads education items'],
  ['市政务服务数据管理局', 'unit', 'long name, 10 characters'],
  ['市人力资源社会保障局', 'unit', 'long name'],
  ['市自然资源局', 'unit', '雷州 r44'],
  ['市税务局', 'unit', '雷州 r17, a unit written after a space in the cell'],
  ['市市场监管局', 'unit', 'canonical name with the doubled 市'],
  ['市政管办', 'unit', '揭阳 2018'],
  ['市电子政务办', 'unit', '揭阳 2018'],
  ['市编办', 'unit', '揭阳 2018'],
  ['市扶贫办', 'unit', '揭阳 2018'],
  ['市发展改革局', 'unit', '梅州 and 揭阳'],
  ['市交通运输局', 'unit', '雷州 r23-24, 梅州 r37'],
  ['市住房城乡建设局', 'unit', '雷州, 梅州, 揭阳'],
  ['市公安局', 'unit', '梅州 r30, 揭阳 t4-r2'],
  ['市审计局', 'unit', '梅州 r34, participates'],
  ['各镇（街）', 'unit', 'collective unit of 雷州, full-width brackets'],
  ['各科室', 'unit', '江门建管中心 internal offices'],
  ['市新闻办', 'unit', '揭阳 t4-r2, t4-r3'],
  // Aliases from the unit registry find the canonical unit, and the reverse.
  ['卫健委', 'alias', 'alias of 市卫生健康局: must find what 市卫生健康局 leads'],
  ['市卫健委', 'alias', 'as 雷州 r23-24 write it'],
  ['市卫健局', 'alias', 'registry alias'],
  ['市人社局', 'alias', 'alias of 市人力资源社会保障局'],
  ['市住建局', 'alias', 'alias of 市住房城乡建设局'],
  ['市政数局', 'alias', 'alias of 市政务服务数据管理局 (江门 r11 text has it too)'],
  ['市发改局', 'alias', 'alias of 市发展改革局'],
  ['市府办', 'alias', 'alias of 梅州 市政府办公室'],
  ['市工信局', 'alias', 'alias of 市工业和信息化局, successor of 揭阳 市经济信息化局'],
  ['生态环境分局', 'alias', 'alias of 湛江市生态环境局雷州分局'],
  ['各镇（街道）', 'alias', 'alias of 各镇（街）'],
  ['市卫生计生局', 'alias', 'predecessor of 揭阳 市卫生健康局'],
  // Words the browser's segmenter splits differently from the indexer.
  ['市民政局', 'segmentation', 'Intl.Segmenter reads 市|民政局, jieba 市民|政局'],
  ['民政局', 'segmentation', 'bare name without 市'],
  ['财政局', 'segmentation', 'bare name'],
  ['卫生健康局', 'segmentation', 'bare name'],
  ['市场监管局', 'segmentation', 'inside 市市场监管局'],
  ['司法局', 'segmentation', 'bare name'],
  // Phrases of 2 to 6 characters from the requirements.
  ['疫情防控', 'phrase', 'tasks and items in three plans'],
  ['依申请公开', 'phrase', ''],
  ['政务新媒体', 'phrase', ''],
  ['公共企事业单位', 'phrase', '7 characters, a term of art'],
  ['基层政务公开', 'phrase', ''],
  ['舆情', 'phrase', 'two characters'],
  ['留言', 'phrase', 'two characters'],
  ['热线', 'phrase', 'two characters'],
  ['台账', 'phrase', 'two characters'],
  ['回头看', 'phrase', 'quoted phrase in the documents'],
  ['地图', 'phrase', '雷州 r44, 江门 r23'],
  ['行政复议', 'phrase', ''],
  ['预决算', 'phrase', '揭阳 t2-r1'],
  ['粤系列', 'phrase', 'quoted brand name'],
  ['三同步', 'phrase', ''],
  ['双随机', 'phrase', '揭阳 t1-r5'],
  ['负面清单', 'phrase', ''],
  ['开放广东', 'phrase', ''],
  ['个人隐私', 'phrase', ''],
  ['互联网协议', 'phrase', 'IPv6 items'],
  ['12345', 'phrase', 'hotline number'],
  ['IPv6', 'phrase', 'Latin letters and digits'],
  ['营商环境', 'phrase', ''],
  // Theme names: the tagged requirements as well as those that say the words.
  ['政策解读', 'theme', ''],
  ['年度报告', 'theme', ''],
  ['政府公报', 'theme', ''],
  ['重点领域信息公开', 'theme', ''],
  ['政府数据开放', 'theme', ''],
  // Document numbers, whole and in part, with either kind of bracket.
  ['雷府办函〔2022〕316号', 'docNumber', '雷州 plan'],
  ['雷府办函[2022]316号', 'docNumber', 'half-width brackets as people type them'],
  ['316号', 'docNumber', 'number only'],
  ['梅市府办函〔2021〕159号', 'docNumber', '梅州 plan'],
  ['159号', 'docNumber', 'number only'],
  ['江建管〔2022〕39号', 'docNumber', '江门建管中心 plan'],
  ['粤府办〔2018〕19号', 'docNumber', 'the document 揭阳 2018 implements'],
  ['国办公开办函〔2019〕60号', 'docNumber', 'cited in 梅州 r38'],
  ['粤府办〔2016〕137号', 'docNumber', 'cited in 揭阳 t5-r1'],
  ['江府办函〔2022〕7号', 'docNumber', 'the document 江门建管中心 implements'],
  // Years and regions.
  ['2018', 'year', ''],
  ['2021年', 'year', ''],
  ['2022', 'year', 'two plans'],
  ['雷州', 'region', ''],
  ['梅州市', 'region', ''],
  // Several words: every one must be in the same requirement.
  ['雷州 疫情防控', 'combined', ''],
  ['市财政局 惠民惠农', 'combined', ''],
  ['2021 政策咨询', 'combined', ''],
];

const catalog = loadCatalog();
const golden = queries.map(([query, category, note]) => {
  const expect = expectedFor(catalog, query, category === 'theme' ? { theme: query } : {});
  if (expect.length === 0) throw new Error(`golden query "${query}" expects nothing: the documents do not contain it`);
  return { query, category, ...(note ? { note } : {}), expect };
});
const file = resolve(import.meta.dirname, 'golden-queries.json');
writeFileSync(file, `${JSON.stringify(golden, null, 2)}\n`);
for (const g of golden) console.log(`${g.expect.length}\t${g.category}\t${g.query}`);
console.log(`${golden.length} queries → ${file}`);
