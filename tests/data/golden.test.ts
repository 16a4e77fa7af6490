/**
 * Golden files: the exact bytes of the data files for the bundled plans
 * (headers, BOM only where it belongs, quoting, CRLF), compared byte for byte.
 *
 * After a deliberate change to the content or the published format, update
 * them and review the diff like code:
 *
 *     UPDATE_GOLDEN=1 npx vitest run tests/data/golden.test.ts
 *     git diff tests/data/golden/
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledDataSet } from './helpers';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

const dataSet = bundledDataSet();
// The files a journalist downloads first, and each bundled plan's own files.
// The other unit ledgers are slices of assignments.csv and are covered by tables.test.ts.
const golden = [
  'plans.csv',
  'plans.excel.csv',
  'plans.json',
  'requirements.csv',
  'requirements.excel.csv',
  'assignments.csv',
  // Workbooks are read back cell by cell in workbook.test.ts.
  ...dataSet.files().filter((f) => f.group === 'plan' && !f.path.endsWith('.xlsx')).map((f) => f.path),
  'units/leizhou-shicaizhengju.excel.csv',
];

describe('data files match their golden bytes', () => {
  it.each(golden.map((p) => [p]))('%s', (path) => {
    const actual = dataSet.bytes(path);
    const file = join(goldenDir, path);
    if (update || !existsSync(file)) {
      if (!update) throw new Error(`no golden file ${file}; run UPDATE_GOLDEN=1 npx vitest run tests/data/golden.test.ts`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, actual);
    }
    const expected = readFileSync(file);
    // Compare as text first for a readable diff, then byte for byte (BOM, CRLF).
    expect(Buffer.from(actual).toString('utf8')).toBe(expected.toString('utf8'));
    expect(Buffer.compare(Buffer.from(actual), expected)).toBe(0);
  });

  it('has no golden file for a file that is no longer published', () => {
    const files = readdirSync(goldenDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => relative(goldenDir, join(e.parentPath, e.name)).split(sep).join('/'));
    expect(files.sort()).toEqual([...golden].sort());
  });

  it('the golden CSVs have a BOM exactly when they are the Excel variant', () => {
    for (const path of golden.filter((p) => p.endsWith('.csv'))) {
      const bytes = readFileSync(join(goldenDir, path));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), path).toBe(path.endsWith('.excel.csv'));
    }
  });
});
