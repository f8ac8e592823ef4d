/** Names of the sheets the add-in creates, never colliding with existing ones. */

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** Characters Excel refuses in sheet names. */
const FORBIDDEN = /[\\/?*[\]:]/g;

/**
 * `base`, or `base (2)`, `base (3)`… — the first that no existing sheet uses (Excel compares
 * sheet names without regard to case). Forbidden characters are replaced, names cut to 31.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const clean = base.normalize("NFC").replace(FORBIDDEN, "-").replace(/^'+|'+$/g, "").trim() || "CCHC";
  const taken = new Set(existing.map((n) => n.normalize("NFC").toLocaleLowerCase("vi")));
  const fit = (name: string, suffix: string) => `${name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
  let candidate = fit(clean, "");
  for (let n = 2; taken.has(candidate.toLocaleLowerCase("vi")); n++) candidate = fit(clean, ` (${n})`);
  return candidate;
}
