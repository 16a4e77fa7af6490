import { rowText, type GridCell, type SourceDocument, type SourceLine } from './source-document';

/**
 * Reads a text export (.txt, .md): one source line per line of the file,
 * numbered as an editor shows them. Which layout the lines are in (pipe
 * table, tabs, one cell per line, a list) is decided later, by scoring the
 * readings (reading.ts); a line that ran a whole page together is cut
 * into the lines it lost by runon.ts, whatever the format.
 */
export function textToDocument(text: string): SourceDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((t, i) => ({ text: t.replace(/\u00a0/g, ' '), line: i + 1 }));
  return { lines: boxTables(lines), notes: [] };
}

/** Box-drawing characters that join or cross rules (┌ ┬ ┐ ├ ┼ ┤ └ ┴ ┘ and their heavy and double forms). */
const junction = /[┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┠┨┯┷┿┝┥]/;
const vertical = /[│┃║]/;
/** A rule between rows: box characters and spaces only (├──┼──┤, or │ ├──┤ where a cell on the left goes on down). */
const isRule = (t: string) => /^[\s─━═│┃║┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┠┨┯┷┿┝┥]+$/.test(t) && /[─━═]/.test(t);
/** A row of text between the rules: │ cell │ cell │. */
const isBoxRow = (t: string) => /^\s*[│┃║]/.test(t) && (t.match(/[│┃║]/g) ?? []).length >= 3;

/**
 * A table drawn with box characters (a plan kept as plain text by a law
 * database: ┌──┬──┐ / │ 类别 │ 序号 │ … │ / ├──┼──┤, each cell wrapped over
 * several lines, a name broken across them): its rows become grid rows, the
 * wrapped lines of a cell joined, and a cell no rule closes below (│ ├──┤: the
 * 类别 cell on the left goes on down) spans the rows it covers, as a merged
 * cell does. Lines outside such tables are left as they are.
 */
function boxTables(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let table = 0;
  let i = 0;
  while (i < lines.length) {
    // The table's top rule (┌──┬──┐) before its first row goes with it.
    if (isRule(lines[i]!.text) && isBoxRow(lines[i + 1]?.text ?? '')) {
      i++;
      continue;
    }
    if (!isBoxRow(lines[i]!.text)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // One table: box rows and the rules between them.
    const width = lines[i]!.text.trim().split(vertical).length - 2;
    let texts: string[] = Array.from({ length: width }, () => '');
    let first = lines[i]!.line;
    // For each column, the row its cell started in when no rule has closed it since.
    const openSince: Array<{ row: GridCell[]; col: number } | null> = Array.from({ length: width }, () => null);
    let closed: boolean[] = Array.from({ length: width }, () => true);
    const rows: SourceLine[] = [];
    const emit = () => {
      if (texts.every((t) => !t.trim())) return;
      const row: GridCell[] = texts.map((t, c) => (closed[c] ? { text: t.trim() } : { text: '', merged: true }));
      for (let c = 0; c < width; c++) {
        const start = openSince[c];
        if (!closed[c] && start) start.row[start.col]!.text += texts[c]!.trim();
        else openSince[c] = { row, col: c };
      }
      rows.push({ text: rowText(row), line: first, cells: row, table });
      texts = Array.from({ length: width }, () => '');
    };
    while (i < lines.length && (isBoxRow(lines[i]!.text) || isRule(lines[i]!.text))) {
      const t = lines[i]!.text;
      if (isRule(t)) {
        // Which columns the rule closes: a segment between junctions drawn with ─; one left blank goes on.
        const segments = t.trim().split(new RegExp(`${junction.source}|${vertical.source}`)).slice(1, -1);
        const ruleCloses = segments.length === width ? segments.map((seg) => /[─━═]/.test(seg)) : Array.from({ length: width }, () => true);
        const rowClosed = [...closed];
        emit();
        closed = rowClosed.map((_, c) => ruleCloses[c]!);
        for (let c = 0; c < width; c++) if (closed[c]) openSince[c] = null;
        first = lines[i + 1]?.line ?? first;
      } else {
        // The last row of a document cut off inside the table has no closing bar.
        const parts = t.trim().split(vertical);
        const cells = vertical.test(t.trim().at(-1) ?? '') ? parts.slice(1, -1) : parts.slice(1);
        if (cells.length === width) cells.forEach((c, k) => (texts[k] += c.trim()));
        else texts[0] += t.trim();
      }
      i++;
    }
    emit();
    if (rows.length >= 2) {
      out.push(...rows);
      table++;
    }
  }
  return out;
}
