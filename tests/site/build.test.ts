/**
 * `npm run build` (scripts/build.ts): a failed build leaves the previous
 * output exactly as it was; a successful one replaces it whole. The
 * successful build uses a complete site config with a logo, so it also shows
 * what a configured site looks like: footer, meta tags, canonical links and
 * the logo in every size.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROOT, runBuild } from '../support/site';

/**
 * Runs scripts/build.ts (tests/support/site.ts), under the workplace build
 * lock unless the build is expected to stop before Astro writes anything (at
 * the config check or the publish step: then it touches no shared cache).
 */
function build(outDir: string, env: Record<string, string>, { locked = true } = {}) {
  return runBuild(outDir, { env, locked });
}

/** An output folder holding a "previous build" we can recognise. */
function previousBuild(): string {
  const parent = mkdtempSync(join(tmpdir(), 'fengong-build-'));
  const out = join(parent, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), '<p>the last good build</p>');
  return out;
}

const leftovers = (out: string) => readdirSync(dirname(out)).filter((n) => n !== 'dist');

describe('a failed build', () => {
  it('with an invalid config stops before building and leaves the previous output untouched', () => {
    const out = previousBuild();
    const config = join(dirname(out), 'bad.yaml');
    writeFileSync(config, 'basePath: zwgk\n');
    const run = build(out, { FENGONG_CONFIG: config }, { locked: false });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('basePath (部署路径)');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>the last good build</p>');
    expect(leftovers(out)).toEqual(['bad.yaml']);
  }, 60_000);

  it('with invalid content fails in Astro and leaves the previous output untouched, with no half-written folder', () => {
    const out = previousBuild();
    const content = join(dirname(out), 'content');
    cpSync(join(ROOT, 'src/content'), content, { recursive: true });
    const plan = join(content, 'plans', '2022-leizhou.md');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^year: 2022$/m, 'year: 二〇二二'));
    // Without the build lock: it stops at the publish step (asserted), before Astro writes anything (tests/support/site.ts).
    const run = build(out, { FENGONG_CONTENT: content }, { locked: false });
    expect(run.status).toBe(1);
    expect(run.log).toMatch(/write-data-and-search\.ts failed/);
    expect(run.stderr).toContain('still holds the previous build');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>the last good build</p>');
    expect(leftovers(out)).toEqual(['content']);
  }, 900_000);
});

describe('a successful build with every config field set', () => {
  it('replaces the previous output whole and shows the configuration', async () => {
    const out = previousBuild();
    const dir = dirname(out);
    // A 300×100 logo, as a webmaster would provide.
    await sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 168, g: 22, b: 28, alpha: 1 } } })
      .png()
      .toFile(join(dir, 'logo.png'));
    const config = join(dir, 'fengong.config.yaml');
    writeFileSync(
      config,
      [
        'siteName: 雷州市政务公开工作要点分工方案',
        'sponsor: 雷州市人民政府办公室',
        'operator: 雷州市政务服务数据管理局',
        'contact:',
        '  phone: "0759-8888888"',
        '  email: zwgk@leizhou.gov.cn',
        'siteIdCode: 4408820001',
        'icp: 粤ICP备12345678号-1',
        'psb: 粤公网安备 44088202000001号',
        'siteUrl: https://www.leizhou.gov.cn',
        'basePath: /zwgk/fgfa/',
        `logo: ${relative(ROOT, join(dir, 'logo.png'))}`,
      ].join('\n'),
    );
    const run = build(out, { FENGONG_CONFIG: config });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/build: \d+ pages written to .* in [\d.]+s/);
    expect(leftovers(out).sort()).toEqual(['fengong.config.yaml', 'logo.png']);

    const html = readFileSync(join(out, 'accessibility', 'index.html'), 'utf8');
    expect(html).not.toContain('the last good build');
    const page = parse(html);
    const footer = page.querySelector('footer')?.text ?? '';
    for (const shown of ['主办单位：雷州市人民政府办公室', '承办单位：雷州市政务服务数据管理局', '联系电话：0759-8888888', 'zwgk@leizhou.gov.cn', '网站标识码：4408820001', '粤ICP备12345678号-1', '粤公网安备 44088202000001号', 'CC BY 4.0']) {
      expect(footer).toContain(shown);
    }
    expect(footer).not.toContain('地址：');
    const meta = (name: string) => page.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    expect([meta('SiteName'), meta('SiteIDCode'), meta('SiteDomain'), meta('ColumnName')]).toEqual(['雷州市政务公开工作要点分工方案', '4408820001', 'www.leizhou.gov.cn', '无障碍声明']);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://www.leizhou.gov.cn/zwgk/fgfa/accessibility/');
    expect(page.querySelector('title')?.text).toBe('无障碍声明 - 雷州市政务公开工作要点分工方案');

    // The logo in the sizes the pages ask for, at the URLs they use.
    const img = page.querySelector('.site-name img');
    expect(img?.getAttribute('alt')).toBe('');
    const urls = [img?.getAttribute('src'), page.querySelector('link[rel="icon"]')?.getAttribute('href'), page.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href')];
    const sizes = [];
    for (const url of urls) {
      expect(url).toMatch(/^\/zwgk\/fgfa\/brand\/(logo|icon)-[0-9a-f]{8}-\d+\.png$/);
      const file = join(out, (url as string).slice('/zwgk/fgfa/'.length));
      expect(existsSync(file)).toBe(true);
      const { width, height } = await sharp(file).metadata();
      sizes.push([width, height]);
    }
    expect(sizes).toEqual([
      [144, 48],
      [32, 32],
      [180, 180],
    ]);
    expect(img?.getAttribute('srcset')).toMatch(/-96\.png 2x$/);
  }, 900_000);
});
