/**
 * The document block of a 政府信息公开 page as fields of the model (索引号,
 * 主题分类, 发布机构, 成文日期, 发布日期, 文号, 主题词, 有效性), set in the
 * entry and shown on the plan page; the 发布日期 on every plan and in every
 * list of plans; and the provenance of the bundled plans: the original's
 * public URL where one was found, and a plain 未找到 where not.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { keepHandSetFields } from '../../src/lib/content/hand-set';
import { planEntrySchema, type PlanEntry } from '../../src/lib/schema/plan';
import { buildSite, ROOT } from '../support/site';

const entryText = (id: string) => readFileSync(join(ROOT, 'src/content/plans', `${id}.md`), 'utf8');
const frontmatter = (text: string) => load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
const entry = (id: string): PlanEntry => planEntrySchema.parse(frontmatter(entryText(id)));

/** The 政府信息公开目录 block as a gkmlpt page gives it, written into the 雷州 entry by hand. */
const BLOCK = ['indexNo: 11440882MB2C92040X/2022-00316', 'subjectCategory: 综合政务\\政务公开', 'publisher: 雷州市政务服务数据管理局', 'subjectTerms: [政务公开, 分工方案]'];
const withBlock = (text: string) => text.replace(/^validity: 有效$/m, `validity: 有效\n${BLOCK.join('\n')}`).replace(/^publishedOn: null$/m, 'publishedOn: "2022-11-18"\npublishedTime: "17:32"');

describe('the plan schema', () => {
  it('takes the document block fields from the entry', () => {
    const plan = planEntrySchema.parse(frontmatter(withBlock(entryText('2022-leizhou'))));
    expect([plan.indexNo, plan.subjectCategory, plan.publisher, plan.subjectTerms, plan.publishedOn, plan.publishedTime]).toEqual([
      '11440882MB2C92040X/2022-00316', '综合政务\\政务公开', '雷州市政务服务数据管理局', ['政务公开', '分工方案'], '2022-11-18', '17:32',
    ]);
  });

  it.each(['24:00', '9:05', '10:47:11', '10：47'])('refuses the 发布时间 %s (HH:MM, 24-hour)', (time) => {
    expect(planEntrySchema.safeParse({ ...entry('2018-jieyang'), publishedTime: time }).success).toBe(false);
  });
});

describe('a re-import keeps what a person set in the entry', () => {
  const committed = entry('2018-jieyang');
  // What the importer makes of the same original: no URL, no 发布时间, no 索引号.
  const { publishedTime: _time, ...fresh } = { ...committed, source: { ...committed.source, url: null } };
  const handSet = { ...committed, indexNo: '007254390/2018-00001' };

  it.each([
    ['the URL, the 发布时间 and the 索引号, in schema order', fresh, handSet, { url: committed.source.url, publishedTime: '10:47', indexNo: '007254390/2018-00001' }],
    ['nothing of another original', fresh, { ...handSet, source: { ...handSet.source, sha256: '0'.repeat(64) } }, { url: null, publishedTime: undefined, indexNo: undefined }],
    ['not a 发布时间 whose 发布日期 changed', { ...fresh, publishedOn: '2018-07-06' }, handSet, { url: committed.source.url, publishedTime: undefined, indexNo: '007254390/2018-00001' }],
    ['what the import found itself first', { ...fresh, indexNo: 'found-by-importer' }, handSet, { url: committed.source.url, publishedTime: '10:47', indexNo: 'found-by-importer' }],
  ] as const)('keeps %s', (_why, freshEntry, previous, expected) => {
    const kept = keepHandSetFields(freshEntry as PlanEntry, previous as PlanEntry);
    expect({ url: kept.source.url, publishedTime: kept.publishedTime, indexNo: kept.indexNo }).toEqual(expected);
    const keys = Object.keys(kept);
    expect(keys.indexOf('publishedTime') < 0 || keys.indexOf('publishedTime') === keys.indexOf('publishedOn') + 1).toBe(true);
    expect(keys.at(-1)).toBe('sections');
  });
});

describe('the bundled plans', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildSite();
  }, 600_000);
  const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const facts = (id: string) => new Map(page(`plans/${id}`).querySelectorAll('.facts tr').map((tr) => [tr.querySelector('th')?.text.trim(), tr.querySelector('td')?.text.replace(/\s+/g, ' ').trim()]));

  it('give the 发布日期 on every plan page: 揭阳 with its time, the others 不详 (never the 成文日期)', () => {
    expect(['2018-jieyang', '2021-meizhou', '2022-jiangmen-jgzx', '2022-leizhou'].map((id) => facts(id).get('发布日期'))).toEqual(['2018年7月5日 10:47', '不详', '不详', '不详']);
    expect(facts('2022-leizhou').get('成文日期')).toBe('2022年11月16日');
  });

  it('link 揭阳 2018 to its page on www.jieyang.gov.cn, and say 未找到 for the three whose page was not found', () => {
    const original = (id: string) => page(`plans/${id}`).querySelectorAll('.facts tr').find((tr) => tr.querySelector('th')?.text === '原文')!;
    expect(original('2018-jieyang').querySelector('a[rel~="external"]')?.getAttribute('href')).toBe('http://www.jieyang.gov.cn/zwgk/jcxxgk/zfwj/content/post_468676.html');
    for (const id of ['2021-meizhou', '2022-jiangmen-jgzx', '2022-leizhou']) {
      expect(original(id).text).toContain('未找到原文网页');
      expect(original(id).querySelector('a[rel~="external"]')).toBeNull();
    }
    // The data page says the same, and no longer claims every plan names its original's URL.
    const data = page('data');
    expect(data.querySelector('.notice')?.text).toContain('未找到的该项为空');
    // One per plan without its page (the data page lists the sources; its layout is the data engineer's).
    expect(data.querySelector('main')!.text.split('未找到原文网页').length - 1).toBe(3);
  });

  it('give the 发布日期 in every list of plans', () => {
    const home = page('').querySelectorAll('.plans li');
    expect(home).toHaveLength(4);
    for (const li of home) expect(li.text).toMatch(/发布日期 (不详|\d{4}年\d+月\d+日)/);
    for (const path of ['years/2018', 'regions/jieyang']) {
      const table = page(path).querySelector('table')!;
      const col = table.querySelectorAll('thead th').findIndex((th) => th.text === '发布日期');
      expect(col, path).toBeGreaterThan(0);
      expect(table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td')[col]?.text)).toEqual(['2018年7月5日 10:47']);
    }
  });
});

describe('a plan whose entry gives the document block', () => {
  let dist: string;
  beforeAll(() => {
    // Only the plan under test, with the registry and themes: a smaller site builds faster.
    const content = mkdtempSync(join(tmpdir(), 'fengong-block-'));
    for (const part of ['units', 'themes']) cpSync(join(ROOT, 'src/content', part), join(content, part), { recursive: true });
    mkdirSync(join(content, 'plans'));
    writeFileSync(join(content, 'plans/2022-leizhou.md'), withBlock(entryText('2022-leizhou')));
    dist = buildSite({ env: { FENGONG_CONTENT: content } });
  }, 600_000);

  it('shows every field of the block on the plan page, and PubDate from the 发布日期 and time', () => {
    const html = parse(readFileSync(join(dist, 'plans/2022-leizhou/index.html'), 'utf8'));
    const rows = new Map(html.querySelectorAll('.facts tr').map((tr) => [tr.querySelector('th')?.text.trim(), tr.querySelector('td')?.text.trim()]));
    expect(['索引号', '主题分类', '发布机构', '成文日期', '发布日期', '发文字号', '主题词', '有效性'].map((k) => rows.get(k))).toEqual([
      '11440882MB2C92040X/2022-00316', '综合政务\\政务公开', '雷州市政务服务数据管理局', '2022年11月16日', '2022年11月18日 17:32', '雷府办函〔2022〕316号', '政务公开，分工方案', '有效',
    ]);
    const meta = new Map(html.querySelectorAll('meta[name]').map((m) => [m.getAttribute('name'), m.getAttribute('content')]));
    expect([meta.get('PubDate'), meta.get('ContentSource'), meta.get('Keywords')]).toEqual(['2022-11-18 17:32', '雷州市政务服务数据管理局', '政务公开,分工方案']);
  });

  it('publishes them in the plan’s JSON', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data/plans/2022-leizhou.json'), 'utf8')) as Record<string, unknown>;
    expect([json['publishedTime'], json['indexNo'], json['subjectCategory'], json['publisher'], json['subjectTerms']]).toEqual(['17:32', '11440882MB2C92040X/2022-00316', '综合政务\\政务公开', '雷州市政务服务数据管理局', ['政务公开', '分工方案']]);
  });
});
