// The search index the build's publish step writes (scripts/write-data-and-search.ts): the
// Pagefind bundle (one shard for the bundled plans, several with a small
// budget), the shard manifest and what it indexed; bad content stops the step
// with the file named.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load';
import { blockItems } from '../../src/lib/search/engine';
import { searchRecords, type BlockFile } from '../../src/lib/search/records';
import { blockFile, blockFolder, type ShardManifest } from '../../src/lib/search/shards';
import { hanToken } from '../../src/lib/search/tokens';
import { describeIndex, writeShardedIndex } from '../../src/lib/search/write-index';
import { urls } from '../../src/lib/urls';
import { browserUnavailable, launchBrowser } from '../support/browser';
import { buildEnv, tsx } from '../support/site';
import { engineBundle } from './support/engine-bundle';
import { serveSite } from './support/server';

const ROOT = join(import.meta.dirname, '..', '..');

describe('search index', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'fengong-search-'));
    made.push(d);
    return d;
  };
  const manifestOf = (site: string) => JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8')) as ShardManifest;

  it('writes one shard for the bundled plans, where an unsharded index was, and logs the counts', async () => {
    const out = temp();
    const catalog = loadCatalog(join(ROOT, 'src', 'content'));
    const summary = await writeShardedIndex(catalog, urls('/zwgk/'), join(out, 'pagefind'));
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(manifestOf(out)).toEqual({ version: 1, shards: [{ path: '', years: ['2022', '2021', '2018'], records: expect.any(Number) as number, tag: expect.stringMatching(/^zh-cn_[0-9a-f]+$/) as string }] });
    expect(describeIndex(summary, join(out, 'pagefind'))).toMatch(
      new RegExp(`Indexed ${catalog.requirements.length} requirements, 4 plans, ${catalog.units.length} units and ${catalog.themes.length} themes in \\d+ records, 1 shard, in [\\d.]+s`),
    );
  });

  it('splits by year, newest first, with the units in the first shard, when the budget is small', async () => {
    const out = temp();
    const catalog = loadCatalog(join(ROOT, 'src', 'content'));
    // Weights of the bundled content: units and themes 2,750; 2022: 2,650 + 5,420; 2021: 4,126; 2018: 4,248.
    const summary = await writeShardedIndex(catalog, urls('/'), join(out, 'pagefind'), { budget: 7000 });
    const manifest = manifestOf(out);
    expect(manifest.shards.map((s) => [s.path, s.years])).toEqual([
      ['', ['2022']],
      ['shard-2/', ['2022']],
      ['shard-3/', ['2021']],
      ['shard-4/', ['2018']],
    ]);
    expect(summary.records).toBe(manifest.shards.reduce((n, s) => n + s.records, 0));
    for (const shard of manifest.shards) {
      const dir = join(out, 'pagefind', shard.path);
      expect(existsSync(join(dir, 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(join(dir, 'pagefind-worker.js'))).toBe(true);
      // The cache tag is the hash of the shard's index metadata, which Pagefind's entry names.
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
      expect(shard.tag).toBe(entry.languages['zh-cn']?.hash);
      // One WebAssembly file, the first shard's: later shards' entries point back to it.
      expect(readdirSync(dir).some((f) => f.startsWith('wasm.'))).toBe(shard.path === '');
      if (shard.path !== '') expect(entry.languages['zh-cn']?.wasm).toBe('unknown/../../wasm.unknown');
      // Later shards leave out Pagefind's stock interface, which the site does not load.
      if (shard.path !== '') expect(existsSync(join(dir, 'pagefind-ui.js'))).toBe(false);
    }
  });

  it.skipIf(browserUnavailable)('gives Pagefind only the tokens: what results show is in block files named by the ids Pagefind returns, and its words are not searchable', async () => {
    const out = temp();
    writeFileSync(join(out, 'index.html'), '<!doctype html><html lang="zh-CN"><title>t</title></html>');
    const catalog = loadCatalog(join(ROOT, 'src', 'content'));
    await writeShardedIndex(catalog, urls('/'), join(out, 'pagefind'));
    const files = readdirSync(join(out, 'pagefind', blockFolder));
    expect(files.length).toBe(searchRecords(catalog, urls('/')).length);
    // Pagefind's own fragments hold nothing the page reads: removed.
    expect(existsSync(join(out, 'pagefind', 'fragment'))).toBe(false);
    const site = await serveSite(out);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/`);
      await page.addScriptTag({ content: await engineBundle() });
      const found = await page.evaluate(
        async (words) => {
          const pagefind = await window.fengongSearch.loadPagefind('/pagefind/pagefind.js');
          const ids: Record<string, string[]> = {};
          for (const word of words) ids[word] = ((await pagefind.search(word, {}))?.results ?? []).map((r) => r.id);
          return ids;
        },
        // 卫生 is a token; leizhou (雷州's URL slug) and plans (the URLs' folder) were words of the items' metadata.
        [hanToken('卫生'), 'leizhou', 'plans'],
      );
      expect(found['leizhou']).toEqual([]);
      expect(found['plans']).toEqual([]);
      const health = found[hanToken('卫生')] ?? [];
      expect(health.length).toBeGreaterThan(0);
      for (const id of health) {
        // Stored gzip, as Pagefind stores its own files (the block files are most of a large index on disk).
        const block = JSON.parse(gunzipSync(readFileSync(join(out, 'pagefind', blockFile(id)))).toString('utf8')) as BlockFile;
        expect(blockItems(block).flatMap((i) => i.tokens)).toContain(hanToken('卫生'));
      }
    } finally {
      await browser.close();
      await site.close();
    }
  }, 120_000);

  it('stops the publish step with the file named when a plan is invalid, and writes no index', () => {
    const content = temp();
    cpSync(join(ROOT, 'src', 'content'), content, { recursive: true });
    writeFileSync(join(content, 'plans', 'broken.md'), '---\ntitle: 只有标题\n---\n');
    const out = join(temp(), 'pagefind');
    const r = spawnSync(...tsx('scripts/write-data-and-search.ts', '--search', out), { cwd: ROOT, env: buildEnv({ FENGONG_CONTENT: content }), encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    // Every problem in the one format (src/lib/model/problem.ts): file:line: field: message.
    expect(r.stderr).toMatch(/^publish: not publishable/m);
    expect(r.stderr).toMatch(/^\S*plans\/broken\.md:\d+: \w+: /m);
    expect(existsSync(out)).toBe(false);
  });
});
