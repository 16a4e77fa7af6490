import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finishDataFolder, listDataFiles } from '../../src/lib/data/archive';
import { checksumFile, zipFile, type DataSet } from '../../src/lib/data/dataset';
import { bundledDataSet } from './helpers';
import { unzipSync } from 'fflate';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes every data file of a data set the way the build does, then SHA256SUMS and the zip. */
async function writeDataFolder(ds: DataSet): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-data-'));
  temp.push(dir);
  for (const f of ds.files()) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), ds.bytes(f.path));
  }
  await finishDataFolder(dir);
  return dir;
}

describe('two builds of the same content give byte-identical data', () => {
  it('every file, SHA256SUMS and the zip are identical, whatever the time zone', async () => {
    // Two independent loads of the content, as two builds would do.
    const first = await writeDataFolder(bundledDataSet());
    const tz = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    let second: string;
    try {
      second = await writeDataFolder(bundledDataSet());
    } finally {
      if (tz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = tz;
    }
    const files = await listDataFiles(first);
    expect(await listDataFiles(second)).toEqual(files);
    for (const f of [...files, checksumFile, zipFile]) {
      expect(readFileSync(join(second, f)).equals(readFileSync(join(first, f))), f).toBe(true);
    }
  });

  it('SHA256SUMS covers every data file with the digest the data set computes, and the zip holds them all', async () => {
    const ds = bundledDataSet();
    const dir = await writeDataFolder(ds);
    const sums = readFileSync(join(dir, checksumFile), 'utf8');
    const lines = sums.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(66))).toEqual(ds.files().map((f) => f.path));
    for (const line of lines) {
      const [hash, path] = [line.slice(0, 64), line.slice(66)];
      expect(line.slice(64, 66)).toBe('  ');
      expect(hash, path).toBe(ds.digest(path).sha256);
    }
    const zipped = unzipSync(readFileSync(join(dir, zipFile)));
    expect(Object.keys(zipped)).toEqual([...ds.files().map((f) => f.path), checksumFile]);
    expect(Buffer.from(zipped['requirements.csv'] ?? []).equals(Buffer.from(ds.bytes('requirements.csv')))).toBe(true);
  });

  it('datapackage.json records the size and hash of each CSV it describes', () => {
    const ds = bundledDataSet();
    const dp = JSON.parse(Buffer.from(ds.bytes('datapackage.json')).toString('utf8')) as { resources: Array<{ path: string; bytes: number; hash: string }> };
    for (const r of dp.resources) {
      expect(r.bytes, r.path).toBe(ds.bytes(r.path).length);
      expect(r.hash, r.path).toBe(`sha256:${ds.digest(r.path).sha256}`);
    }
  });
});
