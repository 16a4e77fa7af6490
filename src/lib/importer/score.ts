import type { PlanEntry, Requirement, Role } from '../schema/plan';
import { toSimplified } from './read/traditional';

/**
 * Scores an import against a hand-checked expectation (tests/importer/corpus):
 * which expected requirements were found (by their first words, in printed
 * order), and of those, which have exactly the expected units, and the
 * expected roles.
 */
export interface ExpectedPlan {
  source: string;
  province: string;
  issuer: string | null;
  year: number | null;
  layout: string;
  split: 'tune' | 'holdout';
  truncated?: boolean;
  requirements: Array<{ text: string; units: Array<[Role, string]> }>;
}

export interface DocumentScore {
  expected: number;
  /** Requirements the importer gave in all (found + extra). */
  given: number;
  found: number;
  unitsRight: number;
  rolesRight: number;
  /** What went wrong, one line per requirement, for the person tuning the importer. */
  misses: string[];
}

const simplify = (s: string) => toSimplified({ lines: [{ text: s, line: 1 }], notes: [] }).lines[0]!.text;

/** Letters and digits only, in simplified characters: spacing, punctuation and width differences do not count. */
export const comparableText = (s: string): string => simplify(s.normalize('NFKC')).replace(/[^\p{L}\p{N}]/gu, '');

/** A unit name for comparison: simplified, no spaces or brackets, 等 at the end dropped. */
const comparableName = (s: string): string => comparableText(s).replace(/等$/, '');

/**
 * Same unit: equal, or equal but for a level prefix the importer expands
 * (市场监管局 → 市市场监管局) or the region name (雷州市财政局 → 市财政局).
 */
function sameUnit(expected: string, got: string): boolean {
  const e = comparableName(expected);
  const g = comparableName(got);
  if (e === g) return true;
  const [short, long] = e.length < g.length ? [e, g] : [g, e];
  return short.length >= 2 && long.endsWith(short) && long.length - short.length <= 4;
}

function sameUnits(expected: ReadonlyArray<[Role, string]>, got: Requirement['units'], withRoles: boolean): boolean {
  if (expected.length !== got.length) return false;
  const left = [...got];
  for (const [role, name] of expected) {
    const i = left.findIndex((u) => sameUnit(name, u.name) && (!withRoles || u.role === role));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

/**
 * A plan's requirements in printed order. A task (or a section without tasks) whose one requirement is an
 * unnumbered paragraph is read by people as that requirement under its title
 * ((一)全面推行主动公开基本目录制度 / 以公开为常态…): the title is kept beside it,
 * and an expectation may name either.
 */
export const requirementsOf = (entry: Pick<PlanEntry, 'sections'>): Array<Requirement & { heading?: string }> =>
  entry.sections.flatMap((s) => [
    ...(s.tasks.length === 0 && s.requirements.length === 1 && s.requirements[0]!.no === null ? [{ ...s.requirements[0]!, heading: s.title }] : s.requirements),
    ...s.tasks.flatMap((t) => (t.requirements.length === 1 && t.requirements[0]!.no === null ? [{ ...t.requirements[0]!, heading: t.title }] : t.requirements)),
  ]);

/** How far ahead of the last match a requirement is looked for: an extra item or two (a misread heading) must not derail the rest. */
const lookahead = 12;

export function scoreDocument(expected: ExpectedPlan, got: Array<Requirement & { heading?: string }> | null): DocumentScore {
  const score: DocumentScore = { expected: expected.requirements.length, given: got?.length ?? 0, found: 0, unitsRight: 0, rolesRight: 0, misses: [] };
  if (!got) {
    score.misses.push('import failed: nothing found');
    return score;
  }
  const texts = got.map((r) => comparableText(r.text));
  const headings = got.map((r) => (r.heading ? comparableText(r.heading) : null));
  let next = 0;
  for (const [i, e] of expected.requirements.entries()) {
    const want = comparableText(e.text);
    const matches = (k: number) => texts[k]!.startsWith(want) || (want.length >= 4 && texts[k]!.slice(0, want.length + 6).includes(want)) || headings[k]?.startsWith(want) === true;
    let at = -1;
    for (let k = next; k < Math.min(got.length, next + lookahead); k++) {
      if (matches(k)) {
        at = k;
        break;
      }
    }
    // Further on only by its exact start: a run of extra items (a list of the leading group's members
    // read as paragraphs) must not hide the requirements after it.
    if (at < 0) for (let k = next + lookahead; k < got.length && at < 0; k++) if (texts[k]!.startsWith(want) && want.length >= 6) at = k;
    if (at < 0) {
      score.misses.push(`#${i + 1} “${e.text}”: not found`);
      continue;
    }
    next = at + 1;
    score.found++;
    const r = got[at]!;
    const units = sameUnits(e.units, r.units, false);
    const roles = units && sameUnits(e.units, r.units, true);
    if (units) score.unitsRight++;
    if (roles) score.rolesRight++;
    if (!roles) {
      const show = (u: ReadonlyArray<[Role, string]>) => u.map(([role, name]) => `${role}:${name}`).join('、') || '(none)';
      score.misses.push(`#${i + 1} “${e.text}”: units ${show(r.units.map((u) => [u.role, u.name]))}, expected ${show(e.units)}${r.unitsRaw ? ` (cell “${r.unitsRaw.slice(0, 60)}”)` : ''}`);
    }
  }
  return score;
}

export interface Totals {
  documents: number;
  expected: number;
  given: number;
  found: number;
  unitsRight: number;
  rolesRight: number;
}

export function total(scores: readonly DocumentScore[]): Totals {
  return scores.reduce<Totals>(
    (t, s) => ({
      documents: t.documents + 1,
      expected: t.expected + s.expected,
      given: t.given + s.given,
      found: t.found + s.found,
      unitsRight: t.unitsRight + s.unitsRight,
      rolesRight: t.rolesRight + s.rolesRight,
    }),
    { documents: 0, expected: 0, given: 0, found: 0, unitsRight: 0, rolesRight: 0 },
  );
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);

export const formatTotals = (label: string, t: Totals): string =>
  `${label}: ${t.documents} documents, requirements found ${t.found}/${t.expected} (${pct(t.found, t.expected)}), units right ${t.unitsRight} (${pct(t.unitsRight, t.expected)}), units and roles right ${t.rolesRight} (${pct(t.rolesRight, t.expected)}); ${t.given - t.found} extra items given`;
