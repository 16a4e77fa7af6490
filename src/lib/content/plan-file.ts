/** A plan file cut in two: the YAML text of its frontmatter (which starts on line 2) and the notice text after it. */
export interface PlanFileParts {
  yaml: string;
  body: string;
  /** 1-based line of the file the body starts on. */
  bodyLine: number;
}

/**
 * The one place that knows where a plan file's frontmatter ends: between a
 * first line `---` and the next `---`, a byte-order mark (Windows editors add
 * one) and CRLF line ends allowed. Null when the file has no frontmatter.
 * `npm run check`, the build's loader and catalog, and the tests cut files
 * with it.
 */
export function planFileParts(source: string): PlanFileParts | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return null;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
