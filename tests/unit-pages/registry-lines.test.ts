// A mistake in a unit registry file or the theme vocabulary is reported as
// file:line, what is wrong and how to fix it (the one formatter,
// src/lib/model/problem.ts), by `npm run check` and by the build alike:
// a copy of the bundled content with one broken field of a real entry.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/content';
import { ContentError, loadContent } from '../../src/lib/content/load';
import { formatProblem } from '../../src/lib/model/problem';
import { spawnSync } from 'node:child_process';
import { buildEnv, runPublishStep, tsxArgs } from '../support/site';
import { root } from './content';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * The bundled content with one file changed by `edit`; returns the folder and
 * the 1-based line of the first line of the changed file that `marker` matches.
 */
function contentWith(file: string, edit: (text: string) => string, marker: string): { content: string; line: number } {
  const content = mkdtempSync(join(tmpdir(), 'fengong-registry-lines-'));
  dirs.push(content);
  for (const part of ['plans', 'units', 'themes']) cpSync(join(root, 'src/content', part), join(content, part), { recursive: true });
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  const line = after.split('\n').findIndex((l) => l.includes(marker)) + 1;
  expect(line).toBeGreaterThan(0);
  return { content, line };
}

/** The build's reading of a content folder, as the message it stops with. */
function buildMessage(content: string): string {
  try {
    loadContent(content);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('loadContent accepted broken content');
}

describe('a broken field of a real unit entry (雷州 市司法局, kind: 部门)', () => {
  // leizhou-shisifaju is the second entry of units/leizhou.yaml.
  const { content, line } = contentWith('units/leizhou.yaml', (t) => t.replace(/(- id: leizhou-shisifaju\n(?: {2}.*\n)*? {2}kind: )department/, '$1部门'), 'kind: 部门');

  it('npm run check names the file, the line, the field, what is wrong and the kinds to choose from', () => {
    const { problems } = checkContent({ root, contentDir: content });
    const [p, ...rest] = problems;
    // Then only the plan's references to the unit it could not register.
    expect(rest.map((r) => r.message)).toEqual(rest.map(() => 'names unit "市司法局" with id "leizhou-shisifaju", which is not in the unit registry'));
    expect(p?.file).toMatch(/units\/leizhou\.yaml$/);
    expect(p?.line).toBe(line);
    expect(p?.field).toBe('1.kind');
    expect(p?.message).toMatch(/department/);
    expect(p?.fix).toMatch(/^kind \(单位类型\) is department 政府部门或直属单位；office 机关内设科室.*e\.g\. kind: "department" \(src\/lib\/schema\/unit\.ts\)$/);
  });

  it('the build stops with the same located problem', () => {
    const message = buildMessage(content);
    const [problem] = checkContent({ root, contentDir: content }).problems;
    expect(message).toContain(`units/leizhou.yaml:${line}: 1.kind: `);
    expect(message).toContain(formatProblem({ ...problem!, file: problem!.file.replace(/^.*(units\/leizhou\.yaml)$/, '$1') }).replace(/^units/, ''));
    // Through the build's first step, where `astro build` stops (tests/build/ prove it stops there).
    const out = mkdtempSync(join(tmpdir(), 'fengong-registry-lines-out-'));
    dirs.push(out);
    const run = runPublishStep(out, { content });
    expect(run.status).not.toBe(0);
    expect(run.log).toContain(`units/leizhou.yaml:${line}: 1.kind: `);
    expect(run.log).toContain('Fix: kind (单位类型) is department');
  });

  it('npm run import stops before reading the document, with the same located problem', () => {
    const document = join(content, 'plan.txt');
    writeFileSync(document, '一、总体要求\n1. 做好政务公开工作。（市司法局负责）\n');
    const run = spawnSync(process.execPath, tsxArgs('scripts/import.ts', document, '--json'), { cwd: root, env: buildEnv({ FENGONG_CONTENT: content }), encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`units/leizhou.yaml:${line}: 1.kind: `);
    expect(run.stderr).toContain('Fix: kind (单位类型) is department');
  });
});

describe('other registry and theme mistakes, each with its line', () => {
  it('a misspelt successor field, which the schema would drop silently', () => {
    const { content, line } = contentWith('units/jieyang.yaml', (t) => t.replace(/(- id: jieyang-shiweishengjishengju\n(?: {2}.*\n)*? {2})successor:/, '$1succesor:'), 'succesor:');
    const problems = checkContent({ root, contentDir: content }).problems.map(formatProblem);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`units/jieyang\\.yaml:${line}: \\d+\\.succesor: unknown field “succesor”: the site would ignore it\\. Fix: correct the spelling or remove it; a unit has id, name, region, kind, parent, aliases, successor`))]);
  });

  it('a successor that is not registered points to the successor line, in check and in the build', () => {
    const { content, line } = contentWith('units/jieyang.yaml', (t) => t.replace('successor: jieyang-shiweishengjiankangju', 'successor: jieyang-shiweishengjiankangwei'), 'jieyang-shiweishengjiankangwei');
    const expected = new RegExp(`units/jieyang\\.yaml:${line}: unit jieyang-shiweishengjishengju: unit "市卫生计生局" \\(jieyang-shiweishengjishengju\\) has successor "jieyang-shiweishengjiankangwei", which is not in the unit registry\\. Fix: `);
    expect(checkContent({ root, contentDir: content }).problems.map(formatProblem)).toEqual([expect.stringMatching(expected)]);
  });

  it('a unit id registered twice points to the second entry', () => {
    // 市司法局 given 市政务服务数据管理局's id (the first entry of the file).
    const { content, line } = contentWith('units/leizhou.yaml', (t) => t.replace('- id: leizhou-shisifaju', '- id: leizhou-shizhengwufuwushujuguanliju'), 'name: 市司法局');
    const problems = checkContent({ root, contentDir: content }).problems.map(formatProblem);
    // The id is the line before the name.
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`units/leizhou\\.yaml:${line - 1}: unit leizhou-shizhengwufuwushujuguanliju: unit id "leizhou-shizhengwufuwushujuguanliju" is registered twice`)));
  });

  it('a theme whose order is not a number, in check and in the build', () => {
    const { content, line } = contentWith('themes/themes.yaml', (t) => t.replace('  order: 10\n', '  order: 十\n'), 'order: 十');
    const problems = checkContent({ root, contentDir: content }).problems.map(formatProblem);
    const expected = `themes/themes.yaml:${line}: 0.order: `;
    expect(problems).toEqual([expect.stringContaining(expected)]);
    expect(problems[0]).toMatch(/Fix: order \(排序\) is 在列表中的排列顺序 \(src\/lib\/schema\/theme\.ts\)$/);
    expect(buildMessage(content)).toContain(expected);
  });
});
