import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
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

/**
 * A saved HTML page's article as the public archive's page.txt writes it, on one line: the text nodes joined, a run of
 * white space one space (so an empty cell is nothing and a cell holding &nbsp; a space), the site's frame before 当前位置
 * and after the page's share links left out. On the corpus pages that have the archive's page.txt beside them, this gives
 * that page.txt's article within a few characters (where it starts, a stray `-->`).
 */
export function archivePageText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = node.text.replace(/[\u00a0\u2002]/g, ' ');
      parts.push(text.trim() ? text : ' ');
      return;
    }
    if (node instanceof HTMLElement && ['script', 'style', 'noscript', 'head', 'title'].includes(node.rawTagName?.toLowerCase() ?? '')) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(parse(html, { comment: false }));
  let text = parts.join('').replace(/[\s\u3000]{2,}|[\t\r\n]/g, ' ');
  const start = text.indexOf('当前位置：');
  if (start >= 0) text = text.slice(start);
  const end = text.indexOf('扫一扫在手机上查看当前页面');
  return (end >= 0 ? text.slice(0, end) : text).trim();
}
