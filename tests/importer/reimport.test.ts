import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsx } from '../support/site';

// The four seed documents re-import to exactly the committed entries: the
// importer's output is deterministic, and changes to it never silently alter
// a published plan.
const seeds = ['2022-leizhou', '2021-meizhou', '2018-jieyang', '2022-jiangmen-jgzx'];

describe('seed re-import', () => {
  const out = mkdtempSync(join(tmpdir(), 'fengong-reimport-'));
  it.each(seeds)('%s re-imports to the committed bytes', (id) => {
    execFileSync(...tsx('scripts/import.ts', `public/sources/${id}.txt`, '--out', out), { stdio: 'pipe' });
    expect(readFileSync(join(out, `${id}.md`), 'utf8')).toBe(readFileSync(`src/content/plans/${id}.md`, 'utf8'));
  });
});
