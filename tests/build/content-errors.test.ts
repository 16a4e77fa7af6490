// A plan whose frontmatter is wrong, or which is not 主动公开, must stop the
// build with a message naming the file, the field and what was expected.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planEntrySchema } from '../../src/lib/schema/plan';
import { root } from '../support/seeds';
import { buildTimeout, runBuild, runPublishStep } from '../support/site';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A content folder with the bundled units and themes and one plan, edited. */
function contentWith(edit: (plan: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-content-'));
  dirs.push(dir);
  cpSync(join(root, 'src/content/units'), join(dir, 'units'), { recursive: true });
  cpSync(join(root, 'src/content/themes'), join(dir, 'themes'), { recursive: true });
  cpSync(join(root, 'src/content/plans/2022-jiangmen-jgzx.md'), join(dir, 'plans/2022-jiangmen-jgzx.md'), { recursive: true });
  const file = join(dir, 'plans/2022-jiangmen-jgzx.md');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

function build(content: string) {
  const out = mkdtempSync(join(tmpdir(), 'fengong-out-'));
  dirs.push(out);
  // Without the build lock: each case stops at the publish step, before Astro writes anything
  // (tests/support/site.ts); the test asserts it stopped there.
  const r = runBuild(out, { content, astroOnly: true, locked: false });
  return { status: r.status, output: r.log };
}

/** The build's first step alone, where `astro build` stops on a refused plan (tests/support/site.ts). */
function publishStep(content: string) {
  const out = mkdtempSync(join(tmpdir(), 'fengong-out-'));
  dirs.push(out);
  const r = runPublishStep(out, { content });
  return { status: r.status, output: r.log };
}

describe('the build refuses bad plans', () => {
  it('names the file, the field and the expected type for wrong frontmatter', () => {
    // The build stops at its publish step (the real build below proves it stops there).
    const { status, output } = publishStep(contentWith((p) => p.replace('year: 2022', 'year: 二〇二二')));
    expect(status).not.toBe(0);
    expect(output).toContain('2022-jiangmen-jgzx');
    expect(output).toMatch(/year/);
    expect(output).toMatch(/number/i);
  });

  it('refuses a plan marked 依申请公开, saying why (a real astro build)', () => {
    const { status, output } = build(contentWith((p) => p.replace('disclosure: 主动公开', 'disclosure: 依申请公开')));
    expect(status).not.toBe(0);
    expect(output).toContain('2022-jiangmen-jgzx');
    expect(output).toContain('disclosure');
    expect(output).toContain('must not be published');
    // It stops at its publish step, before rendering any page.
    expect(output).toMatch(/write-data-and-search\.ts failed/);
  }, buildTimeout);
});

describe('planEntrySchema', () => {
  const plan = () => structuredClone(readPlan());
  it.each([
    ['依申请公开', false],
    ['不予公开', false],
    ['主动公开', true],
    [null, true],
  ] as const)('disclosure %s publishable: %s', (disclosure, ok) => {
    const p = plan();
    p.disclosure = disclosure;
    expect(planEntrySchema.safeParse(p).success).toBe(ok);
  });
  it('rejects a requirement id used twice, naming where', () => {
    const p = plan();
    const reqs = (p.sections[0].tasks[0].requirements as Array<{ id: string }>);
    p.sections[0].tasks[1].requirements[0].id = reqs[0]!.id;
    const r = planEntrySchema.safeParse(p);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('used twice');
  });
  it('rejects an impossible date', () => {
    const p = plan();
    p.issuedOn = '2022-02-30';
    expect(planEntrySchema.safeParse(p).success).toBe(false);
  });
});

/** The 江门 entry's frontmatter as a plain object, to be broken on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edited freely into invalid shapes
function readPlan(): any {
  const text = readFileSync(join(root, 'src/content/plans/2022-jiangmen-jgzx.md'), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
}
