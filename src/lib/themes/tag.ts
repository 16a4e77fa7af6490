import type { Theme } from '../schema/theme';

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
  return vocabulary.filter((t) => t.keywords.some((k) => text.includes(k))).map((t) => t.id);
}
