import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, meizhouDocx } from './docx';
import { fixturesDir as dir, importFixture, summarise } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'fengong-fixtures-'));
const docxPath = join(tmp, 'meizhou-merged.docx');
writeFileSync(docxPath, buildDocx(meizhouDocx));

const fixtures = [
  ...readdirSync(dir)
    .filter((f) => /\.(md|txt|html)$/.test(f) && f !== 'README.md')
    .map((f) => ({ name: f.replace(/\.[a-z]+$/, ''), path: join(dir, f) })),
  { name: 'docx-merged', path: docxPath },
];

describe('importer fixtures (one per layout, expectations checked by hand)', () => {
  it.each(fixtures)('$name', async ({ name, path }) => {
    const got = summarise(await importFixture(path));
    const expectedFile = join(dir, `${name}.expected.json`);
    // UPDATE_EXPECTED=1 writes a new expectation, to be read line by line against the fixture before committing.
    if (process.env['UPDATE_EXPECTED'] || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(got, null, 2)}\n`);
    expect(got).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
