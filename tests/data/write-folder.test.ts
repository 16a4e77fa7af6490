/**
 * The data step (src/lib/data/write-folder.ts, run by scripts/write-data-and-search.ts): files
 * streamed to disk are exactly the bytes the data set renders, the digests
 * taken while writing are the ones the data page and datapackage.json show,
 * and a broken data folder is reported, not papered over.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumFile, zipFile } from '../../src/lib/data/dataset';
import { adoptWrittenFolder, writeDataFolder, writtenDigests, type PublishedData } from '../../src/lib/data/write-folder';
import type { PublishSummary } from '../../scripts/write-data-and-search';
import { buildEnv, ROOT, tsx } from '../support/site';
import { bundledDataSet } from './helpers';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-publish-'));
  temp.push(dir);
  return dir;
};

let dir = '';
let result: PublishedData;
beforeAll(async () => {
  dir = tempDir();
  result = await writeDataFolder(bundledDataSet(), dir);
});

describe('writeDataFolder', () => {
  it('writes every file of the data set with exactly the bytes it renders', async () => {
    const ds = bundledDataSet();
    expect(result.files).toBe(ds.files().length);
    let total = 0;
    for (const f of ds.files()) {
      const written = readFileSync(join(dir, f.path));
      expect(written.equals(Buffer.from(await ds.content(f.path))), f.path).toBe(true);
      total += written.length;
    }
    expect(result.bytes).toBe(total);
    expect(result.zipBytes).toBe(statSync(join(dir, zipFile)).size);
  });

  it('writes datapackage.json with the digests of the tables as written', () => {
    const dp = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: Array<{ path: string; bytes: number; hash: string }> };
    expect(dp.resources.length).toBeGreaterThan(5);
    for (const r of dp.resources) {
      const bytes = readFileSync(join(dir, r.path));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${writtenDigests(dir, [r.path]).get(r.path)?.sha256}`);
    }
  });
});

describe('the data page reads sizes and checksums from the written folder', () => {
  it('adopts the digests of the whole-site files and reports the zip size', () => {
    const ds = bundledDataSet();
    const { zipBytes } = adoptWrittenFolder(ds, dir);
    expect(zipBytes).toBe(statSync(join(dir, zipFile)).size);
    const sums = readFileSync(join(dir, checksumFile), 'utf8');
    for (const path of ['requirements.csv', 'requirements.excel.csv', 'assignments.csv', 'units.json', 'datapackage.json', 'schemas/plan.schema.json']) {
      const digest = ds.digest(path);
      expect(digest.bytes, path).toBe(statSync(join(dir, path)).size);
      expect(sums, path).toContain(`${digest.sha256}  ${path}\n`);
    }
  });

  it('shows no zip size without a written folder (astro dev)', () => {
    expect(adoptWrittenFolder(bundledDataSet(), undefined)).toEqual({ zipBytes: null });
  });

  it('says which file is missing when the folder is incomplete', () => {
    const empty = tempDir();
    expect(() => writtenDigests(empty, ['plans.csv'])).toThrow(/SHA256SUMS.*the data step did not finish/);
    expect(() => writtenDigests(dir, ['nope.csv'])).toThrow(/nope\.csv is not listed in .*SHA256SUMS/);
  });
});

describe('scripts/write-data-and-search.ts', () => {
  it('writes the same data folder from the command line, and the search index beside it, and prints its summary', () => {
    const site = tempDir();
    const out = join(site, 'data');
    const r = spawnSync(...tsx('scripts/write-data-and-search.ts', '--data', out, '--search', join(site, 'pagefind'), '--base', '/', '--json'), {
      cwd: ROOT,
      env: buildEnv(),
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '') as PublishSummary;
    expect(summary).toMatchObject({ plans: 4, data: { files: result.files, bytes: result.bytes, zipBytes: result.zipBytes }, search: { shards: 1 } });
    expect(existsSync(join(site, 'pagefind', 'shards.json'))).toBe(true);
    expect(r.stderr).toMatch(/^search: Indexed \d+ requirements, 4 plans/m);
    for (const f of [checksumFile, zipFile, 'requirements.csv', 'units/leizhou-shicaizhengju.excel.csv']) {
      expect(readFileSync(join(out, f)).equals(readFileSync(join(dir, f))), f).toBe(true);
    }
  });

  it('stops with the file and field of a bad content folder', () => {
    const r = spawnSync(...tsx('scripts/write-data-and-search.ts', '--data', tempDir()), {
      cwd: ROOT,
      env: buildEnv({ FENGONG_CONTENT: join(tempDir(), 'missing') }),
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/^publish: .*missing/m);
  });
});
