import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog';
import { assertRegistry, RegistryError, validateRegistry } from '../../src/lib/registry/validate';
import type { Unit } from '../../src/lib/schema/unit';
import { loadCatalog } from './content';

const catalog = loadCatalog();

/** A copy of the bundled content with one change, so each case shows exactly one problem. */
function withChange(change: (c: { plans: Catalog['plans']; units: Unit[]; themes: Catalog['themes'] }) => void) {
  const copy = structuredClone({ plans: catalog.plans.map((p) => ({ id: p.id, data: p.data })), units: catalog.units, themes: catalog.themes });
  change(copy);
  return copy;
}
const leizhou = (c: { plans: Catalog['plans'] }) => c.plans.find((p) => p.id === '2022-leizhou')!.data;
const firstRequirement = (c: { plans: Catalog['plans'] }) => leizhou(c).sections[0]!.tasks[0]!.requirements[0]!;

describe('validateRegistry on the bundled content', () => {
  it('finds no problem: every unit a requirement names is registered, every successor exists', () => {
    expect(validateRegistry(catalog)).toEqual([]);
    expect(() => assertRegistry(catalog)).not.toThrow();
  });
});

describe('validateRegistry reports content that does not fit together', () => {
  it.each([
    {
      // a requirement names a unit id the registry lacks
      name: 'unregistered unit',
      change: (c: Parameters<Parameters<typeof withChange>[0]>[0]) => {
        firstRequirement(c).units[0]!.unit = 'leizhou-shibucunzaiju';
        firstRequirement(c).units[0]!.name = '市不存在局';
      },
      file: 'src/content/plans/2022-leizhou.md',
      where: 'requirement r1',
      message: /"市不存在局" with id "leizhou-shibucunzaiju", which is not in the unit registry/,
      fix: /src\/content\/units\/leizhou\.yaml/,
    },
    {
      // 揭阳 2018: 市卫生计生局's successor removed from the registry
      name: 'missing successor',
      change: (c: Parameters<Parameters<typeof withChange>[0]>[0]) => {
        c.units = c.units.filter((u) => u.id !== 'jieyang-shiweishengjiankangju');
      },
      file: 'src/content/units/jieyang.yaml',
      where: 'unit jieyang-shiweishengjishengju',
      message: /successor "jieyang-shiweishengjiankangju", which is not in the unit registry/,
      fix: /add the successor unit/,
    },
    {
      // a reform that runs backwards makes an endless history
      name: 'successor loop',
      change: (c: Parameters<Parameters<typeof withChange>[0]>[0]) => {
        c.units.find((u) => u.id === 'jieyang-shiweishengjiankangju')!.successor = 'jieyang-shiweishengjishengju';
      },
      file: 'src/content/units/jieyang.yaml',
      where: 'unit jieyang-shiweishengjishengju',
      message: /jieyang-shiweishengjishengju → jieyang-shiweishengjiankangju → jieyang-shiweishengjishengju/,
      fix: /runs one way/,
    },
    {
      // a hand-set theme that is not in the vocabulary
      name: 'unknown theme override',
      change: (c: Parameters<Parameters<typeof withChange>[0]>[0]) => {
        firstRequirement(c).themes = ['bu-cunzai'];
      },
      file: 'src/content/plans/2022-leizhou.md',
      where: 'requirement r1',
      message: /theme "bu-cunzai", which is not in the theme vocabulary/,
      fix: /themes\.yaml/,
    },
    {
      // a 雷州 plan pointing at a 梅州 unit
      name: 'unit of another region',
      change: (c: Parameters<Parameters<typeof withChange>[0]>[0]) => {
        firstRequirement(c).units[0]!.unit = 'meizhou-shicaizhengju';
      },
      file: 'src/content/plans/2022-leizhou.md',
      where: 'requirement r1',
      message: /of 梅州市, but the plan is for 雷州市/,
      fix: /leizhou\.yaml/,
    },
  ])('$name', ({ change, file, where, message, fix }) => {
    const problems = validateRegistry(withChange(change));
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p!.file).toBe(file);
    expect(p!.field).toBe(where);
    expect(p!.message).toMatch(message);
    expect(p!.fix).toMatch(fix);
  });

  it('assertRegistry throws one error naming the file, the requirement, the unit id and the fix', () => {
    const broken = withChange((c) => {
      firstRequirement(c).units[0]!.unit = 'leizhou-shibucunzaiju';
    });
    expect(() => assertRegistry(broken)).toThrow(RegistryError);
    expect(() => assertRegistry(broken)).toThrow(/src\/content\/plans\/2022-leizhou\.md: requirement r1: .*leizhou-shibucunzaiju.*\. Fix: re-run the importer with --register .* to src\/content\/units\/leizhou\.yaml/);
  });
});
