import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parse, parseDocument } from 'yaml';
import { ProblemError, yamlLineLocator } from '../model/problem';

/**
 * Reads every `*.yaml` file in the units folder (one per region) and returns
 * the raw unit records. Validation is left to the caller's schema; a file
 * that is not a list of entries with ids stops here with its file and line
 * (the build reports located schema problems through `checkUnitFile`,
 * src/lib/check/content.ts).
 */
export function readUnitFiles(dir: string): Array<Record<string, unknown> & { id: string }> {
  const records: Array<Record<string, unknown> & { id: string }> = [];
  for (const name of unitFileNames(dir)) {
    const path = join(dir, name);
    const file = shown(path);
    const data: unknown = parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(data)) {
      throw new ProblemError([{ file, line: 1, field: '', message: 'expected a YAML list of units', fix: 'write each unit as a list item starting with "- id: …" (id, name, region, kind)' }]);
    }
    data.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string') {
        const line = locateUnits(path)[i]?.line();
        throw new ProblemError([
          { file, ...(line ? { line } : {}), field: String(i), message: `item ${i + 1} has no string "id"`, fix: 'every unit needs an id such as leizhou-shicaizhengju (the region, then the pinyin of its name)' },
        ]);
      }
      records.push(item as Record<string, unknown> & { id: string });
    });
  }
  return records;
}

/** A file as problems name it: relative to the working folder (the project root) when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** The registry files of a units folder, in the order they are read. */
export function unitFileNames(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
        .sort()
    : [];
}

/** One entry of a registry list: its id when it has one, and the line of the entry or of one of its fields. */
export interface EntryLocation {
  id: string | undefined;
  line(field?: string): number | undefined;
}

/** The entries of one YAML list file, in order, with their lines (empty when the file cannot be read as a list). */
export function locateUnits(path: string): EntryLocation[] {
  if (!existsSync(path)) return [];
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter });
  if (doc.errors.length > 0) return [];
  const lineAt = yamlLineLocator(doc, counter);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.map((item: unknown, i) => ({
    id: typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined,
    line: (field?: string) => lineAt(field ? [i, field] : [i]),
  }));
}

/**
 * Where each unit id is registered in a units folder: file and entry, every
 * occurrence in reading order (a duplicate id has two). Read only to locate
 * a problem already found, so the checks themselves need no positions.
 */
export function unitLocations(dir: string, shownDir = dir): Map<string, Array<{ file: string; entry: EntryLocation }>> {
  const found = new Map<string, Array<{ file: string; entry: EntryLocation }>>();
  for (const name of unitFileNames(dir)) {
    for (const entry of locateUnits(join(dir, name))) {
      if (entry.id === undefined) continue;
      found.set(entry.id, [...(found.get(entry.id) ?? []), { file: `${shownDir}/${name}`, entry }]);
    }
  }
  return found;
}
