import { stripMarkup } from './text';

/** A cell of the plan's table, or a paragraph when the source has no table grid. */
export interface Cell {
  text: string;
  /** 1-based line in the source where the cell starts. */
  line: number;
  /** Column index from the left when the source keeps its grid; null in flowing text. */
  column: number | null;
}

export interface Row {
  line: number;
  cells: Cell[];
}

/**
 * How the table reached us:
 * - `pipe`: Markdown pipe tables, one row per line (PDF/Word exports);
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

const headerWords =
  /^(工作要求|工作任务|具体任务|具体要求|任务内容|工作内容|重点任务|牵头落实单位|落实单位|责任单位|责任科室|责任处室|牵头单位|牵头处室|配合单位|协办单位|序号|完成时限|时限要求|备注|落实情况)$/;

/** True for a header row repeated at the top of a table or page. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c.length > 0);
  return filled.length > 0 && filled.every((c) => headerWords.test(c));
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

const cellText = (s: string) => stripMarkup(s).replace(/\r/g, '').trim();

/** Reads the table body into rows of cells, dropping separator and header rows. */
export function readRows(lines: readonly SourceLine[], layout: Layout): Row[] {
  const rows: Row[] = [];
  const push = (line: number, texts: string[], grid: boolean) => {
    if (isHeaderRow(texts)) return;
    rows.push({ line, cells: texts.map((text, column) => ({ text: cellText(text), line, column: grid ? column : null })) });
  };
  switch (layout) {
    case 'pipe':
      for (const l of lines) {
        const t = l.text.trim();
        if (!t.startsWith('|')) continue;
        if (/^\|[\s|:-]+\|$/.test(t)) continue;
        push(l.line, t.replace(/^\||\|$/g, '').split('|'), true);
      }
      break;
    case 'tab-rows':
      for (const l of lines) if (l.text.trim()) push(l.line, l.text.split('\t'), true);
      break;
    case 'tab-cells': {
      let current: { line: number; text: string } | undefined;
      const flush = () => {
        if (current) push(current.line, [current.text], false);
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
      break;
    }
    case 'paragraphs':
      for (const l of lines) if (l.text.trim()) push(l.line, [l.text], false);
      break;
  }
  return rows;
}
