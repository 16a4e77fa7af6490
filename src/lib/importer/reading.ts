import { Report } from './report';
import type { SourceLine } from './read/source-document';
import { allRequirements, readStructure, type DraftPlan } from './structure';
import { candidateLayouts, readRows, transposeForms, unfoldSideBySide, type Layout } from './table';

/** One way of reading the plan's lines into rows, with what it yields. */
export interface Reading {
  layout: Layout;
  draft: DraftPlan;
  report: Report;
  requirements: number;
  withUnits: number;
  numbered: number;
  score: number;
}

export { allRequirements };

/**
 * Scores a reading: requirements that come with units count most, numbered
 * ones next; every doubt the structure reader raised counts against it, so a
 * reading that has to guess a lot loses to one the document fits.
 */
export function scoreReading(layout: Layout, draft: DraftPlan, report: Report): Reading {
  const reqs = allRequirements(draft);
  const withUnits = reqs.filter((r) => r.group !== null).length;
  const numbered = reqs.filter((r) => r.no !== null).length;
  const warnings = report.warnings.length;
  // Long unnumbered "requirements" are usually notice prose read as items.
  const prose = reqs.filter((r) => r.no === null && r.group === null).length;
  const score = 3 * withUnits + numbered + 0.5 * reqs.length - 0.5 * warnings - prose;
  return { layout, draft, report, requirements: reqs.length, withUnits, numbered, score: Math.round(score * 10) / 10 };
}

/**
 * Reads the plan's lines every way their layout allows (a real grid, pipe
 * rows, tab rows, one cell per line, paragraphs) and keeps the reading that
 * fits best: the most specific layout that yields requirements with units for
 * most of them, else the highest score. Ties go to the more specific layout (listed first). The choice,
 * its score and the alternatives are put in the review report.
 */
export function chooseReading(source: readonly SourceLine[], report: Report): Reading {
  const unfolded = unfoldSideBySide(source);
  if (unfolded.tables > 0) report.info('reading', null, `${unfolded.tables} table(s) printed side by side (序号 | 类别 | 责任单位 | 序号 | 类别 | 责任单位): each row read as the rows of its tables, in the order of their numbers, under one header`);
  const { lines, forms } = transposeForms(unfolded.lines);
  if (forms > 0) report.info('reading', null, `${forms} form table(s) (one label and its value a row: 牵头单位 | …) read the right way round, the labels as the header`);
  const readings = candidateLayouts(lines).map((layout) => {
    const scratch = new Report();
    const rows = readRows(lines, layout);
    const draft = readStructure(rows, scratch);
    return { ...scoreReading(layout, draft, scratch), tableFrom: rows.find((r) => r.cells.length >= 2)?.line };
  });
  // A table after the plan's own prose (a 实施方案 whose 任务分工表 is its annex, as the search tool renders a page one cell a
  // line, or as a page saved as text runs it together): judged by the requirements from its first row on; the prose before it
  // names no units, or not row by row.
  const inTable = (r: (typeof readings)[number]) => ((r.layout === 'cell-rows' || r.layout === 'grid') && r.tableFrom !== undefined ? allRequirements(r.draft).filter((q) => q.line >= r.tableFrom!) : allRequirements(r.draft));
  // The most specific layout the document fits well wins: a real grid or a
  // pipe table says what the document is, and a looser reading scoring higher
  // by cutting cells into more items is not more right. Only when no layout
  // fits well does the highest score decide.
  // A form states its records in its own grid: one requirement with its units is enough.
  const fits = (r: (typeof readings)[number]) => {
    const reqs = inTable(r);
    return reqs.length >= 2 && reqs.filter((q) => q.group !== null).length >= 0.6 * reqs.length;
  };
  const fitting = readings.find((r) => r.layout !== 'paragraphs' && (forms > 0 && r.layout === 'grid' ? r.withUnits >= forms : fits(r)));
  // It must not miss most of what a looser reading finds; a looser reading's unnumbered paragraphs without units
  // (a table's cells read as paragraphs) do not count as found.
  const found = (r: Reading) => allRequirements(r.draft).filter((q) => q.no !== null || q.group !== null).length;
  // Nor is it beaten by paragraphs of a looser reading when it numbers every item that reading numbers: a scored table
  // (平潭 2014 消防 考核细则) read as paragraphs makes one of each 考核标准 and 落实措施 cell.
  const numbered = (r: Reading) => allRequirements(r.draft).filter((q) => q.no !== null).length;
  const best =
    fitting && (forms > 0 || fitting.requirements >= 0.3 * Math.max(...readings.map(found)) || (numbered(fitting) >= 5 && numbered(fitting) >= Math.max(...readings.map(numbered))))
      ? fitting
      : readings.reduce((a, b) => (b.score > a.score ? b : a));
  const describe = (r: Reading) => `${r.layout} (${r.requirements} requirements, ${r.withUnits} with units, score ${r.score})`;
  const others = readings.filter((r) => r !== best);
  report.info(
    'reading',
    null,
    `read as ${describe(best)}${others.length ? `; also tried ${others.map(describe).join(', ')}` : ''}`,
  );
  report.items.push(...best.report.items);
  return best;
}
