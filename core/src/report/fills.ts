/**
 * Every fill colour the add-ins and the CLI put on a sheet, decided once so that a report, a
 * template or a mark looks the same in Excel, Google Sheets and the CLI's .xlsx files.
 */

/** Header rows of tables (reports, templates, forms). */
export const HEADER_FILL = "#D9E2F3";
/** Total rows of report tables. */
export const TOTAL_FILL = "#F2F2F2";
/** Section (heading) rows of the appendix template: I, II, III… */
export const SECTION_FILL = "#EEF3FB";

/**
 * Marks of findings on the user's cells (light red for errors, light yellow for warnings): Excel
 * fills the cell, Google Sheets adds a conditional-format highlight.
 */
export const MARK_FILLS = { error: "#F8CBAD", warning: "#FFE699" } as const;

/**
 * Templates: example rows (to be replaced by the user's own), cells the user fills in, and the
 * header of the tracking columns (filled during the year, apart from the plan's own columns).
 */
export const TEMPLATE_FILLS = { example: "#FFF2CC", input: "#E2EFDA", tracking: "#FFF2CC" } as const;
