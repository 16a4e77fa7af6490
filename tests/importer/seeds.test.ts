// What the four real plans say, as a careful reader of each document would
// record it. These assertions are the foundation's contract: the importer may
// change, these facts may not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkPlan } from '../../src/lib/catalog';
import { planEntryFile } from '../../src/lib/importer/entry-file';
import type { PlanEntry, Role } from '../../src/lib/schema/plan';
import { importSeed, root, seedIds, type SeedId } from '../support/seeds';

const plans = Object.fromEntries(seedIds.map((id) => [id, importSeed(id)])) as Record<SeedId, ReturnType<typeof importSeed>>;
const reqs = (id: SeedId) => [...walkPlan(plans[id].entry)];
const req = (id: SeedId, rid: string) => {
  const found = reqs(id).find((r) => r.requirement.id === rid);
  if (!found) throw new Error(`${id} has no requirement ${rid}`);
  return found;
};
const roles = (id: SeedId, rid: string): Record<string, Role> =>
  Object.fromEntries(req(id, rid).requirement.units.map((u) => [u.name, u.role]));

describe.each([
  // [plan, requirements, sections, first id, last id]
  ['2022-leizhou', 54, 5, 'r1', 'r54'],
  ['2021-meizhou', 46, 12, 'r1', 'r46'],
  ['2018-jieyang', 37, 4, 't1-r1', 't13'],
  ['2022-jiangmen-jgzx', 30, 5, 'r1', 'r30'],
] as const)('%s', (id, count, sections, first, last) => {
  it(`has every requirement once, in order (${count})`, () => {
    const list = reqs(id);
    expect(list).toHaveLength(count);
    expect(new Set(list.map((r) => r.requirement.id)).size).toBe(count);
    expect(list[0]!.requirement.id).toBe(first);
    expect(list.at(-1)!.requirement.id).toBe(last);
  });
  it(`has ${sections} sections`, () => expect(plans[id].entry.sections).toHaveLength(sections));
  it('gives every requirement at least one unit, each registered', () => {
    for (const r of reqs(id)) {
      expect(r.requirement.units.length, r.requirement.id).toBeGreaterThan(0);
      expect(r.requirement.unitsRaw, r.requirement.id).not.toBeNull();
    }
    expect(plans[id].proposals).toEqual([]);
  });
  it('re-imports to exactly the committed entry', () => {
    const committed = readFileSync(join(root, 'src/content/plans', `${id}.md`), 'utf8');
    expect(planEntryFile(plans[id].entry, plans[id].notice)).toBe(committed);
  });
  it('numbers requirements as printed', () => {
    for (const r of reqs(id)) if (r.requirement.no !== null) expect(r.requirement.id).toMatch(new RegExp(`r${r.requirement.no}$`));
  });
});

describe('metadata', () => {
  it.each([
    ['2022-leizhou', '雷州市人民政府办公室', '雷府办函〔2022〕316号', '2022-11-16', 2022, '雷州市', '440882', '主动公开'],
    ['2021-meizhou', '梅州市人民政府办公室', '梅市府办函〔2021〕159号', '2021-07-13', 2021, '梅州市', '441400', '主动公开'],
    ['2018-jieyang', '揭阳市人民政府办公室', null, '2018-06-29', 2018, '揭阳市', '445200', null], // printed 2018629: the only date it can be
    ['2022-jiangmen-jgzx', '江门市政府投资工程建设管理中心', '江建管〔2022〕39号', '2022-11-23', 2022, '江门市', '440700', '主动公开'],
  ] as const)('%s: %s %s %s', (id, issuer, docNumber, issuedOn, year, region, code, disclosure) => {
    const e: PlanEntry = plans[id].entry;
    expect(e.issuer).toBe(issuer);
    expect(e.docNumber).toBe(docNumber);
    expect(e.issuedOn).toBe(issuedOn);
    expect(e.year).toBe(year);
    expect(e.region).toEqual({ name: region, code });
    expect(e.disclosure).toBe(disclosure);
  });
  it('reads titles, including one wrapped over three lines (梅州)', () => {
    expect(plans['2021-meizhou'].entry.title).toBe('梅州市人民政府办公室关于印发梅州市2021年政务公开工作要点分工方案的通知');
    expect(plans['2018-jieyang'].entry.title).toBe('揭阳市人民政府办公室印发揭阳市2018年政务公开工作要点分工方案的通知');
  });
  it('reads upstream documents from the notice, not the plan’s own number', () => {
    expect(plans['2018-jieyang'].entry.upstream).toEqual(['粤府办〔2018〕19号']);
    expect(plans['2022-jiangmen-jgzx'].entry.upstream).toEqual(['江府办函〔2022〕7号']);
    expect(plans['2022-leizhou'].entry.upstream).toEqual([]);
  });
  it('reads 主送 and 抄送, keeping lists nested inside names whole', () => {
    expect(plans['2018-jieyang'].entry.recipients).toEqual(['各县(市、区)人民政府(管委会)', '市直及中央、省驻揭有关单位']);
    expect(plans['2022-leizhou'].entry.cc).toEqual(['市委有关部委办', '市人大常委会办公室', '市政协办公室', '市纪委监委办公室', '中央、省、湛江市驻雷有关单位']);
    expect(plans['2021-meizhou'].entry.cc).toEqual(['市委各单位', '市人大办', '市政协办', '市纪委办', '梅州军分区', '市法院', '市检察院']);
  });
  it('reports 揭阳’s damaged date line and missing 发文字号 instead of inventing them', () => {
    const report = plans['2018-jieyang'].report;
    expect(report.find((i) => i.kind === 'metadata-damaged')?.message).toContain('2018629');
    expect(report.find((i) => i.kind === 'metadata-damaged')?.line).toBe(24);
    expect(report.some((i) => i.kind === 'metadata-missing' && i.message.includes('发文字号'))).toBe(true);
    expect(plans['2018-jieyang'].entry.publishedOn).toBe('2018-07-05');
  });
  it('keeps the notice text as the body', () => {
    expect(plans['2022-leizhou'].notice).toMatch(/^经市人民政府同意/);
    expect(plans['2022-jiangmen-jgzx'].notice).not.toContain('此页无正文');
  });
});

describe('text split across page breaks is joined', () => {
  const sectionTitles = (id: SeedId) => plans[id].entry.sections.map((s) => s.title);
  it('江门 section 二 joins the title cut by a page break', () => {
    expect(sectionTitles('2022-jiangmen-jgzx')[1]).toBe('围绕服务中心工作、助力经济社会平稳健康发展深化重点领域信息公开');
    expect(plans['2022-jiangmen-jgzx'].entry.sections[1]!.tasks[1]!.title).toBe('围绕扩大有效投资、推动国家重大发展战略落地落实加强信息公开');
  });
  it('江门 requirement texts cut mid-sentence are whole', () => {
    expect(req('2022-jiangmen-jgzx', 'r5').requirement.text).toContain('战略性新兴产业集群建设');
    expect(req('2022-jiangmen-jgzx', 'r21').requirement.text).toMatch(/已废止文件的明确标识。$/);
    expect(req('2022-jiangmen-jgzx', 'r27').requirement.text).toContain('《政务公开工作交流》');
  });
  it('江门 headings repeated at page tops are not duplicated', () => {
    expect(sectionTitles('2022-jiangmen-jgzx')).toEqual([
      '优化政务公开工作基础',
      '围绕服务中心工作、助力经济社会平稳健康发展深化重点领域信息公开',
      '推动重大政策解读提质增效，优化政策咨询服务',
      '优化政务公开平台建设',
      '坚持全市一盘棋，强化工作指导监督',
    ]);
    expect(plans['2022-jiangmen-jgzx'].entry.sections[2]!.tasks.map((t) => t.no)).toEqual(['一', '二', '三']);
  });
  it('雷州 section 四 and its task, split across pages, read whole', () => {
    const s4 = plans['2022-leizhou'].entry.sections[3]!;
    expect(s4.title).toBe('优化政务公开平台建设');
    expect(s4.tasks[0]!.title).toBe('提升政府网站、政务新媒体运维管理水平');
    expect(s4.tasks[0]!.requirements.map((r) => r.id)).toEqual(['r33', 'r34', 'r35', 'r36', 'r37', 'r38']);
  });
  it('梅州’s section heading repeated as 11、 and 十一、 is one section', () => {
    const s = plans['2021-meizhou'].entry.sections;
    expect(s.map((x) => x.no)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']);
    expect(s[10]!.requirements.map((r) => r.no)).toEqual([32, 33, 34, 35, 36, 37, 38]);
  });
  it('揭阳 has tasks numbered through the plan and items restarting in each', () => {
    const tasks = plans['2018-jieyang'].entry.sections.flatMap((s) => s.tasks);
    expect(tasks).toHaveLength(13);
    expect(tasks.map((t) => t.requirements.length)).toEqual([5, 6, 5, 3, 4, 3, 3, 3, 1, 1, 1, 1, 1]);
    expect(tasks[8]!.requirements[0]).toMatchObject({ id: 't9', no: null });
  });
});

describe('units with roles', () => {
  it('雷州 33–37: one units cell split across a page break applies to all five', () => {
    for (const rid of ['r33', 'r34', 'r35', 'r36', 'r37']) {
      expect(req('2022-leizhou', rid).requirement.unitsRaw).toBe('各镇(街); 市政府办公室、市政务服务数据管理局牵头,市直各单位按职责分工落实');
      expect(roles('2022-leizhou', rid)).toEqual({ '各镇（街）': 'responsible', 市政府办公室: 'lead', 市政务服务数据管理局: 'lead', 市直各单位: 'participate' });
    }
    expect(roles('2022-leizhou', 'r38')).toEqual({ '各镇（街）': 'responsible', 市政府办公室: 'responsible' });
  });
  it('雷州 merged cells: items with an empty units cell take the cell above', () => {
    expect(roles('2022-leizhou', 'r6')).toEqual(roles('2022-leizhou', 'r5'));
    expect(roles('2022-leizhou', 'r28')).toEqual({ '各镇（街）': 'responsible', 市直各单位: 'responsible' });
    expect(roles('2022-leizhou', 'r54')).toEqual(roles('2022-leizhou', 'r45'));
  });
  it('雷州 24: aliases and abbreviations resolve to registered full names', () => {
    expect(roles('2022-leizhou', 'r24')).toEqual({
      市教育局: 'lead',
      湛江市生态环境局雷州分局: 'lead',
      市住房城乡建设局: 'lead',
      市交通运输局: 'lead',
      市卫生健康局: 'lead',
      '各镇（街）': 'participate',
      市直各单位: 'participate',
    });
    // 市卫健委 (r24) and 市卫生健康局 (r22) are one unit.
    expect(req('2022-leizhou', 'r24').requirement.units.find((u) => u.name === '市卫生健康局')?.unit).toBe(
      req('2022-leizhou', 'r22').requirement.units.find((u) => u.name === '市卫生健康局')?.unit,
    );
  });
  it('雷州 43–44: the ambiguous shared cell is flagged, kept as written, and the human decision recorded', () => {
    const r43 = req('2022-leizhou', 'r43').requirement;
    const r44 = req('2022-leizhou', 'r44').requirement;
    expect(r43.unitsRaw).toBe('市政府办公室、市政务服务数据管理局 各镇（街）；市自然资源局牵头，市直各单位按职责分工落实');
    expect(r44.unitsRaw).toBe(r43.unitsRaw);
    expect(roles('2022-leizhou', 'r43')).toEqual({ 市政府办公室: 'responsible', 市政务服务数据管理局: 'responsible' });
    expect(roles('2022-leizhou', 'r44')).toEqual({ '各镇（街）': 'responsible', 市自然资源局: 'lead', 市直各单位: 'participate' });
    expect(r43.review?.decision).toContain('政府公报');
    expect(plans['2022-leizhou'].report.some((i) => i.kind === 'shared-cell' && i.message.includes('43、44'))).toBe(true);
  });
  it('梅州: 市发展改革局、商务局、市场监管局牵头 expands each abbreviation', () => {
    expect(roles('2021-meizhou', 'r3')).toEqual({
      '各县（市、区）人民政府': 'responsible',
      市发展改革局: 'lead',
      市商务局: 'lead',
      市市场监管局: 'lead',
      市直其他单位: 'participate',
    });
    expect(roles('2021-meizhou', 'r5')).toEqual(roles('2021-meizhou', 'r3'));
  });
  it('梅州 34: a units cell with two sentences', () => {
    expect(roles('2021-meizhou', 'r34')).toEqual({
      '各县（市、区）人民政府': 'responsible',
      市直各单位: 'responsible',
      市发展改革局: 'participate',
      市财政局: 'participate',
      市审计局: 'participate',
      市市场监管局: 'participate',
    });
  });
  it('梅州 30: sixteen departments each 按照职责分工落实 with nobody leading are responsible', () => {
    const r = roles('2021-meizhou', 'r30');
    expect(Object.keys(r)).toHaveLength(16);
    expect(new Set(Object.values(r))).toEqual(new Set(['responsible']));
    expect(r['市医疗保障局']).toBe('responsible');
  });
  it('揭阳: 牵头 then a list ending in 负责; 分别负责; merged cells', () => {
    expect(roles('2018-jieyang', 't1-r3')).toEqual({ 市编办: 'lead', 市电子政务办: 'responsible', 市有关单位: 'responsible', '各县（市、区）人民政府（管委会）': 'responsible' });
    expect(roles('2018-jieyang', 't2-r5')).toEqual({ 市扶贫办: 'responsible', 市民政局: 'responsible', 市食品药品监管局: 'responsible', 市环境保护局: 'responsible' });
    expect(roles('2018-jieyang', 't2-r6')).toMatchObject({ '重点领域相关单位（见附件2）': 'responsible' });
    expect(roles('2018-jieyang', 't6-r3')).toEqual(roles('2018-jieyang', 't6-r1'));
    expect(roles('2018-jieyang', 't8-r3')).toEqual({ 市电子政务办: 'responsible' });
  });
  it('揭阳: 市有关单位(见附件1,下同) and later 市有关单位 are one unit', () => {
    const id1 = req('2018-jieyang', 't1-r1').requirement.units.find((u) => u.name === '市有关单位')?.unit;
    expect(id1).toBeDefined();
    expect(req('2018-jieyang', 't1-r2').requirement.units.find((u) => u.name === '市有关单位')?.unit).toBe(id1);
  });
  it('江门: internal offices 牵头 / 协办', () => {
    expect(roles('2022-jiangmen-jgzx', 'r1')).toEqual({ 办公室: 'lead', 各科室: 'participate' });
    expect(roles('2022-jiangmen-jgzx', 'r7')).toEqual({ 各科室: 'responsible' });
  });
});
