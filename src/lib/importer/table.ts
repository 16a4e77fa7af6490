import { squeezeBlanks, stripMarkup } from './text';

/**
 * What a grid column holds, from the table's header row. Headings and the
 * requirement column are found from their content (documents label them
 * inconsistently: 工作要求 is the section column in one plan and the
 * requirement column in another); these kinds are only the ones a header names
 * unambiguously.
 */
export type ColumnKind = 'no' | 'units' | 'lead' | 'responsible' | 'participate' | 'deadline' | 'remarks' | 'status' | 'text';

/** A cell of the plan's table, or a paragraph when the source has no table grid. */
export interface Cell {
  text: string;
  /** 1-based line in the source where the cell starts. */
  line: number;
  /** Column index from the left when the source keeps its grid; null in flowing text. */
  column: number | null;
  /** What the column holds, when the table's header says so. */
  kind?: ColumnKind;
  /** The header label of the column as written (牵头处室), for units columns. */
  label?: string;
  /** True when the cell continues a vertically merged cell of the row above (known in .docx and .html sources). */
  merged?: boolean;
}

export interface Row {
  line: number;
  cells: Cell[];
}

/**
 * How the table reached us:
 * - `pipe`: Markdown pipe tables, one row per line (PDF/Word exports, and .docx/.html converted);
 * - `tab-rows`: one row per line, cells separated by tabs;
 * - `tab-cells`: one cell per line, each starting with a tab, paragraphs of a
 *   cell on following lines without a tab (Word "save as text");
 * - `paragraphs`: web-page text, one cell per paragraph, no grid at all.
 */
export type Layout = 'pipe' | 'tab-rows' | 'tab-cells' | 'paragraphs';

export interface SourceLine {
  text: string;
  line: number;
}

/**
 * Marks a cell that continues a vertically merged cell. The .docx and .html
 * readers write it where the grid has no cell because the one above spans
 * down; plain-text exports cannot say this, so there an empty cell is read as
 * merged (and reported).
 */
export const mergedCellMark = '\uE000';

const headerKinds: ReadonlyArray<[RegExp, ColumnKind]> = [
  [/^(序号|编号)$/, 'no'],
  [/^(牵头单位|牵头处室|牵头部门|牵头科室|主办单位|主办处室)$/, 'lead'],
  [/^(配合单位|配合部门|配合处室|配合科室|协办单位|协办处室|协办部门|参与单位|会办单位)$/, 'participate'],
  [/^(牵头落实单位|落实单位|责任单位|责任部门|责任科室|责任处室|责任主体|责任单位及分工)$/, 'responsible'],
  [/^(完成时限|时限要求|完成时间|时间要求|时间节点|时间安排)$/, 'deadline'],
  [/^备注$/, 'remarks'],
  [/^(落实情况|完成情况|进展情况|工作进展)$/, 'status'],
  [/^(工作要求|工作任务|具体任务|具体要求|任务内容|工作内容|重点任务|主要任务|工作措施|具体措施|任务分工|工作目标)$/, 'text'],
];

const headerKind = (label: string): ColumnKind | undefined => headerKinds.find(([re]) => re.test(label))?.[1];

/** True for a header row repeated at the top of a table or page. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c.length > 0);
  return filled.length > 0 && filled.every((c) => headerKind(c) !== undefined);
}

export function detectLayout(lines: readonly SourceLine[]): Layout {
  const pipe = lines.filter((l) => /^\s*\|.*\|\s*$/.test(l.text)).length;
  const tabbed = lines.filter((l) => l.text.includes('\t'));
  if (pipe >= 2 && pipe >= tabbed.length) return 'pipe';
  if (tabbed.length >= 2) {
    const multi = tabbed.filter((l) => (l.text.match(/\t/g) ?? []).length >= 2 || !l.text.startsWith('\t')).length;
    return multi * 2 >= tabbed.length ? 'tab-rows' : 'tab-cells';
  }
  return 'paragraphs';
}

const cellText = (s: string) => stripMarkup(squeezeBlanks(s)).replace(/\r/g, '').trim();

const sectionHeading = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/;

/**
 * Reads the table body into rows of cells, dropping separator and header
 * rows. Header rows (also when broken over two lines) name the columns that
 * follow; rows with fewer cells than the header, written under a merged cell
 * on the left, are aligned to the right.
 */
export function readRows(lines: readonly SourceLine[], layout: Layout): Row[] {
  const rows: Row[] = [];
  let header: Array<{ kind: ColumnKind | undefined; label: string }> | undefined;
  const grid: Array<{ line: number; texts: string[] }> = [];
  const pushFlowing = (line: number, text: string) => {
    if (isHeaderRow([text])) return;
    rows.push({ line, cells: [{ text: cellText(text), line, column: null }] });
  };
  switch (layout) {
    case 'pipe':
      for (const l of lines) {
        const t = l.text.trim();
        if (!t.startsWith('|')) continue;
        if (/^[\s|:-]+$/.test(t)) continue;
        grid.push({ line: l.line, texts: t.replace(/^\||\|$/g, '').split('|') });
      }
      break;
    case 'tab-rows':
      for (const l of lines) if (l.text.trim()) grid.push({ line: l.line, texts: l.text.split('\t') });
      break;
    case 'tab-cells': {
      let current: { line: number; text: string } | undefined;
      const flush = () => {
        if (current) pushFlowing(current.line, current.text);
        current = undefined;
      };
      for (const l of lines) {
        if (l.text.startsWith('\t')) {
          flush();
          current = { line: l.line, text: l.text.slice(1) };
        } else if (l.text.trim()) {
          if (current) current.text += `\n${l.text}`;
          else current = { line: l.line, text: l.text };
        }
      }
      flush();
      return rows;
    }
    case 'paragraphs':
      for (const l of lines) if (l.text.trim()) pushFlowing(l.line, l.text);
      return rows;
  }

  for (let i = 0; i < grid.length; i++) {
    const { line, texts } = grid[i]!;
    const plain = texts.map((t) => cellText(t));
    if (isHeaderRow(plain)) {
      header = plain.map((label) => ({ label: label.replace(/\s+/g, ''), kind: headerKind(label.replace(/\s+/g, '')) }));
      continue;
    }
    // A header broken over two lines: 牵头 | 单位 read together.
    const next = grid[i + 1];
    if (next && next.texts.length === texts.length) {
      const joined = plain.map((t, k) => (t + cellText(next.texts[k]!)).replace(/\s+/g, ''));
      if (isHeaderRow(joined) && joined.filter(Boolean).length >= 2) {
        header = joined.map((label) => ({ label, kind: headerKind(label) }));
        i++;
        continue;
      }
    }
    const width = header?.length ?? 0;
    let cells = plain;
    // Rows under a merged cell on the left have fewer cells: align them right,
    // unless the row starts with a section heading (a full-width heading row).
    if (width > cells.length && !sectionHeading.test(cells[0] ?? '')) cells = [...Array<string>(width - cells.length).fill(''), ...cells];
    rows.push({
      line,
      cells: cells.map((raw, column) => {
        const merged = raw.includes(mergedCellMark);
        const text = merged ? raw.replaceAll(mergedCellMark, '').trim() : raw;
        const h = header?.[column];
        return {
          text,
          line,
          column,
          ...(h?.kind ? { kind: h.kind } : {}),
          ...(h?.kind && h.kind !== 'text' ? { label: h.label } : {}),
          ...(merged ? { merged: true } : {}),
        };
      }),
    });
  }
  return rows;
}
