/**
 * Items as stored in a search record's metadata, without what the page can
 * rebuild from the block. Pagefind needs about 50 bytes of memory per
 * character of metadata while it writes an index, and a first search
 * downloads the metadata of the blocks it shows, so every character left out
 * counts twice. Lossless: a field is left out only when rebuilding it gives
 * back exactly the same value. Kept apart from records.ts so the search
 * page's script does not bundle the catalog and its schemas.
 */
import type { ItemFacets, SearchItem } from './records';

/** Block metadata an item is rebuilt from: the plan's short title and permalink. */
export interface ItemContext {
  plan?: string | undefined;
  at?: string | undefined;
}

/** A stored item: `id` stands for `url` (`<at>#<id>`), `no` for `title` (`<plan> <no>`), and facets lose what `unitRole` implies. */
export type StoredItem = Omit<SearchItem, 'url' | 'title'> & { url?: string; id?: string; title?: string; no?: string };

const SEPARATOR = '｜';

/** Units and roles named by `unitRole` values (unit｜role), each once, in order. */
function impliedFacets(unitRole: readonly string[]): { unit: string[]; role: string[] } {
  const split = unitRole.map((v) => [v.slice(0, v.lastIndexOf(SEPARATOR)), v.slice(v.lastIndexOf(SEPARATOR) + 1)] as const);
  return { unit: [...new Set(split.map(([u]) => u))], role: [...new Set(split.map(([, r]) => r))] };
}

const same = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);

export function compactItem(item: SearchItem, context: ItemContext): StoredItem {
  const { url, title, facets, ...rest } = item;
  const stored: StoredItem = { ...rest };
  if (context.at && url.startsWith(`${context.at}#`)) stored.id = url.slice(context.at.length + 1);
  else stored.url = url;
  if (context.plan && title.startsWith(`${context.plan} `)) stored.no = title.slice(context.plan.length + 1);
  else stored.title = title;
  if (facets) {
    const kept: ItemFacets = { ...facets };
    if (facets.unitRole) {
      const implied = impliedFacets(facets.unitRole);
      if (same(facets.unit, implied.unit)) delete kept.unit;
      if (same(facets.role, implied.role)) delete kept.role;
    }
    stored.facets = kept;
  }
  return stored;
}

export function expandItem(stored: StoredItem, context: ItemContext): SearchItem {
  const { id, no, url, title, facets, ...rest } = stored;
  const item: SearchItem = {
    ...rest,
    url: url ?? `${context.at ?? ''}#${id ?? ''}`,
    title: title ?? `${context.plan ?? ''} ${no ?? ''}`,
  };
  if (facets) {
    const full: ItemFacets = { ...facets };
    if (facets.unitRole) {
      const implied = impliedFacets(facets.unitRole);
      full.unit ??= implied.unit;
      full.role ??= implied.role;
    }
    item.facets = full;
  }
  return item;
}
