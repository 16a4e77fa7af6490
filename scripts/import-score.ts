/**
 * npm run import:score [-- --verbose] [--split tune|holdout] [dir]
 *
 * Imports every document of the scored corpus (tests/importer/corpus) and
 * prints, per document and in total: requirements found / expected, units
 * right, units and roles right — for the documents the importer was tuned on
 * and, separately, for the ones kept aside.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusDocuments, scoreCorpusDocument } from '../src/lib/importer/corpus';
import { formatTotals, total, type DocumentScore } from '../src/lib/importer/score';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean', short: 'v', default: false }, split: { type: 'string' }, json: { type: 'string' } },
});
const dir = resolve(positionals[0] ?? join(import.meta.dirname, '../tests/importer/corpus'));
const docs = corpusDocuments(dir).filter((d) => !values.split || d.expected.split === values.split);
const scores = new Map<string, DocumentScore & { error?: string }>();
for (const doc of docs) {
  const s = await scoreCorpusDocument(doc);
  scores.set(doc.name, s);
  const line = `${doc.expected.split.padEnd(7)} ${doc.name.padEnd(40)} found ${s.found}/${s.expected}  units ${s.unitsRight}  roles ${s.rolesRight}  (gave ${s.given})${s.error ? `  ERROR ${s.error}` : ''}`;
  process.stdout.write(`${line}\n`);
  if (values.verbose) for (const m of s.misses) process.stdout.write(`    ${m}\n`);
}
for (const split of ['tune', 'holdout'] as const) {
  const part = docs.filter((d) => d.expected.split === split).map((d) => scores.get(d.name)!);
  if (part.length) process.stdout.write(`${formatTotals(split === 'tune' ? 'tuned on' : 'kept aside', total(part))}\n`);
}
process.stdout.write(`${formatTotals('all', total([...scores.values()]))}\n`);
if (values.json) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(values.json, `${JSON.stringify(Object.fromEntries([...scores].map(([k, v]) => [k, { found: v.found, unitsRight: v.unitsRight, rolesRight: v.rolesRight, expected: v.expected }])), null, 2)}\n`);
}
