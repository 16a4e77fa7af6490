import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CorpusGenerator, type CorpusSummary } from './corpus';

/**
 * Writes a generated corpus into `out`. Files go to a temporary sibling folder
 * that is renamed into place only when everything has been written, so an
 * interrupted run never leaves a half-written corpus for a build to pick up.
 * An existing `out` is replaced only if it is itself a generated corpus
 * (has synth.json), never a hand-made content folder.
 */
export function writeCorpus(options: { out: string; plans: number; seed: number; themesYaml: string }): CorpusSummary {
  const out = resolve(options.out);
  if (existsSync(out) && !existsSync(join(out, 'synth.json'))) {
    throw new Error(`${out} exists and is not a generated corpus (no synth.json); choose another --out or remove it yourself`);
  }
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const generator = new CorpusGenerator(options.seed);
  const files = generator.files(options.plans, options.themesYaml);
  const made = new Set<string>();
  try {
    for (;;) {
      const next = files.next();
      if (next.done) {
        const old = `${out}.old-${process.pid}`;
        if (existsSync(out)) renameSync(out, old);
        renameSync(tmp, out);
        rmSync(old, { recursive: true, force: true });
        return next.value;
      }
      const path = join(tmp, next.value.path);
      const dir = dirname(path);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(path, next.value.content);
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}
