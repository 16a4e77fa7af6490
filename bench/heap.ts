/**
 * Summarises a V8 heap snapshot (from `node --heapsnapshot-signal=SIGUSR2` or
 * `v8.writeHeapSnapshot()`): retained memory by constructor and the largest
 * strings, to see what a build holds at its peak.
 *
 *   npx node --max-old-space-size=12000 --import tsx bench/heap.ts <file.heapsnapshot> [top=30]
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: bench/heap.ts <file.heapsnapshot> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const fields = snap.snapshot.meta.node_fields;
const types = snap.snapshot.meta.node_types[0];
const width = fields.length;
const typeAt = fields.indexOf('type');
const nameAt = fields.indexOf('name');
const sizeAt = fields.indexOf('self_size');

const bySelf = new Map<string, { size: number; count: number }>();
let total = 0;
for (let i = 0; i < snap.nodes.length; i += width) {
  const type = types[snap.nodes[i + typeAt]!]!;
  const size = snap.nodes[i + sizeAt]!;
  total += size;
  const name = type === 'object' || type === 'closure' ? `${type}:${snap.strings[snap.nodes[i + nameAt]!]}` : type;
  const entry = bySelf.get(name) ?? { size: 0, count: 0 };
  entry.size += size;
  entry.count++;
  bySelf.set(name, entry);
}
console.log(`heap: ${(total / 1024 / 1024).toFixed(0)} MB in ${snap.nodes.length / width} objects`);
for (const [name, { size, count }] of [...bySelf].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
  console.log(`${(size / 1024 / 1024).toFixed(1).padStart(8)} MB ${String(count).padStart(9)}  ${name.slice(0, 100)}`);
}

// The largest strings, and how much memory strings with the same opening hold.
const strings: Array<{ size: number; text: string }> = [];
const byPrefix = new Map<string, { size: number; count: number }>();
for (let i = 0; i < snap.nodes.length; i += width) {
  const type = types[snap.nodes[i + typeAt]!]!;
  if (type !== 'string') continue;
  const size = snap.nodes[i + sizeAt]!;
  const text = snap.strings[snap.nodes[i + nameAt]!] ?? '';
  strings.push({ size, text });
  const prefix = text.slice(0, 24).replace(/\s+/g, ' ');
  const entry = byPrefix.get(prefix) ?? { size: 0, count: 0 };
  entry.size += size;
  entry.count++;
  byPrefix.set(prefix, entry);
}
console.log('\nlargest strings:');
for (const s of strings.sort((a, b) => b.size - a.size).slice(0, top)) console.log(`${(s.size / 1024).toFixed(0).padStart(8)} KB  ${s.text.slice(0, 90).replace(/\s+/g, ' ')}`);
console.log('\nstrings by opening:');
for (const [prefix, { size, count }] of [...byPrefix].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
  console.log(`${(size / 1024 / 1024).toFixed(1).padStart(8)} MB ${String(count).padStart(9)}  ${prefix}`);
}

// Optional: what holds strings that start with a given text (third argument), one level up.
const needle = process.argv[4];
if (needle) {
  const full = JSON.parse(readFileSync(file, 'utf8')) as Snapshot & { edges: number[]; snapshot: { meta: { edge_fields: string[]; edge_types: [string[]] } } };
  const edgeFields = full.snapshot.meta.edge_fields;
  const edgeTypes = full.snapshot.meta.edge_types[0];
  const edgeCountAt = fields.indexOf('edge_count');
  const targets = new Set<number>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    if (types[snap.nodes[i + typeAt]!] === 'string' && (snap.strings[snap.nodes[i + nameAt]!] ?? '').trimStart().startsWith(needle)) targets.add(i);
  }
  const holders = new Map<string, number>();
  let e = 0;
  for (let i = 0; i < full.nodes.length; i += width) {
    const count = full.nodes[i + edgeCountAt]!;
    for (let k = 0; k < count; k++, e += edgeFields.length) {
      const to = full.edges[e + 2]!;
      if (!targets.has(to)) continue;
      const edgeType = edgeTypes[full.edges[e]!]!;
      const edgeName = edgeType === 'element' || edgeType === 'hidden' ? `[${full.edges[e + 1]}]` : full.strings[full.edges[e + 1]!];
      const key = `${types[full.nodes[i + typeAt]!]}:${full.strings[full.nodes[i + nameAt]!]?.slice(0, 60)} .${edgeName}`;
      holders.set(key, (holders.get(key) ?? 0) + 1);
    }
  }
  console.log(`\n${targets.size} strings start with “${needle}”; held by:`);
  for (const [k, n] of [...holders].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(8)}  ${k}`);
}
