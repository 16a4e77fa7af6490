import { describe, expect, it } from 'vitest';
import { parseUnitsCell, requirementItems } from '../../bench/synth/extract';

describe('parseUnitsCell', () => {
  it.each([
    // 雷州 2022: two departments lead, the collective of the city's units takes part.
    ['市政务服务数据管理局、市司法局牵头，市直各单位按职责分工落实', '{D}、{D}牵头，{L}直各单位按职责分工落实', ['政务服务数据管理局', '司法局']],
    // 梅州 2021: subordinate governments first, abbreviations without 市 (市场监管局 keeps its 市场).
    ['各县（市、区）人民政府；市发展改革局、商务局、市场监管局牵头，市直其他单位按职责分工落实', '{S}；{D}、{D}、{D}牵头，{L}直其他单位按职责分工落实', ['发展改革局', '商务局', '市场监管局']],
    // 揭阳 2018: half-width punctuation and an attachment cross-reference.
    ['市政府办公室、市有关单位(见附件1,下同),各县(市、区)人民政府(管委会)负责', '{D}、{L}有关单位,{S}负责', ['政府办公室']],
    // 江门建管中心 2022: a department's own offices.
    ['办公室牵头，各科室协办', '{O}牵头，各科室协办', []],
  ])('%s', (cell, pattern, departments) => {
    expect(parseUnitsCell(cell)).toMatchObject({ pattern, departments });
  });

  it.each([['牵头落实单位'], ['1. 规范编制发布政府信息公开工作年度报告。'], ['经市人民政府同意，现将方案印发给你们。']])('rejects %s', (cell) => {
    expect(parseUnitsCell(cell)).toBeNull();
  });
});

describe('requirementItems', () => {
  it('splits numbered items of one cell and drops a fragment cut by a page break', () => {
    expect(requirementItems('10. 严格执行疫情防控信息发布各项制度。 11. 积极发挥广东数字政府“粤系列”平台优势，提供防疫大数据支撑。 12. 加强疫情防控信息发布工作协调，强化')).toEqual([
      '严格执行疫情防控信息发布各项制度。',
      '积极发挥广东数字政府“粤系列”平台优势，提供防疫大数据支撑。',
    ]);
  });
});
