// A requirement whose unit is not registered, or a successor that does not
// exist, must stop the build with a message that names the file, the
// requirement or unit, the id, and how to fix it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPublishStep } from '../support/site';
import { root } from './content';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the build refuses plans and registries that do not fit together', () => {
  it('names the plan file, requirement, unit id and fix; and the registry file for a missing successor', () => {
    const content = mkdtempSync(join(tmpdir(), 'fengong-units-content-'));
    const out = mkdtempSync(join(tmpdir(), 'fengong-units-out-'));
    dirs.push(content, out);
    cpSync(join(root, 'src/content/units'), join(content, 'units'), { recursive: true });
    cpSync(join(root, 'src/content/themes'), join(content, 'themes'), { recursive: true });
    cpSync(join(root, 'src/content/plans/2018-jieyang.md'), join(content, 'plans/2018-jieyang.md'));
    // t2-r1 is 市财政局牵头: point it at an id nobody registered.
    const plan = join(content, 'plans/2018-jieyang.md');
    const text = readFileSync(plan, 'utf8');
    const broken = text.replace('unit: jieyang-shicaizhengju', 'unit: jieyang-shicaizhengting');
    expect(broken).not.toBe(text);
    writeFileSync(plan, broken);
    // Drop 市卫生健康局, the successor of 市卫生计生局.
    const units = join(content, 'units/jieyang.yaml');
    const registry = readFileSync(units, 'utf8').replace(/- id: jieyang-shiweishengjiankangju\n(?: {2}.*\n(?: {2}- .*\n)*)+/, '');
    writeFileSync(units, registry);
    // The line of 市卫生计生局's successor field, which the message points to.
    const lines = registry.split('\n');
    const successorLine = lines.findIndex((l, i) => i > lines.indexOf('- id: jieyang-shiweishengjishengju') && l === '  successor: jieyang-shiweishengjiankangju') + 1;
    expect(successorLine).toBeGreaterThan(1);

    // The build's publish step, where `astro build` stops on a registry that does not fit (tests/build/ prove it stops there).
    const r = runPublishStep(out, { content });
    const output = r.log;
    expect(r.status).not.toBe(0);
    expect(output).toMatch(/plans\/2018-jieyang\.md: requirement t\d+-r\d+: names unit "市财政局" with id "jieyang-shicaizhengting", which is not in the unit registry/);
    expect(output).toMatch(/Fix: re-run the importer with --register .*units\/jieyang\.yaml/);
    expect(output).toContain(`units/jieyang.yaml:${successorLine}: unit jieyang-shiweishengjishengju: `);
    expect(output).toMatch(/units\/jieyang\.yaml:\d+: unit jieyang-shiweishengjishengju: unit "市卫生计生局" \(jieyang-shiweishengjishengju\) has successor "jieyang-shiweishengjiankangju", which is not in the unit registry/);
  });
});
