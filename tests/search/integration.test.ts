// The build step: writes the Pagefind bundle and logs what it indexed; bad
// content stops the build with the file named.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import search from '../../src/integrations/search';
import { loadCatalog } from '../../src/lib/content/load';

type Hooks = AstroIntegration['hooks'];
const ROOT = join(import.meta.dirname, '..', '..');

/** Runs the integration's two hooks as Astro would, with a logger that records messages. */
async function runBuildDone(outDir: string): Promise<string[]> {
  const messages: string[] = [];
  const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m), error: (m: string) => messages.push(m) };
  const { hooks } = search();
  await hooks['astro:config:done']?.({ config: { base: '/zwgk/', root: pathToFileURL(`${ROOT}/`) }, logger } as unknown as Parameters<NonNullable<Hooks['astro:config:done']>>[0]);
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${outDir}/`), logger, pages: [], assets: new Map() } as unknown as Parameters<NonNullable<Hooks['astro:build:done']>>[0]);
  return messages;
}

describe('search integration', () => {
  const made: string[] = [];
  const saved = process.env['FENGONG_CONTENT'];
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
    if (saved === undefined) delete process.env['FENGONG_CONTENT'];
    else process.env['FENGONG_CONTENT'] = saved;
  });
  const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'fengong-search-'));
    made.push(d);
    return d;
  };

  it('writes the Pagefind bundle for the bundled plans and logs the counts', async () => {
    delete process.env['FENGONG_CONTENT'];
    const out = temp();
    const messages = await runBuildDone(out);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    const catalog = loadCatalog(join(ROOT, 'src', 'content'));
    expect(messages.join('\n')).toMatch(
      new RegExp(`Indexed ${catalog.requirements.length} requirements, 4 plans, ${catalog.units.length} units and ${catalog.themes.length} themes in \\d+ records in [\\d.]+s`),
    );
  });

  it('fails with the file named when a plan is invalid', async () => {
    const content = temp();
    cpSync(join(ROOT, 'src', 'content'), content, { recursive: true });
    writeFileSync(join(content, 'plans', 'broken.md'), '---\ntitle: 只有标题\n---\n');
    process.env['FENGONG_CONTENT'] = content;
    await expect(runBuildDone(temp())).rejects.toThrow(/search index: could not read the content: .*broken\.md: invalid plan entry/);
  });
});
