import type { PlanEntry } from '../schema/plan';
import type { Theme } from '../schema/theme';
import type { Unit } from '../schema/unit';
import { ProblemError, type Problem } from '../model/problem';
import { regionSlug } from '../regions';
import { unitLocations } from './files';

/** What the validator needs: plan entries with their ids, the unit registry, the theme vocabulary. */
export interface RegistryInput {
  plans: ReadonlyArray<{ id: string; data: PlanEntry }>;
  units: readonly Unit[];
  themes: readonly Theme[];
}

/** A problem of content that does not fit together: the shared shape, with `field` naming a requirement or unit and a fix always given. */
export type RegistryProblem = Problem & { fix: string };

export interface ValidateOptions {
  /** Content folder the messages name; defaults to `src/content`. */
  contentDir?: string;
}

/** The registry file a region's units live in: `src/content/units/<region slug>.yaml`. */
export function unitFileFor(region: string, contentDir = 'src/content'): string {
  return `${contentDir}/units/${regionSlug(region)}.yaml`;
}

/**
 * Checks that the plans, the unit registry and the theme vocabulary fit
 * together, which the per-file schemas cannot see:
 * - every unit id a requirement names is registered, in the plan's region;
 * - unit ids are unique and every `successor` exists, is not the unit itself
 *   and does not lead back in a loop (a loop would make a unit's history endless);
 * - every theme id set by hand on a requirement is in the vocabulary.
 * Pure: returns the problems, in content order; `assertRegistry` throws them.
 */
export function validateRegistry(input: RegistryInput, options: ValidateOptions = {}): RegistryProblem[] {
  const contentDir = options.contentDir ?? 'src/content';
  const problems: RegistryProblem[] = [];
  const byId = new Map<string, Unit>();
  // File and line of a unit's field, read from the registry files only when
  // there is a problem to locate (units made in memory, as in tests, get
  // their region's file without a line).
  let locations: ReturnType<typeof unitLocations> | undefined;
  const locate = (unit: Unit, field: 'id' | 'successor', occurrence = 0): { file: string; line?: number } => {
    locations ??= unitLocations(`${contentDir}/units`);
    const entry = locations.get(unit.id)?.[occurrence];
    if (!entry) return { file: unitFileFor(unit.region, contentDir) };
    const line = entry.entry.line(field);
    return { file: entry.file, ...(line ? { line } : {}) };
  };
  const seenTimes = new Map<string, number>();

  for (const unit of input.units) {
    const times = seenTimes.get(unit.id) ?? 0;
    seenTimes.set(unit.id, times + 1);
    if (byId.has(unit.id)) {
      problems.push({
        ...locate(unit, 'id', times),
        field: `unit ${unit.id}`,
        message: `unit id "${unit.id}" is registered twice (${byId.get(unit.id)?.name} and ${unit.name})`,
        fix: 'give each unit its own id, or merge the two entries and keep the other spelling as an alias',
      });
    } else byId.set(unit.id, unit);
  }

  const reportedLoops = new Set<string>();
  for (const unit of byId.values()) {
    if (unit.successor === null) continue;
    const file = unitFileFor(unit.region, contentDir);
    if (unit.successor === unit.id) {
      problems.push({ ...locate(unit, 'successor'), field: `unit ${unit.id}`, message: `unit "${unit.name}" (${unit.id}) names itself as its successor`, fix: 'set successor to the unit that took over its duties, or to null' });
      continue;
    }
    if (!byId.has(unit.successor)) {
      problems.push({
        ...locate(unit, 'successor'),
        field: `unit ${unit.id}`,
        message: `unit "${unit.name}" (${unit.id}) has successor "${unit.successor}", which is not in the unit registry`,
        fix: `add the successor unit (id ${unit.successor}) to ${file}, or correct the successor id`,
      });
      continue;
    }
    // Follow the chain; revisiting a unit means the chain is a loop. Each
    // loop is reported once, not once per unit on or leading into it.
    const seen = [unit.id];
    for (let next = byId.get(unit.successor); next; next = next.successor ? byId.get(next.successor) : undefined) {
      const at = seen.indexOf(next.id);
      if (at >= 0) {
        const loop = seen.slice(at);
        if (!loop.some((id) => reportedLoops.has(id))) {
          loop.forEach((id) => reportedLoops.add(id));
          problems.push({
            ...locate(unit, 'successor'),
            field: `unit ${unit.id}`,
            message: `the successor chain of "${unit.name}" (${unit.id}) loops back: ${[...seen, next.id].join(' → ')}`,
            fix: 'an institutional reform runs one way: remove the successor that points back to an older unit',
          });
        }
        break;
      }
      seen.push(next.id);
    }
  }

  const themeIds = new Set(input.themes.map((t) => t.id));
  for (const plan of input.plans) {
    const planFile = `${contentDir}/plans/${plan.id}.md`;
    const region = plan.data.region.name;
    for (const section of plan.data.sections) {
      const requirements = [...section.requirements, ...section.tasks.flatMap((t) => t.requirements)];
      for (const r of requirements) {
        for (const a of r.units) {
          const unit = byId.get(a.unit);
          if (!unit) {
            problems.push({
              file: planFile,
              field: `requirement ${r.id}`,
              message: `names unit "${a.name}" with id "${a.unit}", which is not in the unit registry`,
              fix: `re-run the importer with --register (npm run import -- --register <original document>) to add the entries it proposes to ${unitFileFor(region, contentDir)}, or add {id: ${a.unit}, name, region: ${region}, kind} there by hand; if it is another spelling of a registered unit, use that unit's id and list "${a.name}" in its aliases`,
            });
          } else if (unit.region !== region) {
            problems.push({
              file: planFile,
              field: `requirement ${r.id}`,
              message: `names unit "${a.name}" (${a.unit}) of ${unit.region}, but the plan is for ${region}`,
              fix: `register the ${region} unit in ${unitFileFor(region, contentDir)} and use its id`,
            });
          }
        }
        for (const t of r.themes ?? []) {
          if (!themeIds.has(t)) {
            problems.push({
              file: planFile,
              field: `requirement ${r.id}`,
              message: `sets theme "${t}", which is not in the theme vocabulary`,
              fix: `use one of the ids in ${contentDir}/themes/themes.yaml (${[...themeIds].join(', ')}), or add the theme there`,
            });
          }
        }
      }
    }
  }
  return problems;
}

/** Thrown when the content does not fit together; the message lists every problem in the one format (src/lib/model/problem.ts). */
export class RegistryError extends ProblemError {
  declare readonly problems: readonly RegistryProblem[];
  constructor(problems: readonly RegistryProblem[]) {
    super(problems, `The unit registry, themes and plans do not fit together (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
    this.name = 'RegistryError';
  }
}

const validated = new WeakSet<object>();

/**
 * Throws a `RegistryError` listing every problem, so the build stops with a
 * message that says which file to edit. Remembers inputs it has passed, so
 * every page can call it on the shared catalog without repeating the work.
 */
export function assertRegistry(input: RegistryInput, options: ValidateOptions = {}): void {
  if (validated.has(input)) return;
  const problems = validateRegistry(input, options);
  if (problems.length > 0) throw new RegistryError(problems);
  validated.add(input);
}
