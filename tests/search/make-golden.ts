/**
 * Writes tests/search/golden-queries.json: the queries the recall test types
 * into the search page, as people type them, each with the permalinks a
 * careful reader expects, decided from the documents by `support/oracle.ts`
 * (not by the index), and for navigational queries the page that must come
 * first. Re-run after the plans change and review the diff:
 *
 *   npx tsx tests/search/make-golden.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalog } from '../../src/lib/content/load';
import { unitFilterValue } from '../../src/lib/search/facets';
import { urls } from '../../src/lib/urls';
import { expectedFor } from './support/oracle';

type Category =
  | 'unit'
  | 'alias'
  | 'segmentation'
  | 'phrase'
  | 'phraseNoSpace'
  | 'theme'
  | 'docNumber'
  | 'plan'
  | 'year'
  | 'region'
  | 'combined'
  | 'unitTopic'
  | 'question'
  | 'typo';

interface Options {
  /** What the reader means, when it is not the query's runs as typed (see `expectedFor`). */
  words?: string[];
  /** The page that must come first: plan:<id>, unit:<region>/<name> or theme:<name>. Makes the query navigational. */
  first?: string;
}

/** [query, category, why it is here, options] */
const queries: Array<[string, Category, string, Options?]> = [
  // Canonical unit names, as the documents print them.
  ['市卫生健康局', 'unit', 'leads health items in 雷州 and 梅州; 揭阳 2018 has its predecessor 市卫生计生局'],
  ['市财政局', 'unit', 'named in three plans'],
  ['市司法局', 'unit', '雷州 r1, r7; 梅州 r30, r35, r36'],
  ['市教育局', 'unit', 'leads education items'],
  ['市政务服务数据管理局', 'unit', 'long name, 10 characters'],
  ['市人力资源社会保障局', 'unit', 'long name'],
  ['市自然资源局', 'unit', '雷州 r44'],
  ['市税务局', 'unit', '雷州 r17, a unit written after a space in the cell', { first: 'unit:雷州市/市税务局' }],
  ['市市场监管局', 'unit', 'canonical name with the doubled 市; 梅州 and 揭阳 (successor of 市工商局) both have one'],
  ['市政管办', 'unit', '揭阳 2018', { first: 'unit:揭阳市/市政管办' }],
  ['市电子政务办', 'unit', '揭阳 2018', { first: 'unit:揭阳市/市电子政务办' }],
  ['市编办', 'unit', '揭阳 2018', { first: 'unit:揭阳市/市编办' }],
  ['市扶贫办', 'unit', '揭阳 2018', { first: 'unit:揭阳市/市扶贫办' }],
  ['市发展改革局', 'unit', '梅州 and 揭阳'],
  ['市交通运输局', 'unit', '雷州 r23-24, 梅州 r37'],
  ['市住房城乡建设局', 'unit', '雷州, 梅州, 揭阳'],
  ['市公安局', 'unit', '梅州 r30, 揭阳 t4-r2'],
  ['市审计局', 'unit', '梅州 r34, participates', { first: 'unit:梅州市/市审计局' }],
  ['各镇（街）', 'unit', 'collective unit of 雷州, full-width brackets', { first: 'unit:雷州市/各镇（街）' }],
  ['各科室', 'unit', '江门建管中心 internal offices', { first: 'unit:江门市/各科室' }],
  ['市新闻办', 'unit', '揭阳 t4-r2, t4-r3', { first: 'unit:揭阳市/市新闻办' }],
  ['市网信办', 'unit', '揭阳 t4-r3', { first: 'unit:揭阳市/市网信办' }],
  ['市商务局', 'unit', '梅州', { first: 'unit:梅州市/市商务局' }],
  ['市医疗保障局', 'unit', '梅州 r30', { first: 'unit:梅州市/市医疗保障局' }],
  ['市应急管理局', 'unit', '梅州 r30; 揭阳 has one too, successor of 市安全生产监管局'],
  ['市农业农村局', 'unit', '梅州 r30', { first: 'unit:梅州市/市农业农村局' }],
  ['市文化广电旅游局', 'unit', '梅州 r30', { first: 'unit:梅州市/市文化广电旅游局' }],
  ['市国资委', 'unit', '揭阳 t3-r4', { first: 'unit:揭阳市/市国资委' }],
  ['市金融工作局', 'unit', '揭阳 t3-r4', { first: 'unit:揭阳市/市金融工作局' }],
  ['办公室', 'unit', '江门建管中心 office, and every 市政府办公室'],
  // Aliases from the unit registry find the canonical unit, and the reverse.
  ['卫健委', 'alias', 'alias of 市卫生健康局: must find what 市卫生健康局 leads'],
  ['市卫健委', 'alias', 'as 雷州 r23-24 write it'],
  ['市卫健局', 'alias', 'registry alias'],
  ['市人社局', 'alias', 'alias of 市人力资源社会保障局'],
  ['市住建局', 'alias', 'alias of 市住房城乡建设局'],
  ['市政数局', 'alias', 'alias of 市政务服务数据管理局 (江门 r11 text has it too)'],
  ['市发改局', 'alias', 'alias of 市发展改革局'],
  ['市府办', 'alias', 'alias of 梅州 市政府办公室', { first: 'unit:梅州市/市政府办公室' }],
  ['市工信局', 'alias', 'alias of 市工业和信息化局, successor of 揭阳 市经济信息化局'],
  ['生态环境分局', 'alias', 'alias of 湛江市生态环境局雷州分局', { first: 'unit:雷州市/湛江市生态环境局雷州分局' }],
  ['雷州分局', 'alias', 'alias of 湛江市生态环境局雷州分局', { first: 'unit:雷州市/湛江市生态环境局雷州分局' }],
  ['各镇（街道）', 'alias', 'alias of 各镇（街）'],
  ['各镇街', 'alias', 'alias of 各镇（街）, no brackets'],
  ['市卫生计生局', 'alias', 'predecessor of 揭阳 市卫生健康局'],
  ['市卫生和计划生育局', 'alias', 'full name of 揭阳 市卫生计生局', { first: 'unit:揭阳市/市卫生计生局' }],
  ['市市场监督管理局', 'alias', 'full name of 市市场监管局 (梅州 and 揭阳)'],
  ['市发展和改革局', 'alias', 'full name of 市发展改革局'],
  ['市政务服务管理办公室', 'alias', 'full name of 揭阳 市政管办', { first: 'unit:揭阳市/市政管办' }],
  ['市食品药品监督管理局', 'alias', '揭阳 市食品药品监管局, later 市市场监管局'],
  // Words the browser's segmenter splits differently from the indexer.
  ['市民政局', 'segmentation', 'Intl.Segmenter reads 市|民政局, jieba 市民|政局'],
  ['民政局', 'segmentation', 'bare name without 市'],
  ['财政局', 'segmentation', 'bare name'],
  ['卫生健康局', 'segmentation', 'bare name'],
  ['市场监管局', 'segmentation', 'inside 市市场监管局'],
  ['司法局', 'segmentation', 'bare name'],
  // Phrases of 2 to 7 characters as the documents print them.
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
  ['一网通办', 'phrase', '揭阳 t5-r3'],
  ['两微一端', 'phrase', '揭阳 t9'],
  ['政府公报', 'phrase', ''],
  ['集约化', 'phrase', ''],
  ['权责清单', 'phrase', ''],
  ['粤商通', 'phrase', '雷州 r14'],
  ['行风热线', 'phrase', '梅州 r14, r22'],
  ['第一解读人', 'phrase', '揭阳 t3-r2'],
  ['信息处理费', 'phrase', '梅州 r34'],
  ['政策问答', 'phrase', ''],
  ['冷链物流', 'phrase', '梅州 r10'],
  ['高校毕业生', 'phrase', '雷州 r20'],
  ['绩效考核', 'phrase', ''],
  ['保密审查', 'phrase', ''],
  ['中标结果', 'phrase', '揭阳 t2-r2'],
  ['精准扶贫', 'phrase', '揭阳 t2-r5'],
  ['粤港澳大湾区', 'phrase', '梅州 section 五'],
  // Phrases typed without spaces whose words the documents print apart.
  ['疫情信息公开', 'phraseNoSpace', 'the issue’s first example', { words: ['疫情', '信息公开'] }],
  ['卫生健康信息公开', 'phraseNoSpace', '', { words: ['卫生健康', '信息公开'] }],
  ['政务公开要点', 'phraseNoSpace', 'the plans’ own titles say 政务公开工作要点', { words: ['政务公开', '要点'] }],
  ['财政资金公开', 'phraseNoSpace', '梅州 r8', { words: ['财政资金', '公开'] }],
  ['政府网站安全', 'phraseNoSpace', '', { words: ['政府网站', '安全'] }],
  ['政策解读方式', 'phraseNoSpace', '', { words: ['政策解读', '方式'] }],
  ['留言办理', 'phraseNoSpace', '', { words: ['留言', '办理'] }],
  ['舆情回应', 'phraseNoSpace', '', { words: ['舆情', '回应'] }],
  ['年报质量', 'phraseNoSpace', '', { words: ['年报', '质量'] }],
  ['教育信息公开', 'phraseNoSpace', '', { words: ['教育', '信息公开'] }],
  ['就业信息公开', 'phraseNoSpace', '', { words: ['就业', '信息公开'] }],
  ['规划公开', 'phraseNoSpace', '梅州 section 一', { words: ['规划', '公开'] }],
  ['政务公开培训', 'phraseNoSpace', '', { words: ['政务公开', '培训'] }],
  ['政府数据开放平台', 'phraseNoSpace', '', { words: ['政府数据', '开放平台'] }],
  ['办事服务信息检查', 'phraseNoSpace', '揭阳 t7-r1', { words: ['办事服务信息', '检查'] }],
  ['公共资源交易平台', 'phraseNoSpace', '揭阳 t2-r4', { words: ['公共资源交易', '平台'] }],
  // Theme names: the tagged requirements as well as those that say the words; the theme page first.
  ['政策解读', 'theme', '', { first: 'theme:政策解读' }],
  ['年度报告', 'theme', '', { first: 'theme:年度报告' }],
  ['重点领域信息公开', 'theme', '', { first: 'theme:重点领域信息公开' }],
  ['政府数据开放', 'theme', '', { first: 'theme:政府数据开放' }],
  ['规范性文件', 'theme', '', { first: 'theme:规范性文件' }],
  ['主动公开目录', 'theme', '', { first: 'theme:主动公开目录' }],
  ['财政信息', 'theme', '', { first: 'theme:财政信息' }],
  ['政策咨询', 'theme', '', { first: 'theme:政策咨询' }],
  ['回应关切', 'theme', '', { first: 'theme:回应关切' }],
  ['政务服务', 'theme', ''],
  // Document numbers, whole and in part, with either kind of bracket.
  ['雷府办函〔2022〕316号', 'docNumber', '雷州 plan', { first: 'plan:2022-leizhou' }],
  ['雷府办函[2022]316号', 'docNumber', 'half-width brackets as people type them', { first: 'plan:2022-leizhou' }],
  ['雷府办函（2022）316号', 'docNumber', 'round brackets', { first: 'plan:2022-leizhou' }],
  ['316号', 'docNumber', 'number only', { first: 'plan:2022-leizhou' }],
  ['梅市府办函〔2021〕159号', 'docNumber', '梅州 plan', { first: 'plan:2021-meizhou' }],
  ['159号', 'docNumber', 'number only', { first: 'plan:2021-meizhou' }],
  ['江建管〔2022〕39号', 'docNumber', '江门建管中心 plan', { first: 'plan:2022-jiangmen-jgzx' }],
  ['江建管[2022]39号', 'docNumber', 'half-width brackets', { first: 'plan:2022-jiangmen-jgzx' }],
  ['粤府办〔2018〕19号', 'docNumber', 'the document 揭阳 2018 implements', { first: 'plan:2018-jieyang' }],
  ['国办公开办函〔2019〕60号', 'docNumber', 'cited in 梅州 r38'],
  ['粤府办〔2016〕137号', 'docNumber', 'cited in 揭阳 t5-r1'],
  ['江府办函〔2022〕7号', 'docNumber', 'the document 江门建管中心 implements', { first: 'plan:2022-jiangmen-jgzx' }],
  ['国办发〔2020〕50号', 'docNumber', 'cited in 江门 r6'],
  // Plans by name, as people call them.
  ['雷州市2022年政务公开工作要点分工方案', 'plan', 'the plan’s own title', { first: 'plan:2022-leizhou' }],
  ['梅州市2021年政务公开工作要点分工方案', 'plan', '', { first: 'plan:2021-meizhou' }],
  ['揭阳市2018年政务公开工作要点分工方案', 'plan', '', { first: 'plan:2018-jieyang' }],
  ['雷州2022分工方案', 'plan', 'short, without 市 and 年', { words: ['雷州', '2022', '分工方案'], first: 'plan:2022-leizhou' }],
  ['梅州分工方案', 'plan', '', { words: ['梅州', '分工方案'], first: 'plan:2021-meizhou' }],
  ['揭阳2018', 'plan', '', { words: ['揭阳', '2018'], first: 'plan:2018-jieyang' }],
  ['建管中心工作要点', 'plan', '江门建管中心 as people shorten it', { words: ['建管', '中心', '工作要点'], first: 'plan:2022-jiangmen-jgzx' }],
  ['江门市政府投资工程建设管理中心', 'plan', 'the issuer of the department plan', { first: 'plan:2022-jiangmen-jgzx' }],
  ['雷州市人民政府办公室', 'plan', 'issuer', { first: 'plan:2022-leizhou' }],
  // Years and regions.
  ['2018', 'year', '', { first: 'plan:2018-jieyang' }],
  ['2021年', 'year', '', { first: 'plan:2021-meizhou' }],
  ['2022', 'year', 'two plans'],
  ['雷州', 'region', '', { first: 'plan:2022-leizhou' }],
  ['梅州市', 'region', '', { first: 'plan:2021-meizhou' }],
  ['揭阳', 'region', '', { first: 'plan:2018-jieyang' }],
  // Several words with spaces: every one must be in the same requirement.
  ['雷州 疫情防控', 'combined', ''],
  ['市财政局 惠民惠农', 'combined', ''],
  ['2021 政策咨询', 'combined', ''],
  ['揭阳 政府网站', 'combined', ''],
  ['2022 年度报告', 'combined', ''],
  // A unit and a topic typed together, with or without a space.
  ['卫健委疫情', 'unitTopic', '', { words: ['卫健委', '疫情'] }],
  ['市卫生健康局疫情防控', 'unitTopic', '', { words: ['市卫生健康局', '疫情防控'] }],
  ['财政局预决算', 'unitTopic', '', { words: ['财政局', '预决算'] }],
  ['市司法局行政复议', 'unitTopic', '', { words: ['市司法局', '行政复议'] }],
  ['政数局政策问答', 'unitTopic', '', { words: ['政数局', '政策问答'] }],
  ['教育局 双减', 'unitTopic', ''],
  ['市公安局舆情', 'unitTopic', '', { words: ['市公安局', '舆情'] }],
  ['雷州市财政局', 'unitTopic', 'a unit with its city', { words: ['雷州', '市财政局'], first: 'unit:雷州市/市财政局' }],
  ['梅州卫健委', 'unitTopic', 'alias with its city', { words: ['梅州', '卫健委'], first: 'unit:梅州市/市卫生健康局' }],
  ['各镇街政务公开', 'unitTopic', '', { words: ['各镇街', '政务公开'] }],
  // Questions, as people ask them.
  ['市财政局要做什么', 'question', 'the issue’s example', { words: ['市财政局'] }],
  ['卫健委负责哪些工作', 'question', '', { words: ['卫健委'] }],
  ['市教育局有哪些任务', 'question', '', { words: ['市教育局'] }],
  ['市司法局做什么', 'question', '', { words: ['市司法局'] }],
  ['各镇（街）要做什么？', 'question', 'with a full-width question mark', { words: ['各镇（街）'] }],
  ['请问市政数局牵头哪些工作', 'question', '', { words: ['市政数局'] }],
  ['疫情防控有哪些要求', 'question', '', { words: ['疫情防控'] }],
  // One-character slips in a unit name or phrase.
  ['市卫生建康局', 'typo', '健 typed as 建', { words: ['市卫生健康局'] }],
  ['市财政句', 'typo', '局 typed as 句', { words: ['市财政局'] }],
  ['市教育居', 'typo', '局 typed as 居', { words: ['市教育局'] }],
  ['疫情防空', 'typo', '控 typed as 空', { words: ['疫情防控'] }],
  ['政务新媒休', 'typo', '体 typed as 休', { words: ['政务新媒体'] }],
  ['依申请公幵', 'typo', '开 typed as 幵', { words: ['依申请公开'] }],
  ['市人力资源社会保陣局', 'typo', '障 typed as 陣', { words: ['市人力资源社会保障局'] }],
  ['营商环竟', 'typo', '境 typed as 竟', { words: ['营商环境'] }],
];

const catalog = loadCatalog();
const at = urls('/');
/** The URL of a `first` target. */
function target(spec: string): string {
  const [kind, rest] = [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)];
  if (kind === 'plan') {
    if (!catalog.planById.has(rest)) throw new Error(`golden: no plan ${rest}`);
    return at.plan(rest);
  }
  if (kind === 'theme') {
    const theme = catalog.themes.find((t) => t.name === rest);
    if (!theme) throw new Error(`golden: no theme ${rest}`);
    return at.theme(theme.id);
  }
  const [region, name] = rest.split('/') as [string, string];
  const unit = catalog.units.find((u) => u.region === region && u.name === name);
  if (!unit) throw new Error(`golden: no unit ${unitFilterValue({ region, name })}`);
  return at.unit(unit.id);
}

const seen = new Set<string>();
const golden = queries.map(([query, category, note, options = {}]) => {
  if (seen.has(query)) throw new Error(`golden query "${query}" is listed twice`);
  seen.add(query);
  const expect = expectedFor(catalog, query, { ...(category === 'theme' ? { theme: query } : {}), ...(options.words ? { words: options.words } : {}) });
  if (expect.length === 0) throw new Error(`golden query "${query}" expects nothing: the documents do not contain it`);
  return { query, category, ...(note ? { note } : {}), ...(options.words ? { words: options.words } : {}), ...(options.first ? { first: target(options.first) } : {}), expect };
});
const file = resolve(import.meta.dirname, 'golden-queries.json');
writeFileSync(file, `${JSON.stringify(golden, null, 2)}\n`);
for (const g of golden) console.log(`${g.expect.length}\t${g.category}\t${g.query}${g.first ? `\t→ ${g.first}` : ''}`);
console.log(`${golden.length} queries (${golden.filter((g) => g.first).length} navigational) → ${file}`);
