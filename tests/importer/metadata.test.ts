import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { importPlan } from '../../src/lib/importer/index';
import { readSource } from '../../src/lib/importer/read/index';
import { Registry } from '../../src/lib/registry/registry';
import { regionOf } from '../../src/lib/importer/metadata';

/** A corpus page imported as a new user would: its facts and what is missing. */
async function facts(name: string) {
  const source = await readSource(fileURLToPath(new URL(`./corpus/${name}.html`, import.meta.url)));
  const r = importPlan(source.document, { sourceFile: `${name}.html`, importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
  return { title: r.entry.title, issuer: r.missing.includes('issuer') ? null : r.entry.issuer, issuedOn: r.entry.issuedOn, missing: r.missing };
}

// Saved pages of the public 平潭 archive (tests/importer/corpus): the site's words come first (长者模式 退出长者模式 无障碍浏览),
// then the page's title over its time line, and the document.
describe('the facts of a saved government page', () => {
  it('takes the page’s title over its time line, and the signature after the plan with its date in Chinese numerals', async () => {
    // 关于分解2012年纠风三项重点工作任务 / 时间：2012-10-17 15:02 / … / 平潭县国土资源局 / 二〇一二年九月六日 (after the last item).
    expect(await facts('fj-pingtan-2012-jiufeng')).toMatchObject({ title: '关于分解2012年纠风三项重点工作任务', issuer: '平潭县国土资源局', issuedOn: '2012-09-06' });
  });

  it('reads a 管委会 signature over its date', async () => {
    expect(await facts('fj-pingtan-2015-anquan-chengxin')).toMatchObject({ issuer: '平潭综合实验区管委会', issuedOn: '2015-01-23' });
  });

  it('never takes the site’s words for the issuer: without a name it is missing, for --issuer', async () => {
    for (const name of ['fj-pingtan-2012-jiufeng', 'fj-pingtan-2015-qingyunhui', 'fj-pingtan-2016-huanbao-mubiao', 'fj-pingtan-2021-liangshi-shengchan']) {
      const f = await facts(name);
      expect(f.issuer ?? '').not.toMatch(/长者模式|无障碍|^关于/);
      expect(f.title ?? '').not.toMatch(/长者模式/);
    }
  });
});

// 平潭 2015 土地流转 as the archive's page.txt writes it (archivePageFile): the signature and its date run together on one
// line, and a title without a year.
describe('the facts of a page saved as text', () => {
  it('reads a signature run together with its date, and takes the work year from it, saying so', async () => {
    const { readFileSync } = await import('node:fs');
    const { archivePageFile } = await import('../../src/lib/importer/corpus');
    const text = archivePageFile(readFileSync(new URL('./corpus/fj-pingtan-2015-tudi-liuzhuan.html', import.meta.url), 'utf8'));
    expect(text).toContain('平潭综合实验区管委会2015年2月24日');
    const r = importPlan(text, { sourceFile: 'page.txt', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
    expect([r.entry.issuer, r.entry.issuedOn, r.entry.year]).toEqual(['平潭综合实验区管委会', '2015-02-24', 2015]);
    expect(r.missing).not.toContain('year');
    expect(r.report.map((i) => i.message).join('\n')).toMatch(/work year not in the title: taken as 2015, the year the document was issued; give another with --year/);
  });
});

// The region of a plan, from its issuer's or title's opening words: the most specific level the name gives.
describe('the region a body belongs to', () => {
  it.each([
    ['雷州市人民政府办公室', '雷州市'],
    // 福建 2017 政务公开 分解表: a province's own office.
    ['福建省人民政府办公厅关于印发2017年政务公开工作主要任务分解表的通知', '福建省'],
    ['福建省泉州市人民政府办公室', '泉州市'],
    // A city's district (东城 2017, 上海 普陀 2025): the district, not the city, so its 区财政局 is not another district's.
    ['北京市东城区人民政府办公室', '东城区'],
    ['上海市普陀区人民政府关于印发2025年政务公开工作要点的通知', '普陀区'],
    ['武汉市汉阳区人民政府', '汉阳区'],
    // A 片区 of the 实验区 is an area it administers, no region of its own (苏平 2022).
    ['平潭综合实验区苏平片区管理局', '平潭综合实验区'],
    ['平潭综合实验区管委会办公室', '平潭综合实验区'],
    ['国务院办公厅', null],
  ])('%s → %s', (name, region) => expect(regionOf(name)).toBe(region));

  it('gives a province-level plan its region and GB/T 2260 code (福建 2017)', async () => {
    const source = await readSource(fileURLToPath(new URL('./corpus/fj-fujian-2017-zwgk.html', import.meta.url)));
    const r = importPlan(source.document, { sourceFile: 'fj-fujian-2017-zwgk.html', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64) });
    expect(r.entry.region).toEqual({ name: '福建省', code: '350000' });
    expect(r.missing).not.toContain('region');
  });
});
