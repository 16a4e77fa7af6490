/**
 * docs/data.md's column dictionary is generated from the schemas (as the data
 * page's and datapackage.json's are), and its rule for spreadsheets from the
 * writer's row limit: this fails when either is out of date.
 *
 *     UPDATE_DOCS=1 npx vitest run tests/data/docs.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaryEnd, dictionaryMarkdown, dictionaryStart, spreadsheetRuleEnd, spreadsheetRuleMarkdown, spreadsheetRuleStart } from '../../src/lib/data/docs';
import { describeFields } from '../../src/lib/data/fields';
import { publishedTables, type TableName } from '../../src/lib/schema/published';

const path = join(import.meta.dirname, '../../docs/data.md');

describe('docs/data.md', () => {
  it.each([
    ['the column dictionary, from the schemas', dictionaryStart, dictionaryEnd, dictionaryMarkdown],
    ['the rule for spreadsheets, from the writer’s row limit', spreadsheetRuleStart, spreadsheetRuleEnd, spreadsheetRuleMarkdown],
  ])('has %s', (_, startMarker, endMarker, generate) => {
    const doc = readFileSync(path, 'utf8');
    const start = doc.indexOf(startMarker);
    const end = doc.indexOf(endMarker);
    expect(start, `docs/data.md needs a section between "${startMarker}" and "${endMarker}"`).toBeGreaterThanOrEqual(0);
    const current = doc.slice(start, end + endMarker.length);
    if (process.env['UPDATE_DOCS'] === '1') writeFileSync(path, doc.replace(current, generate()));
    else expect(current, 'run UPDATE_DOCS=1 npx vitest run tests/data/docs.test.ts').toBe(generate());
  });

  it('documents every published column', () => {
    const doc = readFileSync(path, 'utf8');
    for (const name of Object.keys(publishedTables) as TableName[]) {
      for (const f of describeFields(publishedTables[name].row)) expect(doc, `${name}.${f.name}`).toContain(`| \`${f.name}\` | ${f.title} |`);
    }
  });
});
