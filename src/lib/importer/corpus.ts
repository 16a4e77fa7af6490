import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Registry } from '../registry/registry';
import { importPlan } from './index';
import { scoreDocument, requirementsOf, type DocumentScore, type ExpectedPlan } from './score';
import { readSource } from './read/index';

export interface CorpusDocument {
  name: string;
  file: string;
  expected: ExpectedPlan;
}

/** The documents of a scored corpus folder: every `<name>.expected.json` beside its original `<name>.<ext>`. */
export function corpusDocuments(dir: string): CorpusDocument[] {
  const files = readdirSync(dir).sort();
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const name = f.slice(0, -'.expected.json'.length);
      const original = files.find((o) => o.startsWith(`${name}.`) && !o.endsWith('.expected.json'));
      if (!original) throw new Error(`${join(dir, f)}: no original document ${name}.<ext> beside it`);
      return { name, file: join(dir, original), expected: JSON.parse(readFileSync(join(dir, f), 'utf8')) as ExpectedPlan };
    });
}

/** Imports one corpus document as a new user would (empty unit registry, no flags) and scores it. */
export async function scoreCorpusDocument(doc: CorpusDocument): Promise<DocumentScore & { error?: string }> {
  try {
    const source = await readSource(doc.file);
    const result = importPlan(source.document, { sourceFile: doc.file, importedOn: '2026-01-01', registry: new Registry([]), sha256: source.sha256 });
    return scoreDocument(doc.expected, requirementsOf(result.entry));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ...scoreDocument(doc.expected, null), error: message };
  }
}
