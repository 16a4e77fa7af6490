import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnitsCell } from '../../src/lib/units/parse';
import { normalizeUnitName } from '../../src/lib/units/names';

// Unit names and verbs from the four seed plans.
const names = ['市政府办公室', '市发展改革局', '市财政局', '市卫生健康局', '市政务服务数据管理局', '各镇（街）', '市直各单位', '各县（市、区）人民政府', '市有关单位', '办公室', '各科室'];
const known = (n: string) => names.includes(n);
const roleVerb = { lead: '牵头', responsible: '负责', participate: '配合' } as const;

describe('units parser (properties)', () => {
  it('never throws and only returns non-empty names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (cell) => {
        const { units } = parseUnitsCell(cell, known);
        for (const u of units) expect(u.name.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back a list built from names, separators and role verbs', () => {
    const clause = fc.record({
      units: fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }),
      role: fc.constantFrom('lead', 'responsible', 'participate'),
    });
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 3 }), fc.constantFrom('；', ';', ' ', '。'), (clauses, sep) => {
        // Units repeated across clauses keep their strongest role; keep the property simple by making them distinct.
        const seen = new Set<string>();
        const distinct = clauses.map((c) => ({ ...c, units: c.units.filter((u) => !seen.has(u) && (seen.add(u), true)) })).filter((c) => c.units.length > 0);
        const cell = distinct.map((c) => `${c.units.join('、')}${roleVerb[c.role]}`).join(sep);
        const got = parseUnitsCell(cell, known).units.map((u) => `${u.role}:${u.name}`);
        expect(got).toEqual(distinct.flatMap((c) => c.units.map((u) => `${c.role}:${u}`)));
      }),
      { numRuns: 300 },
    );
  });

  it('is indifferent to full- or half-width brackets and commas', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }), (list) => {
        const full = list.join('、');
        const half = full.replace(/（/g, '(').replace(/）/g, ')');
        expect(parseUnitsCell(half, known).units).toEqual(parseUnitsCell(full, known).units);
      }),
    );
  });

  it('keeps a name containing brackets whole, and normalises them', () => {
    const { units } = parseUnitsCell('各县(市、区)人民政府、重点领域相关单位(见附件2)负责', known);
    expect(units.map((u) => u.name)).toEqual(['各县（市、区）人民政府', '重点领域相关单位（见附件2）']);
    expect(normalizeUnitName('各镇(街)')).toBe('各镇（街）');
  });

  it('reads the mixed forms of the issue', () => {
    const a = parseUnitsCell('市政府办公室、市发展和改革局牵头，市直有关部门配合；各镇(街)参照落实', known).units;
    expect(a.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:市政府办公室', 'lead:市发展和改革局', 'participate:市直有关部门', 'participate:各镇（街）']);
    const b = parseUnitsCell('各县（市、区）人民政府；市直各单位。市发展改革局、财政局按照职责分工强化监管', known).units;
    expect(b.map((u) => `${u.role}:${u.name}`)).toEqual(['responsible:各县（市、区）人民政府', 'responsible:市直各单位', 'participate:市发展改革局', 'participate:市财政局']);
    const c = parseUnitsCell('市发展改革局、商务局、市场监管局牵头', () => false).units;
    expect(c.map((u) => u.name)).toEqual(['市发展改革局', '市商务局', '市市场监管局']);
    const d = parseUnitsCell('牵头单位：市财政局；责任单位：各镇（街）；配合单位：市直各单位', known).units;
    expect(d.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:市财政局', 'responsible:各镇（街）', 'participate:市直各单位']);
  });
});
