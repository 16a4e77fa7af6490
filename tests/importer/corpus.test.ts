import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocuments, scoreCorpusDocument } from '../../src/lib/importer/corpus';

// The scored corpus of real plans (tests/importer/corpus): every document
// scores at least what it scored when the baseline was last recorded
// (`npm run import:score -- --json tests/importer/corpus/scores.json`), so a
// change that loses a requirement, a unit or a role on any real plan fails
// here. The expectations were written by reading the documents, not from the
// importer's output.
const dir = join(import.meta.dirname, 'corpus');
const baseline = JSON.parse(readFileSync(join(dir, 'scores.json'), 'utf8')) as Record<string, { found: number; unitsRight: number; rolesRight: number; expected: number }>;
const docs = corpusDocuments(dir);

describe('scored corpus of real plans', () => {
  it('has at least 25 documents from at least 5 provinces, each with a baseline', () => {
    expect(docs.length).toBeGreaterThanOrEqual(25);
    expect(new Set(docs.map((d) => d.expected.province)).size).toBeGreaterThanOrEqual(5);
    expect(docs.map((d) => d.name).filter((n) => !baseline[n])).toEqual([]);
  });

  // An expected name split at a mark inside its brackets (各市（含定州 / 辛集市，下同）政府) is a slip of the expectation's
  // writer, not a reading: every expected name closes the brackets it opens (full- and half-width alike, as printed).
  it('expects unit names that close the brackets they open', () => {
    const open = /[（(〔【﹝[]/g;
    const close = /[）)〕】﹞\]]/g;
    const split = docs.flatMap((d) => d.expected.requirements.flatMap((r) => r.units.map(([, n]) => n)).filter((n) => (n.match(open) ?? []).length !== (n.match(close) ?? []).length).map((n) => `${d.name}: ${n}`));
    expect(split).toEqual([]);
  });

  it.each(docs.map((d) => [d.name, d] as const))('%s scores at least its baseline', async (name, doc) => {
    const score = await scoreCorpusDocument(doc);
    const base = baseline[name]!;
    expect({ found: score.found >= base.found, unitsRight: score.unitsRight >= base.unitsRight, rolesRight: score.rolesRight >= base.rolesRight, misses: score.misses }).toMatchObject({
      found: true,
      unitsRight: true,
      rolesRight: true,
    });
  });
});
