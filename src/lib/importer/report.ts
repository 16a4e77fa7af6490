/**
 * The review report: everything the importer was unsure about, each with the
 * line in the source, so a person can check the entry against the original.
 */
export type ReviewKind =
  | 'numbering-gap'
  | 'numbering-duplicate'
  | 'no-units'
  | 'units-inherited'
  | 'units-joined'
  | 'shared-cell'
  | 'unit-unregistered'
  | 'unit-expanded'
  | 'role-inferred'
  | 'text-joined'
  | 'title-joined'
  | 'heading-repeated'
  | 'section-number'
  | 'metadata-missing'
  | 'metadata-damaged'
  | 'truncated'
  | 'decision-applied'
  | 'column-ignored'
  | 'lead-missing'
  | 'reading'
  | 'text-damaged'
  | 'prose-task'
  | 'preamble'
  | 'heading-empty';

export interface ReviewItem {
  kind: ReviewKind;
  /** 1-based line in the source file, when the doubt has one. */
  line: number | null;
  /** Requirement id the item concerns, if any. */
  requirement?: string;
  message: string;
  /** `warning` needs a person's look; `info` records what was done. */
  level: 'warning' | 'info';
}

/** Messages quote the source; a quote longer than this is cut, so hostile input cannot blow up the report. */
const maxMessage = 400;
const cap = (m: string) => (m.length > maxMessage ? `${m.slice(0, maxMessage)}…` : m);

export class Report {
  readonly items: ReviewItem[] = [];
  warn(kind: ReviewKind, line: number | null, message: string, requirement?: string): void {
    this.items.push({ kind, line, message: cap(message), level: 'warning', ...(requirement ? { requirement } : {}) });
  }
  info(kind: ReviewKind, line: number | null, message: string, requirement?: string): void {
    this.items.push({ kind, line, message: cap(message), level: 'info', ...(requirement ? { requirement } : {}) });
  }
  get warnings(): ReviewItem[] {
    return this.items.filter((i) => i.level === 'warning');
  }
}

/** Human-readable report, one line per item, warnings first. */
export function formatReport(file: string, items: readonly ReviewItem[]): string {
  const sorted = [...items].sort((a, b) => (a.level === b.level ? (a.line ?? 0) - (b.line ?? 0) : a.level === 'warning' ? -1 : 1));
  const lines = sorted.map((i) => {
    const where = `${file}${i.line ? `:${i.line}` : ''}`;
    const req = i.requirement ? ` [${i.requirement}]` : '';
    return `${i.level === 'warning' ? 'WARN' : 'info'} ${where}${req} ${i.kind}: ${i.message}`;
  });
  const w = items.filter((i) => i.level === 'warning').length;
  return [`Review report for ${file}: ${w} warning(s), ${items.length - w} note(s)`, ...lines].join('\n');
}
