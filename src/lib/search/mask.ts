/**
 * Which of a search record's tokens an item has, as a bit mask in base64
 * (Pagefind metadata values are strings). Kept apart from records.ts so the
 * search page's script does not bundle the catalog and its schemas.
 */

/** A bit mask of `positions` (bit i set: token i present), base64 so it fits a string field. */
export function tokenMask(positions: Iterable<number>, length: number): string {
  const bytes = new Uint8Array(Math.ceil(length / 8));
  for (const i of positions) bytes[i >> 3]! |= 1 << (i & 7);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The positions set in a mask made by `tokenMask`. */
export function maskPositions(mask: string): number[] {
  const binary = atob(mask);
  const positions: number[] = [];
  for (let byte = 0; byte < binary.length; byte++) {
    const bits = binary.charCodeAt(byte);
    for (let bit = 0; bit < 8; bit++) if (bits & (1 << bit)) positions.push(byte * 8 + bit);
  }
  return positions;
}
