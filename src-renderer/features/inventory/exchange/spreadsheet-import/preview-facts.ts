import type { ActivityColumnField, ColumnMapping, SpreadsheetPreview, SpreadsheetProblem } from '../../../../app/api';
import { counted } from '../../../../ui/counted';

/** The header row: problems on it are about the mapping, not about a row. */
const HEADER_LINE = 1;

export const headerProblems = (preview: SpreadsheetPreview): SpreadsheetProblem[] => preview.problems.filter((problem) => problem.line === HEADER_LINE);

/**
 * The fields whose choice a header problem is about: those given the column it names or, for a
 * problem naming no column, the required fields given none.
 */
export function fieldsToFix(preview: SpreadsheetPreview, mapping: ColumnMapping): Set<ActivityColumnField> {
  const problems = headerProblems(preview);
  const named = new Set(problems.flatMap((problem) => (problem.column === undefined ? [] : [problem.column])));
  const unnamed = problems.some((problem) => problem.column === undefined);
  return new Set(
    preview.fields
      .filter(({ field, required }) => {
        const column = mapping[field];
        return column === null ? unnamed && required : named.has(column);
      })
      .map(({ field }) => field),
  );
}

export const rowProblems = (preview: SpreadsheetPreview): SpreadsheetProblem[] => preview.problems.filter((problem) => problem.line !== HEADER_LINE);

/** Data rows the import would leave out. */
export const rowsWithProblems = (preview: SpreadsheetPreview): number => preview.total - preview.valid;

/** "27 rows ready, 3 rows with problems". */
export function readiness(preview: SpreadsheetPreview): string {
  const bad = rowsWithProblems(preview);
  return `${counted(preview.valid, 'row', 'rows')} ready${bad > 0 ? `, ${counted(bad, 'row', 'rows')} with problems` : ''}`;
}

/** The confirming button's text, which says what will happen to the rows with problems. */
export function importLabel(preview: SpreadsheetPreview): string {
  if (preview.valid === 0) return 'No row to import';
  const bad = rowsWithProblems(preview);
  const rows = `Import ${counted(preview.valid, 'row', 'rows')}`;
  return bad > 0 ? `${rows} and skip the ${bad.toLocaleString('en')} with problems` : rows;
}
