/**
 * A form table (one label and its value a row: 专项名称 | … / 分管领导 | … / 牵头单位 | 质监处 / 配合单位 | 各分局 / 工作任务 | （一）…)
 * that a page saved as text ran together: 专项名称全区气瓶充装安全专项整治分管领导高建武牵头单位质监处配合单位各分局工作任务（一）做好….
 * Its labels are found in order, each value running to the next label; the pairs become rows of two cells, as the HTML
 * reader gives a form's rows, so the table reader turns the form the right way round (transposeForms).
 *
 * A label inside a value is not a new row unless it stands where a cell would: after a sentence's end and before a
 * heading's number or a word. A label repeated where the form broke across pages (…安全主体责任。工作任务（三）强化…)
 * goes on with the same value.
 */
import { headerKind, unitColumnKinds } from './header';
import { looksLikeUnits } from './structure/cells';

export interface GluedForm {
  before: string;
  pairs: Array<{ label: string; value: string }>;
  after: string;
}

/** Labels a form's left column holds: the header words of the vocabulary, and a form's own (专项名称, 注意事项, 落实反馈). */
const labelAt = /专项名称|项目名称|分管领导|责任领导|(?:牵头|配合|责任|协办|参与)(?:单位|处室|部门|科室)|工作任务|工作目标|工作内容|工作措施|具体措施|时间安排|完成时限|注意事项|工作要求|落实反馈|备注/g;
/** Labels of a form's own that the header words do not know: notes about the record. */
const formOnly = new Set(['专项名称', '项目名称', '注意事项', '落实反馈']);
/** The longest value a short label (a name, a person, units) holds before the next label. */
const shortValue = 40;

const kindOf = (label: string) => (formOnly.has(label) ? 'remarks' : headerKind(label));

/** The form run together in `text`, or null: three labels at least in a chain, one a units column and one a text column. */
export function gluedForm(text: string): GluedForm | null {
  const labels = [...text.matchAll(labelAt)].map((m) => ({ at: m.index, label: m[0] }));
  for (let s = 0; s < labels.length; s++) {
    const pairs = chainFrom(text, labels, s);
    if (!pairs) continue;
    const kinds = pairs.map((p) => kindOf(p.label));
    if (pairs.length < 3 || !kinds.some((k) => unitColumnKinds.has(k)) || !kinds.includes('text')) continue;
    return { before: text.slice(0, labels[s]!.at).trim(), pairs: pairs.map(({ label, value }) => ({ label, value })), after: text.slice(pairs.at(-1)!.end).trim() };
  }
  return null;
}

/** The chain of labels and values from label `s`: a short value after each short label, and no label twice in a row. */
function chainFrom(text: string, labels: ReadonlyArray<{ at: number; label: string }>, s: number): Array<{ label: string; value: string; end: number }> | null {
  const pairs: Array<{ label: string; value: string; end: number }> = [];
  const done = () => (pairs.length >= 3 ? pairs : null);
  let k = s;
  while (k < labels.length) {
    const { at, label } = labels[k]!;
    const from = at + label.length;
    const kind = kindOf(label);
    let next = k + 1;
    let value: string;
    if (kind !== 'text' && kind !== 'deadline' && label !== '注意事项' && label !== '落实反馈') {
      // A name, a person, units: the next label follows within a few words.
      const n = labels[next];
      if (!n || n.at - from > shortValue || n.label === label) return done();
      value = text.slice(from, n.at).trim();
      if (unitColumnKinds.has(kind) && (!value || !looksLikeUnits(value))) return done();
    } else {
      // Paragraphs: up to the next label that stands where a cell begins (after a sentence's end, before a number or a
      // word); the same label there is the form broken across pages, its value going on.
      const parts: string[] = [];
      let partFrom = from;
      for (; next < labels.length; next++) {
        const n = labels[next]!;
        const alone = /[。；;！？）)]/.test(text[n.at - 1] ?? '') && /^(?:[（(]?[一二三四五六七八九十\d]|[\u4e00-\u9fa5“])/.test(text.slice(n.at + n.label.length, n.at + n.label.length + 2));
        if (!alone) continue;
        if (n.label !== label) break;
        parts.push(text.slice(partFrom, n.at));
        partFrom = n.at + n.label.length;
      }
      parts.push(text.slice(partFrom, next < labels.length ? labels[next]!.at : text.length));
      value = parts.join('').trim();
    }
    pairs.push({ label, value: withItemBreaks(value), end: next < labels.length ? labels[next]!.at : text.length });
    k = next;
  }
  return done();
}

/** A value of items run together ((一)做好…。（二）加强…) with a line break before each item's number, as the cell's paragraphs had. */
function withItemBreaks(value: string): string {
  return value.replace(/(?<=[。；;！？）)])(?=[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.、．](?!\d))/g, '\n');
}
