import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsx } from '../support/site';

// --register proposes registry entries for unknown unit names; an import that
// is refused must leave the registry as it was (nothing half-written).
const root = join(import.meta.dirname, '..', '..');

describe('--register on a refused import', () => {
  it('leaves the unit registry unchanged and writes no entry', () => {
    const content = mkdtempSync(join(tmpdir(), 'fengong-register-'));
    cpSync(join(root, 'src/content/units'), join(content, 'units'), { recursive: true });
    const before = Object.fromEntries(readdirSync(join(content, 'units')).map((f) => [f, readFileSync(join(content, 'units', f), 'utf8')]));
    const out = join(content, 'out');
    // A plan of a region the registry does not know (every unit is new), refused by --strict for its warnings.
    const r = spawnSync(...tsx('scripts/import.ts', join(import.meta.dirname, 'corpus', 'pb-beijing-dongcheng-2017.txt'), '--out', out, '--register', '--strict'), {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FENGONG_CONTENT: content },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--strict: nothing written/);
    const after = Object.fromEntries(readdirSync(join(content, 'units')).map((f) => [f, readFileSync(join(content, 'units', f), 'utf8')]));
    expect(after).toEqual(before);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
