// What the importer refuses or reports so that nothing unpublishable, hostile
// or broken becomes an entry (issue 15): 公开方式 markings however written,
// plan ids, control and invisible characters, undecodable bytes, truncation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walkPlan } from '../../src/lib/catalog';
import { ImportError } from '../../src/lib/importer/errors';
import { importPlan, type ImportResult } from '../../src/lib/importer/index';
import { findDisclosureMarkings, judgeDisclosure, textLines } from '../../src/lib/model/disclosure';
import { httpUrl } from '../../src/lib/schema/common';
import { registry, root } from '../support/seeds';

const units = registry();
const seed = (id: string) => readFileSync(`${root}/public/sources/${id}.txt`, 'utf8');
const meizhou = seed('2021-meizhou');
const importText = (text: string, id = '2021-meizhou'): ImportResult => importPlan(text, { sourceFile: 'x.txt', importedOn: '2026-01-01', registry: units, id });
const refusal = (text: string): string => {
  try {
    importText(text);
  } catch (e) {
    if (e instanceof ImportError) return e.message;
    throw e;
  }
  return '';
};
/** The 梅州 plan with its 公开方式 line replaced. */
const withMarking = (marking: string) => meizhou.replace('公开方式：主动公开', marking);
const markingLine = meizhou.split('\n').findIndex((l) => l.startsWith('公开方式')) + 1;

describe('公开方式 markings: anything but 主动公开 is refused, however it is written', () => {
  it.each([
    // [how the marking is written]
    ['公开方式：依申请公开'], // the plain form
    ['公开方式 ：依申请公开'], // a space before the colon
    ['公开方式:不予公开'], // half-width colon
    ['公 开 方 式：依申请公开'], // spaces inside the label
    ['公开方式　：　不予公开'], // ideographic spaces
    ['【公开方式】依申请公开'], // bracketed label
    ['[公开方式]不予公开'],
    ['（公开方式：依申请公开）'],
    ['公开属性：依申请公开'], // other labels governments use
    ['公开选项：不予公开'],
    ['信息公开选项：依申请公开'],
    ['公开类型：不公开'],
    ['公開方式：依申請公開'], // 繁体
    ['公開屬性：不予公開'],
    ['公\u200b开方式：依申请公开'], // zero-width space inside the label
    ['公开\u202e方式：依申请公开'], // bidi override inside the label
    ['公开方式：\u200d依申请公开'], // zero-width joiner inside the value
    ['公开方式：免予公开'],
    ['公开方式：内部'], // a value that is not 主动公开
    ['公开方式：'], // a marking with no value
    ['此件不予公开'], // GB/T 9704 form
    ['（此件依申请公开）'],
    ['公开方式：主动公开\n公开方式：依申请公开'], // a second marking after a 主动公开 line
    ['公开方式 | 依申请公开'], // label and value cells of a table row
  ])('%j', (marking) => {
    const message = refusal(withMarking(marking));
    expect(message).toMatch(/主动公开/);
    expect(message).toMatch(new RegExp(`line ${markingLine}|line ${markingLine + 1}`));
    expect(message).toContain('Fix:');
  });

  it('refuses a marking anywhere in the document, not only at its end', () => {
    const text = meizhou.replace('公开方式：主动公开', '').replace(/(梅市府办函〔2021〕\d+号)/, '$1\n公开属性：依申请公开');
    expect(refusal(text)).toMatch(/依申请公开/);
  });

  it.each([['公开方式：主动公开'], ['公开方式 ：主动公开'], ['【公开方式】主动公开'], ['公開方式：主動公開'], ['公开属性：主动公开'], ['（此件公开发布）']])(
    '%j is publishable, recorded as 主动公开 and not glued onto the last requirement',
    (marking) => {
      const result = importText(withMarking(marking));
      expect(result.entry.disclosure).toBe('主动公开');
      const last = [...walkPlan(result.entry)].at(-1)!.requirement;
      expect(`${last.text}${last.unitsRaw}`).not.toMatch(/公开方式|公開|公开属性|此件/);
    },
  );

  it('keeps ordinary prose about 公开方式 (the seeds say 科学合理确定公开方式) publishable', () => {
    for (const id of ['2022-leizhou', '2021-meizhou', '2018-jieyang', '2022-jiangmen-jgzx']) {
      expect(judgeDisclosure(findDisclosureMarkings(textLines(seed(id)))).refusal, id).toBeNull();
    }
    expect(judgeDisclosure(findDisclosureMarkings(textLines('严格执行公文公开属性审查。科学合理确定公开方式，避免风险。'))).markings).toEqual([]);
  });
});

describe('plan ids and URLs', () => {
  it.each([['../../../../tmp/x'], ['2022 leizhou'], ['2022-雷州'], ['2022-Leizhou'], ['a--b'], ['-a'], ['']])('refuses the id %j', (id) => {
    expect(() => importText(meizhou, id)).toThrow(/not allowed.*lower-case letters, digits and single hyphens/);
  });

  it.each([['javascript:alert(1)'], ['JavaScript:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['vbscript:msgbox(1)'], ['file:///etc/passwd'], [' https://a.gov.cn/'], ['https://a.gov.cn/"><script>']])(
    'refuses the source URL %j',
    (url) => {
      expect(httpUrl.safeParse(url).success).toBe(false);
      expect(() => importPlan(meizhou, { sourceFile: 'x.txt', importedOn: '2026-01-01', registry: units, sourceUrl: url })).toThrow(ImportError);
    },
  );

  it('accepts http and https URLs', () => {
    for (const url of ['https://www.meizhou.gov.cn/zwgk/a.html', 'http://www.meizhou.gov.cn/a?b=1#c']) expect(httpUrl.safeParse(url).success).toBe(true);
  });
});

describe('damaged input is reported with its line', () => {
  const warnings = (r: ImportResult, kind: string) => r.report.filter((i) => i.kind === kind && i.level === 'warning');

  it('removes a control character from the title and says where', () => {
    const text = meizhou.replace('梅州市人民政府办公室关于印发', '梅州市人民政府办公室关于\u0001印发');
    const result = importText(text);
    expect(result.entry.title).not.toContain('\u0001');
    const line = text.split('\n').findIndex((l) => l.includes('\u0001')) + 1;
    expect(warnings(result, 'text-damaged').map((w) => w.line)).toContain(line);
  });

  it('removes zero-width and bidi characters inside unit names, so they match the registry, and reports each line', () => {
    const text = meizhou.replace('市政府办公室牵头', '市政\u200b府办公室\u202e牵头');
    const clean = importText(meizhou);
    const result = importText(text);
    expect([...walkPlan(result.entry)].map((r) => r.requirement.units)).toEqual([...walkPlan(clean.entry)].map((r) => r.requirement.units));
    expect(warnings(result, 'text-damaged')[0]?.message).toMatch(/U\+200B.*U\+202E|invisible/);
  });

  it('reports U+FFFD (bytes that were not UTF-8) with its line', () => {
    const text = meizhou.replace('市政府办公室牵头', '市政\uFFFD办公室牵头');
    const line = text.split('\n').findIndex((l) => l.includes('\uFFFD')) + 1;
    expect(warnings(importText(text), 'text-damaged').map((w) => [w.line, /UTF-8/.test(w.message)])).toContainEqual([line, true]);
  });

  it.each([
    ['2018-jieyang', 24],
    ['2021-meizhou', 37],
  ])('warns that %s cut after requirement %i at a sentence end may be truncated', (id, keep) => {
    const text = seed(id);
    const full = [...walkPlan(importText(text, id).entry)];
    const next = full[keep]!.requirement.text.slice(0, 10);
    const cut = text.slice(0, text.lastIndexOf('\n', text.indexOf(next)));
    const result = importText(cut, id);
    expect([...walkPlan(result.entry)]).toHaveLength(keep);
    expect(warnings(result, 'truncated')).toHaveLength(1);
    // The whole document is not reported as truncated.
    expect(warnings(importText(text, id), 'truncated')).toEqual([]);
  });
});
