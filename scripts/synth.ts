/**
 * Generates a realistic content folder (plans/, units/, themes/) for
 * benchmarks and load tests:
 *
 *   npm run synth -- --plans 1000 --out .tmp/corpus-1000 [--seed 1]
 *   FENGONG_CONTENT=.tmp/corpus-1000 npm run build
 */
import { readFileSync } from 'node:fs';
import { writeCorpus } from '../bench/synth/write';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run synth -- --plans <N> --out <dir> [--seed <integer>]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const options = new Map<string, string>();
for (let i = 0; i < args.length; i += 2) {
  const key = args[i]!;
  const value = args[i + 1];
  if (!['--plans', '--out', '--seed'].includes(key)) usage(`unknown option ${key}`);
  if (value === undefined) usage(`${key} needs a value`);
  options.set(key, value);
}
const plans = Number(options.get('--plans'));
const seed = Number(options.get('--seed') ?? '1');
const out = options.get('--out');
if (!Number.isInteger(plans) || plans < 1) usage(`--plans must be a positive integer, got ${options.get('--plans') ?? 'nothing'}`);
if (!Number.isInteger(seed)) usage(`--seed must be an integer, got ${options.get('--seed')}`);
if (!out) usage('--out is required');

const themesYaml = readFileSync(new URL('../src/content/themes/themes.yaml', import.meta.url), 'utf8');
const started = performance.now();
try {
  const summary = writeCorpus({ out, plans, seed, themesYaml });
  console.log(
    `synth: ${summary.plans} plans, ${summary.requirements} requirements, ${summary.units} units in ${summary.regions} regions ` +
      `(seed ${summary.seed}) → ${out} in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  );
  for (const skipped of summary.skippedRegions) console.warn(`synth: left out region ${skipped}`);
} catch (error) {
  console.error(`synth failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
