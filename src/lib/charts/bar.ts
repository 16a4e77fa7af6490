/** One bar: what it counts and how many. */
export interface Bar {
  label: string;
  value: number;
}

export interface BarChartInput {
  /** Unique within the page; used for the ids that tie the title and description to the chart. */
  id: string;
  /** Short title, read first by screen readers, e.g. 各年度要求数. */
  title: string;
  bars: readonly Bar[];
  /** The counting word after each number, e.g. 项. */
  unit?: string;
  /**
   * Width of the drawing in SVG units (default 240). Pages size the chart in
   * `rem` (see BarChart.astro) so that one SVG unit is a little over one CSS
   * pixel at the reader's text size: labels stay about as large as body
   * text, and shrink only when the screen is narrower than the chart. Narrow
   * on purpose, so that a phone barely has to shrink it.
   */
  width?: number;
}

/**
 * Layout constants in SVG units. Labels sit on their own line(s) above each
 * bar, so long Chinese names never collide with bars on a phone.
 */
const fontSize = 15;
const lineHeight = 19;
const barHeight = 16;
const rowGap = 12;
const valueGap = 6;
/** Room kept right of the longest bar for its number. */
const valueRoom = 56;

/** Width of a label in ems: CJK characters are square, Latin letters and digits about half as wide. */
const textWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55), 0);

/** Breaks a label into lines that fit the chart's width (greedy, by character: Chinese has no spaces to break at). */
export function wrapLabel(label: string, maxEms: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of label) {
    if (line !== '' && textWidth(line + ch) > maxEms) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The chart's text alternative: every bar's label and number, in order. */
export function describeBars(bars: readonly Bar[], unit = ''): string {
  if (bars.length === 0) return '无数据';
  return bars.map((b) => `${b.label}：${b.value}${unit}`).join('；');
}

/**
 * A horizontal bar chart as SVG markup, drawn at build time (no script).
 * Colours come from the page: bars use the `--chart-bar` custom property
 * falling back to `currentColor`, text uses `currentColor`, so the chart
 * follows the site's tokens, prints in black and obeys forced-colours modes.
 * `role="img"` with a title and a description carrying every number is the
 * text alternative; pages also show the same numbers in a table.
 */
export function barChart(input: BarChartInput): string {
  const { id, title, bars, unit = '' } = input;
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new Error(`chart id "${id}" must start with a letter and contain only letters, digits, - and _`);
  for (const b of bars) {
    if (!Number.isFinite(b.value) || b.value < 0) throw new Error(`chart "${title}": bar "${b.label}" has value ${b.value}; bars must be finite and not negative`);
  }
  const width = input.width ?? 240;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const scale = max > 0 ? (width - valueRoom) / max : 0;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  let y = 0;
  const rows = bars.map((b) => {
    const lines = wrapLabel(b.label, width / fontSize);
    // A one-line label is the text itself; only a wrapped one needs a <tspan> a line.
    const label =
      lines.length === 1
        ? escapeXml(lines[0]!)
        : lines.map((line, i) => `<tspan x="0" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join('');
    const labelY = y + fontSize;
    const barY = y + lines.length * lineHeight + 2;
    y = barY + barHeight + rowGap;
    // A zero still gets a hairline so the row does not look like a missing bar.
    const w = b.value === 0 ? 1 : Math.max(2, Math.round(b.value * scale));
    return [
      // x defaults to 0; the labels and values need no class (the stylesheet styles `text` and `.chart-bar`).
      `<text y="${labelY}">${label}</text>`,
      `<rect y="${barY}" width="${w}" height="${barHeight}" class="chart-bar"/>`,
      `<text x="${w + valueGap}" y="${barY + barHeight - 3}">${b.value}${escapeXml(unit)}</text>`,
    ].join('');
  });
  const height = Math.max(y, lineHeight + barHeight + rowGap);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" font-size="${fontSize}" fill="currentColor">`,
    `<title id="${titleId}">${escapeXml(title)}</title>`,
    `<desc id="${descId}">${escapeXml(describeBars(bars, unit))}</desc>`,
    `<g aria-hidden="true">${rows.join('')}</g>`,
    `</svg>`,
  ].join('');
}
