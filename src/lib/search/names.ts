import type { Catalog } from '../catalog';
import type { QueryPlan } from './query';
import { isHanRun, normalizeText, textRuns } from './tokens';

/**
 * The names readers type, in one small file beside the index
 * (`pagefind/names.json`): every unit's name and other names (aliases, and
 * through the registry the names before and after a reform) and every theme's
 * name. The page loads it only when a query needs it: to see which character
 * of a query is a slip (市卫生建康局 for 市卫生健康局), so the engine looks that
 * character up first (`SearchSession.narrow`), and to offer "您是不是要找" when
 * a query finds little or nothing. Names repeat across regions (every city
 * has a 市财政局), so the file holds each once: 134 names, under 1 KB
 * gzipped, for the 10,000-plan benchmark site.
 */

/** Where the names are written, relative to `<site>/pagefind/`. */
export const namesFile = 'names.json';

export interface NamesFile {
  version: 1;
  names: string[];
}

/** The names of a catalog's units and themes, each once, in code point order (two builds write the same file). */
export function searchNames(catalog: Pick<Catalog, 'units' | 'themes'>): NamesFile {
  const names = new Set<string>();
  for (const unit of catalog.units) for (const name of [unit.name, ...unit.aliases]) names.add(name);
  for (const theme of catalog.themes) names.add(theme.name);
  return { version: 1, names: [...names].filter((n) => n.trim() !== '').sort() };
}

/** Names shorter than this are not used to diagnose slips: one character of two is too much to call a slip. */
const MIN_SLIP_NAME = 3;

/**
 * The units of a query (indexes into `QueryPlan.units`) that a one-character
 * slip changed: where a stretch of a Chinese run differs from a known name in
 * exactly one character, and that stretch is part of no name itself
 * (市教育局 is a name; 市体育局 is another, not a slip of it).
 */
export function slipUnits(query: Pick<QueryPlan, 'text'>, names: readonly string[]): Set<number> {
  const byLength = new Map<number, string[][]>();
  for (const name of names) {
    const chars = [...normalizeText(name)];
    if (chars.length < MIN_SLIP_NAME) continue;
    let list = byLength.get(chars.length);
    if (!list) byLength.set(chars.length, (list = []));
    list.push(chars);
  }
  const known = names.map((n) => normalizeText(n));
  const slips = new Set<number>();
  let offset = 0;
  for (const run of textRuns(query.text)) {
    if (!isHanRun(run)) {
      offset += 1;
      continue;
    }
    const chars = [...run];
    for (const [length, list] of byLength) {
      for (let start = 0; start + length <= chars.length; start++) {
        const stretch = chars.slice(start, start + length);
        const typed = stretch.join('');
        if (known.some((n) => n.includes(typed))) continue;
        for (const name of list) {
          let differs = -1;
          let count = 0;
          for (let i = 0; i < length && count < 2; i++) {
            if (stretch[i] !== name[i]) {
              differs = i;
              count++;
            }
          }
          if (count === 1) slips.add(offset + start + differs);
        }
      }
    }
    offset += chars.length;
  }
  return slips;
}
