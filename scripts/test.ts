/**
 * `npm test`: the type check (`astro check`), the lint (`eslint
 * --max-warnings=0`) and the tests (`vitest run`) at the same time, so the
 * two checks (about 25 s together) overlap the tests instead of delaying
 * them. Arguments go to vitest: `npm test -- --reporter=verbose`.
 *
 * The tests' output streams as it comes; each check's output is printed
 * whole when it ends, under its name. The exit code is 0 only when all three
 * pass.
 *
 * `astro check` regenerates Astro's files in .astro/, which the site builds
 * of the tests also write, so that step (`astro sync`) holds the workplace
 * build lock (tests/support/site.ts); the check itself runs after it,
 * unlocked (`astro check --noSync`).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const BUILD_LOCK = '/tmp/fengong-build.lock';
const require = createRequire(import.meta.url);
/** A package's command-line entry, run with this same Node (the project's pinned one), without npx. */
const bin = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);

interface Step {
  name: string;
  command: string[];
  /** Print the output as it comes (the tests) instead of whole at the end. */
  stream?: boolean;
}

const steps: Step[] = [
  {
    name: 'typecheck (astro check)',
    // `astro sync` (regenerating .astro/) under the lock, a few seconds; then
    // the check itself, which only reads those files, without it, so the
    // tests' builds need not wait for the whole check (25 s on an idle
    // machine, minutes under load). A build that syncs meanwhile writes the
    // same types: they come from src/content.config.ts, whatever the content.
    command: ['sh', '-c', 'flock "$0" "$1" "$2" sync >/dev/null && exec "$1" "$2" check --noSync', BUILD_LOCK, process.execPath, bin('astro', 'bin/astro.mjs')],
  },
  { name: 'lint (eslint --max-warnings=0)', command: [process.execPath, bin('eslint', 'bin/eslint.js'), '--max-warnings=0', '.'] },
  { name: 'tests (vitest run)', command: [process.execPath, bin('vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], stream: true },
];

function run(step: Step): Promise<{ step: Step; code: number; seconds: number }> {
  const started = performance.now();
  const [file, ...args] = step.command as [string, ...string[]];
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: step.stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (output += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (output += s));
    const done = (code: number) => {
      const seconds = (performance.now() - started) / 1000;
      if (!step.stream) {
        process.stdout.write(`\n── ${step.name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)}s\n${output.trimEnd()}\n──\n\n`);
      }
      resolve({ step, code, seconds });
    };
    child.on('error', (error) => {
      output += `could not start ${file}: ${error.message}\n`;
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

const results = await Promise.all(steps.map(run));
const failed = results.filter((r) => r.code !== 0);
for (const r of results) console.log(`test: ${r.step.name} ${r.code === 0 ? 'passed' : `failed (exit ${r.code})`} in ${r.seconds.toFixed(1)}s`);
process.exitCode = failed.length === 0 ? 0 : 1;
