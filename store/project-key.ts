/**
 * The key that links the same project of the same unit across years. Printed names drift
 * between years (full-width vs ASCII brackets, wrapped spaces, quote styles, a year prefix in
 * the project name, an "(汇总)" annotation after the unit), so the key folds exactly those.
 */
export interface ProjectKey {
  readonly unitKey: string;
  readonly projectKey: string;
}

const QUOTES = /["'“”‘’「」『』《》〈〉]/g;
const OPEN_BRACKETS = /[【〔［\[]/g;
const CLOSE_BRACKETS = /[】〕］\]]/g;
/** annotations that say which roll-up of the unit was printed, not which unit it is */
const UNIT_ROLLUP = /\((?:汇总|本级|合并)\)$/;
const YEAR = String.raw`(?:19|20)\d{2}(?:年度?)?`;
const LEADING_YEAR = new RegExp(`^${YEAR}`);
const BRACKETED_YEAR = new RegExp(String.raw`\(${YEAR}(?:-${YEAR})?\)`, 'g');

/** Width and compatibility folding (NFKC: full-width ASCII, Kangxi radicals), no whitespace, one bracket and no quote style. */
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')')
    .replace(QUOTES, '');
}

export const unitKey = (unit: string): string => foldName(unit).replace(UNIT_ROLLUP, '');

export const projectNameKey = (project: string): string =>
  foldName(project).replace(BRACKETED_YEAR, '').replace(LEADING_YEAR, '');

export interface ProjectIdentity {
  readonly kind: string;
  readonly project: string | null;
  readonly department: string | null;
  readonly implementer: string | null;
}

/**
 * The unit is the implementer (实施单位), else the department (主管部门). A table without a
 * project name (a department's whole-spending table) links by unit and table kind.
 * Null when there is nothing to link by.
 */
export function projectKeyOf(table: ProjectIdentity): ProjectKey | null {
  const unit = table.implementer ?? table.department;
  const unitPart = unit ? unitKey(unit) : '';
  const projectPart = table.project ? projectNameKey(table.project) : '';
  if (!projectPart && !unitPart) return null;
  return { unitKey: unitPart, projectKey: projectPart || `#${table.kind}` };
}
