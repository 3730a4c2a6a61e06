import type { RowProblem } from '../errors';

/**
 * Runs a check over every row and collects every problem, so one refusal lists them all.
 * `check` returns the row's reasons (none when valid); several reasons of a row become one
 * RowProblem joined with "; ".
 */
export function collectRowProblems<Row>(rows: readonly Row[], check: (row: Row, index: number) => string[]): RowProblem[] {
  const problems: RowProblem[] = [];
  rows.forEach((row, index) => {
    const reasons = check(row, index);
    if (reasons.length) problems.push({ index, reason: reasons.join('; ') });
  });
  return problems;
}
