/**
 * The largest table the CLI reads: 100,000 rows per sheet. A provincial plan has a few hundred
 * rows and a province's yearly task-reminder export about 15,000; beyond the limit a file is
 * almost surely not a plan (a data dump, a sheet formatted down to row 1,048,576 with values),
 * and reading it whole would cost gigabytes. The .xlsx reader streams and stops at the limit.
 */
export const MAX_ROWS = 100_000;

/** Thrown by the readers when a sheet has more rows than allowed. */
export class RowLimitError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`more than ${limit} rows`);
    this.limit = limit;
  }
}
