import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeNotice, planEntryFile, unescapeNotice } from '../../src/lib/importer/entry-file';
import { ImportError } from '../../src/lib/importer/errors';
import { importPlan } from '../../src/lib/importer/index';
import { tsx } from '../support/site';
import { fixtureRegistry, fixturesDir as dir, importFixture } from './helpers';

const options = { sourceFile: 'x.txt', importedOn: '2026-01-01', registry: fixtureRegistry };
/** importPlan either gives a plan or an ImportError: never another exception. */
function outcome(text: string): 'plan' | 'refused' {
  try {
    importPlan(text, options);
    return 'plan';
  } catch (e) {
    if (e instanceof ImportError) return 'refused';
    throw e;
  }
}
const seed = readFileSync('public/sources/2022-leizhou.txt', 'utf8');

describe('raw HTML in a source stays text', () => {
  it('keeps <script> and <img onerror> literally in requirement text and escapes the notice', async () => {
    const result = await importFixture(join(dir, 'markup-truncated.txt'));
    const texts = result.entry.sections.flatMap((s) => s.tasks.flatMap((t) => t.requirements.map((r) => r.text)));
    expect(texts[0]).toContain('“<script>alert(1)</script>”');
    expect(texts[1]).toContain('<img src=x onerror=alert(1)>');
    const file = planEntryFile(result.entry, result.notice);
    expect(file).toContain("\\<script\\>alert('notice')\\</script\\>");
    // The body is Markdown rendered by Astro's processor: it must come out as text, not markup.
    const processor = await createSatteriMarkdownProcessor();
    const html = (await processor.render(file.split('\n---\n')[1]!)).code;
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('escapes Markdown links and round-trips the notice text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unescapeNotice(escapeNotice(s))).toBe(s);
      }),
    );
    expect(escapeNotice('[点此](javascript:alert(1))')).toBe('\\[点此\\](javascript:alert(1))');
  });
});

describe('hostile and random input', () => {
  it('arbitrary text gives a plan or a clear ImportError, never a crash', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => void outcome(s)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (s) => void outcome(s)), { numRuns: 200 });
  });

  it('seed text cut, spliced and mutated at random never crashes', () => {
    const lines = seed.split('\n');
    fc.assert(
      fc.property(fc.array(fc.nat(lines.length - 1), { maxLength: 120 }), fc.string({ maxLength: 40 }), (picks, junk) => {
        void outcome(picks.map((i) => lines[i]!).join(junk.includes('\n') ? '\n' : `\n${junk}`));
      }),
      { numRuns: 150 },
    );
  });

  // Bounded time: a hang fails through the test timeout; no wall-clock assertion.
  it('refuses 10 MB of random text at once', () => {
    const big = Array.from({ length: 10 * 1024 * 1024 / 8 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000)) + '一、1.|\t（ ').join('');
    expect(outcome(big)).toBe('refused');
  }, 60_000);

  it('stays fast on adversarial text just under the limits', () => {
    const head = seed.slice(0, seed.indexOf('| 工作要求'));
    const cases = [
      ' '.repeat(49_000) + 'x\n',
      `${head}| ${'<a'.repeat(20_000)} |\n`.repeat(20),
      `${head}${'一、标题\n（一）任务\n1. 要求。\n市财政局负责\n'.repeat(700)}`,
      `${head}${'1. 1. 1. 1. 1. 1. 1. 1. 1. 1.'.repeat(1500)}\n`.repeat(10),
      `${head}| ${' \n'.repeat(20_000)} |\n`,
      `${head}| 1. 文本（（（（（（（（（（${'（'.repeat(40_000)} | 市财政局 |\n`,
      `${head}${'| 1. 要求。 | 市财政局 |\n'.repeat(60_000)}`,
    ];
    for (const c of cases) expect(['plan', 'refused']).toContain(outcome(c));
  }, 120_000);
});

describe('npm run import refuses what is not a plan', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'fengong-bad-'));
  const out = join(tmp, 'out');
  const run = (file: string) => spawnSync(...tsx('scripts/import.ts', file, '--out', out), { encoding: 'utf8' });
  it.each([
    ['empty.txt', '', /empty/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]), /binary/],
    ['unrelated.txt', '今天天气很好。\n我们去公园散步。\n', /no plan found|not look like/],
    ['broken.docx', 'PK\u0003\u0004 not really a zip', /not a readable \.docx/],
    ['scan.pdf', '%PDF-1.7\n', /PDF/],
    ['random.json', '{"a": 1}', /not a Fengong plan document/],
  ])('%s', (name, content, message) => {
    const file = join(tmp, name);
    writeFileSync(file, content);
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('--strict writes nothing when the report has warnings, and --report writes JSON', () => {
    const report = join(tmp, 'report.json');
    const r = spawnSync(...tsx('scripts/import.ts', join(dir, 'markup-truncated.txt'), '--out', out, '--strict', '--report', report), { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    const items = (Object.values(JSON.parse(readFileSync(report, 'utf8')) as Record<string, { items: Array<{ kind: string; line: number }> }>)[0]!).items;
    expect(items).toContainEqual(expect.objectContaining({ kind: 'truncated', line: 21 }));
  });
});

describe('round trip through the published JSON', () => {
  it.each(['2022-leizhou', '2021-meizhou', '2018-jieyang', '2022-jiangmen-jgzx'])('%s', (id) => {
    const tmp = mkdtempSync(join(tmpdir(), 'fengong-rt-'));
    const json = execFileSync(...tsx('scripts/import.ts', `public/sources/${id}.txt`, '--json'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    writeFileSync(join(tmp, `${id}.json`), json);
    execFileSync(...tsx('scripts/import.ts', join(tmp, `${id}.json`), '--out', tmp), { stdio: 'pipe' });
    expect(readFileSync(join(tmp, `${id}.md`), 'utf8')).toBe(readFileSync(`src/content/plans/${id}.md`, 'utf8'));
  });
});
