/**
 * assignments.csv is pivot-ready on its own, and a plan's printed order
 * survives sorting: what a journalist does with the bundled plans in a
 * spreadsheet, checked on the published bytes.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataSet, csvRecords } from './helpers';

const ds = bundledDataSet();
const assignments = csvRecords(ds.bytes('assignments.csv'));
const requirements = csvRecords(ds.bytes('requirements.csv'));

describe('assignments.csv needs no lookup to pivot', () => {
  it('keeps the 14 unit names shared by several cities apart by region', () => {
    const regionsByName = new Map<string, Set<string>>();
    for (const a of assignments) regionsByName.set(a['unit_name'] ?? '', (regionsByName.get(a['unit_name'] ?? '') ?? new Set()).add(a['region'] ?? ''));
    const shared = [...regionsByName].filter(([, regions]) => regions.size > 1).map(([name]) => name);
    expect(shared).toContain('市财政局');
    expect(shared).toContain('市政府办公室');
    expect(shared).toHaveLength(14);
    // One full name per unit id, and one unit id per full name.
    const idsByFullName = new Map<string, Set<string>>();
    for (const a of assignments) idsByFullName.set(a['unit_full_name'] ?? '', (idsByFullName.get(a['unit_full_name'] ?? '') ?? new Set()).add(a['unit_id'] ?? ''));
    for (const [fullName, ids] of idsByFullName) expect([...ids], fullName).toHaveLength(1);
    expect(new Set(assignments.map((a) => a['unit_full_name'])).size).toBe(new Set(assignments.map((a) => a['unit_id'])).size);
    const leizhouFinance = assignments.find((a) => a['unit_id'] === 'leizhou-shicaizhengju');
    expect(leizhouFinance?.['unit_full_name']).toBe('雷州市 市财政局');
  });

  it('flags the collective addressees, 市直各单位 on 67 of 430 rows', () => {
    expect(assignments).toHaveLength(430);
    const shizhi = assignments.filter((a) => a['unit_name'] === '市直各单位');
    expect(shizhi).toHaveLength(67);
    expect(new Set(shizhi.map((a) => a['collective']))).toEqual(new Set(['true']));
    for (const name of ['各镇（街）', '各县（市、区）人民政府', '各科室']) {
      expect(assignments.filter((a) => a['unit_name'] === name).every((a) => a['collective'] === 'true'), name).toBe(true);
    }
    expect(assignments.filter((a) => a['unit_id'] === 'leizhou-shicaizhengju').every((a) => a['collective'] === 'false')).toBe(true);
    // The flag is the registry's kind, one source; the kind itself is one join away, in units.csv.
    expect(assignments[0]).not.toHaveProperty('unit_kind');
    const kindOf = new Map(csvRecords(ds.bytes('units.csv')).map((u) => [u['unit_id'], u['kind']]));
    for (const a of assignments) expect(a['collective'], a['unit_id']).toBe(kindOf.get(a['unit_id']) === 'collective' ? 'true' : 'false');
  });

  it('carries the issuer, year, region, the requirement’s place, and its key into requirements.csv for the text and permalink', () => {
    const r1 = assignments.filter((a) => a['plan_id'] === '2022-leizhou' && a['requirement_id'] === 'r1');
    expect(r1.map((a) => a['unit_name'])).toEqual(['市政务服务数据管理局', '市司法局', '市直各单位']);
    for (const a of r1) {
      expect(a).toMatchObject({
        issuer: '雷州市人民政府办公室',
        year: '2022',
        region: '雷州市',
        section_position: '1',
        section_no: '一',
        task_position: '1',
        task_no: '一',
        requirement_position: '1',
        no: '1',
      });
      // The text and the permalink are not repeated for every unit (docs/data.md, "Slimmer at scale"): one join away.
      expect(a).not.toHaveProperty('text');
      expect(a).not.toHaveProperty('url');
      const requirement = requirements.find((r) => r['plan_id'] === a['plan_id'] && r['requirement_id'] === a['requirement_id']);
      expect(requirement?.['text']).toMatch(/^加快推进市政府行政规范性文件库建设。/);
      expect(requirement?.['url']).toBe('/plans/2022-leizhou/#r1');
    }
  });
});

describe('a plan’s printed order survives sorting', () => {
  it('numbers 梅州’s sections 十, 十一, 十二 as 10, 11, 12, which sort after 九 where the text does not', () => {
    const meizhou = requirements.filter((r) => r['plan_id'] === '2021-meizhou');
    const positionOf = new Map(meizhou.map((r) => [r['section_no'], Number(r['section_position'])]));
    expect([positionOf.get('九'), positionOf.get('十'), positionOf.get('十一'), positionOf.get('十二')]).toEqual([9, 10, 11, 12]);
    // As text (code-point order, as a spreadsheet without a Chinese-numeral rule sorts) the order is lost.
    const byText = [...positionOf.keys()].sort();
    const byNumber = [...positionOf.keys()].sort((a, b) => (positionOf.get(a) ?? 0) - (positionOf.get(b) ?? 0));
    expect(byNumber).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']);
    expect(byText).not.toEqual(byNumber);
  });

  it.each(['2018-jieyang', '2021-meizhou', '2022-jiangmen-jgzx', '2022-leizhou'])('restores %s from any shuffle by its positions', (planId) => {
    const rows = requirements.filter((r) => r['plan_id'] === planId);
    const shuffled = [...rows].reverse();
    const byPosition = (a: Record<string, string>, b: Record<string, string>) => Number(a['requirement_position']) - Number(b['requirement_position']);
    expect(shuffled.sort(byPosition).map((r) => r['requirement_id'])).toEqual(rows.map((r) => r['requirement_id']));
    expect(rows.map((r) => Number(r['requirement_position']))).toEqual(rows.map((_, i) => i + 1));
    // Sorting by section, task, then requirement position gives the same order.
    const nested = [...rows].reverse().sort(
      (a, b) =>
        Number(a['section_position']) - Number(b['section_position']) ||
        Number(a['task_position'] || 0) - Number(b['task_position'] || 0) ||
        byPosition(a, b),
    );
    expect(nested.map((r) => r['requirement_id'])).toEqual(rows.map((r) => r['requirement_id']));
  });
});
