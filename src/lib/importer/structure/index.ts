/**
 * Rows → sections, tasks and requirements, with the units cell of every
 * requirement. Grid rows (cells in known columns) go to the grid reader,
 * everything else to the line reader; both build the same outline, which
 * knows the ways real documents break: headings and cells split by a page
 * break, header rows and headings repeated at page tops, units cells merged
 * over several rows, units written after each item in brackets or on a line
 * of their own.
 */
import { Report } from '../report';
import { asciiDigits } from '../text';
import type { Row } from '../table';
import { allRequirements, type DraftPlan } from './draft';
import { GridReader, gridLayout } from './grid';
import { LineReader } from './lines';
import { Outline } from './outline';

export type { DraftPlan, DraftRequirement, DraftSection, DraftTask, UnitsGroup } from './draft';
export { allRequirements } from './draft';
export { looksLikeDeadline, looksLikeUnits, splitAnnotation, splitDeadline, splitItems, splitProse, unitsBracketsInside } from './cells';

export function readStructure(rows: readonly Row[], report: Report): DraftPlan {
  const first = new Report();
  const draft = readOutline(rows, first, false);
  // A plan whose items name their units only as the subjects of their sentences (各学校要…, 交通与建设处、政法综治处、辖区各派出所
  // 及综合执法队要…, 君山 2021 控辍保学): where most items have no units otherwise, read again with every item's opening units
  // acting, as they do under a 职责分工 heading, and kept when most items have units so.
  const named = (plan: DraftPlan) => allRequirements(plan).filter((r) => r.group !== null).length;
  const total = allRequirements(draft).length;
  if (total >= 3 && named(draft) < total / 2) {
    const second = new Report();
    const subjects = readOutline(rows, second, true);
    if (named(subjects) > named(draft) && named(subjects) >= allRequirements(subjects).length / 2) {
      report.info('role-inferred', null, 'most items name no units but as the subjects of their sentences: the units that open each item read as those who carry it out');
      report.items.push(...second.items);
      return subjects;
    }
  }
  report.items.push(...first.items);
  return draft;
}

function readOutline(rows: readonly Row[], report: Report, subjectsAct: boolean): DraftPlan {
  const outline = new Outline(report, subjectsAct);
  const texts = rows.flatMap((r) => r.cells.map((c) => asciiDigits(c.text)));
  const otherNumbering = texts.some((t) => /^\s*(?:\d{1,3}\s?[.．](?!\d)|[（(]\s?\d{1,3}\s?[)）]|[①-⑳])/.test(t));
  outline.arabicItems = !otherNumbering && texts.filter((t) => /^\s*\d{1,3}\s*、/.test(t)).length >= 2;
  // Each real table is laid out on its own (an attachment's indicator table before its task table has other
  // columns), but a table as wide as the one before it goes on from it (a table broken by a page); rows of a
  // text reading, which knows no tables, share one layout.
  const group = new Map<number | undefined, number | undefined>();
  const width = (table: number | undefined) => Math.max(0, ...rows.filter((r) => r.table === table).map((r) => r.cells.length));
  let previous: number | undefined;
  for (const table of new Set(rows.filter((r) => r.table !== undefined).map((r) => r.table))) {
    group.set(table, previous !== undefined && width(table) === width(previous) ? group.get(previous) : table);
    previous = table;
  }
  const readers = new Map<number | undefined, GridReader | undefined>();
  const readerOf = (table: number | undefined) => {
    const key = group.get(table);
    if (!readers.has(key)) {
      const layout = gridLayout(rows.filter((r) => group.get(r.table) === key));
      const { reqColumn } = layout;
      readers.set(key, reqColumn === undefined ? undefined : new GridReader(outline, { ...layout, reqColumn }));
    }
    return readers.get(key);
  };
  const lines = new LineReader(outline);
  for (const [i, row] of rows.entries()) {
    const grid = row.cells.some((c) => c.column !== null) ? readerOf(row.table) : undefined;
    if (grid) grid.read(row);
    else for (const cell of row.cells) lines.read(cell, rows[i + 1]?.cells[0]?.text ?? '');
  }
  return outline.finish(rows.at(-1)?.line ?? 0);
}
