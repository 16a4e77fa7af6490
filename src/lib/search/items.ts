/**
 * Items as stored in a block file (`items/<id>.json.gz`), without what the page
 * can rebuild from the item and its block. The block files of a 10,000-plan
 * site are hundreds of megabytes on the server (docs/scale.md), and a first
 * search reads the files of the blocks it shows, so every character left out
 * counts. Lossless: a field is left out only when rebuilding it gives back
 * exactly the same value, and a test checks that for every item of the
 * bundled plans. Kept apart from records.ts so the search page's script does
 * not bundle the catalog and its schemas.
 *
 * What is rebuilt:
 * - the permalink from the plan's (`id` for `<at>#<id>`), the link text from
 *   the plan's short title (`no` for `<plan> <no>`);
 * - the place (section › task) from the block's list of places (`p`, an index);
 * - the unit｜role pairs from the units line (`牵头：市教育局；配合：各镇（街）`) and
 *   the block's region; units and roles from the pairs;
 * - the item's search tokens from what it shows (its text, units and their
 *   other names, place, themes, region, year: `derivedTokens`), with the few
 *   tokens that come from what it does not show (the units cell as printed,
 *   a deadline, the documents a plan implements) stored as `x`, and tokens of
 *   what it shows that the index does not hold for it stored as `n`.
 */
import { unitFilterValue, unitRoleValue, unitToken, type ResultKind } from './facets';
import { indexTokens } from './tokens';

/** Facet values of one item, checked by the page since Pagefind filters whole blocks. */
export type ItemFacets = Partial<Record<'unit' | 'role' | 'unitRole' | 'theme', string[]>>;

/** One search result as the page shows it. */
export interface SearchItem {
  url: string;
  /** Link text. */
  title: string;
  /** The text shown under the link (requirement text, plan title, unit aliases, theme description). */
  text: string;
  /** Units by role, e.g. 牵头：市教育局；配合：各镇（街）. */
  units?: string;
  /** Where in the plan: section and task. */
  place?: string;
  docNumber?: string;
  facets?: ItemFacets;
}

/** Metadata shared by a block's items, stored once per block file. */
export interface BlockMeta {
  kind: ResultKind;
  /**
   * The plan as a result names it (see `planLabel`): 雷州市2022年政务公开工作要点分工方案,
   * or with its issuer when the title does not say who issued it. For requirements and plans.
   */
  plan?: string;
  /** 发文机关, for requirements and plans: a department's plan must not read as the city government's. */
  issuer?: string;
  year?: string;
  region?: string;
  /**
   * Other names of the block's units (aliases, the unit before or after a
   * reform), `{ "市卫生健康局（雷州市）": ["卫健委", …] }`, so the page can
   * mark the unit a reader searched for by any of its names, and an item
   * holds the tokens of them all.
   */
  aka?: Record<string, string[]>;
  /** The plan's permalink, for requirement blocks: their items store only the anchor. */
  at?: string;
}

/**
 * What the page reads of a block (`items/<Pagefind page id>.json.gz` beside the
 * shard's Pagefind bundle): what its items share, and the items.
 */
export interface BlockFile extends BlockMeta {
  /** The places (section › task) of the items, each once; an item names its own by index (`p`). */
  places?: string[];
  /** The themes of the items, each once; an item names its own by index (`t`). */
  themes?: string[];
  items: StoredItem[];
}

/** An item as stored (see the top of this file for what each short field stands for). */
export type StoredItem = Omit<SearchItem, 'url' | 'title' | 'place'> & {
  url?: string;
  /** The anchor of `url` in the plan's page (`at`). */
  id?: string;
  title?: string;
  /** `title` after the plan's short title. */
  no?: string;
  place?: string;
  /** Index of `place` in the block's `places`. */
  p?: number;
  /** Indexes of the item's themes in the block's `themes`. */
  t?: number[];
  /** Tokens the item holds beyond `derivedTokens`, space-separated. */
  x?: string;
  /** Tokens of `derivedTokens` the item does not hold, space-separated. */
  n?: string;
};

const SEPARATOR = '｜';

/** A requirement's number as a result shows it, from its anchor: r22 → 第22项 (an anchor of another form: its number is stored). */
function numberOf(id: string): string | undefined {
  const n = /^r(\d+)$/.exec(id)?.[1];
  return n === undefined ? undefined : `第${n}项`;
}

/** The unit name of a filter value: 市财政局（雷州市） → 市财政局. */
export function unitName(value: string): string {
  return value.replace(/（[^（）]*）$/u, '');
}

/** Units and roles named by `unitRole` values (unit｜role), each once, in order. */
function impliedFacets(unitRole: readonly string[]): { unit: string[]; role: string[] } {
  const split = unitRole.map((v) => [v.slice(0, v.lastIndexOf(SEPARATOR)), v.slice(v.lastIndexOf(SEPARATOR) + 1)] as const);
  return { unit: [...new Set(split.map(([u]) => u))], role: [...new Set(split.map(([, r]) => r))] };
}

/**
 * The unit｜role pairs a units line names, the units taken to be of the
 * block's region: 牵头：市教育局；配合：各镇（街） → 市教育局（雷州市）｜牵头, …
 * Where the line does not give them back exactly (a name with 、 in it, a unit
 * of another region), the item keeps its pairs.
 */
function unitRolesOf(units: string | undefined, region: string | undefined): string[] | null {
  if (!units || !region) return null;
  const pairs: string[] = [];
  for (const group of units.split('；')) {
    const colon = group.indexOf('：');
    if (colon < 0) return null;
    const role = group.slice(0, colon);
    for (const name of namesOf(group.slice(colon + 1))) pairs.push(unitRoleValue(unitFilterValue({ name, region }), role));
  }
  return [...new Set(pairs)];
}

/** The names of a units line's group: split at 、 outside brackets (各县(市、区)人民政府 is one name). */
function namesOf(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (c === '、' && depth === 0) {
      names.push(list.slice(start, i));
      start = i + 1;
    }
  }
  names.push(list.slice(start));
  return names;
}

const same = (a: readonly string[] | undefined, b: readonly string[] | null) => a !== undefined && b !== null && a.length === b.length && a.every((v, i) => v === b[i]);

/** A section › task label without its numbers (三、… › （二）…): the titles, as the index reads them. */
function placeTitles(place: string | undefined): string {
  if (!place) return '';
  return place
    .split(' › ')
    .map((part) => part.replace(/^[一二三四五六七八九十百零〇\d]+、/u, '').replace(/^（[一二三四五六七八九十百零〇\d]+）/u, ''))
    .join('\n');
}

/**
 * The search tokens an item holds for what it shows: a requirement's text,
 * units and their other names, place, themes, region and year; a plan's
 * title, issuer, number, region and year; a unit's name and region; a
 * theme's name and description. The index is built from the same facts plus
 * some the item does not show (stored as `x`, see the top of this file).
 */
export function derivedTokens(item: SearchItem, block: BlockMeta): string[] {
  const year = block.year ? `${block.year}年` : '';
  const units = item.facets?.unit ?? [];
  if (block.kind === 'requirement') {
    // Runs never cross a line break, so the tokens of the parts are the tokens of the whole; the items of
    // a block mostly share their units, place and themes, whose tokens are worked out once.
    const shared = [...units.flatMap((v) => [unitName(v), ...(block.aka?.[v] ?? [])]), placeTitles(item.place), ...(item.facets?.theme ?? []), block.region ?? '', year];
    return [...new Set([...indexTokens(item.text), ...sharedTokens(shared.filter(Boolean).join('\n')), ...units.map(unitToken)])];
  }
  const texts = block.kind === 'plan' ? [item.text, block.issuer ?? '', item.docNumber ?? '', block.region ?? '', year] : block.kind === 'unit' ? [item.title] : [item.title, item.text];
  return [...new Set([...indexTokens(texts.filter(Boolean).join('\n')), ...units.map(unitToken)])];
}

/** Tokens of texts many items share, kept for the page's session (a few hundred distinct ones at most). */
const sharedCache = new Map<string, string[]>();
function sharedTokens(text: string): string[] {
  let tokens = sharedCache.get(text);
  if (!tokens) {
    if (sharedCache.size >= 2000) sharedCache.clear();
    tokens = indexTokens(text);
    sharedCache.set(text, tokens);
  }
  return tokens;
}

/** What an item is stored as, in a block whose metadata and places are `block`. */
export function compactItem(item: SearchItem, tokens: readonly string[], block: BlockMeta & Pick<BlockFile, 'places' | 'themes'>): StoredItem {
  const { url, title, place, facets, ...rest } = item;
  const stored: StoredItem = { ...rest };
  if (block.at && url.startsWith(`${block.at}#`)) stored.id = url.slice(block.at.length + 1);
  else stored.url = url;
  if (block.plan && title.startsWith(`${block.plan} `)) {
    const no = title.slice(block.plan.length + 1);
    if (stored.id === undefined || no !== numberOf(stored.id)) stored.no = no;
  } else stored.title = title;
  if (place !== undefined) {
    const at = block.places?.indexOf(place) ?? -1;
    if (at >= 0) stored.p = at;
    else stored.place = place;
  }
  if (facets) {
    const kept: ItemFacets = { ...facets };
    if (facets.unitRole) {
      const implied = impliedFacets(facets.unitRole);
      if (same(facets.unit, implied.unit)) delete kept.unit;
      if (same(facets.role, implied.role)) delete kept.role;
      if (same(facets.unitRole, unitRolesOf(item.units, block.region))) delete kept.unitRole;
    }
    const themes = (facets.theme ?? []).map((name) => block.themes?.indexOf(name) ?? -1);
    if (facets.theme && themes.every((i) => i >= 0)) {
      delete kept.theme;
      stored.t = themes;
    }
    if (Object.keys(kept).length > 0) stored.facets = kept;
  }
  const derived = derivedTokens(item, block);
  const held = new Set(tokens);
  const shown = new Set(derived);
  const extra = tokens.filter((t) => !shown.has(t));
  const notHeld = derived.filter((t) => !held.has(t));
  if (extra.length > 0) stored.x = extra.join(' ');
  if (notHeld.length > 0) stored.n = notHeld.join(' ');
  return stored;
}

/** The item a stored item stands for. */
export function expandItem(stored: StoredItem, block: BlockMeta & Pick<BlockFile, 'places' | 'themes'>): SearchItem {
  const { id, no, url, title, place, p, t, facets: storedFacets, x: _extra, n: _notHeld, ...rest } = stored;
  const facets = t ? { ...storedFacets, theme: t.map((i) => block.themes?.[i] ?? '') } : storedFacets;
  const item: SearchItem = {
    ...rest,
    url: url ?? `${block.at ?? ''}#${id ?? ''}`,
    title: title ?? `${block.plan ?? ''} ${no ?? (id === undefined ? '' : numberOf(id))}`,
  };
  const where = place ?? (p === undefined ? undefined : block.places?.[p]);
  if (where !== undefined) item.place = where;
  const unitRole = facets?.unitRole ?? unitRolesOf(item.units, block.region);
  if (facets || unitRole) {
    const full: ItemFacets = { ...facets };
    if (unitRole) {
      const implied = impliedFacets(unitRole);
      full.unitRole = unitRole;
      full.unit ??= implied.unit;
      full.role ??= implied.role;
    }
    item.facets = full;
  }
  return item;
}

/** The search tokens a stored item holds: those it shows, less `n`, and `x`. */
export function storedTokens(stored: StoredItem, item: SearchItem, block: BlockMeta): string[] {
  const notHeld = new Set(stored.n ? stored.n.split(' ') : []);
  const derived = derivedTokens(item, block).filter((t) => !notHeld.has(t));
  return stored.x ? [...derived, ...stored.x.split(' ')] : derived;
}
