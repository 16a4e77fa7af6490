/**
 * `npm run check`: every content and configuration problem in one run, each
 * with file, line and field; the bundled content passes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatContentProblem } from '../../src/lib/check/content';
import { buildEnv, ROOT } from '../support/site';

/**
 * A project with several independent mistakes, made from the real Leizhou
 * plan and registry so that everything else in them is valid.
 */
function brokenProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'fengong-check-'));
  const content = join(root, 'src', 'content');
  mkdirSync(join(content, 'plans'), { recursive: true });
  cpSync(join(ROOT, 'src/content/units'), join(content, 'units'), { recursive: true });
  cpSync(join(ROOT, 'src/content/themes'), join(content, 'themes'), { recursive: true });
  mkdirSync(join(root, 'public', 'sources'), { recursive: true });
  // The original document is there, but not the one that was imported.
  writeFileSync(join(root, 'public/sources/2022-leizhou.txt'), 'not the original\n');

  const plan = readFileSync(join(ROOT, 'src/content/plans/2022-leizhou.md'), 'utf8')
    .replace(/^title: .*\n/m, '') // line 2: required field removed
    .replace(/^year: 2022$/m, 'year: 二〇二二'); // now line 6: a year in Chinese numerals
  writeFileSync(join(content, 'plans/2022-leizhou.md'), plan);
  // A valid plan except for a unit the registry does not know.
  const other = readFileSync(join(ROOT, 'src/content/plans/2022-leizhou.md'), 'utf8').replace('unit: leizhou-shisifaju', 'unit: leizhou-nosuchunit');
  writeFileSync(join(content, 'plans/2022-leizhou-copy.md'), other);
  writeFileSync(join(content, 'plans/2022-other.md'), '---\ntitle: [unclosed\n---\n');
  writeFileSync(join(content, 'units/extra.yaml'), '- id: extra-unit\n  name: 市某局\n  region: 雷州市\n  kind: bureau\n');
  writeFileSync(join(root, 'fengong.config.yaml'), 'siteIdCode: "123"\n');
  return root;
}

describe('npm run check on content with many mistakes', () => {
  const root = brokenProject();
  const { problems } = checkContent({ root, contentDir: 'src/content', env: {} });
  const lines = problems.map(formatContentProblem);

  // Each case: a mistake planted in brokenProject() and how it must be reported.
  it.each([
    { mistake: 'missing title', file: 'src/content/plans/2022-leizhou.md', field: 'title', text: 'expected string' },
    { mistake: 'year in Chinese numerals', file: 'src/content/plans/2022-leizhou.md', line: 6, field: 'year', text: 'expected number' },
    { mistake: 'unregistered unit id', file: 'src/content/plans/2022-leizhou-copy.md', field: 'requirement r1', text: 'leizhou-nosuchunit' },
    { mistake: 'original document changed', file: 'src/content/plans/2022-leizhou.md', field: 'source.sha256', text: 'has SHA-256' },
    { mistake: 'broken frontmatter YAML', file: 'src/content/plans/2022-other.md', line: 2, text: 'not valid YAML' },
    { mistake: 'unknown unit kind', file: 'src/content/units/extra.yaml', line: 4, field: '0.kind', text: 'department' },
    { mistake: 'bad 网站标识码', file: 'fengong.config.yaml', line: 1, field: 'siteIdCode (网站标识码)', text: '10-character' },
  ])('reports the $mistake with file, line and field', ({ file, line, field, text }) => {
    const match = problems.find((p) => p.file === file && (field === undefined || p.field === field) && `${p.message} ${p.field}`.includes(text));
    expect(match, `expected a problem in ${file} mentioning "${text}", got:\n${lines.join('\n')}`).toBeDefined();
    if (line !== undefined) expect(match?.line).toBe(line);
  });

  it('exits 1 from the command line and prints every problem, one per line', () => {
    const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const run = spawnSync(process.execPath, [tsx, join(ROOT, 'scripts/check.ts')], { cwd: root, env: buildEnv(), encoding: 'utf8' });
    expect(run.status).toBe(1);
    for (const l of lines) expect(run.stderr).toContain(l);
    expect(run.stderr).toMatch(new RegExp(`check: ${problems.length} problem\\(s\\)`));
  }, 60_000);
});

describe('the bundled content and configuration', () => {
  it('pass npm run check', () => {
    const { problems, counts } = checkContent({ root: ROOT, env: {} });
    expect(problems.map(formatContentProblem)).toEqual([]);
    expect(counts.plans).toBeGreaterThanOrEqual(4);
  });
});
