import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checksumFile, zipFile, type DataSet } from '../../src/lib/data/dataset';
import { writeDataFolder } from '../../src/lib/data/write-folder';
import { bundledDataSet } from './helpers';
import { unzipSync } from 'fflate';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes the data folder the way the build does (scripts/data.ts). */
async function writeDataFolderOf(ds: DataSet): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-data-'));
  temp.push(dir);
  await writeDataFolder(ds, dir);
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('two builds of the same content give byte-identical data', () => {
  it('every file, SHA256SUMS and the zip are identical, whatever the time zone', async () => {
    // Two independent loads of the content, as two builds would do.
    const first = await writeDataFolderOf(bundledDataSet());
    const tz = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    let second: string;
    try {
      second = await writeDataFolderOf(bundledDataSet());
    } finally {
      if (tz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = tz;
    }
    const files = filesUnder(first);
    expect(filesUnder(second)).toEqual(files);
    expect(files).toContain(checksumFile);
    expect(files).toContain(zipFile);
    for (const f of files) {
      expect(readFileSync(join(second, f)).equals(readFileSync(join(first, f))), f).toBe(true);
    }
  });

  it('SHA256SUMS covers every data file with the digest of its bytes; the zip holds the whole-site tables, workbook and metadata, not the Excel CSVs', async () => {
    const ds = bundledDataSet();
    const dir = await writeDataFolderOf(ds);
    const fresh = bundledDataSet();
    const lines = readFileSync(join(dir, checksumFile), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => l.slice(66))).toEqual(ds.files().map((f) => f.path));
    expect(lines.map((l) => l.slice(66))).toEqual(filesUnder(dir).filter((f) => f !== checksumFile && f !== zipFile));
    for (const line of lines) {
      const [hash, path] = [line.slice(0, 64), line.slice(66)];
      expect(line.slice(64, 66)).toBe('  ');
      // A data set that did not write the files computes the same digest from the rows.
      expect(hash, path).toBe((await fresh.digestOf(path)).sha256);
    }
    const zipped = unzipSync(readFileSync(join(dir, zipFile)));
    const names = Object.keys(zipped);
    expect(names).toEqual([...ds.files().filter((f) => ds.inZip(f)).map((f) => f.path), checksumFile]);
    for (const f of ['plans.csv', 'requirements.csv', 'assignments.csv', 'units.json', 'themes.json', 'datapackage.json', 'schemas/plan.schema.json', 'fengong.xlsx']) {
      expect(names, f).toContain(f);
    }
    // The data package: whole-site tables, workbook and dictionary; the slices (plans/, units/, themes/ …) are on the site.
    expect(names).toContain('fengong.xlsx');
    expect(names.filter((n) => n.includes('/') && !n.startsWith('schemas/'))).toEqual([]);
    // An Excel CSV is its CSV again with a BOM and guarded cells: published beside it, not in the package.
    expect(filesUnder(dir)).toContain('requirements.excel.csv');
    expect(names.filter((n) => n.endsWith('.excel.csv'))).toEqual([]);
    for (const name of names) expect(Buffer.from(zipped[name] ?? []).equals(readFileSync(join(dir, name))), name).toBe(true);
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
