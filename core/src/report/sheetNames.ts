/**
 * Names of the sheets the add-ins and the CLI create, one rule for every host so that a workbook
 * moved between Excel and Google Sheets keeps valid names: at most 31 characters (Excel's limit;
 * Sheets allows 100), none of \ / ? * [ ] :, no apostrophe at either end, and never the name of
 * an existing sheet — "Tổng hợp 2025", else "Tổng hợp 2025 (2)", "(3)"… compared without regard
 * to case or Unicode form, as both hosts compare them. An existing sheet is never reused.
 */

/** Excel's limit on sheet names (Sheets allows 100; the shorter one keeps a workbook portable). */
export const MAX_SHEET_NAME = 31;

/** Characters Excel refuses in sheet names. */
const FORBIDDEN = /[\\/?*[\]:]/g;

function key(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/** `wanted` made a valid sheet name that no name of `existing` takes. */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const clean = wanted.normalize("NFC").replace(FORBIDDEN, "-").replace(/^'+|'+$/g, "").trim() || "CCHC";
  const taken = new Set(existing.map(key));
  const fit = (suffix: string) => `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
  let candidate = fit("");
  for (let n = 2; taken.has(key(candidate)); n++) candidate = fit(` (${n})`);
  return candidate;
}
