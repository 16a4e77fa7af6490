// What `npm run check` and the build refuse alike (issue 15): a hand-edited
// entry must not reach the site when it says 依申请公开 anywhere, names an
// original that is missing or altered, carries a non-http(s) URL, has a file
// name that is not a plan id, publishes one original twice or holds a
// character that would make feed.xml invalid XML. And the importer writes
// nothing when it refuses.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatContentProblem } from '../../src/lib/check/content';
import { publishOriginals } from '../../src/lib/content/originals';
import { buildSite, buildTimeout, runBuild, runPublishStep, tsxArgs } from '../support/site';
import { root } from '../support/seeds';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

const planName = '2022-jiangmen-jgzx.md';
/** A content folder with the bundled units and themes and the 江门 plan, edited; originals are the site's public/sources. */
function contentWith(edit: (plan: string) => string, rename = planName, extra?: (dir: string) => void): string {
  const dir = temp('fengong-trust-');
  cpSync(join(root, 'src/content/units'), join(dir, 'units'), { recursive: true });
  cpSync(join(root, 'src/content/themes'), join(dir, 'themes'), { recursive: true });
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', rename), edit(readFileSync(join(root, 'src/content/plans', planName), 'utf8')));
  extra?.(dir);
  return dir;
}

const cases: Array<[string, () => string, RegExp]> = [
  // [what is wrong, the content folder, what the message says]
  ['the notice says 依申请公开 while the frontmatter says 主动公开', () => contentWith((p) => `${p}\n公开方式 ：依申请公开\n`), /依申请公开/],
  ['the notice says 不予公开 (繁体, spaced) while the frontmatter says null', () => contentWith((p) => `${p.replace('disclosure: 主动公开', 'disclosure: null')}\n【公 開 方 式】不予公開\n`), /不予公开/],
  ['a requirement swallowed a 公开属性 marking', () => contentWith((p) => p.replace('本系统上年度的《法治政府建设情况年度报告》。', '$&公开属性：依申请公开')), /依申请公开/],
  ['the original is missing', () => contentWith((p) => p.replace('file: 2022-jiangmen-jgzx.txt', 'file: 2022-jiangmen-missing.txt')), /source\.file.*not found/],
  ['the original was altered (checksum differs)', () => contentWith((p) => p.replace(/sha256: [0-9a-f]{64}/, `sha256: ${'a'.repeat(64)}`)), /source\.sha256.*SHA-256/],
  ['the source URL is javascript:', () => contentWith((p) => p.replace('  url: null', '  url: "javascript:alert(1)"')), /source\.url.*http\(s\)/],
  ['the file name is not a plan id', () => contentWith((p) => p, '2022-Jiangmen 建管.md'), /not a plan id/],
  ['one original is published under two ids', () => contentWith((p) => p, planName, (dir) => cpSync(join(dir, 'plans', planName), join(dir, 'plans', '2022-jiangmen-copy.md'))), /same original/],
  ['a control character in the title', () => contentWith((p) => p.replace(/^title: (.*)$/m, 'title: "$1\\x01"')), /U\+0001/],
  ['raw HTML in the notice text', () => contentWith((p) => `${p}\n<img src=x onerror=alert(1)>\n`), /raw HTML/],
  ['a javascript: link in the notice text', () => contentWith((p) => `${p}\n[点此查看](javascript:alert(1))\n`), /not an http\(s\) address/],
  ['an assignment whose unit name is not the registered name', () => contentWith((p) => p.replace(/- name: 办公室\n(\s+)unit: (\S+)/, '- name: 市财政局\n$1unit: $2')), /registry calls “办公室”/],
  ['YAML with many aliases', () => contentWith((p) => p.replace('validity: 有效', `validity: 有效\na: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 30 }, (_, i) => `b${i}: &b${i} [${Array(10).fill(i === 0 ? '*a' : `*b${i - 1}`).join(', ')}]`).join('\n')}`)), /alias/i],
  ['an unknown frontmatter key', () => contentWith((p) => p.replace('disclosure: 主动公开', 'disclosure: 主动公开\ndisclosur: 依申请公开')), /unknown field “disclosur”|依申请公开/],
];

describe.each(cases)('%s', (_name, make, says) => {
  const content = make();
  it('fails npm run check, saying what is wrong', () => {
    const { problems } = checkContent({ root, contentDir: content });
    expect(problems.map(formatContentProblem).join('\n')).toMatch(says);
  });
  it('stops the build at its publish step the same way, and writes no data', () => {
    const out = temp('fengong-trust-out-');
    const r = runPublishStep(out, { content });
    expect(r.status).not.toBe(0);
    expect(r.log).toMatch(says);
    expect(existsSync(join(out, 'data', 'SHA256SUMS'))).toBe(false);
    expect(existsSync(join(out, 'pagefind', 'shards.json'))).toBe(false);
  }, 60_000);
});

describe('astro build runs that step first and stops there', () => {
  // One real build for all the cases above: a missing original is caught by
  // the publish step alone (the content collection's schema cannot see it).
  it('refuses an entry whose original is missing, and writes no site', () => {
    const [, make, says] = cases.find(([name]) => name === 'the original is missing')!;
    const out = join(temp('fengong-trust-out-'), 'dist');
    // Without the build lock: it stops before Astro writes anything (tests/support/site.ts), as asserted below.
    const r = runBuild(out, { content: make(), astroOnly: true, locked: false });
    expect(r.status).not.toBe(0);
    expect(r.log).toMatch(says);
    expect(r.log).toMatch(/write-data-and-search\.ts failed/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, buildTimeout);
});

describe('entries check and build accept', () => {
  it('an entry that starts with a byte-order mark', () => {
    const content = contentWith((p) => `\uFEFF${p}`);
    expect(checkContent({ root, contentDir: content }).problems.map(formatContentProblem)).toEqual([]);
  });
});

describe('npm run import writes nothing when it refuses', () => {
  const meizhou = join(root, 'public/sources/2021-meizhou.txt');
  /** Runs the importer on a copy of the 梅州 original, edited, with its own content folder and output folder. */
  function runImport(args: string[], edit: (text: string) => string = (t) => t, out = join(temp('fengong-import-out-'), 'plans')) {
    const dir = temp('fengong-import-');
    const file = join(dir, 'meizhou.txt');
    writeFileSync(file, edit(readFileSync(meizhou, 'utf8')));
    const content = contentWith((p) => p);
    const r = spawnSync(process.execPath, tsxArgs('scripts/import.ts', file, '--out', out, '--date', '2026-01-01', ...args), { cwd: root, env: { ...process.env, FENGONG_CONTENT: content }, encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}`, written: existsSync(out) ? readdirSync(out) : [], out };
  }

  it.each([
    // [arguments, edit of the original, what the message says]
    [[], (t: string) => t.replace('公开方式：主动公开', '公开方式 ：依申请公开'), /依申请公开/],
    [['--url', 'javascript:alert(1)'], undefined, /--url .*http\(s\)/],
    [['--url', 'data:text/html,x'], undefined, /--url .*http\(s\)/],
    [['--id', '../../../../tmp/fengong-x'], undefined, /--id .*lower-case letters/],
    [['--id', '2021 梅州'], undefined, /--id .*lower-case letters/],
    [['--bogus'], undefined, /Unknown option '--bogus'/],
    [['--id'], undefined, /argument missing/],
    [['--report', '/nonexistent-folder/r.json'], undefined, /does not exist/],
  ] as Array<[string[], ((t: string) => string) | undefined, RegExp]>)('%j', (args, edit, says) => {
    const r = runImport(args, edit);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(says);
    expect(r.output).not.toMatch(/^\s+at /m); // no stack trace
    expect(r.written).toEqual([]);
    expect(existsSync('/tmp/fengong-x.md')).toBe(false);
  }, 60_000);

  it('refuses a second import of one original under another id unless --replace is given', () => {
    const first = runImport(['--id', '2021-meizhou-a']);
    expect(first.status).toBe(0);
    const second = runImport(['--id', '2021-meizhou-b'], undefined, first.out);
    expect(second.status).toBe(1);
    expect(second.output).toMatch(/already imported as .*2021-meizhou-a\.md.*--replace/);
    expect(readdirSync(first.out)).toEqual(['2021-meizhou-a.md']);
    const replaced = runImport(['--id', '2021-meizhou-b', '--replace'], undefined, first.out);
    expect(replaced.status).toBe(0);
    expect(readdirSync(first.out)).toEqual(['2021-meizhou-b.md']);
  }, 120_000);

  it('renames nothing into the output folder on refusal (no temporary files left)', () => {
    const r = runImport([], (t) => t.replace('公开方式：主动公开', '此件不予公开'));
    expect(r.status).toBe(1);
    expect(existsSync(r.out) ? readdirSync(r.out) : []).toEqual([]);
  }, 60_000);
});

describe('interrupted builds: only a complete build is ever restored, and leftovers are cleaned', () => {
  /** A pid no process has (above Linux's largest), as left by a run that was killed. */
  const deadPid = 99_999_999;
  const site = (dir: string, files: string[], label: string) => {
    for (const f of files) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), label);
    }
  };
  const complete = ['index.html', '404.html', 'pagefind/shards.json', 'data/SHA256SUMS'];
  /**
   * scripts/build.ts on content that fails early (a plan marked 依申请公开), so each case takes seconds.
   * It stops at the publish step (asserted), before Astro writes anything, so it needs no build lock
   * (tests/support/site.ts) and does not wait for the suite's whole builds.
   */
  const failingBuild = (out: string) => {
    const content = contentWith((p) => p.replace('disclosure: 主动公开', 'disclosure: 依申请公开'));
    const r = runBuild(out, { content, locked: false });
    expect(r.log).toMatch(/write-data-and-search\.ts failed/);
    return r;
  };
  const siblings = (out: string) => readdirSync(join(out, '..')).sort();

  it('deletes a half-deleted old site and a folder being removed, and keeps the current site', () => {
    const out = join(temp('fengong-trust-swap-'), 'dist');
    site(out, complete, 'current');
    site(`${out}.previous-${deadPid}`, ['index.html'], 'stale'); // killed while the old site was being removed
    site(`${out}.removing-${deadPid}`, ['404.html'], 'stale');
    const r = failingBuild(out);
    expect(r.status).toBe(1);
    expect(siblings(out)).toEqual(['dist']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('current');
  }, 300_000);

  it('never restores an incomplete folder when the site is missing', () => {
    const out = join(temp('fengong-trust-swap-'), 'dist');
    site(`${out}.previous-${deadPid}`, ['index.html', '404.html'], 'half deleted');
    const r = failingBuild(out);
    expect(r.status).toBe(1);
    expect(siblings(out)).toEqual([]);
  }, 300_000);

  it('restores the complete site a run killed between its two renames had moved aside', () => {
    const out = join(temp('fengong-trust-swap-'), 'dist');
    site(`${out}.previous-${deadPid}`, complete, 'last good');
    const r = failingBuild(out);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/restored/);
    expect(siblings(out)).toEqual(['dist']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('last good');
  }, 300_000);
});

describe('originals as a browser opens them from the site', () => {
  const page = `<!doctype html><html><head><meta charset="gbk"><script src="https://hm.baidu.com/hm.js?x"></script><script>document.title='ran'</script><link rel="stylesheet" href="https://cdn.example.com/a.css"></head><body><img src="https://example.com/t.gif" onerror="alert(1)"><p>梅州市2021年政务公开工作要点分工方案</p></body></html>`;

  it('a saved web page becomes its source text in a page that runs and loads nothing; the exact bytes stay as .original', () => {
    const dir = temp('fengong-trust-sources-');
    writeFileSync(join(dir, '2021-x.html'), page);
    writeFileSync(join(dir, '2021-x.txt'), '公开方式：主动公开\n');
    writeFileSync(join(dir, '2021-x.docx'), 'PK');
    expect(publishOriginals(dir)).toEqual(['2021-x.html', '2021-x.txt']);
    const served = readFileSync(join(dir, '2021-x.html'), 'utf8');
    expect(served.startsWith('\uFEFF<!doctype html>')).toBe(true);
    expect(served).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`);
    expect(served).not.toMatch(/<script|<img|<link rel="stylesheet"|<meta charset="gbk"/i);
    expect(served).toContain('&lt;script src=&quot;https://hm.baidu.com/hm.js?x&quot;&gt;');
    expect(readFileSync(join(dir, '2021-x.html.original'), 'utf8')).toBe(page);
    // Text gets a byte-order mark, which browsers obey over a missing or wrong charset.
    expect([...readFileSync(join(dir, '2021-x.txt')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(join(dir, '2021-x.txt.original'), 'utf8')).toBe('公开方式：主动公开\n');
    expect(readFileSync(join(dir, '2021-x.docx'), 'utf8')).toBe('PK');
    // Running it twice changes nothing more (a rebuild over the same folder).
    expect(publishOriginals(dir)).toEqual([]);
  });

  it('the built site serves the bundled originals with a byte-order mark and their exact bytes as .original', () => {
    const out = buildSite();
    for (const name of readdirSync(join(root, 'public/sources'))) {
      const original = readFileSync(join(root, 'public/sources', name));
      expect(readFileSync(join(out, 'sources', `${name}.original`)).equals(original), name).toBe(true);
      expect([...readFileSync(join(out, 'sources', name)).subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    }
  }, 900_000);
});
