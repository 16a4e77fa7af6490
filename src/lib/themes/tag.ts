import type { Theme } from '../schema/theme';

/**
 * Text as compared by the keyword rules: NFKC folds full-width letters,
 * digits and brackets to their half-width forms (村（居） and 村(居) match each
 * other, as do １ and 1) and whitespace is dropped, because the source
 * documents insert spaces and page-break artefacts inside words.
 */
export function normalizeForMatching(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** Normalised keywords per vocabulary entry, computed once per theme object. */
const normalizedKeywords = new WeakMap<Theme, string[]>();
function keywordsOf(theme: Theme): string[] {
  let list = normalizedKeywords.get(theme);
  if (!list) {
    list = theme.keywords.map(normalizeForMatching).filter((k) => k.length > 0);
    normalizedKeywords.set(theme, list);
  }
  return list;
}

/**
 * Themes of one requirement: a hand-set override wins; otherwise every theme
 * one of whose keywords occurs in the text. Returned in vocabulary order so
 * output is deterministic.
 */
export function tagThemes(text: string, override: readonly string[] | undefined, vocabulary: readonly Theme[]): string[] {
  if (override && override.length > 0) {
    const order = new Map(vocabulary.map((t, i) => [t.id, i]));
    return [...new Set(override)].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  }
  const haystack = normalizeForMatching(text);
  return vocabulary.filter((t) => keywordsOf(t).some((k) => haystack.includes(k))).map((t) => t.id);
}

/**
 * Which keywords of a theme a text matched, for explaining a tag on the
 * theme page and in review reports ("matched 政策解读 via 解读").
 */
export function matchedKeywords(text: string, theme: Theme): string[] {
  const haystack = normalizeForMatching(text);
  return theme.keywords.filter((k) => {
    const needle = normalizeForMatching(k);
    return needle.length > 0 && haystack.includes(needle);
  });
}
