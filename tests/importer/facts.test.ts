import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsx } from '../support/site';

// A real page that starts at the table, with no title, notice or date (池州市
// 信访局's task list, tests/importer/corpus): the structure is read anyway,
// every missing fact is named with its flag, and the flags make an entry.
const file = join(import.meta.dirname, 'corpus', 'pa-anhui-chizhou-xfj.txt');
const run = (...args: string[]) => spawnSync(...tsx('scripts/import.ts', file, ...args), { encoding: 'utf8' });

describe('missing facts never block the structure', () => {
  it('--json prints the plan found, with the missing facts null and named in the report', () => {
    const r = run('--json');
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout) as { title: string | null; year: number | null; issuer: string | null; region: { name: string | null }; sections: Array<{ tasks: Array<{ title: string; requirements: Array<{ text: string; unitsRaw: string }> }> }> };
    expect([plan.title, plan.year, plan.issuer, plan.region.name]).toEqual([null, null, null, null]);
    const tasks = plan.sections.flatMap((s) => s.tasks);
    expect(tasks[0]!.title).toBe('强化行政规范性文件集中规范公开');
    expect(tasks[0]!.requirements[0]!.text).toMatch(/^对行政规范性文件进行全面清理/);
    expect(tasks[0]!.requirements[0]!.unitsRaw).toBe('办公室');
    for (const flag of ['--title', '--year', '--region', '--issuer', '--doc-number', '--issued-on', '--published-on']) expect(r.stderr).toContain(flag);
  });

  it('writing an entry without them fails, naming each flag, and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'fengong-facts-'));
    const r = run('--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not give title, year, region, issuer\. Give them on the command line: --title … --year … --region … --issuer …/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('the flags supply them, and bad values are refused with the flag named', () => {
    const out = mkdtempSync(join(tmpdir(), 'fengong-facts-'));
    const bad = run('--out', out, '--year', '23');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--year 23: expected a four-digit year/);
    const r = run('--out', out, '--title', '池州市信访局2023年政务公开重点工作任务清单', '--issuer', '池州市信访局', '--year', '2023', '--region', '池州市', '--published-on', '2023-05-10', '--id', '2023-chizhou-xfj');
    expect(r.status).toBe(0);
    const entry = readFileSync(join(out, '2023-chizhou-xfj.md'), 'utf8');
    expect(entry).toMatch(/^title: 池州市信访局2023年政务公开重点工作任务清单$/m);
    expect(entry).toMatch(/^year: 2023$/m);
    expect(entry).toMatch(/^publishedOn: "2023-05-10"$/m);
    expect(existsSync(join(out, '2023-chizhou-xfj.md'))).toBe(true);
  });

  it('the 政府信息公开目录 fields can be given too, and a wrong 有效性 is refused', () => {
    const out = mkdtempSync(join(tmpdir(), 'fengong-facts-'));
    const facts = ['--title', '池州市信访局2023年政务公开重点工作任务清单', '--issuer', '池州市信访局', '--year', '2023', '--region', '池州市', '--id', '2023-chizhou-xfj'];
    const bad = run('--out', out, ...facts, '--validity', '失效');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--validity 失效: expected one of 有效, 已修改, 已废止, 已失效/);
    expect(readdirSync(out)).toEqual([]);
    const r = run('--out', out, ...facts, '--index-no', '11341700003149526P/2023-00012', '--subject-category', '综合政务\\政务公开', '--publisher', '池州市信访局', '--subject-terms', '政务公开，信访', '--validity', '已废止');
    expect(r.status).toBe(0);
    const entry = readFileSync(join(out, '2023-chizhou-xfj.md'), 'utf8');
    expect(entry).toMatch(/^validity: 已废止$/m);
    expect(entry).toMatch(/^indexNo: 11341700003149526P\/2023-00012$/m);
    expect(entry).toMatch(/^subjectCategory: 综合政务\\政务公开$/m);
    expect(entry).toMatch(/^publisher: 池州市信访局$/m);
    expect(entry).toMatch(/^subjectTerms:\n {2}- 政务公开\n {2}- 信访$/m);
  });
});
