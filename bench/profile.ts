/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): where the time went,
 * as self time per function and per file, and inclusive time for the
 * project's own functions. Used to find the build's hot spots, not guess them.
 *
 *   npx tsx bench/profile.ts <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/profile.ts <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfTime = new Map<number, number>();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);

const short = (url: string) => url.replace(/^file:\/\//, '').replace(/.*node_modules\//, 'nm:').replace(/.*\/work\/main\//, '');
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const selfByFn = new Map<string, number>();
const selfByFile = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, t] of selfTime) {
  const n = byId.get(id)!;
  selfByFn.set(label(n), (selfByFn.get(label(n)) ?? 0) + t);
  const f = short(n.callFrame.url) || `(${n.callFrame.functionName})`;
  selfByFile.set(f, (selfByFile.get(f) ?? 0) + t);
  // Inclusive time: every distinct frame on the stack of this sample.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur)!);
    if (!seen.has(l)) {
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + t);
    }
  }
}
const fmt = (us: number) => `${(us / 1e6).toFixed(2).padStart(7)} s ${((100 * us) / total).toFixed(1).padStart(5)}%`;
const print = (title: string, m: Map<string, number>, filter: (k: string) => boolean = () => true) => {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${fmt(v)}  ${k}`);
};
console.log(`total sampled: ${(total / 1e6).toFixed(1)} s`);
print('self time by file', selfByFile);
print('self time by function', selfByFn);
print('inclusive time, project code', inclusive, (k) => / (src|scripts)\//.test(k) || /dist[^ ]*\/(chunks|pages)\//.test(k));

// Optional: who calls a hot function (third argument), by the nearest frames from project code or packages.
const focus = process.argv[4];
if (focus) {
  const callers = new Map<string, number>();
  for (const [id, t] of selfTime) {
    if (byId.get(id)!.callFrame.functionName !== focus) continue;
    const stack: string[] = [];
    for (let cur = parent.get(id); cur !== undefined && stack.length < 6; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (n.callFrame.url) stack.push(label(n));
    }
    const key = stack.join(' ← ');
    callers.set(key, (callers.get(key) ?? 0) + t);
  }
  print(`callers of ${focus}`, callers);
}
