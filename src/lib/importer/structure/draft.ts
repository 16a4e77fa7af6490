/** The plan as read from rows, before units are parsed and ids assigned. */
/** A requirement as read, before units are parsed and ids assigned. */
export interface DraftRequirement {
  no: number | null;
  text: string;
  line: number;
  group: UnitsGroup | null;
  /** 完成时限 as printed, from a deadline column or a 完成时限： label. */
  deadline: string | null;
}

/** One units cell and the requirements it covers (several when the cell is merged over rows). */
export interface UnitsGroup {
  raw: string;
  lines: number[];
  requirements: DraftRequirement[];
  /** True when the cell was split by a page break and joined. */
  joined: boolean;
  /** The document's convention that the first unit named is the lead (首位单位为牵头单位). */
  firstIsLead?: boolean;
  /** …其余为配合单位: the units after the first assist. */
  othersAssist?: boolean;
  /**
   * Where the units came from: a table cell (may be merged over the rows
   * below), an annotation after one list item (applies to that item only), or
   * an annotation on a heading (applies to the items under it).
   */
  source: 'cell' | 'annotation' | 'heading';
  /** Read from the requirement's own sentences (由X牵头…), for want of a units cell. */
  prose?: true;
}

export interface DraftTask {
  no: number | null;
  title: string;
  line: number;
  requirements: DraftRequirement[];
}

export interface DraftSection {
  no: number;
  title: string;
  line: number;
  tasks: DraftTask[];
  requirements: DraftRequirement[];
}

export interface DraftPlan {
  sections: DraftSection[];
  /** Whether item numbers restart (in every task or section) instead of running through the plan. */
  numberingRestarts: boolean;
  /**
   * Units a standing note gives every requirement after it (以下任务均需各区市政府、开发区管委落实，
   * 不再一一列出), with the line of the note.
   */
  standing?: { units: string; line: number; role: 'responsible' | 'participate' };
}


/** Every requirement of a draft, in the order read. */
export const allRequirements = (draft: DraftPlan): DraftRequirement[] =>
  draft.sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]);
