import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml';

/**
 * The one shape of a problem in a content or config file, and the one way it
 * is printed. `npm run check`, the build (content loader and publish step),
 * the site config and the unit registry all report with it, so a webmaster
 * reads the same `file:line: field: message. Fix: …` line whichever step
 * found the mistake.
 */
export interface Problem {
  /** File to edit, as the message names it (relative to the project root where known); empty while the step does not know it (the importer's readers get bytes, the command names the file). */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Where in the file: a field path (sections.2.tasks.0.requirements.3.units.1.unit), "requirement t2-r1", "unit leizhou-shicaizhengju"; empty for the file as a whole. */
  field: string;
  /** What is wrong, and what was expected. */
  message: string;
  /** How to fix it, when there is more to say than the message. */
  fix?: string;
}

/** `file:line: field: message. Fix: …` — one line per problem, like a compiler (without a file: `line N: …`, or just the message). */
export function formatProblem(p: Problem): string {
  const where = p.file ? (p.line ? `${p.file}:${p.line}` : p.file) : p.line ? `line ${p.line}` : '';
  return `${where ? `${where}: ` : ''}${p.field ? `${p.field}: ` : ''}${p.message}${p.fix ? `. Fix: ${p.fix}` : ''}`;
}

/** Every problem on its own line, in order. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

/** Thrown when a step cannot go on; the message is a heading and every problem, one per line. */
export class ProblemError extends Error {
  constructor(
    readonly problems: readonly Problem[],
    heading = `${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    options?: ErrorOptions,
  ) {
    super(`${heading}:\n${formatProblems(problems)}`, options);
    this.name = 'ProblemError';
  }
}

/** Finds the 1-based line of a field path in a parsed YAML text. */
export type LineLocator = (path: readonly PropertyKey[]) => number | undefined;

/**
 * The one YAML line locator: the line of the key that holds `path` (for a
 * list item, the line its item starts on). A path that is not in the file (a
 * required field left out) gets the line of its closest existing parent key,
 * or the document's first line. `offset` is added to every line: frontmatter
 * starts on line 2 of a plan file.
 */
export function yamlLineLocator(doc: Document, counter: LineCounter, offset = 0): LineLocator {
  const line = (node: YamlNode | null | undefined): number | undefined =>
    node && (isScalar(node) || isMap(node) || isSeq(node)) && node.range ? counter.linePos(node.range[0]).line + offset : undefined;
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const parent = n === 1 ? doc.contents : (doc.getIn(path.slice(0, n - 1) as unknown[], true) as YamlNode | undefined);
      const key = path[n - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (pair && isScalar(pair.key)) {
          const at = line(pair.key);
          if (at !== undefined) return at;
        }
      } else if (isSeq(parent)) {
        const at = line(parent.items[Number(key)] as YamlNode | undefined);
        if (at !== undefined) return at;
      }
    }
    return line(doc.contents as YamlNode | null);
  };
}
