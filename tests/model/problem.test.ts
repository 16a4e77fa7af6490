// The one problem type and formatter (src/lib/model/problem.ts), as the
// build's content loader, the importer and `npm run check` print it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/content';
import { ContentError, loadCatalog } from '../../src/lib/content/load';
import { ImportError } from '../../src/lib/importer/errors';
import { formatProblem, ProblemError, type Problem } from '../../src/lib/model/problem';
import { root } from '../support/seeds';

describe.each([
  // [problem, as printed]
  [{ file: 'src/content/plans/2022-leizhou.md', line: 7, field: 'year', message: 'expected number' }, 'src/content/plans/2022-leizhou.md:7: year: expected number'],
  [{ file: 'fengong.config.yaml', field: 'basePath', message: 'must start with /', fix: 'write /zwgk/' }, 'fengong.config.yaml: basePath: must start with /. Fix: write /zwgk/'],
  // The importer's readers know no file name: the command adds it.
  [{ file: '', field: '', message: 'the file is empty' }, 'the file is empty'],
  [{ file: '', line: 3, field: '', message: 'line too long' }, 'line 3: line too long'],
] as Array<[Problem, string]>)('formatProblem(%j)', (problem, printed) => {
  it(`prints ${printed}`, () => {
    expect(formatProblem(problem)).toBe(printed);
  });
});

describe('ImportError', () => {
  it('is one problem; its message is the problem without a file, what is wrong and how to fix it kept apart', () => {
    const e = new ImportError('the file is not UTF-8 text. Fix: convert it with iconv -f GBK -t UTF-8');
    expect(e).toBeInstanceOf(ProblemError);
    expect(e.message).toBe('the file is not UTF-8 text. Fix: convert it with iconv -f GBK -t UTF-8');
    expect(e.problems).toEqual([{ file: '', field: '', message: 'the file is not UTF-8 text', fix: 'convert it with iconv -f GBK -t UTF-8' }]);
    expect(formatProblem(e.problemIn('meizhou.txt'))).toBe('meizhou.txt: the file is not UTF-8 text. Fix: convert it with iconv -f GBK -t UTF-8');
  });
});

describe('ContentError', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('lists a refused plan with the same located problems as npm run check', () => {
    const content = mkdtempSync(join(tmpdir(), 'fengong-problem-'));
    dirs.push(content);
    for (const part of ['units', 'themes']) cpSync(join(root, 'src/content', part), join(content, part), { recursive: true });
    mkdirSync(join(content, 'plans'));
    const plan = readFileSync(join(root, 'src/content/plans/2022-jiangmen-jgzx.md'), 'utf8');
    writeFileSync(join(content, 'plans/2022-jiangmen-jgzx.md'), plan.replace(/^year: 2022$/m, 'year: 二〇二二').replace('disclosure: 主动公开', 'disclosure: 依申请公开'));
    let error: unknown;
    try {
      loadCatalog(content);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['year', plan.split('\n').findIndex((l) => l === 'year: 2022') + 1],
      ['disclosure', plan.split('\n').findIndex((l) => l === 'disclosure: 主动公开') + 1],
    ]);
    const checked = checkContent({ root, contentDir: content }).problems.filter((p) => p.file.endsWith('2022-jiangmen-jgzx.md'));
    // The same problems; the file named from the project root (check) or absolutely (outside it, the loader).
    const said = (list: readonly Problem[]) => list.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*\/plans\//, 'plans/') }));
    expect(said(problems)).toEqual(said(checked));
  });
});
